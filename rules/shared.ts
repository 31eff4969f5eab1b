// Helpers every rule shares: turning token occurrences into detections and the line-level
// heuristics used where no parser gives structure (generic source files, docs, code blocks).
import { CURRENT_IDS, LEGACY_IDS, type LegacyId } from "../src/catalog.js";
import { findOccurrences, lineAround, type Occurrence } from "../src/check/tokens.js";
import type { Action, Detection, Reason, RuleContext } from "../src/types.js";
import { openRouterAt } from "./openrouter.js";

/**
 * Whether an occurrence is an OpenRouter slug: an `openrouter/` route, or a `deepseek/` value whose own
 * context ties it to OpenRouter (rules/openrouter.ts). Without the file's text, the flag alone decides.
 */
export function isOpenRouterSlug(occ: Occurrence, ctx: Pick<RuleContext, "openRouter"> & Partial<Pick<RuleContext, "text" | "path">>): boolean {
  if (occ.kind === "openrouter") return true;
  if (occ.prefix.toLowerCase() !== "deepseek/" || !ctx.openRouter) return false;
  return ctx.text === undefined || openRouterAt(ctx.text, occ.start - occ.prefix.length, ctx.path);
}

/** A detection for an occurrence, with OpenRouter slugs turned into review items whatever `action` says. */
export function detect(
  occ: Occurrence,
  ctx: Pick<RuleContext, "openRouter"> & Partial<Pick<RuleContext, "text" | "path">>,
  action: Action,
  reason: Reason,
  extra: Partial<Pick<Detection, "detail" | "extraEdits" | "thinking" | "snippet" | "usedAt">> = {},
): Detection {
  if (isOpenRouterSlug(occ, ctx)) {
    return { start: occ.start, end: occ.end, legacy: occ.legacy, action: "review", reason: "openrouter", detail: { slug: `${occ.prefix}${occ.legacy}` }, thinking: "none" };
  }
  const thinking = extra.thinking ?? (action === "review" ? "none" : undefined);
  return { start: occ.start, end: occ.end, legacy: occ.legacy, action, reason, ...extra, ...(thinking ? { thinking } : {}) };
}

/** Whether `text` holds a legacy ID other than `id` as a model-name token (a rename would merge them). */
export function mentionsOther(text: string, id: LegacyId): boolean {
  return findOccurrences(text).some((o) => o.legacy !== id);
}

/** Whether `text` holds `id` as a model-name token. */
export function mentions(text: string, id: LegacyId): boolean {
  return findOccurrences(text).some((o) => o.legacy === id);
}

/** Whether `text` names a current V4 model ID as a whole token. */
export function mentionsCurrent(text: string): boolean {
  return CURRENT_IDS.some((id) => new RegExp(`(?<![\\w-])${id.replace(/[-.]/g, "\\$&")}(?![\\w-])`).test(text));
}

/** How far prose checks look on each side of an occurrence. */
const WINDOW = 400;

// The line-level review checks live in rules/checks/ (one file per reason); adapters reach them here.
export { collectionReason } from "./checks/collection.js";
export { lineHeuristic } from "./checks/line.js";

/** The innermost bracket pair around [from, to) that looks like a list literal (no statements inside). */
export function enclosingList(text: string, from: number, to: number): { start: number; end: number } | null {
  const LIMIT = 2000;
  let depth = 0;
  let open = -1;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT); i--) {
    const c = text[i]!;
    if (c === ")" || c === "]" || c === "}") depth++;
    else if (c === "(" || c === "[" || c === "{") {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    } else if (c === ";" && depth === 0) return null;
  }
  if (open === -1) return null;
  const closeChar = text[open] === "(" ? ")" : text[open] === "[" ? "]" : "}";
  depth = 0;
  for (let i = to; i < Math.min(text.length, to + LIMIT); i++) {
    const c = text[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) {
        if (c !== closeChar) return null;
        const inner = text.slice(open + 1, i);
        if (/;|\breturn\b|:=|\bif\b|\bfunc\b|\bdef\b/.test(inner)) return null;
        return { start: open + 1, end: i };
      }
      depth--;
    }
  }
  return null;
}

const MIGRATION_WORDS =
  /\b(?:deprecat\w*|retire[ds]?|retirement|legacy|alias(?:es|ed)?|sunset\w*|migrat\w*|renamed|replaced|superseded|successor|no longer|formerly|previously|discontinued|end[- ]of[- ]life|old (?:model )?names?)\b|\bV4\b|2026-07-24/i;
// A comment marker at the start of a line (after indentation), kept so neighbours can be matched to it.
const COMMENT_MARK = /^\s*(\/\/+|#+|--|\/\*+|\*+(?!\/)|;+|%+|<!--|rem\s)\s?/i;
// Lines that start a new block in prose: list items, headings, table rows, fences, blank lines.
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\||```|~~~|$)/;
// A next sentence that starts with one of these still talks about the name just mentioned.
const ANAPHORA = /^(?:it|this|that|these|those|they|both|the (?:old|former|legacy) )\b/i;
const ABBREVIATION = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf)\.$/i;
const MAX_LINES = 4;
// A line of code or config rather than prose: `key: value` with a one-token value, braces, semicolons,
// a call. Such a line is its own context; prose never wraps into or out of it.
const CODE_LIKE = /^\s*(?:-\s+)?["'`]?[\w.$-]+["'`]?\s*(?:[:=]|=>)\s*["'`]?[^\s"'`]*["'`]?,?\s*(?:$|#|\/\/)|[{};]\s*$|^\s*[}\])]|[\w$]\([^)]*\)\s*;?\s*$/;

/**
 * Whether the prose around an occurrence (in a comment or a document) already talks about the
 * migration: its sentence names a V4 ID or says deprecated/retired/legacy/alias/V4 (or the sentence
 * right after it does, starting with "it"/"this"/"they"). Sentences may wrap over lines of the same
 * comment or paragraph. Rewriting such text would misstate history ("deepseek-v4-flash was retired"),
 * so it is reported for review instead. A plain mention on an ordinary line does not qualify.
 */
export function isMigrationProse(text: string, start: number, end: number): boolean {
  const { joined, at, atEnd } = proseBlock(text, start, end);
  const sentence = sentenceAround(joined, at, atEnd);
  if (mentionsCurrent(sentence.text) || MIGRATION_WORDS.test(sentence.text)) return true;
  const next = nextSentence(joined, sentence.end);
  return ANAPHORA.test(next) && (mentionsCurrent(next) || MIGRATION_WORDS.test(next));
}

/**
 * Whether the prose an occurrence belongs to (its paragraph, stopping at blank lines, list items,
 * headings, table rows and fences; its comment block; its line when that is code) also names `other`
 * in a sentence that does not itself discuss the migration: "`deepseek-chat` for quick answers and
 * `deepseek-reasoner` for hard maths" would read as one ID twice after a rename, while "deepseek-chat
 * is the default. deepseek-reasoner was retired." keeps its meaning (the second sentence stays).
 */
export function proseNamesOther(text: string, start: number, end: number, own: LegacyId): boolean {
  const { joined } = proseBlock(text, start, end);
  let from = 0;
  for (let i = 0; i <= joined.length; i++) {
    if (i < joined.length && !isTerminator(joined, i)) continue;
    const sentence = joined.slice(from, i + 1);
    if (mentionsOther(sentence, own) && !mentionsCurrent(sentence) && !MIGRATION_WORDS.test(sentence)) return true;
    from = i + 1;
  }
  return false;
}

/**
 * The run of lines an occurrence's sentence may span, comment markers removed and lines joined by
 * spaces, with the occurrence's offsets in that joined text. A trailing comment after code stays on
 * its line; a comment line extends to neighbouring lines with the same marker; plain prose extends
 * over its paragraph, stopping at blank lines, list items, headings, table rows and fences.
 */
function proseBlock(text: string, start: number, end: number): { joined: string; at: number; atEnd: number } {
  const { start: ls, end: le } = lineAround(text, start, 2 * WINDOW);
  // Very long lines (minified code, data) are not prose: only the window around the ID is read.
  const cut = (ls > 0 && text.charCodeAt(ls - 1) !== 10) || (le < text.length && text.charCodeAt(le) !== 10);
  if (cut) return { joined: text.slice(ls, le), at: start - ls, atEnd: end - ls };
  const line = text.slice(ls, le).replace(/\r$/, "");
  const mark = COMMENT_MARK.exec(line);
  const markText = mark?.[1] ?? null;
  const beforeOcc = text.slice(ls, start);
  // Code before the occurrence with a trailing comment: only the comment on this line is prose.
  const commentAt = markText === null ? trailingComment(beforeOcc) : -1;
  if (commentAt !== -1) {
    const own = line.slice(commentAt);
    return { joined: own, at: start - ls - commentAt, atEnd: end - ls - commentAt };
  }
  const ownBody = markText === null ? line : line.slice(mark![0].length);
  const ownOffset = markText === null ? 0 : mark![0].length;
  // Code, or a line inside a fenced block: the line alone is the context.
  if (CODE_LIKE.test(ownBody) || (markText === null && insideFence(text, ls))) {
    return { joined: ownBody, at: start - ls - ownOffset, atEnd: end - ls - ownOffset };
  }
  const strip = (l: string): string | null => {
    const clean = l.replace(/\r$/, "");
    if (markText === null) return BLOCK_START.test(clean) || CODE_LIKE.test(clean) ? null : clean.trim();
    const m = COMMENT_MARK.exec(clean);
    if (!m || m[1] !== markText) return null;
    const body = clean.slice(m[0].length).replace(/\*\/\s*$|-->\s*$/, "").trim();
    return body === "" || CODE_LIKE.test(body) ? null : body;
  };
  const before: string[] = [];
  // A list item or heading line starts its own block: don't pull in the line above it.
  if (markText !== null || !BLOCK_START.test(line)) {
    for (const l of neighbourLines(text, ls, -1)) {
      const body = strip(l);
      if (body === null) break;
      before.unshift(body);
    }
  }
  const after: string[] = [];
  for (const l of neighbourLines(text, le, 1)) {
    const body = strip(l);
    if (body === null) break;
    after.push(body);
  }
  const prefix = before.length > 0 ? `${before.join(" ")} ` : "";
  const at = prefix.length + (start - ls - ownOffset);
  const joined = `${prefix}${ownBody}${after.length > 0 ? ` ${after.join(" ")}` : ""}`;
  return { joined, at, atEnd: at + (end - start) };
}

/** Index in `beforeOcc` where a trailing comment starts (`// `, ` # `, ` -- `, `/*`), or -1. */
function trailingComment(beforeOcc: string): number {
  const m = /(?:^|\s)(?:\/\/|#|--)\s|\/\*/.exec(beforeOcc);
  return m ? m.index + (m[0].length - m[0].trimStart().length) : -1;
}

/** Whether a line start lies inside a Markdown fenced code block (an odd number of fences above it). */
function insideFence(text: string, lineStart: number): boolean {
  if (fenceCache?.text !== text) {
    const starts: number[] = [];
    for (const m of text.matchAll(/^\s*(?:```|~~~)/gm)) starts.push(m.index);
    fenceCache = { text, starts };
  }
  let count = 0;
  for (const at of fenceCache.starts) {
    if (at >= lineStart) break;
    count++;
  }
  return count % 2 === 1;
}

// Fence positions of the last text seen: rules call insideFence once per occurrence of the same file.
let fenceCache: { text: string; starts: number[] } | null = null;

/**
 * Up to MAX_LINES lines next to the line bounded by `edge` (its start for direction -1, its end for
 * +1), nearest first, each clipped to a window so that long lines cost nothing.
 */
function neighbourLines(text: string, edge: number, direction: -1 | 1): string[] {
  const out: string[] = [];
  let cursor = edge;
  for (let i = 0; i < MAX_LINES; i++) {
    if (direction === -1) {
      if (cursor <= 0) break;
      const end = cursor - 1; // the newline ending the previous line
      const start = text.lastIndexOf("\n", end - 1) + 1;
      out.push(text.slice(Math.max(start, end - 2 * WINDOW), end));
      cursor = start;
    } else {
      if (cursor >= text.length) break;
      const start = cursor + 1;
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      out.push(text.slice(start, Math.min(end, start + 2 * WINDOW)));
      cursor = end;
    }
  }
  return out;
}

function isTerminator(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "." && c !== "!" && c !== "?") return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  return !(c === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 4), i + 1)));
}

/** The sentence of `text` holding [at, atEnd): between the terminators around it. */
function sentenceAround(text: string, at: number, atEnd: number): { text: string; end: number } {
  let s = at;
  while (s > 0 && !isTerminator(text, s - 1)) s--;
  let e = atEnd;
  while (e < text.length && !isTerminator(text, e)) e++;
  return { text: text.slice(s, Math.min(text.length, e + 1)), end: Math.min(text.length, e + 1) };
}

function nextSentence(text: string, from: number): string {
  const rest = text.slice(from).trimStart();
  let e = 0;
  while (e < rest.length && !isTerminator(rest, e)) e++;
  return rest.slice(0, e + 1);
}

/** All legacy IDs, for rules that need to scan values. */
export { LEGACY_IDS };
