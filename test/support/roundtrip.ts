// The patch promise end to end: `git apply` of what the `diff` command prints must give, byte for
// byte, what the `apply` command writes. Real files, real git, the real CLI binary, three copies.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli } from "./project.js";

/**
 * Git with no global or system configuration: a user's `core.autocrlf`, `apply.whitespace` or
 * attributes must not change what these tests see (they would change the bytes git reads and writes).
 */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@t",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@t",
};

export function cleanGit(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mustGit(cwd: string, args: readonly string[]): string {
  const r = cleanGit(cwd, args);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/** A committed git repository holding exactly `files` (POSIX relative path → bytes). */
export function committedRepo(files: Readonly<Record<string, Buffer | string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-rt-"));
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), bytes);
  }
  mustGit(dir, ["init", "-q", "-b", "main"]);
  mustGit(dir, ["add", "-A"]);
  mustGit(dir, ["commit", "-q", "--allow-empty", "-m", "base"]);
  return dir;
}

/** Every file under `dir` except `.git`, as POSIX relative path → bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (child !== ".git") walk(child);
      } else if (e.isFile()) out.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk("");
  return out;
}

export interface RoundTrip {
  /** The repository `diff` ran in (left as it was: `diff` writes nothing). */
  readonly base: string;
  /** What `diff` printed on stdout: the patch. */
  readonly patch: string;
  readonly diffStatus: number | null;
  readonly diffStderr: string;
  /** Files that stderr names as not for `git apply`, each with the reason printed. */
  readonly notForGit: ReadonlyMap<string, string>;
  /** The tree after `git apply` of the patch (files named in `notForGit` excluded) in a second copy. */
  readonly viaGit: Map<string, Buffer>;
  readonly gitApply: { status: number | null; stderr: string };
  /** The tree after the `apply` command in a third copy. */
  readonly viaApply: Map<string, Buffer>;
  readonly applyStatus: number | null;
  readonly applyStderr: string;
  /** The tree before anything ran. */
  readonly before: Map<string, Buffer>;
}

/** Lines like `deepseek-migrate: <file>: … not 'git apply'` name the files a patch cannot carry. */
const NOT_FOR_GIT = /^deepseek-migrate: (.+?): (.*)not 'git apply'\s*$/gm;

/** Runs `diff` in a committed repo, `git apply` in a copy, `apply` in another copy. */
export function roundTrip(files: Readonly<Record<string, Buffer | string>>, args: readonly string[] = []): RoundTrip {
  const base = committedRepo(files);
  const before = snapshot(base);
  const diff = cli(base, ["diff", ...args], { env: GIT_ENV });
  const notForGit = new Map<string, string>();
  for (const m of diff.stderr.matchAll(NOT_FOR_GIT)) notForGit.set(m[1]!, m[2]!);

  const gitCopy = copyOf(base);
  const patchFile = path.join(mkdtempSync(path.join(tmpdir(), "dsm-rt-patch-")), "migrate.patch");
  writeFileSync(patchFile, diff.stdout);
  let gitApply = { status: 0 as number | null, stderr: "" };
  if (diff.stdout.length > 0) {
    const excludes = [...notForGit.keys()].map((f) => `--exclude=${f}`);
    gitApply = cleanGit(gitCopy, ["apply", ...excludes, patchFile]);
  }
  const applyCopy = copyOf(base);
  const applied = cli(applyCopy, ["apply", ...args], { env: GIT_ENV });
  return {
    base,
    patch: diff.stdout,
    diffStatus: diff.status,
    diffStderr: diff.stderr,
    notForGit,
    viaGit: snapshot(gitCopy),
    gitApply,
    viaApply: snapshot(applyCopy),
    applyStatus: applied.status,
    applyStderr: applied.stderr,
    before,
  };
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), "dsm-rt-copy-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}
