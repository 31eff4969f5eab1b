// LlamaIndex: `DeepSeek(model="deepseek-chat")` from llama_index.llms.deepseek, and
// `OpenAILike(model=..., api_base=<DeepSeek>)` from llama_index.llms.openai_like. Checked against
// llama_index's source (github.com/run-llama/llama_index, llama-index-integrations/llms/):
//  - llama-index-llms-deepseek/llama_index/llms/deepseek/base.py: DeepSeek is an OpenAILike with
//    api_base https://api.deepseek.com, passing its other keywords on;
//  - llama-index-llms-openai/llama_index/llms/openai/base.py, `_get_model_kwargs`: returns
//    `{**base_kwargs, **self.additional_kwargs}`, spread into the openai client's
//    `chat.completions.create(...)`. So `additional_kwargs={"extra_body": {...}}` reaches the body
//    through openai-python's `extra_body`; a bare `thinking` key there would be an unexpected keyword.
import type { Sdk, Value } from "../api.js";

const DEEPSEEK = /^llama_index\.llms\.deepseek(?:\.base)?\.DeepSeek$/;
const LIKE = /^llama_index\.llms\.openai_like(?:\.base)?\.OpenAILike$/;
const text = (v: Value): string => (v.kind === "literal" || v.kind === "opaque" ? v.text : "");

export const llamaindex = {
  id: "llamaindex",
  recognise: (r) => {
    if (r.language !== "python" || (r.via !== "model" && r.via !== "argument")) return false;
    const origin = r.origin ?? "";
    if (DEEPSEEK.test(origin)) return true;
    return LIKE.test(origin) && /deepseek/i.test(text(r.target.read(["api_base"])));
  },
  thinkingAt: ["additional_kwargs", "extra_body", "thinking"],
  sampling: ["temperature"],
  files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+llama_index\b/m }],
  snippet: (mode) => `DeepSeek(model=..., additional_kwargs={"extra_body": {"thinking": {"type": "${mode}"}}})`,
} as const satisfies Sdk;
