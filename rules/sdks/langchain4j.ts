// LangChain4j: `.customParameters(...)` adds body fields (langchain4j-open-ai, OpenAiChatRequestParameters).
import type { Sdk } from "../api.js";

export const langchain4j = {
  id: "langchain4j",
  thinkingAt: null,
  files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /langchain4j/i }],
  snippet: (mode) => `.customParameters(Map.of("thinking", Map.of("type", "${mode}")))`,
} as const satisfies Sdk;
