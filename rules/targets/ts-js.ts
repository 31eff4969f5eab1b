// RequestTarget for TypeScript/JavaScript: the parameters of a request written as an object literal.
// Reads follow nested object literals; appends are plain insertions laid out like the neighbours.
import { ts } from "../languages/ts-lib.js";
import type { Edit } from "../../src/types.js";
import type { JsonValue, KeyPath, RequestTarget, Value } from "../api.js";
import { calleeChain, calleeName, commaAfter, findProp, indentAt, inner, lineEnd, lineStart, locate, objectValue, outer, propName, type FileFacts } from "../languages/ts-js-ast.js";

/** The comment openai-node's README documents for sending a parameter its types do not declare. */
export const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

// Annotations naming an openai params type: the compiler checks excess properties against them.
const OPENAI_PARAMS_TYPE = /\b(?:ChatCompletion|Response|Completion)\w*Params\w*\b/;
const OPENAI_CALL = /(?:^|\.)chat\.completions\.(?:create|stream|parse|runTools)$|(?:^|\.)responses\.(?:create|stream|parse)$/;

/** The call an object literal is passed to as its first argument (through parentheses and casts). */
export function callOf(obj: ts.Node): ts.CallExpression | ts.NewExpression | null {
  const o = outer(obj);
  const p = o.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.[0] === o) return p;
  return null;
}

/** A call's callee as dotted text (`client.chat.completions.create`); a `new X()` gives its class name. */
export function calleeText(call: ts.CallExpression | ts.NewExpression): string {
  return ts.isCallExpression(call) ? calleeChain(call.expression).join(".") : (calleeName(call) ?? "");
}

/**
 * The request target of an object literal. `quote` is the string quote inserted values use (the
 * legacy literal's own); keys are quoted when the object's own `model` key is, with the same quote.
 */
export function objectTarget(f: FileFacts, obj: ts.ObjectLiteralExpression, quote: string): RequestTarget {
  const call = callOf(obj);
  const m = findProp(obj, "model");
  const keyQuote = m !== undefined && ts.isStringLiteral(m.name) ? m.name.getText()[0]! : "";
  const keys = new Set<string>();
  for (const p of obj.properties) {
    const name = propName(p.name);
    if (name !== null) keys.add(name);
  }
  const key = (name: string): string => (keyQuote === "" && /^[A-Za-z_$][\w$]*$/.test(name) ? name : `${keyQuote || quote}${name}${keyQuote || quote}`);
  const render = (v: JsonValue): string => {
    if (v !== null && typeof v === "object") return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${render(x)}`).join(", ")} }`;
    return typeof v === "string" ? `${quote}${v}${quote}` : String(v);
  };
  return {
    callee: call ? calleeText(call) : "",
    keys,
    read(path: KeyPath): Value {
      let cur: ts.ObjectLiteralExpression = obj;
      for (let i = 0; i < path.length; i++) {
        const p = findProp(cur, path[i]!);
        if (!p) return { kind: "absent" };
        if (i === path.length - 1) return valueOf(p);
        const next = objectValue(p);
        // A container built elsewhere: what it holds is not written here (append says whether it can be).
        if (!next) return { kind: "absent" };
        cur = next;
      }
      return { kind: "object" };
    },
    append(path: KeyPath, value: JsonValue, options = {}): Edit[] | null {
      let cur: ts.ObjectLiteralExpression = obj;
      let i = 0;
      for (; i < path.length; i++) {
        const p = findProp(cur, path[i]!);
        if (!p) break;
        const next = objectValue(p);
        if (!next || i === path.length - 1) return null;
        cur = next;
      }
      let text = render(value);
      for (let j = path.length - 1; j > i; j--) text = `{ ${key(path[j]!)}: ${text} }`;
      const edits = insertProperty(f, cur, `${key(path[i]!)}: ${text}`, options.undeclared === true && i === 0 && f.typed && excessChecked(obj));
      return edits.length > 0 ? edits : null;
    },
  };
}

function valueOf(p: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): Value {
  if (!ts.isPropertyAssignment(p)) return { kind: "opaque", text: p.getText() };
  const v = inner(p.initializer);
  const text = v.getText();
  if (ts.isObjectLiteralExpression(v)) return { kind: "object" };
  if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) return { kind: "literal", value: v.text, text };
  if (v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword) return { kind: "literal", value: v.kind === ts.SyntaxKind.TrueKeyword, text };
  if (ts.isNumericLiteral(v)) return { kind: "literal", value: Number(v.text), text };
  if (v.kind === ts.SyntaxKind.NullKeyword) return { kind: "literal", value: null, text };
  return { kind: "opaque", text };
}

/**
 * Whether the compiler checks this object literal for excess properties against an openai params type:
 * passed straight to the SDK call, or initialising a variable annotated (or `satisfies`) with such a type.
 * A cast (`as`) turns the check off, and a `@ts-expect-error` without an error is itself an error.
 */
function excessChecked(obj: ts.ObjectLiteralExpression): boolean {
  let n: ts.Node = obj;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isCallExpression(p) && p.arguments[0] === n) return OPENAI_CALL.test(calleeText(p));
  if (ts.isVariableDeclaration(p) && p.initializer === n && p.type) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  if (ts.isSatisfiesExpression(p)) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  return false;
}

/**
 * Whether a comment line can go above the line whose first non-blank character is at `pos`: that
 * character starts a token, outside JSX children (where `//` would be rendered as text).
 */
function commentableLine(f: FileFacts, pos: number): boolean {
  const { node, trivia } = locate(f.sf, pos);
  if (trivia) return true;
  if (node.getStart(f.sf) !== pos) return false;
  const p = node.parent;
  return node.kind !== ts.SyntaxKind.JsxText && !(p && ts.SyntaxKind[p.kind].startsWith("Jsx"));
}

/**
 * Edits adding `prop` as the last property of `obj`, following its layout: a multi-line object gets a
 * new line with the siblings' indentation and trailing-comma habit; a one-line object gets `, prop`
 * before its closing brace. With `expectError`, a `@ts-expect-error` line goes above the property.
 */
function insertProperty(f: FileFacts, obj: ts.ObjectLiteralExpression, prop: string, expectError: boolean): Edit[] {
  const { text, newline: nl } = f;
  const open = obj.getStart(f.sf);
  const close = obj.end - 1;
  const props = obj.properties;
  const last = props[props.length - 1];
  if (!last) {
    // `{}`: fill it; an empty object holding comments is left for a human.
    if (text.slice(open + 1, close).trim() !== "" || expectError) return [];
    return [{ start: open + 1, end: close, text: ` ${prop} ` }];
  }
  const firstStart = props[0]!.getStart(f.sf);
  const multiLine = text.slice(open + 1, firstStart).includes("\n");
  if (!multiLine) {
    const edits: Edit[] = [{ start: last.end, end: last.end, text: `, ${prop}` }];
    if (!expectError) return edits;
    const ls = lineStart(text, last.end);
    const indent = indentAt(text, ls);
    if (commentableLine(f, ls + indent.length)) return [...edits, { start: ls, end: ls, text: `${indent}${EXPECT_ERROR}${nl}` }];
    // The line starts inside a multi-line string or JSX children: put the property on its own line instead.
    const own = `${indentAt(text, lineStart(text, open))}  `;
    return [{ start: last.end, end: last.end, text: `,${nl}${own}${EXPECT_ERROR}${nl}${own}${prop}` }];
  }
  const firstLine = lineStart(text, firstStart);
  const indent = text.slice(firstLine, firstStart).trim() === "" ? text.slice(firstLine, firstStart) : `${indentAt(text, lineStart(text, open))}  `;
  const comma = props.hasTrailingComma ? commaAfter(text, last.end) : -1;
  const trailing = comma !== -1;
  const anchor = trailing ? comma : last.end;
  const body = `${expectError ? `${indent}${EXPECT_ERROR}${nl}` : ""}${indent}${prop}${trailing ? "," : ""}`;
  const eol = lineEnd(text, anchor);
  const rest = text.slice(anchor, eol);
  if (/^\s*(?:\/\/.*|\/\*.*?\*\/\s*)?$/.test(rest)) {
    // Only a comment follows on this line: the new property goes on a line of its own below it.
    const edits: Edit[] = trailing ? [] : [{ start: last.end, end: last.end, text: "," }];
    return [...edits, { start: eol, end: eol, text: `${nl}${body}` }];
  }
  return [{ start: anchor, end: anchor, text: `${trailing ? "" : ","}${nl}${body}` }];
}
