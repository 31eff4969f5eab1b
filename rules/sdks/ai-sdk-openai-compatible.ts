// Vercel AI SDK with `@ai-sdk/openai-compatible` pointed at DeepSeek:
// `createOpenAICompatible({ name, baseURL: "https://api.deepseek.com" })`, its result called or its
// `.chatModel()` / `.languageModel()`, passed as the model of `generateText`/`streamText`. The chat
// model sends the entries of `providerOptions[name]` and of `providerOptions[camelCase(name)]` as body
// fields (@ai-sdk/openai-compatible 2.0.80, dist/index.mjs: `providerOptionsName` is the provider
// string `${name}.chat` up to its first dot, and `toCamelCase` turns `-x`/`_x` into `X`); any other
// key, `deepseek` or `openaiCompatible` included, never reaches the body. So the key written is the
// camel-cased name (a plain identifier), and a thinking setting under the raw name counts as present.
// A factory whose name is not a literal gets a note.
import type { KeyPath, Sdk, Value } from "../api.js";
import { AI_SDK_CALLS } from "./ai-sdk.js";

const text = (v: Value | undefined): string => (v && (v.kind === "literal" || v.kind === "opaque") ? v.text : "");
const camel = (name: string): string => name.replace(/[_-]([a-z])/g, (_m, c: string) => c.toUpperCase());

export const aiSdkOpenaiCompatible = {
  id: "ai-sdk-openai-compatible",
  recognise: (r) => {
    if (r.language !== "ts" || r.via !== "provider:ai-sdk-openai-compatible" || !AI_SDK_CALLS.test(r.target.callee)) return false;
    const settings = r.providerSettings;
    return settings !== undefined && /deepseek/i.test(`${text(settings.read(["baseURL"]))} ${text(settings.read(["name"]))}`);
  },
  keysFor: (r) => {
    const name = r.providerSettings?.read(["name"]);
    if (name?.kind !== "literal" || typeof name.value !== "string" || name.value === "") return { thinkingAt: null };
    const raw = name.value.split(".")[0]!.trim();
    const at: KeyPath = ["providerOptions", camel(raw), "thinking"];
    return { thinkingAt: at, alsoReadAt: raw === camel(raw) ? [] : [["providerOptions", raw, "thinking"]] };
  },
  provider: { module: "@ai-sdk/openai-compatible", exports: [], factories: ["createOpenAICompatible"], methods: ["chatModel", "languageModel"] },
  thinkingAt: null,
  sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
  toolChoice: "toolChoice",
  files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /["'](?:npm:)?@ai-sdk\/openai-compatible["']/ }],
  snippet: (mode) => `providerOptions: { <the provider's name, camel-cased>: { thinking: { type: "${mode}" } } }`,
} as const satisfies Sdk;
