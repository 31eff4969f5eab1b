// The ai-sdk and ai-sdk-openai-compatible entries (rules/sdks/ai-sdk*.ts): every way a file gets a
// DeepSeek model from @ai-sdk/deepseek or from an openai-compatible provider pointed at DeepSeek,
// recognised through its imports, gets providerOptions under the key that provider reads.
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";

const DS = `import { generateText, streamText } from "ai";\n`;

const invalid: readonly InvalidRow[] = [
  {
    name: "deepSeek, the 3.x export name",
    path: "a.ts",
    code: `${DS}import { deepSeek } from "@ai-sdk/deepseek";\nawait generateText({ model: deepSeek("deepseek-chat"), prompt });\n`,
    findings: ["3:39 rewrite deepseek-chat request-site inserted"],
    output: `${DS}import { deepSeek } from "@ai-sdk/deepseek";\nawait generateText({ model: deepSeek("deepseek-v4-flash"), prompt, providerOptions: { deepseek: { thinking: { type: "disabled" } } } });\n`,
  },
  {
    name: "a namespace import and .languageModel()",
    path: "a.ts",
    code: `${DS}import * as ds from "@ai-sdk/deepseek";\nawait streamText({ model: ds.deepseek.languageModel("deepseek-reasoner"), prompt });\n`,
    findings: ["3:54 rewrite deepseek-reasoner request-site inserted"],
    output: `${DS}import * as ds from "@ai-sdk/deepseek";\nawait streamText({ model: ds.deepseek.languageModel("deepseek-v4-flash"), prompt, providerOptions: { deepseek: { thinking: { type: "enabled" } } } });\n`,
  },
  {
    name: "require() of the factory, its result bound to a const, a model bound to a const, merged into providerOptions",
    path: "a.cjs",
    code: `const { createDeepSeek: make } = require("@ai-sdk/deepseek");\nconst { generateText } = require("ai");\nconst provider = make({ apiKey });\nconst model = provider.chat("deepseek-chat");\ngenerateText({ model, prompt, providerOptions: { deepseek: { user: "u" } } });\n`,
    findings: ["4:30 rewrite deepseek-chat request-site inserted"],
    output: `const { createDeepSeek: make } = require("@ai-sdk/deepseek");\nconst { generateText } = require("ai");\nconst provider = make({ apiKey });\nconst model = provider.chat("deepseek-v4-flash");\ngenerateText({ model, prompt, providerOptions: { deepseek: { user: "u", thinking: { type: "disabled" } } } });\n`,
  },
  {
    name: "openai-compatible named deepseek-api: the camel-cased key, beside an existing one",
    path: "a.ts",
    code: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst ds = createOpenAICompatible({ name: "deepseek-api", baseURL: "https://api.deepseek.com/v1" });\nawait generateText({\n  model: ds.chatModel("deepseek-chat"),\n  prompt,\n  providerOptions: { openai: { user: "u" } },\n});\n`,
    findings: ["5:24 rewrite deepseek-chat request-site inserted"],
    output: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst ds = createOpenAICompatible({ name: "deepseek-api", baseURL: "https://api.deepseek.com/v1" });\nawait generateText({\n  model: ds.chatModel("deepseek-v4-flash"),\n  prompt,\n  providerOptions: { openai: { user: "u" }, deepseekApi: { thinking: { type: "disabled" } } },\n});\n`,
  },
  {
    name: "openai-compatible called inline, name from the base URL's host: its own name is the key",
    path: "a.ts",
    code: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nawait streamText({ model: createOpenAICompatible({ name: "ds", baseURL: process.env.DEEPSEEK_BASE_URL })("deepseek-reasoner"), prompt });\n`,
    findings: ["3:107 rewrite deepseek-reasoner request-site inserted"],
    output: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nawait streamText({ model: createOpenAICompatible({ name: "ds", baseURL: process.env.DEEPSEEK_BASE_URL })("deepseek-v4-flash"), prompt, providerOptions: { ds: { thinking: { type: "enabled" } } } });\n`,
  },
  {
    name: "openai-compatible with the setting under the raw name: present, nothing added",
    path: "a.ts",
    code: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: "deepseek_api", baseURL: "https://api.deepseek.com" });\nawait generateText({ model: p("deepseek-chat"), prompt, providerOptions: { deepseek_api: { thinking: { type: "disabled" } } } });\n`,
    findings: ["4:32 rewrite deepseek-chat request-site present"],
    output: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: "deepseek_api", baseURL: "https://api.deepseek.com" });\nawait generateText({ model: p("deepseek-v4-flash"), prompt, providerOptions: { deepseek_api: { thinking: { type: "disabled" } } } });\n`,
  },
  {
    name: "openai-compatible whose name is not written here: a note in the provider's own form",
    path: "a.ts",
    code: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: NAME, baseURL: "https://api.deepseek.com" });\nawait generateText({ model: p("deepseek-chat"), prompt });\n`,
    findings: ["4:32 rewrite deepseek-chat request-site note"],
    output: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: NAME, baseURL: "https://api.deepseek.com" });\nawait generateText({ model: p("deepseek-v4-flash"), prompt });\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`providerOptions: { <the provider's name, camel-cased>: { thinking: { type: "disabled" } } }`),
  },
  {
    name: "openai-compatible pointed elsewhere is not DeepSeek's request",
    path: "a.ts",
    code: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: "gateway", baseURL: "https://gateway.example/v1" });\nawait generateText({ model: p("deepseek-chat"), prompt });\n`,
    findings: ["4:32 rewrite deepseek-chat reference note"],
    output: `${DS}import { createOpenAICompatible } from "@ai-sdk/openai-compatible";\nconst p = createOpenAICompatible({ name: "gateway", baseURL: "https://gateway.example/v1" });\nawait generateText({ model: p("deepseek-v4-flash"), prompt });\n`,
    also: (r) => expect(r.findings[0]!.note).not.toContain("client.chat.completions.create"),
  },
  {
    name: "a function named deepseek of the file's own is no provider",
    path: "a.ts",
    code: `${DS}const deepseek = (id: string) => id;\nawait generateText({ model: deepseek("deepseek-chat"), prompt });\n`,
    findings: ["3:39 rewrite deepseek-chat reference note"],
    output: `${DS}const deepseek = (id: string) => id;\nawait generateText({ model: deepseek("deepseek-v4-flash"), prompt });\n`,
  },
];

const valid: readonly ValidRow[] = [];

describe("sdk ai-sdk", () => {
  ruleTester({ valid, invalid });
});
