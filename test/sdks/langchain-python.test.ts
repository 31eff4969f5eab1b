// The langchain-python entry (rules/sdks/langchain-python.ts) decides by what the class is imported as:
// LangChain's own packages, or a name the file does not import; never a same-named class from elsewhere.
import { describe } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const invalid: readonly InvalidRow[] = [
  {
    name: "ChatDeepSeek through a module alias",
    path: "app/llm.py",
    code: `import langchain_deepseek as lc\nllm = lc.ChatDeepSeek(model="deepseek-chat")\n`,
    findings: ["2:30 rewrite deepseek-chat request-site inserted"],
    output: `import langchain_deepseek as lc\nllm = lc.ChatDeepSeek(model="deepseek-v4-flash", extra_body={"thinking": {"type": "disabled"}})\n`,
  },
  {
    name: "a ChatDeepSeek imported from another package is not LangChain's",
    path: "app/llm.py",
    code: `from acme.models import ChatDeepSeek\nllm = ChatDeepSeek(model="deepseek-chat")\n`,
    findings: ["2:27 rewrite deepseek-chat reference note"],
    output: `from acme.models import ChatDeepSeek\nllm = ChatDeepSeek(model="deepseek-v4-flash")\n`,
  },
  {
    name: "init_chat_model with the model as its first argument",
    path: "app/llm.py",
    code: `from langchain.chat_models import init_chat_model\nllm = init_chat_model("deepseek-reasoner", model_provider="deepseek")\n`,
    findings: ["2:24 rewrite deepseek-reasoner request-site inserted"],
    output: `from langchain.chat_models import init_chat_model\nllm = init_chat_model("deepseek-v4-flash", model_provider="deepseek", extra_body={"thinking": {"type": "enabled"}})\n`,
  },
];

describe("sdk langchain-python", () => {
  ruleTester({ invalid });
});
