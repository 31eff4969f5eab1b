// Table tests for the .env / INI / .properties rule.
import { describe, expect, it } from "vitest";
import { checkText, ruleTable } from "../support/harness.js";
import { iniEnvRule } from "../../rules/ini-env.js";
import { ruleFor } from "../../src/engine.js";
import { loadRules } from "../../src/rules.js";

const valid: [string, string][] = [
  [".env", "DEEPSEEK_MODEL=deepseek-v4-flash\nURL=https://github.com/x/deepseek-chat\n"],
  [".env.local", "MODEL=deepseek-chat-v3-0324\n"],
  ["a.ini", "[x]\nmodel = deepseek-chat:free\n"],
];

const invalid: [string, string, string[], string][] = [
  [".env", "DEEPSEEK_MODEL=deepseek-chat\n", ["1:16 rewrite deepseek-chat config-value"], "DEEPSEEK_MODEL=deepseek-v4-flash\n"],
  [".env.production", 'export M="deepseek-reasoner"\n', ["1:11 rewrite deepseek-reasoner config-value"], 'export M="deepseek-v4-flash"\n'],
  ["prod.env", "M=${M:-deepseek-chat}\n", ["1:8 rewrite deepseek-chat config-value"], "M=${M:-deepseek-v4-flash}\n"],
  [
    ".env.example",
    "# pick deepseek-chat or deepseek-reasoner\nMODELS=deepseek-chat,deepseek-reasoner\n",
    [
      "1:8 review deepseek-chat collection-both",
      "1:25 review deepseek-reasoner collection-both",
      "2:8 review deepseek-chat collection-both",
      "2:22 review deepseek-reasoner collection-both",
    ],
    "# pick deepseek-chat or deepseek-reasoner\nMODELS=deepseek-chat,deepseek-reasoner\n",
  ],
  [
    ".env",
    "# default is deepseek-chat.\n# deepseek-reasoner is deprecated.\n",
    ["1:14 rewrite deepseek-chat reference", "2:3 review deepseek-reasoner migration-prose"],
    "# default is deepseek-v4-flash.\n# deepseek-reasoner is deprecated.\n",
  ],
  ["a.ini", "[deepseek-chat]\nprice = 1\n", ["1:2 review deepseek-chat mapping-key"], "[deepseek-chat]\nprice = 1\n"],
  ["a.cfg", "deepseek-chat = 1\n", ["1:1 review deepseek-chat mapping-key"], "deepseek-chat = 1\n"],
  ["a.conf", "model = deepseek-chat ; fast\n", ["1:9 rewrite deepseek-chat config-value"], "model = deepseek-v4-flash ; fast\n"],
  [
    "application.properties",
    "spring.ai.deepseek.chat.options.model=deepseek-chat\nlist=a,\\\n  deepseek-reasoner\n",
    ["1:39 rewrite deepseek-chat config-value", "3:3 rewrite deepseek-reasoner config-value"],
    "spring.ai.deepseek.chat.options.model=deepseek-v4-flash\nlist=a,\\\n  deepseek-v4-flash\n",
  ],
  ["app.properties", "! deepseek-chat\nm : deepseek-chat\n", ["1:3 rewrite deepseek-chat reference", "2:5 rewrite deepseek-chat config-value"], "! deepseek-v4-flash\nm : deepseek-v4-flash\n"],
];

describe("ini-env rule", () => {
  ruleTable(iniEnvRule, valid, invalid);

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
