// agno's LiteLLM model, `LiteLLM(id="deepseek/deepseek-chat")`: a wrapper whose constructor fields are
// sent with every request. Checked against agno's source (github.com/agno-agi/agno,
// libs/agno/agno/models/litellm/chat.py, LiteLLM.get_request_params): the `request_params` dict is
// merged into the keyword arguments of litellm's `completion(**completion_kwargs)`, and LiteLLM
// forwards `thinking` to DeepSeek (rules/sdks/litellm.ts). Only the `deepseek/` route is DeepSeek's.
import type { Sdk } from "../api.js";

const ORIGIN = /^agno\.models\.litellm(?:\.chat)?\.LiteLLM$/;

export const agnoLitellm = {
  id: "agno-litellm",
  recognise: (r) => r.language === "python" && r.via === "id" && ORIGIN.test(r.origin ?? "") && r.prefix.toLowerCase() === "deepseek/",
  thinkingAt: ["request_params", "thinking"],
  alsoReadAt: [["extra_body", "thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+agno\.models\.litellm\b/m }],
  snippet: (mode) => `LiteLLM(id="deepseek/...", request_params={"thinking": {"type": "${mode}"}})`,
} as const satisfies Sdk;
