// What a run says happened: the summary line, its glyph and the exit code agree, `apply` counts
// only what it wrote, and when git cannot read a repository every command says git's reason.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cli, git, tempProject, writeFiles } from "./support/project.js";

const LEGACY = `MODEL = "deepseek-chat"\n`;
const REVIEW_ONLY = `def pick(m):\n    return m == "deepseek-reasoner"\n`;

/** The last two lines of a run's pretty output (stdout) or of its stderr: the summary and the next step. */
const lastTwo = (text: string): string[] => text.trimEnd().split("\n").slice(-2);
const FAILED_WRITES = [
  "✖ 3 legacy references in 3 files: 0 rewritten, 3 not written, 0 to review (3 files scanned, 3 skipped)",
  "3 could not be written (see the skipped files); fix that and run deepseek-migrate apply again",
];

const isRoot = process.getuid?.() === 0;
const nobody = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
const canDrop = isRoot && nobody.status === 0 && spawnSync("runuser", ["--version"]).status === 0;

/** Runs the CLI as the unprivileged user `nobody` (only when this process is root). */
function cliAsNobody(cwd: string, args: readonly string[]) {
  return spawnSync("runuser", ["-u", "nobody", "--", process.execPath, BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", HOME: cwd, GIT_CEILING_DIRECTORIES: path.dirname(cwd) },
  });
}

/** Whether `nobody` can read `file`: every folder above it must let others through. */
function nobodyReads(file: string): boolean {
  return spawnSync("runuser", ["-u", "nobody", "--", "test", "-r", file]).status === 0;
}

describe("apply whose writes fail", () => {
  // A folder the running user cannot write into. Root ignores file modes, so as root the CLI runs as
  // `nobody` on root's files; as any other user the folder is made read-only.
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-nowrite-"));
  writeFiles(dir, { "a.py": LEGACY, "b.py": LEGACY, "c.py": LEGACY });
  chmodSync(dir, isRoot ? 0o755 : 0o555);
  for (const f of ["a.py", "b.py", "c.py"]) chmodSync(path.join(dir, f), isRoot ? 0o644 : 0o444);
  const reachable = !isRoot || (canDrop && nobodyReads(path.join(dir, "a.py")));
  const skip = isRoot && !canDrop ? "running as root without runuser or a nobody user" : !reachable ? `nobody cannot reach ${dir} (a private folder above it)` : null;
  const run = (args: readonly string[]) => (isRoot ? cliAsNobody(dir, args) : cli(dir, args, { env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } }));

  it.skipIf(skip !== null)(`the summary says nothing was rewritten, as JSON does, and the run fails${skip ? ` (skipped: ${skip})` : ""}`, () => {
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
  // git refuses a repository owned by another user ("dubious ownership") unless told to trust it.
  const make = (): string => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "dsm-dubious-")));
    writeFiles(dir, { "app.py": LEGACY });
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    spawnSync("chown", ["-R", `${nobody.stdout.trim()}`, dir]);
    return dir;
  };
  // An empty HOME and no system config: no safe.directory entry can trust the folder.
  const home = mkdtempSync(path.join(tmpdir(), "dsm-home-"));
  const env = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: "1" };
  const commands: readonly (readonly string[])[] = [["check"], ["diff"], ["apply"], ["apply", "--allow-dirty"], ["check", "--changed"], ["check", "--changed", "main"], ["diff", "--changed"]];
  it.skipIf(!isRoot || nobody.status !== 0)(
    `every command prints git's own reason${!isRoot ? " (skipped: needs root to own a repository as another user)" : ""}`,
    () => {
      const dir = make();
      expect(spawnSync("git", ["status"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } }).stderr).toMatch(/dubious ownership/);
      for (const args of commands) {
        const r = cli(dir, args, { env });
        expect(r.stderr, args.join(" ")).toContain(`detected dubious ownership in repository at '${dir}' (to trust it: git config --global --add safe.directory ${dir})`);
        expect(r.stderr, args.join(" ")).not.toMatch(/is not inside one|internal error/);
      }
    },
  );
});
