// Table tests for the TOML rule: valid rows report nothing; invalid rows give exact findings and output.
import { describe, expect, it } from "vitest";
import { ruleTable } from "../support/harness.js";
import { lexToml, tomlRule } from "../../rules/toml.js";

const valid: [string, string][] = [
  ["a.toml", 'model = "deepseek-chat-v3-0324"\nurl = "https://github.com/x/deepseek-chat"\n'],
  ["a.toml", '[tool.x]\nmodel = "deepseek-v4-flash"\n'],
  ["a.toml", 'model = "deepseek-chat" # deepseek-migrate-ignore\n'],
];

const invalid: [string, string, string[], string][] = [
  ["a.toml", 'model = "deepseek-chat"\n', ["1:10 rewrite deepseek-chat config-value"], 'model = "deepseek-v4-flash"\n'],
  ["a.toml", "model = 'deepseek-reasoner'\n", ["1:10 rewrite deepseek-reasoner config-value"], "model = 'deepseek-v4-flash'\n"],
  ["a.toml", "[p]\ndeepseek-chat = 1\n", ["2:1 review deepseek-chat mapping-key"], "[p]\ndeepseek-chat = 1\n"],
  ["a.toml", '[p."deepseek-reasoner"]\nx = 1\n', ["1:5 review deepseek-reasoner mapping-key"], '[p."deepseek-reasoner"]\nx = 1\n'],
  [
    "a.toml",
    'm = [\n  "deepseek-chat",\n  "deepseek-reasoner",\n]\n',
    ["2:4 review deepseek-chat collection-both", "3:4 review deepseek-reasoner collection-both"],
    'm = [\n  "deepseek-chat",\n  "deepseek-reasoner",\n]\n',
  ],
  ["a.toml", 'm = ["deepseek-chat", "deepseek-v4-flash"]\n', ["1:7 review deepseek-chat collection-current"], 'm = ["deepseek-chat", "deepseek-v4-flash"]\n'],
  // A list of entries, or one table, holding both names would end up with identical entries: review.
  [
    "a.toml",
    'r = [{ model = "deepseek-chat" }, { model = "deepseek-reasoner" }]\n',
    ["1:17 review deepseek-chat collection-both", "1:46 review deepseek-reasoner collection-both"],
    'r = [{ model = "deepseek-chat" }, { model = "deepseek-reasoner" }]\n',
  ],
  [
    "a.toml",
    '[[m]]\nid = "deepseek-chat"\n[[m]]\nid = "deepseek-v4-flash"\n',
    ["2:7 review deepseek-chat collection-current"],
    '[[m]]\nid = "deepseek-chat"\n[[m]]\nid = "deepseek-v4-flash"\n',
  ],
  [
    "a.toml",
    '[a]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n[b]\nmodel = "deepseek-chat"\n',
    ["2:9 review deepseek-chat collection-both", "3:9 review deepseek-reasoner collection-both", "5:10 rewrite deepseek-chat config-value"],
    '[a]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n[b]\nmodel = "deepseek-v4-flash"\n',
  ],
  [
    "a.toml",
    'x = { a = { m = "deepseek-chat" }, b = { m = "deepseek-reasoner" } }\n',
    ["1:18 rewrite deepseek-chat config-value", "1:47 rewrite deepseek-reasoner config-value"],
    'x = { a = { m = "deepseek-v4-flash" }, b = { m = "deepseek-v4-flash" } }\n',
  ],
  [
    "a.toml",
    '# uses deepseek-chat.\n# deepseek-reasoner is deprecated.\np = """\nYou are deepseek-chat.\n"""\n',
    ["1:8 rewrite deepseek-chat reference", "2:3 review deepseek-reasoner migration-prose", "4:9 rewrite deepseek-chat reference"],
    '# uses deepseek-v4-flash.\n# deepseek-reasoner is deprecated.\np = """\nYou are deepseek-v4-flash.\n"""\n',
  ],
  ["a.toml", 'x = "#"\ny = "deepseek-chat"\n', ["2:6 rewrite deepseek-chat config-value"], 'x = "#"\ny = "deepseek-v4-flash"\n'],
];

describe("toml rule", () => {
  ruleTable(tomlRule, valid, invalid);

  it("tells keys from values in inline tables and escaped strings", () => {
    const roles = lexToml('a = { "k" = "v\\"#", b = 1 } # c\n').map((t) => `${t.role}:${t.value}`);
    expect(roles).toEqual(["key:a", "key:k", 'value:v\\"#', "key:b", "value:1", "comment:"]);
  });

  it("rejects broken TOML in validate", () => {
    expect(tomlRule.validate!('a = "x\n', "x.toml")).not.toBeNull();
  });
});
