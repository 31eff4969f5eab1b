// The pydantic-ai entries (rules/sdks/pydantic-ai.ts): Agent("deepseek:...") gets model_settings'
// extra_body, OpenAIChatModel(..., provider=DeepSeek) gets settings' extra_body; pydantic-ai's own
// `thinking` setting is not DeepSeek's and is left alone. Outputs written from the signatures in
// pydantic-ai's source (Agent(model, *, model_settings=...), OpenAIChatModel(model_name, *, provider, settings)).
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const AGENT = "from pydantic_ai import Agent\n";
const MODEL = "from pydantic_ai.models.openai import OpenAIChatModel\nfrom pydantic_ai.providers.deepseek import DeepSeekProvider\n";

const invalid: readonly InvalidRow[] = [
  {
    name: "Agent with the model as its first argument",
    path: "app/agent.py",
    code: `${AGENT}agent = Agent("deepseek:deepseek-chat", system_prompt="Be brief.")\n`,
    findings: ["2:25 rewrite deepseek-chat request-site inserted"],
    output: `${AGENT}agent = Agent("deepseek:deepseek-v4-flash", system_prompt="Be brief.", model_settings={"extra_body": {"thinking": {"type": "disabled"}}})\n`,
  },
  {
    name: "Agent(model=...) merging into existing model_settings, multi-line",
    path: "app/agent.py",
    code: `${AGENT}agent = Agent(\n    model='deepseek:deepseek-reasoner',\n    model_settings={'temperature': 0.2},\n)\n`,
    findings: ["3:21 rewrite deepseek-reasoner request-site inserted"],
    output: `${AGENT}agent = Agent(\n    model='deepseek:deepseek-v4-flash',\n    model_settings={'temperature': 0.2, 'extra_body': {'thinking': {'type': 'enabled'}}},\n)\n`,
  },
  {
    name: "pydantic-ai's own thinking setting is not DeepSeek's: extra_body still goes in",
    path: "app/agent.py",
    code: `${AGENT}agent = Agent("deepseek:deepseek-chat", model_settings={"thinking": False})\n`,
    findings: ["2:25 rewrite deepseek-chat request-site inserted"],
    output: `${AGENT}agent = Agent("deepseek:deepseek-v4-flash", model_settings={"thinking": False, "extra_body": {"thinking": {"type": "disabled"}}})\n`,
  },
  {
    name: "OpenAIChatModel with DeepSeekProvider gets settings",
    path: "app/model.py",
    code: `${MODEL}model = OpenAIChatModel("deepseek-chat", provider=DeepSeekProvider(api_key=KEY))\n`,
    findings: ["3:26 rewrite deepseek-chat request-site inserted"],
    output: `${MODEL}model = OpenAIChatModel("deepseek-v4-flash", provider=DeepSeekProvider(api_key=KEY), settings={"extra_body": {"thinking": {"type": "disabled"}}})\n`,
  },
  {
    name: "OpenAIModel (the older name) with provider='deepseek' and settings already setting thinking: present",
    path: "app/model.py",
    code: `from pydantic_ai.models.openai import OpenAIModel\nm = OpenAIModel('deepseek-reasoner', provider='deepseek', settings={'extra_body': {'thinking': {'type': 'enabled'}}})\n`,
    findings: ["2:18 rewrite deepseek-reasoner request-site present"],
    output: `from pydantic_ai.models.openai import OpenAIModel\nm = OpenAIModel('deepseek-v4-flash', provider='deepseek', settings={'extra_body': {'thinking': {'type': 'enabled'}}})\n`,
  },
  {
    name: "OpenAIChatModel with another provider is not DeepSeek's request",
    path: "app/model.py",
    code: `from pydantic_ai.models.openai import OpenAIChatModel\nm = OpenAIChatModel("deepseek-chat", provider="openai")\n`,
    findings: ["2:22 rewrite deepseek-chat reference note"],
    output: `from pydantic_ai.models.openai import OpenAIChatModel\nm = OpenAIChatModel("deepseek-v4-flash", provider="openai")\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`model_settings={"extra_body": {"thinking": {"type": "disabled"}}}`),
  },
  {
    name: "a constant in a pydantic-ai file gets pydantic-ai's note, not the openai client's",
    path: "app/settings.py",
    code: `${AGENT}MODEL = "deepseek:deepseek-chat"\n`,
    findings: ["2:19 rewrite deepseek-chat reference note"],
    output: `${AGENT}MODEL = "deepseek:deepseek-v4-flash"\n`,
    also: (r) => {
      expect(r.findings[0]!.note).toContain(`Agent(..., model_settings={"extra_body": {"thinking": {"type": "disabled"}}})`);
      expect(r.findings[0]!.note).not.toContain("create(");
    },
  },
];

describe("sdk pydantic-ai", () => {
  ruleTester({ invalid });
});
