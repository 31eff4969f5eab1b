// The legacy completions API (`client.completions.create(prompt=..., suffix=...)`), which DeepSeek
// serves FIM on: FIM works only with thinking disabled (api-docs.deepseek.com/guides/fim_completion),
// so nothing is inserted there; the note shows the openai-python form.
import type { Sdk } from "../api.js";
import { openaiPython } from "./openai-python.js";

const CALLEE = /(?:^|\.)completions\.create$/;

export const openaiCompletions = {
  id: "openai-completions",
  recognise: (r) => r.language === "python" && r.via === "model" && CALLEE.test(r.target.callee) && r.target.keys.has("prompt"),
  thinkingAt: null,
  alsoReadAt: [["thinking"], ["extra_body", "thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  snippet: openaiPython.snippet,
} as const satisfies Sdk;
