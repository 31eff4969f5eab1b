// A CLI that guides: typos get the command they meant, options from other tools point to this one's
// way, every report ends with what to do next, pretty output fits a 100-column terminal, the patch is
// coloured on a terminal only, apply outside git asks first, and SARIF names no local folder.
// Terminal behaviour is tested through a real pseudo-terminal (`script` from util-linux).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cli, git, tempProject, writeFiles } from "./support/project.js";
import { missingCommand, needs } from "./support/requires.js";

const LEGACY = `MODEL = "deepseek-chat"\n`;

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
/** `it` for tests that need a pseudo-terminal from `script` (util-linux): skipped visibly without it. */
const onPty = needs(missingCommand("script"));

/**
 * Runs the CLI on a pseudo-terminal `cols` wide: stdin, stdout and stderr are all the terminal.
 * Returns what the terminal showed (CRLF turned into LF) and the CLI's exit code.
 */
function onTerminal(cwd: string, args: readonly string[], options: { input?: string; cols?: number; env?: Record<string, string> } = {}) {
  const command = `stty cols ${options.cols ?? 100} rows 40; exec ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")}`;
  const r = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", CI: "", TERM: "xterm", ...options.env },
  });
  return { status: r.status, out: r.stdout.replace(/\r\n/g, "\n") };
}

/** Text as a terminal shows it: colour codes take no column. */
const plain = (s: string): string => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

describe("typos and options from other tools", () => {
  const dir = tempProject(null);
  writeFiles(dir, { "app.py": LEGACY });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "app");

  it.each([
    [["chekc"], "deepseek-migrate: unknown command 'chekc' (did you mean check?)"],
    [["chekc", "src"], "deepseek-migrate: unknown command 'chekc' (did you mean check?)"],
    [["aplly"], "deepseek-migrate: unknown command 'aplly' (did you mean apply?)"],
    [["dif"], "deepseek-migrate: unknown command 'dif' (did you mean diff?)"],
    [["fix"], "deepseek-migrate: unknown command 'fix' (did you mean apply?)"],
    [["lint"], "deepseek-migrate: unknown command 'lint' (did you mean check?)"],
    [["check", "--fix"], "deepseek-migrate: unknown option '--fix' (to rewrite the files, use the apply command: deepseek-migrate apply)"],
    [["--fix"], "deepseek-migrate: unknown option '--fix' (to rewrite the files, use the apply command: deepseek-migrate apply)"],
    [["--dry-run"], "deepseek-migrate: unknown option '--dry-run' (the dry run is the diff command: deepseek-migrate diff)"],
    [["apply", "--dry-run"], "deepseek-migrate: unknown option '--dry-run' (the dry run is the diff command: deepseek-migrate diff)"],
    [["check", "--changed", "app.py"], "deepseek-migrate: --changed: 'app.py' is a path, not a git ref; to scan it for changes use --changed REF -- PATH (e.g. --changed HEAD -- app.py)"],
    [["nothing-here"], "deepseek-migrate: path not found: nothing-here"],
  ])("%j", (args, message) => {
    const r = cli(dir, args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${message}\n`);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(LEGACY);
  });

  it("a word that names an existing folder is a path to scan, not a typo", () => {
    const here = tempProject(null);
    writeFiles(here, { "chekc/app.py": LEGACY });
    const r = cli(here, ["chekc"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("+++ b/chekc/app.py");
  });

  it("--changed REF -- PATH, as the hint says, scans that path's changes", () => {
    writeFileSync(path.join(dir, "app.py"), `${LEGACY}X = 1\n`);
    const r = cli(dir, ["check", "--changed", "HEAD", "--", "app.py"]);
    git(dir, "checkout", "--", "app.py");
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^app\.py:1:10 {2}rewrite/m);
  });

  it.each([
    ["check", ["deepseek-migrate check --fail-on rewrite", "deepseek-migrate check --changed HEAD -- src"]],
    ["diff", ["deepseek-migrate diff --output migrate.patch && git apply --check migrate.patch"]],
    ["apply", ["deepseek-migrate apply --yes", "deepseek-migrate apply src --to pro"]],
  ])("%s --help ends with examples", (command, examples) => {
    const r = cli(dir, [command, "--help"]);
    expect(r.status).toBe(0);
    const after = r.stdout.slice(r.stdout.indexOf("\nExamples:\n"));
    expect(after.length).toBeGreaterThan(0);
    for (const e of examples) expect(after).toContain(`$ ${e}`);
  });
});

describe("what to do next", () => {
  it("check ends with the counts apply can fix and the review items", () => {
    const r = cli(tempProject("legacy-app"), ["check"]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "✖ 20 legacy references in 13 files: 12 to rewrite, 8 to review (14 files scanned)",
      "12 can be fixed with deepseek-migrate apply; 8 need review",
    ]);
  });

  it("diff says the same on stderr; with --output it says where it wrote", () => {
    const dir = tempProject("legacy-app");
    const d = cli(dir, ["diff"]);
    expect(d.status).toBe(0);
    expect(d.stderr.trimEnd().split("\n").at(-1)).toBe("12 can be fixed with deepseek-migrate apply; 8 need review");
    const o = cli(dir, ["diff", "--output", "migrate.patch"]);
    expect(o.status).toBe(0);
    expect(o.stdout).toBe("");
    expect(o.stderr.trimEnd().split("\n").slice(-3)).toEqual([
      "wrote the patch to migrate.patch",
      "⚠ 20 legacy references in 13 files: 12 to rewrite, 8 to review (14 files scanned)",
      "12 can be fixed with deepseek-migrate apply (or git apply migrate.patch); 8 need review",
    ]);
    git(dir, "apply", "--check", "migrate.patch");
    const s = cli(dir, ["check", "--format", "sarif", "--output", "out.sarif"]);
    expect(s.stderr).toContain("wrote the sarif report to out.sarif\n");
  });

  it("a clean tree has no next step; --quiet prints none", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "a.py": "x = 1\n" });
    expect(cli(dir, ["check"]).stdout).toBe("✔ no legacy DeepSeek model names (1 file scanned)\n");
    const q = cli(tempProject("legacy-app"), ["check", "--quiet"]);
    expect(q.stdout).not.toMatch(/can be fixed|need review/);
  });
});

describe("pretty output", () => {
  it("one line per finding, starting with file:line:col; a note only under findings that have one; within 100 columns", () => {
    const r = cli(tempProject("legacy-app"), ["check"]);
    const lines = r.stdout.split("\n");
    const findings = lines.filter((l) => / {2}(?:rewrite|review) {2,3}deepseek-/.test(l));
    expect(findings).toHaveLength(20);
    for (const l of findings) expect(l).toMatch(/^[^\s:]+:\d+:\d+ {2}/);
    expect(findings).toContain("src/chat.ts:25:11  review   deepseek-reasoner  branched on: branch on the thinking setting");
    expect(findings).toContain("src/chat.ts:10:13  rewrite  deepseek-chat → deepseek-v4-flash  adds thinking disabled");
    // The config value's note follows its own finding, and only such findings have one.
    const at = lines.indexOf("config/litellm.yaml:4:23  rewrite  deepseek-chat → deepseek-v4-flash");
    expect(lines[at + 1]).toBe(`  ↳ thinking disabled where this value is used: completion(..., thinking={"type": "disabled"})`);
    const noted = lines.filter((l) => l.startsWith("  ↳ "));
    expect(noted).toHaveLength(6);
    for (let i = 0; i < lines.length; i++) if (lines[i]!.startsWith("  ↳ ")) expect(lines[i - 1]).toMatch(/ rewrite {2}deepseek-\S+ → deepseek-v4-flash$/);
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(100);
  });

  onPty("on a 100-column terminal no line is wider, and long headlines are cut, never the location", () => {
    const dir = tempProject(null);
    const deep = "services/some-team/a-long-folder-name/client_module.py";
    writeFiles(dir, { [deep]: `def pick(m):\n    return m == "deepseek-reasoner"\n`, "cfg.yaml": "model: deepseek-chat\n" });
    const r = onTerminal(dir, ["check"]);
    expect(r.status).toBe(1);
    const lines = plain(r.out).split("\n");
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(100);
    const review = lines.find((l) => l.startsWith(`${deep}:2:18  review   deepseek-reasoner  `));
    expect(review).toMatch(/^.{99}…$/u);
    expect(lines).toContain("cfg.yaml:1:8  rewrite  deepseek-chat → deepseek-v4-flash");
  });
});

describe("the patch in colour", () => {
  const dir = tempProject(null);
  writeFiles(dir, { "app.py": LEGACY });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "app");

  onPty("is coloured on a terminal", () => {
    const r = onTerminal(dir, ["diff"]);
    expect(r.status).toBe(0);
    expect(r.out).toContain(`\x1b[31m-MODEL = "deepseek-chat"\x1b[39m`);
    expect(r.out).toContain(`\x1b[32m+MODEL = "deepseek-v4-flash"\x1b[39m`);
    expect(r.out).toContain("\x1b[1mdiff --git a/app.py b/app.py\x1b[22m");
  });

  onPty("is plain on a terminal with NO_COLOR", () => {
    const r = onTerminal(dir, ["diff"], { env: { NO_COLOR: "1" } });
    expect(r.out).toContain(`\n-MODEL = "deepseek-chat"\n`);
    expect(r.out).not.toContain("\x1b[3");
  });

  it("is plain in a pipe, coloured there only with FORCE_COLOR, and never in --output", () => {
    const piped = cli(dir, ["diff"]);
    expect(piped.stdout).not.toContain("\x1b[");
    expect(spawnSync("git", ["apply", "--check", "-"], { cwd: dir, input: piped.stdout }).status).toBe(0);
    expect(cli(dir, ["diff"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout).toContain(`\x1b[32m+MODEL = "deepseek-v4-flash"\x1b[39m`);
    cli(dir, ["diff", "--output", "p.patch"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(readFileSync(path.join(dir, "p.patch"), "utf8")).not.toContain("\x1b[");
  });
});

describe("apply outside a git repository", () => {
  const plainFolder = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-nogit-"));
    writeFiles(dir, { "app.py": LEGACY });
    return dir;
  };
  const env = (dir: string) => ({ GIT_CEILING_DIRECTORIES: path.dirname(dir) });

  onPty("asks on a terminal; no writes nothing", () => {
    const dir = plainFolder();
    const r = onTerminal(dir, ["apply"], { input: "n\n", env: env(dir) });
    expect(plain(r.out)).toContain("deepseek-migrate: not inside a git repository, so apply cannot be undone with git. Rewrite the files in place? [y/N] ");
    expect(plain(r.out)).toContain("deepseek-migrate: nothing written\n");
    expect(r.status).toBe(1);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(LEGACY);
  });

  onPty("asks on a terminal; yes writes", () => {
    const dir = plainFolder();
    const r = onTerminal(dir, ["apply"], { input: "y\n", env: env(dir) });
    expect(plain(r.out)).toContain("Rewrite the files in place? [y/N] ");
    expect(plain(r.out)).toContain("✔ 1 legacy reference in 1 file: 1 rewritten, 0 to review (1 file scanned)");
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(`MODEL = "deepseek-v4-flash"\n`);
  });

  onPty("inside a git repository, asks nothing", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.py": LEGACY });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "app");
    const r = onTerminal(dir, ["apply"]);
    expect(r.status).toBe(0);
    expect(r.out).not.toContain("[y/N]");
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(`MODEL = "deepseek-v4-flash"\n`);
  });
});

describe("SARIF", () => {
  it("carries no absolute path of the machine that made it", () => {
    const dir = realpathSync(tempProject(null));
    writeFiles(dir, { "repo/app.py": LEGACY, "outside/other.py": LEGACY });
    const repo = path.join(dir, "repo");
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "app");
    mkdirSync(path.join(repo, "empty"));
    const r = cli(repo, ["check", "--format", "sarif", ".", "../outside"]);
    expect(r.status, r.stderr).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] };
    expect(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: "../outside/other.py", uriBaseId: "%SRCROOT%" },
      { uri: "app.py", uriBaseId: "%SRCROOT%" },
    ]);
    for (const local of [dir, path.dirname(dir), tmpdir(), realpathSync(tmpdir()), "file:"]) expect(r.stdout).not.toContain(local);
  });
});
