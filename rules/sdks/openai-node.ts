// openai-node: `client.chat.completions.create({ model, messages, ... })` and `client.responses.create`.
// Thinking is a top-level body parameter; the SDK sends unknown params as they are, but its params
// types do not declare `thinking`, so TypeScript marks it with @ts-expect-error where the compiler
// checks excess properties (openai-node README, "Undocumented request params").
import type { Sdk } from "../api.js";
import { AI_SDK_CALLS } from "./ai-sdk.js";

const CHAT = /(?:^|\.)chat\.completions\.(?:create|stream|parse|runTools)$|(?:^|\.)responses\.(?:create|stream|parse)$/;
const LEGACY_COMPLETIONS = /(?:^|\.)completions\.create$/;

export const openaiNode = {
  id: "openai-node",
  // An SDK call, or any object holding `messages` beside the model (built here, sent elsewhere);
  // never the legacy completions API, where FIM works only with thinking disabled.
  recognise: (r) => {
    const callee = r.target.callee;
    if (r.language !== "ts" || r.via !== "model" || AI_SDK_CALLS.test(callee)) return false;
    return CHAT.test(callee) || (r.target.keys.has("messages") && !LEGACY_COMPLETIONS.test(callee));
  },
  thinkingAt: ["thinking"],
  undeclared: true,
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [{ tier: 1, path: /\.[cm]?[jt]sx?$/i }],
  snippet: (mode) => `client.chat.completions.create({ model, messages, thinking: { type: "${mode}" } })`,
} as const satisfies Sdk;
