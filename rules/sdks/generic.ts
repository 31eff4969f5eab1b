// Any caller: the body field, said in words.
import type { Sdk } from "../api.js";

export const generic = {
  id: "generic",
  thinkingAt: null,
  files: [{ tier: 1, path: /\.(?:java|kt|kts)$/i }],
  snippet: (mode) => `"thinking": {"type": "${mode}"} in the request body`,
} as const satisfies Sdk;
