// Go sources, parsed with tree-sitter (tree-sitter-go's bundled wasm) so that string literals,
// comments, comparisons, switch cases, map keys and lists are told apart. Whatever the tree cannot
// place is judged by the line heuristics every code family shares.
import type { Node } from "web-tree-sitter";
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type { Detection, Reason, Rule, RuleContext, RuleOutput, SdkId } from "../../src/types.js";
import { proseReason } from "../checks/prose.js";
import { collectionReason, detect, lineHeuristic } from "../shared.js";
import { sdkForFile } from "../sdks/index.js";
import { firstError, loadGrammar, withTree } from "./tree-sitter.js";

const GO = /\.go$/i;
const WASM = "tree-sitter-go/tree-sitter-go.wasm";
const STRING = new Set(["interpreted_string_literal", "raw_string_literal"]);

/** Calls whose string argument is compared or matched, never sent (`strings.Contains(model, "…")`). */
const COMPARING_CALL = /(?:^|\.)(?:Contains|ContainsAny|HasPrefix|HasSuffix|EqualFold|Index|TrimPrefix|TrimSuffix|CutPrefix|CutSuffix)$/;
const REGEX_CALL = /(?:^|\.)(?:MustCompile|Compile|MatchString|QuoteMeta)$/;

type Verdict = { action: "rewrite" | "review"; reason: Reason; extra?: Partial<Pick<Detection, "detail" | "extraEdits" | "thinking" | "snippet">> };

interface Facts {
  readonly ctx: RuleContext;
  readonly root: Node;
  readonly snippet: SdkId;
}

/** The string literal around [start, end), or null inside a comment or outside any literal. */
function stringAt(root: Node, start: number, end: number): Node | null {
  for (let n: Node | null = root.descendantForIndex(start, end); n; n = n.parent) {
    if (STRING.has(n.type)) return n;
    if (n.type === "comment") return null;
  }
  return null;
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
    }
    if (holder?.type === "literal_value") {
      const reason = collectionReason(holder.text, occ.legacy);
      if (reason) return { action: "review", reason };
    }
  }
  return note;
}

function analyse(root: Node, ctx: RuleContext): RuleOutput {
  const f: Facts = { ctx, root, snippet: sdkForFile(ctx.path, ctx.text) };
  const detections: Detection[] = [];
  for (const occ of findOccurrences(ctx.text)) {
    const lit = stringAt(root, occ.start, occ.end);
    if (lit) {
      const v = classifyLiteral(f, occ, lit);
      detections.push(detect(occ, ctx, v.action, v.reason, v.extra));
      continue;
    }
    const node = root.descendantForIndex(occ.start, occ.end);
    if (node?.type === "comment") {
      // Comments are prose: the same checks as every other family's comments.
      const reason = proseReason(ctx.text, occ, null);
      detections.push(reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet: f.snippet }));
      continue;
    }
    // Outside any literal or comment: only in text the parser could not read; judge the line.
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    detections.push(reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: f.snippet }));
  }
  return { detections };
}

export const goRule: Rule = {
  id: "go",
  description: "Legacy model IDs in Go: strings, comments, comparisons, switch cases, map keys and lists",
  appliesTo: (path) => GO.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    return withTree(WASM, ctx.text, (root) => analyse(root, ctx));
  },
  warmUp: () => loadGrammar(WASM),
  async validate(text: string): Promise<string | null> {
    return withTree(WASM, text, firstError);
  },
};
