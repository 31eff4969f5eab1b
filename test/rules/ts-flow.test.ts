// TypeScript/JavaScript overridable defaults: `opts.model || env || "…"`, a parameter or destructuring
// default, `opts.model ?? "…"` in the request itself. The value is renamed and the note names the
// request line(s); no fixed mode is inserted, since a caller may pass a reasoning model.
import { describe, expect } from "vitest";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = 'import OpenAI from "openai";\n\nconst client = new OpenAI({ baseURL: "https://api.deepseek.com" });\n';

describe("TypeScript overridable defaults", () => {
  ruleTester({
    invalid: [
      {
        name: "an env fallback bound to a const and sent as { model }",
        path: "src/env.ts",
        code: `${HEAD}const model = process.env.CHAT_MODEL || "deepseek-chat";\n\nexport const ask = (messages: any[]) => client.chat.completions.create({ model, messages });\n`,
        findings: ["4:42 rewrite deepseek-chat reference note"],
        output: `${HEAD}const model = process.env.CHAT_MODEL || "deepseek-v4-flash";\n\nexport const ask = (messages: any[]) => client.chat.completions.create({ model, messages });\n`,
        also: (r) => expect(r.findings[0]!.note).toContain("(the request at line 6; this value is a default a caller can override"),
      },
      {
        name: "a destructuring default read by two requests",
        path: "src/ask.js",
        code:
          `${HEAD}export async function ask(messages, { name = "deepseek-reasoner" } = {}) {\n` +
          "  await client.chat.completions.create({ model: name, messages });\n  return client.chat.completions.create({ model: name, messages, stream: true });\n}\n",
        findings: ["4:47 rewrite deepseek-reasoner reference note"],
        output:
          `${HEAD}export async function ask(messages, { name = "deepseek-v4-flash" } = {}) {\n` +
          "  await client.chat.completions.create({ model: name, messages });\n  return client.chat.completions.create({ model: name, messages, stream: true });\n}\n",
        also: (r) => expect(r.findings[0]!.note).toContain("(the requests at lines 5 and 6;"),
      },
      {
        name: "`opts.model ?? \"…\"` written in the request",
        path: "src/direct.ts",
        code: `${HEAD}export const ask = (opts: { model?: string }, messages: any[]) =>\n  client.chat.completions.create({ model: opts.model ?? "deepseek-chat", messages });\n`,
        findings: ["5:58 rewrite deepseek-chat reference note"],
        output: `${HEAD}export const ask = (opts: { model?: string }, messages: any[]) =>\n  client.chat.completions.create({ model: opts.model ?? "deepseek-v4-flash", messages });\n`,
        also: (r) => expect(r.findings[0]!.note).toContain("(the request at line 5;"),
      },
    ],
  });
});
