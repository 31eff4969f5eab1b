import { isLegacyId, LEGACY_ALTERNATION, LEGACY_IDS, PASS_THROUGH_PREFIXES, type LegacyId } from "../catalog.js";

/** One whole-token occurrence of a legacy ID, located by the ID characters only. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly legacy: LegacyId;
  /** The pass-through provider prefix written before the ID (`deepseek/`, `deepseek:`, `@deepseek/`), or "". */
  readonly prefix: string;
  /** `openrouter` when the ID is part of an OpenRouter route (`openrouter/deepseek/deepseek-chat`). */
  readonly kind: "plain" | "openrouter";
}

const CANDIDATE = new RegExp(LEGACY_ALTERNATION, "g");
const WORD_CHAR = /[A-Za-z0-9_-]/;
const ALNUM = /[A-Za-z0-9]/;
// Characters that end a path-like segment when walking back from an ID.
const SEGMENT_STOP = /[\s"'`()[\]{}<>,;=|&!?*+^$#%~\\]/;
// Characters that end a URL-like run when walking back from an ID.
const RUN_STOP = /[\s"'`()[\]{}<>,;|\\]/;

/** Cheap test used before any parsing: does this text mention a legacy ID at all? */
export function hasCandidate(text: string): boolean {
  return LEGACY_IDS.some((id) => text.includes(id));
}

/**
 * Every whole-token legacy ID in `text[from, to)` that names the model: not part of a longer
 * identifier or model ID, a URL, a file path or a package name. OpenRouter routes are kept and marked.
 */
export function findOccurrences(text: string, from = 0, to = text.length): Occurrence[] {
  const out: Occurrence[] = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m !== null && m.index < to; m = CANDIDATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    const occ = classifyAt(text, start, end);
    if (occ) out.push(occ);
  }
  return out;
}

/**
 * Pass-through prefixes written one after the other (`deepseek:deepseek/deepseek-chat`: a router's
 * provider namespace in front of the `provider/model` form). Each layer still names DeepSeek's API.
 */
function stackedPassThrough(lower: string): boolean {
  let rest = lower;
  let layers = 0;
  while (rest !== "") {
    const p = PASS_THROUGH_PREFIXES.find((x) => rest.startsWith(x));
    if (!p) return false;
    rest = rest.slice(p.length);
    layers++;
  }
  return layers > 1;
}

function classifyAt(text: string, start: number, end: number): Occurrence | null {
  const legacy = text.slice(start, end);
  if (!isLegacyId(legacy)) return null;
  const before = start > 0 ? text[start - 1]! : "";
  const after = end < text.length ? text[end]! : "";
  if (before && WORD_CHAR.test(before)) return null;
  if (after && WORD_CHAR.test(after)) return null;
  if ((after === "." || after === ":") && end + 1 < text.length && ALNUM.test(text[end + 1]!)) return null;
  // A trailing path separator makes it a folder name, not a model ID.
  // An escaped quote (`\"`, as in JSON held inside a string) closes the literal; it is not a path.
  if (after === "/" || (after === "\\" && !/["']/.test(text[end + 1] ?? ""))) return null;

  // The URL-like run around the ID: anything with a scheme is a URL.
  let runStart = start;
  while (runStart > 0 && !RUN_STOP.test(text[runStart - 1]!)) runStart--;
  const run = text.slice(runStart, start);
  if (run.includes("://") || /^(?:www\.|[a-z0-9-]+\.(?:com|io|ai|org|net|dev)\/)/i.test(run)) return null;

  let segStart = start;
  while (segStart > 0 && !SEGMENT_STOP.test(text[segStart - 1]!)) segStart--;
  const segment = text.slice(segStart, start);
  if (segment === "") return { start, end, legacy, prefix: "", kind: "plain" };

  const lower = segment.toLowerCase();
  if (PASS_THROUGH_PREFIXES.includes(lower) || stackedPassThrough(lower)) {
    return { start, end, legacy, prefix: segment, kind: "plain" };
  }
  if (/(?:^|[/:])openrouter[/:]deepseek\/$/.test(lower) || lower === "openrouter/deepseek/" || lower === "openrouter:deepseek/") {
    return { start, end, legacy, prefix: segment, kind: "openrouter" };
  }
  // Any other path-like or package-like prefix (`./providers/`, `@acme/`, `azure/`, `bedrock:`) is not the DeepSeek API.
  if (segment.endsWith("/") || segment.endsWith("\\")) return null;
  if (segment.endsWith(":")) {
    // `key:deepseek-chat` without a space (compact YAML/INI, CLI flags, a Spring placeholder default
    // `${app.model:deepseek-chat}`) still names the model;
    // a scheme-like or namespaced prefix (`bedrock:`, `ollama:`) does not.
    return /^[-A-Za-z_.]*[A-Za-z_]:$/.test(segment) && /(?:model|name|id)$/i.test(segment.slice(0, -1))
      ? { start, end, legacy, prefix: "", kind: "plain" }
      : null;
  }
  if (segment.endsWith(".") || segment.endsWith("@")) return null;
  // Punctuation such as `-` flags (`--model`) cannot reach here (WORD_CHAR); other leftovers are plain text.
  return { start, end, legacy, prefix: "", kind: "plain" };
}

/**
 * Line starts of `text`, for converting offsets to 1-based line/column. CRLF, LF and a lone CR
 * (old Mac files) each end a line, as in editors and in SARIF (its reporter says so in
 * `newlineSequences`); `splitLines` cuts at the same places.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The lines of `text`, cut where `lineStarts` starts a new one (terminators removed). */
export function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n?|\n/) : text.split("\n");
}

/** The index of the last value at most `value` in an ascending list (0 when none is, or the list is empty). */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column (UTF-16 code units) of `offset`. */
export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  const i = lastAtMost(starts, offset);
  return { line: i + 1, column: offset - starts[i]! + 1 };
}

/** How far each side of an occurrence line-level heuristics look; keeps one-line minified files linear. */
export const LINE_WINDOW = 500;

/** Bounds of the line holding `offset`, cut to `window` characters each side of it. */
export function lineAround(text: string, offset: number, window = LINE_WINDOW): { start: number; end: number } {
  const lo = Math.max(0, offset - window);
  let start = offset;
  while (start > lo && text.charCodeAt(start - 1) !== 10) start--;
  const hi = Math.min(text.length, offset + window);
  let end = offset;
  while (end < hi && text.charCodeAt(end) !== 10) end++;
  return { start, end };
}
