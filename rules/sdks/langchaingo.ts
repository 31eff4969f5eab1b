// langchaingo (github.com/tmc/langchaingo): `openai.New(openai.WithModel("deepseek-chat"))`. Its
// openai client has no option for extra body fields (llms/openai/openaillm_option.go lists token,
// model, base URL, organization, API type and version, HTTP client, callback, response format;
// llms/openai/internal/openaiclient/chat.go builds the body from fixed fields), so the mode is a note:
// the only way to send it is an HTTP client (openai.WithHTTPClient) that adds it to the request JSON.
import type { Sdk } from "../api.js";

export const langchaingo = {
  id: "langchaingo",
  thinkingAt: null,
  files: [{ tier: 0, path: /\.go$/i, text: /"github\.com\/tmc\/langchaingo\// }],
  snippet: (mode) =>
    `langchaingo's openai client has no option for body fields: add "thinking": {"type": "${mode}"} to the request JSON in the HTTP client given to openai.WithHTTPClient`,
} as const satisfies Sdk;
