// Table tests for the ts-js rule: valid rows report nothing; invalid rows give the exact findings and
// the exact output after `apply` (null: the file stays unchanged). Runs the real engine in memory.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tsJsRule } from "../../rules/languages/ts-js.js";
import { checkText } from "../support/harness.js";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { packageCopy } from "../support/project.js";

const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

const valid: readonly ValidRow[] = [
  { name: "import specifier", path: "a.ts", code: `import chat from "deepseek-chat";` },
  { name: "side-effect import and re-export", path: "a.ts", code: `import "deepseek-reasoner";\nexport * from "deepseek-chat";` },
  { name: "require()", path: "a.cjs", code: `const x = require("deepseek-chat");` },
  { name: "dynamic import()", path: "a.ts", code: `const m = await import("deepseek-reasoner");` },
  { name: "jest.mock path", path: "a.test.js", code: `jest.mock("deepseek-chat");` },
  { name: "vi.mock path", path: "a.ts", code: `vi.mock("deepseek-chat", () => ({}));` },
  { name: "import type", path: "a.ts", code: `type T = typeof import("deepseek-chat");` },
  { name: "relative path", path: "a.ts", code: `import x from "./providers/deepseek-chat";` },
  { name: "URL", path: "a.ts", code: `const u = "https://github.com/acme/deepseek-chat";` },
  { name: "package name", path: "a.ts", code: `const p = "@acme/deepseek-reasoner";` },
  { name: "longer model ID", path: "a.ts", code: `const m = ["deepseek-chat-v3-0324", "deepseek-chat:free"];` },
  { name: "identifiers", path: "a.ts", code: `const DEEPSEEK_CHAT = 1; const deepseekReasoner = 2;` },
  { name: "subtraction that spells the name", path: "a.ts", code: `const v = deepseek-chat;` },
  { name: "current ID already", path: "a.ts", code: `client.chat.completions.create({ model: "deepseek-v4-flash", messages });` },
  { name: "suppressed line", path: "a.ts", code: `const m = "deepseek-chat"; // deepseek-migrate-ignore` },
];

/** Rows without a path are TypeScript files (`a.ts`). */
const invalid: readonly (Omit<InvalidRow, "path"> & { readonly path?: string })[] = [
  {
    name: "multi-line create() in TS gets thinking with the documented @ts-expect-error",
    code: `await client.chat.completions.create({\n  model: "deepseek-chat",\n  messages,\n});\n`,
    output: `await client.chat.completions.create({\n  model: "deepseek-v4-flash",\n  messages,\n  ${EXPECT_ERROR}\n  thinking: { type: "disabled" },\n});\n`,
    findings: ["2:11 rewrite deepseek-chat request-site"],
  },
  {
    name: "multi-line create() without trailing comma, reasoner, JS: plain property",
    path: "a.js",
    code: `client.chat.completions.create({\n    model: "deepseek-reasoner",\n    messages\n})\n`,
    output: `client.chat.completions.create({\n    model: "deepseek-v4-flash",\n    messages,\n    thinking: { type: "enabled" }\n})\n`,
    findings: ["2:13 rewrite deepseek-reasoner request-site inserted"],
  },
  {
    name: "single-line create() in TS: comment line above, property before the brace, quote style kept",
    code: `  const r = await openai.chat.completions.create({ model: 'deepseek-chat', messages });\n`,
    output: `  ${EXPECT_ERROR}\n  const r = await openai.chat.completions.create({ model: 'deepseek-v4-flash', messages, thinking: { type: 'disabled' } });\n`,
    findings: ["1:60 rewrite deepseek-chat request-site"],
  },
  {
    name: "responses.create and stream()",
    path: "a.mjs",
    code: `client.responses.create({ model: "deepseek-chat", input });\nclient.chat.completions.stream({ model: "deepseek-chat", messages });\n`,
    output: `client.responses.create({ model: "deepseek-v4-flash", input, thinking: { type: "disabled" } });\nclient.chat.completions.stream({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n`,
    findings: ["1:35 rewrite deepseek-chat request-site inserted", "2:42 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "a single-line create() inside JSX children keeps the comment out of the rendered text",
    path: "a.tsx",
    code: `const el = (\n  <div>\n    {client.chat.completions.create({ model: "deepseek-chat", messages }) && null}\n  </div>\n);\n`,
    output: `const el = (\n  <div>\n    {client.chat.completions.create({ model: "deepseek-v4-flash", messages,\n      ${EXPECT_ERROR}\n      thinking: { type: "disabled" } }) && null}\n  </div>\n);\n`,
    findings: ["3:47 rewrite deepseek-chat request-site"],
  },
  {
    name: "Anthropic-compatible endpoint: disabled is inserted, enabled needs a budget so gets a note",
    code: `anthropic.messages.create({ model: "deepseek-chat", max_tokens: 1024, messages });\nanthropic.messages.create({ model: "deepseek-reasoner", max_tokens: 1024, messages });\n`,
    output: `anthropic.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages, thinking: { type: "disabled" } });\nanthropic.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages });\n`,
    findings: ["1:37 rewrite deepseek-chat request-site inserted", "2:37 rewrite deepseek-reasoner request-site note"],
  },
  {
    name: "a comment after the last property stays on its line",
    path: "a.js",
    code: `create({\n\tmodel: "deepseek-chat", // fast\n\tmessages // history\n});\n`,
    output: `create({\n\tmodel: "deepseek-v4-flash", // fast\n\tmessages, // history\n\tthinking: { type: "disabled" }\n});\n`,
    findings: ["2:10 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "CRLF line endings are kept",
    path: "a.js",
    code: `x({\r\n  model: "deepseek-chat",\r\n  messages,\r\n});\r\n`,
    output: `x({\r\n  model: "deepseek-v4-flash",\r\n  messages,\r\n  thinking: { type: "disabled" },\r\n});\r\n`,
    findings: ["2:11 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "a standalone request object in TS gets the plain property (no excess-property check there)",
    code: `const body = { model: "deepseek-chat", messages };\n`,
    output: `const body = { model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } };\n`,
    findings: ["1:24 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "a const used as the model of a create() call",
    code: `const MODEL = "deepseek-reasoner";\nclient.chat.completions.create({ model: MODEL, messages });\n`,
    output: `const MODEL = "deepseek-v4-flash";\n${EXPECT_ERROR}\nclient.chat.completions.create({ model: MODEL, messages, thinking: { type: "enabled" } });\n`,
    findings: ["1:16 rewrite deepseek-reasoner request-site"],
  },
  {
    name: "quoted keys in a JSON-like body keep their quotes",
    path: "a.js",
    code: `JSON.stringify({ "model": "deepseek-chat", "messages": m });\n`,
    output: `JSON.stringify({ "model": "deepseek-v4-flash", "messages": m, "thinking": { "type": "disabled" } });\n`,
    findings: ["1:28 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "thinking already present and consistent: rename only",
    path: "a.js",
    code: `create({ model: "deepseek-chat", messages, thinking: { type: "disabled" } });\n`,
    output: `create({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n`,
    findings: ["1:18 rewrite deepseek-chat request-site present"],
  },
  {
    name: "thinking contradicting the legacy name: review, no rename",
    path: "a.js",
    code: `create({ model: "deepseek-reasoner", messages, thinking: { type: "disabled" } });\n`,
    output: null,
    findings: ["1:18 review deepseek-reasoner thinking-conflict"],
  },
  {
    name: "AI SDK: providerOptions added",
    code: `import { deepseek } from "@ai-sdk/deepseek";\nawait generateText({ model: deepseek("deepseek-chat"), prompt });\n`,
    output: `import { deepseek } from "@ai-sdk/deepseek";\nawait generateText({ model: deepseek("deepseek-v4-flash"), prompt, providerOptions: { deepseek: { thinking: { type: "disabled" } } } });\n`,
    findings: ["2:39 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "AI SDK: merged into an existing providerOptions and an existing deepseek entry",
    code: [
      `import { createDeepSeek } from "@ai-sdk/deepseek";`,
      `const ds = createDeepSeek({});`,
      `streamText({`,
      `  model: ds("deepseek-reasoner"),`,
      `  providerOptions: { openai: {} },`,
      `});`,
      `generateText({ model: ds("deepseek-chat"), providerOptions: { deepseek: { reasoningEffort: "high" } } });`,
      ``,
    ].join("\n"),
    output: [
      `import { createDeepSeek } from "@ai-sdk/deepseek";`,
      `const ds = createDeepSeek({});`,
      `streamText({`,
      `  model: ds("deepseek-v4-flash"),`,
      `  providerOptions: { openai: {}, deepseek: { thinking: { type: "enabled" } } },`,
      `});`,
      `generateText({ model: ds("deepseek-v4-flash"), providerOptions: { deepseek: { reasoningEffort: "high", thinking: { type: "disabled" } } } });`,
      ``,
    ].join("\n"),
    findings: ["4:14 rewrite deepseek-reasoner request-site", "7:27 rewrite deepseek-chat request-site"],
  },
  {
    name: "AI SDK: providerOptions built elsewhere cannot be merged: rename with a note",
    code: `import { deepseek } from "@ai-sdk/deepseek";\ngenerateText({ model: deepseek("deepseek-chat"), providerOptions: opts });\n`,
    output: `import { deepseek } from "@ai-sdk/deepseek";\ngenerateText({ model: deepseek("deepseek-v4-flash"), providerOptions: opts });\n`,
    findings: ["2:33 rewrite deepseek-chat request-site note"],
  },
  {
    name: "LangChain JS: ChatDeepSeek options get modelKwargs",
    code: `import { ChatDeepSeek } from "@langchain/deepseek";\nconst llm = new ChatDeepSeek({ model: "deepseek-chat", temperature: 0 });\n`,
    output: `import { ChatDeepSeek } from "@langchain/deepseek";\nconst llm = new ChatDeepSeek({ model: "deepseek-v4-flash", temperature: 0, modelKwargs: { thinking: { type: "disabled" } } });\n`,
    findings: ["2:40 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "LangChain JS: ChatDeepSeek(model, fields) through an alias: the fields object",
    path: "a.js",
    code: `import { ChatDeepSeek as DS } from "@langchain/deepseek";\nconst llm = new DS("deepseek-reasoner", { maxRetries: 1 });\n`,
    output: `import { ChatDeepSeek as DS } from "@langchain/deepseek";\nconst llm = new DS("deepseek-v4-flash", { maxRetries: 1, modelKwargs: { thinking: { type: "enabled" } } });\n`,
    findings: ["2:21 rewrite deepseek-reasoner request-site inserted"],
  },
  {
    name: "LangChain JS: ChatOpenAI through a namespace import, DeepSeek base URL, merged into modelKwargs",
    code: [
      `import * as lc from "@langchain/openai";`,
      `const llm = new lc.ChatOpenAI({`,
      `  configuration: { baseURL: "https://api.deepseek.com/v1" },`,
      `  modelName: "deepseek-chat",`,
      `  modelKwargs: { user: "u1" },`,
      `});`,
      ``,
    ].join("\n"),
    output: [
      `import * as lc from "@langchain/openai";`,
      `const llm = new lc.ChatOpenAI({`,
      `  configuration: { baseURL: "https://api.deepseek.com/v1" },`,
      `  modelName: "deepseek-v4-flash",`,
      `  modelKwargs: { user: "u1", thinking: { type: "disabled" } },`,
      `});`,
      ``,
    ].join("\n"),
    findings: ["4:15 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "LangChain JS: ChatOpenAI by require(), base URL from the environment",
    path: "a.cjs",
    code: `const { ChatOpenAI } = require("@langchain/openai");\nnew ChatOpenAI({ model: "deepseek-chat", configuration: { baseURL: process.env.DEEPSEEK_BASE_URL } });\n`,
    output: `const { ChatOpenAI } = require("@langchain/openai");\nnew ChatOpenAI({ model: "deepseek-v4-flash", configuration: { baseURL: process.env.DEEPSEEK_BASE_URL }, modelKwargs: { thinking: { type: "disabled" } } });\n`,
    findings: ["2:26 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "LangChain JS: Deno npm: specifier with a version",
    code: `import { ChatDeepSeek } from "npm:@langchain/deepseek@1";\nnew ChatDeepSeek({ model: "deepseek-chat" });\n`,
    output: `import { ChatDeepSeek } from "npm:@langchain/deepseek@1";\nnew ChatDeepSeek({ model: "deepseek-v4-flash", modelKwargs: { thinking: { type: "disabled" } } });\n`,
    findings: ["2:28 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "LangChain JS: initChatModel with modelProvider deepseek",
    code: `import { initChatModel } from "langchain/chat_models/universal";\nconst m = await initChatModel("deepseek-reasoner", { modelProvider: "deepseek" });\n`,
    output: `import { initChatModel } from "langchain/chat_models/universal";\nconst m = await initChatModel("deepseek-v4-flash", { modelProvider: "deepseek", modelKwargs: { thinking: { type: "enabled" } } });\n`,
    findings: ["2:32 rewrite deepseek-reasoner request-site inserted"],
  },
  {
    name: "LangChain JS: initChatModel with a deepseek: prefix, by require() of the package root",
    path: "a.cjs",
    code: `const { initChatModel: init } = require("langchain");\ninit("deepseek:deepseek-chat", { temperature: 0 });\n`,
    output: `const { initChatModel: init } = require("langchain");\ninit("deepseek:deepseek-v4-flash", { temperature: 0, modelKwargs: { thinking: { type: "disabled" } } });\n`,
    findings: ["2:16 rewrite deepseek-chat request-site inserted"],
  },
  {
    name: "LangChain JS: initChatModel naming another provider is not a DeepSeek request",
    code: `import { initChatModel } from "langchain";\ninitChatModel("deepseek-chat", { modelProvider: "groq" });\n`,
    output: `import { initChatModel } from "langchain";\ninitChatModel("deepseek-v4-flash", { modelProvider: "groq" });\n`,
    findings: ["2:16 rewrite deepseek-chat reference note"],
  },
  {
    name: "LangChain JS: ChatOpenAI without a DeepSeek base URL is not a DeepSeek request: rename with a note",
    code: `import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ model: "deepseek-chat", configuration: { baseURL: "https://proxy.example/v1" } });\n`,
    output: `import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ model: "deepseek-v4-flash", configuration: { baseURL: "https://proxy.example/v1" } });\n`,
    findings: ["2:26 rewrite deepseek-chat reference note"],
  },
  {
    name: "LangChain JS: a local class of the same name, the package only in a comment: not recognised",
    code: `// like ChatDeepSeek from "@langchain/deepseek"\nclass ChatDeepSeek { constructor(o: object) {} }\nnew ChatDeepSeek({ model: "deepseek-chat" });\n`,
    output: `// like ChatDeepSeek from "@langchain/deepseek"\nclass ChatDeepSeek { constructor(o: object) {} }\nnew ChatDeepSeek({ model: "deepseek-v4-flash" });\n`,
    findings: ["3:28 rewrite deepseek-chat reference note"],
  },
  {
    name: "no request site in reach: plain rename",
    code: `const DEFAULT_MODEL = process.env.MODEL ?? "deepseek-chat";\n`,
    output: `const DEFAULT_MODEL = process.env.MODEL ?? "deepseek-v4-flash";\n`,
    findings: ["1:45 rewrite deepseek-chat reference note"],
  },
  {
    name: "provider prefix kept",
    code: `const m = "deepseek/deepseek-chat";\n`,
    output: `const m = "deepseek/deepseek-v4-flash";\n`,
    findings: ["1:21 rewrite deepseek-chat reference note"],
  },
  {
    name: "OpenRouter route: review",
    code: `const m = "openrouter/deepseek/deepseek-chat";\n`,
    output: null,
    findings: ["1:32 review deepseek-chat openrouter"],
  },
  {
    name: "comments and JSX",
    path: "a.tsx",
    code: `// uses deepseek-chat\nconst el = <Select value="deepseek-chat">deepseek-chat</Select>;\n`,
    output: `// uses deepseek-v4-flash\nconst el = <Select value="deepseek-v4-flash">deepseek-v4-flash</Select>;\n`,
    findings: ["1:9 rewrite deepseek-chat reference note", "2:27 rewrite deepseek-chat reference note", "2:42 rewrite deepseek-chat reference note"],
  },
  {
    name: "templates: no-substitution and template parts",
    code: "const a = `deepseek-chat`;\nconst b = `${p}: deepseek-reasoner`;\n",
    output: "const a = `deepseek-v4-flash`;\nconst b = `${p}: deepseek-v4-flash`;\n",
    findings: ["1:12 rewrite deepseek-chat reference note", "2:18 rewrite deepseek-reasoner reference note"],
  },
  {
    name: "comparisons, membership and switch",
    code: [
      `if (m === "deepseek-reasoner") x();`,
      `if (m.includes("deepseek-chat")) x();`,
      `if (["deepseek-chat"].includes(m)) x();`,
      `const R = new Set(["deepseek-reasoner"]);`,
      `R.has(m);`,
      `switch (m) { case "deepseek-chat": break; }`,
      ``,
    ].join("\n"),
    output: null,
    findings: [
      "1:12 review deepseek-reasoner comparison",
      "2:17 review deepseek-chat comparison",
      "3:7 review deepseek-chat comparison",
      "4:21 review deepseek-reasoner comparison",
      "6:20 review deepseek-chat switch-case",
    ],
  },
  {
    name: "keys and lookups",
    code: `const p = { "deepseek-chat": 1, ["deepseek-reasoner"]: 2 };\np["deepseek-chat"];\nmap.get("deepseek-reasoner");\ninterface I { "deepseek-chat": number }\n`,
    output: null,
    findings: [
      "1:14 review deepseek-chat mapping-key",
      "1:35 review deepseek-reasoner mapping-key",
      "2:4 review deepseek-chat mapping-key",
      "3:10 review deepseek-reasoner mapping-key",
      "4:16 review deepseek-chat mapping-key",
    ],
  },
  {
    name: "collections holding both names or a V4 ID",
    code: [
      `type M = "deepseek-chat" | "deepseek-reasoner";`,
      `const L = ["deepseek-chat", "deepseek-v4-flash"];`,
      `enum E { A = "deepseek-chat", B = "deepseek-reasoner" }`,
      `const pick = deep ? "deepseek-reasoner" : "deepseek-chat";`,
      ``,
    ].join("\n"),
    output: null,
    findings: [
      "1:11 review deepseek-chat collection-both",
      "1:29 review deepseek-reasoner collection-both",
      "2:13 review deepseek-chat collection-current",
      "3:15 review deepseek-chat collection-both",
      "3:36 review deepseek-reasoner collection-both",
      "4:22 review deepseek-reasoner collection-both",
      "4:44 review deepseek-chat collection-both",
    ],
  },
  {
    name: "regular expressions",
    code: `const a = /^deepseek-reasoner/;\nconst b = new RegExp("deepseek-chat");\nm.replace("deepseek-chat", "");\n`,
    output: null,
    findings: ["1:13 review deepseek-reasoner regex", "2:23 review deepseek-chat regex", "3:12 review deepseek-chat regex"],
  },
  {
    // The engine's byte prefilter only hands over files with a raw ID, hence the second line.
    name: "escaped literal: value only",
    code: `const m = "deepseek\\u002dchat";\nconst n = x === "deepseek-chat";\n`,
    output: null,
    findings: ["1:12 review deepseek-chat escaped-literal", "2:18 review deepseek-chat comparison"],
  },
  {
    name: "escaped quotes around the exact ID: still a rewrite",
    code: `const body = "{\\"model\\":\\"deepseek-chat\\"}";\n`,
    output: `const body = "{\\"model\\":\\"deepseek-v4-flash\\"}";\n`,
    findings: ["1:28 rewrite deepseek-chat reference note"],
  },
  {
    name: "exported constants in a package's public API",
    path: "packages/sdk/src/models.ts",
    code: `export const CHAT = "deepseek-chat";\nexport enum Model { Reasoner = "deepseek-reasoner" }\nconst internal = "deepseek-chat";\n`,
    output: `export const CHAT = "deepseek-chat";\nexport enum Model { Reasoner = "deepseek-reasoner" }\nconst internal = "deepseek-v4-flash";\n`,
    findings: ["1:22 review deepseek-chat exported-constant", "2:33 review deepseek-reasoner exported-constant", "3:19 rewrite deepseek-chat reference note"],
  },
  {
    name: "exported constant outside a package API is a plain value",
    path: "scripts/models.ts",
    code: `export const CHAT = "deepseek-chat";\n`,
    output: `export const CHAT = "deepseek-v4-flash";\n`,
    findings: ["1:22 rewrite deepseek-chat reference note"],
  },
  {
    name: "test assertions",
    path: "src/__tests__/models.ts",
    code: [
      `expect(modelFor("fast")).toBe("deepseek-chat");`,
      `assert.strictEqual(m, "deepseek-reasoner");`,
      `expect(fn).toHaveBeenCalledWith(expect.objectContaining({ model: "deepseek-chat" }));`,
      `expect(isReasoning("deepseek-reasoner")).toBe(true);`,
      `it("runs", () => { const m = pick("deepseek-chat"); });`,
      ``,
    ].join("\n"),
    // Asserted values echo the test's inputs and are renamed with them; whether the code under test
    // branches on the name is decided by the project pass (test/checks.test.ts).
    output: [
      `expect(modelFor("fast")).toBe("deepseek-v4-flash");`,
      `assert.strictEqual(m, "deepseek-v4-flash");`,
      `expect(fn).toHaveBeenCalledWith(expect.objectContaining({ model: "deepseek-v4-flash" }));`,
      `expect(isReasoning("deepseek-v4-flash")).toBe(true);`,
      `it("runs", () => { const m = pick("deepseek-v4-flash"); });`,
      ``,
    ].join("\n"),
    findings: [
      "1:32 rewrite deepseek-chat reference",
      "2:24 rewrite deepseek-reasoner reference",
      "3:67 rewrite deepseek-chat reference",
      "4:21 rewrite deepseek-reasoner reference",
      "5:36 rewrite deepseek-chat reference",
    ],
  },
  {
    name: "migration prose in comments and strings",
    code: `// deepseek-chat was retired in favour of deepseek-v4-flash\nconsole.warn("deepseek-reasoner is deprecated");\n`,
    output: null,
    findings: ["1:4 review deepseek-chat migration-prose", "2:15 review deepseek-reasoner migration-prose"],
  },
  {
    name: "recorded responses are dropped by default",
    code: `const r = { id: "chatcmpl-1", model: "deepseek-chat", choices: [], usage: {} };\nconst s = { object: "chat.completion.chunk", model: "deepseek-reasoner" };\n`,
    output: null,
    findings: [],
  },
];

describe("ts-js rule", () => {
  ruleTester({ valid, invalid: invalid.map((r) => ({ ...r, path: r.path ?? "a.ts" })) });

  it("owns every TS/JS extension and nothing else", () => {
    for (const p of ["a.ts", "a.tsx", "a.mts", "a.cts", "a.js", "a.jsx", "a.mjs", "a.cjs", "d/x.d.ts"]) expect(tsJsRule.appliesTo(p)).toBe(true);
    for (const p of ["a.vue", "a.svelte", "a.json", "a.py", "a.md", "a.tsbuildinfo"]) expect(tsJsRule.appliesTo(p)).toBe(false);
  });

  it("marks thinking state and notes", async () => {
    const site = await checkText("a.js", `create({ model: "deepseek-chat", messages });\nconst m = "deepseek-reasoner";\n`);
    expect(site.findings.map((f) => [f.thinkingState, f.note !== null])).toEqual([
      ["inserted", false],
      ["note", true],
    ]);
    expect(site.findings[1]!.note).toContain("thinking: { type: \"enabled\" }");
  });

  it("with --thinking off only renames, and the note says what to add", async () => {
    const { findings, output } = await checkText("a.ts", `client.chat.completions.create({ model: "deepseek-chat", messages });\n`, { thinking: "off" });
    expect(output).toBe(`client.chat.completions.create({ model: "deepseek-v4-flash", messages });\n`);
    expect(findings[0]!.thinkingState).toBe("note");
    expect(findings[0]!.note).toContain("deepseek-chat meant thinking disabled");
  });

  it("reports advisories where thinking is enabled or reasoning_content is dropped", async () => {
    const code = [
      `client.chat.completions.create({ model: "deepseek-reasoner", messages, temperature: 0.2, tool_choice: "required" });`,
      `const { reasoning_content, ...msg } = reply;`,
      `delete m.reasoning_content;`,
      `client.chat.completions.create({ model: "deepseek-chat", messages, temperature: 0.2 });`,
      ``,
    ].join("\n");
    const { outcome } = await checkText("a.js", code);
    expect(outcome.advisories.map((a) => `${a.line}:${a.column} ${a.code}`)).toEqual([
      "1:72 sampling-ignored",
      "1:90 forced-tool-choice",
      "2:7 reasoning-content-dropped",
      "3:1 reasoning-content-dropped",
    ]);
  });

  it("validate() accepts valid code and names the first syntax error", async () => {
    expect(await tsJsRule.validate!("const a = { b: 1 };\n", "a.ts")).toBeNull();
    expect(await tsJsRule.validate!("const el = <div>{x}</div>;\n", "a.tsx")).toBeNull();
    expect(await tsJsRule.validate!("const a = { b: 1 ;\n", "a.ts")).toMatch(/^1:\d+ /);
  });

  it("parses a 2,000-line file quickly", async () => {
    const block = [
      `export async function ask%(q: string) {`,
      `  const r = await client.chat.completions.create({`,
      `    model: "deepseek-chat",`,
      `    messages: [{ role: "user", content: q }],`,
      `  });`,
      `  if (r.model === "deepseek-reasoner") return null;`,
      `  return r.choices[0]?.message.content ?? "";`,
      `}`,
      ``,
      ``,
    ];
    const text = Array.from({ length: 200 }, (_, i) => block.join("\n").replace("%", String(i))).join("\n");
    expect(text.split("\n").length).toBeGreaterThanOrEqual(2000);
    await checkText("warm.ts", `const m = "deepseek-chat";\n`);
    const t0 = performance.now();
    const { findings } = await checkText("big.ts", text);
    const ms = performance.now() - t0;
    expect(findings.length).toBe(400);
    // Generous bound for a shared CI machine; the measured figure is in the commit and the report.
    expect(ms).toBeLessThan(5000);
  });

  it("does not load the TypeScript compiler for runs without a TS/JS candidate", () => {
    // Loading the compiler is what writes its code cache (rules/languages/ts-lib.ts), so in a private copy of
    // the package with no cache yet, a cache file appears exactly when the compiler was loaded.
    const pkg = packageCopy();
    const cache = path.join(pkg, "dist/.v8-cache");
    const run = (file: string, text: string) => {
      const script = `
        import { processFile } from "./dist/src/check/engine.js";
        import { loadRules } from "./dist/src/check/rule-list.js";
        import { endOfRun } from "./dist/src/check/run-end.js";
        const opts = { mapping: { "deepseek-chat": "deepseek-v4-flash", "deepseek-reasoner": "deepseek-v4-flash" }, thinking: "explicit", maxFileSize: 1e6 };
        const out = await processFile(${JSON.stringify(file)}, "/v/" + ${JSON.stringify(file)}, loadRules, opts, Buffer.from(${JSON.stringify(text)}));
        endOfRun(); // what a run does when its files are checked: the code cache is written then
        console.log(out.findings.length);
      `;
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: pkg, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout.trim()).toBe("1");
    };
    run("a.go", 'const m = "deepseek-chat"\n');
    expect(existsSync(cache)).toBe(false);
    run("a.ts", 'const m = "deepseek-chat";\n');
    expect(readdirSync(cache)).toHaveLength(1);
  });
});
