// Loading a tree-sitter grammar (web-tree-sitter with the grammar package's bundled wasm) and parsing
// with it. Each grammar loads once, on the first file that needs it; a failed load is retried.
import { createRequire } from "node:module";
import type { Node, Parser } from "web-tree-sitter";
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type { Detection, Edit, Reason, Rule, RuleContext, RuleOutput, SdkId } from "../../src/types.js";
import { proseReason } from "../checks/prose.js";
import { detect, lineHeuristic } from "../shared.js";
import type { Plan } from "../thinking/plan.js";

const parsers = new Map<string, Promise<Parser>>();
let runtime: Promise<typeof import("web-tree-sitter")> | null = null;

/** The tree-sitter runtime, initialised once: a second init would reset the memory every loaded grammar lives in. */
function loadRuntime(): Promise<typeof import("web-tree-sitter")> {
  runtime ??= (async () => {
    const mod = await import("web-tree-sitter");
    await mod.Parser.init();
    return mod;
  })();
  runtime.catch(() => (runtime = null));
  return runtime;
}

/** The parser for the grammar whose wasm file `wasm` names (resolved as a package path). */
export function loadGrammar(wasm: string): Promise<Parser> {
  let p = parsers.get(wasm);
  if (!p) {
    p = (async () => {
      const { Parser: TSParser, Language } = await loadRuntime();
      const language = await Language.load(createRequire(import.meta.url).resolve(wasm));
      const parser = new TSParser();
      parser.setLanguage(language);
      return parser;
    })();
    p.catch(() => parsers.delete(wasm));
    parsers.set(wasm, p);
  }
  return p;
}

/** Parses `text` and hands the root node to `fn`; the tree's wasm memory is freed afterwards. */
export async function withTree<T>(wasm: string, text: string, fn: (root: Node) => T): Promise<T> {
  const parser = await loadGrammar(wasm);
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  try {
    return fn(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** First syntax problem in a tree, as "line N: ...", or null when it parsed clean. */
export function firstError(root: Node): string | null {
  if (!root.hasError) return null;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) {
      const what = n.isMissing ? `missing ${n.type}` : "syntax error";
      return `line ${n.startPosition.row + 1}: ${what}`;
    }
    if (n.hasError) stack.push(...n.children.filter((c): c is Node => c !== null).reverse());
  }
  return "syntax error";
}

/** What a code adapter decided about one occurrence: its action, reason and detection extras. */
export interface Verdict {
  readonly action: "rewrite" | "review";
  readonly reason: Reason;
  readonly extra?: Partial<Pick<Detection, "detail" | "extraEdits" | "thinking" | "snippet">>;
}

/**
 * The verdict for a value at a request site, from the planner's plan: a contradicting setting is a
 * review; otherwise a rename, with the planner's insertion plus `also` (an import it needs), or
 * with a note when `also` is null (the import cannot be added exactly).
 */
export function requestVerdict(plan: Plan, snippet: SdkId, also: readonly Edit[] | null = []): Verdict {
  switch (plan.kind) {
    case "conflict":
      return { action: "review", reason: "thinking-conflict", extra: { detail: { found: plan.found } } };
    case "present":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "present", snippet } };
    case "insert":
      if (also === null) return { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet } };
      return { action: "rewrite", reason: "request-site", extra: { thinking: "inserted", extraEdits: [...plan.edits, ...also], snippet } };
    case "note":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet } };
  }
}

/**
 * An occurrence outside any string literal: in a comment it is prose, judged by the checks every
 * family's comments get; elsewhere (text the parser could not read) the shared line checks judge it.
 */
function outsideLiteral(ctx: RuleContext, occ: Occurrence, comment: boolean, snippet: SdkId): Detection {
  if (comment) {
    const reason = proseReason(ctx.text, occ, null);
    return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet });
  }
  const reason = lineHeuristic(ctx.text, occ, ctx.path);
  return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet });
}

/**
 * A language adapter on a tree-sitter grammar that judges each occurrence by the string literal it
 * sits in (`classify`) or, outside any literal, as a comment or a line (`outsideLiteral`). The tree
 * is parsed once per check and freed after; `facts` is what the adapter reads from the whole file.
 */
export function treeSitterRule<F extends { readonly snippet: SdkId }>(spec: {
  readonly id: string;
  readonly description: string;
  readonly path: RegExp;
  readonly wasm: string;
  /** Node types of the language's string literals and of its comments. */
  readonly literals: ReadonlySet<string>;
  readonly comments: ReadonlySet<string>;
  readonly facts: (root: Node, ctx: RuleContext) => F;
  readonly classify: (facts: F, occ: Occurrence, literal: Node) => Verdict;
}): Rule {
  const analyse = (root: Node, ctx: RuleContext): RuleOutput => {
    const facts = spec.facts(root, ctx);
    const detections: Detection[] = [];
    for (const occ of findOccurrences(ctx.text)) {
      // The innermost literal or comment around the occurrence, if any.
      let n: Node | null = root.descendantForIndex(occ.start, occ.end);
      while (n && !spec.literals.has(n.type) && !spec.comments.has(n.type)) n = n.parent;
      if (n && spec.literals.has(n.type)) {
        const v = spec.classify(facts, occ, n);
        detections.push(detect(occ, ctx, v.action, v.reason, v.extra));
      } else detections.push(outsideLiteral(ctx, occ, n !== null, facts.snippet));
    }
    return { detections };
  };
  return {
    id: spec.id,
    description: spec.description,
    appliesTo: (path) => spec.path.test(path),
    check: (ctx) => withTree(spec.wasm, ctx.text, (root) => analyse(root, ctx)),
    warmUp: () => loadGrammar(spec.wasm),
    validate: (text) => withTree(spec.wasm, text, firstError),
  };
}
