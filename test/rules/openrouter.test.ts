// `deepseek/<legacy>` is both the provider/model form for DeepSeek's own API (LiteLLM, crewAI, aider,
// AIGNE-style MODEL settings) and an OpenRouter slug. Each value is judged from its own context (its
// key, the call or object around it, the client of its call, its section of lines or of a document),
// never from a mention of OpenRouter elsewhere in the same file.
import { describe } from "vitest";
import { ruleTester } from "../support/rule-tester.js";

describe("OpenRouter decided per value", () => {
  ruleTester({
    invalid: [
      {
        name: "Python: a sibling branch routed to OpenRouter does not make the DeepSeek value a slug",
        path: "tools/pick.py",
        code:
          'from aider.models import Model\n\nif choice == "r1":\n    main_model = Model("deepseek/deepseek-reasoner")\n' +
          'elif choice == "llama":\n    main_model = Model("openrouter/meta-llama/llama-3.1-405b-instruct")\n',
        findings: ["4:34 rewrite deepseek-reasoner reference note"],
        output:
          'from aider.models import Model\n\nif choice == "r1":\n    main_model = Model("deepseek/deepseek-v4-flash")\n' +
          'elif choice == "llama":\n    main_model = Model("openrouter/meta-llama/llama-3.1-405b-instruct")\n',
      },
      {
        name: "Python: the call's client was built on openrouter.ai elsewhere in the file",
        path: "app/router.py",
        code:
          'from openai import OpenAI\n\nrouter = OpenAI(base_url="https://openrouter.ai/api/v1")\n\n\n' +
          'def ask(m):\n    return router.chat.completions.create(model="deepseek/deepseek-chat", messages=m)\n',
        findings: ["7:59 review deepseek-chat openrouter none"],
        output: null,
      },
      {
        name: "TypeScript: the options object's call is made on a client built for openrouter.ai",
        path: "src/router.ts",
        code:
          'import OpenAI from "openai";\n\nconst router = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\n\n' +
          'export const ask = (messages: any[]) => router.chat.completions.create({ model: "deepseek/deepseek-chat", messages });\n',
        findings: ["5:91 review deepseek-chat openrouter none"],
        output: null,
      },
      {
        name: "Python: an enclosing block named after OpenRouter",
        path: "app/llms.py",
        code: 'class OpenRouterLLM:\n    def __init__(self):\n        self.model = "deepseek/deepseek-chat"\n',
        findings: ["3:32 review deepseek-chat openrouter none"],
        output: null,
      },
      {
        name: "TypeScript: another entry of the provider map points at OpenRouter; this one is DeepSeek's",
        path: "src/providers.ts",
        code:
          "const providers = {\n" +
          '  openrouter: { baseURL: "https://openrouter.ai/api/v1", model: "anthropic/claude-3.5-sonnet" },\n' +
          '  deepseek: { model: "deepseek/deepseek-chat" },\n};\n' +
          'export const openrouter = { apiKey: process.env.OPENROUTER_API_KEY, models: ["deepseek/deepseek-reasoner"] };\n',
        findings: ["3:32 rewrite deepseek-chat reference note", "5:88 review deepseek-reasoner openrouter none"],
        output:
          "const providers = {\n" +
          '  openrouter: { baseURL: "https://openrouter.ai/api/v1", model: "anthropic/claude-3.5-sonnet" },\n' +
          '  deepseek: { model: "deepseek/deepseek-v4-flash" },\n};\n' +
          'export const openrouter = { apiKey: process.env.OPENROUTER_API_KEY, models: ["deepseek/deepseek-reasoner"] };\n',
      },
      {
        name: "env template: the DeepSeek section is DeepSeek's; a key named after OpenRouter is OpenRouter's",
        path: ".env.example",
        code:
          '# DeepSeek\n# MODEL="deepseek/deepseek-chat"\n# DEEPSEEK_API_KEY=""\n\n' +
          '# OpenRouter\n# MODEL="openrouter/openai/gpt-4o"\n# OPEN_ROUTER_API_KEY=""\nOPENROUTER_MODEL=deepseek/deepseek-reasoner\n',
        findings: ["2:19 rewrite deepseek-chat reference note", "8:27 review deepseek-reasoner openrouter none"],
        output:
          '# DeepSeek\n# MODEL="deepseek/deepseek-v4-flash"\n# DEEPSEEK_API_KEY=""\n\n' +
          '# OpenRouter\n# MODEL="openrouter/openai/gpt-4o"\n# OPEN_ROUTER_API_KEY=""\nOPENROUTER_MODEL=deepseek/deepseek-reasoner\n',
      },
      {
        name: "docs: the heading a code block sits under decides",
        path: "docs/models.md",
        code: '# Models\n\n### DeepSeek\n\n```bash\nexport MODEL="deepseek/deepseek-chat"\n```\n\n### OpenRouter\n\n```bash\nexport MODEL="deepseek/deepseek-reasoner"\n```\n',
        findings: ["6:24 rewrite deepseek-chat reference note", "12:24 review deepseek-reasoner openrouter none"],
        output: '# Models\n\n### DeepSeek\n\n```bash\nexport MODEL="deepseek/deepseek-v4-flash"\n```\n\n### OpenRouter\n\n```bash\nexport MODEL="deepseek/deepseek-reasoner"\n```\n',
      },
    ],
  });
});
