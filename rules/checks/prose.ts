// Prose: the text of documents (Markdown, MDX, reStructuredText, AsciiDoc, plain text, notebook
// Markdown cells) and of comments. Prose is not code: "the default is deepseek-chat" states a fact,
// it compares nothing. What matters in prose is what a rename would do to the meaning: a table with
// a row per legacy model, a list or a set of sibling sections naming both, a sentence contrasting
// the two would all collapse into one ID, so they are reported for review, as the same table in
// JSON or TypeScript is. Code inside documents (fenced and literal blocks, inline code spans) is
// judged as code.
import { LEGACY_ALTERNATION, LEGACY_IDS } from "../../src/catalog.js";
import type { Occurrence } from "../../src/check/tokens.js";
import type { Reason } from "../../src/types.js";
import { collectionReason, isMigrationProse, lineHeuristic, mentions, mentionsCurrent, proseNamesOther } from "../shared.js";

interface Range {
  readonly start: number;
  readonly end: number;
}

interface Heading extends Range {
  readonly level: number;
  /** Index of the enclosing heading in `headings`, or -1 at the top. */
  readonly parent: number;
}

/** The block structure of a document, as offset ranges. */
export interface DocStructure {
  /** Code blocks: fenced (``` and ~~~), reStructuredText code directives and literal blocks, AsciiDoc listings. */
  readonly code: readonly Range[];
  /** Tables: Markdown pipe tables, reStructuredText grid, simple and list tables. */
  readonly tables: readonly Range[];
  /** Lists: runs of bullet or numbered items with their continuation lines. */
  readonly lists: readonly Range[];
  /** Section titles (the title line only), in document order. */
  readonly headings: readonly Heading[];
  /** Verdicts already reached for a table or a list, per legacy ID. */
  readonly memo: Map<string, Reason | null>;
  /** Per set of sibling titles (parent and level), how many name each legacy ID and a V4 ID. */
  readonly titleCounts: Map<string, TitleFlags>;
}

interface Line {
  readonly start: number;
  /** End of the line's text, before any `\r\n` / `\n`. */
  readonly end: number;
  readonly text: string;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const RST_CODE_DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode|highlight|literalinclude|parsed-literal|doctest|productionlist)::/;
const RST_TABLE_DIRECTIVE = /^(\s*)\.\.\s+(?:list-table|csv-table|table)::/;
const ADOC_DELIMITER = /^(?:-{4,}|\.{4,})\s*$/;
const PIPE_DELIMITER_CELL = /^\s*:?-+:?\s*$/;
const GRID_BORDER = /^\s*\+[-=+:]+\+\s*$/;
const SIMPLE_TABLE_BORDER = /^\s*=+(?:[ \t]+=+)+\s*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ADOC_HEADING = /^(={1,6})[ \t]+\S/;
const UNDERLINE = /^\s*([=\-~^"'`#*+:.<>_])\1{2,}\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+•]|\d{1,3}[.)]|#\.)[ \t]+\S/;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf("\n", start);
    if (nl === -1) nl = text.length;
    const end = text[nl - 1] === "\r" ? nl - 1 : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === text.length) break;
    start = nl + 1;
  }
  return out;
}

const indent = (s: string): number => /^\s*/.exec(s)![0].length;
const blank = (s: string): boolean => s.trim() === "";

function isPipeDelimiter(line: string): boolean {
  if (!line.includes("|") || !line.includes("-")) return false;
  const cells = line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  return cells.every((c) => PIPE_DELIMITER_CELL.test(c));
}

/** Reads the blocks of a document once: code, tables, lists and headings. */
export function docStructure(path: string, text: string): DocStructure {
  const rst = /\.rst$/i.test(path);
  const adoc = /\.(?:adoc|asciidoc)$/i.test(path);
  const lines = splitLines(text);
  const n = lines.length;
  // What each line is: code, table, heading (title or adornment), or prose (undefined).
  const role: ("code" | "table" | "title" | "adornment" | undefined)[] = new Array(n);
  const code: Range[] = [];
  const tables: Range[] = [];
  const lists: Range[] = [];
  const headings: Heading[] = [];
  const span = (from: number, to: number): Range => ({ start: lines[from]!.start, end: lines[to]!.end });

  // An indented body after a directive or `::` line: blank lines and lines indented deeper than `base`.
  const indentedBody = (from: number, base: number): number => {
    let last = from - 1;
    for (let j = from; j < n; j++) {
      const l = lines[j]!.text;
      if (blank(l)) continue;
      if (indent(l) <= base) break;
      last = j;
    }
    return last;
  };

  // Code blocks first: nothing inside them is prose, a table or a heading.
  for (let i = 0; i < n; i++) {
    const l = lines[i]!.text;
    const fence = FENCE.exec(l);
    const adocOpen = adoc && ADOC_DELIMITER.test(l) ? l.trim() : null;
    if (fence || adocOpen) {
      let j = i + 1;
      for (; j < n; j++) {
        const t = lines[j]!.text;
        if (fence) {
          const close = /^\s*(`{3,}|~{3,})\s*$/.exec(t);
          if (close && close[1]![0] === fence[1]![0] && close[1]!.length >= fence[1]!.length) break;
        } else if (t.trim() === adocOpen) break;
      }
      const last = Math.min(j, n - 1);
      for (let k = i; k <= last; k++) role[k] = "code";
      code.push(span(i, last));
      i = last;
      continue;
    }
    const directive = RST_CODE_DIRECTIVE.exec(l);
    const literal = rst && !directive && /::\s*$/.test(l) && !/^\s*\.\./.test(l);
    if (directive || literal) {
      const last = indentedBody(i + 1, directive ? directive[1]!.length : indent(l));
      if (last > i) {
        for (let k = directive ? i : i + 1; k <= last; k++) role[k] = "code";
        code.push(span(directive ? i : i + 1, last));
        i = last;
      }
    }
  }

  // Tables.
  for (let i = 0; i < n; i++) {
    if (role[i]) continue;
    const l = lines[i]!.text;
    const directive = RST_TABLE_DIRECTIVE.exec(l);
    if (directive) {
      const last = indentedBody(i + 1, directive[1]!.length);
      for (let k = i; k <= last; k++) role[k] = "table";
      tables.push(span(i, Math.max(i, last)));
      i = Math.max(i, last);
      continue;
    }
    if (SIMPLE_TABLE_BORDER.test(l)) {
      // A simple table runs from its top border to the border followed by a blank line (or the end).
      let j = i + 1;
      for (; j < n; j++) {
        if (role[j]) break;
        if (SIMPLE_TABLE_BORDER.test(lines[j]!.text) && (j + 1 >= n || blank(lines[j + 1]!.text))) break;
      }
      if (j < n && !role[j]) {
        for (let k = i; k <= j; k++) role[k] = "table";
        tables.push(span(i, j));
        i = j;
      }
      continue;
    }
    // A run of lines made of cells: pipe rows, grid borders.
    const cellLine = (t: string): boolean => /^\s*\|/.test(t) || GRID_BORDER.test(t) || (t.includes("|") && !blank(t));
    if (!cellLine(l)) continue;
    let j = i;
    while (j + 1 < n && !role[j + 1] && cellLine(lines[j + 1]!.text)) j++;
    const run = lines.slice(i, j + 1).map((x) => x.text);
    const delimited = run.some(isPipeDelimiter) || run.some((t) => GRID_BORDER.test(t));
    const piped = run.length >= 2 && run.every((t) => /^\s*[|+]/.test(t));
    if (delimited || piped) {
      for (let k = i; k <= j; k++) role[k] = "table";
      tables.push(span(i, j));
    }
    i = j;
  }

  // Headings: ATX (`## Title`), AsciiDoc (`== Title`), and titles underlined (and maybe overlined).
  const styles: string[] = [];
  for (let i = 0; i < n; i++) {
    if (role[i]) continue;
    const l = lines[i]!.text;
    if (blank(l)) continue;
    const atx = rst ? null : (adoc ? ADOC_HEADING : ATX_HEADING).exec(l);
    let level = 0;
    if (atx) level = atx[1]!.length;
    else if (i + 1 < n && !role[i + 1] && !LIST_ITEM.test(l) && !UNDERLINE.test(l)) {
      const under = UNDERLINE.exec(lines[i + 1]!.text);
      const ch = under?.[1];
      if (ch && (rst || ch === "=" || ch === "-")) {
        const over = i > 0 && !role[i - 1] && lines[i - 1]!.text.trim() === lines[i + 1]!.text.trim();
        if (rst) {
          const style = `${ch}${over ? "o" : ""}`;
          if (!styles.includes(style)) styles.push(style);
          level = styles.indexOf(style) + 1;
        } else level = ch === "=" ? 1 : 2;
        role[i + 1] = "adornment";
        if (over) role[i - 1] = "adornment";
      }
    }
    if (level === 0) continue;
    role[i] = "title";
    let parent = headings.length - 1;
    while (parent >= 0 && headings[parent]!.level >= level) parent = headings[parent]!.parent;
    headings.push({ start: lines[i]!.start, end: lines[i]!.end, level, parent });
  }

  // Lists: an item, its continuation lines (indented, or directly following), more items; a blank
  // line ends the list unless an item or an indented line comes next.
  for (let i = 0; i < n; i++) {
    if (role[i] || !LIST_ITEM.test(lines[i]!.text)) continue;
    let last = i;
    for (let j = i + 1; j < n; j++) {
      const t = lines[j]!.text;
      if (role[j] === "title" || role[j] === "adornment" || role[j] === "table") break;
      if (role[j] === "code") {
        if (indent(t) === 0) break;
        last = j;
        continue;
      }
      if (blank(t)) {
        let k = j + 1;
        while (k < n && blank(lines[k]!.text)) k++;
        if (k >= n || role[k] || (!LIST_ITEM.test(lines[k]!.text) && indent(lines[k]!.text) === 0)) break;
        j = k - 1;
        continue;
      }
      last = j;
    }
    lists.push(span(i, last));
    i = last;
  }

  return { code, tables, lists, headings, memo: new Map(), titleCounts: new Map() };
}

function rangeAt(ranges: readonly Range[], offset: number): Range | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

/** Whether an offset lies in one of the document's code blocks. */
export function inCodeBlock(doc: DocStructure, offset: number): boolean {
  return rangeAt(doc.code, offset) !== null;
}

/** The text of `range` without the lines of code blocks inside it (a list item may hold an example). */
function proseOf(doc: DocStructure, text: string, range: Range): string {
  let out = "";
  let at = range.start;
  let lo = 0;
  let hi = doc.code.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.code[mid]!.end < range.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.code.length && doc.code[i]!.start <= range.end; i++) {
    const c = doc.code[i]!;
    out += text.slice(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  return out + text.slice(at, Math.max(at, range.end));
}

/** The title holding [start, end), as its index in `doc.headings`, or -1. */
function headingAt(doc: DocStructure, start: number, end: number): number {
  let lo = 0;
  let hi = doc.headings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = doc.headings[mid]!;
    if (end <= h.start) hi = mid - 1;
    else if (start >= h.end) lo = mid + 1;
    else return h.start <= start && end <= h.end ? mid : -1;
  }
  return -1;
}

/** Per title, 1 or 0 for each legacy ID and for `current` (a V4 ID); summed per group of titles. */
type TitleFlags = Readonly<Record<string, number>>;

const CURRENT = "current";

function titleFlags(title: string): TitleFlags {
  return Object.fromEntries([...LEGACY_IDS.map((id) => [id, mentions(title, id) ? 1 : 0] as const), [CURRENT, mentionsCurrent(title) ? 1 : 0] as const]);
}

/** How many titles of a heading's level under its parent name each legacy ID and a V4 ID (computed once per group). */
function titleCounts(doc: DocStructure, text: string, h: Heading): TitleFlags {
  if (doc.titleCounts.size === 0) {
    for (const x of doc.headings) {
      const key = `${x.parent}:${x.level}`;
      const c = doc.titleCounts.get(key);
      const f = titleFlags(text.slice(x.start, x.end));
      doc.titleCounts.set(key, c ? Object.fromEntries(Object.entries(f).map(([k, n]) => [k, n + c[k]!])) : f);
    }
  }
  return doc.titleCounts.get(`${h.parent}:${h.level}`)!;
}

/** Memoised per document: one verdict per table, list or set of sibling titles and legacy ID. */
function memo(doc: DocStructure, key: string, compute: () => Reason | null): Reason | null {
  if (doc.memo.has(key)) return doc.memo.get(key)!;
  const v = compute();
  doc.memo.set(key, v);
  return v;
}

/** A legacy ID alone, with or without a pass-through provider prefix. */
const NAME_ONLY = new RegExp(`^(?:@?deepseek[/:])?(?:${LEGACY_ALTERNATION})$`);

/**
 * The inline code span (`…`, ``…``) around [start, end) on its line, when it holds more than the
 * name itself: `model == "deepseek-chat"` is code shown in prose, `deepseek-chat` alone is a name.
 */
function inlineCode(text: string, start: number, end: number): Range | null {
  let ls = start;
  while (ls > 0 && text[ls - 1] !== "\n" && start - ls < 2000) ls--;
  let le = end;
  while (le < text.length && text[le] !== "\n" && le - end < 2000) le++;
  const line = text.slice(ls, le);
  const runs = [...line.matchAll(/`+/g)];
  for (let a = 0; a < runs.length; a++) {
    const open = runs[a]!;
    const close = runs.slice(a + 1).find((r) => r[0].length === open[0].length);
    if (!close) continue;
    const from = ls + open.index + open[0].length;
    const to = ls + close.index;
    if (from <= start && end <= to) {
      const inner = text.slice(from, to).trim().replace(/^["']|["']$/g, "");
      return NAME_ONLY.test(inner) ? null : { start: from, end: to };
    }
    a = runs.indexOf(close);
  }
  return null;
}

/**
 * Why a legacy ID in prose needs review, or null for a plain mention to rewrite:
 * - the prose already discusses the migration (`migration-prose`);
 * - notation that can only be code (`==`, `.equals(…)`, `^…$`), or an inline code span whose code
 *   compares, matches or keys on the name;
 * - in a document, a table, a list or a set of sibling section titles holding the other legacy
 *   name (`collection-both`) or a V4 ID (`collection-current`);
 * - a sentence, paragraph or comment block naming the other legacy name too (`collection-both`).
 */
export function proseReason(text: string, occ: Occurrence, doc: DocStructure | null = null): Reason | null {
  if (isMigrationProse(text, occ.start, occ.end)) return "migration-prose";
  const code = doc ? inlineCode(text, occ.start, occ.end) : null;
  const local = code
    ? lineHeuristic(text.slice(code.start, code.end), { ...occ, start: occ.start - code.start, end: occ.end - code.start }, "inline-code")
    : lineHeuristic(text, occ, "prose", true);
  if (local) return local;
  if (doc) {
    const group = rangeAt(doc.tables, occ.start) ?? rangeAt(doc.lists, occ.start);
    if (group) {
      const reason = memo(doc, `${group.start}:${occ.legacy}`, () => collectionReason(proseOf(doc, text, group), occ.legacy));
      if (reason) return reason;
    }
    const h = headingAt(doc, occ.start, occ.end);
    if (h !== -1) {
      const own = doc.headings[h]!;
      // The other titles at this level under the same parent: the sections a rename would merge.
      const counts = titleCounts(doc, text, own);
      const mine = titleFlags(text.slice(own.start, own.end));
      if (LEGACY_IDS.some((id) => id !== occ.legacy && counts[id]! - mine[id]! > 0)) return "collection-both";
      if (counts[CURRENT]! - mine[CURRENT]! > 0) return "collection-current";
    }
  }
  if (proseNamesOther(text, occ.start, occ.end, occ.legacy)) return "collection-both";
  return null;
}
