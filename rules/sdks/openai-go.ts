// openai-go: extra body fields go through a request option (openai-go README, "Undocumented request
// params": `option.WithJSONSet("key", value)`, option/requestoption.go), passed after the params:
// `client.Chat.Completions.New(ctx, params, opts ...option.RequestOption)` (chatcompletion.go).
import type { Sdk } from "../api.js";

export const openaiGo = {
  id: "openai-go",
  recognise: (r) => r.language === "go" && /(?:^|\.)Completions\.New(?:Streaming)?$/.test(r.target.callee),
  thinkingAt: ["thinking"],
  // Only files importing openai-go: another Go client (go-openai, langchaingo) has no such option.
  files: [{ tier: 0, path: /\.go$/i, text: /"github\.com\/openai\/openai-go(?:\/v\d+)?(?:\/option)?"/ }],
  snippet: (mode) => `option.WithJSONSet("thinking", map[string]any{"type": "${mode}"})`,
} as const satisfies Sdk;
