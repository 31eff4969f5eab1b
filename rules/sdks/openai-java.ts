// openai-java: `ChatCompletionCreateParams.builder().model("deepseek-chat")...build()`. Undocumented
// body fields go through the params builder's `putAdditionalBodyProperty(String, JsonValue)`
// (openai-java README, "Undocumented API functionality"; ChatCompletionCreateParams.Builder), and
// `com.openai.core.JsonValue.from(Object)` turns a `Map` into a JSON object (core/Values.kt).
// rules/languages/java.ts inserts it into the same builder chain (rules/targets/java.ts).
import type { Sdk } from "../api.js";

export const openaiJava = {
  id: "openai-java",
  recognise: (r) => r.language === "java" && /(?:^|\.)ChatCompletionCreateParams\.builder$/.test(r.target.callee),
  thinkingAt: ["thinking"],
  files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /^\s*import\s+com\.openai\./m }],
  snippet: (mode) => `.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "${mode}"))) on the params builder`,
} as const satisfies Sdk;
