// Small syntax helpers over the TypeScript AST shared by the ts-js analysis and request-site modules.
import { ts } from "./ts-lib.js";
import type { SdkId } from "../sdks/index.js";

/** A binding's origin: a module and the name it exports the binding under ("default", or "*" for the whole module). */
export interface Imported {
  readonly module: string;
  readonly name: string;
}

/** A local name bound to an SDK's provider, with the options object its factory was given (`createX({ ... })`), if written here. */
export interface ProviderBinding {
  readonly sdk: SdkId;
  readonly settings: ts.ObjectLiteralExpression | null;
}

/** What a rule knows about the file being analysed. */
export interface FileFacts {
  readonly sf: ts.SourceFile;
  readonly text: string;
  readonly path: string;
  /** .ts/.tsx/.mts/.cts: the compiler checks excess properties against the SDK's types. */
  readonly typed: boolean;
  readonly newline: string;
  /** Local names bound to an SDK's provider (`deepseek`, or a `createDeepSeek(...)` result), with the SDK. */
  readonly providers: ReadonlyMap<string, ProviderBinding>;
  /** Local names of provider factories (`createDeepSeek`), with the SDK. */
  readonly providerFactories: ReadonlyMap<string, SdkId>;
  /** Local names bound by the file's top-level imports and `require`s, with their origin (`*` for a whole module). */
  readonly imports: ReadonlyMap<string, Imported>;
  /** Whole-file lookups, built by one walk the first time a classification needs them. */
  index(): FileIndex;
}

/** Name-based lookups over a whole file, so classifying many occurrences never walks it twice. */
export interface FileIndex {
  /** How many variables of each name the file declares (a name declared twice is not "simple"). */
  readonly declarations: ReadonlyMap<string, number>;
  /** Identifiers used as the receiver of `.includes()`/`.has()`/`.startsWith()`/... */
  readonly membershipReceivers: ReadonlySet<string>;
  /** Object literals whose `model` property is an identifier (or the `model` shorthand), by that name. */
  readonly modelRefs: ReadonlyMap<string, readonly ts.ObjectLiteralExpression[]>;
}

/** Builds the index of `sf` in one walk. */
export function buildIndex(sf: ts.SourceFile): FileIndex {
  const declarations = new Map<string, number>();
  const membershipReceivers = new Set<string>();
  const modelRefs = new Map<string, ts.ObjectLiteralExpression[]>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) declarations.set(n.name.text, (declarations.get(n.name.text) ?? 0) + 1);
    else if (ts.isIdentifier(n) && isMembershipReceiver(n)) membershipReceivers.add(n.text);
    else if (ts.isObjectLiteralExpression(n)) {
      const m = findProp(n, "model");
      const ref = m && ts.isShorthandPropertyAssignment(m) ? "model" : m && ts.isPropertyAssignment(m) && ts.isIdentifier(inner(m.initializer)) ? (inner(m.initializer) as ts.Identifier).text : null;
      if (ref !== null) modelRefs.set(ref, [...(modelRefs.get(ref) ?? []), n]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { declarations, membershipReceivers, modelRefs };
}

export const MEMBERSHIP: ReadonlySet<string> = new Set(["includes", "has", "startsWith", "endsWith", "indexOf", "lastIndexOf"]);

/** Whether `node` is the receiver of `.includes()`/`.has()`/`.startsWith()`/... */
export function isMembershipReceiver(node: ts.Node): boolean {
  const o = outer(node);
  const p = o.parent;
  return ts.isPropertyAccessExpression(p) && p.expression === o && MEMBERSHIP.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p;
}

/** The script kind the compiler uses for a path, by extension. */
export function scriptKind(path: string): ts.ScriptKind {
  const ext = /\.([^./]+)$/.exec(path.toLowerCase())?.[1] ?? "";
  switch (ext) {
    case "tsx":
      return ts.ScriptKind.TSX;
    case "ts":
    case "mts":
    case "cts":
      return ts.ScriptKind.TS;
    case "jsx":
      return ts.ScriptKind.JSX;
    default:
      return ts.ScriptKind.JS;
  }
}

export function parse(text: string, path: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
}

interface WithParseDiagnostics {
  readonly parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

/** The first syntax error of a parsed file as one line, or null when it parses cleanly. */
export function firstParseError(sf: ts.SourceFile): string | null {
  // parseDiagnostics is the parser's own list (no program, no binder): exactly the syntax errors.
  const diagnostics = (sf as unknown as WithParseDiagnostics).parseDiagnostics ?? [];
  const d = diagnostics[0];
  if (!d) return null;
  const { line, character } = sf.getLineAndCharacterOfPosition(d.start);
  return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
}

/** The innermost node or token whose full range holds `pos`; `trivia` when `pos` is in its leading comments. */
export function locate(sf: ts.SourceFile, pos: number): { node: ts.Node; trivia: boolean } {
  let node: ts.Node = sf;
  descend: for (;;) {
    for (const child of node.getChildren(sf)) {
      if (child.pos <= pos && pos < child.end) {
        node = child;
        continue descend;
      }
    }
    break;
  }
  if (isJsDoc(node)) return { node, trivia: true };
  return { node, trivia: node.kind !== ts.SyntaxKind.JsxText && pos < node.getStart(sf) };
}

export function isJsDoc(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (n.kind >= ts.SyntaxKind.FirstJSDocNode && n.kind <= ts.SyntaxKind.LastJSDocNode) return true;
  }
  return false;
}

function isWrapper(node: ts.Node): node is
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.TypeAssertion
  | ts.NonNullExpression {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node)
  );
}

/** The outermost expression around `node` that only wraps it in parentheses, casts or `!`. */
export function outer(node: ts.Node): ts.Node {
  let n = node;
  while (n.parent && isWrapper(n.parent)) n = n.parent;
  return n;
}

/** `node` without surrounding parentheses, casts and `!`. */
export function inner(node: ts.Node): ts.Node {
  let n = node;
  while (isWrapper(n)) n = n.expression;
  return n;
}

/** The static name of a property or member name, or null when it is computed. */
export function propName(name: ts.Node | undefined): string | null {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

export type Prop = ts.PropertyAssignment | ts.ShorthandPropertyAssignment;

/** The last `name` property of an object literal (later properties win at run time). */
export function findProp(obj: ts.ObjectLiteralExpression, name: string): Prop | undefined {
  let found: Prop | undefined;
  for (const p of obj.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propName(p.name) === name) found = p;
  }
  return found;
}

/** A property's value as an object literal, or undefined. */
export function objectValue(p: Prop | undefined): ts.ObjectLiteralExpression | undefined {
  if (!p || !ts.isPropertyAssignment(p)) return undefined;
  const v = inner(p.initializer);
  return ts.isObjectLiteralExpression(v) ? v : undefined;
}

/** A property's value as a string, or undefined. */
export function stringValue(p: Prop | undefined): string | undefined {
  if (!p || !ts.isPropertyAssignment(p)) return undefined;
  const v = inner(p.initializer);
  return ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v) ? v.text : undefined;
}

/**
 * The names along a callee, outermost last: `this.client.chat.completions.create` →
 * [this, client, chat, completions, create]; a call in the chain shows as "()".
 */
export function calleeChain(expr: ts.Node): string[] {
  const e = inner(expr);
  if (ts.isIdentifier(e)) return [e.text];
  if (e.kind === ts.SyntaxKind.ThisKeyword) return ["this"];
  if (e.kind === ts.SyntaxKind.ImportKeyword) return ["import"];
  if (ts.isPropertyAccessExpression(e)) return [...calleeChain(e.expression), e.name.text];
  if (ts.isCallExpression(e)) return [...calleeChain(e.expression), "()"];
  if (ts.isElementAccessExpression(e)) return [...calleeChain(e.expression), "[]"];
  if (ts.isMetaProperty(e)) return [e.keywordToken === ts.SyntaxKind.ImportKeyword ? "import" : "new", e.name.text];
  return ["?"];
}

/** The called function's own name (`x.y.includes(...)` → includes), or null. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | null {
  const e = inner(call.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** Whether `node` is (after parentheses) one of the call's arguments. */
export function isArgument(call: ts.CallExpression | ts.NewExpression, node: ts.Node, index?: number): boolean {
  const args: readonly ts.Expression[] = call.arguments ?? [];
  return index === undefined ? args.some((a) => a === node) : args[index] === node;
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** Offset of the line break ending the line that holds `pos` (before a `\r\n`'s `\r`). */
export function lineEnd(text: string, pos: number): number {
  let end = text.indexOf("\n", pos);
  if (end === -1) return text.length;
  if (end > 0 && text[end - 1] === "\r") end--;
  return end;
}

export function indentAt(text: string, start: number): string {
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Offset just after the comma that follows `pos`, skipping whitespace and comments; -1 when none does. */
export function commaAfter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ",") return i + 1;
    if (/\s/.test(c)) i++;
    else if (text.startsWith("//", i)) i = lineEnd(text, i);
    else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) return -1;
      i = close + 2;
    } else return -1;
  }
  return -1;
}

/** A module specifier as a package path: Deno's `npm:` prefix and a version after the package name dropped. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^npm:/, "").replace(/^((?:@[^/@]+\/)?[^/@]+)@[^/]*/, "$1");
}

/** The module a `require("m")` or `await import("m")` expression loads, or null. */
function loaded(expr: ts.Expression): string | null {
  let e = inner(expr);
  if (ts.isAwaitExpression(e)) e = inner(e.expression);
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return null;
  const arg = e.arguments[0]!;
  const callee = inner(e.expression);
  const isLoad = (ts.isIdentifier(callee) && callee.text === "require") || callee.kind === ts.SyntaxKind.ImportKeyword;
  return isLoad && ts.isStringLiteralLike(arg) ? moduleName(arg.text) : null;
}

/**
 * The local names the file's top-level statements import: named, aliased, default and namespace
 * imports, `import x = require("m")`, and `const { a: b } = require("m")` / `const m = require("m")`
 * (also with `await import("m")`).
 */
export function importsOf(sf: ts.SourceFile): Map<string, Imported> {
  const out = new Map<string, Imported>();
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const module = moduleName(st.moduleSpecifier.text);
      const clause = st.importClause;
      if (!clause) continue;
      if (clause.name) out.set(clause.name.text, { module, name: "default" });
      const b = clause.namedBindings;
      if (b && ts.isNamespaceImport(b)) out.set(b.name.text, { module, name: "*" });
      if (b && ts.isNamedImports(b)) for (const el of b.elements) out.set(el.name.text, { module, name: (el.propertyName ?? el.name).text });
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      out.set(st.name.text, { module: moduleName(st.moduleReference.expression.text), name: "*" });
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const module = d.initializer ? loaded(d.initializer) : null;
        if (!module) continue;
        if (ts.isIdentifier(d.name)) out.set(d.name.text, { module, name: "*" });
        else if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) {
            const imported = propName(el.propertyName ?? el.name);
            if (!el.dotDotDotToken && ts.isIdentifier(el.name) && imported !== null) out.set(el.name.text, { module, name: imported });
          }
        }
      }
    }
  }
  return out;
}

/**
 * What a callee expression names, through the file's imports: `X` bound by an import, or `ns.X` on a
 * namespace (or default-imported CommonJS) binding; null otherwise.
 */
export function importedCallee(expr: ts.Node, imports: ReadonlyMap<string, Imported>): Imported | null {
  const e = inner(expr);
  if (ts.isIdentifier(e)) return imports.get(e.text) ?? null;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(inner(e.expression))) {
    const ns = imports.get((inner(e.expression) as ts.Identifier).text);
    if (ns && (ns.name === "*" || ns.name === "default")) return { module: ns.module, name: e.name.text };
  }
  return null;
}
