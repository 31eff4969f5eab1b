// agno's DeepSeek model: `DeepSeek(id="deepseek-chat")` (also as `reasoning_model=`), an OpenAILike
// whose constructor fields are sent with every request, so thinking goes in the constructor call.
// Checked against agno's source (github.com/agno-agi/agno):
//  - libs/agno/agno/models/openai/chat.py, OpenAIChat.get_request_params: the `extra_body` field is
//    passed to the openai client's create(), which sends it in the body (agno >= 2.0.4);
//  - libs/agno/agno/models/deepseek/deepseek.py, DeepSeek.get_request_params: thinking is sent unless
//    the id is literally "deepseek-chat" or `use_thinking=False` (agno >= 2.6.10), in both cases with
//    `extra_body.setdefault("thinking", ...)`, so an `extra_body` thinking setting is kept as written.
// `extra_body` is written rather than `use_thinking`, which agno before 2.6.10 rejects as an unknown
// field; an existing `use_thinking=True/False` counts as the setting. agno's OpenAILike and OpenAIChat
// (libs/agno/agno/models/openai/like.py, chat.py) send `extra_body` the same way, so they are this form
// too when their `base_url` is DeepSeek's. Recognised by what the callee is imported as, never by
// words in the file.
import type { Sdk, Value } from "../api.js";

const ORIGIN = /^agno\.models\.deepseek(?:\.deepseek)?\.DeepSeek$/;
const OPENAI = /^agno\.models\.openai(?:\.like|\.chat)?\.(?:OpenAILike|OpenAIChat)$/;
const text = (v: Value): string => (v.kind === "literal" || v.kind === "opaque" ? v.text : "");

export const agno = {
  id: "agno",
  recognise: (r) => {
    if (r.language !== "python" || r.via !== "id") return false;
    const origin = r.origin ?? "";
    return ORIGIN.test(origin) || (OPENAI.test(origin) && /deepseek/i.test(text(r.target.read(["base_url"]))));
  },
  thinkingAt: ["extra_body", "thinking"],
  switchAt: ["use_thinking"],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+agno\.models\.deepseek\b/m }],
  snippet: (mode) => `DeepSeek(id=..., extra_body={"thinking": {"type": "${mode}"}})`,
} as const satisfies Sdk;
