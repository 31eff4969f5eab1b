// One behaviour for every language at request sites: --thinking off, duplicate `model` keys.
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../src/check/codes.js";
import { brief, checkText } from "../support/harness.js";

describe("request sites, every language", () => {
  it("a JSON body with the model key twice gets one thinking member", async () => {
    const r = await checkText("b.json", '{"model": "deepseek-chat", "model": "deepseek-chat", "messages": []}');
    expect(r.output).toBe('{"model": "deepseek-v4-flash", "model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}');
    expect(brief(r.findings)).toEqual(["1:12 rewrite deepseek-chat request-site", "1:38 rewrite deepseek-chat request-site"]);
  });

  it("a JSON body naming both legacy IDs as model gets no second, contradicting thinking member", async () => {
    const r = await checkText("b.json", '{"model": "deepseek-chat", "model": "deepseek-reasoner", "messages": []}');
    expect(r.output).toBe('{"model": "deepseek-v4-flash", "model": "deepseek-reasoner", "messages": [], "thinking": {"type": "disabled"}}');
    expect(brief(r.findings)).toEqual(["1:12 rewrite deepseek-chat request-site", "1:38 review deepseek-reasoner thinking-conflict"]);
  });

  const conflicts: [string, string, string][] = [
    ["a.ts", 'client.chat.completions.create({ model: "deepseek-chat", messages, thinking: { type: "enabled" } });\n', 'client.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "enabled" } });\n'],
    ["a.py", 'c.chat.completions.create(model="deepseek-chat", messages=m, extra_body={"thinking": {"type": "enabled"}})\n', 'c.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "enabled"}})\n'],
    ["a.json", '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "enabled"}}', '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "enabled"}}'],
  ];
  for (const [path, code, output] of conflicts) {
    it(`${path}: a contradicting thinking is a conflict, and under --thinking off a rename with the note`, async () => {
      const explicit = await checkText(path, code);
      expect(explicit.findings.map((f) => [f.action, f.reason])).toEqual([["review", "thinking-conflict"]]);
      expect(explicit.output).toBe(code);
      const off = await checkText(path, code, { thinking: "off" });
      expect(off.findings.map((f) => [f.action, f.thinkingState])).toEqual([["rewrite", "note"]]);
      expect(off.findings[0]!.note).toContain("deepseek-chat meant thinking disabled");
      expect(off.output).toBe(output);
    });
  }

  it("a boolean thinking is a conflict in Python as in TypeScript (the API takes an object)", async () => {
    const py = await checkText("a.py", 'litellm.completion(model="deepseek/deepseek-chat", messages=m, thinking=False)\n');
    expect(py.findings.map((f) => [f.reason, findingMessage(f)])).toEqual([["thinking-conflict", "request sets thinking False but deepseek-chat meant thinking disabled: decide which behaviour you want"]]);
    const ts = await checkText("a.ts", 'client.chat.completions.create({ model: "deepseek-chat", messages, thinking: false });\n');
    expect(ts.findings.map((f) => [f.reason, findingMessage(f)])).toEqual([["thinking-conflict", "request sets thinking false but deepseek-chat meant thinking disabled: decide which behaviour you want"]]);
  });
});

describe("request sites reached through a namespace import", () => {
  it("ai.generateText's options take providerOptions, never the openai-node top-level thinking", async () => {
    const code = 'import * as ai from "ai";\nimport { deepseek } from "@ai-sdk/deepseek";\nawait ai.generateText({ model: deepseek("deepseek-chat"), prompt });\n';
    const r = await checkText("a.ts", code);
    expect(r.output).toBe('import * as ai from "ai";\nimport { deepseek } from "@ai-sdk/deepseek";\nawait ai.generateText({ model: deepseek("deepseek-v4-flash"), prompt, providerOptions: { deepseek: { thinking: { type: "disabled" } } } });\n');
  });
});
