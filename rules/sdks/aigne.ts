// AIGNE's DeepSeek model, `new DeepSeekChatModel({ model: "deepseek-chat", ... })` from @aigne/deepseek:
// an OpenAIChatModel (@aigne/openai) pointed at api.deepseek.com. Checked against aigne-framework's
// source (github.com/AIGNE-io/aigne-framework): models/deepseek/src/deepseek-chat-model.ts passes its
// options to OpenAIChatModel, and models/openai/src/openai-chat-model.ts (`_process`) builds every
// request body from a fixed list (model, temperature, top_p, frequency_penalty, presence_penalty,
// reasoning_effort, messages, tools, ...); its options schema (`openAIChatModelOptionsSchema`) takes
// no extra body fields and `clientOptions` configures the openai client, not the body. So nothing
// written at the constructor reaches the request as `thinking`: the mode is a note, never an insertion.
import type { Sdk } from "../api.js";

const ORIGIN = /^@aigne\/deepseek\.DeepSeekChatModel$/;

export const aigne = {
  id: "aigne",
  recognise: (r) => r.language === "ts" && r.via === "model" && ORIGIN.test(r.origin ?? ""),
  thinkingAt: null,
  files: [{ tier: 0, path: /\.(?:[cm]?[jt]sx?|mdx?)$/i, text: /["'](?:npm:)?@aigne\/deepseek\b/ }],
  snippet: (mode) =>
    mode === "enabled"
      ? `DeepSeekChatModel has no option that sends "thinking"; V4 thinks by default, so the rename alone keeps "thinking": {"type": "enabled"}`
      : `DeepSeekChatModel has no option that sends "thinking": {"type": "disabled"} (it builds the body from a fixed list of fields); add it to the body through a custom clientOptions.fetch, or expect V4's default, thinking enabled`,
} as const satisfies Sdk;
