// TOML files (pyproject.toml settings, app configs). smol-toml validates but gives no offsets, so a
// careful lexical pass tells keys, table headers, values, array members and comments apart.
import { parse as parseToml } from "smol-toml";
import { findOccurrences } from "../../src/check/tokens.js";
import type { LegacyId } from "../../src/catalog.js";
import type { Detection, Reason, Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { collectionReason, detect, isMigrationProse, mentionsOther } from "../shared.js";
import { containerVerdicts, type ContainerVerdicts } from "../checks/collection.js";
import { sdkForFile } from "../sdks/index.js";
import { commentDetection, valueDetection } from "../structured.js";

type Role = "key" | "header" | "value" | "comment";

interface Token {
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  /** The array this value is a direct member of, or -1. */
  readonly array: number;
  /** The table (inline, `[header]` or the root) this value is a direct member of, or -1. */
  readonly table: number;
  /** The list that table is an entry of: an array of inline tables, or all `[[name]]` blocks of one name; -1 if none. */
  readonly list: number;
  /** Every array, inline table and `[[name]]` list the token is inside. */
  readonly within: readonly number[];
  /** For strings: the decoded-enough value used to compare array members (quotes stripped). */
  readonly value: string;
  readonly multiline: boolean;
}

/** Lexes a TOML document into the tokens that can hold a model ID. */
/** The id of the root table: the `key = value` lines before any header. */
const ROOT_TABLE = 0;

export function lexToml(text: string): Token[] {
  const tokens: Token[] = [];
  const stack: { kind: "array" | "inline"; id: number; list: number }[] = [];
  let expectKey = true;
  let nextId = 0;
  let i = 0;
  const n = text.length;
  // The table that `key = value` lines belong to: the root, then each header's; `[[name]]` blocks of
  // one name together form a list.
  let table = ROOT_TABLE;
  nextId++;
  let tableList = -1;
  const tableLists = new Map<string, number>();
  /** Where a value token at the current position sits. */
  const place = (role: Role): Pick<Token, "array" | "table" | "list" | "within"> => {
    if (role !== "value") return { array: -1, table: -1, list: -1, within: [] };
    const top = stack[stack.length - 1];
    const within = [...(tableList === -1 ? [] : [tableList]), ...stack.map((e) => e.id)];
    if (!top) return { array: -1, table, list: tableList, within };
    if (top.kind === "array") return { array: top.id, table: -1, list: -1, within };
    return { array: -1, table: top.id, list: top.list, within };
  };
  const readString = (at: number, role: Role): number => {
    const q = text[at]!;
    const triple = text.startsWith(q.repeat(3), at);
    let k = at + (triple ? 3 : 1);
    while (k < n) {
      if (q === '"' && text[k] === "\\") {
        k += 2;
        continue;
      }
      if (triple ? text.startsWith(q.repeat(3), k) : text[k] === q) break;
      if (!triple && text[k] === "\n") break;
      k++;
    }
    // TOML allows up to two extra quotes right before a closing triple quote.
    let end = triple ? k + 3 : k + 1;
    while (triple && text[end] === q && end - k < 5) end++;
    end = Math.min(end, n);
    const inner = text.slice(at + (triple ? 3 : 1), Math.max(at + (triple ? 3 : 1), end - (triple ? 3 : 1)));
    tokens.push({ start: at, end, role, ...place(role), value: inner, multiline: triple });
    return end;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      if (stack.length === 0) expectKey = true;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (c === "#") {
      let le = text.indexOf("\n", i);
      if (le === -1) le = n;
      tokens.push({ start: i, end: le, role: "comment", ...place("comment"), value: "", multiline: false });
      i = le;
    } else if (c === "[" && stack.length === 0 && expectKey) {
      // A table header: every name in it is a key.
      let k = i;
      while (k < n && text[k] === "[") k++;
      const arrayOfTables = k - i === 2;
      const nameStart = k;
      while (k < n && text[k] !== "]" && text[k] !== "\n") {
        if (text[k] === '"' || text[k] === "'") k = readString(k, "header");
        else {
          const m = /^[A-Za-z0-9_-]+/.exec(text.slice(k, k + 200));
          if (m) {
            tokens.push({ start: k, end: k + m[0].length, role: "header", ...place("header"), value: m[0], multiline: false });
            k += m[0].length;
          } else k++;
        }
      }
      const name = text.slice(nameStart, k).replace(/\s+/g, "");
      table = nextId++;
      tableList = -1;
      if (arrayOfTables) {
        if (!tableLists.has(name)) tableLists.set(name, nextId++);
        tableList = tableLists.get(name)!;
      }
      while (k < n && text[k] === "]") k++;
      i = k;
    } else if (c === '"' || c === "'") i = readString(i, expectKey ? "key" : "value");
    else if (c === "=") {
      expectKey = false;
      i++;
    } else if (c === "[") {
      stack.push({ kind: "array", id: nextId++, list: -1 });
      i++;
    } else if (c === "{") {
      // An inline table that is an entry of an array makes that array a list of entries.
      const top = stack[stack.length - 1];
      stack.push({ kind: "inline", id: nextId++, list: top?.kind === "array" ? top.id : -1 });
      expectKey = true;
      i++;
    } else if (c === "]" || c === "}") {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === ",") {
      if (stack[stack.length - 1]?.kind === "inline") expectKey = true;
      i++;
    } else {
      const m = expectKey ? /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 200)) : /^[^\s,\]}#]+/.exec(text.slice(i, i + 200));
      const len = m ? m[0].length : 1;
      if (m) tokens.push({ start: i, end: i + len, role: expectKey ? "key" : "value", ...place(expectKey ? "key" : "value"), value: m[0], multiline: false });
      i += len;
    }
  }
  return tokens;
}

/**
 * Why a value is reviewed as part of a collection, the way the TypeScript rule sees the same shapes:
 * a member of an array holding both legacy names (or a V4 ID beside one); a field of an entry in a
 * list of entries (an array of inline tables, or `[[name]]` blocks) when the whole list does; one
 * table's string values holding both names. A rename would make those entries identical. The root
 * table is the file's settings, like a module's constants or a .env file: its values are renamed.
 */
function collection(tokens: readonly Token[], tok: Token, legacy: LegacyId, once: ContainerVerdicts): Reason | null {
  const values = (keep: (t: Token) => boolean): string =>
    tokens.filter((t) => t.role === "value" && keep(t)).map((t) => t.value).join("\n");
  // Each array, list and table is read once per legacy name, however many of its values name one.
  if (tok.array !== -1) return once(tokens, `array ${tok.array}`, legacy, () => collectionReason(values((t) => t.array === tok.array), legacy));
  if (tok.list !== -1) return once(tokens, `list ${tok.list}`, legacy, () => collectionReason(values((t) => t.within.includes(tok.list)), legacy));
  if (tok.table !== -1 && tok.table !== ROOT_TABLE) {
    return once(tokens, `table ${tok.table}`, legacy, () => (mentionsOther(values((t) => t.table === tok.table), legacy) ? "collection-both" : null));
  }
  return null;
}

export const tomlRule: Rule = {
  id: "toml",
  description: "Legacy model IDs in TOML: values, keys and table names, arrays, comments",
  appliesTo: (path) => /\.toml$/i.test(path),
  check(ctx: RuleContext): RuleOutput {
    const text = ctx.text;
    const snippet = sdkForFile(ctx.path, text);
    const tokens = lexToml(text);
    const detections: Detection[] = [];
    const once = containerVerdicts();
    for (const tok of tokens) {
      for (const occ of findOccurrences(text, tok.start, tok.end)) {
        if (tok.role === "comment") detections.push(commentDetection(ctx, occ, snippet));
        else if (tok.role === "key" || tok.role === "header") detections.push(detect(occ, ctx, "review", "mapping-key"));
        else if (tok.multiline) {
          // A multi-line string is text (a prompt, a description): prose rules apply.
          detections.push(
            isMigrationProse(text, occ.start, occ.end)
              ? detect(occ, ctx, "review", "migration-prose")
              : detect(occ, ctx, "rewrite", "reference", { snippet }),
          );
        } else {
          const reason = collection(tokens, tok, occ.legacy, once);
          detections.push(reason ? detect(occ, ctx, "review", reason) : valueDetection(ctx, occ, snippet));
        }
      }
    }
    return { detections };
  },
  validate(text) {
    try {
      parseToml(text);
      return null;
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      return msg.split("\n")[0] ?? "TOML error";
    }
  },
};
