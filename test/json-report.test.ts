// The `--format json` report against its published schema (schema/report.schema.json): the schema
// ships with the package and is linked from the README, every JSON report in the tests is validated
// against it (test/support/project.ts), and one small project's report is checked whole, value by value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, parseReport, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";
import { REPORT_SCHEMA_PATH, reportValidator } from "./support/report.js";

const PROJECT = {
  "src/chat.ts": `import OpenAI from "openai";

const client = new OpenAI();

export async function ask(question: string) {
  return client.chat.completions.create({
    model: "deepseek-reasoner",
    temperature: 0.2,
    messages: [{ role: "user", content: question }],
  });
}
`,
  "src/route.ts": `export function isReasoner(model: string): boolean {
  return model === "deepseek-chat";
}
`,
  ".env.example": "DEEPSEEK_MODEL=deepseek-chat\n",
  "assets/logo.png": Buffer.from("PNG\0\0model=deepseek-chat\n", "latin1"),
};

// Written out by hand from the files above (columns counted on the lines themselves).
const FINDINGS = [
  {
    file: ".env.example",
    line: 1,
    column: 16,
    endLine: 1,
    endColumn: 29,
    legacy: "deepseek-chat",
    replacement: "deepseek-v4-flash",
    action: "rewrite",
    rule: "ini-env",
    message: "retired model name deepseek-chat in configuration: use deepseek-v4-flash and set thinking disabled where the request is built",
    reason: "config-value",
    thinking: "disabled",
    thinkingState: "note",
    note: 'deepseek-chat meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used: "thinking": {"type": "disabled"} in the request body',
  },
  {
    file: "src/chat.ts",
    line: 7,
    column: 13,
    endLine: 7,
    endColumn: 30,
    legacy: "deepseek-reasoner",
    replacement: "deepseek-v4-flash",
    action: "rewrite",
    rule: "ts-js",
    message: "retired model name deepseek-reasoner at a request site: use deepseek-v4-flash with thinking enabled",
    reason: "request-site",
    thinking: "enabled",
    thinkingState: "inserted",
    note: null,
  },
  {
    file: "src/route.ts",
    line: 2,
    column: 21,
    endLine: 2,
    endColumn: 34,
    legacy: "deepseek-chat",
    replacement: null,
    action: "review",
    rule: "ts-js",
    message: "comparison on the legacy name: both modes now share one ID; test the thinking setting instead",
    reason: "comparison",
    thinking: "disabled",
    thinkingState: "none",
    note: null,
  },
];

const ADVISORIES = [
  {
    rule: "ts-js",
    file: "src/chat.ts",
    line: 8,
    column: 5,
    code: "sampling-ignored",
    message: "temperature/top_p/penalties are ignored when thinking is enabled (temperature)",
  },
];

const SKIPPED = [{ file: "assets/logo.png", reason: "binary", detail: "binary file (NUL bytes)" }];

function summary(filesChanged: number) {
  return {
    filesScanned: 4,
    filesWithFindings: 3,
    filesChanged,
    rewrite: 2,
    review: 1,
    advisories: 1,
    skipped: 1,
    byLegacy: { "deepseek-chat": { rewrite: 1, review: 1 }, "deepseek-reasoner": { rewrite: 1, review: 0 } },
  };
}

function project(): string {
  const dir = tempProject(null);
  writeFiles(dir, PROJECT);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "project");
  return dir;
}

describe("the JSON report", () => {
  it("check: the whole document, every key and value", () => {
    const r = cli(project(), ["check", "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      version: 1,
      tool: { name: "deepseek-migrate", retiredAt: "2026-07-24T15:59:00Z" },
      command: "check",
      findings: FINDINGS,
      advisories: ADVISORIES,
      skipped: SKIPPED,
      leftOut: [],
      summary: summary(0),
    });
  });

  it("diff and apply: the same findings and advisories, the files they change counted", () => {
    const dir = project();
    const diff = cli(dir, ["diff", "--format", "json"]);
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout)).toStrictEqual({
      version: 1,
      tool: { name: "deepseek-migrate", retiredAt: "2026-07-24T15:59:00Z" },
      command: "diff",
      findings: FINDINGS,
      advisories: ADVISORIES,
      skipped: SKIPPED,
      leftOut: [],
      summary: summary(2),
    });
    const apply = cli(dir, ["apply", "--format", "json"]);
    expect(apply.status).toBe(0);
    expect(JSON.parse(apply.stdout)).toStrictEqual({
      version: 1,
      tool: { name: "deepseek-migrate", retiredAt: "2026-07-24T15:59:00Z" },
      command: "apply",
      findings: FINDINGS,
      advisories: ADVISORIES,
      skipped: SKIPPED,
      leftOut: [],
      summary: summary(2),
    });
    expect(git(dir, "diff", "--name-only")).toBe(".env.example\nsrc/chat.ts\n");
  });

  it("named files: one that a folder scan leaves out is listed under leftOut, not scanned", () => {
    const dir = project();
    writeFiles(dir, { "CHANGELOG.md": "- Moved to deepseek-chat.\n" });
    const r = cli(dir, ["check", "--format", "json", "src/route.ts", "CHANGELOG.md"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      version: 1,
      tool: { name: "deepseek-migrate", retiredAt: "2026-07-24T15:59:00Z" },
      command: "check",
      findings: [FINDINGS[2]],
      advisories: [],
      skipped: [],
      leftOut: [{ file: "CHANGELOG.md", reason: "history-file" }],
      summary: {
        filesScanned: 1,
        filesWithFindings: 1,
        filesChanged: 0,
        rewrite: 0,
        review: 1,
        advisories: 0,
        skipped: 0,
        byLegacy: { "deepseek-chat": { rewrite: 0, review: 1 }, "deepseek-reasoner": { rewrite: 0, review: 0 } },
      },
    });
  });

  it("a report chosen by the config file (format: json) is validated too", () => {
    const dir = project();
    writeFiles(dir, { "deepseek-migrate.config.json": '{ "format": "json" }\n' });
    const doc = parseReport(cli(dir, ["check"]).stdout);
    expect(doc.summary.filesScanned).toBe(5);
  });
});

describe("the published schema", () => {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, "utf8")) as Record<string, unknown>;

  it("ships in the package and is linked from the JSON output docs and the README", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schema/report.schema.json");
    const formats = readFileSync(path.join(REPO_ROOT, "docs/formats.md"), "utf8");
    const start = formats.indexOf("## JSON output");
    const end = formats.indexOf("\n## ", start + 1);
    expect(formats.slice(start, end === -1 ? undefined : end)).toContain("[schema/report.schema.json](../schema/report.schema.json)");
    expect(readFileSync(path.join(REPO_ROOT, "README.md"), "utf8")).toContain("[schema/report.schema.json](schema/report.schema.json)");
  });

  it("describes version 1 and compiles in ajv's strict mode", () => {
    expect((schema["properties"] as Record<string, unknown>)["version"]).toEqual({ const: 1, description: "Version of this document's shape." });
    expect(typeof reportValidator()).toBe("function");
  });

  // The schema must reject what the product must never print; a loosened schema would pass anything.
  const valid = {
    version: 1,
    tool: { name: "deepseek-migrate", retiredAt: "2026-07-24T15:59:00Z" },
    command: "check",
    findings: FINDINGS,
    advisories: ADVISORIES,
    skipped: SKIPPED,
    leftOut: [{ file: "CHANGELOG.md", reason: "history-file" }],
    summary: summary(0),
  };
  const [envFinding, tsFinding, reviewFinding] = FINDINGS as unknown as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

  it("accepts the report above", () => {
    expect(() => parseReport(JSON.stringify(valid))).not.toThrow();
  });

  it.each([
    ["a finding without thinking", { ...valid, findings: [without(tsFinding, "thinking"), reviewFinding] }, /must have required property 'thinking'/],
    ["a finding with an internal field", { ...valid, findings: [{ ...envFinding, start: 15 }] }, /must NOT have additional properties/],
    ["a rewrite without a replacement", { ...valid, findings: [{ ...tsFinding, replacement: null }] }, /must be string/],
    ["a review with a replacement", { ...valid, findings: [{ ...reviewFinding, replacement: "deepseek-v4-flash" }] }, /must be null/],
    ["a rewrite left to a note without one", { ...valid, findings: [{ ...envFinding, note: null }] }, /\/findings\/0\/note must be string/],
    ["an unknown reason code", { ...valid, findings: [{ ...tsFinding, reason: "other" }] }, /must be equal to one of the allowed values/],
    ["a 0-based column", { ...valid, findings: [{ ...tsFinding, column: 0 }] }, /must be >= 1/],
    ["an absolute path", { ...valid, findings: [{ ...tsFinding, file: "/home/u/src/chat.ts" }] }, /must match pattern/],
    ["an advisory without its code", { ...valid, advisories: [without(ADVISORIES[0]!, "code")] }, /must have required property 'code'/],
    ["a skipped file with an unknown reason", { ...valid, skipped: [{ ...SKIPPED[0]!, reason: "odd" }] }, /must be equal to one of the allowed values/],
    ["a summary without byLegacy", { ...valid, summary: without(summary(0), "byLegacy") }, /must have required property 'byLegacy'/],
    ["another version", { ...valid, version: 2 }, /must be equal to constant/],
    ["a missing advisories list", without(valid, "advisories"), /must have required property 'advisories'/],
    ["a missing leftOut list", without(valid, "leftOut"), /must have required property 'leftOut'/],
    ["a left-out file with an unknown reason", { ...valid, leftOut: [{ file: "CHANGELOG.md", reason: "boring" }] }, /must be equal to one of the allowed values/],
  ])("rejects %s", (_label, doc, message) => {
    expect(() => parseReport(JSON.stringify(doc))).toThrow(message);
  });
});

describe("the schema's rule names", () => {
  it("are exactly the registered language adapters, so a new file family cannot ship an invalid report", async () => {
    const schema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, "utf8")) as { $defs: { rule: { enum: string[] } } };
    const listed = schema.$defs.rule.enum;
    const { LANGUAGES } = await import("../rules/languages/index.js");
    expect([...listed].sort()).toEqual(LANGUAGES.map((r) => r.id).sort());
  });
});
