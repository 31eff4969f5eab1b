// Vercel AI SDK with `@ai-sdk/deepseek`: `generateText({ model: deepseek("..."), ... })`. Thinking goes
// in the call's provider options (DeepSeekLanguageModelOptions in @ai-sdk/deepseek's
// src/deepseek-chat-options.ts: `thinking: { type: "enabled" | "disabled" }`), under the key
// `deepseek` (the chat model's `providerOptionsName`, dist/index.js). The provider is the export
// `deepseek` (2.x, dist/index.d.ts) or `deepSeek` (3.x, which keeps `deepseek` as an alias), or a
// `createDeepSeek(...)` result; its `.chat()` and `.languageModel()` return the same chat model
// (DeepSeekProvider in dist/index.d.ts). Recognised through what the file imports; the adapter
// follows a model bound to a `const` to every `{ model }` naming it.
import type { Sdk } from "../api.js";

/** The calls taking an AI SDK model in their options object. */
export const AI_SDK_CALLS = /(?:^|\.)(?:generateText|streamText|generateObject|streamObject|ToolLoopAgent|Experimental_Agent)$/;

export const aiSdk = {
  id: "ai-sdk",
  recognise: (r) => r.language === "ts" && r.via === "provider:ai-sdk" && AI_SDK_CALLS.test(r.target.callee),
  provider: { module: "@ai-sdk/deepseek", exports: ["deepseek", "deepSeek"], factories: ["createDeepSeek"], methods: ["chat", "languageModel"] },
  thinkingAt: ["providerOptions", "deepseek", "thinking"],
  sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
  toolChoice: "toolChoice",
  files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /@ai-sdk\/deepseek|from ["']ai["']/ }],
  snippet: (mode) => `providerOptions: { deepseek: { thinking: { type: "${mode}" } } }`,
} as const satisfies Sdk;
