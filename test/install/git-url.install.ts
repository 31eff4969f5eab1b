// Installing from a git URL, as the README tells users to while the package is not on the npm
// registry: `npm install -g`, `npx` and pre-commit's `repo:`, each against a clone of the committed
// HEAD reached through a file URL. None of them may need a build (they run the committed one), so
// the committed build must also be exactly what the sources build to.
import { existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { missingCommand, needs } from "../support/requires.js";
import { cloneHead, git, must, REPO_ROOT, run, sampleRepo, tempDir } from "./support.js";

let clone = "";
let url = "";

beforeAll(() => {
  clone = cloneHead();
  url = `git+file://${clone}`;
});

describe("the committed build", () => {
  it("is what `npm run compile` makes of the committed sources", () => {
    const dir = cloneHead();
    symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
    must("npm", ["run", "compile", "--silent"], { cwd: dir });
    // Tracked files unchanged, and no shipped file left untracked (.gitignore lists them).
    expect(git(dir, "status", "--porcelain", "--", "dist")).toBe("");
  });

  it("needs no preparation: package.json has none of the scripts npm prepares a git dependency for", () => {
    const pkg = JSON.parse(git(clone, "show", "HEAD:package.json")) as { scripts?: Record<string, string> };
    const prepared = ["build", "prepare", "prepack", "preinstall", "install", "postinstall"].filter((s) => pkg.scripts?.[s] !== undefined);
    expect(prepared).toEqual([]);
  });
});

describe("npm install -g <git url>", () => {
  it("installs a working CLI", () => {
    const prefix = tempDir("prefix");
    must("npm", ["install", "-g", "--prefix", prefix, url], { cwd: tempDir("cwd") });
    const installed = path.join(prefix, "lib/node_modules/deepseek-migrate");
    // A real folder, not a link into a temporary clone npm has since deleted.
    expect(readdirSync(installed).sort()).toEqual(["LICENSE", "README.md", "bin", "dist", "docs", "node_modules", "package.json", "schema"]);
    const bin = path.join(prefix, "bin/deepseek-migrate");
    expect(run(bin, ["--version"], { cwd: prefix }).stdout.trim()).toBe(JSON.parse(git(clone, "show", "HEAD:package.json")).version);
    const r = run(bin, ["check", "--format", "json"], { cwd: sampleRepo() });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { rewrite: number; review: number } }).summary).toMatchObject({ rewrite: 12, review: 8 });
  });
});

describe("npx <git url>", () => {
  it("runs the CLI", () => {
    // npx installs into the npm cache's _npx folder: the one this run adds is removed afterwards.
    const npxDir = path.join(process.env["npm_config_cache"] ?? path.join(homedir(), ".npm"), "_npx");
    const before = new Set(existsSync(npxDir) ? readdirSync(npxDir) : []);
    try {
      const r = run("npx", ["--yes", url, "check", "--format", "json"], { cwd: sampleRepo() });
      expect(r.stderr).not.toMatch(/npm error/);
      expect(r.status).toBe(1);
      expect((JSON.parse(r.stdout) as { summary: { rewrite: number; review: number } }).summary).toMatchObject({ rewrite: 12, review: 8 });
    } finally {
      for (const entry of existsSync(npxDir) ? readdirSync(npxDir) : []) {
        if (!before.has(entry)) rmSync(path.join(npxDir, entry), { recursive: true, force: true });
      }
    }
  });
});

describe("pre-commit with repo: <git url>", () => {
  needs(missingCommand("pre-commit"))("installs the hook, blocks a commit that adds retired names and prints one summary for all the files", () => {
    const project = tempDir("precommit");
    git(project, "init", "-q", "-b", "main");
    // pre-commit takes the repository as git does: a file:// URL of the clone, at the commit's hash.
    const rev = git(clone, "rev-parse", "HEAD").trim();
    writeFileSync(
      path.join(project, ".pre-commit-config.yaml"),
      `repos:\n  - repo: file://${clone}\n    rev: ${rev}\n    hooks:\n      - id: deepseek-migrate\n`,
    );
    // More files than pre-commit puts in one batch when it runs a hook in parallel.
    for (let i = 0; i < 12; i++) writeFileSync(path.join(project, `settings${i}.toml`), `model = "deepseek-chat"\n`);
    writeFileSync(path.join(project, "notes.md"), "Nothing retired here.\n");
    const env = { PRE_COMMIT_HOME: tempDir("pre-commit-home"), GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" };
    must("pre-commit", ["install"], { cwd: project, env });
    git(project, "add", "-A");
    const commit = run("git", ["commit", "-m", "add settings"], { cwd: project, env });
    const output = commit.stdout + commit.stderr;
    expect(commit.status, output).toBe(1);
    expect(output).toMatch(/deepseek-migrate\.+Failed/);
    for (let i = 0; i < 12; i++) expect(output).toContain(`settings${i}.toml`);
    // One process checked all 13 files: one summary line, counting them all.
    const summaries = output.split("\n").filter((l) => /\bfiles? scanned\b/.test(l));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatch(/\b12 to rewrite\b/);
    expect(summaries[0]).toMatch(/\(14 files scanned\)/);

    // Once the files are migrated, the commit goes through.
    for (let i = 0; i < 12; i++) writeFileSync(path.join(project, `settings${i}.toml`), `model = "deepseek-v4-flash"\n`);
    git(project, "add", "-A");
    const clean = run("git", ["commit", "-m", "add settings"], { cwd: project, env });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout + clean.stderr).toMatch(/deepseek-migrate\.+Passed/);
  });
});
