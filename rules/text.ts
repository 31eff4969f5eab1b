// The fallback rule: any text file no other rule owns (Go, Java, Kotlin, Rust, Ruby, PHP, C#, shell,
// SQL, Dockerfiles...). Token matching plus line-level heuristics for branches, keys and patterns.
import { findOccurrences } from "../src/tokens.js";
import type { Detection, Rule, RuleContext, RuleOutput } from "../src/types.js";
import { detect, lineHeuristic, snippetFor } from "./shared.js";

/** Detections for every occurrence in `text`, classified by line heuristics. */
export function textDetections(ctx: RuleContext, from = 0, to = ctx.text.length): Detection[] {
  const snippet = snippetFor(ctx.path, ctx.text);
  return findOccurrences(ctx.text, from, to).map((occ) => {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet });
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
