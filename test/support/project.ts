// End-to-end helpers: real temp folders, real git, the real compiled CLI binary.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseReport, printsJsonReport } from "./report.js";

export { parseReport, type JsonFinding, type JsonReport } from "./report.js";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(REPO_ROOT, "bin/deepseek-migrate.js");

/** A fresh temp folder holding a copy of `fixtures/<name>` (or nothing), optionally a committed git repo. */
export function tempProject(fixture: string | null, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-"));
  if (fixture) cpSync(path.join(REPO_ROOT, "fixtures", fixture), dir, { recursive: true });
  if (options.git ?? true) {
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "--allow-empty", "-m", "fixture");
  }
  return dir;
}

/** Writes files (POSIX relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** Runs git in `cwd` with the test run's own git setup (test/support/global-setup.ts); throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  const r = ended(spawnSync("git", args, { cwd, encoding: "utf8", timeout: CLI_TIMEOUT_MS, killSignal: "SIGKILL" }), `git ${args.join(" ")}`);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * A CLI run that has not ended after this long is killed and its test fails. spawnSync blocks the
 * worker, so vitest's own test timeout cannot stop a hung child: without this the whole run would hang.
 * (Node 20 can deadlock at exit, nodejs/node#54918: a run of a few seconds that never ends.)
 */
export const CLI_TIMEOUT_MS = 120_000;

/** Throws when a child was killed for running past CLI_TIMEOUT_MS (or could not start at all). */
export function ended<T extends SpawnSyncReturns<string>>(r: T, what: string): T {
  if (r.error) throw new Error(`${what}: ${(r.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? `did not end within ${CLI_TIMEOUT_MS / 1000} s, killed` : r.error.message}`);
  return r;
}

/**
 * Runs the compiled CLI in `cwd`; never throws on a non-zero exit. A JSON report it prints (`--format
 * json` without `--output`) is checked against schema/report.schema.json here, for every test.
 */
export function cli(cwd: string, args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", GITHUB_ACTIONS: "", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: CLI_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  ended(r, `deepseek-migrate ${args.join(" ")}`);
  // Exit 2 is a usage error: nothing on stdout, checked by the tests that expect it.
  if (printsJsonReport(args) && r.status !== 2) parseReport(r.stdout);
  return r;
}

/**
 * A private copy of the built package (bin/, dist/, package.json; node_modules linked), without a
 * compiler code cache: for tests that watch dist/.v8-cache, which parallel tests would otherwise share.
 */
export function packageCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-pkg-"));
  for (const part of ["bin", "dist", "package.json"]) cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
  rmSync(path.join(dir, "dist/.v8-cache"), { recursive: true, force: true });
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}
