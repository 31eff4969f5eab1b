// The project pass: after every file is checked and before anything is reported or written, the
// project checks of rules/checks/ look at each rewrite finding with the facts every file reported
// (FileOutcome.facts). A finding a check names a reason for becomes a review item: its edits are
// dropped and the file's migrated text is rebuilt from the edits that remain.
import type { LegacyId } from "../catalog.js";
import type { FileFacts, OutcomeView, ProjectView, ResolvedImport } from "../../rules/checks/api.js";
import { PROJECT_CHECKS } from "../../rules/checks/index.js";
import { applyEdits, uniqueEdits } from "../fix/edits.js";
import type { Edit, Finding, Reason } from "../types.js";
import type { FileOutcome } from "./engine.js";

export function projectPass(outcomes: readonly FileOutcome[]): FileOutcome[] {
  const facts = new Map<string, FileFacts>();
  for (const o of outcomes) if (o.facts) facts.set(o.file, o.facts);
  if (facts.size === 0) return [...outcomes];
  const project = projectView(facts);
  return outcomes.map((o) => {
    if (!o.findings.some((f) => f.action === "rewrite")) return o;
    const view: OutcomeView = { file: o.file, text: o.edit?.before ?? null, facts: o.facts };
    let changed = false;
    const findings = o.findings.map((f): Finding => {
      if (f.action !== "rewrite") return f;
      for (const check of PROJECT_CHECKS) {
        const reason = safely(() => check.check(f, view, project));
        if (reason === null) continue;
        changed = true;
        return { ...f, action: "review", reason, replacement: null, thinkingState: "none", note: null, edits: [] };
      }
      return f;
    });
    if (!changed) return o;
    if (!o.edit || o.skipped) return { ...o, findings };
    const edits: Edit[] = findings.flatMap((f) => f.edits);
    if (edits.length === 0) {
      const { edit: _dropped, ...rest } = o;
      return { ...rest, findings };
    }
    const after = applyEdits(o.edit.before, uniqueEdits(edits)).text;
    if (after === o.edit.before) {
      const { edit: _dropped, ...rest } = o;
      return { ...rest, findings };
    }
    return { ...o, findings, edit: { ...o.edit, after } };
  });
}

/** A check that fails on an unexpected text sees nothing: the finding keeps the adapter's verdict. */
function safely(run: () => Reason | null): Reason | null {
  try {
    return run();
  } catch {
    return null;
  }
}

function projectView(facts: ReadonlyMap<string, FileFacts>): ProjectView {
  const files = [...facts.keys()];
  const validated = new Set<LegacyId>();
  const branched = new Set<LegacyId>();
  for (const f of facts.values()) {
    // A list holding one legacy name beside others validates a value; one holding several chooses the mode by name.
    if (f.validates.length > 1) for (const id of f.validates) validated.add(id);
    for (const id of f.branches) branched.add(id);
  }
  // The modules behind `names` imported from `modules`: an index that re-exports a name from a sibling
  // (`export { isReasoning } from "./routing.js"`) brings that sibling's facts, `depth` levels deep.
  const reexported = (from: string, names: readonly string[], modules: readonly string[], depth: number): string[] => {
    const out = new Set(modules);
    if (depth === 0) return [...out];
    for (const m of modules) {
      for (const imp of facts.get(m)?.imports ?? []) {
        if (!imp.names.some((n) => names.includes(n))) continue;
        const next = resolve(m, imp.from, files).filter((t) => t !== from && !out.has(t));
        for (const t of reexported(m, names, next, depth - 1)) out.add(t);
      }
    }
    return [...out];
  };
  return {
    facts,
    importsOf: (file) => {
      const own = facts.get(file);
      const out: ResolvedImport[] = [];
      for (const imp of own?.imports ?? []) {
        const modules = reexported(file, imp.names, resolve(file, imp.from, files).filter((t) => t !== file), 2);
        if (modules.length > 0) out.push({ names: imp.names, modules: modules.map((t) => facts.get(t)!) });
      }
      // A Go test belongs to the package of its folder, whose names it uses unqualified.
      if (/_test\.go$/.test(file)) {
        const dir = dirOf(file);
        const pkg = files.filter((f) => f !== file && dirOf(f) === dir && /\.go$/.test(f) && !/_test\.go$/.test(f));
        if (pkg.length > 0) out.push({ names: [], modules: pkg.map((t) => facts.get(t)!) });
      }
      return out;
    },
    validatesAnywhere: (id) => validated.has(id),
    branchesAnywhere: (id) => branched.has(id),
  };
}

const JS_EXT = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.mjs"];

/** The scanned files (of those that reported facts) an import specifier names. */
function resolve(from: string, spec: string, files: readonly string[]): string[] {
  if (/\.[cm]?[jt]sx?$|\.vue$|\.svelte$/i.test(from)) {
    if (!spec.startsWith(".")) return [];
    const base = normalise(`${dirOf(from)}/${spec}`).replace(/\.(?:[cm]?js|jsx)$/, "");
    const wanted = new Set(JS_EXT.map((e) => `${base}${e}`));
    return files.filter((f) => wanted.has(f) || wanted.has(f.replace(/\.(?:[cm]?js|jsx)$/, "")));
  }
  if (/\.pyi?$/i.test(from)) {
    let path: string;
    let anchored = true;
    const dots = /^\.*/.exec(spec)![0].length;
    if (dots > 0) {
      let dir = dirOf(from);
      for (let i = 1; i < dots; i++) dir = dirOf(dir);
      const rest = spec.slice(dots).replace(/\./g, "/");
      path = normalise(rest ? `${dir}/${rest}` : dir);
    } else {
      path = spec.replace(/\./g, "/");
      anchored = false;
    }
    // A module file, or the modules of a package folder; an absolute module may sit under any source
    // root. A top-level package (`from pkg import X`) re-exports the whole library: only sub-packages count.
    const matches = (p: string): boolean => p === path || (!anchored && p.endsWith(`/${path}`));
    const packageOk = anchored || path.includes("/");
    return files.filter((f) => /\.pyi?$/i.test(f) && (matches(f.replace(/\.pyi?$/i, "")) || (packageOk && matches(dirOf(f)))));
  }
  return [];
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
