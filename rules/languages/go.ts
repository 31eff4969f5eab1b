// Go sources, parsed with tree-sitter (tree-sitter-go's bundled wasm) so that string literals,
// comments, comparisons, switch cases, map keys and lists are told apart, and so that a legacy model
// value reaching an openai-go request (`client.Chat.Completions.New(ctx, params, opts...)`) gets the
// thinking setting as one more request option. Whatever the tree cannot place is judged by the line
// heuristics every code family shares.
import type { Node } from "web-tree-sitter";
import { legacyEntry } from "../../src/catalog.js";
import type { Occurrence } from "../../src/check/tokens.js";
import type { Edit, Rule, RuleContext, SdkId } from "../../src/types.js";
import type { RequestTarget } from "../api.js";
import { collectionReason, lineHeuristic } from "../shared.js";
import { recogniseRequest, sdkForFile } from "../sdks/index.js";
import { callOptionsTarget, importedAs } from "../targets/go.js";
import { planThinking } from "../thinking/plan.js";
import { requestVerdict, treeSitterRule, type Verdict } from "./tree-sitter.js";

const GO = /\.go$/i;
const WASM = "tree-sitter-go/tree-sitter-go.wasm";
const STRING = new Set(["interpreted_string_literal", "raw_string_literal"]);
const COMMENT = new Set(["comment"]);

/** Calls whose string argument is compared or matched, never sent (`strings.Contains(model, "…")`). */
const COMPARING_CALL = /(?:^|\.)(?:Contains|ContainsAny|HasPrefix|HasSuffix|EqualFold|Index|TrimPrefix|TrimSuffix|CutPrefix|CutSuffix)$/;
const REGEX_CALL = /(?:^|\.)(?:MustCompile|Compile|MatchString|QuoteMeta)$/;

interface Facts {
  readonly ctx: RuleContext;
  readonly root: Node;
  readonly snippet: SdkId;
  /** The local name of openai-go's `option` package: imported, or to be imported by `optionImport`. */
  readonly option: string | null;
  /** The import of the option package to add with an insertion, when the file does not import it yet. */
  readonly optionImport: Edit | null;
}

const OPENAI_GO = /^github\.com\/openai\/openai-go(\/v\d+)?$/;

/**
 * How requests in this file can name openai-go's option package: its import (aliased or not), or
 * `option` with an edit importing it next to openai-go's own import in an import block, when no
 * other identifier in the file is called `option`.
 */
function optionPackage(root: Node, text: string): Pick<Facts, "option" | "optionImport"> {
  const imported = importedAs(root, /^github\.com\/openai\/openai-go(?:\/v\d+)?\/option$/, "option");
  if (imported) return { option: imported, optionImport: null };
  for (const spec of root.descendantsOfType("import_spec")) {
    const m = spec ? OPENAI_GO.exec(spec.childForFieldName("path")?.text.slice(1, -1) ?? "") : null;
    if (!spec || !m || spec.parent?.type !== "import_spec_list") continue;
    if (root.descendantsOfType(["identifier", "package_identifier"]).some((n) => n?.text === "option")) return { option: null, optionImport: null };
    const lineStart = text.lastIndexOf("\n", spec.startIndex) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    return { option: "option", optionImport: { start: spec.endIndex, end: spec.endIndex, text: `${eol}${indent}"github.com/openai/openai-go${m[1] ?? ""}/option"` } };
  }
  return { option: null, optionImport: null };
}

/** The node a literal stands for in its context: through `literal_element` and type conversions such as `openai.ChatModel("…")`. */
function outerOf(lit: Node): Node {
  let n = lit;
  for (;;) {
    const p = n.parent;
    if (p?.type === "parenthesized_expression") n = p;
    else if (p?.type === "argument_list" && p.namedChildCount === 1 && /(?:^|\.)ChatModel$/.test(p.parent?.childForFieldName("function")?.text ?? "")) n = p.parent!;
    else return n;
  }
}

function operatorOf(bin: Node): string {
  return bin.children.find((c) => c !== null && !c.isNamed)?.type ?? "";
}

/** The call an identifier bound to a params literal (`params := openai.ChatCompletionNewParams{…}`) is passed to, in the same function. */
function callsPassing(scope: Node, name: string, after: number): Node[] {
  const out: Node[] = [];
  for (const id of scope.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex < after) continue;
    if (id.parent?.type === "argument_list" && id.parent.parent?.type === "call_expression") out.push(id.parent.parent);
  }
  return out;
}

/** The request calls a params composite literal reaches: as an argument, or through the variable it initialises. */
function requestCalls(params: Node): Node[] {
  const p = params.parent;
  if (p?.type === "argument_list" && p.parent?.type === "call_expression") return [p.parent];
  if (p?.type === "unary_expression" && p.parent?.type === "argument_list" && p.parent.parent?.type === "call_expression") return [p.parent.parent];
  if (p?.type === "expression_list" && (p.parent?.type === "short_var_declaration" || p.parent?.type === "var_spec" || p.parent?.type === "assignment_statement")) {
    const decl = p.parent;
    const left = decl.childForFieldName(decl.type === "var_spec" ? "name" : "left");
    const name = left?.type === "identifier" ? left.text : left?.namedChildCount === 1 ? left.namedChild(0)?.text : undefined;
    if (!name) return [];
    let scope: Node | null = decl;
    while (scope && scope.type !== "function_declaration" && scope.type !== "method_declaration" && scope.type !== "func_literal" && scope.type !== "source_file") scope = scope.parent;
    return scope ? callsPassing(scope, name, decl.endIndex) : [];
  }
  return [];
}

/** The verdict for a value written as the `Model` field of a params literal, through the request calls it reaches. */
function requestSite(f: Facts, occ: Occurrence, field: Node): Verdict | null {
  const params = field.parent?.parent; // keyed_element → literal_value → composite_literal
  if (params?.type !== "composite_literal") return null;
  const calls = requestCalls(params);
  const targets = calls.map((c) => callOptionsTarget(c, f.ctx.text, f.option));
  const sdks = targets.map((target) => recogniseRequest({ language: "go", target, via: "Model", prefix: occ.prefix, mentions: (re) => re.test(f.ctx.text) }));
  const sdk = sdks[0];
  if (!sdk || sdks.some((s) => s !== sdk)) return null;
  const plan = planThinking(sdk, targets.map((target: RequestTarget) => ({ target })), legacyEntry(occ.legacy).thinking, f.ctx.thinking);
  return requestVerdict(plan, sdk.id as SdkId, f.optionImport ? [f.optionImport] : []);
}

/** The `Model:` fields a constant or variable initialised with the literal is written to. */
function boundFields(f: Facts, lit: Node): Node[] {
  const list = lit.parent;
  const spec = list?.parent;
  if (list?.type !== "expression_list" || (spec?.type !== "const_spec" && spec?.type !== "var_spec" && spec?.type !== "short_var_declaration")) return [];
  const names = spec.type === "short_var_declaration" ? spec.childForFieldName("left")?.namedChildren ?? [] : spec.childrenForFieldName("name");
  const values = list.namedChildren;
  const i = values.findIndex((v) => v?.startIndex === lit.startIndex);
  const name = names[i]?.text;
  if (!name || names.length !== values.length) return [];
  const out: Node[] = [];
  for (const id of f.root.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex === names[i]!.startIndex) continue;
    const el = outerOf(id).parent;
    const kv = el?.type === "literal_element" ? el.parent : null;
    if (kv?.type === "keyed_element" && kv.childForFieldName("value")?.startIndex === el!.startIndex && kv.childForFieldName("key")?.text === "Model") out.push(kv);
  }
  return out;
}

function classifyLiteral(f: Facts, occ: Occurrence, lit: Node): Verdict {
  const { ctx } = f;
  const note: Verdict = { action: "rewrite", reason: "reference", extra: { thinking: "note", snippet: f.snippet } };
  const content = lit.text.slice(1, -1);
  // A longer string (a sentence, a JSON body, a URL): the shared line checks judge it.
  if (content !== `${occ.prefix}${occ.legacy}`) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  const outer = outerOf(lit);
  const p = outer.parent;
  if (p?.type === "binary_expression" && /^(?:==|!=)$/.test(operatorOf(p))) return { action: "review", reason: "comparison" };
  if (p?.type === "expression_list" && p.parent?.type === "expression_case") return { action: "review", reason: "switch-case" };
  if (p?.type === "index_expression" && p.childForFieldName("index")?.startIndex === outer.startIndex) return { action: "review", reason: "mapping-key" };
  if (p?.type === "argument_list") {
    const fn = p.parent?.childForFieldName("function")?.text ?? "";
    if (REGEX_CALL.test(fn)) return { action: "review", reason: "regex" };
    if (COMPARING_CALL.test(fn)) return { action: "review", reason: "comparison" };
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason) return { action: "review", reason };
  }
  if (p?.type === "literal_element") {
    const holder = p.parent;
    if (holder?.type === "keyed_element") {
      // A string key is a map key (struct fields are identifiers).
      if (holder.childForFieldName("key")?.startIndex === p.startIndex) return { action: "review", reason: "mapping-key" };
      if (holder.childForFieldName("key")?.text === "Model") return requestSite(f, occ, holder) ?? note;
    }
    if (holder?.type === "literal_value") {
      const reason = collectionReason(holder.text, occ.legacy);
      if (reason) return { action: "review", reason };
    }
  }
  const fields = boundFields(f, lit);
  if (fields.length > 0) {
    const verdicts = fields.map((field) => requestSite(f, occ, field));
    const first = verdicts[0];
    if (first && verdicts.every((v) => v && v.action === first.action && v.extra?.thinking === first.extra?.thinking)) {
      const edits = verdicts.flatMap((v) => v?.extra?.extraEdits ?? []);
      return { ...first, extra: { ...first.extra, ...(edits.length > 0 ? { extraEdits: edits } : {}) } };
    }
  }
  return note;
}

export const goRule: Rule = treeSitterRule({
  id: "go",
  description: "Legacy model IDs in Go: strings, comments, comparisons, switch cases, map keys, and openai-go requests with the thinking option",
  path: GO,
  wasm: WASM,
  literals: STRING,
  comments: COMMENT,
  facts: (root, ctx): Facts => ({ ctx, root, snippet: sdkForFile(ctx.path, ctx.text), ...optionPackage(root, ctx.text) }),
  classify: classifyLiteral,
});
