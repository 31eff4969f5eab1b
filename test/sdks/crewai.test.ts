// The crewai entry (rules/sdks/crewai.ts): LLM(model="deepseek/...") or LLM(..., provider="deepseek")
// gets `extra_body=`, which crewAI moves into additional_params and passes to the openai client's
// create(). Outputs written from LLM's signature in crewAI's source (LLM(model, **kwargs)).
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const IMPORT = "from crewai import LLM\n";

const invalid: readonly InvalidRow[] = [
  {
    name: "LLM(model='deepseek/...')",
    path: "crew/llm.py",
    code: `${IMPORT}llm = LLM(model="deepseek/deepseek-chat", temperature=0.3)\n`,
    findings: ["2:27 rewrite deepseek-chat request-site inserted"],
    output: `${IMPORT}llm = LLM(model="deepseek/deepseek-v4-flash", temperature=0.3, extra_body={"thinking": {"type": "disabled"}})\n`,
  },
  {
    name: "the model as the first argument, multi-line with a trailing comma",
    path: "crew/llm.py",
    code: `${IMPORT}llm = LLM(\n    "deepseek/deepseek-reasoner",\n    api_key=KEY,\n)\n`,
    findings: ["3:15 rewrite deepseek-reasoner request-site inserted"],
    output: `${IMPORT}llm = LLM(\n    "deepseek/deepseek-v4-flash",\n    api_key=KEY,\n    extra_body={"thinking": {"type": "enabled"}},\n)\n`,
  },
  {
    name: "provider='deepseek' with a bare model name",
    path: "crew/llm.py",
    code: `from crewai.llm import LLM\nllm = LLM(model="deepseek-chat", provider="deepseek")\n`,
    findings: ["2:18 rewrite deepseek-chat request-site inserted"],
    output: `from crewai.llm import LLM\nllm = LLM(model="deepseek-v4-flash", provider="deepseek", extra_body={"thinking": {"type": "disabled"}})\n`,
  },
  {
    name: "a bare model name without a DeepSeek provider is not known to reach DeepSeek",
    path: "crew/llm.py",
    code: `${IMPORT}llm = LLM(model="deepseek-chat", base_url=URL)\n`,
    findings: ["2:18 rewrite deepseek-chat reference note"],
    output: `${IMPORT}llm = LLM(model="deepseek-v4-flash", base_url=URL)\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`LLM(model=..., extra_body={"thinking": {"type": "disabled"}})`),
  },
  {
    name: "an example that does not import LLM is taken by its name and route",
    path: "crew/example.py",
    code: `llm = LLM(model="deepseek/deepseek-chat")\n`,
    findings: ["1:27 rewrite deepseek-chat request-site inserted"],
    output: `llm = LLM(model="deepseek/deepseek-v4-flash", extra_body={"thinking": {"type": "disabled"}})\n`,
  },
  {
    name: "an LLM imported from another package is not crewAI's",
    path: "crew/other.py",
    code: `from vllm import LLM\nllm = LLM(model="deepseek/deepseek-chat")\n`,
    findings: ["2:27 rewrite deepseek-chat reference note"],
    output: `from vllm import LLM\nllm = LLM(model="deepseek/deepseek-v4-flash")\n`,
  },
];

describe("sdk crewai", () => {
  ruleTester({ invalid });
});
