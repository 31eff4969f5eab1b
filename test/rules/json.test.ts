// Table tests for the JSON rule: valid rows report nothing; invalid rows give exact findings and output.
import { describe, expect, it } from "vitest";
import { checkText, ruleTable } from "../support/harness.js";
import { jsonRule } from "../../rules/json.js";

const valid: [string, string][] = [
  ["package.json", '{"name": "deepseek-chat", "dependencies": {"deepseek-chat": "^1.0.0"}, "bin": {"deepseek-chat": "cli.js"}}'],
  ["package-lock.json", '{"packages": {"node_modules/deepseek-chat": {"version": "1.0.0"}}, "dependencies": {"deepseek-chat": {}}}'],
  ["a.json", '{"model": "deepseek-chat-v3-0324", "url": "https://github.com/x/deepseek-chat", "path": "./providers/deepseek-chat"}'],
  ["a.json", '{"model": "deepseek-v4-flash", "messages": []}'],
  ["a.json", '{"id": "chatcmpl-1", "model": "deepseek-chat", "choices": []}'],
  ["a.json", '{"object": "chat.completion.chunk", "model": "deepseek-reasoner"}'],
  ["a.ipynb", '{"nbformat": 4, "cells": [{"cell_type": "code", "source": [], "outputs": [{"text": ["deepseek-chat"]}]}]}'],
  ["a.json", '{"model": "deepseek-chat"} // deepseek-migrate-ignore'],
];

const invalid: [string, string, string[], string][] = [
  [
    "body.json",
    '{\n  "model": "deepseek-chat",\n  "messages": []\n}\n',
    ["2:13 rewrite deepseek-chat request-site"],
    '{\n  "model": "deepseek-v4-flash",\n  "messages": [],\n  "thinking": {"type": "disabled"}\n}\n',
  ],
  [
    "body.json",
    '{\r\n\t"model": "deepseek-reasoner",\r\n\t"messages": [],\r\n}\r\n',
    ["2:12 rewrite deepseek-reasoner request-site"],
    '{\r\n\t"model": "deepseek-v4-flash",\r\n\t"messages": [],\r\n\t"thinking": {"type": "enabled"},\r\n}\r\n',
  ],
  [
    "body.json",
    '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "disabled"}}',
    ["1:12 rewrite deepseek-chat request-site"],
    '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}',
  ],
  [
    "body.json",
    '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "enabled"}}',
    ["1:12 review deepseek-chat thinking-conflict"],
    '{"model": "deepseek-chat", "messages": [], "thinking": {"type": "enabled"}}',
  ],
  ["conf.json", '{"llm": {"model": "deepseek-chat"}}', ["1:20 rewrite deepseek-chat config-value"], '{"llm": {"model": "deepseek-v4-flash"}}'],
  ["conf.json", '{"deepseek-chat": 0.27}', ["1:3 review deepseek-chat mapping-key"], '{"deepseek-chat": 0.27}'],
  [
    "conf.json",
    '{"deepseek-chat": 1, "deepseek-v4-flash": 2}',
    ["1:3 review deepseek-chat collection-current"],
    '{"deepseek-chat": 1, "deepseek-v4-flash": 2}',
  ],
  [
    "conf.json",
    '["deepseek-chat", "deepseek-reasoner"]',
    ["1:3 review deepseek-chat collection-both", "1:20 review deepseek-reasoner collection-both"],
    '["deepseek-chat", "deepseek-reasoner"]',
  ],
  ["conf.json", '["deepseek-chat", "deepseek-v4-pro"]', ["1:3 review deepseek-chat collection-current"], '["deepseek-chat", "deepseek-v4-pro"]'],
  ["conf.json", '{"route": "openrouter/deepseek/deepseek-chat"}', ["1:32 review deepseek-chat openrouter"], '{"route": "openrouter/deepseek/deepseek-chat"}'],
  ["conf.json", '{"model": "deepseek/deepseek-reasoner"}', ["1:21 rewrite deepseek-reasoner config-value"], '{"model": "deepseek/deepseek-v4-flash"}'],
  // The engine's byte pre-filter needs one plain mention before the escaped one is even looked at.
  [
    "conf.json",
    '{"a": "deepseek-chat", "b": "deepseek\\u002dchat"}',
    ["1:8 rewrite deepseek-chat config-value", "1:30 review deepseek-chat escaped-literal"],
    '{"a": "deepseek-v4-flash", "b": "deepseek\\u002dchat"}',
  ],
  ["s.schema.json", '{"enum": ["deepseek-chat", "x"]}', ["1:12 review deepseek-chat generated"], '{"enum": ["deepseek-chat", "x"]}'],
  ["s.json", '{"$schema": "x", "default": "deepseek-chat", "enum": ["deepseek-chat"]}', ["1:30 review deepseek-chat generated", "1:56 review deepseek-chat generated"], '{"$schema": "x", "default": "deepseek-chat", "enum": ["deepseek-chat"]}'],
  ["models.generated.json", '{"model": "deepseek-chat"}', ["1:12 review deepseek-chat generated"], '{"model": "deepseek-chat"}'],
  [
    "cassette.json",
    '{"interactions": [{"request": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}, "response": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}}]}',
    ["1:55 review deepseek-chat recorded-request"],
    '{"interactions": [{"request": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}, "response": {"body": "{\\"model\\": \\"deepseek-chat\\"}"}}]}',
  ],
  [
    "settings.jsonc",
    '{\n  // use deepseek-chat\n  /* deepseek-reasoner is deprecated */\n  "a": 1\n}',
    ["2:10 rewrite deepseek-chat reference", "3:6 review deepseek-reasoner migration-prose"],
    '{\n  // use deepseek-v4-flash\n  /* deepseek-reasoner is deprecated */\n  "a": 1\n}',
  ],
  [
    "nb.ipynb",
    '{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["x = \\"deepseek-chat\\"\\n", "if m == \\"deepseek-reasoner\\": pass"]}, {"cell_type": "markdown", "source": ["Uses deepseek-chat"]}]}',
    ["1:67 rewrite deepseek-chat reference", "1:98 review deepseek-reasoner comparison", "1:171 rewrite deepseek-chat reference"],
    '{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["x = \\"deepseek-v4-flash\\"\\n", "if m == \\"deepseek-reasoner\\": pass"]}, {"cell_type": "markdown", "source": ["Uses deepseek-v4-flash"]}]}',
  ],
];

describe("json rule", () => {
  ruleTable(jsonRule, valid, invalid);

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
