// A raw HTTP request body (curl, requests/httpx `json=`, a JSON file holding `model` and `messages`):
// `"thinking": {"type": ...}` at the top level (api-docs.deepseek.com/guides/thinking_mode).
import type { Sdk } from "../api.js";

const HTTP_CALL = /(?:^|\.)(?:post|put|request|stream|send)$/;

export const httpJson = {
  id: "http-json",
  recognise: (r) => (r.language === "json" && r.target.keys.has("messages")) || (r.language === "python" && r.via === "json=" && HTTP_CALL.test(r.target.callee)),
  thinkingAt: ["thinking"],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [{ tier: 2, path: /\.(?:sh|bash|zsh|http|rest|curl)$/i }, { tier: 2, text: /\bcurl\b/ }],
  snippet: (mode) => `"thinking": {"type": "${mode}"}`,
} as const satisfies Sdk;
