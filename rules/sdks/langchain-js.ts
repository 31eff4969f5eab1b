// LangChain JS: `new ChatDeepSeek({ model })` / `new ChatDeepSeek(model, fields)` from
// @langchain/deepseek, `new ChatOpenAI(...)` from @langchain/openai when its `configuration` points at
// a DeepSeek base URL, and `initChatModel(model, { modelProvider: "deepseek" })` from langchain (or
// langchain/chat_models/universal), which passes its other fields to ChatDeepSeek. The constructor
// field `modelKwargs` is spread into every request body (@langchain/openai 1.5.6,
// dist/chat_models/completions.js `...this.modelKwargs` and dist/chat_models/responses.js; typed
// `Record<string, any>` in dist/types.d.ts; ChatDeepSeekInput extends ChatOpenAIFields in
// @langchain/deepseek, dist/chat_models.d.ts). Recognised only from what the callee is imported as.
import type { Sdk, Value } from "../api.js";

const text = (v: Value): string => (v.kind === "literal" || v.kind === "opaque" ? v.text : "");

export const langchainJs = {
  id: "langchain-js",
  recognise: (r) => {
    if (r.language !== "ts" || !["model", "modelName", "argument"].includes(r.via)) return false;
    const origin = r.origin ?? "";
    if (origin === "@langchain/deepseek.ChatDeepSeek") return true;
    if (origin === "@langchain/openai.ChatOpenAI") {
      // `configuration.basePath` is the older (openai v3 client) spelling.
      const base = [["configuration", "baseURL"], ["configuration", "basePath"]].map((k) => r.target.read(k)).find((v) => v.kind !== "absent");
      return base !== undefined && /deepseek/i.test(text(base));
    }
    if (origin === "langchain.initChatModel" || origin === "langchain/chat_models/universal.initChatModel") {
      // Without modelProvider, a `deepseek:` prefix on the model names the provider (langchain's
      // dist/chat_models/universal.js splits it off).
      const provider = r.target.read(["modelProvider"]);
      return provider.kind !== "absent" ? /deepseek/i.test(text(provider)) : r.prefix.toLowerCase() === "deepseek:";
    }
    return false;
  },
  thinkingAt: ["modelKwargs", "thinking"],
  sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
  files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /["'](?:npm:)?(?:@langchain\/(?:deepseek|openai)|langchain\/chat_models\/universal)\b/ }],
  snippet: (mode) => `new ChatDeepSeek({ model, modelKwargs: { thinking: { type: "${mode}" } } })`,
} as const satisfies Sdk;
