// The Anthropic SDKs against DeepSeek's Anthropic-compatible endpoint (api.deepseek.com/anthropic):
// `client.messages.create(model=..., thinking=...)`, Anthropic's own `thinking` field. DeepSeek takes
// `{"type": "enabled"}` without a budget (api-docs.deepseek.com/guides/thinking_mode), but the SDKs
// type "enabled" with a required `budget_tokens` (anthropic-sdk-python,
// src/anthropic/types/thinking_config_enabled_param.py): an insertion would not type-check and would
// pick a budget the legacy name never implied, while V4 thinks by default. So "enabled" is a note.
import type { Sdk } from "../api.js";

const CALLEE = /\.messages\.(?:create|stream)$/;

export const anthropic = {
  id: "anthropic",
  recognise: (r) => (r.via === "model" || r.via === "**") && CALLEE.test(r.target.callee) && r.mentions(/\banthropic\b|deepseek\.com\/anthropic/i),
  thinkingAt: ["thinking"],
  alsoReadAt: [["extra_body", "thinking"]],
  noteOnly: ["enabled"],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  snippet: (mode) => `"thinking": {"type": "${mode}"} in the messages request (Anthropic's own field, no budget_tokens needed)`,
} as const satisfies Sdk;
