// Table tests for the TOML rule: valid rows report nothing; invalid rows give exact findings and output.
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { lexToml, tomlRule } from "../../rules/languages/toml.js";

const valid: ValidRow[] = [
  { path: "a.toml", code: 'model = "deepseek-chat-v3-0324"\nurl = "https://github.com/x/deepseek-chat"\n' },
  { path: "a.toml", code: '[tool.x]\nmodel = "deepseek-v4-flash"\n' },
  { path: "a.toml", code: 'model = "deepseek-chat" # deepseek-migrate-ignore\n' },
];

const invalid: InvalidRow[] = [
  { path: "a.toml", code: 'model = "deepseek-chat"\n', findings: ["1:10 rewrite deepseek-chat config-value note"], output: 'model = "deepseek-v4-flash"\n' },
  { path: "a.toml", code: "model = 'deepseek-reasoner'\n", findings: ["1:10 rewrite deepseek-reasoner config-value note"], output: "model = 'deepseek-v4-flash'\n" },
  { path: "a.toml", code: "[p]\ndeepseek-chat = 1\n", findings: ["2:1 review deepseek-chat mapping-key"], output: null },
  { path: "a.toml", code: '[p."deepseek-reasoner"]\nx = 1\n', findings: ["1:5 review deepseek-reasoner mapping-key"], output: null },
  {
    path: "a.toml",
    code: 'm = [\n  "deepseek-chat",\n  "deepseek-reasoner",\n]\n',
    findings: ["2:4 review deepseek-chat collection-both", "3:4 review deepseek-reasoner collection-both"],
    output: null,
  },
  { path: "a.toml", code: 'm = ["deepseek-chat", "deepseek-v4-flash"]\n', findings: ["1:7 review deepseek-chat collection-current"], output: null },
  // A list of entries, or one table, holding both names would end up with identical entries: review.
  {
    path: "a.toml",
    code: 'r = [{ model = "deepseek-chat" }, { model = "deepseek-reasoner" }]\n',
    findings: ["1:17 review deepseek-chat collection-both", "1:46 review deepseek-reasoner collection-both"],
    output: null,
  },
  {
    path: "a.toml",
    code: '[[m]]\nid = "deepseek-chat"\n[[m]]\nid = "deepseek-v4-flash"\n',
    findings: ["2:7 review deepseek-chat collection-current"],
    output: null,
  },
  {
    path: "a.toml",
    code: '[a]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n[b]\nmodel = "deepseek-chat"\n',
    findings: ["2:9 review deepseek-chat collection-both", "3:9 review deepseek-reasoner collection-both", "5:10 rewrite deepseek-chat config-value note"],
    output: '[a]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n[b]\nmodel = "deepseek-v4-flash"\n',
  },
  {
    path: "a.toml",
    code: 'x = { a = { m = "deepseek-chat" }, b = { m = "deepseek-reasoner" } }\n',
    findings: ["1:18 rewrite deepseek-chat config-value note", "1:47 rewrite deepseek-reasoner config-value note"],
    output: 'x = { a = { m = "deepseek-v4-flash" }, b = { m = "deepseek-v4-flash" } }\n',
  },
  {
    path: "a.toml",
    code: '# uses deepseek-chat.\n# deepseek-reasoner is deprecated.\np = """\nYou are deepseek-chat.\n"""\n',
    findings: ["1:8 rewrite deepseek-chat reference note", "2:3 review deepseek-reasoner migration-prose", "4:9 rewrite deepseek-chat reference note"],
    output: '# uses deepseek-v4-flash.\n# deepseek-reasoner is deprecated.\np = """\nYou are deepseek-v4-flash.\n"""\n',
  },
  { path: "a.toml", code: 'x = "#"\ny = "deepseek-chat"\n', findings: ["2:6 rewrite deepseek-chat config-value note"], output: 'x = "#"\ny = "deepseek-v4-flash"\n' },
];

describe("toml rule", () => {
  // Besides the family's own parser (run by the tester), the rule's validate() accepts every output.
  ruleTester({ valid, invalid }, { also: async (row, r) => expect(await tomlRule.validate!(r.text, row.path)).toBeNull() });

  it("tells keys from values in inline tables and escaped strings", () => {
    const roles = lexToml('a = { "k" = "v\\"#", b = 1 } # c\n').map((t) => `${t.role}:${t.value}`);
    expect(roles).toEqual(["key:a", "key:k", 'value:v\\"#', "key:b", "value:1", "comment:"]);
  });

  it("rejects broken TOML in validate", () => {
    expect(tomlRule.validate!('a = "x\n', "x.toml")).not.toBeNull();
  });
});
