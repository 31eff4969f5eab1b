// RequestTarget for Go: a request call's trailing options (openai-go's `...option.RequestOption`).
// A body key is set with `option.WithJSONSet("key", value)` (openai-go's option/requestoption.go:
// "WithJSONSet sets the body field to the given value"), so reading a key looks for that option and
// appending one adds the option as the call's last argument, laid out like the arguments before it.
import type { Node } from "web-tree-sitter";
import type { Edit } from "../../src/types.js";
import type { JsonValue, KeyPath, RequestTarget, Value } from "../api.js";

/** The name a file uses for the package whose import path matches `path` (its alias, or `fallback`); null when not imported. */
export function importedAs(root: Node, path: RegExp, fallback: string): string | null {
  for (const spec of root.descendantsOfType("import_spec")) {
    const p = spec?.childForFieldName("path")?.text.slice(1, -1);
    if (!spec || !p || !path.test(p)) continue;
    const name = spec.childForFieldName("name")?.text;
    return name === undefined ? fallback : name === "_" || name === "." ? null : name;
  }
  return null;
}

/** A Go expression for plain data: objects as `map[string]any{…}`. */
function render(v: JsonValue): string {
  if (v === null) return "nil";
  if (typeof v === "object") return `map[string]any{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${render(x)}`).join(", ")}}`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function stringValue(n: Node | null | undefined): string | null {
  if (!n) return null;
  if (n.type === "raw_string_literal") return n.text.slice(1, -1);
  if (n.type === "interpreted_string_literal" && !n.text.includes("\\")) return n.text.slice(1, -1);
  return null;
}

/** What a Go expression holds at `path` (map literals with string keys are followed). */
function readExpr(n: Node, path: KeyPath): Value {
  if (path.length === 0) {
    if (n.type === "composite_literal" && n.childForFieldName("type")?.type === "map_type") return { kind: "object" };
    const s = stringValue(n);
    if (s !== null) return { kind: "literal", value: s, text: n.text };
    if (n.type === "true" || n.type === "false") return { kind: "literal", value: n.type === "true", text: n.text };
    if (n.type === "nil") return { kind: "literal", value: null, text: n.text };
    return { kind: "opaque", text: n.text };
  }
  if (n.type !== "composite_literal" || n.childForFieldName("type")?.type !== "map_type") return { kind: "opaque", text: n.text };
  for (const kv of n.childForFieldName("body")?.namedChildren ?? []) {
    if (kv?.type !== "keyed_element") continue;
    if (stringValue(kv.childForFieldName("key")?.namedChild(0)) !== path[0]) continue;
    const value = kv.childForFieldName("value")?.namedChild(0);
    return value ? readExpr(value, path.slice(1)) : { kind: "opaque", text: kv.text };
  }
  return { kind: "absent" };
}

/**
 * The trailing options of a request call. `option` is the local name of openai-go's option
 * package; without it nothing can be appended (the file would need a new import).
 */
export function callOptionsTarget(call: Node, text: string, option: string | null): RequestTarget {
  const fn = call.childForFieldName("function");
  const args = call.childForFieldName("arguments");
  const list = (args?.namedChildren ?? []).filter((a): a is Node => a !== null && a.type !== "comment");
  const setters = list.filter((a) => a.type === "call_expression" && /(?:^|\.)WithJSONSet$/.test(a.childForFieldName("function")?.text ?? ""));
  const spread = args ? /\.\.\.\s*\)$/.test(args.text) : false;
  return {
    callee: fn?.text ?? "",
    keys: new Set(),
    read(path: KeyPath): Value {
      for (const s of setters) {
        const [key, value] = (s.childForFieldName("arguments")?.namedChildren ?? []).filter((a): a is Node => a !== null);
        const k = stringValue(key);
        if (k === null || !value) return { kind: "opaque", text: s.text };
        // `WithJSONSet("thinking.type", "disabled")` sets a nested key by its dotted path.
        const keyPath = k.split(".");
        if (keyPath.every((part, i) => part === path[i])) return readExpr(value, path.slice(keyPath.length));
        if (path.every((part, i) => part === keyPath[i])) return { kind: "object" };
      }
      // Options passed as a slice (`opts...`) may set anything.
      return spread ? { kind: "opaque", text: args!.text } : { kind: "absent" };
    },
    append(path: KeyPath, value: JsonValue): Edit[] | null {
      if (!option || !args || spread || path.length === 0 || setters.length > 0) return null;
      const last = list[list.length - 1];
      if (!last) return null;
      const setter = `${option}.WithJSONSet(${JSON.stringify(path.join("."))}, ${render(value)})`;
      const rest = text.slice(last.endIndex, args.endIndex - 1);
      if (/^\s*,\s*$/.test(rest) && rest.includes("\n")) {
        // One argument a line, each ending with a comma: the option gets its own line.
        const lineStart = text.lastIndexOf("\n", last.startIndex) + 1;
        const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
        const comma = last.endIndex + rest.indexOf(",") + 1;
        const eol = text.includes("\r\n") ? "\r\n" : "\n";
        return [{ start: comma, end: comma, text: `${eol}${indent}${setter},` }];
      }
      if (!/^\s*$/.test(rest)) return null;
      return [{ start: last.endIndex, end: last.endIndex, text: `, ${setter}` }];
    },
  };
}
