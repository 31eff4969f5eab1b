// The analysis behind the ts-js rule: parse once (no program, no type checking), place each legacy
// occurrence in the syntax tree, and classify it from its context. Importing this module loads the
// TypeScript compiler, so ts-js.ts imports it only when a file needs it.
import { ts } from "./ts-lib.js";
import { legacyEntry, type LegacyId } from "../../src/catalog.js";
import { isResponseShape } from "../../src/check/recorded.js";
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type { AdvisoryDetection, Detection, FindingDetail, Reason, RuleContext, RuleOutput } from "../../src/types.js";
import { collectionReason, detect, isMigrationProse, isOpenRouterSlug, mentionsOther } from "../shared.js";
import { providerSdks, sdkForFile, type SdkId } from "../sdks/index.js";
import {
  calleeChain,
  calleeName,
  findProp,
  buildIndex,
  firstParseError,
  importsOf,
  inner,
  isMembershipReceiver,
  MEMBERSHIP,
  isArgument,
  locate,
  objectValue,
  outer,
  parse,
  propName,
  stringValue,
  type FileFacts,
  type FileIndex,
  type ProviderBinding,
} from "./ts-js-ast.js";
import { proseReason } from "../checks/prose.js";
import { factoryCall, isFimCall, providerRole, requestSite, thinkingAdvisories } from "./ts-js-sites.js";
import { callOf } from "../targets/ts-js.js";

/** One line describing the first syntax error in `text`, or null when it parses. */
export function parseError(text: string, path: string): string | null {
  return firstParseError(parse(text, path));
}

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateHead | ts.TemplateMiddle | ts.TemplateTail;

interface Verdict {
  readonly reason: Reason;
  readonly detail?: FindingDetail;
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const PATTERN_METHODS = new Set(["replace", "replaceAll", "match", "matchAll", "search", "split"]);
const MAP_METHODS = new Set(["get", "set", "delete"]);
const MOCK_METHODS = new Set(["mock", "doMock", "unmock", "requireActual", "importActual", "requireMock", "importMock", "createMockFromModule"]);
const ASSERT_ROOTS = new Set(["assert", "t", "tap"]);
const TEST_FILE = /(?:^|\/)__tests__\/|\.(?:test|spec)\.[cm]?[jt]sx?$/i;
const PACKAGE_API = /(?:^|\/)src\/|(?:^|\/)index\.[cm]?[jt]sx?$/i;
const RECORDED_TEXT = /\bchat\.completion(?:\.chunk)?\b|\bchatcmpl-/;

/** Detections and advisories for one TypeScript/JavaScript file. */
export function analyze(ctx: RuleContext): RuleOutput {
  const sf = parse(ctx.text, ctx.path);
  const facts = fileFacts(sf, ctx);
  const snippet = sdkForFile(ctx.path, ctx.text);
  const detections: Detection[] = [];
  const advisories: AdvisoryDetection[] = [];
  const seen = new Set<number>();
  for (const occ of findOccurrences(ctx.text)) {
    seen.add(occ.start);
    const d = classify(occ, facts, ctx, snippet, advisories);
    if (d) detections.push(d);
  }
  scanTree(facts, seen, (lit, occ) => {
    if (seen.has(occ.start)) return;
    const d = classifyLiteral(occ, lit, facts, ctx, snippet, advisories);
    if (d) detections.push(d);
  }, detections, advisories);
  return { detections, advisories: advisories.sort((a, b) => a.start - b.start) };
}

function fileFacts(sf: ts.SourceFile, ctx: RuleContext): FileFacts {
  // Local names bound to a provider (its exports, and results of its factories), by SDK, through the
  // file's imports: named, aliased, namespace (`ds.deepseek`) and `require`.
  const imports = importsOf(sf);
  const providers = new Map<string, ProviderBinding>();
  const factories = new Map<string, SdkId>();
  for (const [local, origin] of imports) {
    const role = providerRole(origin);
    if (role?.kind === "export") providers.set(local, { sdk: role.sdk, settings: null });
    if (role?.kind === "factory") factories.set(local, role.sdk);
  }
  // A factory re-exported by a local module (`import { createDeepSeek } from "./ai"`) keeps its own name.
  for (const s of providerSdks()) {
    for (const name of s.provider?.factories ?? []) if (!factories.has(name) && !providers.has(name) && ctx.text.includes(name)) factories.set(name, s.id as SdkId);
  }
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const init = inner(n.initializer);
      const made = ts.isCallExpression(init) ? factoryCall(init, factories, imports) : null;
      if (made) providers.set(n.name.text, made);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let index: FileIndex | undefined;
  return {
    sf,
    text: ctx.text,
    path: ctx.path,
    typed: /\.(?:ts|tsx|mts|cts)$/i.test(ctx.path),
    newline: ctx.text.includes("\r\n") ? "\r\n" : "\n",
    providers,
    providerFactories: factories,
    imports,
    index: () => (index ??= buildIndex(sf)),
  };
}

function classify(occ: Occurrence, f: FileFacts, ctx: RuleContext, snippet: SdkId, advisories: AdvisoryDetection[]): Detection | null {
  const { node, trivia } = locate(f.sf, occ.start);
  if (trivia || node.kind === ts.SyntaxKind.JsxText) {
    // A comment (line, block or JSDoc), read with its neighbouring comment lines, or the text of a
    // JSX element, read alone (the markup around it is not prose): both are prose.
    const from = trivia ? 0 : node.getStart(f.sf);
    const reason = proseReason(trivia ? f.text : f.text.slice(from, node.end), { ...occ, start: occ.start - from, end: occ.end - from });
    return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet });
  }
  switch (node.kind) {
    case ts.SyntaxKind.RegularExpressionLiteral:
      return detect(occ, ctx, "review", "regex");
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      return classifyLiteral(occ, node as Literal, f, ctx, snippet, advisories);
    default:
      // Code such as `deepseek-chat` as a subtraction is not a model name.
      return null;
  }
}

/** The expression a literal stands for: the template expression for a template part. */
function literalExpression(lit: Literal): ts.Node {
  if (ts.isTemplateHead(lit)) return lit.parent;
  if (ts.isTemplateMiddle(lit) || ts.isTemplateTail(lit)) return lit.parent.parent;
  return lit;
}

/** Offsets of a literal's characters between its delimiters. */
function contentRange(lit: Literal, f: FileFacts): { start: number; end: number } {
  const start = lit.getStart(f.sf) + 1;
  const closing = ts.isTemplateHead(lit) || ts.isTemplateMiddle(lit) ? 2 : 1;
  return { start, end: Math.max(start, lit.end - closing) };
}

function classifyLiteral(occ: Occurrence, lit: Literal, f: FileFacts, ctx: RuleContext, snippet: SdkId, advisories: AdvisoryDetection[]): Detection | null {
  const expr = outer(literalExpression(lit));
  if (isModuleSpecifier(expr)) return null;
  const range = contentRange(lit, f);
  const content = f.text.slice(range.start, range.end);
  if (RECORDED_TEXT.test(content) || inRecordedResponse(expr)) return detect(occ, ctx, "review", "recorded-response");
  // A sentence in a string (a warning, a help text) that already talks about the migration.
  if (/\s/.test(content) && isMigrationProse(content, occ.start - range.start, occ.end - range.start)) {
    return detect(occ, ctx, "review", "migration-prose");
  }
  const verdict = contextVerdict(expr, occ.legacy, f);
  // A value a test asserts echoes the test's input and is renamed with it; whether the code under test
  // branches on the name is the project pass's question (rules/checks/legacy-test.ts).
  if (verdict === ASSERTED) return detect(occ, ctx, "rewrite", "reference", { thinking: "none" });
  if (verdict) return detect(occ, ctx, "review", verdict.reason, verdict.detail === undefined ? {} : { detail: verdict.detail });

  const mode = legacyEntry(occ.legacy).thinking;
  const site = ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit) ? requestSite(expr, mode, f, ctx.thinking, occ.prefix) : null;
  if (site && !isOpenRouterSlug(occ, ctx)) {
    const { plan } = site;
    const snippet = site.sdk.id as SdkId;
    if (site.overridable) {
      const usedAt = site.objects.map((o) => (callOf(o) ?? o).getStart(f.sf));
      return detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet, usedAt });
    }
    if (plan.kind === "conflict") return detect(occ, ctx, "review", "thinking-conflict", { detail: { found: plan.found } });
    if (mode === "enabled" && !(plan.kind === "note" && plan.overridden)) advisories.push(...thinkingAdvisories(site, f));
    if (plan.kind === "insert") return detect(occ, ctx, "rewrite", "request-site", { thinking: "inserted", extraEdits: plan.edits, snippet });
    if (plan.kind === "present") return detect(occ, ctx, "rewrite", "request-site", { thinking: "present", snippet });
    return detect(occ, ctx, "rewrite", "request-site", { thinking: "note", snippet });
  }
  const fim = fimCall(expr);
  if (fim) advisories.push({ start: fim.getStart(f.sf), end: fim.end, code: "fim-thinking", detail: { legacy: occ.legacy } });
  return detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet });
}

/** The legacy completions call (DeepSeek's FIM endpoint) whose `model` this literal is, if any. */
function fimCall(expr: ts.Node): ts.CallExpression | null {
  const p = expr.parent;
  if (!ts.isPropertyAssignment(p) || propName(p.name) !== "model" || !ts.isObjectLiteralExpression(p.parent)) return null;
  const o = outer(p.parent);
  const call = o.parent;
  return ts.isCallExpression(call) && call.arguments[0] === o && isFimCall(call) ? call : null;
}

/** Import/export/require/dynamic-import/mock specifiers: module names, never model names. */
function isModuleSpecifier(expr: ts.Node): boolean {
  const p = expr.parent;
  if ((ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) && p.moduleSpecifier === expr) return true;
  if (ts.isExternalModuleReference(p) || (ts.isModuleDeclaration(p) && p.name === expr)) return true;
  if (ts.isLiteralTypeNode(p) && ts.isImportTypeNode(p.parent)) return true;
  if (ts.isCallExpression(p) && p.arguments[0] === expr) {
    const names = calleeChain(p.expression);
    const first = names[0];
    const last = names[names.length - 1] ?? "";
    if (names.length === 1 && (first === "require" || first === "import")) return true;
    if (first === "require" && last === "resolve") return true;
    if (first === "import" && names[1] === "meta" && last === "resolve") return true;
    if ((first === "jest" || first === "vi") && MOCK_METHODS.has(last)) return true;
  }
  return false;
}

/** Whether an enclosing object is shaped like a chat completion response (a recorded or mocked reply). */
function inRecordedResponse(expr: ts.Node): boolean {
  let n: ts.Node = expr;
  for (let depth = 0; depth < 12 && n.parent; depth++) {
    const p = n.parent;
    if (ts.isObjectLiteralExpression(p) && isResponseShaped(p)) return true;
    if (!(ts.isObjectLiteralExpression(p) || ts.isPropertyAssignment(p) || ts.isArrayLiteralExpression(p) || inner(p) !== p)) return false;
    n = p;
  }
  return false;
}

function isResponseShaped(obj: ts.ObjectLiteralExpression): boolean {
  return isResponseShape({
    has: (key) => findProp(obj, key) !== undefined,
    string: (key) => stringValue(findProp(obj, key)) ?? null,
    keys: (key) => (objectValue(findProp(obj, key))?.properties ?? []).flatMap((p) => (p.name ? [propName(p.name) ?? ""] : [])),
  });
}

/** The verdict for a value inside a test's assertion: not a review by itself. */
const ASSERTED: Verdict = { reason: "reference" };

/** Review reasons decided by where the literal sits; null means a plain value. */
function contextVerdict(expr: ts.Node, legacy: LegacyId, f: FileFacts): Verdict | null {
  const p = expr.parent;
  // Patterns.
  if ((ts.isNewExpression(p) || ts.isCallExpression(p)) && calleeName(p) === "RegExp" && isArgument(p, expr, 0)) return { reason: "regex" };
  if (ts.isCallExpression(p) && isArgument(p, expr, 0) && PATTERN_METHODS.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "regex" };
  // Comparisons and membership tests.
  if (ts.isBinaryExpression(p) && EQUALITY.has(p.operatorToken.kind)) return { reason: "comparison" };
  if (ts.isCallExpression(p) && isArgument(p, expr) && MEMBERSHIP.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "comparison" };
  if (isMembershipReceiver(expr)) return { reason: "comparison" };
  if (ts.isArrayLiteralExpression(p) && isMembershipSet(p, f)) return { reason: "comparison" };
  if (ts.isLiteralTypeNode(p) && ts.isConditionalTypeNode(p.parent) && p.parent.extendsType === p) return { reason: "comparison" };
  if (ts.isCaseClause(p) && p.expression === expr) return { reason: "switch-case" };
  // Keys and lookups.
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isEnumMember(p)) && p.name === expr) return { reason: "mapping-key" };
  if (ts.isComputedPropertyName(p)) return { reason: "mapping-key" };
  if (ts.isElementAccessExpression(p) && p.argumentExpression === expr) return { reason: "mapping-key" };
  if (ts.isCallExpression(p) && isArgument(p, expr, 0) && MAP_METHODS.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "mapping-key" };
  if (TEST_FILE.test(f.path) && inAssertion(expr)) return ASSERTED;
  const exported = exportedName(expr, f);
  if (exported) return { reason: "exported-constant", detail: { constant: exported } };
  const members = collectionText(expr, legacy, f);
  if (members !== null) {
    const reason = collectionReason(members, legacy);
    if (reason) return { reason };
  }
  return null;
}

/**
 * Whether an array literal is tested for membership: directly (`[...].includes(x)`), through
 * `new Set([...]).has(x)`, or through a `const` holding either whose name is tested in this file.
 */
function isMembershipSet(array: ts.ArrayLiteralExpression, f: FileFacts): boolean {
  let holder: ts.Node = outer(array);
  if (ts.isNewExpression(holder.parent) && calleeName(holder.parent) === "Set") holder = outer(holder.parent);
  if (isMembershipReceiver(holder)) return true;
  const decl = holder.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== holder || !ts.isIdentifier(decl.name)) return false;
  return f.index().membershipReceivers.has(decl.name.text);
}

/**
 * Whether a value is part of a test assertion: anywhere in the arguments of `expect(...)`, of a
 * matcher on it (`expect(x).toBe(v)`, chai's `expect(x).to.equal(v)`), of an asymmetric matcher
 * (`expect.objectContaining`) or of `assert.*`/`t.is`, including inside calls nested there
 * (`expect(isReasoning("deepseek-reasoner")).toBe(true)`). The walk stops at the enclosing statement.
 */
function inAssertion(expr: ts.Node): boolean {
  for (let n: ts.Node = expr; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isStatement(p) || ts.isBlock(p) || ts.isFunctionLike(p) || ts.isClassLike(p) || ts.isSourceFile(p)) return false;
    if (!ts.isCallExpression(p) || !isArgument(p, n)) continue;
    const names = calleeChain(p.expression);
    const root = names[0] ?? "";
    if (root === "expect") return true;
    if (ASSERT_ROOTS.has(root) && !names.includes("()") && (root === "assert" || names.length === 2)) return true;
  }
  return false;
}

/** The name of an exported top-level constant or enum member holding the value, in a package's public API. */
function exportedName(expr: ts.Node, f: FileFacts): string | null {
  if (!PACKAGE_API.test(f.path)) return null;
  const p = expr.parent;
  if (ts.isVariableDeclaration(p) && p.initializer === expr) return exportedConst(p);
  if (ts.isEnumMember(p) && p.initializer === expr && ts.isSourceFile(p.parent.parent) && isExported(p.parent)) return `${p.parent.name.text}.${propName(p.name) ?? "?"}`;
  if (ts.isExportAssignment(p) && ts.isSourceFile(p.parent)) return "default";
  // `export const Models = { Chat: "deepseek-chat" } as const`
  if (ts.isPropertyAssignment(p) && p.initializer === expr && ts.isObjectLiteralExpression(p.parent)) {
    const decl = outer(p.parent).parent;
    if (ts.isVariableDeclaration(decl) && decl.initializer === outer(p.parent)) {
      const name = exportedConst(decl);
      if (name) return `${name}.${propName(p.name) ?? "?"}`;
    }
  }
  return null;
}

function exportedConst(decl: ts.VariableDeclaration): string | null {
  const list = decl.parent;
  const statement = list.parent;
  if (!ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent) || !isExported(statement)) return null;
  if (!(list.flags & ts.NodeFlags.Const) || !ts.isIdentifier(decl.name)) return null;
  return decl.name.text;
}

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

/**
 * The source text of the collection a value is a member of (array, union type, enum, the string values
 * of one object, both branches of a conditional, sibling JSX options), or null when it is in none.
 */
function collectionText(expr: ts.Node, legacy: LegacyId, f: FileFacts): string | null {
  const p = expr.parent;
  if (ts.isArrayLiteralExpression(p)) return p.getText(f.sf);
  if (ts.isLiteralTypeNode(p) && ts.isUnionTypeNode(p.parent)) {
    let u: ts.Node = p.parent;
    while (ts.isUnionTypeNode(u.parent) || ts.isParenthesizedTypeNode(u.parent)) u = u.parent;
    return u.getText(f.sf);
  }
  if (ts.isEnumMember(p) && p.initializer === expr) return p.parent.members.map((m) => m.initializer?.getText(f.sf) ?? "").join(" ");
  if (ts.isConditionalExpression(p) && p.condition !== expr) return `${p.whenTrue.getText(f.sf)} ${p.whenFalse.getText(f.sf)}`;
  if (ts.isPropertyAssignment(p) && p.initializer === expr && ts.isObjectLiteralExpression(p.parent)) {
    const obj = p.parent;
    const holder = outer(obj).parent;
    // `[{ id: "deepseek-chat" }, { id: "deepseek-reasoner" }]`: a list of model descriptors.
    if (ts.isArrayLiteralExpression(holder)) return holder.getText(f.sf);
    // The plain string values of one object: two legacy names there collapse into one.
    const values = obj.properties.flatMap((q) => (ts.isPropertyAssignment(q) && ts.isStringLiteralLike(inner(q.initializer)) ? [inner(q.initializer).getText(f.sf)] : []));
    const text = values.join(" ");
    return mentionsOther(text, legacy) ? text : null;
  }
  if (ts.isJsxAttribute(p) || (ts.isJsxExpression(p) && ts.isJsxAttribute(p.parent))) return jsxSiblings(ts.isJsxAttribute(p) ? p : (p.parent as ts.JsxAttribute), f);
  return null;
}

/** The opening tags of an element and its siblings (`<option value="...">` lists). */
function jsxSiblings(attr: ts.JsxAttribute, f: FileFacts): string | null {
  const opening = attr.parent.parent;
  const element = ts.isJsxOpeningElement(opening) ? opening.parent : opening;
  const container = element.parent;
  if (!ts.isJsxElement(container) && !ts.isJsxFragment(container)) return null;
  return container.children
    .flatMap((c) => (ts.isJsxElement(c) ? [c.openingElement.getText(f.sf)] : ts.isJsxSelfClosingElement(c) ? [c.getText(f.sf)] : []))
    .join(" ");
}

/**
 * One walk over the whole tree for what token matching on the raw text cannot see: IDs at the end of a
 * regular expression literal, IDs next to an escaped quote (`"{\"model\":\"deepseek-chat\"}"`, whose characters are still exact and
 * are handed to `literal`), literals whose escapes hide a legacy name (`"deepseek\u002dchat"`), and
 * code that strips `reasoning_content`.
 */
function scanTree(
  f: FileFacts,
  seen: ReadonlySet<number>,
  literal: (lit: Literal, occ: Occurrence) => void,
  detections: Detection[],
  advisories: AdvisoryDetection[],
): void {
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      escapes(n, f, literal, detections);
    } else if (ts.isRegularExpressionLiteral(n)) {
      // The closing `/` reads as a path separator to token matching, so the pattern body is searched alone.
      const start = n.getStart(f.sf) + 1;
      const body = f.text.slice(start, f.text.lastIndexOf("/", n.end - 1));
      for (const o of findOccurrences(body)) {
        if (!seen.has(o.start + start)) detections.push({ start: o.start + start, end: o.end + start, legacy: o.legacy, action: "review", reason: "regex", thinking: "none" });
      }
    } else {
      const hazard = droppedReasoning(n);
      if (hazard) advisories.push({ start: n.getStart(f.sf), end: n.end, code: "reasoning-content-dropped", detail: { how: hazard } });
    }
    ts.forEachChild(n, visit);
  };
  visit(f.sf);
}

function escapes(lit: Literal, f: FileFacts, literal: (lit: Literal, occ: Occurrence) => void, detections: Detection[]): void {
  const range = contentRange(lit, f);
  const raw = f.text.slice(range.start, range.end);
  if (!raw.includes("\\")) return;
  if (isModuleSpecifier(outer(literalExpression(lit)))) return;
  // `\"` becomes ` "` (same length) so that an escaped quote delimits an ID the way a quote does.
  const unquoted = raw.replace(/\\(.)/gs, (m: string, c: string) => (c === '"' || c === "'" || c === "`" ? ` ${c}` : m));
  const exact = findOccurrences(unquoted);
  for (const o of exact) literal(lit, { ...o, start: o.start + range.start, end: o.end + range.start });
  const inValue = findOccurrences(lit.text);
  if (inValue.length <= exact.length) return;
  detections.push({ start: range.start, end: range.end, legacy: inValue[0]!.legacy, action: "review", reason: "escaped-literal", thinking: "none" });
}

const REASONING = "reasoning_content";

/** How a node drops `reasoning_content`, or null. */
function droppedReasoning(n: ts.Node): string | null {
  if (ts.isDeleteExpression(n)) {
    const e = inner(n.expression);
    if (ts.isPropertyAccessExpression(e) && e.name.text === REASONING) return `delete ${e.getText()}`;
    if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === REASONING) return `delete ${e.getText()}`;
  }
  if (ts.isObjectBindingPattern(n) && n.elements.some((el) => el.dotDotDotToken)) {
    if (n.elements.some((el) => !el.dotDotDotToken && propName(el.propertyName ?? el.name) === REASONING)) return "destructured away before the message is sent back";
  }
  if (ts.isPropertyAssignment(n) && propName(n.name) === REASONING) {
    const v = inner(n.initializer);
    if (v.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(v) && v.text === "undefined")) return `${REASONING} set to ${v.getText()}`;
  }
  if (ts.isCallExpression(n) && calleeName(n) === "omit" && n.arguments.some((a) => a.getText().includes(`"${REASONING}"`) || a.getText().includes(`'${REASONING}'`))) {
    return "omitted";
  }
  return null;
}

