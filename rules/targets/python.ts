// RequestTarget for Python: a request's parameters as a call's keyword arguments or as a dict
// literal (a body sent as `json=` or spread as `**body`). Reads follow nested dict literals; appends
// go through one helper that knows commas, trailing commas and one-line vs multi-line layouts.
import type { Node } from "web-tree-sitter";
import type { Edit } from "../../src/types.js";
import type { JsonValue, KeyPath, RequestTarget, Value } from "../api.js";

/** What the target needs from the Python adapter. */
export interface PythonSource {
  readonly text: string;
  readonly eol: string;
}

function kids(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

/** A call's callee text without whitespace (`client.chat.completions.create`). */
export function calleeText(call: Node, text: string): string {
  const fn = call.childForFieldName("function");
  return fn ? text.slice(fn.startIndex, fn.endIndex).replace(/\s+/g, "") : "";
}

/** Dictionary pairs keyed by plain string keys (an f-string or a concatenation is no key). */
function dictEntries(dict: Node, text: string): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const p of kids(dict)) {
    if (p.type !== "pair") continue;
    const key = plainKey(p.childForFieldName("key"), text);
    const value = p.childForFieldName("value");
    if (key !== null && value) out.set(key, value);
  }
  return out;
}

function plainKey(node: Node | null, text: string): string | null {
  if (!node || node.type !== "string") return null;
  const parts = node.namedChildren.filter((c): c is Node => c !== null);
  if (parts.some((c) => c.type === "interpolation")) return null;
  const content = parts.find((c) => c.type === "string_content");
  // An escape makes the source differ from the value: not a key to compare by its text.
  if (content && content.namedChildren.length > 0) return null;
  return content ? text.slice(content.startIndex, content.endIndex) : "";
}

function keywordArgs(args: Node | null): Map<string, Node> {
  const out = new Map<string, Node>();
  if (!args || args.type !== "argument_list") return out;
  for (const a of kids(args)) {
    if (a.type !== "keyword_argument") continue;
    const name = a.childForFieldName("name");
    const value = a.childForFieldName("value");
    if (name && value) out.set(name.text, value);
  }
  return out;
}

const hasSplat = (container: Node): boolean => kids(container).some((k) => k.type === "dictionary_splat");

function valueOf(node: Node, text: string): Value {
  const src = text.slice(node.startIndex, node.endIndex);
  switch (node.type) {
    case "dictionary":
      return { kind: "object" };
    case "string": {
      const key = plainKey(node, text);
      return key === null ? { kind: "opaque", text: src } : { kind: "literal", value: key, text: src };
    }
    case "true":
    case "false":
      return { kind: "literal", value: node.type === "true", text: src };
    case "integer":
    case "float":
      return { kind: "literal", value: Number(src), text: src };
    case "none":
      return { kind: "literal", value: null, text: src };
    default:
      return { kind: "opaque", text: src };
  }
}

/** Reads `path` below a first value, through nested dict literals. */
function readBelow(first: Node | undefined, rest: KeyPath, text: string): Value {
  let cur = first;
  for (const key of rest) {
    if (!cur) return { kind: "absent" };
    // A container built elsewhere: what it holds is not written here.
    if (cur.type !== "dictionary") return { kind: "absent" };
    cur = dictEntries(cur, text).get(key);
  }
  return cur ? valueOf(cur, text) : { kind: "absent" };
}

/**
 * Edits adding `value` at `rest` inside the dict literal `first` (creating nested dicts as needed),
 * or null when a dict on the way is not a literal or may hold the key through `**`.
 */
function appendBelow(src: PythonSource, first: Node, rest: KeyPath, value: JsonValue, q: string): Edit[] | null {
  let cur = first;
  let i = 0;
  for (; i < rest.length; i++) {
    if (cur.type !== "dictionary" || hasSplat(cur) || cur.hasError) return null;
    const next = dictEntries(cur, src.text).get(rest[i]!);
    if (!next) break;
    if (i === rest.length - 1) return null;
    cur = next;
  }
  if (cur.type !== "dictionary" || hasSplat(cur) || cur.hasError) return null;
  return appendItem(src, cur, `${q}${rest[i]!}${q}: ${render(nest(rest.slice(i + 1), value), q)}`);
}

function nest(path: KeyPath, value: JsonValue): JsonValue {
  return path.reduceRight<JsonValue>((v, k) => ({ [k]: v }), value);
}

/** A value as a Python literal, with the given string quote. */
function render(v: JsonValue, q: string): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `${q}${v}${q}`;
  return `{${Object.entries(v).map(([k, x]) => `${q}${k}${q}: ${render(x, q)}`).join(", ")}}`;
}

/** The request target of a call's keyword arguments; `q` is the quote inserted strings use. */
export function callTarget(src: PythonSource, call: Node, q: string): RequestTarget {
  const args = call.childForFieldName("arguments");
  const byName = keywordArgs(args);
  return {
    callee: calleeText(call, src.text),
    keys: new Set(byName.keys()),
    read: (path) => readBelow(byName.get(path[0]!), path.slice(1), src.text),
    append(path, value) {
      const existing = byName.get(path[0]!);
      if (existing) return path.length > 1 ? appendBelow(src, existing, path.slice(1), value, q) : null;
      // `**kwargs` may already hold the key; a broken call is not edited.
      if (!args || args.type !== "argument_list" || hasSplat(args) || call.hasError) return null;
      return appendItem(src, args, `${path[0]!}=${render(nest(path.slice(1), value), q)}`);
    },
  };
}

/** The request target of a dict literal, passed to `callee` (as `json=` or `**`). */
export function dictTarget(src: PythonSource, dict: Node, callee: string, q: string): RequestTarget {
  const entries = dictEntries(dict, src.text);
  return {
    callee,
    keys: new Set(entries.keys()),
    read: (path) => readBelow(dict, path, src.text),
    append: (path, value) => appendBelow(src, dict, path, value, q),
  };
}

/** Edits that append `item` as the last element of an argument list or dict, following its layout. */
export function appendItem(src: PythonSource, container: Node, item: string): Edit[] {
  const { text } = src;
  const open = container.firstChild;
  if (!open) return [];
  const items = kids(container);
  const last = items[items.length - 1];
  if (!last) return [{ start: open.endIndex, end: open.endIndex, text: item }];
  let comma: Node | null = null;
  for (let s = last.nextSibling; s; s = s.nextSibling) {
    if (s.type === ",") comma = s;
    if (s.type !== "comment") break;
  }
  const lineOf = (i: number): number => text.lastIndexOf("\n", i - 1);
  if (lineOf(last.startIndex) === lineOf(open.startIndex)) {
    return [{ start: last.endIndex, end: last.endIndex, text: `, ${item}` }];
  }
  const lineStart = lineOf(last.startIndex) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, last.startIndex))![0];
  const anchor = comma ? comma.endIndex : last.endIndex;
  let lineEnd = text.indexOf("\n", anchor);
  if (lineEnd === -1) lineEnd = text.length;
  const eol = text[lineEnd - 1] === "\r" ? "\r\n" : src.eol;
  if (text[lineEnd - 1] === "\r") lineEnd--;
  const rest = text.slice(anchor, lineEnd).trim();
  const tail = comma ? "," : "";
  if (rest === "" || rest.startsWith("#")) {
    const edits: Edit[] = [];
    if (!comma) edits.push({ start: last.endIndex, end: last.endIndex, text: "," });
    edits.push({ start: lineEnd, end: lineEnd, text: `${eol}${indent}${item}${tail}` });
    return edits;
  }
  return [{ start: anchor, end: anchor, text: `${comma ? "" : ","}${eol}${indent}${item}${tail}` }];
}
