// Git facts the CLI needs for PR-only scans and repository-relative report paths.
import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { decodeName } from "./names.js";
import { UsageError } from "../cli/options.js";

/** `--changed` could not be honoured (not a repository, unknown ref): one line, exit 2. */
export class GitError extends UsageError {}

interface GitOutput {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** git could not be started at all (not installed, not on PATH). */
  readonly missing?: boolean;
}

async function git(cwd: string, args: readonly string[]): Promise<GitOutput> {
  const out = await gitRaw(cwd, args);
  return { ok: out.ok, stdout: out.stdout.toString("utf8"), stderr: out.stderr, ...(out.missing ? { missing: true } : {}) };
}

/** git's output as bytes: names listed with -z are the files' own bytes, which need not be UTF-8. */
async function gitRaw(cwd: string, args: readonly string[]): Promise<{ ok: boolean; stdout: Buffer; stderr: string; missing?: boolean }> {
  // Imported here: every run loads this module for findRepoRoot, and node:child_process costs ~8 ms
  // of CPU to load, which only --changed needs from this module.
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile("git", [...args], { cwd, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      // A missing git binary is reported the same way as "not a repository": the scan cannot be narrowed.
      const missing = (err as NodeJS.ErrnoException | null)?.code === "ENOENT";
      resolve({ ok: err === null, stdout: Buffer.from(stdout), stderr: Buffer.from(stderr).toString("utf8"), ...(missing ? { missing } : {}) });
    });
  });
}

/**
 * Absolute paths of the files that differ from `ref` in the working tree (staged or not), plus
 * untracked files that no ignore rule covers. Paths are expressed under `cwd` as the scanner
 * spells them, even when `cwd` was reached through a symlink.
 */
export async function changedFiles(cwd: string, ref: string): Promise<ReadonlySet<string>> {
  // One git process answers both questions (each spawn costs ~20 ms of CPU, mostly forking Node):
  // --show-toplevel prints the top folder first, then --verify prints the commit or fails quietly.
  // A ref that looks like an option is never passed to git.
  const dashed = ref.startsWith("-");
  const probe = await git(cwd, ["rev-parse", "--show-toplevel", ...(dashed ? [] : ["--verify", "--quiet", `${ref}^{commit}`])]);
  const [root = "", commit = ""] = probe.stdout.split(/\r?\n/);
  if (root === "") {
    if (probe.missing) throw new GitError("--changed needs git, and git could not be started (is it installed and on PATH?)");
    // A repository git refuses to read (dubious ownership, a broken .git) is not "no repository".
    if (!NOT_A_REPO.test(probe.stderr)) throw new GitError(`--changed: git cannot read this repository: ${gitReason(probe.stderr)}`);
    throw new GitError(`--changed needs a git repository, and ${cwd} is not inside one`);
  }
  if (dashed) throw new GitError(`--changed: '${ref}' is not a git ref`);
  const verified = probe.ok && commit !== "";
  if (!verified && ref === "HEAD" && !(await git(root, ["rev-parse", "--verify", "--quiet", "HEAD"])).ok) {
    throw new GitError("--changed: the repository has no commits yet, so there is no HEAD to compare with");
  }
  if (!verified && existsSync(path.resolve(cwd, ref))) {
    throw new GitError(`--changed: '${ref}' is a path, not a git ref; to scan it for changes use --changed REF -- PATH (e.g. --changed HEAD -- ${ref})`);
  }
  if (!verified) throw new GitError(`--changed: unknown git ref '${ref}' (try HEAD, main or origin/main)`);

  // -z keeps names with spaces, quotes or non-ASCII bytes verbatim instead of C-quoting them.
  const [diff, untracked] = await Promise.all([
    gitRaw(root, ["diff", "--name-only", "--no-renames", "-z", ref, "--"]),
    gitRaw(root, ["ls-files", "-z", "--others", "--exclude-standard"]),
  ]);
  if (!diff.ok) throw new GitError(`--changed: git diff against '${ref}' failed: ${firstLine(diff.stderr)}`);
  if (!untracked.ok) throw new GitError(`--changed: git ls-files failed: ${firstLine(untracked.stderr)}`);

  // git reports the real top folder; the scanner resolves paths from cwd as given. Re-anchor so both agree.
  const realCwd = await realpath(cwd);
  const out = new Set<string>();
  for (const name of [...names(diff.stdout), ...names(untracked.stdout)]) {
    const abs = path.join(root, ...name.split("/"));
    out.add(path.resolve(cwd, path.relative(realCwd, abs)));
  }
  return out;
}

/** The NUL-separated names of git's -z output, decoded losslessly (src/discover/names.ts). */
function names(out: Buffer): string[] {
  const list: string[] = [];
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) if (nul > from) list.push(decodeName(out, from, nul));
  return list;
}

/**
 * The folder holding `.git` at or above `start`, or null outside a repository. Reads no git state.
 * Like git, it does not look in a folder named by GIT_CEILING_DIRECTORIES or above one (`start`
 * itself is always looked at), so the tool and git agree on whether a folder is in a repository.
 */
export function findRepoRoot(start: string): string | null {
  const ceilings = (process.env["GIT_CEILING_DIRECTORIES"] ?? "").split(":").filter((d) => path.isAbsolute(d)).map((d) => path.resolve(d));
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || ceilings.includes(parent)) return null;
  }
}

const NOT_A_REPO = /not a git repository/i;

/**
 * Git's own reason, in one line, from its stderr: the first line without `fatal: `, plus the command
 * git suggests when it refuses a repository owned by someone else (`safe.directory`).
 */
export function gitReason(stderr: string): string {
  const reason = firstLine(stderr).replace(/^(?:fatal|error):\s*/, "") || "git failed without a message";
  const trust = /^\s*(git config --global --add safe\.directory .+)$/m.exec(stderr);
  return trust ? `${reason} (to trust it: ${trust[1]!.trim()})` : reason;
}

/**
 * Why git cannot answer for the repository `cwd` lies in, in git's own words; null when it can, when
 * there is no repository there, or when no `.git` is found above `cwd` (no process is started then).
 */
export async function gitRefusal(cwd: string): Promise<string | null> {
  if (findRepoRoot(cwd) === null) return null;
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (r.ok) return null;
  if (r.missing) return "git could not be started (is it installed and on PATH?)";
  return NOT_A_REPO.test(r.stderr) ? null : gitReason(r.stderr);
}

function firstLine(s: string): string {
  return s.trim().split("\n")[0] ?? "";
}
