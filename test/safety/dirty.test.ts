// apply over uncommitted work would mix the tool's edits with the user's: refuse unless --allow-dirty.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "../support/project.js";

const SRC = `client.create(model="deepseek-chat")\n`;

function repo(): string {
  const dir = tempProject(null);
  writeFiles(dir, { "app.py": SRC, "notes.txt": "unrelated\n" });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return dir;
}

describe("apply and the git working tree", () => {
  it("refuses with exit 2 and names --allow-dirty when a tracked file has uncommitted changes", () => {
    const dir = repo();
    writeFileSync(path.join(dir, "notes.txt"), "edited\n");
    const r = cli(dir, ["apply"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/uncommitted changes to 1 tracked file \(notes\.txt\).*--allow-dirty/);
    expect(r.stdout).toBe("");
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(SRC);
  });

  it("counts staged changes too, but not untracked files", () => {
    const dir = repo();
    writeFiles(dir, { "new-untracked.py": "x = 1\n" });
    expect(cli(dir, ["apply"]).status).toBe(0);
    const staged = repo();
    writeFileSync(path.join(staged, "notes.txt"), "staged\n");
    git(staged, "add", "notes.txt");
    expect(cli(staged, ["apply"]).status).toBe(2);
  });

  it("--allow-dirty applies anyway", () => {
    const dir = repo();
    writeFileSync(path.join(dir, "notes.txt"), "edited\n");
    const r = cli(dir, ["apply", "--allow-dirty"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toContain("deepseek-v4-flash");
  });

  it("only the scanned path matters: dirt elsewhere in the repository does not block", () => {
    const dir = repo();
    writeFiles(dir, { "sub/app.py": SRC });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "sub");
    writeFileSync(path.join(dir, "notes.txt"), "edited\n");
    expect(cli(dir, ["apply", "sub"]).status).toBe(0);
    expect(cli(dir, ["apply", "."]).status).toBe(2);
  });

  it("outside a git repository, --yes warns on stderr and writes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-nogit-"));
    writeFiles(dir, { "app.py": SRC });
    const r = cli(dir, ["apply", "--yes"], { env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: not inside a git repository/);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toContain("deepseek-v4-flash");
  });

  it.each([[["apply"]], [["apply", "--allow-dirty"]], [["apply", "--format", "json"]]])(
    "outside a git repository and not on a terminal, %j without --yes refuses in one line and writes nothing",
    (args) => {
      const dir = mkdtempSync(path.join(tmpdir(), "dsm-nogit-"));
      writeFiles(dir, { "app.py": SRC });
      const r = cli(dir, args, { env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        "deepseek-migrate: not inside a git repository, so apply cannot be undone with git: pass --yes to write anyway (deepseek-migrate diff shows what would change)\n",
      );
      expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(SRC);
    },
  );

  // git does not search above GIT_CEILING_DIRECTORIES: a folder below one, inside another repository's
  // work tree, is outside git for git and must be for the tool too, with or without --allow-dirty.
  it.each([[["apply"]], [["apply", "--allow-dirty"]]])("below GIT_CEILING_DIRECTORIES inside an outer work tree, %j is outside git", (args) => {
    const outer = repo();
    const ceiling = path.join(outer, "ceiling");
    const dir = path.join(ceiling, "project");
    writeFiles(dir, { "app.py": SRC });
    const env = { GIT_CEILING_DIRECTORIES: ceiling };
    expect(spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } }).status).toBe(128);
    const r = cli(dir, args, { env });
    expect(r.stderr).toBe(
      "deepseek-migrate: not inside a git repository, so apply cannot be undone with git: pass --yes to write anyway (deepseek-migrate diff shows what would change)\n",
    );
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(SRC);
  });

  it("check and diff never look at the working tree state", () => {
    const dir = repo();
    writeFileSync(path.join(dir, "notes.txt"), "edited\n");
    expect(cli(dir, ["check"]).status).toBe(1);
    expect(cli(dir, ["diff"]).status).toBe(0);
  });
});
