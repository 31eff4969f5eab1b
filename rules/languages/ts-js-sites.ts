// Request sites in TypeScript/JavaScript: the object literals a legacy model value reaches (its own
// `model` property, every `{ model: M }` of a `const M`, the options of the AI SDK call receiving a
// provider's model), recognised through the SDK registry and planned by the thinking planner.
import { ts } from "./ts-lib.js";
import type { ThinkingMode } from "../../src/catalog.js";
import type { AdvisoryDetection } from "../../src/types.js";
import type { RequestFacts, Sdk } from "../api.js";
import { providerSdks, recogniseRequest, sdkById, type SdkId } from "../sdks/index.js";
import { planThinking, type Plan } from "../thinking/plan.js";
import { calleeChain, findProp, importedCallee, inner, outer, propName, stringValue, type FileFacts, type Imported, type ProviderBinding } from "./ts-js-ast.js";
import { callOf, objectTarget } from "../targets/ts-js.js";

/** What reaching the request objects of one legacy ID came to. */
export interface SiteOutcome {
  readonly sdk: Sdk;
  readonly plan: Plan;
  /** The request objects reached, for advisories about settings thinking mode ignores or rejects. */
  readonly objects: readonly ts.ObjectLiteralExpression[];
  /**
   * The value is a default a caller or the environment can override (`opts.model || "…"`, a parameter
   * or destructuring default): the requests get a note naming them, never a fixed mode.
   */
  readonly overridable?: boolean;
}

/** Whether a call is the legacy completions API (`*.completions.create` outside `chat`), which DeepSeek serves FIM on. */
export function isFimCall(call: ts.CallExpression): boolean {
  const names = calleeChain(call.expression);
  const n = names.length;
  return names[n - 1] === "create" && names[n - 2] === "completions" && names[n - 3] !== "chat";
}

/** What an imported binding is to a provider package: a provider itself (`deepseek`) or a factory of one (`createDeepSeek`). */
export function providerRole(origin: Imported | null): { readonly sdk: SdkId; readonly kind: "export" | "factory" } | null {
  if (!origin) return null;
  for (const s of providerSdks()) {
    const p = s.provider;
    if (!p || p.module !== origin.module) continue;
    if (p.exports.includes(origin.name)) return { sdk: s.id as SdkId, kind: "export" };
    if (p.factories.includes(origin.name)) return { sdk: s.id as SdkId, kind: "factory" };
  }
  return null;
}

/** The provider a factory call makes (`createDeepSeek({ ... })`, `ai.createOpenAICompatible({ ... })`), with its options object; null for any other call. */
export function factoryCall(call: ts.CallExpression, factories: ReadonlyMap<string, SdkId>, imports: FileFacts["imports"]): ProviderBinding | null {
  const callee = inner(call.expression);
  const role = ts.isIdentifier(callee) ? null : providerRole(importedCallee(callee, imports));
  const sdk = ts.isIdentifier(callee) ? (factories.get(callee.text) ?? null) : role?.kind === "factory" ? role.sdk : null;
  if (!sdk) return null;
  const first = call.arguments[0] ? inner(call.arguments[0]) : null;
  return { sdk, settings: first && ts.isObjectLiteralExpression(first) ? first : null };
}

/**
 * The provider that made the model of `call` (`deepseek("...")`, `ds.deepSeek("...")`,
 * `createDeepSeek(...)("...")`, `provider.chat("...")`), if any.
 */
function providerOf(call: ts.CallExpression, f: FileFacts): ProviderBinding | null {
  const provider = (e: ts.Node): ProviderBinding | null => {
    const x = inner(e);
    if (ts.isIdentifier(x)) return f.providers.get(x.text) ?? null;
    if (ts.isCallExpression(x)) return factoryCall(x, f.providerFactories, f.imports);
    const role = providerRole(importedCallee(x, f.imports));
    return role?.kind === "export" ? { sdk: role.sdk, settings: null } : null;
  };
  const callee = inner(call.expression);
  const direct = provider(callee);
  if (direct) return direct;
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const made = provider(callee.expression);
  const methods = made ? sdkById(made.sdk)?.provider?.methods : undefined;
  return made && methods?.includes(callee.name.text) ? made : null;
}

/** The keys naming a request's model in an options object (`modelName` is an older LangChain JS alias). */
const MODEL_KEYS: ReadonlySet<string> = new Set(["model", "modelName"]);

/**
 * The object literals where a model value is the `model` (or `modelName`) property: the one holding it directly, or,
 * for a `const` initialised with it, every object in the file whose `model` names that constant.
 */
function modelObjects(value: ts.Node, f: FileFacts): ts.ObjectLiteralExpression[] {
  const p = value.parent;
  if (ts.isPropertyAssignment(p) && p.initializer === value && MODEL_KEYS.has(propName(p.name) ?? "") && ts.isObjectLiteralExpression(p.parent)) return [p.parent];
  if (!ts.isVariableDeclaration(p) || p.initializer !== value || !ts.isIdentifier(p.name)) return [];
  if (!(ts.getCombinedNodeFlags(p) & ts.NodeFlags.Const)) return [];
  const index = f.index();
  // A name declared more than once (shadowing) is not "simple": stay with a note.
  if (index.declarations.get(p.name.text) !== 1) return [];
  return [...(index.modelRefs.get(p.name.text) ?? [])];
}

/**
 * For a literal a caller or the environment can override, the object literals reading it: the request
 * itself (`{ model: opts.model ?? "…" }`), or every `{ model: NAME }` in scope of the name it defaults
 * (`const NAME = a || b || "…"`, `function f(NAME = "…")`, `const { NAME = "…" } = opts`). Null when
 * the literal is no such default.
 */
function overridableObjects(value: ts.Node, f: FileFacts): ts.ObjectLiteralExpression[] | null {
  let e: ts.Node = value;
  let p: ts.Node = e.parent;
  let wrapped = false;
  for (;;) {
    if (ts.isParenthesizedExpression(p)) {
      e = p;
      p = p.parent;
    } else if (ts.isBinaryExpression(p) && p.right === e && (p.operatorToken.kind === ts.SyntaxKind.BarBarToken || p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      wrapped = true;
      e = p;
      p = p.parent;
    } else break;
  }
  let name: string | null = null;
  if (wrapped && ts.isPropertyAssignment(p) && p.initializer === e && MODEL_KEYS.has(propName(p.name) ?? "") && ts.isObjectLiteralExpression(p.parent)) return [p.parent];
  if (wrapped && ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name)) name = p.name.text;
  if (!wrapped && (ts.isParameter(p) || ts.isBindingElement(p)) && p.initializer === e && ts.isIdentifier(p.name)) name = p.name.text;
  if (name === null) return null;
  let scope: ts.Node = p;
  while (!ts.isSourceFile(scope) && !(ts.isFunctionLike(scope) && scope !== p)) scope = scope.parent;
  // A variable is read in the scope it is declared in; a parameter in its function.
  if (ts.isVariableDeclaration(p) && !ts.isSourceFile(scope)) {
    let block: ts.Node = p;
    while (!ts.isSourceFile(block) && !ts.isBlock(block)) block = block.parent;
    scope = block;
  }
  const within = (n: ts.Node): boolean => n.pos >= scope.pos && n.end <= scope.end;
  return (f.index().modelRefs.get(name) ?? []).filter(within);
}

/**
 * The options object of a call or construction taking the model as its first argument and an
 * object literal as its second (`new X("id", { ... })`, `f("id", { ... })`), if any.
 */
function argumentOptions(value: ts.Node): ts.ObjectLiteralExpression | null {
  const call = value.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || call.arguments?.[0] !== value) return null;
  const options = call.arguments[1];
  return options && ts.isObjectLiteralExpression(inner(options)) ? (inner(options) as ts.ObjectLiteralExpression) : null;
}

/** Finds the request sites a legacy literal (its outermost expression) reaches and plans the thinking there. */
export function requestSite(literal: ts.Node, mode: ThinkingMode, f: FileFacts, option: "explicit" | "off", prefix = ""): SiteOutcome | null {
  const quote = f.text[inner(literal).getStart(f.sf)] === "'" ? "'" : '"';
  const call = literal.parent;
  const provider = ts.isCallExpression(call) && call.arguments[0] === literal ? providerOf(call, f) : null;
  const options = provider ? null : argumentOptions(literal);
  const overridable = provider || options ? null : overridableObjects(literal, f);
  const objects = provider ? modelObjects(outer(call), f) : options ? [options] : (overridable ?? modelObjects(literal, f));
  const key = ts.isPropertyAssignment(literal.parent) && literal.parent.initializer === literal ? propName(literal.parent.name) : null;
  const via = provider ? `provider:${provider.sdk}` : options ? "argument" : key === "modelName" ? "modelName" : "model";
  // Every object is recognised on its own; the first SDK recognised decides the form for the value.
  let sdk: Sdk | null = null;
  const reached: { obj: ts.ObjectLiteralExpression; target: ReturnType<typeof objectTarget> }[] = [];
  for (const obj of objects) {
    const target = objectTarget(f, obj, quote);
    const owner = options ? (literal.parent as ts.CallExpression | ts.NewExpression) : callOf(obj);
    const imported = owner ? importedCallee(owner.expression, f.imports) : null;
    const origin = imported ? `${imported.module}.${imported.name}` : "";
    const settings = provider?.settings ? { providerSettings: objectTarget(f, provider.settings, quote) } : {};
    const facts: RequestFacts = { language: "ts", target, via, prefix, mentions: (re) => re.test(f.text), origin, ...settings };
    const recognised = recogniseRequest(facts);
    // A form whose key path depends on the request (a provider's configured name) is specialised here.
    const found = recognised?.keysFor ? { ...recognised, ...recognised.keysFor(facts) } : recognised;
    if (!found || (sdk !== null && found.id !== sdk.id)) continue;
    sdk = found;
    reached.push({ obj, target });
  }
  if (!sdk) return null;
  const plan = planThinking(sdk, reached.map((r) => ({ target: r.target })), mode, option);
  return { sdk, plan, objects: reached.map((r) => r.obj), ...(overridable ? { overridable: true } : {}) };
}

/** Settings that thinking mode ignores (sampling) or rejects (a forced tool) at sites migrated with thinking enabled. */
export function thinkingAdvisories(site: SiteOutcome, f: FileFacts): AdvisoryDetection[] {
  const out: AdvisoryDetection[] = [];
  const toolChoice = site.sdk.toolChoice;
  for (const obj of site.objects) {
    for (const name of site.sdk.sampling ?? []) {
      const p = findProp(obj, name);
      if (p) out.push({ start: p.getStart(f.sf), end: p.end, code: "sampling-ignored", detail: { key: name } });
    }
    if (!toolChoice) continue;
    const choice = findProp(obj, toolChoice);
    const value = choice && ts.isPropertyAssignment(choice) ? inner(choice.initializer) : null;
    if (choice && value && (ts.isObjectLiteralExpression(value) || ts.isStringLiteralLike(value))) {
      // A variable may hold "auto" at run time; only literal forced choices are reported.
      const v = stringValue(choice);
      if (v !== "auto" && v !== "none") out.push({ start: choice.getStart(f.sf), end: choice.end, code: "forced-tool-choice", detail: { key: toolChoice, value: v ?? "a specific tool" } });
    }
  }
  return out;
}
