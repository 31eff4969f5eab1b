// Table tests for the JSON rule: valid rows report nothing; invalid rows give exact findings and output.
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { checkText } from "../support/harness.js";
import { jsonRule } from "../../rules/languages/json.js";

const valid: ValidRow[] = [
  { path: "package.json", code: '{"name": "deepseek-chat", "dependencies": {"deepseek-chat": "^1.0.0"}, "bin": {"deepseek-chat": "cli.js"}}' },
  // npm's search tags name a topic, not a model any request sends.
  { path: "package.json", code: '{"name": "x", "keywords": ["deepseek", "deepseek-chat", "deepseek-reasoner"]}' },
  { path: "package-lock.json", code: '{"packages": {"node_modules/deepseek-chat": {"version": "1.0.0"}}, "dependencies": {"deepseek-chat": {}}}' },
  { path: "a.json", code: '{"model": "deepseek-chat-v3-0324", "url": "https://github.com/x/deepseek-chat", "path": "./providers/deepseek-chat"}' },
  { path: "a.json", code: '{"model": "deepseek-v4-flash", "messages": []}' },
  { path: "a.json", code: '{"id": "chatcmpl-1", "model": "deepseek-chat", "choices": []}' },
  { path: "a.json", code: '{"object": "chat.completion.chunk", "model": "deepseek-reasoner"}' },
  { path: "a.ipynb", code: '{"nbformat": 4, "cells": [{"cell_type": "code", "source": [], "outputs": [{"text": ["deepseek-chat"]}]}]}' },
  { path: "a.json", code: '{"model": "deepseek-chat"} // deepseek-migrate-ignore' },
];

const invalid: InvalidRow[] = [
  {
    path: "body.json",
    code: '{\n  "model": "deepseek-chat",\n  "messages": []\n}\n',
    findings: ["2:13 rewrite deepseek-chat request-site inserted"],
    output: '{\n  "model": "deepseek-v4-flash",\n  "messages": [],\n  "thinking": {"type": "disabled"}\n}\n',
  },
  {
    path: "body.json",
    code: '{\r\n\t"model": "deepseek-reasoner",\r\n\t"messages": [],\r\n}\r\n',
    findings: ["2:12 rewrite deepseek-reasoner request-site inserted"],
    output: '{\r\n\t"model": "deepseek-v4-flash",\r\n\t"messages": [],\r\n\t"thinking": {"type": "enabled"},\r\n}\r\n',
  },
  {
    path: "body.json",
    code: '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "disabled"}}',
    findings: ["1:12 rewrite deepseek-chat request-site present"],
    output: '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}',
  },
  {
    path: "body.json",
    code: '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "enabled"}}',
    findings: ["1:12 review deepseek-chat thinking-conflict"],
    output: null,
  },
  { path: "conf.json", code: '{"llm": {"model": "deepseek-chat"}}', findings: ["1:20 rewrite deepseek-chat config-value note"], output: '{"llm": {"model": "deepseek-v4-flash"}}' },
  { path: "conf.json", code: '{"deepseek-chat": 0.27}', findings: ["1:3 review deepseek-chat mapping-key"], output: null },
  {
    path: "conf.json",
    code: '{"deepseek-chat": 1, "deepseek-v4-flash": 2}',
    findings: ["1:3 review deepseek-chat collection-current"],
    output: null,
  },
  {
    path: "conf.json",
    code: '["deepseek-chat", "deepseek-reasoner"]',
    findings: ["1:3 review deepseek-chat collection-both", "1:20 review deepseek-reasoner collection-both"],
    output: null,
  },
  { path: "conf.json", code: '["deepseek-chat", "deepseek-v4-pro"]', findings: ["1:3 review deepseek-chat collection-current"], output: null },
  { path: "conf.json", code: '{"route": "openrouter/deepseek/deepseek-chat"}', findings: ["1:32 review deepseek-chat openrouter"], output: null },
  { path: "conf.json", code: '{"model": "deepseek/deepseek-reasoner"}', findings: ["1:21 rewrite deepseek-reasoner config-value note"], output: '{"model": "deepseek/deepseek-v4-flash"}' },
  // The engine's byte pre-filter needs one plain mention before the escaped one is even looked at.
  {
    path: "conf.json",
    code: '{"a": "deepseek-chat", "b": "deepseek\\u002dchat"}',
    findings: ["1:8 rewrite deepseek-chat config-value note", "1:30 review deepseek-chat escaped-literal"],
    output: '{"a": "deepseek-v4-flash", "b": "deepseek\\u002dchat"}',
  },
  { path: "s.schema.json", code: '{"enum": ["deepseek-chat", "x"]}', findings: ["1:12 review deepseek-chat generated"], output: null },
  { path: "s.json", code: '{"$schema": "x", "default": "deepseek-chat", "enum": ["deepseek-chat"]}', findings: ["1:30 review deepseek-chat generated", "1:56 review deepseek-chat generated"], output: null },
  { path: "models.generated.json", code: '{"model": "deepseek-chat"}', findings: ["1:12 review deepseek-chat generated"], output: null },
  {
    path: "cassette.json",
    code: '{"interactions": [{"request": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}, "response": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}}]}',
    findings: ["1:55 review deepseek-chat recorded-request"],
    output: null,
  },
  {
    path: "settings.jsonc",
    code: '{\n  // use deepseek-chat\n  /* deepseek-reasoner is deprecated */\n  "a": 1\n}',
    findings: ["2:10 rewrite deepseek-chat reference note", "3:6 review deepseek-reasoner migration-prose"],
    output: '{\n  // use deepseek-v4-flash\n  /* deepseek-reasoner is deprecated */\n  "a": 1\n}',
  },
  {
    path: "nb.ipynb",
    code: '{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["x = \\"deepseek-chat\\"\\n", "if m == \\"deepseek-reasoner\\": pass"]}, {"cell_type": "markdown", "source": ["Uses deepseek-chat"]}]}',
    findings: ["1:67 rewrite deepseek-chat reference note", "1:98 review deepseek-reasoner comparison", "1:171 rewrite deepseek-chat reference note"],
    output: '{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["x = \\"deepseek-v4-flash\\"\\n", "if m == \\"deepseek-reasoner\\": pass"]}, {"cell_type": "markdown", "source": ["Uses deepseek-v4-flash"]}]}',
  },
];

describe("json rule", () => {
  // Besides the family's own parser (run by the tester), the rule's validate() accepts every output.
  ruleTester({ valid, invalid }, { also: async (row, r) => expect(await jsonRule.validate!(r.text, row.path)).toBeNull() });

  it("renames only, with a note, under --thinking off", async () => {
    const r = await checkText("b.json", '{"model": "deepseek-chat", "messages": []}', { thinking: "off" });
    expect(r.output).toBe('{"model": "deepseek-v4-flash", "messages": []}');
    expect(r.findings[0]!.note).toContain("thinking {type: disabled}");
  });

  it("notes where thinking must be set for a plain configuration value", async () => {
    const r = await checkText("c.json", '{"model": "deepseek-chat"}');
    expect(r.findings[0]!.thinkingState).toBe("note");
    expect(r.findings[0]!.note).toMatch(/deepseek-chat meant thinking disabled/);
  });

  it("follows --map", async () => {
    const r = await checkText("b.json", '{"model": "deepseek-reasoner", "messages": []}', { map: ["deepseek-reasoner=deepseek-v4-pro"] });
    expect(r.output).toBe('{"model": "deepseek-v4-pro", "messages": [], "thinking": {"type": "enabled"}}');
    expect(JSON.parse(r.output)).toEqual({ model: "deepseek-v4-pro", messages: [], thinking: { type: "enabled" } });
  });

  it("rejects broken JSON in validate", () => {
    expect(jsonRule.validate!('{"a": }', "x.json")).toMatch(/ValueExpected/);
  });
});
