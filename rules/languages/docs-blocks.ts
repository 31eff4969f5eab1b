// Code blocks inside documents and doc comments, found line by line: Markdown/MDX fences (``` and ~~~,
// indented in lists and components), reStructuredText `.. code-block:: lang` directives and `::`
// literal blocks, AsciiDoc `[source,lang]` listings; in docstrings and JSDoc comments, ``` fences,
// doctest `>>> ` sessions, `@example` sections and code indented under an `Example:` / `Usage:` / `::`
// line. Each block is handed to its language's adapter through the rule registry (rules/embed.ts);
// what is not a block stays prose.
import { findOccurrences } from "../../src/check/tokens.js";
import type { AdvisoryDetection, Detection, RuleContext } from "../../src/types.js";
import { analyseEmbedded, isSessionTag, linesView, virtualName, type BlockLine } from "../embed.js";

/** A code block: its language tag, its lines (prefix removed) and the prefix an inserted line gets. */
export interface CodeBlock {
  readonly tag: string;
  readonly lines: readonly BlockLine[];
  readonly prefix: string;
}

interface Line {
  readonly start: number;
  /** End of the line's text, before `\r\n` / `\n`. */
  readonly end: number;
  readonly text: string;
}

function splitLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  for (let start = from; start <= to; ) {
    let nl = text.indexOf("\n", start);
    if (nl === -1 || nl > to) nl = to;
    const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl >= to) break;
    start = nl + 1;
  }
  return out;
}

const leading = (s: string): number => /^[ \t]*/.exec(s)![0].length;
const blank = (s: string): boolean => s.trim() === "";

/** A line with up to `n` leading blanks removed. */
function strip(l: Line, n: number): BlockLine {
  return { start: l.start + Math.min(n, leading(l.text)), end: l.end };
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\n]*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;

/**
 * Fenced blocks among `lines`; `fallback` is the tag of a fence without one (null: such fences are
 * skipped); `prefix` gives the host text an inserted line starts with, from the fence's line and indentation.
 */
function fences(lines: readonly Line[], fallback: string | null, prefix: (l: Line, indent: number) => string): { blocks: CodeBlock[]; used: Set<number> } {
  const blocks: CodeBlock[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!.text);
    if (!open) continue;
    const [, indent, fence] = open as unknown as [string, string, string, string];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = FENCE_CLOSE.exec(lines[j]!.text);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
    }
    for (let k = i; k <= Math.min(j, lines.length - 1); k++) used.add(k);
    const tag = open[3]!.trim() || fallback;
    if (j < lines.length && tag) {
      const body = lines.slice(i + 1, j).map((l) => strip(l, indent.length));
      blocks.push({ tag, lines: body, prefix: prefix(lines[i]!, indent.length) });
    }
    i = j;
  }
  return { blocks, used };
}

const RST_DIRECTIVE = /^([ \t]*)\.\.[ \t]+(code-block|code|sourcecode|doctest|highlight)::[ \t]*(\S*)/;

/** An indented body after line `i` (options and blank lines skipped), deeper than `base`. */
function indentedBody(lines: readonly Line[], i: number, base: number, options: boolean): { lines: BlockLine[]; last: number; indent: string } | null {
  let j = i + 1;
  if (options) while (j < lines.length && !blank(lines[j]!.text) && leading(lines[j]!.text) > base && /^\s*:[\w-]+:/.test(lines[j]!.text)) j++;
  let last = -1;
  let depth = Infinity;
  for (let k = j; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (blank(t)) continue;
    if (leading(t) <= base) break;
    last = k;
    depth = Math.min(depth, leading(t));
  }
  if (last === -1) return null;
  while (j <= last && blank(lines[j]!.text)) j++;
  const body = lines.slice(j, last + 1).map((l) => strip(l, depth));
  return { lines: body, last, indent: lines[j]!.text.slice(0, depth) };
}

/** reStructuredText code directives and `::` literal blocks (in the `.. highlight::` language, Python by default). */
function rstBlocks(lines: readonly Line[]): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let highlight = "python";
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.text;
    const d = RST_DIRECTIVE.exec(l);
    if (d && d[2] === "highlight") {
      if (d[3]) highlight = d[3];
      continue;
    }
    const literal = !d && /::[ \t]*$/.test(l) && !/^\s*\.\./.test(l);
    if (!d && !literal) continue;
    const body = indentedBody(lines, i, leading(l), Boolean(d));
    if (!body) continue;
    const tag = d ? (d[2] === "doctest" ? "python" : d[3] || highlight) : highlight;
    blocks.push({ tag, lines: body.lines, prefix: body.indent });
    i = body.last;
  }
  return blocks;
}

/** AsciiDoc `[source,lang]` listings delimited by `----`. */
function adocBlocks(lines: readonly Line[]): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const attr = /^\[(?:source)?,\s*([\w#+.-]+)[^\]]*\]\s*$/.exec(lines[i]!.text);
    if (!attr) continue;
    const delim = lines[i + 1]!.text.trim();
    if (!/^-{4,}$/.test(delim)) continue;
    let j = i + 2;
    while (j < lines.length && lines[j]!.text.trim() !== delim) j++;
    if (j >= lines.length) break;
    blocks.push({ tag: attr[1]!, lines: lines.slice(i + 2, j).map((l) => strip(l, 0)), prefix: "" });
    i = j;
  }
  return blocks;
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const RST = /\.rst$/i;
const ADOC = /\.(?:adoc|asciidoc)$/i;

/** The code blocks of a document, by its kind (Markdown/MDX, reStructuredText, AsciiDoc). */
export function documentBlocks(path: string, text: string): CodeBlock[] {
  const lines = splitLines(text);
  if (MARKDOWN.test(path)) return fences(lines, null, (l, n) => l.text.slice(0, n)).blocks;
  if (RST.test(path)) return rstBlocks(lines);
  if (ADOC.test(path)) return adocBlocks(lines);
  return [];
}

const EXAMPLE_HEADER = /^[ \t]*(?:examples?|usage|example usage|for example|e\.g\.)[ \t]*:{1,2}[ \t]*$/i;
const JSDOC_EXAMPLE = /^[ \t]*@example\b/;
const JSDOC_TAG = /^[ \t]*@\w+/;

/**
 * Code examples inside a doc comment or docstring, given its content lines (the host ranges after
 * any comment prefix such as ` * `): ``` fences, `@example` sections (JSDoc), and code indented under
 * an `Example:` / `Usage:` line or a line ending in `::`. Untagged examples are in the host's language.
 */
export function commentBlocks(hostText: string, content: readonly BlockLine[], hostTag: string): CodeBlock[] {
  const lines: Line[] = content.map((c) => ({ start: c.start, end: c.end, text: hostText.slice(c.start, c.end) }));
  const prefixOf = (l: Line, indent: number): string => hostText.slice(lineStartOf(hostText, l.start), l.start) + l.text.slice(0, indent);
  const { blocks, used } = fences(lines, hostTag, prefixOf);
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const t = lines[i]!.text;
    if (JSDOC_EXAMPLE.test(t)) {
      let j = i + 1;
      while (j < lines.length && !JSDOC_TAG.test(lines[j]!.text) && !used.has(j)) j++;
      const body = lines.slice(i + 1, j);
      const depth = Math.min(...body.filter((l) => !blank(l.text)).map((l) => leading(l.text)));
      if (Number.isFinite(depth) && body.length > 0) {
        const firstCode = body.find((l) => !blank(l.text))!;
        blocks.push({ tag: hostTag, lines: body.map((l) => strip(l, depth)), prefix: prefixOf(firstCode, depth) });
      }
      i = j - 1;
      continue;
    }
    if (EXAMPLE_HEADER.test(t) || (/::[ \t]*$/.test(t) && !/^\s*\.\./.test(t)) || /^[ \t]*>>>[ \t]/.test(t)) {
      if (/^[ \t]*>>>[ \t]/.test(t)) {
        // A doctest session right in the text: its prompt lines are the code.
        let j = i;
        while (j < lines.length && !blank(lines[j]!.text) && !used.has(j)) j++;
        blocks.push({ tag: hostTag, lines: lines.slice(i, j).map((l) => strip(l, 0)), prefix: prefixOf(lines[i]!, 0) });
        i = j - 1;
        continue;
      }
      const body = indentedBody(lines, i, leading(t), false);
      if (!body) continue;
      const firstLine = lines.find((l) => l.start <= body.lines[0]!.start && body.lines[0]!.start <= l.end)!;
      blocks.push({ tag: hostTag, lines: body.lines, prefix: prefixOf(firstLine, body.lines[0]!.start - firstLine.start) });
      i = body.last;
    }
  }
  return blocks;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * A doctest session (`>>> ` and `... ` prompts) as the code it runs: the prompt lines without their
 * prompts; the output lines are left out. Null when the block is not one.
 */
function doctest(hostText: string, block: CodeBlock): CodeBlock | null {
  const texts = block.lines.map((l) => hostText.slice(l.start, l.end));
  const first = texts.find((t) => !blank(t));
  if (first === undefined || !/^[ \t]*>>>(?:[ \t]|$)/.test(first)) return null;
  const lines: BlockLine[] = [];
  let prompt = "";
  block.lines.forEach((l, i) => {
    const m = /^([ \t]*)(>>>|\.\.\.)([ \t]|$)/.exec(texts[i]!);
    if (!m) return;
    if (!prompt) prompt = m[1]!;
    lines.push({ start: l.start + m[0].length, end: l.end });
  });
  return { tag: block.tag, lines, prefix: `${block.prefix}${prompt}... ` };
}

/** A terminal session: the `$ ` prompt lines as commands (continued by trailing `\`); output lines left out. */
function session(hostText: string, block: CodeBlock): CodeBlock | null {
  const lines: BlockLine[] = [];
  let continued = false;
  for (const l of block.lines) {
    const t = hostText.slice(l.start, l.end);
    const m = /^[ \t]*\$[ \t]/.exec(t);
    if (m && !continued) lines.push({ start: l.start + m[0].length, end: l.end });
    else if (continued) lines.push(l);
    else continue;
    continued = /\\$/.test(t);
  }
  return lines.length > 0 ? { tag: block.tag, lines, prefix: block.prefix } : null;
}

/** What the adapters found in a document's blocks, in host offsets, and which occurrences they judged. */
export interface Embedded {
  readonly detections: Detection[];
  readonly advisories: AdvisoryDetection[];
  /** Start offsets of the occurrences judged as code; the host judges the others its own way. */
  readonly judged: Set<number>;
}

/**
 * Runs every block that holds a legacy name through its language's adapter. Blocks in a language no
 * adapter owns, and blocks that do not parse in theirs, are left to the host (`judged` lacks them).
 * `owner`: the host's rule id, when a block must never be handed back to it (a document in a document).
 */
export async function embedBlocks(ctx: RuleContext, blocks: readonly CodeBlock[], owner?: string): Promise<Embedded> {
  const out: Embedded = { detections: [], advisories: [], judged: new Set() };
  for (const raw of blocks) {
    if (raw.lines.length === 0) continue;
    const from = raw.lines[0]!.start;
    const to = raw.lines[raw.lines.length - 1]!.end;
    if (findOccurrences(ctx.text, from, to).length === 0) continue;
    const name = virtualName(raw.tag);
    if (!name) continue;
    const block = (/\.py$/.test(name) ? doctest(ctx.text, raw) : isSessionTag(raw.tag) ? session(ctx.text, raw) : null) ?? raw;
    const result = await analyseEmbedded(ctx, name, linesView(ctx.text, block.lines, block.prefix), owner === undefined ? {} : { owner });
    if (!result) continue;
    for (const d of result.detections) {
      if (out.judged.has(d.start)) continue;
      out.judged.add(d.start);
      out.detections.push(d);
    }
    out.advisories.push(...(result.advisories ?? []));
  }
  return out;
}
