// Helpers for the installation tests: temp folders, commands that must succeed, npm without the
// network when the local cache has what it needs.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { git, REPO_ROOT } from "../support/project.js";

export { git, REPO_ROOT };

/** npm settings for every install here: the local cache first, no audit or funding requests. */
export const NPM_ENV: Readonly<Record<string, string>> = {
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `dsm-${prefix}-`));
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly input?: string;
}

/** Runs a command; never throws on a non-zero exit. */
export function run(cmd: string, args: readonly string[], options: RunOptions): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd: options.cwd,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, ...NPM_ENV, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", GITHUB_ACTIONS: "", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Runs a command that must succeed; throws with its output otherwise. */
export function must(cmd: string, args: readonly string[], options: RunOptions): string {
  const r = run(cmd, args, options);
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A clone of the repository's committed HEAD: what a git-URL install gets. */
export function cloneHead(): string {
  const dir = path.join(tempDir("clone"), "deepseek-migrate");
  git(tempDir("git"), "clone", "-q", "--no-hardlinks", REPO_ROOT, dir);
  return dir;
}

/** A git repository holding a copy of the sample project, committed. */
export function sampleRepo(): string {
  const dir = tempDir("sample");
  cpSync(path.join(REPO_ROOT, "fixtures/legacy-app"), dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "sample");
  return dir;
}
