// Whether dist/ (what bin/ runs) is older than the sources `npm run compile` makes it from.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");

/** Everything `npm run compile` reads: tsc's sources and config, the bundler script and its shim. */
const INPUT_FOLDERS = ["src", "rules"];
const INPUT_FILES = ["tsconfig.json", "package.json", "scripts/build-cli.mjs", "scripts/lazy-child-process.cjs"];
/** What the bundler writes after tsc, on every build: the bundles and the library's entries. */
const BUNDLES = ["dist/src/cli.cjs", "dist/src/core.cjs", "dist/src/check-worker.cjs", "dist/src/prefilter-worker.cjs", "dist/index.js", "dist/index.cjs"];

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)));
}

function mtime(rel: string): number | null {
  try {
    return statSync(path.join(REPO_ROOT, rel)).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * null when dist/ is up to date; otherwise why not (a missing output, or the newest source and the
 * oldest output it is newer than). Compares modification times only, so it costs a few milliseconds.
 */
export function distStaleness(): string | null {
  const sources = [...INPUT_FOLDERS.flatMap(tsFiles), ...INPUT_FILES];
  // Each source's own tsc output (the prefilter worker loads these) and the bundles.
  const outputs = [...BUNDLES, ...sources.filter((s) => s.endsWith(".ts")).map((s) => path.join("dist", s.replace(/\.ts$/, ".js")))];
  let oldest: { rel: string; at: number } | null = null;
  for (const rel of outputs) {
    const at = mtime(rel);
    if (at === null) return `${rel} is missing`;
    if (!oldest || at < oldest.at) oldest = { rel, at };
  }
  let newest: { rel: string; at: number } | null = null;
  for (const rel of sources) {
    const at = mtime(rel);
    if (at !== null && (!newest || at > newest.at)) newest = { rel, at };
  }
  if (oldest && newest && newest.at > oldest.at) return `${newest.rel} is newer than ${oldest.rel}`;
  return null;
}
