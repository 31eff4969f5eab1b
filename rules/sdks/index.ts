// The SDK registry: every SDK form the rules know, in the order they are recognised (the first whose
// `recognise` accepts a request wins; file hints are tried tier by tier in this order too).
//
// Adding an SDK form is adding one file here: an object that `satisfies Sdk` (rules/api.ts) saying
// how its request is recognised from what the language adapter reports (callee, keys, how the model
// is passed, provider prefix, what the file mentions), the key path where thinking goes, its
// sampling and tool_choice keys, file hints and the note snippet, with the source it was checked
// against in a comment; then listing it below, before any entry that would also accept its requests.
// The adapters and the planner never name an SDK.
import type { RequestFacts, Sdk } from "../api.js";
import type { ThinkingMode } from "../../src/catalog.js";
import { agno } from "./agno.js";
import { agnoLitellm } from "./agno-litellm.js";
import { aigne } from "./aigne.js";
import { aiSdk } from "./ai-sdk.js";
import { aiSdkOpenaiCompatible } from "./ai-sdk-openai-compatible.js";
import { anthropic } from "./anthropic.js";
import { crewai } from "./crewai.js";
import { generic } from "./generic.js";
import { httpJson } from "./http-json.js";
import { langchain4j } from "./langchain4j.js";
import { langchaingo } from "./langchaingo.js";
import { langchainJs } from "./langchain-js.js";
import { langchainPython } from "./langchain-python.js";
import { litellm } from "./litellm.js";
import { llamaindex } from "./llamaindex.js";
import { openaiCompletions } from "./openai-completions.js";
import { openaiGo } from "./openai-go.js";
import { openaiJava } from "./openai-java.js";
import { openaiNode } from "./openai-node.js";
import { openaiPython } from "./openai-python.js";
import { openaiPythonV0 } from "./openai-python-v0.js";
import { pydanticAiAgent, pydanticAiModel } from "./pydantic-ai.js";
import { springAi } from "./spring-ai.js";

export const SDKS = [
  aiSdkOpenaiCompatible,
  aiSdk,
  langchainJs,
  aigne,
  anthropic,
  openaiNode,
  openaiPythonV0,
  openaiJava,
  langchain4j,
  springAi,
  agnoLitellm,
  litellm,
  agno,
  pydanticAiAgent,
  pydanticAiModel,
  crewai,
  llamaindex,
  langchainPython,
  openaiPython,
  openaiCompletions,
  httpJson,
  langchaingo,
  openaiGo,
  generic,
] as const satisfies readonly Sdk[];

/** An SDK's id: what a note's snippet is chosen by. */
export type SdkId = (typeof SDKS)[number]["id"];

const REGISTRY: readonly Sdk[] = SDKS;
const BY_ID = new Map<string, Sdk>(REGISTRY.map((s) => [s.id, s]));

/** The SDK whose request this is: the first entry, in registry order, that recognises it. */
export function recogniseRequest(request: RequestFacts): Sdk | null {
  return REGISTRY.find((s) => s.recognise?.(request) === true) ?? null;
}

/** The entries that bring a model provider package (`@ai-sdk/deepseek`), for adapters that track provider imports. */
export function providerSdks(): readonly Sdk[] {
  return REGISTRY.filter((s) => s.provider !== undefined);
}

/** The registry entry of an id, if any. */
export function sdkById(id: string): Sdk | undefined {
  return BY_ID.get(id);
}

/** How a caller of an SDK sets the mode, as one line; an unknown id gets the generic line. */
export function snippet(id: string, mode: ThinkingMode): string {
  return (BY_ID.get(id) ?? generic).snippet(mode);
}

/** The SDK a file uses, judged from its path and what it imports or mentions; `generic` when nothing fits. */
export function sdkForFile(path: string, text: string): SdkId {
  for (const tier of [0, 1, 2] as const) {
    for (const s of REGISTRY) {
      for (const hint of s.files ?? []) {
        if (hint.tier === tier && (!hint.path || hint.path.test(path)) && (!hint.text || hint.text.test(text))) return s.id as SdkId;
      }
    }
  }
  return "generic";
}
