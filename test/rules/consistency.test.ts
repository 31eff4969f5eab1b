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

describe("an Anthropic-compatible call: Python and TypeScript agree", () => {
  it.each(Object.entries(anthropic))("%s", async (_name, row) => {
    const r = await checkText(row.path, row.code);
    expect(r.findings.map((f) => `${f.action} ${f.thinkingState}`)).toEqual(row.findings);
    expect(r.output).toBe(row.output ?? row.code);
    for (const f of r.findings.filter((x) => x.thinkingState === "note")) expect(f.note).toMatch(/deepseek-reasoner meant thinking enabled/);
  });
});
