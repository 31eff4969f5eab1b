// Examples inside doc comments: Python docstrings and JSDoc/TSDoc `/** … */` comments. A docstring's
// `>>> ` session, code under `Example:` / `Usage:` / `::`, a ``` fence, or a JSDoc `@example` section
// shows code of the host language; it is analysed as such (docs-blocks.ts, through the registry), so
// a request it shows gets the thinking setting a real call gets. The rest of the comment stays prose.
import type { Node } from "web-tree-sitter";
import { findOccurrences } from "../../src/check/tokens.js";
import type { RuleContext, RuleOutput } from "../../src/types.js";
import type { BlockLine } from "../embed.js";
import { commentBlocks, embedBlocks } from "./docs-blocks.js";

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Whether a statement is its block's (or module's) first, the place of a docstring. */
function firstStatement(stmt: Node): boolean {
  const parent = stmt.parent;
  if (!parent || (parent.type !== "module" && parent.type !== "block")) return false;
  const first = parent.namedChildren.find((c) => c !== null && c.type !== "comment");
  return first?.startIndex === stmt.startIndex;
}

/**
 * The content ranges (inside the quotes) of the docstrings holding a legacy name: a string that is
 * the first statement of a module, class or function. Only docstrings spelling `>>>`, a fence, or an
 * example header can hold code, which the caller looks for.
 */
export function pythonDocstrings(root: Node, text: string): Range[] {
  const out = new Map<number, Range>();
  for (const occ of findOccurrences(text)) {
    let n: Node | null = root.descendantForIndex(occ.start, occ.end);
    while (n && n.type !== "string") n = n.type === "comment" ? null : n.parent;
    if (!n || out.has(n.startIndex)) continue;
    const stmt = n.parent;
    if (stmt?.type !== "expression_statement" || stmt.namedChildCount !== 1 || !firstStatement(stmt)) continue;
    const open = n.children.find((c) => c?.type === "string_start");
    const close = n.children.find((c) => c?.type === "string_end");
    if (!open || !close || /f/i.test(open.text)) continue;
    out.set(n.startIndex, { start: open.endIndex, end: close.startIndex });
  }
  return [...out.values()];
}

/**
 * The `/** … *\/` comments holding a legacy name, found by a small lexer that skips strings,
 * templates and other comments (content ranges, between the delimiters).
 */
export function jsDocComments(text: string): Range[] {
  const out: Range[] = [];
  if (!text.includes("/**")) return out;
  const occs = findOccurrences(text);
  if (occs.length === 0) return out;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? text.length : close;
      if (text[i + 2] === "*" && text[i + 3] !== "/" && occs.some((o) => o.start > i && o.end <= end)) out.push({ start: i + 3, end });
      i = end + 1;
    } else if (c === '"' || c === "'" || c === "`") {
      let k = i + 1;
      while (k < text.length && text[k] !== c && !(c !== "`" && text[k] === "\n")) k += text[k] === "\\" ? 2 : 1;
      i = k;
    }
  }
  return out;
}

/** The lines of a comment's content, each from the first character after its ` * ` (JSDoc) or from column 0. */
function contentLines(text: string, range: Range, jsdoc: boolean): BlockLine[] {
  const lines: BlockLine[] = [];
  for (let start = range.start; start <= range.end; ) {
    let nl = text.indexOf("\n", start);
    if (nl === -1 || nl > range.end) nl = range.end;
    const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    let from = start;
    if (jsdoc) {
      const star = /^[ \t]*\*(?!\/)[ \t]?/.exec(text.slice(start, end));
      if (star) from = start + star[0].length;
      else if (start === range.start) from = start + (/^[ \t]?/.exec(text.slice(start, end))?.[0].length ?? 0);
    }
    lines.push({ start: from, end });
    if (nl >= range.end) break;
    start = nl + 1;
  }
  return lines;
}

const TS_HOST: readonly [RegExp, string][] = [
  [/\.tsx$/i, "tsx"],
  [/\.jsx$/i, "jsx"],
  [/\.[cm]?js$/i, "js"],
];

/**
 * `out` (the host rule's own findings) with the occurrences inside doc-comment examples judged as
 * code of the host language instead. `ranges` are the comments' content ranges.
 */
export async function withDocExamples(ctx: RuleContext, out: RuleOutput, ranges: readonly Range[], host: "python" | "jsdoc"): Promise<RuleOutput> {
  if (ranges.length === 0) return out;
  const tag = host === "python" ? "python" : (TS_HOST.find(([re]) => re.test(ctx.path))?.[1] ?? "ts");
  const blocks = ranges.flatMap((r) => commentBlocks(ctx.text, contentLines(ctx.text, r, host === "jsdoc"), tag));
  if (blocks.length === 0) return out;
  const code = await embedBlocks(ctx, blocks);
  if (code.judged.size === 0) return out;
  return {
    detections: [...out.detections.filter((d) => !code.judged.has(d.start)), ...code.detections].sort((a, b) => a.start - b.start),
    advisories: [...(out.advisories ?? []), ...code.advisories],
  };
}
