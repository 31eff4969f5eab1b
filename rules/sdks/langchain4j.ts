// LangChain4j: `OpenAiChatModel.builder().modelName("deepseek-chat")`. The OpenAI model builders
// (OpenAiChatModel, OpenAiStreamingChatModel) take `customParameters(Map<String, Object>)`, which
// langchain4j-open-ai writes flat into the request body (ChatCompletionRequest's @JsonAnyGetter); the
// builder method exists since langchain4j 1.9.0 (an older project gets a compile error, not a silent drop).
// rules/languages/java.ts inserts it into the same builder chain (rules/targets/java.ts).
import type { Sdk } from "../api.js";

export const langchain4j = {
  id: "langchain4j",
  recognise: (r) => r.language === "java" && /(?:^|\.)OpenAi(?:Streaming)?ChatModel\.builder$/.test(r.target.callee),
  thinkingAt: ["thinking"],
  files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /langchain4j/i }],
  snippet: (mode) => `.customParameters(Map.of("thinking", Map.of("type", "${mode}")))`,
} as const satisfies Sdk;
