// The agno-litellm entry (rules/sdks/agno-litellm.ts), and agno's OpenAILike at DeepSeek (rules/sdks/agno.ts).
// Outputs written from the dataclass fields in agno's source (LiteLLM.request_params, OpenAIChat.extra_body).
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const invalid: readonly InvalidRow[] = [
  {
    name: "LiteLLM(id='deepseek/...') gets request_params",
    path: "agents/reason.py",
    code: `from agno.models.litellm import LiteLLM\nmodel = LiteLLM(id="deepseek/deepseek-reasoner", name="R")\n`,
    findings: ["2:30 rewrite deepseek-reasoner request-site inserted"],
    output: `from agno.models.litellm import LiteLLM\nmodel = LiteLLM(id="deepseek/deepseek-v4-flash", name="R", request_params={"thinking": {"type": "enabled"}})\n`,
  },
  {
    name: "LiteLLM without the deepseek/ route is not known to reach DeepSeek; its note is agno LiteLLM's",
    path: "agents/reason.py",
    code: `from agno.models.litellm import LiteLLM\nmodel = LiteLLM(id="deepseek-chat", api_base=BASE)\n`,
    findings: ["2:21 rewrite deepseek-chat reference note"],
    output: `from agno.models.litellm import LiteLLM\nmodel = LiteLLM(id="deepseek-v4-flash", api_base=BASE)\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`request_params={"thinking": {"type": "disabled"}}`),
  },
  {
    name: "agno OpenAILike with DeepSeek's base_url gets extra_body",
    path: "agents/chat.py",
    code: `from agno.models.openai import OpenAILike\nmodel = OpenAILike(id="deepseek-chat", base_url="https://api.deepseek.com")\n`,
    findings: ["2:24 rewrite deepseek-chat request-site inserted"],
    output: `from agno.models.openai import OpenAILike\nmodel = OpenAILike(id="deepseek-v4-flash", base_url="https://api.deepseek.com", extra_body={"thinking": {"type": "disabled"}})\n`,
  },
];

describe("sdk agno-litellm", () => {
  ruleTester({ invalid });
});
