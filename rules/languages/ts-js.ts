// TypeScript and JavaScript (plus JSX/TSX, .mjs/.cjs/.mts/.cts) through the TypeScript parser.
// This module stays light: the compiler (via ts-morph) is loaded on the first file that needs it,
// so runs whose candidates are all in other languages never pay for it.
import type { Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { jsDocComments, withDocExamples } from "./doc-comments.js";

type Analysis = typeof import("./ts-js-analyze.js");

let analysis: Promise<Analysis> | null = null;

/** The analysis module (and with it the TypeScript compiler), loaded once per process. */
function loadAnalysis(): Promise<Analysis> {
  analysis ??= import("./ts-js-analyze.js");
  return analysis;
}

/** The files this rule owns (it comes first in the rule list). */
export const TS_JS_SOURCE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;

export const tsJsRule: Rule = {
  id: "ts-js",
  description: "Legacy model IDs in TypeScript/JavaScript strings, templates, JSX and comments, with thinking insertion at OpenAI and AI SDK request sites",
  appliesTo: (path) => TS_JS_SOURCE.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    const out = await (await loadAnalysis()).analyze(ctx);
    // Examples in JSDoc comments are code of this file's language (rules/languages/doc-comments.ts).
    const ranges = jsDocComments(ctx.text);
    return ranges.length === 0 ? out : withDocExamples(ctx, out, ranges, "jsdoc");
  },
  async validate(text: string, path: string): Promise<string | null> {
    return (await loadAnalysis()).parseError(text, path);
  },
  warmUp: loadAnalysis,
};
