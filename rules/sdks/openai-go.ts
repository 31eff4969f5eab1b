// openai-go: extra body fields go through a request option (openai-go README, "Undocumented request params").
import type { Sdk } from "../api.js";

export const openaiGo = {
  id: "openai-go",
  thinkingAt: null,
  files: [{ tier: 1, path: /\.go$/i }],
  snippet: (mode) => `option.WithJSONSet("thinking", map[string]any{"type": "${mode}"})`,
} as const satisfies Sdk;
