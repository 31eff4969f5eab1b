// LiteLLM: `completion(model="deepseek/deepseek-chat", ...)` forwards `thinking` to DeepSeek as a
// keyword argument (litellm/llms/deepseek/chat/transformation.py). Only the `deepseek/` route is
// DeepSeek's; other prefixes go to other providers.
import type { Sdk } from "../api.js";

const CALLEE = /^a?completion$|(?:^|\.)litellm\.a?completion$/;

export const litellm = {
  id: "litellm",
  // `completion(model, messages=...)` also takes the model positionally (litellm/main.py).
  recognise: (r) => r.language === "python" && (r.via === "model" || r.via === "**" || r.via === "argument") && CALLEE.test(r.target.callee) && r.prefix.toLowerCase() === "deepseek/",
  thinkingAt: ["thinking"],
  alsoReadAt: [["extra_body", "thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [
    { tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+litellm\b/m },
    { tier: 2, text: /\blitellm\b/i },
  ],
  snippet: (mode) => `completion(..., thinking={"type": "${mode}"})`,
} as const satisfies Sdk;
