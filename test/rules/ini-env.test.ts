// Table tests for the .env / INI / .properties rule.
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { checkText } from "../support/harness.js";
import { iniEnvRule } from "../../rules/languages/ini-env.js";
import { ruleFor } from "../../src/check/engine.js";
import { loadRules } from "../../src/check/rule-list.js";

const valid: ValidRow[] = [
  { path: ".env", code: "DEEPSEEK_MODEL=deepseek-v4-flash\nURL=https://github.com/x/deepseek-chat\n" },
  { path: ".env.local", code: "MODEL=deepseek-chat-v3-0324\n" },
  { path: "a.ini", code: "[x]\nmodel = deepseek-chat:free\n" },
];

const invalid: InvalidRow[] = [
  { path: ".env", code: "DEEPSEEK_MODEL=deepseek-chat\n", findings: ["1:16 rewrite deepseek-chat config-value note"], output: "DEEPSEEK_MODEL=deepseek-v4-flash\n" },
  { path: ".env.production", code: 'export M="deepseek-reasoner"\n', findings: ["1:11 rewrite deepseek-reasoner config-value note"], output: 'export M="deepseek-v4-flash"\n' },
  { path: "prod.env", code: "M=${M:-deepseek-chat}\n", findings: ["1:8 rewrite deepseek-chat config-value note"], output: "M=${M:-deepseek-v4-flash}\n" },
  {
    path: ".env.example",
    code: "# pick deepseek-chat or deepseek-reasoner\nMODELS=deepseek-chat,deepseek-reasoner\n",
    findings: [
      "1:8 review deepseek-chat collection-both",
      "1:25 review deepseek-reasoner collection-both",
      "2:8 review deepseek-chat collection-both",
      "2:22 review deepseek-reasoner collection-both",
    ],
    output: null,
  },
  {
    path: ".env",
    code: "# default is deepseek-chat.\n# deepseek-reasoner is deprecated.\n",
    findings: ["1:14 rewrite deepseek-chat reference note", "2:3 review deepseek-reasoner migration-prose"],
    output: "# default is deepseek-v4-flash.\n# deepseek-reasoner is deprecated.\n",
  },
  { path: "a.ini", code: "[deepseek-chat]\nprice = 1\n", findings: ["1:2 review deepseek-chat mapping-key"], output: null },
  { path: "a.cfg", code: "deepseek-chat = 1\n", findings: ["1:1 review deepseek-chat mapping-key"], output: null },
  { path: "a.conf", code: "model = deepseek-chat ; fast\n", findings: ["1:9 rewrite deepseek-chat config-value note"], output: "model = deepseek-v4-flash ; fast\n" },
  {
    path: "application.properties",
    code: "spring.ai.deepseek.chat.options.model=deepseek-chat\nlist=a,\\\n  deepseek-reasoner\n",
    findings: ["1:39 rewrite deepseek-chat config-value note", "3:3 rewrite deepseek-reasoner config-value note"],
    output: "spring.ai.deepseek.chat.options.model=deepseek-v4-flash\nlist=a,\\\n  deepseek-v4-flash\n",
  },
  { path: "app.properties", code: "! deepseek-chat\nm : deepseek-chat\n", findings: ["1:3 rewrite deepseek-chat reference note", "2:5 rewrite deepseek-chat config-value note"], output: "! deepseek-v4-flash\nm : deepseek-v4-flash\n" },
];

describe("ini-env rule", () => {
  // Besides the family's own parser (run by the tester), the rule's validate() accepts every output.
  ruleTester({ valid, invalid }, { also: async (row, r) => expect(await iniEnvRule.validate!(r.text, row.path)).toBeNull() });

  it("owns every .env variant", async () => {
    const rules = await loadRules();
    for (const p of [".env", ".env.local", ".env.example", "config/prod.env", "a/.env.test"]) expect(ruleFor(rules, p).id).toBe("ini-env");
    expect(ruleFor(rules, ".envrc").id).not.toBe("ini-env");
  });

  it("says Spring AI has no first-class thinking option", async () => {
    const r = await checkText("application.properties", "spring.ai.deepseek.chat.options.model=deepseek-chat\n");
    expect(r.findings[0]!.note).toContain("no first-class option");
  });

  it("notes where thinking must be set for an env value", async () => {
    const r = await checkText(".env", "DEEPSEEK_MODEL=deepseek-reasoner\n");
    expect(r.findings[0]!.note).toMatch(/deepseek-reasoner meant thinking enabled/);
  });

  it("rejects an unterminated .env quote in validate", () => {
    expect(iniEnvRule.validate!('A="x\nB=1\n', ".env")).not.toBeNull();
  });
});
