// Model catalogs in data files, judged by shape: another host's catalog (a provider or factory named
// other than DeepSeek listing model entries with metadata) is reviewed, never re-pointed; a registry of
// model entries keyed by name is a lookup table; DeepSeek's own catalog and an application's own
// settings follow the ordinary rules.
import { describe } from "vitest";
import { ruleTester } from "../support/rule-tester.js";

const factories = (first: string, second: string): string =>
  `{\n  "factories": [\n    {\n      "name": "Acme Gateway",\n      "llm": [\n        {"llm_name": "${first}", "max_tokens": 65536, "model_type": "chat"}\n      ]\n    },\n` +
  `    {\n      "name": "DeepSeek",\n      "llm": [\n        {"llm_name": "${second}", "max_tokens": 65536, "model_type": "chat"}\n      ]\n    }\n  ]\n}\n`;

describe("model catalogs", () => {
  ruleTester({
    invalid: [
      {
        name: "another host's catalog is reviewed; DeepSeek's own entry is renamed",
        path: "conf/factories.json",
        code: factories("deepseek-chat", "deepseek-reasoner"),
        findings: ["6:23 review deepseek-chat other-host none", "12:23 rewrite deepseek-reasoner config-value note"],
        output: factories("deepseek-chat", "deepseek-v4-flash"),
        also: (r) => {
          if (!/model catalog of Acme Gateway/.test(r.findings[0]!.message)) throw new Error(r.findings[0]!.message);
        },
      },
      {
        name: "a registry of model entries: a name or an alias of an entry is a lookup key",
        path: "conf/models.json",
        code:
          '{\n  "models": [\n    {"name": "deepseek-reasoner", "alias": ["deepseek/deepseek-reasoner"], "max_output": 8192},\n' +
          '    {"name": "deepseek-v3", "alias": ["deepseek/deepseek-chat", "deepseek-v3-base"], "content_length": 65536}\n  ]\n}\n',
        findings: ["3:15 review deepseek-reasoner mapping-key none", "3:55 review deepseek-reasoner mapping-key none", "4:49 review deepseek-chat mapping-key none"],
        output: null,
      },
      {
        name: "YAML: providers keyed by name; another host's list is reviewed, DeepSeek's own is renamed",
        path: "conf/providers.yaml",
        code:
          "providers:\n  acme-gateway:\n    models:\n      - id: deepseek-reasoner\n        context_length: 65536\n" +
          "  deepseek:\n    models:\n      - id: deepseek-chat\n        context_length: 65536\n",
        findings: ["4:13 review deepseek-reasoner other-host none", "8:13 rewrite deepseek-chat config-value note"],
        output:
          "providers:\n  acme-gateway:\n    models:\n      - id: deepseek-reasoner\n        context_length: 65536\n" +
          "  deepseek:\n    models:\n      - id: deepseek-v4-flash\n        context_length: 65536\n",
      },
      {
        name: "an application's own settings listing the model it uses stay a configuration value",
        path: "conf/app.json",
        code: '{"name": "my-app", "models": [{"id": "deepseek-chat", "max_tokens": 8192}]}\n',
        findings: ["1:39 rewrite deepseek-chat config-value note"],
        output: '{"name": "my-app", "models": [{"id": "deepseek-v4-flash", "max_tokens": 8192}]}\n',
      },
    ],
  });
});
