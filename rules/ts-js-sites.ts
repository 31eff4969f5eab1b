// Request sites in TypeScript/JavaScript: where a legacy model ID reaches an OpenAI SDK call or a
// request object, or an AI SDK call through `deepseek("...")`, and the edits that make the thinking
// mode explicit there in that caller's own form. Edits are plain insertions laid out like their
// neighbours; nothing is reprinted.
import { ts } from "./ts-lib.js";
import type { ThinkingMode } from "../src/catalog.js";
import type { AdvisoryDetection, Edit } from "../src/types.js";
import {
  calleeChain,
  calleeName,
  commaAfter,
  findProp,
  indentAt,
  inner,
  lineEnd,
  lineStart,
  locate,
  objectValue,
  outer,
  propName,
  stringValue,
  type FileFacts,
  type Prop,
} from "./ts-js-ast.js";

export type SiteKind = "openai-node" | "ai-sdk";

/** What reaching the request objects of one legacy ID came to. */
export interface SiteOutcome {
  readonly kind: SiteKind;
  readonly state: "inserted" | "present" | "conflict" | "unreachable";
  readonly edits: readonly Edit[];
  /** The contradicting thinking value, for conflicts. */
  readonly found?: string;
  /** The request objects reached, for advisories about settings thinking mode ignores or rejects. */
  readonly objects: readonly ts.ObjectLiteralExpression[];
}

type ObjectState =
  | { readonly state: "insert"; readonly edits: readonly Edit[] }
  | { readonly state: "present" }
  | { readonly state: "conflict"; readonly found: string }
  | { readonly state: "unreachable" };

interface Style {
  /** The quote for string values, taken from the legacy literal. */
  readonly quote: string;
  /** The quote around keys, or "" for bare keys, taken from the object's own `model` key. */
  readonly keyQuote: string;
}

/** The comment openai-node's README documents for sending a parameter its types do not declare. */
export const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

const CHAT_METHODS = new Set(["create", "stream", "parse", "runTools"]);
const RESPONSES_METHODS = new Set(["create", "stream", "parse"]);
const AI_CALLS = new Set(["generateText", "streamText", "generateObject", "streamObject"]);
const AI_AGENTS = new Set(["ToolLoopAgent", "Experimental_Agent"]);
// Annotations naming an openai params type: the compiler checks excess properties against them.
const OPENAI_PARAMS_TYPE = /\b(?:ChatCompletion|Response|Completion)\w*Params\w*\b/;

/** Whether a call is `*.chat.completions.create|stream|parse|runTools` or `*.responses.create|stream|parse`. */
export function isOpenAiCall(call: ts.CallExpression): boolean {
  const names = calleeChain(call.expression);
  const n = names.length;
  const last = names[n - 1] ?? "";
  return (names[n - 3] === "chat" && names[n - 2] === "completions" && CHAT_METHODS.has(last)) || (names[n - 2] === "responses" && RESPONSES_METHODS.has(last));
}

/** Whether a call is the legacy completions API (`*.completions.create` outside `chat`), which DeepSeek serves FIM on. */
export function isFimCall(call: ts.CallExpression): boolean {
  const names = calleeChain(call.expression);
  const n = names.length;
  return names[n - 1] === "create" && names[n - 2] === "completions" && names[n - 3] !== "chat";
}

/** The call an object literal is passed to as its first argument (through parentheses and casts). */
function callOf(obj: ts.Node): ts.CallExpression | ts.NewExpression | null {
  const o = outer(obj);
  const p = o.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.[0] === o) return p;
  return null;
}

function isAiOptions(obj: ts.ObjectLiteralExpression): boolean {
  const call = callOf(obj);
  if (!call) return false;
  const name = calleeName(call);
  return name !== null && (ts.isCallExpression(call) ? AI_CALLS.has(name) : AI_AGENTS.has(name));
}

/** Whether a call is the Anthropic SDK's `*.messages.create|stream` (DeepSeek serves an Anthropic-compatible endpoint). */
function isAnthropicCall(call: ts.CallExpression): boolean {
  const names = calleeChain(call.expression);
  const n = names.length;
  return names[n - 2] === "messages" && (names[n - 1] === "create" || names[n - 1] === "stream");
}

function anthropicRequest(obj: ts.ObjectLiteralExpression): boolean {
  const call = callOf(obj);
  return call !== null && ts.isCallExpression(call) && isAnthropicCall(call);
}

function isOpenAiRequest(obj: ts.ObjectLiteralExpression): boolean {
  if (isAiOptions(obj)) return false;
  const call = callOf(obj);
  if (call && ts.isCallExpression(call)) {
    // FIM cannot take the chat insertion; it gets an advisory instead.
    if (isFimCall(call)) return false;
    if (isOpenAiCall(call)) return true;
  }
  return findProp(obj, "messages") !== undefined;
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
  if (ts.isCallExpression(p) && p.arguments[0] === n) return isOpenAiCall(p);
  if (ts.isVariableDeclaration(p) && p.initializer === n && p.type) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  if (ts.isSatisfiesExpression(p)) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  return false;
}

/** Whether `call` is `deepseek("...")`, `createDeepSeek(...)("...")` or `provider.chat("...")` for an `@ai-sdk/deepseek` provider. */
export function isProviderCall(call: ts.CallExpression, f: FileFacts): boolean {
  const isProvider = (e: ts.Node): boolean => {
    const x = inner(e);
    if (ts.isIdentifier(x)) return f.providers.has(x.text);
    if (ts.isCallExpression(x)) {
      const callee = inner(x.expression);
      return ts.isIdentifier(callee) && f.providerFactories.has(callee.text);
    }
    return false;
  };
  const callee = inner(call.expression);
  if (isProvider(callee)) return true;
  return ts.isPropertyAccessExpression(callee) && (callee.name.text === "chat" || callee.name.text === "languageModel") && isProvider(callee.expression);
}

/**
 * The object literals where a model value is the `model` property: the one holding it directly, or,
 * for a `const` initialised with it, every object in the file whose `model` names that constant.
 */
function modelObjects(value: ts.Node, f: FileFacts): ts.ObjectLiteralExpression[] {
  const p = value.parent;
  if (ts.isPropertyAssignment(p) && p.initializer === value && propName(p.name) === "model" && ts.isObjectLiteralExpression(p.parent)) return [p.parent];
  if (!ts.isVariableDeclaration(p) || p.initializer !== value || !ts.isIdentifier(p.name)) return [];
  if (!(ts.getCombinedNodeFlags(p) & ts.NodeFlags.Const)) return [];
  const index = f.index();
  // A name declared more than once (shadowing) is not "simple": stay with a note.
  if (index.declarations.get(p.name.text) !== 1) return [];
  return [...(index.modelRefs.get(p.name.text) ?? [])];
}

/** Finds the request sites a legacy literal (its outermost expression) reaches and plans the thinking edits. */
export function requestSite(literal: ts.Node, mode: ThinkingMode, f: FileFacts): SiteOutcome | null {
  const style = styleOf(literal, f);
  const call = literal.parent;
  if (ts.isCallExpression(call) && call.arguments[0] === literal && isProviderCall(call, f)) {
    const objects = modelObjects(outer(call), f).filter(isAiOptions);
    return combine("ai-sdk", objects, (o) => aiState(o, mode, f, keyStyle(o, style)));
  }
  const objects = modelObjects(literal, f).filter(isOpenAiRequest);
  return combine("openai-node", objects, (o) => openAiState(o, mode, f, keyStyle(o, style)));
}

function combine(kind: SiteKind, objects: readonly ts.ObjectLiteralExpression[], plan: (o: ts.ObjectLiteralExpression) => ObjectState): SiteOutcome | null {
  if (objects.length === 0) return null;
  const states = objects.map(plan);
  for (const s of states) if (s.state === "conflict") return { kind, state: "conflict", edits: [], found: s.found, objects };
  const edits = states.flatMap((s) => (s.state === "insert" ? s.edits : []));
  if (edits.length > 0) return { kind, state: "inserted", edits, objects };
  if (states.some((s) => s.state === "present")) return { kind, state: "present", edits: [], objects };
  return { kind, state: "unreachable", edits: [], objects };
}

function styleOf(literal: ts.Node, f: FileFacts): Style {
  const first = f.text[inner(literal).getStart(f.sf)];
  return { quote: first === "'" ? "'" : '"', keyQuote: "" };
}

/** Keys are quoted in the inserted text when the object's own `model` key is, with the same quote. */
function keyStyle(obj: ts.ObjectLiteralExpression, style: Style): Style {
  const m = findProp(obj, "model");
  const quoted = m !== undefined && ts.isStringLiteral(m.name);
  return { ...style, keyQuote: quoted ? m.name.getText()[0]! : "" };
}

function keyText(name: string, s: Style): string {
  return `${s.keyQuote}${name}${s.keyQuote}`;
}

function thinkingText(mode: ThinkingMode, s: Style): string {
  return `${keyText("thinking", s)}: { ${keyText("type", s)}: ${s.quote}${mode}${s.quote} }`;
}

/** Compares an existing `thinking` property with the mode the legacy name implied. */
function compare(t: Prop, mode: ThinkingMode): ObjectState {
  if (ts.isPropertyAssignment(t)) {
    const v = inner(t.initializer);
    // The API rejects a boolean: whatever it meant, it is not the legacy behaviour.
    if (v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword) return { state: "conflict", found: v.getText() };
  }
  const type = stringValue(findProp(objectValue(t) ?? emptyObject, "type"));
  // A value the parser cannot read (a variable, a spread) is the author's deliberate choice: keep it.
  if (type === undefined || type === mode) return { state: "present" };
  return { state: "conflict", found: type };
}

const emptyObject = ts.factory.createObjectLiteralExpression([]);

function openAiState(obj: ts.ObjectLiteralExpression, mode: ThinkingMode, f: FileFacts, s: Style): ObjectState {
  const t = findProp(obj, "thinking");
  if (t) return compare(t, mode);
  // Anthropic's own `thinking` field: `{ type: "disabled" }` is complete, but the Anthropic SDK types
  // "enabled" (ThinkingConfigEnabled) with a required budget_tokens the legacy name never implied.
  // DeepSeek's thinking-mode guide takes `{"type": "enabled"}` without one and V4 thinks by default,
  // so a note loses nothing; the Python rule does the same (see isAnthropicCall in python.ts).
  if (mode === "enabled" && anthropicRequest(obj)) return { state: "unreachable" };
  return insertion(insertProperty(f, obj, thinkingText(mode, s), f.typed && excessChecked(obj)));
}

function aiState(obj: ts.ObjectLiteralExpression, mode: ThinkingMode, f: FileFacts, s: Style): ObjectState {
  const thinking = thinkingText(mode, s);
  const deepseek = `${keyText("deepseek", s)}: { ${thinking} }`;
  const po = findProp(obj, "providerOptions");
  if (!po) return insertion(insertProperty(f, obj, `${keyText("providerOptions", s)}: { ${deepseek} }`, false));
  const poObj = objectValue(po);
  // providerOptions built elsewhere cannot be merged into without a second key: leave a note.
  if (!poObj) return { state: "unreachable" };
  const ds = findProp(poObj, "deepseek");
  if (!ds) return insertion(insertProperty(f, poObj, deepseek, false));
  const dsObj = objectValue(ds);
  if (!dsObj) return { state: "unreachable" };
  const t = findProp(dsObj, "thinking");
  if (t) return compare(t, mode);
  return insertion(insertProperty(f, dsObj, thinking, false));
}

function insertion(edits: readonly Edit[]): ObjectState {
  return edits.length > 0 ? { state: "insert", edits } : { state: "unreachable" };
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
export function insertProperty(f: FileFacts, obj: ts.ObjectLiteralExpression, prop: string, expectError: boolean): Edit[] {
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

const SAMPLING: Readonly<Record<SiteKind, readonly string[]>> = {
  "openai-node": ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
  "ai-sdk": ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
};
const TOOL_CHOICE: Readonly<Record<SiteKind, string>> = { "openai-node": "tool_choice", "ai-sdk": "toolChoice" };

/** Settings that thinking mode ignores (sampling) or rejects (a forced tool) at sites migrated with thinking enabled. */
export function thinkingAdvisories(site: SiteOutcome, f: FileFacts): AdvisoryDetection[] {
  const out: AdvisoryDetection[] = [];
  for (const obj of site.objects) {
    for (const name of SAMPLING[site.kind]) {
      const p = findProp(obj, name);
      if (p) out.push({ start: p.getStart(f.sf), end: p.end, code: "sampling-ignored", detail: { key: name } });
    }
    const choice = findProp(obj, TOOL_CHOICE[site.kind]);
    const value = choice && ts.isPropertyAssignment(choice) ? inner(choice.initializer) : null;
    if (choice && value && (ts.isObjectLiteralExpression(value) || ts.isStringLiteralLike(value))) {
      // A variable may hold "auto" at run time; only literal forced choices are reported.
      const v = stringValue(choice);
      if (v !== "auto" && v !== "none") out.push({ start: choice.getStart(f.sf), end: choice.end, code: "forced-tool-choice", detail: { key: TOOL_CHOICE[site.kind], value: v ?? "a specific tool" } });
    }
  }
  return out;
}
