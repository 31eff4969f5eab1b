// pydantic-ai against DeepSeek, in its two forms. Checked against pydantic-ai's source
// (github.com/pydantic/pydantic-ai, pydantic_ai_slim/pydantic_ai):
//  - models/openai.py, OpenAIChatModel._completions_create: the request is the openai client's
//    `chat.completions.create(..., extra_body=model_settings.get('extra_body'))`, so the settings'
//    `extra_body` dict reaches the body; settings.py declares `extra_body: object` in ModelSettings;
//  - `Agent(model, ..., model_settings=...)` (agent/__init__.py) and
//    `OpenAIChatModel(model_name, *, provider, profile, settings)` (models/openai.py; `OpenAIModel` is
//    its older name) each take those settings;
//  - its own `thinking` setting (settings.py, `ThinkingLevel`) is translated for OpenAI-style models into
//    `reasoning_effort` (models/openai.py `_translate_thinking`), not DeepSeek's `thinking` object: it is
//    neither written nor read as the setting.
// `Agent("deepseek:deepseek-chat")` names DeepSeek by its `deepseek:` prefix; OpenAIChatModel by its
// provider (`DeepSeekProvider(...)` from pydantic_ai.providers.deepseek, or the string "deepseek").
import type { Sdk, Value } from "../api.js";

const AGENT = /^pydantic_ai(?:\.agent)?\.Agent$/;
const MODEL = /^pydantic_ai\.models\.openai\.(?:OpenAIChatModel|OpenAIModel)$/;
const PROVIDER_IMPORT = /^\s*from\s+pydantic_ai\.providers\.deepseek\s+import\b/m;
const FILES = [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+pydantic_ai\b/m }] as const;

const text = (v: Value): string => (v.kind === "literal" || v.kind === "opaque" ? v.text : "");

export const pydanticAiAgent = {
  id: "pydantic-ai-agent",
  recognise: (r) => r.language === "python" && (r.via === "argument" || r.via === "model") && AGENT.test(r.origin ?? "") && r.prefix.toLowerCase() === "deepseek:",
  thinkingAt: ["model_settings", "extra_body", "thinking"],
  files: FILES,
  snippet: (mode) => `Agent(..., model_settings={"extra_body": {"thinking": {"type": "${mode}"}}})`,
} as const satisfies Sdk;

export const pydanticAiModel = {
  id: "pydantic-ai-model",
  recognise: (r) => {
    if (r.language !== "python" || (r.via !== "argument" && r.via !== "model_name") || !MODEL.test(r.origin ?? "")) return false;
    const provider = r.target.read(["provider"]);
    if (provider.kind === "literal") return provider.value === "deepseek";
    return /^DeepSeekProvider\s*\(/.test(text(provider)) && r.mentions(PROVIDER_IMPORT);
  },
  thinkingAt: ["settings", "extra_body", "thinking"],
  files: FILES,
  snippet: (mode) => `OpenAIChatModel(..., settings={"extra_body": {"thinking": {"type": "${mode}"}}})`,
} as const satisfies Sdk;
