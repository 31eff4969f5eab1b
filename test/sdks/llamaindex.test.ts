// The llamaindex entry (rules/sdks/llamaindex.ts): DeepSeek(model=...) and OpenAILike pointed at
// DeepSeek get `additional_kwargs={"extra_body": ...}`, which LlamaIndex spreads into the openai
// client's create(). Outputs written from the constructors in llama_index's source.
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const invalid: readonly InvalidRow[] = [
  {
    name: "DeepSeek(model=...)",
    path: "rag/llm.py",
    code: `from llama_index.llms.deepseek import DeepSeek\nllm = DeepSeek(model="deepseek-chat", api_key=KEY)\n`,
    findings: ["2:23 rewrite deepseek-chat request-site inserted"],
    output: `from llama_index.llms.deepseek import DeepSeek\nllm = DeepSeek(model="deepseek-v4-flash", api_key=KEY, additional_kwargs={"extra_body": {"thinking": {"type": "disabled"}}})\n`,
  },
  {
    name: "OpenAILike at DeepSeek, merging into additional_kwargs",
    path: "rag/llm.py",
    code: `from llama_index.llms.openai_like import OpenAILike\nllm = OpenAILike(\n    model="deepseek-reasoner",\n    api_base="https://api.deepseek.com/v1",\n    additional_kwargs={"user": "rag"},\n)\n`,
    findings: ["3:12 rewrite deepseek-reasoner request-site inserted"],
    output: `from llama_index.llms.openai_like import OpenAILike\nllm = OpenAILike(\n    model="deepseek-v4-flash",\n    api_base="https://api.deepseek.com/v1",\n    additional_kwargs={"user": "rag", "extra_body": {"thinking": {"type": "enabled"}}},\n)\n`,
  },
  {
    name: "OpenAILike pointed elsewhere: a note in LlamaIndex's form",
    path: "rag/llm.py",
    code: `from llama_index.llms.openai_like import OpenAILike\nllm = OpenAILike(model="deepseek-chat", api_base="http://localhost:8000/v1")\n`,
    findings: ["2:25 rewrite deepseek-chat reference note"],
    output: `from llama_index.llms.openai_like import OpenAILike\nllm = OpenAILike(model="deepseek-v4-flash", api_base="http://localhost:8000/v1")\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`additional_kwargs={"extra_body": {"thinking": {"type": "disabled"}}}`),
  },
];

describe("sdk llamaindex", () => {
  ruleTester({ invalid });
});
