// openai-python >= 1.0: `client.chat.completions.create(model=..., messages=...)`. Unknown body keys
// go through `extra_body` (openai-python README, "Undocumented request params"); a `**body` dict
// spread into the call takes `extra_body` as one of its keys.
import type { Sdk } from "../api.js";

const METHOD = /(?:^|\.)(?:create|stream|parse)$/;
const PY = /\.(?:py|ipynb)$/i;

export const openaiPython = {
  id: "openai-python",
  recognise: (r) => r.language === "python" && METHOD.test(r.target.callee) && ((r.via === "model" && r.target.keys.has("messages")) || r.via === "**"),
  thinkingAt: ["extra_body", "thinking"],
  alsoReadAt: [["thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [{ tier: 1, path: PY }],
  snippet: (mode) => `extra_body={"thinking": {"type": "${mode}"}}`,
} as const satisfies Sdk;
