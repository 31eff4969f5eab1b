// Line-level review checks for text without a parser (generic source files, shell, docs, code blocks):
// what surrounds one occurrence on its line. Each reason's patterns live in its own file; this one
// builds the facts they read and runs them in order. Returns null for a plain reference.
import { lineAround, type Occurrence } from "../../src/check/tokens.js";
import type { Reason } from "../../src/types.js";
import { collectionLine } from "./collection.js";
import { comparisonLine } from "./comparison.js";
import { mappingKeyLine } from "./mapping-key.js";
import { regexLine } from "./regex.js";
import { switchCaseLine } from "./switch-case.js";

/** What a line check knows about one occurrence. */
export interface LineFacts {
  readonly text: string;
  readonly path: string;
  readonly occ: Occurrence;
  /** A document's text or a comment: only notation that cannot be English counts. */
  readonly prose: boolean;
  /** Where the line starts (bounded to a window on very long lines). */
  readonly lineStart: number;
  /** Where the ID starts, provider prefix included. */
  readonly idStart: number;
  /** Whether the ID is a whole quoted literal, and that literal's bounds. */
  readonly quoted: boolean;
  readonly litStart: number;
  readonly litEnd: number;
  /** The line's text before and after the literal, trimmed towards it, within a window. */
  readonly before: string;
  readonly after: string;
}

export type LineCheck = (l: LineFacts) => Reason | null;

/** In this order: the first that names a reason decides. */
const LINE_CHECKS: readonly LineCheck[] = [regexLine, comparisonLine, switchCaseLine, mappingKeyLine, collectionLine];

/** How far line-level checks look on each side of an occurrence. */
const WINDOW = 400;
const QUOTES = new Set(['"', "'", "`"]);

/**
 * Line-level classification: comparisons, switch/match arms, map keys, regular expressions and
 * collections holding both names. Returns null for a plain reference.
 *
 * With `prose` (a document's text, a comment) only the notation that cannot be English counts:
 * `==`/`===`/`!=`, `.equals(…)`-style calls, `^…$` anchors, a quoted key before `:`. Words such as
 * "is", "in", "when" and "case", a Markdown link's `[…]`, table pipes and parentheses are prose
 * there; documents judge tables, lists and sentences as wholes (rules/checks/prose.ts). In code, the word
 * operators (`is`, `in`, `not in`, `eq`, `case`, `when`) count only before a quoted literal, so a
 * sentence inside a string ("the default is deepseek-chat") stays a plain reference.
 */
export function lineHeuristic(text: string, occ: Occurrence, path: string, prose = false): Reason | null {
  // Bounded to a window around the occurrence: a minified bundle is one multi-megabyte line.
  const { start: ls, end: le } = lineAround(text, occ.start);
  const idStart = occ.start - occ.prefix.length;
  const q = idStart > 0 ? text[idStart - 1]! : "";
  const quoted = QUOTES.has(q) && text[occ.end] === q;
  const litStart = quoted ? idStart - 1 : idStart;
  const litEnd = quoted ? occ.end + 1 : occ.end;
  // A bounded window keeps every pattern linear on minified single-line files.
  const before = text.slice(Math.max(ls, litStart - WINDOW), litStart).trimEnd();
  const after = text.slice(litEnd, Math.min(le, litEnd + WINDOW)).trimStart();
  const facts: LineFacts = { text, path, occ, prose, lineStart: ls, idStart, quoted, litStart, litEnd, before, after };
  for (const check of LINE_CHECKS) {
    const reason = check(facts);
    if (reason !== null) return reason;
  }
  return null;
}
