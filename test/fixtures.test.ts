// One loop over every fixture pair: fixtures/rules/<rule>/<case>.input.<ext> → <case>.output.<ext>.
// A case without an output file must come out unchanged. Every output is checked again to prove
// the migration is idempotent and that the rule's own parser still accepts it.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "./support/harness.js";
import { loadRules } from "../src/check/rule-list.js";
import { ruleFor } from "../src/check/engine.js";

const ROOT = path.resolve(__dirname, "../fixtures/rules");

function cases(): { rule: string; name: string; input: string; output: string | null; virtualPath: string }[] {
  const out = [];
  for (const rule of readdirSync(ROOT).sort()) {
    for (const file of readdirSync(path.join(ROOT, rule)).sort()) {
      const m = /^(.*)\.input(\.[^/]*)?$/.exec(file);
      if (!m) continue;
      const [, name, ext = ""] = m;
      const outFile = path.join(ROOT, rule, `${name}.output${ext}`);
      // The virtual path keeps the case's own name so that name-based rules (.env, compose files) apply.
      const virtualPath = `${rule}/${name}${ext}`;
      out.push({ rule, name: name!, input: path.join(ROOT, rule, file), output: existsSync(outFile) ? outFile : null, virtualPath });
    }
  }
  return out;
}

describe("fixture pairs", () => {
  const all = cases();
  it("has fixtures for every file family", () => {
    // A listing that came back short (a moved folder) would otherwise test nothing and pass.
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect([...new Set(all.map((c) => c.rule))]).toEqual(expect.arrayContaining(["docs", "go", "ini-env", "java", "json", "python", "shell", "text", "toml", "ts-js", "yaml"]));
  });
  it.each(all.map((c) => [`${c.rule}/${c.name}`, c] as const))("%s", async (_label, c) => {
    const input = readFileSync(c.input, "utf8");
    const expected = c.output ? readFileSync(c.output, "utf8") : input;
    const first = await checkText(c.virtualPath, input);
    expect(first.output).toBe(expected);
    const rules = await loadRules();
    const rule = ruleFor(rules, c.virtualPath);
    expect(rule.id).toBe(c.rule);
    if (rule.validate) expect(await rule.validate(first.output, c.virtualPath)).toBeNull();
    const second = await checkText(c.virtualPath, first.output);
    expect(second.findings.filter((f) => f.action === "rewrite")).toEqual([]);
    expect(second.output).toBe(first.output);
  });
});
