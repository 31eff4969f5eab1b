// RequestTarget for Java: a builder chain (`X.builder().model("…")….build()`), where the SDK sets an
// undeclared body key through one builder method. Two shapes exist:
//   "put": one call per key, `.putAdditionalBodyProperty("key", JsonValue.from(value))` (openai-java's
//          params builders; com.openai.core.JsonValue.from converts maps, lists and scalars);
//   "map": one call holding every key, `.customParameters(Map.of("key", value))` (langchain4j's
//          OpenAiChatModel / OpenAiStreamingChatModel builders, serialised flat into the body).
// Reading a key looks for that method in the chain; appending inserts it right after the link that
// names the model, laid out like the chain (its own line when the links are one a line).
import type { Node } from "web-tree-sitter";
import type { Edit } from "../../src/types.js";
import type { JsonValue, KeyPath, RequestTarget, Value } from "../api.js";

export type BodySetter = { readonly kind: "put"; readonly method: string; readonly wrap: string } | { readonly kind: "map"; readonly method: string };

/** A Java expression for plain data: objects as `Map.of(…)`. */
export function renderJava(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "object") return `Map.of(${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}, ${renderJava(x)}`).join(", ")})`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function args(call: Node): Node[] {
  return (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a): a is Node => a !== null && a.type !== "line_comment" && a.type !== "block_comment");
}

function stringValue(n: Node | null | undefined): string | null {
  if (n?.type !== "string_literal" || n.text.startsWith('"""') || n.text.includes("\\")) return null;
  return n.text.slice(1, -1);
}

function isMapOf(n: Node): boolean {
  return n.type === "method_invocation" && /^(?:java\.util\.)?Map\.of$/.test(`${n.childForFieldName("object")?.text ?? ""}.${n.childForFieldName("name")?.text ?? ""}`);
}

/** What a Java expression holds at `path` (`Map.of` literals with string keys are followed). */
function readExpr(n: Node, path: KeyPath): Value {
  if (path.length === 0) {
    if (isMapOf(n)) return { kind: "object" };
    const s = stringValue(n);
    if (s !== null) return { kind: "literal", value: s, text: n.text };
    if (n.type === "true" || n.type === "false") return { kind: "literal", value: n.type === "true", text: n.text };
    if (n.type === "null_literal") return { kind: "literal", value: null, text: n.text };
    return { kind: "opaque", text: n.text };
  }
  if (!isMapOf(n)) return { kind: "opaque", text: n.text };
  const a = args(n);
  for (let i = 0; i + 1 < a.length; i += 2) {
    const k = stringValue(a[i]);
    if (k === null) return { kind: "opaque", text: n.text };
    if (k === path[0]) return readExpr(a[i + 1]!, path.slice(1));
  }
  return { kind: "absent" };
}

/** The links of the builder chain a call belongs to, innermost (`X.builder()`) first. */
export function chainOf(link: Node): Node[] {
  let top = link;
  while (top.parent?.type === "method_invocation" && top.parent.childForFieldName("object")?.startIndex === top.startIndex && top.parent.childForFieldName("object")?.endIndex === top.endIndex) top = top.parent;
  const out: Node[] = [];
  for (let n: Node | null = top; n?.type === "method_invocation"; n = n.childForFieldName("object")) out.unshift(n);
  return out;
}

/**
 * The body of the request a builder chain makes. `chain` comes from chainOf; `at` is the link that
 * names the model (new calls go right after it); `setter` is how the SDK takes an undeclared key.
 */
export function builderChainTarget(chain: readonly Node[], at: Node, text: string, setter: BodySetter): RequestTarget {
  const root = chain[0];
  const callee = root ? `${root.childForFieldName("object")?.text ?? ""}.${root.childForFieldName("name")?.text ?? ""}`.replace(/^\./, "") : "";
  const nameOf = (n: Node) => n.childForFieldName("name")?.text ?? "";
  const setters = chain.filter((n) => nameOf(n) === setter.method);
  // Other ways to fill the same bag (`putAllAdditionalBodyProperties(m)`, `additionalBodyProperties(m)`) may hold any key.
  const bulk = chain.filter((n) => setter.kind === "put" && /^(?:putAll)?[aA]dditionalBodyProperties$/.test(nameOf(n)));
  return {
    callee,
    keys: new Set(),
    read(path: KeyPath): Value {
      for (const s of setters) {
        const a = args(s);
        if (setter.kind === "map") {
          if (a.length !== 1) return { kind: "opaque", text: s.text };
          return readExpr(a[0]!, path);
        }
        const k = stringValue(a[0]);
        if (k === null || a.length !== 2) return { kind: "opaque", text: s.text };
        if (k !== path[0]) continue;
        let value = a[1]!;
        // `JsonValue.from(x)` holds x.
        if (value.type === "method_invocation" && /(?:^|\.)JsonValue\.from$/.test(`${value.childForFieldName("object")?.text ?? ""}.${nameOf(value)}`) && args(value).length === 1) value = args(value)[0]!;
        return readExpr(value, path.slice(1));
      }
      const b = bulk[0];
      return b ? { kind: "opaque", text: b.text } : { kind: "absent" };
    },
    append(path: KeyPath, value: JsonValue): Edit[] | null {
      // Into an existing custom-parameters map the key would have to be merged: not done by text.
      if (path.length !== 1 || (setter.kind === "map" && setters.length > 0) || bulk.length > 0) return null;
      const call =
        setter.kind === "put"
          ? `.${setter.method}(${JSON.stringify(path[0])}, ${setter.wrap}(${renderJava(value)}))`
          : `.${setter.method}(${renderJava({ [path[0]!]: value })})`;
      const next = chain.find((n) => n.childForFieldName("object")?.startIndex === at.startIndex && n.childForFieldName("object")?.endIndex === at.endIndex);
      if (!next) return [{ start: at.endIndex, end: at.endIndex, text: call }];
      // The gap between the model link and the next one: `\n        .` keeps the chain one link a line.
      const dot = text.indexOf(".", at.endIndex);
      const gap = dot >= 0 && dot < next.endIndex ? text.slice(at.endIndex, dot) : "";
      if (!/^\s*$/.test(gap)) return null;
      return [{ start: at.endIndex, end: at.endIndex, text: `${gap}${call}` }];
    },
  };
}
