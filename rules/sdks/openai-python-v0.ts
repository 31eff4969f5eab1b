// openai-python < 1.0: `openai.ChatCompletion.create(model=..., ...)` sends unknown keyword
// arguments in the body as they are (openai-python v0.28, openai/api_resources/abstract/engine_api_resource.py).
import type { Sdk } from "../api.js";

const CALLEE = /(?:^|\.)ChatCompletion\.a?create$/;

export const openaiPythonV0 = {
  id: "openai-python-v0",
  recognise: (r) => r.language === "python" && (r.via === "model" || r.via === "**") && CALLEE.test(r.target.callee),
  thinkingAt: ["thinking"],
  alsoReadAt: [["extra_body", "thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  snippet: (mode) => `"thinking": {"type": "${mode}"}`,
} as const satisfies Sdk;
