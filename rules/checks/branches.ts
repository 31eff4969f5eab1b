// Where a file branches on a legacy name, line by line: the shared knowledge of the checks that ask
// "is this next to a branch?" and of the facts a file reports to the project pass. Lexical, so it
// works the same in every language.
import type { Detection, Reason } from "../../src/types.js";
import { position, splitLines } from "../../src/check/tokens.js";

/** Reasons that mean code decides something by the name: after migration both modes share one ID. */
export const BRANCH_REASONS: ReadonlySet<Reason> = new Set<Reason>([
  "comparison",
  "switch-case",
  "mapping-key",
  "regex",
  "collection-both",
  "collection-current",
  "validated-value",
]);

/**
 * A test of a model name by a piece of a retired name: `"reasoner" in model_id`,
 * `model.includes("reasoner")`, `strings.Contains(m, "deepseek-reasoner")`, `id.startswith("deepseek-chat")`.
 */
export const CAPABILITY =
  /(["'])(?:deepseek-)?(?:reasoner|chat)\1\s+(?:not\s+)?in\s|\.(?:includes|startsWith|endsWith|startswith|endswith|contains|Contains)\(\s*(["'])(?:deepseek-)?(?:reasoner|chat)\2|\b(?:Contains|HasPrefix|HasSuffix)\(\s*[\w.]+\s*,\s*"(?:deepseek-)?(?:reasoner|chat)"/;

/** A line that is a comment: what it says is not code branching. */
export const COMMENT_LINE = /^\s*(?:\/\/|#|\*|\/\*|--\s|<!--)/;

const ASSIGNED = /^\s*(?:export\s+)?(?:(?:const|let|var|final|val)\s+)?(?:self\.|this\.)?([A-Za-z_$][\w$]*)\s*(?::[^=\n]*)?=(?!=)/;

/**
 * 1-based numbers of the lines that branch on a legacy name: lines holding a branch detection or a
 * capability test, plus lines using a name assigned on such a line (`const isThinking = id.includes(...)`
 * makes every later `isThinking` a branch too). A collection spanning lines counts from its first line.
 */
export function branchLines(text: string, starts: readonly number[], detections: readonly Detection[]): Set<number> {
  const lines = new Set<number>();
  const textLines = splitLines(text);
  for (const d of detections) {
    const n = position(starts, d.start).line;
    if (BRANCH_REASONS.has(d.reason) && !COMMENT_LINE.test(textLines[n - 1] ?? "")) lines.add(n);
  }
  textLines.forEach((l, i) => {
    if (l.length < 2000 && CAPABILITY.test(l) && !COMMENT_LINE.test(l)) lines.add(i + 1);
  });
  if (lines.size === 0) return lines;
  // A name bound on a branch line, or on the line opening a multi-line collection that holds one.
  const names = new Set<string>();
  for (const n of [...lines]) {
    for (let k = n; k >= Math.max(1, n - 3); k--) {
      const l = textLines[k - 1] ?? "";
      const m = ASSIGNED.exec(l);
      if (m) {
        names.add(m[1]!);
        break;
      }
      // Only collection members lead up to their opening line.
      if (k !== n - 1 && k !== n) break;
      if (!/^\s*["'`][^"'`]*["'`]\s*,?\s*$/.test(textLines[n - 1] ?? "")) break;
    }
  }
  if (names.size > 0) {
    const uses = new RegExp(`(?<![\\w$])(?:${[...names].map((n) => n.replace(/\$/g, "\\$")).join("|")})(?![\\w$])`);
    textLines.forEach((l, i) => {
      if (l.length < 2000 && uses.test(l)) lines.add(i + 1);
    });
  }
  return lines;
}
