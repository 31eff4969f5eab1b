// RequestTarget for JSON: a request body written as a JSON object (a file, or a body embedded in a
// script or `.http` file through a JsonView). Appends follow the object's own layout and are
// re-parsed before they are offered.
import { parseTree, type Node, type ParseError } from "jsonc-parser";
import type { Edit } from "../../src/types.js";
import type { JsonValue, KeyPath, RequestTarget, Value } from "../api.js";

/** The JSON text an object lives in and how its offsets map back to the file. */
export interface JsonSource {
  readonly text: string;
  toFile(i: number): number;
  encode(s: string): string;
}

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true } as const;

/** Members of an object node by key (the last one wins, as in JSON.parse). */
export function members(obj: Node | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  if (obj?.type !== "object") return out;
  for (const p of obj.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k?.type === "string" && typeof k.value === "string" && v) out.set(k.value, v);
  }
  return out;
}

function valueOf(node: Node, text: string): Value {
  const src = text.slice(node.offset, node.offset + node.length);
  if (node.type === "object") return { kind: "object" };
  if (node.type === "string" || node.type === "number" || node.type === "boolean" || node.type === "null") {
    return { kind: "literal", value: node.value as string | number | boolean | null, text: src };
  }
  return { kind: "opaque", text: src };
}

/** A value as JSON text: `{"type": "disabled"}`, or `{"type":"disabled"}` when `compact`. */
function render(v: JsonValue, compact: boolean): string {
  if (v !== null && typeof v === "object") {
    const sep = compact ? ":" : ": ";
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${sep}${render(x, compact)}`).join(compact ? "," : ", ")}}`;
  }
  return JSON.stringify(v);
}

/** The request target of the JSON object `obj` in `src`. */
export function objectTarget(src: JsonSource, obj: Node): RequestTarget {
  return {
    callee: "",
    keys: new Set(members(obj).keys()),
    read(path: KeyPath): Value {
      let cur: Node | undefined = obj;
      for (const key of path) {
        if (cur?.type !== "object") return { kind: "absent" };
        cur = members(cur).get(key);
      }
      return cur ? valueOf(cur, src.text) : { kind: "absent" };
    },
    append(path: KeyPath, value: JsonValue): Edit[] | null {
      let cur = obj;
      let i = 0;
      for (; i < path.length; i++) {
        const next = members(cur).get(path[i]!);
        if (!next) break;
        if (next.type !== "object" || i === path.length - 1) return null;
        cur = next;
      }
      const nested = path.slice(i + 1).reduceRight<JsonValue>((v, k) => ({ [k]: v }), value);
      const ins = memberInsertion(src.text, cur, (compact) => `${JSON.stringify(path[i]!)}${compact ? ":" : ": "}${render(nested, compact)}`);
      // The body must still be valid JSON with the member in place.
      const next = src.text.slice(0, ins.offset) + ins.text + src.text.slice(ins.offset);
      const errors: ParseError[] = [];
      parseTree(next, errors, PARSE_OPTIONS);
      if (errors.length > 0) return null;
      const at = ins.offset === 0 ? src.toFile(0) : src.toFile(ins.offset - 1) + 1;
      return [{ start: at, end: at, text: src.encode(ins.text) }];
    },
  };
}

/**
 * Where and what to insert so that the JSON object `obj` gains one more member, following its
 * layout: a new line with the sibling indentation for multi-line objects (the trailing-comma habit
 * survives because the text goes right after the last member), `, member` before the closing brace
 * for one-line objects, compact (`"k":v`) when the object is written without spaces.
 */
export function memberInsertion(text: string, obj: Node, member: (compact: boolean) => string): { offset: number; text: string } {
  const objStart = obj.offset;
  const objEnd = obj.offset + obj.length;
  const body = text.slice(objStart, objEnd);
  const children = obj.children ?? [];
  const last = children[children.length - 1];
  const compact = !/"\s*:\s/.test(body) && /":[^\s]/.test(body);
  if (!last) return { offset: objStart + 1, text: member(false) };
  const lastStart = last.offset;
  const lastEnd = last.offset + last.length;
  const multiLine = text.slice(objStart, lastStart).includes("\n");
  if (multiLine) {
    const lineStart = text.lastIndexOf("\n", lastStart - 1) + 1;
    const lead = text.slice(lineStart, lastStart);
    const indent = /^\s*$/.test(lead) ? lead : (/^\s*/.exec(lead)?.[0] ?? "");
    const eol = text[lineStart - 2] === "\r" ? "\r\n" : "\n";
    return { offset: lastEnd, text: `,${eol}${indent}${member(false)}` };
  }
  const sep = /,\s/.test(body) || !compact ? ", " : ",";
  return { offset: lastEnd, text: `${sep}${member(compact)}` };
}
