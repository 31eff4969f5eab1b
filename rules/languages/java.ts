// Java sources, parsed with tree-sitter (tree-sitter-java's bundled wasm) so that string literals,
// text blocks, comments, comparisons, switch labels, map keys, lists and annotations are told apart,
// and so that a legacy model value named in an SDK's builder chain (openai-java's params builder,
// langchain4j's OpenAI model builders) gets the thinking setting in the same chain. Whatever the tree
// cannot place is judged by the line heuristics every code family shares.
import type { Node } from "web-tree-sitter";
import { legacyEntry } from "../../src/catalog.js";
import type { Occurrence } from "../../src/check/tokens.js";
import type { Edit, Rule, RuleContext, SdkId } from "../../src/types.js";
import type { Sdk } from "../api.js";
import { collectionReason, lineHeuristic } from "../shared.js";
import { recogniseRequest, sdkForFile } from "../sdks/index.js";
import { builderChainTarget, chainOf, type BodySetter } from "../targets/java.js";
import { planThinking } from "../thinking/plan.js";
import { requestVerdict, treeSitterRule, type Verdict } from "./tree-sitter.js";

const JAVA = /\.java$/i;
const WASM = "tree-sitter-java/tree-sitter-java.wasm";
const COMMENT = new Set(["line_comment", "block_comment"]);
const STRING = new Set(["string_literal"]);

/** Methods whose string argument (or receiver) is compared with a value, never sent. */
const EQUALS = /^(?:equals|equalsIgnoreCase|contentEquals|compareTo|compareToIgnoreCase)$/;
const COMPARING = /^(?:startsWith|endsWith|contains|containsIgnoreCase|indexOf|lastIndexOf|regionMatches|startsWithIgnoreCase|endsWithIgnoreCase)$/;
/** `Pattern.compile("…")`, `s.matches("…")`, `s.replaceAll("…", …)`: the string is a pattern. */
const REGEX = /^(?:compile|matches|replaceAll|replaceFirst|split)$/;
/** Map methods whose first argument is a key. */
const MAP_KEY = /^(?:get|getOrDefault|put|putIfAbsent|containsKey|remove|computeIfAbsent|computeIfPresent|compute|merge|entry|immutableEntry)$/;
/** Factories whose arguments are members of one collection. */
const COLLECTION = /^(?:(?:List|Set|Stream|EnumSet|ImmutableList|ImmutableSet)\.of|Arrays\.asList|Arrays\.stream|(?:Lists|Sets)\.new\w+|Collections\.unmodifiable\w+|Collections\.singletonList|asList|listOf|setOf)$/;

/** Builder methods naming the model, and how each SDK's builder takes an undeclared body key. */
const MODEL_LINK = /^(?:model|modelName)$/;
const SETTERS: Readonly<Record<string, { setter: BodySetter; imports: readonly string[] }>> = {
  "openai-java": { setter: { kind: "put", method: "putAdditionalBodyProperty", wrap: "JsonValue.from" }, imports: ["com.openai.core.JsonValue", "java.util.Map"] },
  langchain4j: { setter: { kind: "map", method: "customParameters" }, imports: ["java.util.Map"] },
};

interface Facts {
  readonly ctx: RuleContext;
  readonly root: Node;
  readonly snippet: SdkId;
}

/** The literal's content: between its quotes, or between a text block's delimiters. */
function contentOf(lit: Node): string {
  const t = lit.text;
  return t.startsWith('"""') ? t.slice(3, -3).trim() : t.slice(1, -1);
}

/** The node a literal stands for in its context: through parentheses, casts and openai-java's `ChatModel.of("…")`. */
function outerOf(lit: Node): Node {
  let n = lit;
  for (;;) {
    const p = n.parent;
    if (p?.type === "parenthesized_expression" || p?.type === "cast_expression") n = p;
    else if (p?.type === "argument_list" && p.namedChildCount === 1 && p.parent?.type === "method_invocation" && /(?:^|\.)ChatModel\.of$/.test(calleeOf(p.parent).callee)) n = p.parent;
    else return n;
  }
}

function operatorOf(bin: Node): string {
  return bin.childForFieldName("operator")?.type ?? "";
}

/** The method name and dotted callee (`Map.of`, `map.put`) of a method invocation. */
function calleeOf(call: Node): { name: string; callee: string } {
  const name = call.childForFieldName("name")?.text ?? "";
  const object = call.childForFieldName("object");
  return { name, callee: object ? `${object.text}.${name}` : name };
}

/**
 * Edits importing each class in `names` the file does not import yet (by name or with its package's
 * `*`), after the last import or the package line; null when the file imports another class of the
 * same simple name or has neither imports nor a package line.
 */
function importEdits(root: Node, text: string, names: readonly string[]): Edit[] | null {
  const imports = root.namedChildren.filter((n): n is Node => n?.type === "import_declaration");
  const paths = imports.map((i) => i.text.replace(/^import\s+(?:static\s+)?/, "").replace(/\s*;$/, "").replace(/\s+/g, ""));
  const missing: string[] = [];
  for (const name of names) {
    const pkg = name.slice(0, name.lastIndexOf("."));
    const simple = name.slice(name.lastIndexOf(".") + 1);
    if (paths.includes(name) || paths.includes(`${pkg}.*`)) continue;
    if (paths.some((p) => p.endsWith(`.${simple}`))) return null;
    missing.push(name);
  }
  if (missing.length === 0) return [];
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const last = imports[imports.length - 1];
  if (last) return [{ start: last.endIndex, end: last.endIndex, text: missing.map((m) => `${eol}import ${m};`).join("") }];
  const pkg = root.namedChildren.find((n) => n?.type === "package_declaration");
  if (!pkg) return null;
  return [{ start: pkg.endIndex, end: pkg.endIndex, text: `${eol}${missing.map((m) => `${eol}import ${m};`).join("")}` }];
}

/** The verdict for a value passed to a builder chain's `.model(…)` / `.modelName(…)` link. */
function requestSite(f: Facts, occ: Occurrence, link: Node): Verdict | null {
  const chain = chainOf(link);
  const probe = builderChainTarget(chain, link, f.ctx.text, { kind: "map", method: "" });
  const via = link.childForFieldName("name")?.text ?? "model";
  const facts = (target: typeof probe) => ({ language: "java" as const, target, via, prefix: occ.prefix, mentions: (re: RegExp) => re.test(f.ctx.text) });
  const found: Sdk | null = recogniseRequest(facts(probe));
  const how = found ? SETTERS[found.id] : undefined;
  if (!found || !how) return null;
  const target = builderChainTarget(chain, link, f.ctx.text, how.setter);
  const plan = planThinking(found, [{ target }], legacyEntry(occ.legacy).thinking, f.ctx.thinking);
  return requestVerdict(plan, found.id as SdkId, plan.kind === "insert" ? importEdits(f.root, f.ctx.text, how.imports) : []);
}

/** The model link a value reaches: written in it, or through a constant or variable of this file. */
function modelLinks(f: Facts, outer: Node): Node[] {
  const p = outer.parent;
  if (p?.type === "argument_list" && p.namedChildCount === 1 && p.parent?.type === "method_invocation" && MODEL_LINK.test(p.parent.childForFieldName("name")?.text ?? "")) return [p.parent];
  const decl = outer.parent;
  if (decl?.type !== "variable_declarator" || decl.childForFieldName("value")?.startIndex !== outer.startIndex) return [];
  const name = decl.childForFieldName("name")?.text;
  if (!name) return [];
  const out: Node[] = [];
  for (const id of f.root.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex === decl.childForFieldName("name")!.startIndex) continue;
    const args = id.parent;
    if (args?.type === "argument_list" && args.namedChildCount === 1 && args.parent?.type === "method_invocation" && MODEL_LINK.test(args.parent.childForFieldName("name")?.text ?? "")) out.push(args.parent);
  }
  return out;
}

function classifyLiteral(f: Facts, occ: Occurrence, lit: Node): Verdict {
  const { ctx } = f;
  const note: Verdict = { action: "rewrite", reason: "reference", extra: { thinking: "note", snippet: f.snippet } };
  const outer = outerOf(lit);
  const p = outer.parent;
  // `"deepseek-chat".equals(model)`: the receiver of a comparing method.
  if (p?.type === "method_invocation" && p.childForFieldName("object")?.startIndex === outer.startIndex) {
    const { name } = calleeOf(p);
    if (EQUALS.test(name) || COMPARING.test(name)) return { action: "review", reason: "comparison" };
    if (REGEX.test(name)) return { action: "review", reason: "regex" };
  }
  const exact = contentOf(lit) === `${occ.prefix}${occ.legacy}`;
  // A longer string (a sentence, a JSON body, a URL, a placeholder default): the shared line checks judge it.
  if (!exact && p?.type !== "argument_list") {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  if (p?.type === "binary_expression" && /^(?:==|!=)$/.test(operatorOf(p))) return { action: "review", reason: "comparison" };
  if (p?.type === "switch_label") return { action: "review", reason: "switch-case" };
  if (p?.type === "argument_list" && p.parent?.type === "method_invocation") {
    const call = p.parent;
    const { name, callee } = calleeOf(call);
    const args = p.namedChildren.filter((a): a is Node => a !== null && !COMMENT.has(a.type));
    const index = args.findIndex((a) => a.startIndex === outer.startIndex);
    if (REGEX.test(name) && index === 0) return { action: "review", reason: "regex" };
    if (EQUALS.test(name) || COMPARING.test(name)) return { action: "review", reason: "comparison" };
    // `Map.of("k1", v1, "k2", v2)`: the even arguments are keys; `map.put("k", v)`, `map.get("k")`: the first.
    if (/(?:^|\.)(?:Map|ImmutableMap)\.of$/.test(callee) && index % 2 === 0) return { action: "review", reason: "mapping-key" };
    if (MAP_KEY.test(name) && index === 0 && args.length <= 2) return { action: "review", reason: "mapping-key" };
    if (COLLECTION.test(callee) || COLLECTION.test(name)) {
      const reason = collectionReason(p.text, occ.legacy);
      if (reason) return { action: "review", reason };
    }
    if (!exact) {
      const reason = lineHeuristic(ctx.text, occ, ctx.path);
      return reason ? { action: "review", reason } : note;
    }
  }
  // An enum whose constants carry the names: one constant per model.
  if (p?.type === "argument_list" && p.parent?.type === "enum_constant") {
    const body = p.parent.parent;
    const reason = body ? collectionReason(body.text, occ.legacy) : null;
    if (reason) return { action: "review", reason };
  }
  if (!exact) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  const links = modelLinks(f, outer);
  if (links.length > 0) {
    const verdicts = links.map((l) => requestSite(f, occ, l));
    const first = verdicts[0];
    if (first && verdicts.every((v) => v && v.action === first.action && v.extra?.thinking === first.extra?.thinking)) {
      const edits = verdicts.flatMap((v) => v?.extra?.extraEdits ?? []);
      return { ...first, extra: { ...first.extra, ...(edits.length > 0 ? { extraEdits: edits } : {}) } };
    }
  }
  // `{"deepseek-chat", "deepseek-reasoner"}`: an array holding both names, or a name beside a V4 ID.
  if (p?.type === "array_initializer" || p?.type === "element_value_array_initializer") {
    const reason = collectionReason(p.text, occ.legacy);
    if (reason) return { action: "review", reason };
  }
  return note;
}

export const javaRule: Rule = treeSitterRule({
  id: "java",
  description: "Legacy model IDs in Java: strings and text blocks, comments, comparisons, switch labels, map keys, lists and annotation defaults",
  path: JAVA,
  wasm: WASM,
  // Comments and Javadoc are prose.
  literals: STRING,
  comments: COMMENT,
  facts: (root, ctx): Facts => ({ ctx, root, snippet: sdkForFile(ctx.path, ctx.text) }),
  classify: classifyLiteral,
});
