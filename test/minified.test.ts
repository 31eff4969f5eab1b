// Minified bundles go to the token-level text rule instead of a full parse of one huge line.
import { describe, expect, it } from "vitest";
import { isMinified } from "../src/check/engine.js";
import { checkText } from "./support/harness.js";

describe("minified bundles", () => {
  const bundle = Array.from({ length: 9000 }, (_, i) => `var a${i}=function(x){return x+${i}};`).join("") + 'var m="deepseek-chat";';

  it("recognises long text in few lines, and not ordinary source", () => {
    expect(bundle.length).toBeGreaterThan(256 * 1024);
    expect(isMinified(bundle)).toBe(true);
    const source = Array.from({ length: 9000 }, (_, i) => `const a${i} = ${i}; // line ${i}`).join("\n");
    expect(source.length).toBeGreaterThan(256 * 1024);
    expect(isMinified(source)).toBe(false);
    expect(isMinified('const m = "deepseek-chat";')).toBe(false);
  });

  it("a one-line .js bundle is checked by the text rule and still rewritten", async () => {
    const { findings, output } = await checkText("dist-like/app.min.js", bundle);
    expect(findings.map((f) => `${f.rule} ${f.action} ${f.legacy}`)).toEqual(["text rewrite deepseek-chat"]);
    expect(output.endsWith('var m="deepseek-v4-flash";')).toBe(true);
    const small = await checkText("src/app.js", 'const m = "deepseek-chat";\n');
    expect(small.findings.map((f) => f.rule)).toEqual(["ts-js"]);
  });
});
