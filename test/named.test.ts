// Files named on the command line (what a pre-commit hook passes) get the treatment a folder scan
// gives them: history and lock files, default excluded folders, ignored untracked files and the
// config's patterns leave them out, and the summary says which and why.
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "./support/project.js";

const LEGACY = 'const m = "deepseek-chat";\n';

interface Report {
  findings: { file: string }[];
  leftOut: { file: string; reason: string }[];
  summary: { filesScanned: number };
}

function hookRepo(): string {
  const dir = tempProject(null);
  writeFiles(dir, {
    ".gitignore": "gen/\n*.local.ts\n",
    "deepseek-migrate.config.json": JSON.stringify({ exclude: ["fixtures/"] }),
    "CHANGELOG.md": "Moved to deepseek-chat.\n",
    "package-lock.json": '{"model": "deepseek-chat"}\n',
    "src/a.ts": LEGACY,
    "dist/a.js": LEGACY,
    "node_modules/x/index.js": LEGACY,
    "pkg/build/out.js": LEGACY,
    "gen/new.ts": LEGACY,
    "gen/committed.ts": LEGACY,
    "src/dev.local.ts": LEGACY,
    "fixtures/old.ts": LEGACY,
  });
  git(dir, "add", "-A");
  git(dir, "add", "-f", "gen/committed.ts");
  git(dir, "commit", "-qm", "base");
  return dir;
}

const NAMED = ["CHANGELOG.md", "src/a.ts", "dist/a.js", "node_modules/x/index.js", "pkg/build/out.js", "gen/new.ts", "gen/committed.ts", "src/dev.local.ts", "fixtures/old.ts", "package-lock.json"];

describe("files named on the command line", () => {
  it("are left out as a folder scan leaves them out, with the reason in JSON and on stderr", () => {
    const dir = hookRepo();
    for (const extra of [[], ["--no-git-scan"]]) {
      const r = cli(dir, ["check", "--format", "json", ...extra, ...NAMED]);
      expect(r.status, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      // The committed file in the ignored folder is scanned: git tracks it, .gitignore does not apply.
      expect(report.findings.map((f) => f.file)).toEqual(["gen/committed.ts", "src/a.ts"]);
      expect(report.summary.filesScanned).toBe(2);
      expect(report.leftOut).toEqual([
        { file: "CHANGELOG.md", reason: "history-file" },
        { file: "dist/a.js", reason: "excluded-folder" },
        { file: "node_modules/x/index.js", reason: "excluded-folder" },
        { file: "pkg/build/out.js", reason: "excluded-folder" },
        { file: "gen/new.ts", reason: "gitignored" },
        { file: "src/dev.local.ts", reason: "gitignored" },
        { file: "fixtures/old.ts", reason: "config" },
        { file: "package-lock.json", reason: "lock-file" },
      ]);
      expect(r.stderr).toContain(
        "8 named files left out: CHANGELOG.md (history file), dist/a.js (excluded folder), node_modules/x/index.js (excluded folder), pkg/build/out.js (excluded folder), gen/new.ts (ignored by .gitignore), src/dev.local.ts (ignored by .gitignore), fixtures/old.ts (excluded by config), package-lock.json (lock file)\n",
      );
    }
  });

  it("a history file alone passes the hook, and the pretty summary says why it was not checked", () => {
    const dir = hookRepo();
    const r = cli(dir, ["check", "CHANGELOG.md"]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain("1 named file left out: CHANGELOG.md (history file)\n");
    expect(r.stdout).not.toContain("deepseek-chat");
  });

  it("are judged from the named folder holding them, from the working directory, or from the repository top", () => {
    const dir = hookRepo();
    // Named together with its excluded folder: the folder was named, so its files are scanned.
    const both = JSON.parse(cli(dir, ["check", "--format", "json", "dist", "dist/a.js"]).stdout) as Report;
    expect(both.findings.map((f) => f.file)).toEqual(["dist/a.js"]);
    expect(both.leftOut).toEqual([]);
    // From inside dist/, a.js is what `check .` would scan there.
    const inside = JSON.parse(cli(path.join(dir, "dist"), ["check", "--format", "json", "a.js"]).stdout) as Report;
    expect(inside.findings.map((f) => f.file)).toEqual(["a.js"]);
    // Outside the working directory, the repository top is the folder scan that would reach it.
    const above = JSON.parse(cli(path.join(dir, "src"), ["check", "--format", "json", "../dist/a.js", "../gen/new.ts", "a.ts"]).stdout) as Report;
    expect(above.findings.map((f) => f.file)).toEqual(["a.ts"]);
    expect(above.leftOut).toEqual([
      { file: "../dist/a.js", reason: "excluded-folder" },
      { file: "../gen/new.ts", reason: "gitignored" },
    ]);
  });

  it("a link named on the command line is judged by the name given", () => {
    const dir = hookRepo();
    symlinkSync("../src/a.ts", path.join(dir, "gen/link.ts"));
    const r = JSON.parse(cli(dir, ["check", "--format", "json", "gen/link.ts", "src/a.ts"]).stdout) as Report;
    expect(r.findings.map((f) => f.file)).toEqual(["src/a.ts"]);
    expect(r.leftOut).toEqual([{ file: "gen/link.ts", reason: "gitignored" }]);
  });

  it("outside git, .gitignore rules apply to named files as to a folder scan", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { ".gitignore": "gen/\n", "gen/x.ts": LEGACY, "src/y.ts": LEGACY });
    const r = JSON.parse(cli(dir, ["check", "--format", "json", "gen/x.ts", "src/y.ts"]).stdout) as Report;
    expect(r.findings.map((f) => f.file)).toEqual(["src/y.ts"]);
    expect(r.leftOut).toEqual([{ file: "gen/x.ts", reason: "gitignored" }]);
  });
});
