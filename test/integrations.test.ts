// action.yml and .pre-commit-hooks.yaml: their contract, and their commands run against a real project.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { BIN, cli, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id: string; shell: string; env: Record<string, string>; run: string }[] };
}

const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as ActionYaml;
const hooks = parse(readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];

const APP = `package main\n\nconst model = "deepseek-chat"\n`;
const REVIEW = `package main\n\nfunc pick(m string) bool {\n\treturn m == "deepseek-reasoner"\n}\n`;

/**
 * Runs the action's step as the runner would, with its inputs mapped to the step's env and this
 * checkout as the action's path (its dependencies are installed, so the script installs nothing).
 * `npx` (used when a version is given) is replaced by a shim on PATH that records its arguments,
 * one line each and a blank line per call, and runs this checkout's CLI instead of fetching the
 * package, so the script's own argument handling is what is tested. The full runs, with a real
 * install, are in test/install/action.install.ts.
 */
function runAction(cwd: string, inputs: Record<string, string>): { status: number | null; stdout: string; npxCalls: string[][] } {
  expect(existsSync(path.join(REPO_ROOT, "node_modules/.package-lock.json")), "this checkout's dependencies are installed").toBe(true);
  const bin = mkdtempSync(path.join(tmpdir(), "dsm-npx-"));
  const log = path.join(bin, "args");
  writeFileSync(log, "");
  writeFileSync(
    path.join(bin, "npx"),
    `#!/usr/bin/env bash\nprintf '%s\\n' "$@" "" >> ${JSON.stringify(log)}\nshift 2\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`,
  );
  chmodSync(path.join(bin, "npx"), 0o755);
  const step = action.runs.steps[0]!;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.env)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(v)?.[1];
    expect(input, `${k} maps an input`).toBeDefined();
    env[k] = inputs[input!] ?? action.inputs[input!]?.default ?? "";
  }
  const r = spawnSync("bash", ["-c", step.run], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: REPO_ROOT, PATH: `${bin}:${process.env["PATH"]}`, NO_COLOR: "1", CI: "", GITHUB_STEP_SUMMARY: "", GITHUB_OUTPUT: "" },
  });
  const calls = readFileSync(log, "utf8").split("\n\n").filter((c) => c !== "").map((c) => c.split("\n"));
  return { status: r.status, stdout: r.stdout, npxCalls: calls };
}

describe("action.yml", () => {
  it("is a composite action with inputs paths, fail-on, version, format and args, and outputs from its one step", () => {
    expect(action.runs.using).toBe("composite");
    for (const name of ["paths", "fail-on", "version", "format", "args"]) expect(action.inputs[name], name).toBeDefined();
    expect(action.inputs["format"]?.default).toBe("github");
    // No version: the action's own release, not whatever the registry has newest.
    expect(action.inputs["version"]?.default).toBe("");
    expect(action.runs.steps[0]).toMatchObject({ id: "check", shell: "bash", run: 'bash "$GITHUB_ACTION_PATH/scripts/action.sh"' });
    expect(Object.keys(action.outputs).sort()).toEqual(["advisories", "files", "report", "reviews", "rewrites"]);
  });

  it("runs its own checkout's CLI by default: annotates and fails; passes review-only code with fail-on: rewrite", () => {
    // A checkout, as on a runner: annotation paths are relative to the repository top.
    const dir = tempProject(null);
    writeFiles(dir, { "src/app.go": APP, "src/pick.go": REVIEW, "other/x.go": APP });
    const r = runAction(dir, { paths: "src" });
    expect(r.status).toBe(1);
    expect(r.npxCalls).toEqual([]);
    expect(r.stdout).toMatch(/^::error file=src\/app\.go,line=3,/m);
    expect(r.stdout).toMatch(/^::warning file=src\/pick\.go,line=4,/m);
    expect(r.stdout).not.toContain("other/x.go"); // only the given paths
    expect(runAction(path.join(dir, "src"), { paths: "pick.go", "fail-on": "rewrite" }).status).toBe(0);
  });

  it("runs the given version from the registry with the inputs as arguments", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "src/app.go": APP });
    const r = runAction(dir, { paths: "src", version: "1.2.3", args: "--to pro" });
    expect(r.status).toBe(1);
    expect(r.npxCalls).toHaveLength(2);
    // The JSON report for the outputs, then the requested format.
    expect(r.npxCalls[0]!.slice(0, 6)).toEqual(["--yes", "deepseek-migrate@1.2.3", "check", "--to", "pro", "--format"]);
    expect(r.npxCalls[0]!.slice(-5)).toEqual(["--fail-on", "none", "--quiet", "--", "src"]);
    expect(r.npxCalls[1]).toEqual(["--yes", "deepseek-migrate@1.2.3", "check", "--format", "github", "--fail-on", "review", "--to", "pro", "--", "src"]);
    expect(r.stdout).toContain("deepseek-chat → deepseek-v4-pro");
  });

  it("keeps shell syntax in inputs as plain arguments", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "a.go": APP });
    const r = runAction(dir, { paths: ". $(touch pwned) *", "fail-on": "none", version: "1.2.3" });
    // The words reach the CLI as they were written (no substitution, no globbing), which then finds no such paths.
    expect(r.npxCalls[0]!.slice(-4)).toEqual([".", "$(touch", "pwned)", "*"]);
    expect(r.status).toBe(2);
    expect(spawnSync("test", ["-e", path.join(dir, "pwned")]).status).toBe(1);
  });
});

describe(".pre-commit-hooks.yaml", () => {
  it("declares the deepseek-migrate hook running check on the passed file names", () => {
    expect(hooks).toHaveLength(1);
    // require_serial: one process for all the files, so one summary per commit.
    expect(hooks[0]).toMatchObject({ id: "deepseek-migrate", entry: "deepseek-migrate check", language: "node", pass_filenames: true, require_serial: true });
  });

  it("its entry with staged file names fails on a legacy name and passes clean files", () => {
    const dir = tempProject(null, { git: false });
    writeFiles(dir, { "bad.go": APP, "good.go": "package main\n" });
    const entry = String(hooks[0]!["entry"]).split(" ").slice(1); // the bin name is this checkout's CLI
    expect(cli(dir, [...entry, "bad.go", "good.go"]).status).toBe(1);
    expect(cli(dir, [...entry, "good.go"]).status).toBe(0);
  });
});
