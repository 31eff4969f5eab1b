// The GitHub Action's step (scripts/action.sh, which action.yml runs with bash), run here as the
// runner would: from a checkout of the action (a clone of the committed HEAD) with the runner's
// GITHUB_* files faked. It runs under bash, bash --posix and dash: dash has no bash extensions at
// all, so a script it runs uses none that macOS's bash 3.2 lacks.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { missingCommand, needs } from "../support/requires.js";
import { cloneHead, git, REPO_ROOT, run, sampleRepo, tempDir } from "./support.js";

const SHELLS: readonly (readonly string[])[] = [["bash"], ["bash", "--posix"], ["dash"]];

let actionPath = "";

beforeAll(() => {
  actionPath = cloneHead();
});

interface StepResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT as name → value. */
  readonly outputs: Record<string, string>;
  /** What was appended to GITHUB_STEP_SUMMARY. */
  readonly summary: string;
}

function step(shell: readonly string[], cwd: string, inputs: Record<string, string>): StepResult {
  const runner = tempDir("runner");
  const output = path.join(runner, "output");
  const summary = path.join(runner, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const r = run(shell[0]!, [...shell.slice(1), path.join(actionPath, "scripts/action.sh")], {
    cwd,
    env: { GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: runner, ...inputs },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, "utf8") };
}

const DEFAULTS = { DSM_PATHS: ".", DSM_ARGS: "", DSM_FORMAT: "github", DSM_FAIL_ON: "review", DSM_VERSION: "" };

describe("action.yml", () => {
  it("runs scripts/action.sh with bash, runs the action's own release by default and maps the outputs", () => {
    const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { default: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: { id: string; shell: string; run: string; env: Record<string, string> }[] };
    };
    expect(action.inputs["version"]!.default).toBe("");
    expect(action.runs.using).toBe("composite");
    const [only] = action.runs.steps;
    expect(only).toMatchObject({ id: "check", shell: "bash", run: 'bash "$GITHUB_ACTION_PATH/scripts/action.sh"' });
    expect(Object.keys(only!.env).sort()).toEqual(["DSM_ARGS", "DSM_FAIL_ON", "DSM_FORMAT", "DSM_PATHS", "DSM_VERSION"]);
    for (const name of ["rewrites", "reviews", "advisories", "files", "report"]) {
      expect(action.outputs[name]!.value).toBe(`\${{ steps.check.outputs.${name} }}`);
    }
  });
});

describe("scripts/action.sh", () => {
  for (const shell of SHELLS) {
    needs(missingCommand(shell[0]!, ["-c", "true"]))(`under ${shell.join(" ")}: annotations, outputs from the JSON report, and a summary note past 10 errors`, () => {
      const repo = sampleRepo();
      const r = step(shell, repo, DEFAULTS);
      expect(r.status, r.stderr).toBe(1);
      const lines = r.stdout.split("\n");
      expect(lines.filter((l) => l.startsWith("::error ")).length).toBe(12);
      expect(lines.filter((l) => l.startsWith("::warning ")).length).toBe(8);
      expect({ ...r.outputs, report: "" }).toEqual({ rewrites: "12", reviews: "8", advisories: "0", files: "13", report: "" });
      const report = JSON.parse(readFileSync(r.outputs["report"]!, "utf8")) as unknown;
      expect(report).toStrictEqual(JSON.parse(run(process.execPath, [path.join(actionPath, "bin/deepseek-migrate.js"), "check", "--format", "json"], { cwd: repo }).stdout));
      expect(r.summary).toContain("This step wrote 12 error and 8 warning annotations, and GitHub shows only 10 of each per step");
      expect(r.summary).toContain("github/codeql-action/upload-sarif");
      expect(r.stderr).toContain("12 error and 8 warning annotations; GitHub shows 10 of each per step");
    });
  }

  it("runs from the action's checkout, with its runtime dependencies only", () => {
    // The tests above ran the script, which installed them on first use.
    expect(existsSync(path.join(actionPath, "node_modules/commander"))).toBe(true);
    expect(existsSync(path.join(actionPath, "node_modules/typescript"))).toBe(false);
    expect(git(actionPath, "status", "--porcelain", "--untracked-files=no")).toBe("");
  });

  it("adds no note while the annotations fit, splits paths and arguments on spaces, and takes fail-on", () => {
    const repo = sampleRepo();
    const inputs = { ...DEFAULTS, DSM_PATHS: "config app", DSM_ARGS: "--to pro" };
    const r = step(["bash", "--posix"], repo, inputs);
    expect(r.status, r.stderr).toBe(1);
    expect(r.outputs).toMatchObject({ rewrites: "6", reviews: "1", files: "4" });
    expect(r.stdout).toContain("deepseek-chat → deepseek-v4-pro");
    expect(r.summary).not.toContain("annotations");
    expect(step(["bash", "--posix"], repo, { ...inputs, DSM_FAIL_ON: "none" }).status).toBe(0);
  });

  it("writes another format where the arguments say, and still sets the outputs", () => {
    const repo = sampleRepo();
    const r = step(["bash"], repo, { ...DEFAULTS, DSM_FORMAT: "sarif", DSM_FAIL_ON: "none", DSM_ARGS: "--output deepseek.sarif" });
    expect(r.status, r.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(repo, "deepseek.sarif"), "utf8")) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.results).toHaveLength(20);
    expect(r.outputs).toMatchObject({ rewrites: "12", reviews: "8" });
    expect(r.summary).toBe("");
  });

  it("stops with the tool's one-line error for a bad input", () => {
    const r = step(["bash"], sampleRepo(), { ...DEFAULTS, DSM_FAIL_ON: "sometimes" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("deepseek-migrate: invalid --fail-on 'sometimes'");
  });
});
