// openai-java: `ChatCompletionCreateParams.builder().model("deepseek-chat")...`. Undocumented body
// fields go through the params builder's `putAdditionalBodyProperty(key, JsonValue)` (openai-java
// README, "Undocumented API functionality"). No Java adapter reads the builder chain yet, so the form
// is a note.
import type { Sdk } from "../api.js";

export const openaiJava = {
  id: "openai-java",
  thinkingAt: null,
  files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /^\s*import\s+com\.openai\./m }],
  snippet: (mode) => `.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "${mode}"))) on the params builder`,
} as const satisfies Sdk;
