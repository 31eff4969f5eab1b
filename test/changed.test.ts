// --changed [REF] in real temporary git repositories.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "./support/project.js";

const LEGACY = (n: string): string => `package ${n}\n\nconst model = "deepseek-chat"\n`;

function changed(cwd: string, args: readonly string[]): string[] {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(/deepseek-migrate:/);
  return (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
}

function repo(): string {
  const dir = tempProject(null);
  writeFiles(dir, {
    ".gitignore": "ignored/\n",
    "src/modified.go": LEGACY("a"),
    "src/untouched.go": LEGACY("b"),
    "src/deleted.go": LEGACY("c"),
    "src/with space ü.go": LEGACY("d"),
  });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return dir;
}

describe("--changed", () => {
  it("scans modified, staged and untracked files; skips unchanged, deleted and ignored ones", () => {
    const dir = repo();
    writeFiles(dir, {
      "src/modified.go": `${LEGACY("a")}// touched\n`,
      "src/with space ü.go": `${LEGACY("d")}// touched\n`,
      "src/untracked.go": LEGACY("e"),
      "src/staged.go": LEGACY("f"),
      "ignored/hidden.go": LEGACY("g"),
    });
    git(dir, "add", "src/staged.go");
    rmSync(path.join(dir, "src/deleted.go"));
    expect(changed(dir, ["--changed"])).toEqual(["src/modified.go", "src/staged.go", "src/untracked.go", "src/with space ü.go"]);
    // Without --changed everything is scanned, the ignored folder still not.
    expect(changed(dir, [])).toEqual(["src/modified.go", "src/untouched.go", "src/untracked.go", "src/staged.go", "src/with space ü.go"].sort());
  });

  it("takes a ref: files changed since an earlier commit, committed or not", () => {
    const dir = repo();
    const base = git(dir, "rev-parse", "HEAD").trim();
    writeFiles(dir, { "src/feature.go": LEGACY("h") });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "feature");
    expect(changed(dir, ["--changed"])).toEqual([]);
    expect(changed(dir, ["--changed", base])).toEqual(["src/feature.go"]);
    expect(changed(dir, ["--changed", "HEAD~1"])).toEqual(["src/feature.go"]);
    git(dir, "branch", "-q", "base-branch", base);
    expect(changed(dir, ["--changed", "base-branch"])).toEqual(["src/feature.go"]);
  });

  it("works from a subfolder and combines with paths", () => {
    const dir = repo();
    writeFiles(dir, { "src/modified.go": `${LEGACY("a")}// touched\n`, "other/new.go": LEGACY("i") });
    expect(changed(path.join(dir, "src"), ["--changed"])).toEqual(["modified.go"]);
    expect(changed(dir, ["--changed", "--", "other"])).toEqual(["other/new.go"]);
  });

  it("reports an unknown ref with one line and exit 2", () => {
    const dir = repo();
    const r = cli(dir, ["check", "--changed", "no-such-branch"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("deepseek-migrate: --changed: unknown git ref 'no-such-branch' (try HEAD, main or origin/main)\n");
  });

  it("reports a repository without commits as a bad ref (HEAD does not exist yet)", () => {
    const dir = tempProject(null, { git: false });
    git(dir, "init", "-q");
    writeFileSync(path.join(dir, "a.go"), LEGACY("a"));
    const r = cli(dir, ["check", "--changed"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("deepseek-migrate: --changed: the repository has no commits yet, so there is no HEAD to compare with\n");
  });

  it("outside a git repository: one line, exit 2, nothing on stdout", () => {
    const dir = tempProject(null, { git: false });
    writeFileSync(path.join(dir, "a.go"), LEGACY("a"));
    const r = cli(dir, ["check", "--changed"], { env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`deepseek-migrate: --changed needs a git repository, and ${dir} is not inside one\n`);
  });
});
