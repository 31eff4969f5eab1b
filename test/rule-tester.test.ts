// The rule tester's own checks, against stand-in migrations that misbehave in one way each: a tester
// that let any of these through would pass rule tables that prove nothing.
import { describe, expect, it } from "vitest";
import type { MigrationSettings, ReportFinding, TextMigration } from "../src/api.js";
import { assertNoDuplicates, verifyInvalid, verifyValid, type Migrate } from "./support/rule-tester.js";

function finding(over: Partial<ReportFinding> = {}): ReportFinding {
  return {
    file: "a.json",
    line: 1,
    column: 11,
    endLine: 1,
    endColumn: 24,
    legacy: "deepseek-chat",
    replacement: "deepseek-v4-flash",
    action: "rewrite",
    rule: "json",
    message: "m",
    reason: "config-value",
    thinking: "disabled",
    thinkingState: "note",
    note: "deepseek-chat meant thinking disabled",
    ...over,
  };
}

/** A stand-in that renames with `rename` and reports one finding while a legacy name is left. */
function standIn(rename: (text: string) => string, over: Partial<ReportFinding> = {}): Migrate {
  return async (_path: string, text: string, _settings?: MigrationSettings): Promise<TextMigration> => {
    const after = rename(text);
    const findings = text.includes("deepseek-chat") ? [finding(over)] : [];
    return { text: after, changed: after !== text, findings, advisories: [], skipped: null };
  };
}

const row = { path: "a.json", code: '{"model": "deepseek-chat"}', findings: ["1:11 rewrite deepseek-chat config-value"], output: '{"model": "deepseek-v4-flash"}' };

describe("rule tester", () => {
  it("accepts a well-behaved migration", async () => {
    await expect(verifyInvalid(row, standIn((t) => t.replace("deepseek-chat", "deepseek-v4-flash")))).resolves.toBeDefined();
  });

  it("rejects an output the family's parser refuses, when the input parsed", async () => {
    const broken = { ...row, output: '{"model": "deepseek-v4-flash"' };
    await expect(verifyInvalid(broken, standIn((t) => t.replace("deepseek-chat", "deepseek-v4-flash").replace(/}$/, "")))).rejects.toThrow(/parses with JSON.parse/);
  });

  it("rejects a migration that is not idempotent", async () => {
    // Each run appends a member: the first output is as the row says, the second run changes it again.
    const growing = standIn((t) => t.replace("deepseek-chat", "deepseek-v4-flash").replace(/}$/, ', "n": 1}'));
    const r = { ...row, output: '{"model": "deepseek-v4-flash", "n": 1}' };
    await expect(verifyInvalid(r, growing)).rejects.toThrow(/migrating the output again changes nothing/);
  });

  it("rejects a migration that leaves something to rewrite", async () => {
    // Changes the layout once and leaves the name: the second run changes nothing, yet still rewrites.
    const half = standIn((t) => t.replace(/"deepseek-chat"}$/, '"deepseek-chat" }'));
    const r = { ...row, output: '{"model": "deepseek-chat" }' };
    await expect(verifyInvalid(r, half)).rejects.toThrow(/nothing left to rewrite/);
  });

  it("checks the thinking state when a row gives it", async () => {
    const ok = standIn((t) => t.replace("deepseek-chat", "deepseek-v4-flash"));
    await expect(verifyInvalid({ ...row, findings: ["1:11 rewrite deepseek-chat config-value note"] }, ok)).resolves.toBeDefined();
    await expect(verifyInvalid({ ...row, findings: ["1:11 rewrite deepseek-chat config-value inserted"] }, ok)).rejects.toThrow(/findings/);
  });

  it("rejects a review item that carries a thinking note, and a noted rewrite without its note", async () => {
    const review = { ...row, findings: ["1:11 review deepseek-chat mapping-key"], output: null };
    await expect(verifyInvalid(review, standIn((t) => t, { action: "review", reason: "mapping-key", replacement: null }))).rejects.toThrow();
    await expect(verifyInvalid(row, standIn((t) => t.replace("deepseek-chat", "deepseek-v4-flash"), { note: null }))).rejects.toThrow(/note text/);
  });

  it("rejects a valid row that reports or changes anything", async () => {
    await expect(verifyValid({ path: "a.json", code: '{"model": "deepseek-chat"}' }, standIn((t) => t))).rejects.toThrow(/reports nothing/);
  });

  it("refuses duplicate rows and duplicate names", () => {
    const a = { path: "a.yml", code: "model: deepseek-chat\n" };
    expect(() => assertNoDuplicates({ valid: [a], invalid: [{ ...a, findings: [], output: null }] })).toThrow(/duplicate row/);
    expect(() => assertNoDuplicates({ valid: [{ ...a, name: "x" }, { path: "b.yml", code: "x: 1\n", name: "x" }] })).toThrow(/duplicate row name: "x"/);
    // The same text under other settings is another case.
    expect(() => assertNoDuplicates({ valid: [a, { ...a, settings: { thinking: "off" } }] })).not.toThrow();
  });
});
