// The engine's re-parse gate, driven by a rule whose parser rejects the migrated text.
import { describe, expect, it } from "vitest";
import { processFile } from "../src/check/engine.js";
import { buildMapping } from "../src/cli/options.js";
import type { Rule } from "../src/types.js";

const TEXT = 'model = "deepseek-chat"\n';

function rejectingRule(calls: string[]): Rule {
  return {
    id: "strict",
    description: "accepts only the original text",
    appliesTo: () => true,
    check: () => ({ detections: [{ start: 9, end: 22, legacy: "deepseek-chat", action: "rewrite", reason: "reference" }] }),
    validate: (text) => {
      calls.push(text);
      return text === TEXT ? null : "line 1: unexpected token";
    },
  };
}

describe("re-parse before offering a rewrite", () => {
  const base = { mapping: buildMapping(undefined, []), thinking: "explicit" as const, maxFileSize: 1 << 20 };

  it("an edit that breaks the file's syntax is refused and reported, not offered", async () => {
    const calls: string[] = [];
    const o = await processFile("a.cfg", "/virtual/a.cfg", [rejectingRule(calls)], base, Buffer.from(TEXT));
    expect(o.skipped).toEqual({ reason: "parse-error", detail: "edit would break the syntax: line 1: unexpected token" });
    expect(o.edit).toBeUndefined();
    expect(o.findings.map((f) => f.legacy)).toEqual(["deepseek-chat"]);
    expect(calls).toEqual(['model = "deepseek-v4-flash"\n', TEXT]);
  });

  it("a plain check (validate: false) finds the same references without the second parse", async () => {
    const calls: string[] = [];
    const o = await processFile("a.cfg", "/virtual/a.cfg", [rejectingRule(calls)], { ...base, validate: false }, Buffer.from(TEXT));
    expect(calls).toEqual([]);
    expect(o.skipped).toBeUndefined();
    expect(o.findings.map((f) => `${f.line}:${f.column} ${f.legacy} → ${f.replacement}`)).toEqual(["1:10 deepseek-chat → deepseek-v4-flash"]);
  });
});
