// Each file family's own parser, used by the tests to judge a migrated text independently of the
// rules: the TypeScript compiler, tree-sitter-python, JSON.parse / jsonc-parser, the `yaml` package,
// smol-toml, `bash -n`, `gofmt -e` (tree-sitter-go where Go is not installed, outside strict runs) and
// javac stopped after parsing (tree-sitter-java where no JDK is installed, outside strict runs). A family without a parser here (INI, .properties, .http, prose) is named.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { parse as parseToml } from "smol-toml";
import ts from "typescript";
import { parseAllDocuments } from "yaml";

/** A family's parser: null when `text` parses, else the first error in one line. */
export type SyntaxCheck = (text: string, path: string) => Promise<string | null>;

const TS_JS = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;
const PYTHON = /\.(?:py|pyi|pyw)$/i;
const JSON_STRICT = /\.(?:json|ipynb)$/i;
const JSONC = /\.(?:jsonc|code-workspace)$/i;
const JSON_LINES = /\.(?:jsonl|ndjson)$/i;
const YAML = /\.ya?ml$/i;
const TOML = /\.toml$/i;
const SHELL = /\.(?:sh|bash|zsh)$/i;
const GO = /\.go$/i;
const JAVA = /\.java$/i;
// .env files are read by `source` in shell scripts and compose: what bash accepts is the bar.
const ENV = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/i;

/** The parser for the file at `path`, with its name; null for a family that has none here. */
export function parserFor(path: string): { readonly name: string; readonly check: SyntaxCheck } | null {
  if (TS_JS.test(path)) return { name: "typescript", check: async (t, p) => tsSyntax(t, p) };
  if (PYTHON.test(path)) return { name: "tree-sitter-python", check: pythonSyntax };
  if (JSON_STRICT.test(path)) return { name: "JSON.parse", check: async (t) => jsonSyntax(t) };
  if (JSONC.test(path)) return { name: "jsonc-parser", check: async (t) => jsoncSyntax(t) };
  if (JSON_LINES.test(path)) return { name: "JSON.parse per line", check: async (t) => jsonLinesSyntax(t) };
  if (YAML.test(path)) return { name: "yaml", check: async (t) => yamlSyntax(t) };
  if (TOML.test(path)) return { name: "smol-toml", check: async (t) => tomlSyntax(t) };
  if (SHELL.test(path) || ENV.test(path)) return { name: "bash -n", check: async (t) => bashSyntax(t) };
  if (GO.test(path)) return gofmt() ? { name: "gofmt -e", check: async (t) => gofmtSyntax(t) } : { name: "tree-sitter-go", check: goTreeSitterSyntax };
  if (JAVA.test(path)) return javac() ? { name: "javac (parse only)", check: async (t, p) => javacSyntax(t, p) } : { name: "tree-sitter-java", check: javaTreeSitterSyntax };
  return null;
}

function tsSyntax(text: string, path: string): string | null {
  const jsx = /x$/i.test(path) || /\.(?:js|mjs|cjs)$/i.test(path);
  const out = ts.transpileModule(text, {
    fileName: path,
    reportDiagnostics: true,
    compilerOptions: { jsx: jsx ? ts.JsxEmit.Preserve : ts.JsxEmit.None, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext },
  });
  const first = (out.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
  return first ? ts.flattenDiagnosticMessageText(first.messageText, " ") : null;
}

// One runtime for every grammar: a second Parser.init() would reset the memory loaded grammars live in.
let runtime: Promise<typeof import("web-tree-sitter")> | null = null;
const grammars = new Map<string, Promise<import("web-tree-sitter").Parser>>();

function grammar(wasm: string): Promise<import("web-tree-sitter").Parser> {
  runtime ??= import("web-tree-sitter").then(async (m) => (await m.Parser.init(), m));
  let p = grammars.get(wasm);
  if (!p) {
    p = runtime.then(async ({ Parser, Language }) => {
      const parser = new Parser();
      parser.setLanguage(await Language.load(createRequire(import.meta.url).resolve(wasm)));
      return parser;
    });
    grammars.set(wasm, p);
  }
  return p;
}

const pythonSyntax = (text: string) => treeSitterSyntax("tree-sitter-python/tree-sitter-python.wasm", text);
const goTreeSitterSyntax = (text: string) => treeSitterSyntax("tree-sitter-go/tree-sitter-go.wasm", text);
const javaTreeSitterSyntax = (text: string) => treeSitterSyntax("tree-sitter-java/tree-sitter-java.wasm", text);

let hasGofmt: boolean | undefined;

/** Whether Go's own formatter is installed; strict runs (CI) need it. */
function gofmt(): boolean {
  hasGofmt ??= spawnSync("gofmt", ["-l"], { input: "package p\n", encoding: "utf8" }).status === 0;
  if (!hasGofmt && process.env["DEEPSEEK_MIGRATE_TEST_STRICT"] === "1") throw new Error("gofmt is not installed (DEEPSEEK_MIGRATE_TEST_STRICT=1 needs Go's own parser)");
  return hasGofmt;
}

function gofmtSyntax(text: string): string | null {
  const r = spawnSync("gofmt", ["-e"], { input: text, encoding: "utf8" });
  if (r.error) throw r.error;
  return r.status === 0 ? null : r.stderr.trim().split("\n")[0]!;
}

let hasJavac: boolean | undefined;

/** Whether a JDK's compiler is installed; strict runs (CI) need it. */
function javac(): boolean {
  hasJavac ??= spawnSync("javac", ["-version"], { encoding: "utf8" }).status === 0;
  if (!hasJavac && process.env["DEEPSEEK_MIGRATE_TEST_STRICT"] === "1") throw new Error("javac is not installed (DEEPSEEK_MIGRATE_TEST_STRICT=1 needs Java's own parser)");
  return hasJavac;
}

/**
 * Java's own parser: javac told to stop after parsing when the file parses (the hidden
 * `should-stop.ifNoError=PARSE` option), so the classes a file imports need not exist and nothing is written.
 */
function javacSyntax(text: string, file: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), "dsm-javac-"));
  try {
    const src = join(dir, basename(file));
    writeFileSync(src, text);
    const r = spawnSync("javac", ["-proc:none", "-XDshould-stop.ifNoError=PARSE", "-d", join(dir, "out"), src], { encoding: "utf8" });
    if (r.error) throw r.error;
    return r.status === 0 ? null : r.stderr.trim().split("\n")[0]!.replace(src, basename(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function treeSitterSyntax(wasm: string, text: string): Promise<string | null> {
  const tree = (await grammar(wasm)).parse(text);
  if (!tree) return "no tree";
  try {
    return tree.rootNode.hasError ? `syntax error near line ${firstError(tree.rootNode) + 1}` : null;
  } finally {
    tree.delete();
  }
}

function firstError(node: import("web-tree-sitter").Node): number {
  if (node.isError || node.isMissing) return node.startPosition.row;
  for (const child of node.children) if (child?.hasError || child?.isMissing) return firstError(child);
  return node.startPosition.row;
}

function jsonSyntax(text: string): string | null {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ""));
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

function jsoncSyntax(text: string): string | null {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: true });
  return errors[0] ? `${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}` : null;
}

function jsonLinesSyntax(text: string): string | null {
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    const err = jsonSyntax(line);
    if (err) return `line ${i + 1}: ${err}`;
  }
  return null;
}

function yamlSyntax(text: string): string | null {
  for (const doc of parseAllDocuments(text)) if ("errors" in doc && doc.errors[0]) return doc.errors[0].message.split("\n")[0]!;
  return null;
}

function tomlSyntax(text: string): string | null {
  try {
    parseToml(text);
    return null;
  } catch (err) {
    return (err as Error).message.split("\n")[0]!;
  }
}

function bashSyntax(text: string): string | null {
  const r = spawnSync("bash", ["-n"], { input: text, encoding: "utf8" });
  if (r.error) throw r.error;
  return r.status === 0 ? null : r.stderr.trim().split("\n")[0]!;
}
