// crewAI's `LLM(model="deepseek/deepseek-chat", ...)` (or `provider="deepseek"`). Checked against
// crewAI's source (github.com/crewAIInc/crewAI, lib/crewai/src/crewai):
//  - llm.py, LLM.__new__: a `deepseek/` prefix or `provider="deepseek"` routes to the native
//    OpenAICompatibleCompletion (llms/providers/openai_compatible/completion.py), an OpenAICompletion;
//  - llms/base_llm.py, `_validate_init_fields`: every keyword that is not a field of the model is moved
//    into `additional_params`;
//  - llms/providers/openai/completion.py, `_prepare_completion_params`: `params.update(self.additional_params)`
//    and the openai client's `chat.completions.create(**params)`. So `extra_body=` reaches the body
//    through openai-python, where a bare `thinking=` would be an unexpected keyword of create().
//  - llm.py, the LiteLLM fallback: `**self.additional_params` goes to litellm's completion() too.
import type { Sdk } from "../api.js";

const ORIGIN = /^crewai(?:\.llm)?\.LLM$/;
// An example that does not import it (a docstring, a docs code block) is taken by its name, with the
// DeepSeek route below; an `LLM` imported from any other package is not crewAI's.
const isCrewLlm = (origin: string, callee: string): boolean => ORIGIN.test(origin) || (origin === "" && callee === "LLM");

export const crewai = {
  id: "crewai",
  recognise: (r) => {
    if (r.language !== "python" || (r.via !== "model" && r.via !== "argument") || !isCrewLlm(r.origin ?? "", r.target.callee)) return false;
    const provider = r.target.read(["provider"]);
    return r.prefix.toLowerCase() === "deepseek/" || (provider.kind === "literal" && provider.value === "deepseek");
  },
  thinkingAt: ["extra_body", "thinking"],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+crewai\b/m }],
  snippet: (mode) => `LLM(model=..., extra_body={"thinking": {"type": "${mode}"}})`,
} as const satisfies Sdk;
