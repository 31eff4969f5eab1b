// Tests that need something from the machine (python3, `script`, mkfifo, file permissions that hold, the
// SARIF validator) name what is missing and are skipped visibly. Under DEEPSEEK_MIGRATE_TEST_STRICT=1
// (set by .ci/run) a missing tool fails the test instead, so CI can never pass by skipping.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { it } from "vitest";
import { BIN, CLI_TIMEOUT_MS, ended, REPO_ROOT } from "./project.js";
import { parseReport, printsJsonReport } from "./report.js";

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

/**
 * A process for which file permissions hold (a mode-000 file or folder refuses it with EACCES). Not
 * root: the tests' own user. Root: the same user id with the capabilities that override file
 * permissions dropped (setpriv), so the CLI, node_modules and the fixtures stay reachable wherever the
 * repository is cloned, a clone under a private 0700 folder included. Where setpriv cannot drop them,
 * `nobody` (runuser) running a copy of the package it can read.
 */
export interface Unprivileged {
  /** Why no such process can be had here, or null. */
  readonly missing: string | null;
  /** Gives `paths` (files and folders, not recursive) to the user; nothing to do for the tests' own user id. */
  own(...paths: string[]): void;
  /** Gives a whole tree (a git repository, say) to the user; nothing to do for the tests' own user id. */
  ownTree(dir: string): void;
  /** Runs `node ...args` without permission override. */
  node(cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>): SpawnSyncReturns<string>;
  /** Runs the compiled CLI without permission override; a JSON report it prints is checked against the schema. */
  cli(cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>): SpawnSyncReturns<string>;
  /** The package root whose bin/ and dist/ `cli` runs. */
  readonly pkg: string;
}

let cached: Unprivileged | undefined;

/** Probed once per test file: a file with mode 000 must really be unreadable. */
export function unprivileged(): Unprivileged {
  return (cached ??= probe());
}

/** The two capabilities that let root read, write and search whatever the file mode says. */
const DROP_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--"];

function probe(): Unprivileged {
  if (process.getuid?.() !== 0) return sameUser([], "this user");
  const dropped = sameUser(DROP_OVERRIDE, "root without CAP_DAC_OVERRIDE");
  if (dropped.missing === null) return dropped;
  const other = asNobody();
  return other.missing === null ? other : unavailable(`${dropped.missing}; ${other.missing}`);
}

type Spawn = (cwd: string, args: readonly string[], env?: Readonly<Record<string, string>>) => SpawnSyncReturns<string>;

function spawner(command: readonly string[]): Spawn {
  return (cwd, args, env = {}) => {
    const argv = [...command, ...args];
    const r = spawnSync(argv[0]!, argv.slice(1), {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", GITHUB_ACTIONS: "", ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: CLI_TIMEOUT_MS,
      killSignal: "SIGKILL",
    });
    // A probe for a missing command reports its error itself; only a run that never ended throws here.
    return (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT" ? ended(r, argv.join(" ")) : r;
  };
}

/** Null when `spawnAs` cannot read a mode-000 file (EACCES), otherwise why not. */
function permissionsHold(spawnAs: Spawn, who: string, own: (...paths: string[]) => void = () => undefined): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-user-"));
  chmodSync(dir, 0o755);
  const closed = path.join(dir, "closed");
  writeFileSync(closed, "x");
  own(closed);
  chmodSync(closed, 0o000);
  const read = spawnAs(dir, ["-e", "require('node:fs').readFileSync(process.argv[1])", closed]);
  rmSync(dir, { recursive: true, force: true });
  if (read.error) return `${who}: ${(read.error as NodeJS.ErrnoException).code ?? read.error.message}`;
  if (read.status === 0) return `a process that file permissions apply to (${who} read a mode-000 file)`;
  if (!/EACCES/.test(read.stderr)) return `${who} cannot run node (${read.stderr.trim().split("\n")[0] ?? read.status})`;
  return null;
}

function withCli(spawnAs: Spawn, pkg: string, own: (...paths: string[]) => void, ownTree: (dir: string) => void): Unprivileged {
  const bin = path.join(pkg, "bin/deepseek-migrate.js");
  return {
    missing: null,
    own,
    ownTree,
    node: spawnAs,
    cli: (cwd, args, env) => {
      const r = spawnAs(cwd, [bin, ...args], env);
      if (printsJsonReport(args) && r.status !== 2) parseReport(r.stdout);
      return r;
    },
    pkg,
  };
}

/** The tests' own user id, optionally under `prefix` (setpriv): the checkout itself is reachable. */
function sameUser(prefix: readonly string[], who: string): Unprivileged {
  const spawnAs = spawner([...prefix, process.execPath]);
  const missing = permissionsHold(spawnAs, who);
  if (missing !== null) return unavailable(missing);
  const none = (): void => undefined;
  return withCli(spawnAs, REPO_ROOT, none, none);
}

/** `nobody` through runuser, running the checkout or, when nobody cannot reach it, a readable copy. */
function asNobody(): Unprivileged {
  const u = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", "nobody"], { encoding: "utf8" });
  if (u.status !== 0 || g.status !== 0) return unavailable("a user named nobody (the tests run as root)");
  const runuser = missingCommand("runuser");
  if (runuser) return unavailable(`${runuser}, to run as nobody`);
  const uid = Number(u.stdout.trim());
  const gid = Number(g.stdout.trim());
  const spawnAs = spawner(["runuser", "-u", "nobody", "--", process.execPath]);
  const own = (...paths: string[]): void => {
    for (const p of paths) chownSync(p, uid, gid);
  };
  const ownTree = (dir: string): void => {
    if (spawnSync("chown", ["-R", `${uid}:${gid}`, dir]).status !== 0) throw new Error(`chown -R ${dir} failed`);
  };
  const missing = permissionsHold(spawnAs, "nobody", own);
  if (missing !== null) return unavailable(missing);
  // The checkout may sit under a folder only root can enter: then nobody runs a readable copy.
  const pkg = spawnAs(tmpdir(), [BIN, "--version"]).status === 0 ? REPO_ROOT : readableCopy();
  if (spawnAs(tmpdir(), [path.join(pkg, "bin/deepseek-migrate.js"), "--version"]).status !== 0) return unavailable("a copy of the CLI that nobody can run");
  return withCli(spawnAs, pkg, own, ownTree);
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
