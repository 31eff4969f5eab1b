// Spring AI's DeepSeek starter: no first-class thinking option was found in spring-ai-deepseek
// (DeepSeekChatOptions), so the note says what to send.
import type { Sdk } from "../api.js";

export const springAi = {
  id: "spring-ai",
  thinkingAt: null,
  files: [
    { tier: 0, path: /\.(?:java|kt|kts)$/i, text: /spring/i },
    { tier: 2, text: /spring\.ai\./ },
  ],
  snippet: (mode) => `no first-class option: send "thinking": {"type": "${mode}"} in the request body`,
} as const satisfies Sdk;
