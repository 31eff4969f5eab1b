// The fallback rule: any text file no other rule owns (Go, Java, Kotlin, Rust, Ruby, PHP, C#, shell,
// SQL, Dockerfiles...). Token matching plus line-level heuristics for branches, keys and patterns.
import { findOccurrences, lineAround } from "../src/tokens.js";
import type { Detection, Rule, RuleContext, RuleOutput } from "../src/types.js";
import { detect, isMigrationProse, lineHeuristic, snippetFor } from "./shared.js";

const COMMENT_LINE = /^\s*(?:\/\/|#|--|\/\*|\*|;|%|rem\s|<!--)/i;

/**
 * Detections for every occurrence in `text`, classified by line heuristics. With `prose`, every line
 * is prose (documents); otherwise only comment lines are checked for migration wording.
 */
export function textDetections(ctx: RuleContext, from = 0, to = ctx.text.length, prose = false): Detection[] {
  const snippet = snippetFor(ctx.path, ctx.text);
  return findOccurrences(ctx.text, from, to).map((occ) => {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason) return detect(occ, ctx, "review", reason);
    const lineStart = lineAround(ctx.text, occ.start).start;
    const isProse = prose || COMMENT_LINE.test(ctx.text.slice(lineStart, occ.start));
    if (isProse && isMigrationProse(ctx.text, occ.start, occ.end)) return detect(occ, ctx, "review", "migration-prose");
    return detect(occ, ctx, "rewrite", "reference", { snippet });
  });
}

export const textRule: Rule = {
  id: "text",
  description: "Legacy model IDs in any other text file, with line-level checks for branches, keys and patterns",
  appliesTo: () => true,
  check(ctx: RuleContext): RuleOutput {
    return { detections: textDetections(ctx) };
  },
};
