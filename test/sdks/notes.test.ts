// Notes that fit the file: a legacy value with no request in reach gets the thinking form of the SDK
// the file imports (rules/sdks/index.ts sdkForFile), never another SDK's call, and a word in a
// comment does not decide it.
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const noteRow = (name: string, path: string, code: string, finding: string, output: string, has: string, hasNot = "client.chat.completions.create"): InvalidRow => ({
  name,
  path,
  code,
  findings: [finding],
  output,
  also: (r) => {
    expect(r.findings[0]!.note).toContain(has);
    expect(r.findings[0]!.note).not.toContain(hasNot);
  },
});

const invalid: readonly InvalidRow[] = [
  noteRow(
    "LangChain Python: the ChatDeepSeek form",
    "app/llm.py",
    `from langchain_deepseek import ChatDeepSeek\nMODEL = "deepseek-chat"\n`,
    "2:10 rewrite deepseek-chat reference note",
    `from langchain_deepseek import ChatDeepSeek\nMODEL = "deepseek-v4-flash"\n`,
    `ChatDeepSeek(model=..., extra_body={"thinking": {"type": "disabled"}})`,
  ),
  noteRow(
    "LangChain JS: the modelKwargs form",
    "src/llm.ts",
    `import { ChatDeepSeek } from "@langchain/deepseek";\nconst MODEL = "deepseek-reasoner";\nexport const llm = new ChatDeepSeek({ model: process.env.MODEL ?? MODEL });\n`,
    "2:16 rewrite deepseek-reasoner reference note",
    `import { ChatDeepSeek } from "@langchain/deepseek";\nconst MODEL = "deepseek-v4-flash";\nexport const llm = new ChatDeepSeek({ model: process.env.MODEL ?? MODEL });\n`,
    `modelKwargs: { thinking: { type: "enabled" } }`,
  ),
  noteRow(
    "a Python file naming LangChain and litellm only in a comment gets the openai client's form",
    "app/client.py",
    `# as in the langchain and litellm examples, without either\nfrom openai import OpenAI\nMODEL = "deepseek-chat"\n`,
    "3:10 rewrite deepseek-chat reference note",
    `# as in the langchain and litellm examples, without either\nfrom openai import OpenAI\nMODEL = "deepseek-v4-flash"\n`,
    `extra_body={"thinking": {"type": "disabled"}}`,
    "completion(",
  ),
  noteRow(
    "LiteLLM imported in a notebook-style line",
    "app/route.py",
    `import litellm\nMODEL = "deepseek/deepseek-chat"\n`,
    "2:19 rewrite deepseek-chat reference note",
    `import litellm\nMODEL = "deepseek/deepseek-v4-flash"\n`,
    `completion(..., thinking={"type": "disabled"})`,
  ),
  noteRow(
    "langchaingo: no option for body fields, said so",
    "cmd/main.go",
    `package main\n\nimport "github.com/tmc/langchaingo/llms/openai"\n\nvar llm, _ = openai.New(openai.WithModel("deepseek-reasoner"))\n`,
    "5:43 rewrite deepseek-reasoner reference note",
    `package main\n\nimport "github.com/tmc/langchaingo/llms/openai"\n\nvar llm, _ = openai.New(openai.WithModel("deepseek-v4-flash"))\n`,
    `openai.WithHTTPClient`,
    "option.WithJSONSet",
  ),
  noteRow(
    "openai-java: putAdditionalBodyProperty",
    "src/main/java/App.java",
    `import com.openai.models.chat.completions.ChatCompletionCreateParams;\nclass App { static final String MODEL = "deepseek-chat"; }\n`,
    "2:42 rewrite deepseek-chat reference note",
    `import com.openai.models.chat.completions.ChatCompletionCreateParams;\nclass App { static final String MODEL = "deepseek-v4-flash"; }\n`,
    `.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled")))`,
    "spring",
  ),
];

describe("sdk notes fit the file", () => {
  ruleTester({ invalid });
});
