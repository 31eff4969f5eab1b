// The three jobs end to end: the real CLI binary on a copy of the sample project in a real git repo.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles, type JsonFinding } from "./support/project.js";


function checkJson(cwd: string, args: string[] = []): { status: number | null; findings: JsonFinding[]; doc: Record<string, unknown> } {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
  return { status: r.status, findings: doc.findings, doc: doc as unknown as Record<string, unknown> };
}

describe("dry run, apply, check on the sample project", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempProject("legacy-app");
  });

  it("diff writes nothing and prints a patch that git apply accepts", () => {
    const r = cli(dir, ["diff"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^diff --git a\//);
    expect(r.stderr).toMatch(/legacy reference/);
    expect(git(dir, "status", "--porcelain")).toBe("");
    writeFileSync(path.join(dir, "..", `${path.basename(dir)}.patch`), r.stdout);
    git(dir, "apply", "--check", path.join(dir, "..", `${path.basename(dir)}.patch`));
  });

  it("the bare command is the dry run", () => {
    const bare = cli(dir, []);
    const diff = cli(dir, ["diff"]);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toBe(diff.stdout);
    const withPath = cli(dir, ["."]);
    expect(withPath.stdout).toBe(diff.stdout);
  });

  it("git apply of the dry-run diff gives exactly what apply writes", () => {
    const patch = cli(dir, ["diff"]).stdout;
    const viaGit = tempProject("legacy-app");
    const patchFile = `${viaGit}.patch`;
    writeFileSync(patchFile, patch);
    git(viaGit, "apply", patchFile);
    const viaApply = tempProject("legacy-app");
    const r = cli(viaApply, ["apply"]);
    expect(r.status).toBe(0);
    const changed = git(viaApply, "diff", "--name-only").trim().split("\n").filter(Boolean);
    expect(changed.length).toBeGreaterThan(5);
    for (const f of changed) {
      expect(readFileSync(path.join(viaGit, f), "utf8")).toBe(readFileSync(path.join(viaApply, f), "utf8"));
    }
    expect(git(viaGit, "diff", "--name-only").trim().split("\n").filter(Boolean).sort()).toEqual([...changed].sort());
  });

  it("after apply, check reports only review findings; a second apply changes nothing", () => {
    const p = tempProject("legacy-app");
    const before = checkJson(p);
    expect(before.status).toBe(1);
    const reviews = before.findings.filter((f) => f.action === "review");
    expect(before.findings.some((f) => f.action === "rewrite")).toBe(true);
    expect(cli(p, ["apply"]).status).toBe(0);
    const after = checkJson(p);
    expect(after.findings.every((f) => f.action === "review")).toBe(true);
    expect(after.findings.map((f) => `${f.file}:${f.legacy}`).sort()).toEqual(reviews.map((f) => `${f.file}:${f.legacy}`).sort());
    git(p, "add", "-A");
    git(p, "commit", "-q", "-m", "migrated");
    expect(cli(p, ["apply"]).status).toBe(0);
    expect(git(p, "status", "--porcelain")).toBe("");
    expect(cli(p, ["check", "--fail-on", "rewrite"]).status).toBe(0);
    expect(cli(p, ["check"]).status).toBe(1);
    expect(cli(p, ["check", "--fail-on", "none"]).status).toBe(0);
  });

  it("apply reports what it fixed and what still needs review; the dry run lists review items on stderr", () => {
    const p = tempProject("legacy-app");
    const dry = cli(p, ["diff"]);
    expect(dry.stderr).toMatch(/^Needs review \(not in the diff\): 8$/m);
    expect(dry.stderr).toMatch(/^src\/chat\.ts:25:11 {2}review {3}deepseek-reasoner {2}branched on: branch on the thinking setting$/m);
    expect(dry.stderr).toMatch(/^Set the thinking mode where these renamed values are used: \d+$/m);
    expect(dry.stdout).not.toMatch(/Needs review/);
    const r = cli(p, ["apply"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^\S+:\d+:\d+ {2}fixed {4}deepseek-/.test(l))).toHaveLength(12);
    expect(lines.filter((l) => /^\S+:\d+:\d+ {2}review {3}deepseek-/.test(l))).toHaveLength(8);
    expect(lines.some((l) => / rewrite {2}deepseek-/.test(l))).toBe(false);
    expect(r.stdout).toMatch(/12 rewritten, 8 to review/);
  });

  it("check --format json prints exactly one document with the documented fields", () => {
    const r = cli(dir, ["check", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { version: number; findings: JsonFinding[]; summary: Record<string, number> };
    expect(doc.version).toBe(1);
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["file", "line", "column", "endLine", "endColumn", "legacy", "replacement", "action", "rule", "message"]));
      expect(f.file).not.toMatch(/\\|^\//);
      expect(["deepseek-chat", "deepseek-reasoner"]).toContain(f.legacy);
      expect(f.action === "rewrite" ? typeof f.replacement : f.replacement).toBe(f.action === "rewrite" ? "string" : null);
      // The reported range covers exactly the legacy ID in the file.
      const line = readFileSync(path.join(dir, f.file), "utf8").split("\n")[f.line - 1]!;
      expect(line.slice(f.column - 1, f.endColumn - 1)).toBe(f.legacy);
    }
    expect(doc.summary["rewrite"]! + doc.summary["review"]!).toBe(doc.findings.length);
  });

  it("leaves history, look-alikes and URLs alone", () => {
    const { findings } = checkJson(dir);
    expect(findings.some((f) => f.file === "CHANGELOG.md")).toBe(false);
    const readme = findings.filter((f) => f.file === "README.md");
    expect(readme.map((f) => f.line)).toEqual([3, 3]);
  });
});

describe("what is scanned", () => {
  it("skips ignored, vendored and build folders, history files and suppressed lines", () => {
    const dir = tempProject(null);
    writeFiles(dir, {
      ".gitignore": "generated/\n*.log\n",
      "generated/models.ts": 'export const M = "deepseek-chat";\n',
      "run.log": "deepseek-chat\n",
      "node_modules/pkg/index.js": 'module.exports = "deepseek-chat";\n',
      "dist/app.js": 'const m = "deepseek-chat";\n',
      "sub/.gitignore": "local.cfg\n",
      "sub/local.cfg": "model=deepseek-chat\n",
      "sub/kept.cfg": "model=deepseek-chat\n",
      "HISTORY.rst": "Moved to deepseek-chat.\n",
      "release-notes.md": "Now uses deepseek-chat.\n",
      "a.txt": "use deepseek-chat # deepseek-migrate-ignore\n// deepseek-migrate-ignore-next-line\nuse deepseek-reasoner\nuse deepseek-chat\n",
      "b.txt": "<!-- deepseek-migrate-ignore-file -->\ndeepseek-chat\n",
    });
    const { findings } = checkJson(dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(["a.txt:4", "sub/kept.cfg:1"]);
  });

  it("scans a single file path and several roots", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "x/a.txt": "deepseek-chat\n", "y/b.txt": "deepseek-reasoner\n", "z/c.txt": "deepseek-chat\n" });
    expect(checkJson(dir, ["x/a.txt"]).findings.map((f) => f.file)).toEqual(["x/a.txt"]);
    expect(checkJson(dir, ["z", "x"]).findings.map((f) => f.file)).toEqual(["x/a.txt", "z/c.txt"]);
  });

  it("--map and --to choose the target", () => {
    const dir = tempProject(null);
    // Two paragraphs: one sentence naming both would be a contrast, reported for review.
    writeFiles(dir, { "m.txt": "Chat uses deepseek-chat.\n\nMaths uses deepseek-reasoner.\n" });
    const pro = checkJson(dir, ["--to", "pro"]).findings.map((f) => f.replacement);
    expect(pro).toEqual(["deepseek-v4-pro", "deepseek-v4-pro"]);
    const mixed = checkJson(dir, ["--map", "deepseek-reasoner=deepseek-v4-pro"]).findings.map((f) => f.replacement);
    expect(mixed).toEqual(["deepseek-v4-flash", "deepseek-v4-pro"]);
    const latest = checkJson(dir, ["--to", "latest"]).findings.map((f) => f.replacement);
    expect(latest).toEqual(["deepseek-flash", "deepseek-flash"]);
  });
});

describe("bad invocations", () => {
  it.each([
    [["check", "--bogus"], /unknown option '--bogus'/],
    [["check", "does-not-exist"], /path not found: does-not-exist/],
    [["check", "--map", "deepseek-chat"], /invalid --map/],
    [["check", "--map", "gpt-4=deepseek-v4-flash"], /not a retired name/],
    [["check", "--map", "deepseek-chat=deepseek-reasoner"], /itself retired/],
    [["check", "--to", "v9"], /invalid --to/],
    [["check", "--format", "xml"], /invalid --format/],
    [["check", "--thinking", "maybe"], /invalid --thinking/],
    [["check", "--fail-on", "all"], /invalid --fail-on/],
    [["apply", "--format", "diff"], /invalid --format/],
  ])("%j exits 2 with one line", (args, pattern) => {
    const dir = tempProject(null);
    writeFiles(dir, { "a.txt": "deepseek-chat\n" });
    const r = cli(dir, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
    expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("deepseek-chat\n");
    expect(existsSync(path.join(dir, "a.txt"))).toBe(true);
  });

  it("--help and --version exit 0", () => {
    const dir = tempProject(null, { git: false });
    const help = cli(dir, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: deepseek-migrate/);
    expect(help.stdout).toMatch(/check/);
    const version = cli(dir, ["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
