// Helpers shared by the structured-config rules (JSON, YAML, TOML, INI/.env, shell/.http): string
// decoding with an offset map back to the source, comment classification, parameter-expansion
// defaults. Generated files, snapshots and recordings by path are the engine's file context
// (src/check/context.ts), not repeated here.
import { LEGACY_ALTERNATION, type LegacyId } from "../src/catalog.js";
import type { Occurrence } from "../src/check/tokens.js";
import type { Detection, RuleContext, SdkId } from "../src/types.js";
import { proseReason } from "./checks/prose.js";
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
export function commentDetection(ctx: RuleContext, occ: Occurrence, snippet: SdkId): Detection {
  const reason = proseReason(ctx.text, occ);
  if (reason) return detect(occ, ctx, "review", reason);
  return detect(occ, ctx, "rewrite", "reference", { snippet });
}

/** A detection for a configuration value: renamed, with a note saying where thinking must be set. */
export function valueDetection(ctx: Pick<RuleContext, "openRouter">, occ: Occurrence, snippet: SdkId): Detection {
  return detect(occ, ctx, "rewrite", "config-value", { snippet, thinking: "note" });
}

const DEFAULT_EXPANSION = new RegExp(`\\$\\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+](${LEGACY_ALTERNATION})\\}`, "g");

/**
 * Legacy IDs written as the default of a parameter expansion (`${MODEL:-deepseek-chat}`), in shell,
 * `.env` and docker-compose interpolation. The token matcher skips them (a `-` precedes the ID), yet
 * they are the value the variable falls back to.
 */
export function defaultExpansions(text: string, from = 0, to = text.length): Occurrence[] {
  const out: Occurrence[] = [];
  // Searched within [from, to] only (the closing brace may sit at `to`): a search left to run on
  // would read the rest of the file for every range asked about.
  const part = text.slice(from, to + 1);
  if (!part.includes("${")) return out;
  DEFAULT_EXPANSION.lastIndex = 0;
  for (let m = DEFAULT_EXPANSION.exec(part); m !== null; m = DEFAULT_EXPANSION.exec(part)) {
    const end = from + m.index + m[0].length - 1;
    const start = end - m[1]!.length;
    out.push({ start, end, legacy: m[1] as LegacyId, prefix: "", kind: "plain" });
  }
  return out;
}
