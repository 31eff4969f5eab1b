// The TypeScript compiler loads through a V8 code cache kept in the package's own dist/.v8-cache/
// (rules/languages/ts-lib.ts). A run must give the same result with a cache, without one, and with a damaged
// one: V8 does not verify caches itself, and a damaged one crashed the process before the digest.
// Each test runs its own copy of the built package, so the cache files of parallel tests never mix.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageCopy, parseReport, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

function project(): string {
  const dir = tempProject(null);
  writeFiles(dir, {
    "src/client.ts": 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const r = await client.chat.completions.create({ model: "deepseek-reasoner", messages: [] });\n',
    "src/plain.js": 'module.exports = { model: "deepseek-chat" };\n',
  });
  return dir;
}

function check(pkg: string, cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(pkg, "bin/deepseek-migrate.js"), "check", ".", "--format", "json"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  parseReport(r.stdout);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cacheFiles(pkg: string): string[] {
  const dir = path.join(pkg, "dist/.v8-cache");
  return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
}

/** True when the file is a digest followed by the data it digests. */
function intact(file: string): boolean {
  const raw = readFileSync(file);
  return raw.length > 32 && createHash("sha256").update(raw.subarray(32)).digest().equals(raw.subarray(0, 32));
}

describe("the compiler's code cache", () => {
  it("is written once, then used, and never changes the result", () => {
    const pkg = packageCopy();
    const dir = project();
    const first = check(pkg, dir);
    expect(first.status).toBe(1);
    expect(parseReport(first.stdout).summary.rewrite).toBe(2);
    const files = cacheFiles(pkg);
    expect(files).toHaveLength(1);
    // Named by the compiler's version and size (V8 itself only compares the source length), Node's
    // version and the architecture; "-ascii": the compiler was checked to be ASCII and read as Latin-1.
    const common = JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules/@ts-morph/common/package.json"), "utf8")) as { version: string };
    const size = statSync(path.join(REPO_ROOT, "node_modules/@ts-morph/common/dist/typescript.js")).size;
    expect(path.basename(files[0]!)).toBe(`typescript-${common.version}-${size}-${process.version}-${process.arch}-ascii.bin`);
    expect(intact(files[0]!)).toBe(true);
    const written = statSync(files[0]!).mtimeMs;
    const bytes = readFileSync(files[0]!);

    const second = check(pkg, dir);
    expect(second).toEqual(first);
    // Accepted by V8, so left as it was (no rewrite, no temporary file).
    expect(cacheFiles(pkg)).toEqual(files);
    expect(statSync(files[0]!).mtimeMs).toBe(written);
    expect(readFileSync(files[0]!).equals(bytes)).toBe(true);
  });

  it("ignores a damaged or cut-short cache and writes a good one", () => {
    const pkg = packageCopy();
    const dir = project();
    const clean = check(pkg, dir);
    const [file] = cacheFiles(pkg);
    const good = readFileSync(file!);

    const flipped = Buffer.from(good);
    for (let i = 100_000; i < flipped.length; i += 50_000) flipped[i]! ^= 0xff;
    writeFileSync(file!, flipped);
    expect(check(pkg, dir)).toEqual(clean);
    expect(intact(file!)).toBe(true);

    writeFileSync(file!, good.subarray(0, 1000));
    expect(check(pkg, dir)).toEqual(clean);
    expect(intact(file!)).toBe(true);
    expect(cacheFiles(pkg)).toEqual([file]);
  });

  it("is not written by a scan of a tree without TS/JS files: the compiler never loads", () => {
    // (With TS/JS files in the listing, the worker thread loads it ahead of their candidates.)
    const pkg = packageCopy();
    const dir = tempProject(null);
    writeFiles(dir, {
      "app.py": 'client.chat.completions.create(model="deepseek-chat", messages=[])\n',
      "config.yaml": "model: deepseek-reasoner\n",
      "notes.md": "Nothing here.\n",
    });
    const r = check(pkg, dir);
    expect(parseReport(r.stdout).summary.filesWithFindings).toBe(2);
    expect(cacheFiles(pkg)).toEqual([]);
  });

  it("is neither read nor written with DEEPSEEK_MIGRATE_NO_CACHE=1", () => {
    const pkg = packageCopy();
    const dir = project();
    const off = check(pkg, dir, { DEEPSEEK_MIGRATE_NO_CACHE: "1" });
    expect(cacheFiles(pkg)).toEqual([]);
    expect(check(pkg, dir)).toEqual(off);
  });
});
