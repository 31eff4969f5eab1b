#!/usr/bin/env node
// Lists the files of a tree two ways and times each (alternating, medians): the tool's own walker
// (src/discover/walk.ts: streaming, nested .gitignore rules, default excluded folders, folders
// pruned as they are listed) and fast-glob (`**` with its `ignore` matcher holding only the default
// excluded folders, i.e. without reading a single .gitignore: a lower bound on what a fast-glob
// listing with ignore files would cost). It answers whether the portable listing should use fast-glob.
//
//   node scripts/bench-listing.mjs DIR [--runs 5] [--fast-glob PATH_TO_FAST_GLOB_PACKAGE]
//
// fast-glob is not a dependency of the tool: install it anywhere (`npm install --prefix /tmp/fg
// fast-glob`) and pass its folder, e.g. --fast-glob /tmp/fg/node_modules/fast-glob.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const dir = path.resolve(args[0] ?? ".");
const runs = Number(args[args.indexOf("--runs") + 1] || 5) || 5;
const fgAt = args.includes("--fast-glob") ? path.resolve(args[args.indexOf("--fast-glob") + 1]) : null;

if (process.env.LISTING_CHILD) {
  const t0 = performance.now();
  let n = 0;
  if (process.env.LISTING_CHILD === "walker") {
    const { openScan } = await import(pathToFileURL(path.join(ROOT, "dist/src/discover/walk.js")).href);
    for (const _ of openScan(["."], { cwd: dir })) n++;
  } else {
    const fg = (await import(pathToFileURL(path.join(fgAt, "out/index.js")).href)).default;
    const { DEFAULT_EXCLUDED_DIRS } = await import(pathToFileURL(path.join(ROOT, "dist/src/discover/walk.js")).href);
    const ignore = [...DEFAULT_EXCLUDED_DIRS].map((d) => `**/${d}/**`);
    for await (const _ of fg.stream("**", { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore })) n++;
  }
  process.stdout.write(`${n} ${Math.round(performance.now() - t0)}\n`);
  process.exit(0);
}

const kinds = ["walker", ...(fgAt ? ["fast-glob"] : [])];
if (!fgAt) process.stdout.write("fast-glob not given (--fast-glob DIR): timing the walker alone\n");
const samples = Object.fromEntries(kinds.map((k) => [k, []]));
for (let i = 0; i <= runs; i++) {
  for (const k of i % 2 ? [...kinds].reverse() : kinds) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], { env: { ...process.env, LISTING_CHILD: k }, encoding: "utf8" });
    const wall = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${k}: ${r.stderr}`);
    const [files, inner] = r.stdout.trim().split(" ").map(Number);
    if (i > 0) samples[k].push({ wall, inner, files }); // run 0 warms the page cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const k of kinds) {
  const s = samples[k];
  process.stdout.write(`${k.padEnd(10)} ${s[0].files} files  listing ${median(s.map((x) => x.inner))} ms (median of ${runs})  process ${Math.round(median(s.map((x) => x.wall)))} ms\n`);
}
