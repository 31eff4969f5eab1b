// Jupyter notebooks' code cells, analysed as one program in the notebook's language (its kernel's
// `language`, Python when none is named) through the rule registry (rules/embed.ts). The cells run
// in order in one kernel, so they are joined in order: a client made in one cell is the client of a
// request in a later one. Each cell's source is a JSON string (or a list of strings, one per line);
// an edit is written back into the right string, JSON-escaped, and a line it adds becomes a string of
// its own, so the notebook stays in the layout Jupyter writes. IPython syntax (`%magic`, `!command`)
// is blanked out as a comment of the same length; cells that do not parse alone, and `%%` cell magics,
// are left to the JSON rule's line checks.
import { parseTree, type Node, type ParseError } from "jsonc-parser";
import { lastAtMost } from "../../src/check/tokens.js";
import type { Edit, RuleContext, RuleOutput } from "../../src/types.js";
import { analyseEmbedded, ruleForName, virtualName, type EmbeddedView } from "../embed.js";
import { members } from "../targets/json.js";
import { decodeJsonString } from "../structured.js";

/** One JSON string of a cell's source: its decoded value and each character's host offset. */
interface Part {
  /** Offset of the part's first character in the joined program. */
  readonly at: number;
  readonly value: string;
  /** Host offset of each decoded character, plus the closing quote's. */
  readonly map: readonly number[];
  /** Whether the source is a list of strings (a line added by an edit becomes a string of its own). */
  readonly listed: boolean;
  /** The host text before the string's opening quote on its line (a new string starts a line only after blanks). */
  readonly indent: string;
}

const IPYTHON_LINE = /^([ \t]*)[%!?]/gm;

/** The notebook's code cells as one program and the way back to the JSON strings; null when it is not a notebook. */
async function program(ctx: RuleContext): Promise<{ name: string; view: EmbeddedView } | null> {
  const errors: ParseError[] = [];
  const root = parseTree(ctx.text, errors, { allowTrailingComma: true });
  const cells = members(root).get("cells");
  // A notebook that is not valid JSON is not one Jupyter would run: its strings are left to the JSON rule.
  if (!root || errors.length > 0 || cells?.type !== "array") return null;
  const meta = members(root).get("metadata");
  const language = stringAt(members(members(meta).get("kernelspec")).get("language")) ?? stringAt(members(members(meta).get("language_info")).get("name")) ?? "python";
  const name = virtualName(language);
  const rule = name ? await ruleForName(name) : null;
  if (!name || !rule) return null;
  const parts: Part[] = [];
  let text = "";
  for (const cell of cells.children ?? []) {
    const props = members(cell);
    if (stringAt(props.get("cell_type")) !== "code") continue;
    const source = props.get("source");
    const strings = source?.type === "array" ? (source.children ?? []) : source ? [source] : [];
    const decoded = strings.map((s) => (s.type === "string" ? decodeJsonString(ctx.text, s.offset, s.offset + s.length) : null));
    if (decoded.some((d) => d === null)) continue;
    const code = decoded.map((d) => d!.value).join("");
    if (/^\s*%%/.test(code)) continue;
    // `%timeit f()`, `!pip install x`: IPython, not the language; the same length keeps every offset.
    const plain = code.replace(IPYTHON_LINE, (_m, ws: string) => `${ws}#`);
    if (rule.validate && (await rule.validate(plain, name)) !== null) continue;
    let at = text.length;
    strings.forEach((s, i) => {
      const d = decoded[i]!;
      const lineStart = ctx.text.lastIndexOf("\n", s.offset - 1) + 1;
      parts.push({ at, value: d.value, map: d.map, listed: source?.type === "array", indent: ctx.text.slice(lineStart, s.offset) });
      at += d.value.length;
    });
    text += `${plain}\n`;
  }
  if (parts.length === 0) return null;

  /** The part holding virtual offset `i`, or for an offset between cells, the part before it. */
  const ats = parts.map((p) => p.at);
  const partAt = (i: number): { part: Part; k: number } => {
    let lo = lastAtMost(ats, i);
    let p = parts[lo]!;
    // An empty string shares its offset with the next part: use the one that holds characters.
    while (lo + 1 < parts.length && parts[lo + 1]!.at === p.at && p.value.length === 0) p = parts[++lo]!;
    return { part: p, k: Math.min(i - p.at, p.value.length) };
  };
  const toHost = (i: number): number => {
    const { part, k } = partAt(i);
    return part.map[k]!;
  };
  const edit = (e: Edit): Edit | null => {
    const a = partAt(e.start);
    const b = partAt(e.end);
    if (a.part !== b.part) return null;
    const { part } = a;
    // The string's text after the edit decides where a listed source splits into lines.
    const after = part.value.slice(0, a.k) + e.text + part.value.slice(b.k);
    let out = "";
    let pos = a.k;
    for (const ch of e.text) {
      out += JSON.stringify(ch).slice(1, -1);
      pos += ch.length;
      if (ch === "\n" && part.listed && pos < after.length) out += /^[ \t]*$/.test(part.indent) ? `",\n${part.indent}"` : `", "`;
    }
    return { start: part.map[a.k]!, end: part.map[b.k]!, text: out };
  };
  return { name, view: { text, toHost, edit } };
}

function stringAt(node: Node | undefined): string | undefined {
  return node?.type === "string" && typeof node.value === "string" ? node.value : undefined;
}

/**
 * The JSON rule's output for a notebook, with every occurrence in a code cell that the cell's
 * language adapter judged replaced by that judgement. Other files pass through unchanged.
 */
export async function withNotebookCells(ctx: RuleContext, out: RuleOutput): Promise<RuleOutput> {
  if (!/\.ipynb$/i.test(ctx.path)) return out;
  const code = await program(ctx);
  if (!code) return out;
  const embedded = await analyseEmbedded(ctx, code.name, code.view, { owner: "json" });
  if (!embedded || embedded.detections.length === 0) return out;
  const judged = new Set(embedded.detections.map((d) => d.start));
  return {
    detections: [...out.detections.filter((d) => !judged.has(d.start)), ...embedded.detections].sort((a, b) => a.start - b.start),
    advisories: [...(out.advisories ?? []), ...(embedded.advisories ?? [])],
  };
}
