import { readdirSync, type Dirent } from "node:fs";
import { lstat, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import type { Ignore } from "ignore";

// ignore is CommonJS: require() skips the CommonJS export scan an ESM import runs at start-up
// (tens of ms of CPU on every run, measured with --cpu-prof).
const ignoreFactory = createRequire(import.meta.url)("ignore") as typeof import("ignore");

/** Folder names never scanned: build output, dependencies, VCS data, virtualenvs. */
export const DEFAULT_EXCLUDED_DIRS: ReadonlySet<string> = new Set([
  "node_modules", ".git", ".hg", ".svn", "dist", "build", "out", "coverage", "vendor",
  ".next", ".venv", "venv", "__pycache__", "target",
]);

/** History files record what was true then; lock files list packages, not models. */
const HISTORY_FILE = /^(?:changelog|changes|history|releases?|release[-_ ]?notes|news)(?:\.[^/]*)?$/i;
const LOCK_FILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|uv\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock)$/;

export function isExcludedFileName(name: string): boolean {
  return HISTORY_FILE.test(name) || LOCK_FILE.test(name);
}

export interface ScanTarget {
  /** Absolute path. */
  readonly abs: string;
  /** POSIX path relative to the working directory, as reported. */
  readonly rel: string;
}

export interface ScanOptions {
  readonly cwd: string;
  /** gitignore-style patterns that must match for a file to be scanned (empty: everything). */
  readonly include?: readonly string[];
  /** gitignore-style patterns of files and folders to leave out. */
  readonly exclude?: readonly string[];
  /** Folder the include/exclude patterns are relative to (a config file's folder); defaults to cwd. */
  readonly patternBase?: string;
  /** Told about folders below a root that could not be listed (permissions, vanished). */
  readonly onSkip?: (abs: string, detail: string) => void;
}

export class ScanError extends Error {}

interface DirRules {
  readonly base: string; // absolute folder holding the .gitignore
  /** Length of `base` plus its trailing separator: slicing a path below base here gives its relative form. */
  readonly cut: number;
  /** Every rule, matched against the path relative to `base`; null when the split below is used. */
  readonly all: Ignore | null;
  /** Rules without a slash (`*.log`, `dist/`): they match a name at any depth, so they test the name alone. */
  readonly byName: Ignore | null;
  /** Rules with a slash (`/build`, `src/gen/`), matched against the relative path. */
  readonly byPath: Ignore | null;
}

/** Converts an absolute path to the POSIX form relative to cwd used in every report. */
export function toRel(cwd: string, abs: string): string {
  // Fast path for the usual case, a path below cwd: called once per scanned file.
  const cut = cwd.endsWith(path.sep) ? cwd.length : cwd.length + 1;
  if (path.sep === "/" && abs.length > cut && abs.startsWith(cwd) && abs[cut - 1] === "/" && !abs.includes("/.", cut - 1)) {
    return abs.slice(cut);
  }
  const rel = path.relative(cwd, abs);
  return (rel === "" ? path.basename(abs) : rel).split(path.sep).join("/");
}

/**
 * Lists the files to scan under `roots`, sorted by their reported path. Honours nested .gitignore
 * files and the default excluded folders, never descends into symlinks, and skips history and lock files.
 * A root that is a file is scanned even if .gitignore covers it, since the user named it; the
 * include/exclude patterns still apply to it.
 */
export async function scan(roots: readonly string[], options: ScanOptions): Promise<ScanTarget[]> {
  const cwd = options.cwd;
  const seen = new Set<string>();
  const out: ScanTarget[] = [];

  const accept = (abs: string, rel = toRel(cwd, abs)): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ abs, rel });
  };
  const userWants = userFilter(options);

  for (const root of roots) {
    const abs = path.resolve(cwd, root);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      throw new ScanError(`path not found: ${root}`);
    }
    if (st.isSymbolicLink()) {
      // A root the user named may be a link; resolve it once, but never follow links below it.
      let real: string;
      try {
        real = await realpath(abs);
        st = await lstat(real);
      } catch {
        throw new ScanError(`path not found: ${root} (dangling symlink)`);
      }
      if (st.isFile()) {
        // Reported under the name the user gave; read and written at the real file, so the link
        // itself is never opened or replaced.
        if (userWants(abs, false)) accept(real, toRel(cwd, abs));
        continue;
      }
    }
    // A file the user named skips .gitignore, but the project's own include/exclude still apply:
    // pre-commit passes every staged file by name, and excluded fixtures must stay excluded.
    if (st.isFile()) {
      if (userWants(abs, false)) accept(abs);
      continue;
    }
    if (!st.isDirectory()) throw new ScanError(`not a file or folder: ${root}`);
    const inherited = await ancestorRules(abs);
    await walk(abs, inherited, accept, userWants, options.onSkip);
  }
  out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return out;
}

/**
 * The project's include/exclude patterns as a test of one path (a folder when `isDir`). Shared by the
 * walker and the git fast path so both apply them identically.
 */
export function userFilter(options: ScanOptions): (abs: string, isDir: boolean) => boolean {
  const userExclude = options.exclude && options.exclude.length > 0 ? ignoreFactory().add([...options.exclude]) : null;
  const userInclude = options.include && options.include.length > 0 ? ignoreFactory().add([...options.include]) : null;
  const patternBase = options.patternBase ?? options.cwd;
  return (abs: string, isDir: boolean): boolean => {
    if (!userExclude && !userInclude) return true;
    const rel = path.relative(patternBase, abs).split(path.sep).join("/");
    if (rel === "") return true;
    if (rel.startsWith("../")) return true;
    const probe = isDir ? `${rel}/` : rel;
    if (userExclude?.ignores(probe)) return false;
    if (!isDir && userInclude && !userInclude.ignores(rel)) return false;
    return true;
  };
}

/** .gitignore files in folders above a root, up to the enclosing repository's top, apply too. */
async function ancestorRules(dir: string): Promise<DirRules[]> {
  const above: string[] = [];
  for (let probe = path.dirname(dir); ; probe = path.dirname(probe)) {
    above.unshift(probe);
    if (await exists(path.join(probe, ".git"))) break;
    if (path.dirname(probe) === probe) return []; // not inside a git work tree
  }
  if (await exists(path.join(dir, ".git"))) return [];
  const rules: DirRules[] = [];
  for (const folder of above) {
    const r = await readGitignore(folder);
    if (r) rules.push(r);
  }
  return rules;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function readGitignore(dir: string): Promise<DirRules | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, ".gitignore"), "utf8");
  } catch {
    return null;
  }
  return compileRules(dir, text);
}

/**
 * Splits a .gitignore into name rules and path rules. Testing a bare name instead of the whole
 * relative path is what makes ignore matching cheap: the ignore package then checks no parent
 * folders (the walk never enters an ignored folder anyway) and caches one entry per distinct name
 * rather than one per file, so its memory stops growing with the repository. The split is only
 * exact without negations (`!keep.log`), where the last matching rule decides across both kinds.
 */
export function compileRules(dir: string, text: string): DirRules {
  const cut = dir.endsWith(path.sep) ? dir.length : dir.length + 1;
  const names: string[] = [];
  const paths: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const pattern = line.trimEnd();
    if (pattern === "" || pattern.startsWith("#")) continue;
    if (pattern.startsWith("!")) return { base: dir, cut, all: ignoreFactory().add(text), byName: null, byPath: null };
    (pattern.replace(/\/$/, "").includes("/") ? paths : names).push(line);
  }
  return {
    base: dir,
    cut,
    all: null,
    byName: names.length > 0 ? ignoreFactory().add(names) : null,
    byPath: paths.length > 0 ? ignoreFactory().add(paths) : null,
  };
}

// Called for every entry of the walk, so it slices instead of calling path.relative: every path
// tested lies below each rule's folder (rules are only inherited downwards).
function ignoredBy(rules: readonly DirRules[], abs: string, name: string, isDir: boolean): boolean {
  let ignored = false;
  const slash = isDir ? "/" : "";
  for (const r of rules) {
    if (abs.length <= r.cut) continue;
    if (r.all === null) {
      // A name of dots only ("...") is no valid relative path for the ignore package; the path form is.
      const byName = r.byName && !/^\.+$/.test(name) ? r.byName.ignores(name + slash) : r.byName?.ignores(relTo(r, abs) + slash);
      if (byName || r.byPath?.ignores(relTo(r, abs) + slash)) ignored = true;
      continue;
    }
    const res = r.all.test(relTo(r, abs) + slash);
    if (res.ignored) ignored = true;
    else if (res.unignored) ignored = false;
  }
  return ignored;
}

function relTo(r: DirRules, abs: string): string {
  return path.sep === "/" ? abs.slice(r.cut) : abs.slice(r.cut).split(path.sep).join("/");
}

/**
 * Depth-first walk. Folders are listed with readdirSync: the walk is a chain of dependent listings,
 * and on the benchmark monorepo the synchronous calls took a third of the time of awaiting each one.
 */
async function walk(
  dir: string,
  inherited: readonly DirRules[],
  accept: (abs: string) => void,
  userWants: (abs: string, isDir: boolean) => boolean,
  onSkip?: (abs: string, detail: string) => void,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // Unreadable or vanished folder: nothing to scan there, but the user hears about it.
    onSkip?.(dir, `cannot list folder (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    return;
  }
  const own = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? await readGitignore(dir) : null;
  const rules = own ? [...inherited, own] : inherited;
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const subdirs: string[] = [];
  for (const e of entries) {
    // Dirent types come from the listing itself (no lstat); a symlink is neither file nor folder here.
    if (e.isDirectory()) {
      if (DEFAULT_EXCLUDED_DIRS.has(e.name)) continue;
      const abs = prefix + e.name;
      if (rules.length > 0 && ignoredBy(rules, abs, e.name, true)) continue;
      if (!userWants(abs, true)) continue;
      subdirs.push(abs);
    } else if (e.isFile()) {
      if (isExcludedFileName(e.name)) continue;
      const abs = prefix + e.name;
      if (rules.length > 0 && ignoredBy(rules, abs, e.name, false)) continue;
      if (!userWants(abs, false)) continue;
      accept(abs);
    }
    // Symlinks, sockets, FIFOs and devices are never followed or read.
  }
  for (const sub of subdirs) await walk(sub, rules, accept, userWants, onSkip);
}
