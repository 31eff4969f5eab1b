// Config files: discovery by walking up, validation with exit 2, CLI flags winning, patterns from the config's folder.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, parseReport, tempProject, writeFiles } from "./support/project.js";

const REWRITE = `package main\n\nconst model = "deepseek-chat"\n`;
const REVIEW_ONLY = `package main\n\nfunc pick(m string) bool {\n\treturn m == "deepseek-reasoner"\n}\n`;

function files(cwd: string, args: readonly string[] = []): string[] {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(/error/);
  return [...new Set((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file))];
}

describe("config discovery", () => {
  it("finds deepseek-migrate.config.json in a parent folder; flags override it; --no-config ignores it", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify({ failOn: "rewrite" }), "svc/api/pick.go": REVIEW_ONLY });
    const sub = path.join(dir, "svc/api");
    expect(cli(sub, ["check"]).status).toBe(0); // review items alone pass under failOn: rewrite
    expect(cli(sub, ["check", "--fail-on", "review"]).status).toBe(1);
    expect(cli(sub, ["check", "--no-config"]).status).toBe(1);
  });

  it("reads a \"deepseek-migrate\" key in package.json; --map on the command line wins per name", () => {
    const dir = tempProject(null);
    writeFiles(dir, {
      "package.json": JSON.stringify({ name: "app", "deepseek-migrate": { map: { "deepseek-chat": "deepseek-v4-pro" } } }),
      "app.go": REWRITE,
    });
    expect(cli(dir, ["diff"]).stdout).toContain('+const model = "deepseek-v4-pro"');
    expect(cli(dir, ["diff", "--map", "deepseek-chat=deepseek-flash"]).stdout).toContain('+const model = "deepseek-flash"');
    expect(cli(dir, ["diff", "--no-config"]).stdout).toContain('+const model = "deepseek-v4-flash"');
  });

  it("prefers the nearest folder, and the config file over package.json in the same folder", () => {
    const dir = tempProject(null);
    writeFiles(dir, {
      "deepseek-migrate.config.json": JSON.stringify({ to: "pro" }),
      "pkg/package.json": JSON.stringify({ name: "pkg", "deepseek-migrate": { to: "latest" } }),
      "pkg/deepseek-migrate.config.json": JSON.stringify({ map: { "deepseek-chat": "deepseek-v4-flash" } }),
      "pkg/app.go": REWRITE,
      "other/package.json": JSON.stringify({ name: "other" }),
      "other/app.go": REWRITE,
    });
    expect(cli(path.join(dir, "pkg"), ["diff"]).stdout).toContain('+const model = "deepseek-v4-flash"');
    // A package.json without the key does not stop the search: the top config applies.
    expect(cli(path.join(dir, "other"), ["diff"]).stdout).toContain('+const model = "deepseek-v4-pro"');
  });

  it("stops at the repository top: a config above the checkout does not apply", () => {
    const outer = tempProject(null, { git: false });
    writeFiles(outer, { "deepseek-migrate.config.json": JSON.stringify({ failOn: "none" }) });
    const repo = path.join(outer, "repo");
    mkdirSync(repo);
    git(repo, "init", "-q");
    writeFiles(repo, { "app.go": REWRITE });
    expect(cli(repo, ["check"]).status).toBe(1);
    expect(cli(outer, ["check"]).status).toBe(0); // outside the repo the outer config is the nearest
  });

  it("format from the config applies to check; diff keeps printing its patch", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify({ format: "json" }), "app.go": REWRITE });
    expect(parseReport(cli(dir, ["check"]).stdout).findings.map((f) => f.file)).toEqual(["app.go"]);
    expect(cli(dir, ["diff"]).stdout).toMatch(/^diff --git a\/app\.go b\/app\.go/);
    expect(cli(dir, ["check", "--format", "github"]).stdout).toMatch(/^::error /);
  });

  it("--config FILE uses that file, a missing one is an exit-2 error", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "ci/dsm.json": JSON.stringify({ thinking: "off", failOn: "none" }), "app.go": REWRITE });
    expect(cli(dir, ["check", "--config", "ci/dsm.json"]).status).toBe(0);
    const r = cli(dir, ["check", "--config", "ci/missing.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`deepseek-migrate: ${path.join(dir, "ci/missing.json")}: cannot read the config file (ENOENT)`);
  });

  it("maxFileSize accepts a size string", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify({ maxFileSize: "1k" }), "big.go": `${REWRITE}//${"x".repeat(2000)}\n`, "small.go": REWRITE });
    const r = cli(dir, ["check", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { findings: { file: string }[]; skipped: { file: string; reason: string }[] };
    expect(doc.findings.map((f) => f.file)).toEqual(["small.go"]);
    expect(doc.skipped).toEqual([expect.objectContaining({ file: "big.go", reason: "too-large" })]);
  });
});

describe("config validation", () => {
  it.each([
    ["unknown key", { failon: "review" }, /: unknown key "failon" \(known: include, exclude, map, /],
    ["bad thinking", { thinking: "maybe" }, /: "thinking": expected one of explicit, off, got "maybe"$/],
    ["bad failOn", { failOn: 1 }, /: "failOn": expected one of rewrite, review, none, got 1$/],
    ["bad format", { format: "diff" }, /: "format": expected one of pretty, json, sarif, github, markdown, got "diff"$/],
    ["map from a non-legacy name", { map: { "gpt-4": "deepseek-v4-pro" } }, /: "map": "gpt-4" is not a retired name/],
    ["map to a retired name", { map: { "deepseek-chat": "deepseek-reasoner" } }, /: "map": the target for deepseek-chat is itself retired$/],
    ["include not a list", { include: "src" }, /: "include": expected a list of gitignore-style patterns/],
    ["bad maxFileSize", { maxFileSize: "huge" }, /: "maxFileSize": expected a positive number of bytes/],
    ["bad includeRecorded", { includeRecorded: "yes" }, /: "includeRecorded": expected true or false$/],
    ["not an object", ["src"], /: the config must be an object$/],
  ])("%s → exit 2, one line naming the file and the key", (_name, content, message) => {
    const dir = tempProject(null);
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify(content), "app.go": REWRITE });
    const r = cli(dir, ["check"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`deepseek-migrate: ${path.join(dir, "deepseek-migrate.config.json")}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
  });

  it("names the package.json key path and rejects invalid JSON", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "package.json": JSON.stringify({ name: "x", "deepseek-migrate": { thinkng: "off" } }) });
    const r = cli(dir, ["check"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/package\.json: unknown key "deepseek-migrate\.thinkng"/);
    writeFiles(dir, { "package.json": "{ broken" });
    const bad = cli(dir, ["check"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^deepseek-migrate: .*package\.json: not valid JSON/);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("include / exclude", () => {
  it("are gitignore-style patterns relative to the config file's folder, wherever the CLI runs", () => {
    const dir = tempProject(null);
    writeFiles(dir, {
      "deepseek-migrate.config.json": JSON.stringify({ exclude: ["/svc/legacy/", "*.gen.go"], include: ["*.go", "docs/"] }),
      "svc/app.go": REWRITE,
      "svc/legacy/old.go": REWRITE,
      "svc/api.gen.go": REWRITE,
      "svc/notes.md": "Use deepseek-chat.\n",
      "docs/setup.md": "Use deepseek-chat.\n",
      "legacy/top.go": REWRITE, // "/svc/legacy/" is anchored at the config's folder: this one stays
    });
    expect(files(dir)).toEqual(["docs/setup.md", "legacy/top.go", "svc/app.go"]);
    // Run from a subfolder: the same patterns, still resolved from the config file's folder.
    expect(files(path.join(dir, "svc"))).toEqual(["app.go"]);
  });

  it("also apply to files named on the command line (as pre-commit passes them)", () => {
    const dir = tempProject(null);
    writeFiles(dir, {
      "deepseek-migrate.config.json": JSON.stringify({ exclude: ["fixtures/"] }),
      "fixtures/old.go": REWRITE,
      "src/app.go": REWRITE,
    });
    expect(files(dir, ["fixtures/old.go", "src/app.go"])).toEqual(["src/app.go"]);
    expect(files(dir, ["--no-config", "fixtures/old.go", "src/app.go"])).toEqual(["fixtures/old.go", "src/app.go"]);
  });
});
