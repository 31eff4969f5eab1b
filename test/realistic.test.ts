// Precision on realistic projects: each fixtures/realistic/<project> reproduces the situations of
// issue 7 (recordings, snapshots, generated files, V4-aware collections, exported constants, regexes,
// legacy-specific tests, migration prose) next to genuine call sites. The real CLI runs on a temp
// git copy; its findings must equal expected.json exactly, with and without --include-recorded,
// and `apply` must rewrite the genuine sites while leaving every review-only file byte-identical.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, git, REPO_ROOT, tempProject, type JsonFinding } from "./support/project.js";

interface Expected {
  readonly situation: string;
  readonly file: string;
  readonly line: number;
  readonly legacy: string;
  readonly action: "rewrite" | "review";
  readonly reason: string;
  /** Reported only with --include-recorded. */
  readonly recorded?: boolean;
  /** When given, how the thinking setting was handled (e.g. "inserted" at a request site). */
  readonly thinkingState?: string;
}

interface ExpectedFile {
  readonly description: string;
  readonly situations: Readonly<Record<string, string>>;
  readonly findings: readonly Expected[];
}


/**
 * Situations ("<project>/<situation>") whose expectations depend on a rule that has not landed yet,
 * with what is missing. Each is a visible skip naming the reason, and is left out of the
 * whole-project comparisons; an entry that names no situation fails the suite.
 */
const PENDING: Readonly<Record<string, string>> = {};

const ROOT = path.join(REPO_ROOT, "fixtures/realistic");
const PROJECTS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function row(f: { file: string; line: number; legacy: string; action: string; reason: string }): string {
  return `${f.file}:${f.line} ${f.legacy} ${f.action} ${f.reason}`;
}

/** A committed temp git copy of a realistic project, without its expected.json (which describes it, not part of it). */
function copyProject(project: string): string {
  const dir = tempProject(`realistic/${project}`);
  rmSync(path.join(dir, "expected.json"));
  git(dir, "commit", "-qam", "drop expected.json");
  return dir;
}

function checkJson(cwd: string, args: readonly string[]): { status: number | null; findings: JsonFinding[] } {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(/internal error/);
  return { status: r.status, findings: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings };
}

describe("realistic projects", () => {
  it("are all found, and every pending entry names one of their situations", () => {
    // A listing that came back empty (a moved folder) would otherwise run no project at all.
    expect(PROJECTS.length).toBeGreaterThanOrEqual(3);
    const situations = PROJECTS.flatMap((p) => Object.keys(readSpec(p).situations).map((s) => `${p}/${s}`));
    for (const key of Object.keys(PENDING)) expect(situations, key).toContain(key);
  });
});

function readSpec(project: string): ExpectedFile {
  return JSON.parse(readFileSync(path.join(ROOT, project, "expected.json"), "utf8")) as ExpectedFile;
}

describe.each(PROJECTS)("realistic project %s", (project) => {
  const spec = readSpec(project);
  const pendingKeys = new Set(
    spec.findings.filter((f) => PENDING[`${project}/${f.situation}`] !== undefined).map((f) => `${f.file}:${f.line} ${f.legacy}`),
  );
  const settled = (f: { file: string; line: number; legacy: string }): boolean => !pendingKeys.has(`${f.file}:${f.line} ${f.legacy}`);
  let dir: string;
  let plain: JsonFinding[];
  let recorded: JsonFinding[];
  let status: number | null;

  beforeAll(() => {
    dir = copyProject(project);
    const a = checkJson(dir, []);
    plain = a.findings;
    status = a.status;
    recorded = checkJson(dir, ["--include-recorded"]).findings;
  });

  it("expected.json names every situation it uses", () => {
    expect(spec.findings.length).toBeGreaterThan(0);
    const used = new Set(spec.findings.map((f) => f.situation));
    expect([...used].sort()).toEqual(Object.keys(spec.situations).sort());
  });

  for (const situation of Object.keys(spec.situations)) {
    const pending = PENDING[`${project}/${situation}`];
    it.skipIf(pending !== undefined)(`situation ${situation}${pending === undefined ? "" : ` [pending: ${pending}]`}`, () => {
      const mine = spec.findings.filter((f) => f.situation === situation);
      const keys = new Set(mine.map((f) => `${f.file}:${f.line} ${f.legacy}`));
      const at = (list: readonly JsonFinding[]): string[] => list.filter((f) => keys.has(`${f.file}:${f.line} ${f.legacy}`)).map(row).sort();
      expect(at(plain)).toEqual(mine.filter((f) => !f.recorded).map(row).sort());
      expect(at(recorded)).toEqual(mine.map(row).sort());
      for (const e of mine.filter((f) => f.thinkingState !== undefined)) {
        const actual = plain.find((f) => f.file === e.file && f.line === e.line && f.legacy === e.legacy);
        expect(actual?.thinkingState, row(e)).toBe(e.thinkingState);
      }
    });
  }

  it("reports exactly the expected findings, nothing else", () => {
    expect(plain.filter(settled).map(row).sort()).toEqual(spec.findings.filter((f) => !f.recorded && settled(f)).map(row).sort());
    expect(recorded.filter(settled).map(row).sort()).toEqual(spec.findings.filter(settled).map(row).sort());
    expect(status).toBe(1);
  });

  it("apply rewrites the genuine sites and leaves review-only files byte-identical", () => {
    const p = copyProject(project);
    const reviewOnly = [...new Set(spec.findings.map((f) => f.file))].filter((file) =>
      spec.findings.every((f) => f.file !== file || (f.action === "review" && settled(f))),
    );
    const before = new Map(reviewOnly.map((f) => [f, readFileSync(path.join(p, f), "utf8")]));
    const r = cli(p, ["apply", "--format", "json"]);
    expect(r.status).toBe(0);
    for (const [file, text] of before) expect(readFileSync(path.join(p, file), "utf8"), file).toBe(text);
    const after = checkJson(p, ["--include-recorded"]).findings.filter(settled);
    expect(after.every((f) => f.action === "review")).toBe(true);
    expect(after.map((f) => `${f.file} ${f.legacy} ${f.reason}`).sort()).toEqual(
      spec.findings.filter((f) => f.action === "review" && settled(f)).map((f) => `${f.file} ${f.legacy} ${f.reason}`).sort(),
    );
  });
});
