// Loading a tree-sitter grammar (web-tree-sitter with the grammar package's bundled wasm) and parsing
// with it. Each grammar loads once, on the first file that needs it; a failed load is retried.
import { createRequire } from "node:module";
import type { Node, Parser } from "web-tree-sitter";

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
