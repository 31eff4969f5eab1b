// LangChain Python: `ChatDeepSeek(model=...)`, `ChatOpenAI(model=..., base_url=<deepseek>)`,
// `init_chat_model("deepseek:...")`. Their `extra_body` field is sent with every request
// (langchain-openai, langchain_openai/chat_models/base.py, BaseChatOpenAI.extra_body). A class of the
// same name imported from another package is not LangChain's; one the file does not import at all
// (a snippet in a docstring or a notebook cell that imported it earlier) is taken by its name.
import type { Sdk, Value } from "../api.js";

const ALWAYS = /^(?:ChatDeepSeek)$/;
const WITH_BASE = /^(?:ChatOpenAI|BaseChatOpenAI|AzureChatOpenAI)$/;
const last = (callee: string): string => callee.slice(callee.lastIndexOf(".") + 1);
const text = (v: Value): string => (v.kind === "literal" || v.kind === "opaque" ? v.text : "");

export const langchainPython = {
  id: "langchain-python",
  recognise: (r) => {
    if (r.language !== "python" || (r.via !== "model" && r.via !== "model_name" && r.via !== "argument")) return false;
    const origin = r.origin ?? "";
    if (origin !== "" && !/^langchain(?:_[a-z0-9_]+)?\./.test(origin)) return false;
    const name = last(r.target.callee);
    // init_chat_model(model, *, model_provider=...) takes the model positionally; the chat model
    // classes are pydantic models, which take keyword arguments only.
    if (r.via === "argument" && name !== "init_chat_model") return false;
    if (name === "init_chat_model") {
      const provider = r.target.read(["model_provider"]);
      return provider.kind !== "absent" ? /deepseek/i.test(text(provider)) : r.prefix.toLowerCase() === "deepseek:";
    }
    if (ALWAYS.test(name)) return true;
    if (!WITH_BASE.test(name)) return false;
    const base = ["base_url", "openai_api_base", "api_base"].map((k) => r.target.read([k])).find((v) => v.kind !== "absent");
    return base !== undefined && /deepseek/i.test(text(base));
  },
  thinkingAt: ["extra_body", "thinking"],
  alsoReadAt: [["thinking"]],
  sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  toolChoice: "tool_choice",
  files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+langchain/m }],
  snippet: (mode) => `ChatDeepSeek(model=..., extra_body={"thinking": {"type": "${mode}"}})`,
} as const satisfies Sdk;
