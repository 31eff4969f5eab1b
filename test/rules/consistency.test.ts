// One shape, every family that can write it: the same situation must get the same verdict whether it
// is written in Python, TypeScript or a config file. Expected findings and outputs are written out.
import { describe, expect, it } from "vitest";
import { checkText } from "../support/harness.js";

interface Row {
  readonly path: string;
  readonly code: string;
  /** `action thinkingState` (or `action reason` for collections) of each finding, in order. */
  readonly findings: readonly string[];
  /** The text after apply; null when nothing changes. */
  readonly output: string | null;
}

const PY_HEAD = 'import anthropic\n\nclient = anthropic.Anthropic(base_url="https://api.deepseek.com/anthropic")\n';
const TS_HEAD = 'import Anthropic from "@anthropic-ai/sdk";\n\nconst client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" });\n';

// DeepSeek's Anthropic-compatible endpoint takes Anthropic's own `thinking` field. `{"type":
// "disabled"}` is complete as it is; `{"type": "enabled"}` is typed by the Anthropic SDKs with a
// required budget_tokens the legacy name never implied, and V4 thinks by default anyway: a note.
const anthropic: Record<string, Row> = {
  "python create, deepseek-chat": {
    path: "app/bot.py",
    code: `${PY_HEAD}r = client.messages.create(model="deepseek-chat", max_tokens=1024, messages=m)\n`,
    findings: ["rewrite inserted"],
    output: `${PY_HEAD}r = client.messages.create(model="deepseek-v4-flash", max_tokens=1024, messages=m, thinking={"type": "disabled"})\n`,
  },
  "typescript create, deepseek-chat": {
    path: "src/bot.ts",
    code: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-chat", max_tokens: 1024, messages });\n`,
    findings: ["rewrite inserted"],
    output: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages, thinking: { type: "disabled" } });\n`,
  },
  "python create, deepseek-reasoner": {
    path: "app/bot.py",
    code: `${PY_HEAD}r = client.messages.create(model="deepseek-reasoner", max_tokens=1024, messages=m)\n`,
    findings: ["rewrite note"],
    output: `${PY_HEAD}r = client.messages.create(model="deepseek-v4-flash", max_tokens=1024, messages=m)\n`,
  },
  "typescript create, deepseek-reasoner": {
    path: "src/bot.ts",
    code: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-reasoner", max_tokens: 1024, messages });\n`,
    findings: ["rewrite note"],
    output: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages });\n`,
  },
  "python stream, deepseek-reasoner": {
    path: "app/bot.py",
    code: `${PY_HEAD}with client.messages.stream(model="deepseek-reasoner", max_tokens=4096, messages=m) as s:\n    pass\n`,
    findings: ["rewrite note"],
    output: `${PY_HEAD}with client.messages.stream(model="deepseek-v4-flash", max_tokens=4096, messages=m) as s:\n    pass\n`,
  },
  "typescript stream, deepseek-reasoner": {
    path: "src/bot.ts",
    code: `${TS_HEAD}const s = client.messages.stream({ model: "deepseek-reasoner", max_tokens: 4096, messages });\n`,
    findings: ["rewrite note"],
    output: `${TS_HEAD}const s = client.messages.stream({ model: "deepseek-v4-flash", max_tokens: 4096, messages });\n`,
  },
  "python body spread into create, deepseek-reasoner": {
    path: "app/bot.py",
    code: `${PY_HEAD}body = {"model": "deepseek-reasoner", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
    findings: ["rewrite note"],
    output: `${PY_HEAD}body = {"model": "deepseek-v4-flash", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
  },
  "python body spread into create, deepseek-chat": {
    path: "app/bot.py",
    code: `${PY_HEAD}body = {"model": "deepseek-chat", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
    findings: ["rewrite inserted"],
    output: `${PY_HEAD}body = {"model": "deepseek-v4-flash", "max_tokens": 1024, "messages": m, "thinking": {"type": "disabled"}}\nr = client.messages.create(**body)\n`,
  },
};

// A list of model entries, or one table/object, that holds both legacy names would collapse into
// identical entries after a rename: review in every family. One legacy name alone is renamed.
const collections: Record<string, Row> = {
  "typescript list of entries": {
    path: "src/models.ts",
    code: 'const r = [{ model: "deepseek-chat" }, { model: "deepseek-reasoner" }];\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "python list of entries": {
    path: "app/models.py",
    code: 'r = [{"model": "deepseek-chat"}, {"model": "deepseek-reasoner"}]\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "toml array of inline tables": {
    path: "config/models.toml",
    code: 'r = [{ model = "deepseek-chat" }, { model = "deepseek-reasoner" }]\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "toml array of tables": {
    path: "config/models.toml",
    code: '[[models]]\nname = "fast"\nmodel = "deepseek-chat"\n\n[[models]]\nname = "deep"\nmodel = "deepseek-reasoner"\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "typescript object holding both": {
    path: "src/models.ts",
    code: 'const routes = { fast: "deepseek-chat", slow: "deepseek-reasoner" };\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "python dict holding both": {
    path: "app/models.py",
    code: 'routes = {"fast": "deepseek-chat", "slow": "deepseek-reasoner"}\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "toml inline table holding both": {
    path: "config/models.toml",
    code: 'routes = { fast = "deepseek-chat", slow = "deepseek-reasoner" }\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "toml table holding both": {
    path: "config/models.toml",
    code: '[routes]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n',
    findings: ["review collection-both", "review collection-both"],
    output: null,
  },
  "typescript list with one legacy name": {
    path: "src/models.ts",
    code: 'const r = [{ model: "deepseek-chat" }, { model: "gpt-4o" }];\n',
    findings: ["rewrite reference"],
    output: 'const r = [{ model: "deepseek-v4-flash" }, { model: "gpt-4o" }];\n',
  },
  "toml array of tables with one legacy name": {
    path: "config/models.toml",
    code: '[[models]]\nmodel = "deepseek-chat"\n\n[[models]]\nmodel = "gpt-4o"\n',
    findings: ["rewrite config-value"],
    output: '[[models]]\nmodel = "deepseek-v4-flash"\n\n[[models]]\nmodel = "gpt-4o"\n',
  },
  "toml tables each holding one name": {
    path: "config/models.toml",
    code: '[models.fast]\nmodel = "deepseek-chat"\n\n[models.deep]\nmodel = "deepseek-reasoner"\n',
    findings: ["rewrite config-value", "rewrite config-value"],
    output: '[models.fast]\nmodel = "deepseek-v4-flash"\n\n[models.deep]\nmodel = "deepseek-v4-flash"\n',
  },
};

describe("an Anthropic-compatible call: Python and TypeScript agree", () => {
  it.each(Object.entries(anthropic))("%s", async (_name, row) => {
    const r = await checkText(row.path, row.code);
    expect(r.findings.map((f) => `${f.action} ${f.thinkingState}`)).toEqual(row.findings);
    expect(r.output).toBe(row.output ?? row.code);
    for (const f of r.findings.filter((x) => x.thinkingState === "note")) expect(f.note).toMatch(/deepseek-reasoner meant thinking enabled/);
  });
});

describe("collections holding both legacy names: every family reviews them", () => {
  it.each(Object.entries(collections))("%s", async (_name, row) => {
    const r = await checkText(row.path, row.code);
    expect(r.findings.map((f) => `${f.action} ${f.reason}`)).toEqual(row.findings);
    expect(r.output).toBe(row.output ?? row.code);
  });
});
