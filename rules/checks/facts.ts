// What one file reports about itself to the project pass (rules/checks/api.ts FileFacts): which legacy
// names its code branches on or validates, and which modules it imports. Read lexically once per file
// that holds a legacy name; plain JSON, so it can be kept with the file's outcome.
import { LEGACY_IDS, type LegacyId } from "../../src/catalog.js";
import type { Detection } from "../../src/types.js";
import type { FileFacts, ImportFact } from "./api.js";
import { BRANCH_REASONS, CAPABILITY, COMMENT_LINE } from "./branches.js";
import { lineStarts, position, splitLines } from "../../src/check/tokens.js";

const DOC_FILE = /\.(?:md|mdx|markdown|rst|txt|adoc|ipynb)$/i;

const JS_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;
const PY_FILE = /\.pyi?$/i;
// `import X, { A as B } from "m"`, `export { A } from "m"`, `import "m"`, `const { A } = await import("m")`, `const X = require("m")`.
const JS_IMPORT =
  /\b(?:import|export)\s+((?:type\s+)?[^;'"]*?)\s*\bfrom\s*["']([^"'\n]+)["']|\bimport\s*["']([^"'\n]+)["']|(?:\b(?:const|let|var)\s+([^=;]+?)\s*=\s*(?:await\s+)?)?\b(?:require|import)\s*\(\s*["']([^"'\n]+)["']\s*\)/g;
const PY_IMPORT = /^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)|import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?)/gm;

export function fileFacts(path: string, text: string, detections: readonly Detection[]): FileFacts {
  const branches = new Set<LegacyId>();
  const validates = new Set<LegacyId>();
  const keeps = new Set<string>();
  const keyed = new Set<LegacyId>();
  // Documents and comments describe; only code (and data it reads) branches.
  const code = !DOC_FILE.test(path);
  const lines = code ? splitLines(text) : [];
  const starts = code ? lineStarts(text) : [];
  for (const d of detections) {
    if (d.action !== "review" || !code || COMMENT_LINE.test(lines[position(starts, d.start).line - 1] ?? "")) continue;
    // A table keyed by one legacy name among other models' is a catalog entry; keyed by several, it tells the modes apart.
    if (d.reason === "mapping-key") keyed.add(d.legacy);
    else if (BRANCH_REASONS.has(d.reason)) branches.add(d.legacy);
    if (d.reason === "exported-constant" && d.detail?.constant) keeps.add(d.detail.constant.split(".")[0]!);
    if (d.reason === "validated-value" || (d.reason === "collection-both" && /\.enum\s*\(|\bchoices\s*=|\bLiteral\[|"enum"\s*:/.test(text))) validates.add(d.legacy);
  }
  if (keyed.size > 1) for (const id of keyed) branches.add(id);
  return {
    branches: LEGACY_IDS.filter((id) => branches.has(id)),
    capability: code && lines.some((l) => l.length < 2000 && CAPABILITY.test(l) && !COMMENT_LINE.test(l)),
    keeps: [...keeps].sort(),
    validates: LEGACY_IDS.filter((id) => validates.has(id)),
    imports: importsOf(path, text),
  };
}

/** The modules a file imports and the names it binds from each: relative TS/JS specifiers, Python modules. */
export function importsOf(path: string, text: string): ImportFact[] {
  const out = new Map<string, Set<string>>();
  const add = (from: string, names: readonly string[]): void => {
    const set = out.get(from) ?? new Set<string>();
    for (const n of names) if (/^[A-Za-z_$][\w$]*$/.test(n)) set.add(n);
    out.set(from, set);
  };
  if (JS_FILE.test(path)) {
    for (const m of text.matchAll(JS_IMPORT)) {
      const spec = m[2] ?? m[3] ?? m[5]!;
      if (spec.startsWith(".")) add(spec, jsNames(m[1] ?? m[4] ?? ""));
    }
  } else if (PY_FILE.test(path)) {
    for (const m of text.matchAll(PY_IMPORT)) {
      if (m[3]) {
        add(m[3], [m[4] ?? m[3].split(".")[0]!]);
        continue;
      }
      const from = m[1]!;
      const names = m[2]!.replace(/[()\\]/g, "").split(",").map((n) => n.trim().split(/\s+as\s+/));
      if (!/^\.+$/.test(from)) add(from, names.map((n) => n[n.length - 1]!.trim()));
      // `from pkg import mod`: the names may be modules of the package.
      for (const n of names) {
        const name = n[0]!.trim();
        if (name && name !== "*") add(from.endsWith(".") ? `${from}${name}` : `${from}.${name}`, [n[n.length - 1]!.trim()]);
      }
    }
  }
  return [...out].map(([from, names]) => ({ from, names: [...names] }));
}

/** Local names an import clause or a destructuring binds: `A`, `{ B, C as D }`, `* as E`, `{ F: G }`. */
function jsNames(clause: string): string[] {
  const names: string[] = [];
  const body = clause.replace(/\btype\s+/g, "");
  for (const part of body.replace(/[{}]/g, ",").split(",")) {
    const p = part.trim().replace(/^\*\s+as\s+/, "");
    if (!p) continue;
    const alias = /(?:\s+as\s+|\s*:\s*)([\w$]+)$/.exec(p);
    names.push(alias ? alias[1]! : p.split(/\s/)[0]!);
  }
  return names;
}
