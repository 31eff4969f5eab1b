// The litellm entry (rules/sdks/litellm.ts): completion() on the deepseek/ route takes `thinking=`,
// whether the model is a keyword or the first positional argument.
import { describe } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const invalid: readonly InvalidRow[] = [
  {
    name: "LiteLLM completion() with the model as its first argument",
    path: "app/route.py",
    code: `import litellm\nr = litellm.completion("deepseek/deepseek-chat", messages=msgs)\n`,
    findings: ["2:34 rewrite deepseek-chat request-site inserted"],
    output: `import litellm\nr = litellm.completion("deepseek/deepseek-v4-flash", messages=msgs, thinking={"type": "disabled"})\n`,
  },
  {
    name: "the model positionally on another route is not DeepSeek's request",
    path: "app/route.py",
    code: `from litellm import completion\nr = completion("deepseek-chat", messages=msgs)\n`,
    findings: ["2:17 rewrite deepseek-chat reference note"],
    output: `from litellm import completion\nr = completion("deepseek-v4-flash", messages=msgs)\n`,
  },
];

describe("sdk litellm", () => {
  ruleTester({ invalid });
});
