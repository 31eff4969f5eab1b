// GitHub, Markdown, diff --output, --fail-on, --quiet, --version and --help, through the real CLI.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../src/reporters/github.js";
import { escapeMd, fenceFor } from "../src/reporters/markdown.js";
import { cli, git, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

const GO_APP = `package main

const model = "deepseek-chat"

func pick(m string) bool {
\treturn m == "deepseek-reasoner"
}
`;

describe("workflow-command escaping", () => {
  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a,b: 50%\n")).toBe("a%2Cb%3A 50%25%0A");
    // Escaping % first matters: a literal "%0A" in the text must not turn into a newline.
    expect(escapeData("%0A")).toBe("%250A");
  });
});

describe("--format github", () => {
  it("prints one exact workflow command per finding, in file and offset order", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "cmd/app.go": GO_APP, "z,odd:name.go": `package z\n\nvar m = "deepseek-reasoner"\n` });
    const r = cli(dir, ["check", "--format", "github"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);

    // The review line, written out in full.
    expect(lines[1]).toBe(
      "::warning file=cmd/app.go,line=6,col=15,endLine=6,endColumn=32,title=deepseek-reasoner needs review::" +
        "comparison on the legacy name: both modes now share one ID; test the thinking setting instead",
    );
    // Rewrites: error level, the rename in the title, message and thinking note joined by an escaped newline.
    expect(lines[0]).toBe(
      "::error file=cmd/app.go,line=3,col=16,endLine=3,endColumn=29,title=deepseek-chat → deepseek-v4-flash::" +
        "retired model name deepseek-chat: use deepseek-v4-flash%0A" +
        "deepseek-chat meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used: " +
        '"thinking": {"type": "disabled"} in the request body',
    );
    // A path with , and : is escaped as a property, so the runner cannot split it.
    expect(lines[2]).toBe(
      "::error file=z%2Codd%3Aname.go,line=3,col=10,endLine=3,endColumn=27,title=deepseek-reasoner → deepseek-v4-flash::" +
        "retired model name deepseek-reasoner: use deepseek-v4-flash%0A" +
        "deepseek-reasoner meant thinking enabled (the V4 default); set thinking {type: enabled} explicitly where this value is used: " +
        '"thinking": {"type": "enabled"} in the request body',
    );
    // The summary goes to stderr, never into the annotations.
    expect(r.stderr).toMatch(/3 legacy references in 2 files: 2 to rewrite, 1 to review/);
  });

  it("uses paths relative to the repository top when run from a subfolder", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "svc/api/app.go": GO_APP });
    const r = cli(path.join(dir, "svc"), ["check", "--format", "github"]);
    expect(r.stdout.split("\n")[0]).toMatch(/^::error file=svc\/api\/app\.go,line=3,/);
  });

  it("appends a job summary table to $GITHUB_STEP_SUMMARY, keeping what was there", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.go": GO_APP });
    const summary = path.join(dir, "step-summary.md");
    writeFileSync(summary, "earlier step\n");
    const r = cli(dir, ["check", "--format", "github", "app.go"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(1);
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("earlier step\n### deepseek-migrate\n")).toBe(true);
    expect(text).toContain("| legacy name | files | rewrites | reviews |");
    expect(text).toContain("| `deepseek-chat` | 1 | 1 | 0 |");
    expect(text).toContain("| `deepseek-reasoner` | 1 | 0 | 1 |");
    expect(text).toContain("| **total** | 1 | 1 | 1 |");
    // Other formats never touch the summary file.
    cli(dir, ["check", "--format", "json", "app.go"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, "utf8")).toBe(text);
  });

  it("prints nothing on a clean tree and exits 0", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "ok.go": `package ok\n\nconst model = "deepseek-v4-flash"\n` });
    const r = cli(dir, ["check", "--format", "github"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
  });
});

describe("--format markdown", () => {
  it("has the summary table, one diff fence per changed file, then the review list with links", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "cmd/app.go": GO_APP, "lib/other.go": `package lib\n\nvar m = "deepseek-reasoner"\n` });
    const r = cli(dir, ["check", "--format", "markdown"]);
    expect(r.status).toBe(1);
    const md = r.stdout;
    const order = [
      "## deepseek-migrate report",
      "| legacy name | files | rewrites | reviews |",
      "| `deepseek-chat` | 1 | 1 | 0 |",
      "| `deepseek-reasoner` | 2 | 1 | 1 |",
      "| **total** | 2 | 2 | 1 |",
      "### Planned changes (2 files)",
      "#### cmd/app.go",
      "#### lib/other.go",
      "### Needs review (1)",
      "- [cmd/app.go:6](cmd/app.go#L6) `deepseek-reasoner` (comparison): comparison on the legacy name",
    ];
    let at = -1;
    for (const piece of order) {
      const next = md.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    // Each fenced block is exactly the patch `diff` prints for that file.
    const blocks = [...md.matchAll(/^(`{3,})diff\n([\s\S]*?)\n\1$/gm)].map((m) => `${m[2]}\n`);
    expect(blocks).toHaveLength(2);
    expect(blocks.join("")).toBe(cli(dir, ["diff"]).stdout);
    // check --format markdown plans changes without writing them.
    expect(readFileSync(path.join(dir, "cmd/app.go"), "utf8")).toBe(GO_APP);
  });

  it("uses a longer fence when a diff line contains ```", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "README.md": "# App\n\n```sh\nexport DEEPSEEK_MODEL=deepseek-chat\n```\n" });
    const md = cli(dir, ["check", "--format", "markdown"]).stdout;
    expect(md).toContain("\n````diff\n");
    const block = /^````diff\n([\s\S]*?)\n````$/m.exec(md);
    expect(block?.[1]).toContain(" ```sh");
    expect(`${block?.[1]}\n`).toBe(cli(dir, ["diff"]).stdout);
  });

  it("links to the blob at the commit under GitHub Actions", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "my dir/app.go": GO_APP });
    const env = { GITHUB_SERVER_URL: "https://github.example", GITHUB_REPOSITORY: "acme/app", GITHUB_SHA: "abc123" };
    const md = cli(dir, ["check", "--format", "markdown"], { env }).stdout;
    expect(md).toContain("- [my dir/app.go:6](https://github.example/acme/app/blob/abc123/my%20dir/app.go#L6) `deepseek-reasoner`");
  });

  it("escapes Markdown in text and sizes fences past the longest backtick run", () => {
    expect(escapeMd("a|b *c* [d](e) <script>")).toBe("a\\|b \\*c\\* \\[d\\](e) &lt;script&gt;");
    expect(fenceFor("no ticks")).toBe("```");
    expect(fenceFor("x ```` y ``")).toBe("`````");
  });
});

describe("--output", () => {
  it("writes the diff patch to a file that git apply accepts; the summary stays on stderr", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.go": GO_APP, "docs/setup.md": "Use `deepseek-reasoner` for math.\n" });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "app");
    const r = cli(dir, ["diff", "--output", "migrate.patch"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/to rewrite/);
    const patch = readFileSync(path.join(dir, "migrate.patch"), "utf8");
    expect(patch).toContain("+const model = \"deepseek-v4-flash\"");
    git(dir, "apply", "--check", "migrate.patch");
    // No temp file is left next to the report.
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("writes pretty output to a file without colour, even when FORCE_COLOR is set; summary on stderr", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "app.go": GO_APP });
    const r = cli(dir, ["check", "--output", "report.txt"], { env: { FORCE_COLOR: "1" } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const report = readFileSync(path.join(dir, "report.txt"), "utf8");
    expect(report).toContain("app.go");
    expect(report).not.toContain("\x1b[");
    expect(r.stderr).toMatch(/2 legacy references in 1 file/);
  });

  it("pretty is coloured only when asked for on a pipe: FORCE_COLOR on, NO_COLOR or FORCE_COLOR=0 off", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "app.go": GO_APP });
    expect(cli(dir, ["check"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout).toContain("\x1b[");
    expect(cli(dir, ["check"], { env: { FORCE_COLOR: "", NO_COLOR: "1" } }).stdout).not.toContain("\x1b[");
    expect(cli(dir, ["check"], { env: { FORCE_COLOR: "0", NO_COLOR: "" } }).stdout).not.toContain("\x1b[");
    expect(cli(dir, ["check"], { env: { FORCE_COLOR: "", NO_COLOR: "" } }).stdout).not.toContain("\x1b[");
  });

  it("combines with --format (check --format sarif --output FILE)", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.go": GO_APP });
    const r = cli(dir, ["check", "--format", "sarif", "--output", "out.sarif"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(r.stderr).toMatch(/2 legacy references/);
  });

  it("fails with one line and exit 2 when the file cannot be written", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.go": GO_APP });
    const r = cli(dir, ["check", "--format", "json", "--output", "missing/dir/out.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["deepseek-migrate: cannot write --output missing/dir/out.json (ENOENT)"]);
    expect(existsSync(path.join(dir, "missing"))).toBe(false);
  });
});

describe("--fail-on", () => {
  const reviewOnly = `package main\n\nfunc pick(m string) bool {\n\treturn m == "deepseek-reasoner"\n}\n`;

  it.each([
    ["review-only tree", { "a.go": reviewOnly }, { review: 1, rewrite: 0, none: 0 }],
    ["tree with rewrites", { "a.go": GO_APP }, { review: 1, rewrite: 1, none: 0 }],
    ["clean tree", { "a.go": "package main\n" }, { review: 0, rewrite: 0, none: 0 }],
  ])("%s", (_name, files, expected) => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, files);
    for (const [level, code] of Object.entries(expected)) {
      expect(cli(dir, ["check", "--fail-on", level, "--format", "json"]).status, level).toBe(code);
    }
    expect(cli(dir, ["check"]).status).toBe(expected.review);
  });

  it("rejects an unknown level with exit 2", () => {
    const dir = tempProject(null, { git: false });
    const r = cli(dir, ["check", "--fail-on", "warning"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("deepseek-migrate: invalid --fail-on 'warning': expected one of rewrite, review, none");
  });
});

describe("--quiet, --version, --help", () => {
  it("--quiet prints findings only: no summary, no notes", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "app.go": GO_APP });
    const loud = cli(dir, ["check"]);
    const quiet = cli(dir, ["check", "--quiet"]);
    expect(loud.stdout).toMatch(/^ {2}↳ thinking disabled where this value is used: "thinking": {"type": "disabled"} in the request body$/m);
    expect(loud.stdout).toMatch(/legacy references/);
    expect(quiet.stdout).not.toMatch(/↳|legacy references|can be fixed/);
    expect(quiet.stdout.trim().split("\n")).toHaveLength(2); // one line per finding
    expect(quiet.status).toBe(1);
    const gh = cli(dir, ["check", "--quiet", "--format", "github"]);
    expect(gh.stderr).toBe("");
    expect(gh.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("--version prints the package version", () => {
    const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const r = cli(REPO_ROOT, ["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("--help shows examples for the three jobs and every CI option", () => {
    // commander wraps long lines; compare with runs of whitespace collapsed.
    const flat = (s: string): string => s.replace(/\s+/g, " ");
    const top = cli(REPO_ROOT, ["--help"]);
    expect(top.status).toBe(0);
    for (const s of ["One-off migration", "CI check", "Dry-run report", "--format github", "--changed", "--format markdown"]) expect(top.stdout).toContain(s);
    const check = flat(cli(REPO_ROOT, ["check", "--help"]).stdout);
    for (const s of ["--format", "pretty, json, sarif, github, markdown", "--output", "--fail-on", "--changed [ref]", "--config <file>", "--no-config", "--quiet"]) {
      expect(check).toContain(s);
    }
    expect(flat(cli(REPO_ROOT, ["diff", "--help"]).stdout)).toContain("json, sarif, github, markdown, diff");
  });

  it("refuses --format diff outside the diff command", () => {
    const dir = tempProject(null, { git: false });
    const r = cli(dir, ["check", "--format", "diff"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^deepseek-migrate: invalid --format 'diff'/);
  });
});
