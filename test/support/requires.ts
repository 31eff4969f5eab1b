// Tests that need something from the machine (python3, `script`, mkfifo, an unprivileged user, the
// SARIF validator) name what is missing and are skipped visibly. Under DEEPSEEK_MIGRATE_TEST_STRICT=1
// (set by .ci/run) a missing tool fails the test instead, so CI can never pass by skipping.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "vitest";
import { BIN, REPO_ROOT } from "./project.js";

export const STRICT = process.env["DEEPSEEK_MIGRATE_TEST_STRICT"] === "1";

type Body = () => unknown;

/**
 * `it`, when nothing is missing (`missing` is null). Otherwise the test is skipped with the reason in
 * its name, or, under DEEPSEEK_MIGRATE_TEST_STRICT=1, registered as a test that fails with the reason.
 */
export function needs(missing: string | null): (name: string, body: Body, timeout?: number) => void {
  return (name, body, timeout) => {
    if (missing === null) return void it(name, body, timeout);
    it.skipIf(!STRICT)(`${name} [${STRICT ? "needs" : "skipped, missing"}: ${missing}]`, () => {
      throw new Error(`${missing} (DEEPSEEK_MIGRATE_TEST_STRICT=1: a missing tool fails instead of skipping)`);
    });
  };
}

/** Null when `command ...args` runs and exits 0; otherwise why not, in a few words. */
export function missingCommand(command: string, args: readonly string[] = ["--version"]): string | null {
  const r = spawnSync(command, args, { encoding: "utf8" });
  if (r.error) return `${command} (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`;
  return r.status === 0 ? null : `${command} (\`${[command, ...args].join(" ")}\` exited ${r.status})`;
}

/** Makes a named pipe at `file`; null when done, otherwise why not. */
export function makeFifo(file: string): string | null {
  const r = spawnSync("mkfifo", [file], { encoding: "utf8" });
  if (r.error) return `mkfifo (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`;
  return r.status === 0 ? null : `mkfifo (exited ${r.status}${r.stderr.trim() ? `: ${r.stderr.trim()}` : ""})`;
}

/** A user for whom file permissions hold: the tests' own user, or `nobody` when the tests run as root. */
export interface Unprivileged {
  /** Why no such user can be had here, or null. */
  readonly missing: string | null;
  /** Gives `paths` (files and folders, not recursive) to the user; nothing to do when not root. */
  own(...paths: string[]): void;
  /** Gives a whole tree (a git repository, say) to the user; nothing to do when not root. */
  ownTree(dir: string): void;
  /** Runs `node ...args` as the user. */
  node(cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>): SpawnSyncReturns<string>;
  /** Runs the compiled CLI as the user (the checkout's, or a copy the user can read). */
  cli(cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>): SpawnSyncReturns<string>;
  /** The package root whose bin/ and dist/ `cli` runs. */
  readonly pkg: string;
}

let cached: Unprivileged | undefined;

/** The unprivileged user, probed once per test file: a file with mode 000 must really be unreadable to it. */
export function unprivileged(): Unprivileged {
  return (cached ??= probe());
}

function probe(): Unprivileged {
  const root = process.getuid?.() === 0;
  let uid = -1;
  let gid = -1;
  if (root) {
    const u = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
    const g = spawnSync("id", ["-g", "nobody"], { encoding: "utf8" });
    if (u.status !== 0 || g.status !== 0) return unavailable("a user named nobody (the tests run as root)");
    const runuser = missingCommand("runuser");
    if (runuser) return unavailable(`${runuser}, to run as nobody`);
    uid = Number(u.stdout.trim());
    gid = Number(g.stdout.trim());
  }
  const spawnAs = (cwd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): SpawnSyncReturns<string> =>
    spawnSync(root ? "runuser" : process.execPath, root ? ["-u", "nobody", "--", process.execPath, ...args] : args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", GITHUB_ACTIONS: "", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  const own = (...paths: string[]): void => {
    if (root) for (const p of paths) chownSync(p, uid, gid);
  };
  const ownTree = (dir: string): void => {
    if (root && spawnSync("chown", ["-R", `${uid}:${gid}`, dir]).status !== 0) throw new Error(`chown -R ${dir} failed`);
  };

  // The property the tests rely on: a mode-000 file cannot be read.
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-user-"));
  chmodSync(dir, 0o755);
  const closed = path.join(dir, "closed");
  writeFileSync(closed, "x");
  own(closed);
  chmodSync(closed, 0o000);
  const read = spawnAs(dir, ["-e", "require('node:fs').readFileSync(process.argv[1])", closed]);
  rmSync(dir, { recursive: true, force: true });
  if (read.status === 0) return unavailable(`a user that file permissions apply to (${root ? "nobody" : "this user"} read a mode-000 file)`);
  if (!/EACCES/.test(read.stderr)) return unavailable(`a user that can run node (${read.stderr.trim().split("\n")[0] ?? read.status})`);

  // The checkout may sit under a folder only root can enter: then the user runs a readable copy.
  const pkg = spawnAs(tmpdir(), [BIN, "--version"]).status === 0 ? REPO_ROOT : readableCopy();
  const bin = path.join(pkg, "bin/deepseek-migrate.js");
  if (spawnAs(tmpdir(), [bin, "--version"]).status !== 0) return unavailable(`a copy of the CLI that ${root ? "nobody" : "this user"} can run`);
  return {
    missing: null,
    own,
    ownTree,
    node: spawnAs,
    cli: (cwd, args, env) => spawnAs(cwd, [bin, ...args], env),
    pkg,
  };
}

function unavailable(missing: string): Unprivileged {
  const fail = (): never => {
    throw new Error(`no unprivileged user: ${missing}`);
  };
  return { missing, own: fail, ownTree: fail, node: fail, cli: fail, pkg: REPO_ROOT };
}

/** bin/, dist/, package.json and the runtime dependencies, copied to a folder every user can read. */
function readableCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-pkg-readable-"));
  chmodSync(dir, 0o755);
  for (const part of ["bin", "dist", "package.json"]) cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
  rmSync(path.join(dir, "dist/.v8-cache"), { recursive: true, force: true });
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const from = path.join(REPO_ROOT, "node_modules", name);
    if (!existsSync(from)) return; // an optional dependency for another platform
    seen.add(name);
    mkdirSync(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    cpSync(from, path.join(dir, "node_modules", name), { recursive: true });
    const meta = JSON.parse(readFileSync(path.join(from, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    for (const dep of Object.keys({ ...meta["dependencies"], ...meta["optionalDependencies"], ...meta["peerDependencies"] })) visit(dep);
  };
  const own = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(own.dependencies)) visit(dep);
  spawnSync("chmod", ["-R", "a+rX", dir]);
  return dir;
}
