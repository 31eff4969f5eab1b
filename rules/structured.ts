// Helpers shared by the structured-config rules (JSON, YAML, TOML, INI/.env, shell/.http): string
// decoding with an offset map back to the source, comment classification, parameter-expansion
// defaults and the insertion of the thinking member into a JSON request body. Generated files,
// snapshots and recordings by path are the engine's file context (src/context.ts), not repeated here.
import { legacyEntry, thinkingJson, type LegacyId } from "../src/catalog.js";
import type { Occurrence } from "../src/tokens.js";
import type { Detection, RuleContext, SnippetKind } from "../src/types.js";
import { proseReason } from "./prose.js";
import { detect } from "./shared.js";

/** A decoded string and, for each decoded character (plus one past the end), its offset in the source. */
export interface Decoded {
  readonly value: string;
  readonly map: readonly number[];
}

const JSON_ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Decodes the JSON string literal `text[start, end)` (quotes included); null when it is not one. */
export function decodeJsonString(text: string, start: number, end: number): Decoded | null {
  if (text[start] !== '"' || text[end - 1] !== '"' || end - start < 2) return null;
  let value = "";
  const map: number[] = [];
  for (let i = start + 1; i < end - 1; i++) {
    const c = text[i]!;
    if (c !== "\\") {
      value += c;
      map.push(i);
      continue;
    }
    const n = text[i + 1];
    if (n === "u") {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      value += String.fromCharCode(parseInt(hex, 16));
      map.push(i);
      i += 5;
    } else if (n !== undefined && JSON_ESCAPES[n] !== undefined) {
      value += JSON_ESCAPES[n];
      map.push(i);
      i += 1;
    } else return null;
  }
  map.push(end - 1);
  return { value, map };
}

/**
 * The source range of the decoded range [from, to), or null when the source characters there are not
 * the decoded characters themselves (an escape inside the ID): such a literal cannot be edited by range.
 */
export function sourceRange(text: string, d: Decoded, from: number, to: number): { start: number; end: number } | null {
  const start = d.map[from]!;
  const end = d.map[to - 1]! + 1;
  return text.slice(start, end) === d.value.slice(from, to) ? { start, end } : null;
}

/** An occurrence found in a decoded value, moved to source offsets. */
export function moveOccurrence(occ: Occurrence, start: number, end: number): Occurrence {
  return { ...occ, start, end };
}

/**
 * A detection for an occurrence inside a comment: a rewrite, unless the comment is prose a rename
 * would spoil (it discusses the migration, or names both modes: "deepseek-chat or deepseek-reasoner"
 * would read "X or X").
 */
export function commentDetection(ctx: RuleContext, occ: Occurrence, snippet: SnippetKind): Detection {
  const reason = proseReason(ctx.text, occ);
  if (reason) return detect(occ, ctx, "review", reason);
  return detect(occ, ctx, "rewrite", "reference", { snippet });
}

/** A detection for a configuration value: renamed, with a note saying where thinking must be set. */
export function valueDetection(ctx: Pick<RuleContext, "openRouter">, occ: Occurrence, snippet: SnippetKind): Detection {
  return detect(occ, ctx, "rewrite", "config-value", { snippet, thinking: "note" });
}

/** The JSON member that reproduces a legacy ID's behaviour, in the spacing style of its surroundings. */
export function thinkingMember(legacy: LegacyId, compact: boolean): string {
  const mode = legacyEntry(legacy).thinking;
  return compact ? `"thinking":{"type":"${mode}"}` : `"thinking": ${thinkingJson(mode)}`;
}

/**
 * Where and what to insert so that a JSON object `text[objStart, objEnd)` whose last member ends at
 * `lastEnd` gains one more member, following its layout: a new line with the sibling indentation
 * for multi-line objects (the trailing-comma habit survives because the text goes right after the
 * last member), `, member` before the closing brace for one-line objects.
 */
export function memberInsertion(
  text: string,
  objStart: number,
  objEnd: number,
  lastStart: number,
  lastEnd: number,
  legacy: LegacyId,
): { offset: number; text: string } {
  const body = text.slice(objStart, objEnd);
  const multiLine = text.slice(objStart, lastStart).includes("\n");
  if (multiLine) {
    const lineStart = text.lastIndexOf("\n", lastStart - 1) + 1;
    const lead = text.slice(lineStart, lastStart);
    const indent = /^\s*$/.test(lead) ? lead : (/^\s*/.exec(lead)?.[0] ?? "");
    const eol = text[lineStart - 2] === "\r" ? "\r\n" : "\n";
    return { offset: lastEnd, text: `,${eol}${indent}${thinkingMember(legacy, false)}` };
  }
  const compact = !/"\s*:\s/.test(body) && /":[^\s]/.test(body);
  const sep = /,\s/.test(body) || !compact ? ", " : ",";
  return { offset: lastEnd, text: `${sep}${thinkingMember(legacy, compact)}` };
}

const DEFAULT_EXPANSION = /\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+](deepseek-(?:chat|reasoner))\}/g;

/**
 * Legacy IDs written as the default of a parameter expansion (`${MODEL:-deepseek-chat}`), in shell,
 * `.env` and docker-compose interpolation. The token matcher skips them (a `-` precedes the ID), yet
 * they are the value the variable falls back to.
 */
export function defaultExpansions(text: string, from = 0, to = text.length): Occurrence[] {
  const out: Occurrence[] = [];
  DEFAULT_EXPANSION.lastIndex = from;
  for (let m = DEFAULT_EXPANSION.exec(text); m !== null && m.index < to; m = DEFAULT_EXPANSION.exec(text)) {
    const end = m.index + m[0].length - 1;
    if (end > to) break;
    const start = end - m[1]!.length;
    out.push({ start, end, legacy: m[1] as LegacyId, prefix: "", kind: "plain" });
  }
  return out;
}
