// Python sources (.py, .pyi, .pyw), parsed with tree-sitter so that strings, comments, comparisons,
// keys and request sites are told apart, and so that request sites get the thinking setting in the
// caller's own form (openai-python `extra_body`, LangChain `extra_body`, LiteLLM/Anthropic `thinking`).
// The parser (web-tree-sitter + tree-sitter-python's bundled wasm) loads once, on the first Python file
// that holds a candidate.
import type { Node } from "web-tree-sitter";
import { legacyEntry, type ThinkingMode } from "../../src/catalog.js";
import { isResponseShape } from "../../src/check/recorded.js";
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type {
  AdvisoryDetection,
  Detection,
  Reason,
  Rule,
  RuleContext,
  RuleOutput,
  SdkId,
} from "../../src/types.js";
import { collectionReason, detect, isMigrationProse, lineHeuristic, mentionsCurrent } from "../shared.js";
import type { RequestFacts, RequestTarget, Sdk } from "../api.js";
import { callTarget, dictTarget } from "../targets/python.js";
import { recogniseRequest, sdkForFile } from "../sdks/index.js";
import { httpJson } from "../sdks/http-json.js";
import { planThinking, type Plan } from "../thinking/plan.js";
import { firstError, loadGrammar, withTree as withGrammarTree } from "./tree-sitter.js";
import { proseReason } from "../checks/prose.js";
import { pythonDocstrings, withDocExamples } from "./doc-comments.js";

const PYTHON = /\.(?:py|pyi|pyw)$/i;

const WASM = "tree-sitter-python/tree-sitter-python.wasm";
const loadParser = () => loadGrammar(WASM);
const withTree = <T>(text: string, fn: (root: Node) => T): Promise<T> => withGrammarTree(WASM, text, fn);

// ---------------------------------------------------------------------------------------------
// Small tree helpers

function kids(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

function allKids(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

function same(a: Node | null, b: Node | null): boolean {
  return a !== null && b !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/** The node's parent, looking through parentheses (which change nothing about meaning). */
function parentOf(node: Node): Node | null {
  let p = node.parent;
  while (p && p.type === "parenthesized_expression") p = p.parent;
  return p;
}

/** The expression that stands for `node` in its parent: the node itself or its enclosing parentheses. */
function outerOf(node: Node): Node {
  let n = node;
  while (n.parent && n.parent.type === "parenthesized_expression") n = n.parent;
  return n;
}

const CONTAINERS = new Set(["list", "tuple", "set", "dictionary", "pair", "expression_list"]);

/** A call's callee text (`client.chat.completions.create`) and its last segment (`create`). */
function callee(call: Node, text: string): { full: string; last: string } {
  const fn = call.childForFieldName("function");
  const full = fn ? text.slice(fn.startIndex, fn.endIndex).replace(/\s+/g, "") : "";
  return { full, last: full.slice(full.lastIndexOf(".") + 1) };
}

/** Keyword arguments of a call by name, plus whether it spreads `**kwargs` (which may hide any key). */
function keywordArgs(call: Node): { byName: Map<string, Node>; splat: boolean; args: Node | null } {
  const args = call.childForFieldName("arguments");
  const byName = new Map<string, Node>();
  let splat = false;
  if (args && args.type === "argument_list") {
    for (const a of kids(args)) {
      if (a.type === "keyword_argument") {
        const name = a.childForFieldName("name");
        const value = a.childForFieldName("value");
        if (name && value) byName.set(name.text, value);
      } else if (a.type === "dictionary_splat") splat = true;
    }
  }
  return { byName, splat, args };
}

/** The decoded text of a plain string literal (no interpolation), or null when it is not one. */
function plainString(node: Node | null, text: string): string | null {
  if (!node || node.type !== "string") return null;
  if (allKids(node).some((n) => n.type === "interpolation")) return null;
  return literalValue(node, text).value;
}

/** Dictionary pairs keyed by plain string keys. */
function dictEntries(dict: Node, text: string): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const p of kids(dict)) {
    if (p.type !== "pair") continue;
    const key = plainString(p.childForFieldName("key"), text);
    const value = p.childForFieldName("value");
    if (key !== null && value) out.set(key, value);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// String values: raw source vs decoded value, so that escapes and concatenation are detected

interface LiteralValue {
  readonly value: string;
  /** Source offset where each value character starts / ends. */
  readonly rawStart: readonly number[];
  readonly rawEnd: readonly number[];
  /** The string_content ranges of this literal (excluding nested interpolations). */
  readonly contents: readonly { start: number; end: number }[];
}

// Interpolations stand for unknown text; a character no model ID contains keeps them from joining tokens.
const PLACEHOLDER = "\u0000";

function decodeEscape(esc: string): string {
  const body = esc.slice(1);
  switch (body[0]) {
    case "\n":
    case "\r":
      return "";
    case "n":
      return "\n";
    case "t":
      return "\t";
    case "r":
      return "\r";
    case "x":
    case "u":
    case "U": {
      const code = Number.parseInt(body.slice(1), 16);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : PLACEHOLDER;
    }
    case "N":
      return PLACEHOLDER;
    default:
      if (/^[0-7]{1,3}$/.test(body)) return String.fromCodePoint(Number.parseInt(body, 8));
      return body.length === 1 ? body : esc;
  }
}

/** The value of a `string` or `concatenated_string` node, mapped back to source offsets. */
function literalValue(lit: Node, text: string): LiteralValue {
  const value: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const contents: { start: number; end: number }[] = [];
  const push = (s: string, from: number, to: number): void => {
    for (const ch of s) {
      value.push(ch);
      rawStart.push(from);
      rawEnd.push(to);
    }
  };
  const pieces = lit.type === "concatenated_string" ? kids(lit).filter((k) => k.type === "string") : [lit];
  for (const piece of pieces) {
    const start = piece.child(0);
    const raw = start ? /[rR]/.test(text.slice(start.startIndex, start.endIndex)) : false;
    for (const part of allKids(piece)) {
      if (part.type === "interpolation") {
        push(PLACEHOLDER, part.startIndex, part.endIndex);
        continue;
      }
      if (part.type !== "string_content") continue;
      contents.push({ start: part.startIndex, end: part.endIndex });
      let cursor = part.startIndex;
      for (const inner of allKids(part)) {
        for (let i = cursor; i < inner.startIndex; i++) push(text[i]!, i, i + 1);
        const src = text.slice(inner.startIndex, inner.endIndex);
        const decoded = inner.type === "escape_interpolation" ? src[0]! : raw ? src : decodeEscape(src);
        push(decoded, inner.startIndex, inner.endIndex);
        cursor = inner.endIndex;
      }
      for (let i = cursor; i < part.endIndex; i++) push(text[i]!, i, i + 1);
    }
  }
  return { value: value.join(""), rawStart, rawEnd, contents };
}

// ---------------------------------------------------------------------------------------------
// Per-file facts

interface FileFacts {
  readonly text: string;
  readonly isTest: boolean;
  readonly publicInit: boolean;
  readonly exported: ReadonlySet<string>;
  readonly option: "explicit" | "off";
  readonly snippet: SdkId;
  readonly eol: string;
  /** Names bound by the file's imports, with the dotted path each stands for. */
  readonly imports: ReadonlyMap<string, string>;
  /** Identifiers, attributes and assignments by name, built on first use (values that flow). */
  readonly names: () => NameIndex;
}

interface NameIndex {
  readonly ids: ReadonlyMap<string, readonly Node[]>;
  /** `self.x` / `cls.x` attribute nodes by their text without whitespace. */
  readonly attrs: ReadonlyMap<string, readonly Node[]>;
  /** Assignments (plain or augmented) by their target's text without whitespace. */
  readonly assigns: ReadonlyMap<string, readonly Node[]>;
}

function nameIndex(root: Node): NameIndex {
  const add = (m: Map<string, Node[]>, k: string, n: Node): void => {
    const list = m.get(k);
    if (list) list.push(n);
    else m.set(k, [n]);
  };
  const ids = new Map<string, Node[]>();
  const attrs = new Map<string, Node[]>();
  const assigns = new Map<string, Node[]>();
  for (const n of root.descendantsOfType(["identifier", "attribute", "assignment", "augmented_assignment"])) {
    if (!n) continue;
    if (n.type === "identifier") add(ids, n.text, n);
    else if (n.type === "attribute") {
      const t = n.text.replace(/\s+/g, "");
      if (/^(?:self|cls)\.\w+$/.test(t)) add(attrs, t, n);
    } else {
      const left = n.childForFieldName("left");
      if (left) add(assigns, left.text.replace(/\s+/g, ""), n);
    }
  }
  return { ids, attrs, assigns };
}

const within = (n: Node, scope: Node): boolean => n.startIndex >= scope.startIndex && n.endIndex <= scope.endIndex;

function isTestPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return /^test_.*\.py[iw]?$|_test\.py[iw]?$|^conftest\.py$/.test(base) || /(?:^|\/)tests?\//.test(path);
}

function isPublicInit(path: string): boolean {
  const parts = path.split("/");
  if (parts[parts.length - 1] !== "__init__.py") return false;
  if (isTestPath(path)) return false;
  // A package under a private or example folder is not anyone's public API.
  return !parts.slice(0, -1).some((p) => p.startsWith("_") || p.startsWith(".") || /^(?:examples?|scripts?|docs?)$/.test(p));
}

/**
 * Names bound by absolute imports anywhere in the file: `import a.b` binds `a` to `a`, `import a.b as m`
 * binds `m` to `a.b`, `from a.b import C as D` binds `D` to `a.b.C`. Later imports of a name win.
 */
function importedNames(root: Node): Map<string, string> {
  const out = new Map<string, string>();
  const dotted = (n: Node | null): string | null => (n?.type === "dotted_name" ? n.text.replace(/\s+/g, "") : null);
  for (const stmt of root.descendantsOfType(["import_statement", "import_from_statement"])) {
    if (!stmt) continue;
    const from = stmt.type === "import_from_statement" ? dotted(stmt.childForFieldName("module_name")) : "";
    if (from === null) continue; // a relative import: not a package path
    for (const item of stmt.childrenForFieldName("name")) {
      if (!item) continue;
      const aliased = item.type === "aliased_import";
      const path = dotted(aliased ? item.childForFieldName("name") : item);
      if (path === null) continue;
      const full = from ? `${from}.${path}` : path;
      const alias = aliased ? item.childForFieldName("alias")?.text : undefined;
      if (alias) out.set(alias, full);
      else if (from) out.set(path, full);
      else out.set(path.split(".")[0]!, path.split(".")[0]!);
    }
  }
  return out;
}

/** A callee's dotted path through the file's imports, or "" when its first name is not imported. */
function originOf(calleeText: string, imports: ReadonlyMap<string, string>): string {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(calleeText)) return "";
  const dot = calleeText.indexOf(".");
  const head = dot === -1 ? calleeText : calleeText.slice(0, dot);
  const bound = imports.get(head);
  return bound === undefined ? "" : bound + (dot === -1 ? "" : calleeText.slice(dot));
}

/** Names listed in a module-level `__all__` (assignment or `+=`). */
function exportedNames(root: Node, text: string): Set<string> {
  const names = new Set<string>();
  for (const stmt of kids(root)) {
    if (stmt.type !== "expression_statement") continue;
    const expr = stmt.firstNamedChild;
    if (!expr || (expr.type !== "assignment" && expr.type !== "augmented_assignment")) continue;
    const left = expr.childForFieldName("left");
    const right = expr.childForFieldName("right");
    if (!left || left.text !== "__all__" || !right) continue;
    for (const item of kids(right)) {
      const v = plainString(item, text);
      if (v !== null) names.add(v);
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Classification of one string occurrence

const COMPARE_METHODS = new Set(["startswith", "endswith", "removeprefix", "removesuffix", "find", "rfind", "index", "rindex", "count", "replace"]);
const KEY_METHODS = new Set(["get", "pop", "setdefault", "__getitem__", "__contains__"]);
const REGEX_CALL = /^(?:re|regex)\.(?:compile|match|search|fullmatch|sub|subn|split|findall|finditer)$/;
const ENUM_BASE = /(?:^|\.)(?:Enum|StrEnum|IntEnum|Flag|IntFlag)$/;
const STATEMENT_STOP = new Set(["function_definition", "class_definition", "module", "block", "decorated_definition"]);
const RESPONSE_TEXT = /["']object["']\s*:\s*["']chat\.completion(?:\.chunk)?["']|["']id["']\s*:\s*["']chatcmpl-|["']choices["'][\s\S]*["']usage["']|["']usage["'][\s\S]*["']choices["']/;

/** Whether a dict literal or a constructor call is shaped like a chat completion response (src/check/recorded.ts). */
function responseShaped(node: Node, text: string): boolean {
  if (node.type !== "dictionary" && node.type !== "call") return false;
  // Cheap text test first: most dicts and calls are nothing like a response.
  const src = text.slice(node.startIndex, node.endIndex);
  if (!/chat\.completion|chatcmpl-|choices[\s\S]*usage|usage[\s\S]*choices/.test(src)) return false;
  const membersOf = (n: Node | null | undefined): Map<string, Node> =>
    n?.type === "dictionary" ? dictEntries(n, text) : n?.type === "call" ? keywordArgs(n).byName : new Map();
  const members = membersOf(node);
  return isResponseShape({
    has: (key) => members.has(key),
    string: (key) => plainString(members.get(key) ?? null, text),
    keys: (key) => [...membersOf(members.get(key)).keys()],
  });
}

/** The string's nearest ancestors, stopping at the enclosing statement. */
function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) {
    out.push(p);
    if (STATEMENT_STOP.has(p.type)) break;
  }
  return out;
}

function isRegexLike(value: string, vs: number, ve: number, rawPrefix: boolean): boolean {
  const before = value.slice(Math.max(0, vs - 2), vs);
  const after = value.slice(ve, ve + 2);
  if (before.endsWith("^") || after.startsWith("$") || before === "\\b" || after === "\\b") return true;
  // Alternation and groups only count in raw strings, where prose rarely lives.
  return rawPrefix && (/[|(]$/.test(before) || /^[|)]/.test(after));
}

/** The outermost chain of plain containers (list/tuple/set/dict) around a literal. */
function outermostContainer(lit: Node): Node | null {
  let found: Node | null = null;
  let n = outerOf(lit);
  for (let p = parentOf(n); p && CONTAINERS.has(p.type); p = parentOf(n)) {
    if (p.type !== "pair") found = p;
    n = outerOf(p);
  }
  return found;
}

interface Site {
  readonly detection: Partial<Pick<Detection, "extraEdits" | "thinking" | "snippet" | "detail" | "usedAt">>;
  readonly action: "rewrite" | "review";
  readonly reason: Reason;
  readonly call: Node | null;
  /** The request body dict, when the request's parameters live in one. */
  readonly body?: Node;
  /** The SDK recognised at the request, for its sampling and tool_choice keys. */
  readonly sdk?: Sdk;
  /** The request sets thinking otherwise and --thinking off keeps it: no thinking-mode advisories. */
  readonly overridden?: boolean;
}

function classifyString(facts: FileFacts, occ: Occurrence, lit: Node, lv: LiteralValue, vs: number, ve: number): Site {
  const { text } = facts;
  const plain = (reason: Reason): Site => ({ detection: {}, action: "review", reason, call: null });
  const chain = ancestors(lit);
  const outer = outerOf(lit);
  const parent = parentOf(outer);

  // Recorded responses: a dict or constructor shaped like a completion, or a JSON text of one.
  if (chain.some((a) => responseShaped(a, text)) || RESPONSE_TEXT.test(lv.value)) return plain("recorded-response");

  // A bare string statement: a docstring or a block comment written as a string.
  if (parent?.type === "expression_statement" && kids(parent).length === 1) {
    if (isMigrationProse(text, occ.start, occ.end)) return plain("migration-prose");
    return { detection: { thinking: "none" }, action: "rewrite", reason: "reference", call: null };
  }

  if (facts.isTest) {
    const asserting = chain.some(
      (a) => a.type === "assert_statement" || (a.type === "call" && /^assert/i.test(callee(a, text).last)),
    );
    // The asserted value echoes the test's input and is renamed with it; whether the code under test
    // branches on the name is the project pass's question (rules/checks/legacy-test.ts).
    if (asserting) return { detection: { thinking: "none" }, action: "rewrite", reason: "reference", call: null };
  }

  const start = lit.type === "string" ? lit.child(0) : lit.child(0)?.child(0) ?? null;
  const rawPrefix = start ? /[rR]/.test(text.slice(start.startIndex, start.endIndex)) : false;
  if (isRegexLike(lv.value, vs, ve, rawPrefix)) return plain("regex");

  // The call this literal is an argument of (directly, through a keyword, or inside a tuple argument).
  let argOf: Node = outer;
  let argParent = parent;
  if (argParent?.type === "keyword_argument") {
    argOf = outerOf(argParent);
    argParent = argParent.parent;
  } else if (argParent?.type === "tuple" && parentOf(outerOf(argParent))?.type === "argument_list") {
    argOf = outerOf(argParent);
    argParent = parentOf(argOf);
  }
  const call = argParent?.type === "argument_list" && argParent.parent?.type === "call" ? argParent.parent : null;
  if (call) {
    const { full, last } = callee(call, text);
    if (REGEX_CALL.test(full)) return plain("regex");
    const positional = kids(argParent!).filter((a) => a.type !== "keyword_argument");
    if (COMPARE_METHODS.has(last) && full.includes(".")) return plain("comparison");
    if (KEY_METHODS.has(last) && full.includes(".") && same(positional[0] ?? null, argOf)) return plain("mapping-key");
  }

  // Comparisons, directly or through the tuple/list/set on the right of `in`.
  let n = outer;
  let p = parent;
  while (p && (p.type === "tuple" || p.type === "list" || p.type === "set")) {
    n = outerOf(p);
    p = parentOf(n);
  }
  if (p?.type === "comparison_operator") return plain("comparison");
  if (chain.some((a) => a.type === "case_pattern")) return plain("switch-case");

  // Keys: dict literal keys and subscripts (but `Literal[...]` is a type, handled as a collection).
  if (parent?.type === "pair" && same(parent.childForFieldName("key"), outer)) {
    const dict = parentOf(outerOf(parent));
    const keys = dict ? [...dictEntries(dict, text).keys()].join(" ") : "";
    return plain(mentionsCurrent(keys) ? "collection-current" : "mapping-key");
  }
  if (parent?.type === "subscript" && same(parent.childForFieldName("subscript"), outer)) {
    const value = parent.childForFieldName("value");
    if (!value || !/(?:^|\.)Literal$/.test(value.text)) return plain("mapping-key");
  }
  if (parent?.type === "subscript" || (parent && CONTAINERS.has(parent.type))) {
    const container = parent.type === "subscript" ? parent : outermostContainer(lit);
    if (container) {
      const reason = collectionReason(text.slice(container.startIndex, container.endIndex), occ.legacy);
      if (reason) return plain(reason);
    }
  }
  // Choosing between the two names by a condition: a rename turns both branches into one ID.
  if (parent?.type === "conditional_expression") {
    const reason = collectionReason(text.slice(parent.startIndex, parent.endIndex), occ.legacy);
    if (reason) return plain(reason);
  }

  // Assignments: enum members beside the other name, and constants in a package's public API.
  if (parent?.type === "assignment" && same(parent.childForFieldName("right"), outer)) {
    const stmt = parent.parent;
    const block = stmt?.parent;
    const cls = block?.type === "block" ? block.parent : null;
    if (cls?.type === "class_definition") {
      const bases = cls.childForFieldName("superclasses");
      if (bases && kids(bases).some((b) => ENUM_BASE.test(b.text))) {
        const reason = collectionReason(text.slice(block!.startIndex, block!.endIndex), occ.legacy);
        if (reason) return plain(reason);
      }
    }
    const left = parent.childForFieldName("left");
    if (block?.type === "module" && left?.type === "identifier") {
      const name = left.text;
      if (/^[A-Z][A-Z0-9_]*$/.test(name) && ((facts.publicInit && !name.startsWith("_")) || facts.exported.has(name))) {
        return { detection: { detail: { constant: name } }, action: "review", reason: "exported-constant", call: null };
      }
    }
  }

  // Prose inside a string (a message or prompt that already talks about the migration).
  const litText = text.slice(lit.startIndex, lit.endIndex);
  if (/\s/.test(lv.value) && isMigrationProse(litText, occ.start - lit.startIndex, occ.end - lit.startIndex)) {
    return plain("migration-prose");
  }

  return requestSite(facts, occ, lit, parent, outer);
}

// ---------------------------------------------------------------------------------------------
// Request sites: recognised through the SDK registry, planned by the thinking planner

const HTTP_CALL = /(?:^|\.)(?:post|put|request|stream|send)$/;
// A body dict whose request is not in sight: a thinking setting in it is compared, nothing is written.
const BODY_READ_ONLY: Sdk = { ...httpJson, thinkingAt: null, alsoReadAt: [["thinking"], ["extra_body", "thinking"]] };

function quoteOf(lit: Node, text: string): string {
  const start = lit.type === "string" ? lit.child(0) : null;
  const q = start ? text.slice(start.startIndex, start.endIndex).replace(/^[A-Za-z]+/, "") : '"';
  return q === "'" ? "'" : '"';
}

/** The first SDK of the registry recognising a request. */
function recognise(facts: FileFacts, target: RequestTarget, via: string, occ: Occurrence): Sdk | null {
  const request: RequestFacts = {
    language: "python",
    target,
    via,
    prefix: occ.prefix,
    mentions: (re) => re.test(facts.text),
    origin: originOf(target.callee, facts.imports),
  };
  return recogniseRequest(request);
}

/** The site a plan comes to: rename (with what the plan did about thinking) or review a conflict. */
function planned(plan: Plan, sdk: Sdk, call: Node | null, body?: Node): Site {
  const where = { call, ...(body ? { body } : {}), sdk };
  const reason = call ? "request-site" : "reference";
  switch (plan.kind) {
    case "conflict":
      return { detection: { detail: { found: plan.found } }, action: "review", reason: "thinking-conflict", ...where };
    case "present":
      return { detection: { thinking: "present", snippet: sdk.id }, action: "rewrite", reason, ...where };
    case "insert":
      return { detection: { thinking: "inserted", extraEdits: plan.edits, snippet: sdk.id }, action: "rewrite", reason, ...where };
    case "note":
      return { detection: { thinking: "note", snippet: sdk.id }, action: "rewrite", reason, ...where, ...(plan.overridden ? { overridden: true } : {}) };
  }
}

function requestSite(facts: FileFacts, occ: Occurrence, lit: Node, parent: Node | null, outer: Node): Site {
  const note: Site = { detection: { thinking: "note", snippet: facts.snippet }, action: "rewrite", reason: "reference", call: null };
  const mode = legacyEntry(occ.legacy).thinking;
  const q = quoteOf(lit, facts.text);

  // A request body dict: sent as JSON over HTTP or spread into an SDK call; thinking goes in the dict.
  if (parent?.type === "pair" && same(parent.childForFieldName("value"), outer) && plainString(parent.childForFieldName("key"), facts.text) === "model") {
    const dict = parentOf(outerOf(parent));
    if (!dict || dict.type !== "dictionary") return note;
    return bodySite(facts, occ, dict, mode, q, note);
  }

  // The model as a call's first positional argument (`Agent("deepseek:...")`, `LLM("deepseek/...")`):
  // the call's keyword arguments are the request, for the SDK forms that take it so ("argument").
  if (parent?.type === "argument_list" && parent.parent?.type === "call" && same(kids(parent)[0] ?? null, outer)) {
    const call = parent.parent;
    const target = callTarget(facts, call, q);
    const sdk = recognise(facts, target, "argument", occ);
    return sdk ? planned(planThinking(sdk, [{ target }], mode, facts.option), sdk, call) : note;
  }
  const flow = flowSite(facts, occ, outer, mode, q);
  if (flow) return flow;
  if (parent?.type !== "keyword_argument" || !same(parent.childForFieldName("value"), outer)) return note;
  const keyword = parent.childForFieldName("name")?.text ?? "";
  const call = parent.parent?.parent ?? null;
  if (!call || call.type !== "call") return note;
  const target = callTarget(facts, call, q);
  const sdk = recognise(facts, target, keyword, occ);
  if (!sdk) return note;
  return planned(planThinking(sdk, [{ target }], mode, facts.option), sdk, call);
}

/**
 * The calls a body dict (holding `model` and `messages`) goes to and how: inline as `json=` of an
 * HTTP call, or assigned to a name that the same scope passes only as `json=name` or `**name`. Null
 * when any use is something else, so that a dict whose fate is unclear never gets a key it may not accept.
 */
function bodyUses(facts: FileFacts, dict: Node): { via: string; calls: Node[] }[] | null {
  const { text } = facts;
  const outer = outerOf(dict);
  const holder = parentOf(outer);
  if (holder?.type === "keyword_argument") {
    const call = holder.parent?.parent ?? null;
    const name = holder.childForFieldName("name")?.text;
    return name === "json" && call?.type === "call" && HTTP_CALL.test(callee(call, text).full) ? [{ via: "json=", calls: [call] }] : null;
  }
  if (holder?.type !== "assignment" || !same(holder.childForFieldName("right"), outer)) return null;
  const left = holder.childForFieldName("left");
  if (left?.type !== "identifier") return null;
  const name = left.text;
  let scope: Node | null = holder;
  while (scope && scope.type !== "function_definition" && scope.type !== "module") scope = scope.parent;
  if (!scope) return null;
  const uses: { via: string; calls: Node[] }[] = [];
  for (const id of scope.descendantsOfType("identifier")) {
    if (!id || id.text !== name || same(id, left) || id.startIndex < holder.endIndex) continue;
    const p = id.parent;
    let via: string | null = null;
    let call: Node | null = null;
    if (p?.type === "keyword_argument" && same(p.childForFieldName("value"), id) && p.childForFieldName("name")?.text === "json") {
      call = p.parent?.parent ?? null;
      if (call?.type === "call" && HTTP_CALL.test(callee(call, text).full)) via = "json=";
    } else if (p?.type === "dictionary_splat" && p.parent?.type === "argument_list") {
      call = p.parent.parent;
      if (call?.type === "call") via = "**";
    } else if (p?.type === "subscript" && same(p.childForFieldName("value"), id)) {
      // `payload["stream"] = True` is fine; touching thinking or extra_body means someone already handles it.
      const key = plainString(p.childForFieldName("subscript"), text);
      if (key !== "thinking" && key !== "extra_body") continue;
    }
    if (via === null || !call) return null;
    uses.push({ via, calls: [call] });
  }
  return uses.length > 0 ? uses : null;
}

function bodySite(facts: FileFacts, occ: Occurrence, dict: Node, mode: ThinkingMode, q: string, note: Site): Site {
  const entries = dictEntries(dict, facts.text);
  const uses = entries.has("messages") ? bodyUses(facts, dict) : null;
  // Every use must be the same SDK's request, or the dict's form is unclear.
  let sdk: Sdk | null = null;
  const calls: Node[] = [];
  for (const use of uses ?? []) {
    for (const call of use.calls) {
      const found = recognise(facts, dictTarget(facts, dict, callee(call, facts.text).full, q), use.via, occ);
      if (!found || (sdk !== null && found !== sdk)) {
        sdk = null;
        calls.length = 0;
        break;
      }
      sdk = found;
      calls.push(call);
    }
    if (!sdk) break;
  }
  const target = dictTarget(facts, dict, calls[0] ? callee(calls[0], facts.text).full : "", q);
  if (!sdk) {
    // Not sent anywhere this file shows: an existing setting is still compared; a body built for a
    // plain HTTP client elsewhere shows the JSON form in the note.
    const plan = planThinking(BODY_READ_ONLY, [{ target }], mode, facts.option);
    const http = entries.has("messages") && /\b(?:requests|httpx|aiohttp|urllib3?)\b/.test(facts.text);
    if (plan.kind === "note" && !http) return { ...note, ...(plan.overridden ? { overridden: true } : {}) };
    return planned(plan, httpJson, null, dict);
  }
  const alsoRead = calls.map((c) => callTarget(facts, c, q));
  return planned(planThinking(sdk, [{ target, alsoRead }], mode, facts.option), sdk, calls[0] ?? null, dict);
}

// ---------------------------------------------------------------------------------------------
// Values that flow: a literal bound to a name, a field or a parameter default, followed to the
// requests of the same file that use it. A value nothing else can change (a module constant, a
// field set once) gets the thinking setting at those requests, as a literal written there would;
// an overridable default (a parameter default, `x or "…"`, `os.getenv("X", "…")`, `if not x: x = "…"`)
// is renamed with a note naming the requests, since a caller who passes a reasoning model would get
// a fixed mode that is wrong for it.

/** A request a flowing value reaches: the call, and the site planned there. */
interface Reached {
  readonly call: Node;
  readonly site: Site;
}

function enclosingOf(node: Node, types: readonly string[]): Node | null {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return null;
}

/** The parameter names of a function definition. */
function parameterNames(fn: Node): Set<string> {
  const out = new Set<string>();
  const params = fn.childForFieldName("parameters");
  for (const p of params ? kids(params) : []) {
    const name = p.type === "identifier" ? p : p.childForFieldName("name") ?? p.namedChildren.find((c) => c?.type === "identifier") ?? null;
    if (name?.type === "identifier") out.add(name.text);
  }
  return out;
}

/** Assignments (plain or augmented) whose target is `target` (an identifier or `self.x` text) under `scope`. */
function assignmentsTo(facts: FileFacts, scope: Node, target: string): Node[] {
  return (facts.names().assigns.get(target) ?? []).filter((a) => within(a, scope));
}

/** Whether an assignment sits in `if not NAME:` / `if NAME is None:` for its own target: a fallback. */
function fallbackAssignment(assign: Node, target: string): boolean {
  const stmt = assign.parent;
  const block = stmt?.parent;
  const ifs = block?.type === "block" ? block.parent : null;
  if (ifs?.type !== "if_statement" || !same(ifs.childForFieldName("consequence"), block ?? null)) return false;
  const cond = ifs.childForFieldName("condition")?.text.replace(/\s+/g, " ") ?? "";
  const t = target.replace(/\./g, "\\.");
  return new RegExp(`^(?:not ${t}|${t} is None|${t} == (?:None|""|''))$`).test(cond);
}

/** The requests a use of the value (an identifier or `self.x`) is part of, following one `self.x = name` hop. */
function requestsOf(facts: FileFacts, occ: Occurrence, use: Node, mode: ThinkingMode, q: string, cls: Node | null, depth = 0): Reached[] | null {
  const { text } = facts;
  const u = outerOf(use);
  const p = parentOf(u);
  if (p?.type === "keyword_argument" && same(p.childForFieldName("value"), u)) {
    const call = p.parent?.parent ?? null;
    if (call?.type !== "call") return [];
    const keyword = p.childForFieldName("name")?.text ?? "";
    const target = callTarget(facts, call, q);
    const sdk = recognise(facts, target, keyword, occ);
    return sdk ? [{ call, site: planned(planThinking(sdk, [{ target }], mode, facts.option), sdk, call) }] : [];
  }
  if (p?.type === "pair" && same(p.childForFieldName("value"), u) && plainString(p.childForFieldName("key"), text) === "model") {
    const dict = parentOf(outerOf(p));
    if (dict?.type !== "dictionary") return [];
    const site = bodySite(facts, occ, dict, mode, q, { detection: {}, action: "rewrite", reason: "reference", call: null });
    return site.call && site.sdk ? [{ call: site.call, site }] : [];
  }
  // `self.model = model`: the field carries the value on to the class's requests.
  if (depth === 0 && cls && p?.type === "assignment" && same(p.childForFieldName("right"), u)) {
    const left = p.childForFieldName("left");
    if (left?.type === "attribute" && /^self\.\w+$/.test(left.text.replace(/\s+/g, ""))) return fieldRequests(facts, occ, left.text.replace(/\s+/g, ""), cls, mode, q, 1);
  }
  return [];
}

/** The requests reading `self.x` in a class's methods; null when the field is set more than once. */
function fieldRequests(facts: FileFacts, occ: Occurrence, field: string, cls: Node, mode: ThinkingMode, q: string, depth: number): Reached[] | null {
  if (assignmentsTo(facts, cls, field).length > 1) return null;
  const out: Reached[] = [];
  for (const attr of facts.names().attrs.get(field) ?? []) {
    if (!within(attr, cls)) continue;
    const p = attr.parent;
    if (p?.type === "assignment" && same(p.childForFieldName("left"), attr)) continue;
    out.push(...(requestsOf(facts, occ, attr, mode, q, cls, depth) ?? []));
  }
  return out;
}

/** The requests an identifier bound in `scope` reaches, skipping functions that rebind it. */
function nameRequests(facts: FileFacts, occ: Occurrence, name: string, scope: Node, decl: Node, mode: ThinkingMode, q: string): Reached[] {
  const out: Reached[] = [];
  for (const id of facts.names().ids.get(name) ?? []) {
    if (!within(id, scope) || within(id, decl)) continue;
    const fn = enclosingOf(id, ["function_definition"]);
    if (fn && !same(fn, scope) && (parameterNames(fn).has(name) || assignmentsTo(facts, fn, name).length > 0)) continue;
    const cls = enclosingOf(id, ["class_definition"]);
    out.push(...(requestsOf(facts, occ, id, mode, q, cls) ?? []));
  }
  return out;
}

function flowSite(facts: FileFacts, occ: Occurrence, outer: Node, mode: ThinkingMode, q: string): Site | null {
  const { text } = facts;
  // Wrappers that let a caller or the environment override the literal.
  let e = outer;
  let overridable = false;
  for (;;) {
    const p = parentOf(e);
    if (p?.type === "boolean_operator" && same(p.childForFieldName("right"), e) && p.childForFieldName("operator")?.text === "or") {
      overridable = true;
      e = outerOf(p);
      continue;
    }
    if (p?.type === "argument_list" && p.parent?.type === "call" && /(?:^|\.)(?:getenv|get)$/.test(callee(p.parent, text).full)) {
      const positional = kids(p).filter((a) => a.type !== "keyword_argument");
      if (positional.length === 2 && same(positional[1] ?? null, e)) {
        overridable = true;
        e = outerOf(p.parent);
        continue;
      }
    }
    break;
  }
  const p = parentOf(e);
  let reached: Reached[] | null = null;
  if (overridable && p?.type === "keyword_argument" && same(p.childForFieldName("value"), e)) {
    // `create(model=opt or "deepseek-chat")`: the request is right here, but the mode is the caller's.
    reached = requestsOf(facts, occ, e, mode, q, null);
  } else if ((p?.type === "default_parameter" || p?.type === "typed_default_parameter") && same(p.childForFieldName("value"), e)) {
    const name = p.childForFieldName("name")?.text;
    const fn = enclosingOf(p, ["function_definition"]);
    if (!name || !fn) return null;
    overridable = true;
    reached = nameRequests(facts, occ, name, fn, p, mode, q);
  } else if (p?.type === "assignment" && same(p.childForFieldName("right"), e)) {
    const left = p.childForFieldName("left");
    const target = left?.text.replace(/\s+/g, "") ?? "";
    const fn = enclosingOf(p, ["function_definition", "class_definition"]);
    if (left?.type === "identifier" && fn?.type === "class_definition" && same(p.parent?.parent ?? null, fn.childForFieldName("body") ?? null)) {
      // A class attribute, read as `self.NAME` / `cls.NAME` by the class's methods.
      reached = [...(fieldRequests(facts, occ, `self.${target}`, fn, mode, q, 0) ?? []), ...(fieldRequests(facts, occ, `cls.${target}`, fn, mode, q, 0) ?? [])];
    } else if (left?.type === "identifier") {
      const scope = fn?.type === "function_definition" ? fn : enclosingOf(p, ["module"]);
      if (!scope) return null;
      const sets = assignmentsTo(facts, scope, target);
      if (sets.length !== 1 || (fn?.type === "function_definition" && parameterNames(fn).has(target))) overridable = true;
      if (fallbackAssignment(p, target)) overridable = true;
      reached = nameRequests(facts, occ, target, scope, p, mode, q);
    } else if (left?.type === "attribute" && /^self\.\w+$/.test(target)) {
      const cls = enclosingOf(p, ["class_definition"]);
      if (!cls) return null;
      if (fallbackAssignment(p, target)) overridable = true;
      reached = fieldRequests(facts, occ, target, cls, mode, q, 0);
      if (reached === null) {
        overridable = true;
        reached = [];
        for (const attr of facts.names().attrs.get(target) ?? []) if (within(attr, cls)) reached.push(...(requestsOf(facts, occ, attr, mode, q, cls, 1) ?? []));
      }
    }
  }
  if (!reached || reached.length === 0) return null;
  const sdk = reached[0]!.site.sdk!;
  const calls = [...new Map(reached.map((r) => [r.call.startIndex, r.call])).values()];
  const note: Site = { detection: { thinking: "note", snippet: sdk.id, usedAt: calls.map((c) => c.startIndex) }, action: "rewrite", reason: "reference", call: null };
  if (overridable || reached.some((r) => r.site.sdk !== sdk)) return note;
  if (reached.length === 1) return reached[0]!.site;
  // One value, several requests: each gets the setting, or the value is reviewed with the first conflict.
  const conflict = reached.find((r) => r.site.action === "review");
  if (conflict) return conflict.site;
  if (reached.some((r) => r.site.detection.thinking === "note")) return note;
  const edits = reached.flatMap((r) => r.site.detection.extraEdits ?? []);
  const thinking = reached.some((r) => r.site.detection.thinking === "inserted") ? "inserted" : "present";
  return { ...reached[0]!.site, detection: { ...reached[0]!.site.detection, thinking, ...(edits.length ? { extraEdits: edits } : {}) } };
}

// ---------------------------------------------------------------------------------------------
// Advisories

/** Hazards at a request site migrated with thinking enabled. */
function siteAdvisories(call: Node, facts: FileFacts, sdk: Sdk, body?: Node): AdvisoryDetection[] {
  const out: AdvisoryDetection[] = [];
  const byName = new Map([...keywordArgs(call).byName, ...(body ? dictEntries(body, facts.text) : [])]);
  for (const name of sdk.sampling ?? []) {
    const v = byName.get(name);
    if (v) out.push({ start: v.parent!.startIndex, end: v.parent!.endIndex, code: "sampling-ignored", detail: { key: name } });
  }
  const choice = sdk.toolChoice ? byName.get(sdk.toolChoice) : undefined;
  if (choice) {
    const forced = (choice.type === "dictionary" && /["']function["']/.test(choice.text)) || plainString(choice, facts.text) === "required";
    if (forced) out.push({ start: choice.parent!.startIndex, end: choice.parent!.endIndex, code: "forced-tool-choice" });
  }
  const { full } = callee(call, facts.text);
  if (/(?:^|\.)completions\.create$/.test(full) && !/chat\.completions\.create$/.test(full) && (byName.has("suffix") || /\/beta\b/.test(facts.text))) {
    out.push({ start: call.startIndex, end: call.endIndex, code: "fim-thinking" });
  }
  return out;
}

/** Code that strips `reasoning_content`, which V4 in thinking mode needs back in tool loops. */
function reasoningAdvisories(root: Node, facts: FileFacts): AdvisoryDetection[] {
  const { text } = facts;
  const out: AdvisoryDetection[] = [];
  if (text.includes("reasoning_content")) {
    for (const call of root.descendantsOfType("call")) {
      if (!call) continue;
      const { last } = callee(call, text);
      const args = call.childForFieldName("arguments");
      const first = args ? kids(args)[0] ?? null : null;
      if ((last === "pop" || last === "popitem") && plainString(first, text) === "reasoning_content") {
        out.push({ start: call.startIndex, end: call.endIndex, code: "reasoning-content-dropped", detail: { how: "pop" } });
      }
    }
    for (const del of root.descendantsOfType("delete_statement")) {
      if (del && /["']reasoning_content["']/.test(del.text)) {
        out.push({ start: del.startIndex, end: del.endIndex, code: "reasoning-content-dropped", detail: { how: "del" } });
      }
    }
  }
  // Tool loops that rebuild the assistant turn from `content` alone, in files using the thinking mode.
  if (findOccurrences(text).some((o) => o.legacy === "deepseek-reasoner") && /\btools\s*=/.test(text)) {
    for (const dict of root.descendantsOfType("dictionary")) {
      if (!dict) continue;
      const entries = dictEntries(dict, text);
      if (plainString(entries.get("role") ?? null, text) !== "assistant" || !entries.has("content") || entries.has("reasoning_content")) continue;
      let inLoop = false;
      for (let p = dict.parent; p && p.type !== "function_definition"; p = p.parent) {
        if (p.type === "for_statement" || p.type === "while_statement") inLoop = true;
      }
      if (inLoop) out.push({ start: dict.startIndex, end: dict.endIndex, code: "reasoning-content-dropped", detail: { how: "assistant message built without it" } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The rule

function stringNodeAt(root: Node, start: number, end: number): Node | null {
  for (let n: Node | null = root.descendantForIndex(start, end); n; n = n.parent) {
    if (n.type === "string") return n;
    if (n.type === "comment" || n.type === "ERROR") return null;
  }
  return null;
}

function commentAt(root: Node, start: number, end: number): Node | null {
  const n = root.descendantForIndex(start, end);
  return n && n.type === "comment" ? n : null;
}

function analyse(root: Node, ctx: RuleContext): RuleOutput {
  const text = ctx.text;
  let index: NameIndex | undefined;
  const path = ctx.path;
  const facts: FileFacts = {
    text,
    isTest: isTestPath(path),
    publicInit: isPublicInit(path),
    exported: text.includes("__all__") ? exportedNames(root, text) : new Set(),
    // Stubs and windowed scripts are Python too; the shared helper knows files by `.py`.
    snippet: sdkForFile(path.replace(/\.py[iw]$/i, ".py"), text),
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    option: ctx.thinking,
    imports: importedNames(root),
    names: () => (index ??= nameIndex(root)),
  };
  const detections: Detection[] = [];
  const advisories: AdvisoryDetection[] = [];
  const done = new Set<number>();
  const calls = new Map<number, { call: Node; sdk: Sdk; body?: Node }>();

  // Every literal that could hold a legacy name, found from the raw text ("deepseek" precedes both IDs,
  // and escapes or concatenation can only hide the rest).
  const literals = new Map<number, Node>();
  for (let i = text.indexOf("deepseek"); i !== -1; i = text.indexOf("deepseek", i + 1)) {
    const str = stringNodeAt(root, i, i + 8);
    if (!str) continue;
    const lit = str.parent?.type === "concatenated_string" ? str.parent : str;
    literals.set(lit.startIndex, lit);
  }

  for (const lit of literals.values()) {
    const lv = literalValue(lit, text);
    const rawOccs = lv.contents.flatMap((c) => findOccurrences(text, c.start, c.end)).filter((o) => !done.has(o.start));
    const valueOccs = findOccurrences(lv.value);
    const matched = new Set<number>();
    for (const v of valueOccs) {
      const rs = lv.rawStart[v.start]!;
      const re = lv.rawEnd[v.end - 1]!;
      // An escape next to the name (`"\ndeepseek-chat"`) hides it from the raw scan, yet the name's own
      // characters are plain source text, so renaming them is still exact.
      const raw = rawOccs.find((o) => o.start === rs && o.end === re) ?? (text.slice(rs, re) === v.legacy ? { ...v, start: rs, end: re } : undefined);
      if (!raw) {
        // The value names the model but the source spells it differently (escapes, split literal).
        detections.push({ start: rs, end: re, legacy: v.legacy, action: "review", reason: "escaped-literal", thinking: "none" });
        continue;
      }
      matched.add(raw.start);
      done.add(raw.start);
      const site = classifyString(facts, raw, lit, lv, v.start, v.end);
      detections.push(detect(raw, ctx, site.action, site.reason, site.detection));
      if (site.call && site.sdk && site.action === "rewrite" && !site.overridden && legacyEntry(raw.legacy).thinking === "enabled" && !calls.has(site.call.startIndex)) {
        calls.set(site.call.startIndex, { call: site.call, sdk: site.sdk, ...(site.body ? { body: site.body } : {}) });
      }
    }
    for (const o of rawOccs) {
      if (matched.has(o.start)) continue;
      // The source shows the name, the value does not (`"deepseek-chat" "-v3"`, `"deepseek-chat\x2dv3"`).
      done.add(o.start);
      detections.push({ start: o.start, end: o.end, legacy: o.legacy, action: "review", reason: "escaped-literal", thinking: "none" });
    }
  }

  for (const occ of findOccurrences(text)) {
    if (done.has(occ.start)) continue;
    const comment = commentAt(root, occ.start, occ.end);
    if (comment) {
      // Comments are prose: the checks every family's comments get (a comment naming both names is
      // a list of them; a rename gets the note saying where the mode goes).
      const reason = proseReason(text, occ, null);
      detections.push(reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: facts.snippet }));
      continue;
    }
    if (stringNodeAt(root, occ.start, occ.end)) continue; // inside a literal already handled
    // Outside any literal or comment: only in text the parser could not read; judge the line.
    const reason = lineHeuristic(text, occ, path);
    detections.push(reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: facts.snippet }));
  }

  for (const { call, sdk, body } of calls.values()) advisories.push(...siteAdvisories(call, facts, sdk, body));
  advisories.push(...reasoningAdvisories(root, facts));
  detections.sort((a, b) => a.start - b.start);
  advisories.sort((a, b) => a.start - b.start);
  return { detections, advisories };
}

export const pythonRule: Rule = {
  id: "python",
  description: "Legacy model IDs in Python: strings, comments, comparisons, keys, and request sites with the thinking setting",
  appliesTo: (path) => PYTHON.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    const { out, docstrings } = await withTree(ctx.text, (root) => ({ out: analyse(root, ctx), docstrings: pythonDocstrings(root, ctx.text) }));
    // Examples in docstrings are Python code (rules/languages/doc-comments.ts).
    return withDocExamples(ctx, out, docstrings, "python");
  },
  warmUp: loadParser,
  async validate(text: string): Promise<string | null> {
    return withTree(text, firstError);
  },
};
