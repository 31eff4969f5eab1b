// What a run says happened: the summary line, its glyph and the exit code agree, `apply` counts
// only what it wrote, and when git cannot read a repository every command says git's reason.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "./support/project.js";
import { needs, unprivileged } from "./support/requires.js";

const LEGACY = `MODEL = "deepseek-chat"\n`;
const REVIEW_ONLY = `def pick(m):\n    return m == "deepseek-reasoner"\n`;

/** The last two lines of a run's pretty output (stdout) or of its stderr: the summary and the next step. */
const lastTwo = (text: string): string[] => text.trimEnd().split("\n").slice(-2);
const FAILED_WRITES = [
  "✖ 3 legacy references in 3 files: 0 rewritten, 3 not written, 0 to review (3 files scanned, 3 skipped)",
  "3 could not be written (see the skipped files); fix that and run deepseek-migrate apply again",
];

const isRoot = process.getuid?.() === 0;

describe("apply whose writes fail", () => {
  // A folder the CLI's user cannot write into: made read-only, and, when the tests run as root (whom
  // file modes do not stop), the CLI runs as `nobody` (test/support/requires.ts).
  const user = unprivileged();
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-nowrite-"));
  writeFiles(dir, { "a.py": LEGACY, "b.py": LEGACY, "c.py": LEGACY });
  for (const f of ["a.py", "b.py", "c.py"]) chmodSync(path.join(dir, f), 0o444);
  chmodSync(dir, 0o555);
  const run = (args: readonly string[]) => user.cli(dir, args, { HOME: dir, GIT_CEILING_DIRECTORIES: path.dirname(dir) });

  needs(user.missing)("the summary says nothing was rewritten, as JSON does, and the run fails", () => {
    const pretty = run(["apply", "--yes"]);
    expect(pretty.stdout).toMatch(/^ {2}a\.py {2}write-failed {2}write failed: EACCES$/m);
    expect(lastTwo(pretty.stdout)).toEqual(FAILED_WRITES);
    expect(pretty.status).toBe(1);
    const json = run(["apply", "--yes", "--format", "json"]);
    const doc = JSON.parse(json.stdout) as { summary: { filesChanged: number; skipped: number } };
    expect(doc.summary.filesChanged).toBe(0);
    expect(doc.summary.skipped).toBe(3);
    expect(lastTwo(json.stderr)).toEqual(FAILED_WRITES);
    expect(json.status).toBe(1);
    for (const f of ["a.py", "b.py", "c.py"]) expect(readFileSync(path.join(dir, f), "utf8")).toBe(LEGACY);
  });
});

describe("the summary's glyph follows the exit code", () => {
  const repo = (files: Record<string, string>): string => {
    const dir = tempProject(null);
    writeFiles(dir, files);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    return dir;
  };
  // [label, files, args, where the summary is printed, exit code, summary line]
  const rows: readonly (readonly [string, Record<string, string>, readonly string[], "stdout" | "stderr", number, string])[] = [
    ["check with rewrites", { "a.py": LEGACY }, ["check"], "stdout", 1, "✖ 1 legacy reference in 1 file: 1 to rewrite, 0 to review (1 file scanned)"],
    ["check on a clean tree", { "a.py": "x = 1\n" }, ["check"], "stdout", 0, "✔ no legacy DeepSeek model names (1 file scanned)"],
    ["check --fail-on rewrite with review items only", { "a.py": REVIEW_ONLY }, ["check", "--fail-on", "rewrite"], "stdout", 0, "⚠ 1 legacy reference in 1 file: 0 to rewrite, 1 to review (1 file scanned)"],
    ["check --fail-on none with rewrites", { "a.py": LEGACY }, ["check", "--fail-on", "none"], "stdout", 0, "⚠ 1 legacy reference in 1 file: 1 to rewrite, 0 to review (1 file scanned)"],
    ["check --format json with rewrites", { "a.py": LEGACY }, ["check", "--format", "json"], "stderr", 1, "✖ 1 legacy reference in 1 file: 1 to rewrite, 0 to review (1 file scanned)"],
    ["diff with rewrites", { "a.py": LEGACY }, ["diff"], "stderr", 0, "⚠ 1 legacy reference in 1 file: 1 to rewrite, 0 to review (1 file scanned)"],
    ["a successful apply", { "a.py": LEGACY }, ["apply"], "stdout", 0, "✔ 1 legacy reference in 1 file: 1 rewritten, 0 to review (1 file scanned)"],
    ["a successful apply leaving review items", { "a.py": LEGACY, "b.py": REVIEW_ONLY }, ["apply"], "stdout", 0, "⚠ 2 legacy references in 2 files: 1 rewritten, 1 to review (2 files scanned)"],
  ];
  it.each(rows)("%s", (_label, files, args, stream, code, summary) => {
    const r = cli(repo(files), args);
    expect(r.status, r.stderr).toBe(code);
    const lines = (stream === "stdout" ? r.stdout : r.stderr).split("\n").filter((l) => /^[✔✖⚠] /.test(l));
    expect(lines).toEqual([summary]);
  });
});

describe("when git cannot read the repository", () => {
  const commands: readonly (readonly string[])[] = [["check"], ["diff"], ["apply"], ["apply", "--allow-dirty"], ["check", "--changed"], ["check", "--changed", "main"], ["diff", "--changed"]];
  const repo = (): string => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "dsm-unreadable-git-")));
    writeFiles(dir, { "app.py": LEGACY });
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    return dir;
  };
  // An empty HOME and no system config: no safe.directory entry can trust the folder.
  const home = mkdtempSync(path.join(tmpdir(), "dsm-home-"));
  const env = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: "1" };
  const expectReason = (dir: string, reason: string): void => {
    for (const args of commands) {
      const r = cli(dir, args, { env });
      expect(r.stderr, args.join(" ")).toContain(reason);
      expect(r.stderr, args.join(" ")).not.toMatch(/is not inside one|internal error/);
    }
    // apply stopped (it cannot check the tree); apply --allow-dirty went on and wrote.
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(`MODEL = "deepseek-v4-flash"\n`);
  };

  it("a repository format git does not know: every command prints git's own reason", () => {
    const dir = repo();
    git(dir, "config", "core.repositoryformatversion", "99");
    expectReason(dir, "Expected git repo version <= 1, found 99");
  });

  // git refuses a repository owned by another user ("dubious ownership") unless told to trust it;
  // only root can give a folder to another user.
  it.skipIf(!isRoot)(`a repository owned by another user: every command prints git's own reason${isRoot ? "" : " [skipped: needs root to give a repository to another user]"}`, () => {
    const dir = repo();
    // Any other user id will do (git compares owners, it does not look the user up): nobody's.
    const chown = spawnSync("chown", ["-R", "65534:65534", dir], { encoding: "utf8" });
    expect(chown.status, chown.stderr).toBe(0);
    expect(spawnSync("git", ["status"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } }).stderr).toMatch(/dubious ownership/);
    expectReason(dir, `detected dubious ownership in repository at '${dir}' (to trust it: git config --global --add safe.directory ${dir})`);
  });
});
