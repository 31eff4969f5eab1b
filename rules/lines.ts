// The line-level reading of text no parser structures: documents (their prose judged as prose,
// their code blocks by the line heuristics for code) and source files of languages without an
// adapter (comment lines are prose). Shared by the docs and text adapters, so neither imports the other.
import { findOccurrences, lineAround } from "../src/check/tokens.js";
import type { Detection, RuleContext } from "../src/types.js";
import { docStructure, inCodeBlock, proseReason } from "./checks/prose.js";
import { detect, isMigrationProse, lineHeuristic } from "./shared.js";
import { sdkForFile } from "./sdks/index.js";

const COMMENT_LINE = /^\s*(?:\/\/|#|--|\/\*|\*|;|%|rem\s|<!--)/i;

/**
 * Detections for every occurrence in `text`. With `document`, the text is a document: its prose is
 * judged as prose (rules/checks/prose.ts) and only its code blocks by the line heuristics for code.
 * Otherwise the text is code, and comment lines are prose.
 */
export function lineDetections(ctx: RuleContext, from = 0, to = ctx.text.length, document = false): Detection[] {
  const snippet = sdkForFile(ctx.path, ctx.text);
  const occs = findOccurrences(ctx.text, from, to);
  const doc = document && occs.length > 0 ? docStructure(ctx.path, ctx.text) : null;
  return occs.map((occ) => {
    const lineStart = lineAround(ctx.text, occ.start).start;
    const comment = COMMENT_LINE.test(ctx.text.slice(lineStart, occ.start));
    if (doc ? !inCodeBlock(doc, occ.start) : comment) {
      const reason = proseReason(ctx.text, occ, doc);
      return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet });
    }
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason) return detect(occ, ctx, "review", reason);
    // A code block in a document may still say the name was retired (its line is the context).
    if (doc && isMigrationProse(ctx.text, occ.start, occ.end)) return detect(occ, ctx, "review", "migration-prose");
    return detect(occ, ctx, "rewrite", "reference", { snippet });
  });
}
