import type { ReportLeftOut } from "../report.js";
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Ignore } from "ignore";
import { decodeName, encodeName, fsPath, hasEscapedBytes, listFolder as listEntries, type Entry } from "./names.js";

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

/**
 * Why a file named on the command line is left out, as a folder scan would leave it out:
 * `history-file` (CHANGELOG, HISTORY…), `lock-file`, `excluded-folder` (below node_modules, dist…),
 * `gitignored` (an ignore rule covers it and it is not tracked), `config` (the include/exclude patterns).
 */
export type LeftOutReason = ReportLeftOut["reason"];

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
  /** Told about each file named on the command line that is left out, and why (before anything is listed). */
  readonly onLeftOut?: (target: ScanTarget, reason: LeftOutReason) => void;
}

export class ScanError extends Error {}

interface DirRules {
  readonly base: string; // absolute folder holding the .gitignore
  /** Length of `base` plus its trailing separator: slicing a path below base here gives its relative form. */
  readonly cut: number;
  /** Every rule, matched against the path relative to `base`; null when the split below is used. */
  readonly all: Matcher | null;
  /** Rules without a slash (`*.log`, `dist/`): they match a name at any depth, so they test the name alone. */
  readonly byName: Matcher | null;
  /** Rules with a slash (`/build`, `src/gen/`), matched against the relative path. */
  readonly byPath: Matcher | null;
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

/** A resolved root: a file to report as is, or a folder to walk with the rules inherited from above it. */
type Root =
  | { readonly kind: "file"; readonly target: ScanTarget; readonly linked: boolean }
  | { readonly kind: "dir"; readonly abs: string; readonly inherited: readonly DirRules[]; readonly repo: Repo | null };

/**
 * Resolves `roots` at once (a missing root is a ScanError before any file is listed) and returns the
 * files to scan as a lazy stream in reported-path order. Nothing per file is kept: folders are listed
 * as the walk reaches them, so only the folders on the current path are held. Honours nested
 * .gitignore files and the default excluded folders, never descends into symlinks, and skips history
 * and lock files. Inside a git work tree, a tracked file is scanned even when an ignore rule covers
 * it, as git itself treats it (git is asked which ignored files are tracked, once, when the walk
 * first meets an ignored entry). A root that is a folder is scanned even when it is ignored or a
 * default excluded folder, since the user named it. A root that is a file gets the treatment a scan
 * of the working directory would give it (or of the named folder holding it, or of its repository
 * when it lies outside the working directory); when that leaves it out, `onLeftOut` hears why.
 * Folders that cannot be listed go to `onSkip` when the walk reaches them.
 */
export function openScan(roots: readonly string[], options: ScanOptions): Iterable<ScanTarget> {
  const cwd = options.cwd;
  const userWants = userFilter(options);
  const walker: Walker = { cwd, userWants, onSkip: options.onSkip, repos: new Map() };
  const resolved: Root[] = [];
  const named: { readonly target: ScanTarget; readonly at: string; readonly linked: boolean }[] = [];
  for (const root of roots) {
    const abs = path.resolve(cwd, root);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new ScanError(`path not found: ${root}`);
    }
    if (st.isSymbolicLink()) {
      // A root the user named may be a link; resolve it once, but never follow links below it.
      let real: string;
      try {
        real = decodeName(realpathSync(abs, { encoding: "buffer" }));
        st = lstatSync(fsPath(real));
      } catch {
        throw new ScanError(`path not found: ${root} (dangling symlink)`);
      }
      if (st.isFile()) {
        // Reported under the name the user gave; read and written at the real file, so the link
        // itself is never opened or replaced.
        named.push({ target: { abs: real, rel: toRel(cwd, abs) }, at: abs, linked: true });
        continue;
      }
    }
    if (st.isFile()) {
      named.push({ target: { abs, rel: toRel(cwd, abs) }, at: abs, linked: false });
      continue;
    }
    if (!st.isDirectory()) throw new ScanError(`not a file or folder: ${root}`);
    const { rules, repo } = enclosing(abs, walker);
    resolved.push({ kind: "dir", abs, inherited: rules, repo });
  }
  // A pre-commit hook passes every staged file by name: each is judged as a folder scan would judge it.
  const folders = resolved.flatMap((r) => (r.kind === "dir" ? [r.abs] : []));
  for (const n of named) {
    const reason = leftOutReason(n.at, folders, walker);
    if (reason === null) resolved.push({ kind: "file", target: n.target, linked: n.linked });
    else options.onLeftOut?.(n.target, reason);
  }
  return { [Symbol.iterator]: () => streamRoots(resolved, walker) };
}

/** Whether `abs` lies below the folder `dir`. */
function below(abs: string, dir: string): boolean {
  const rel = path.relative(dir, abs);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * Why the file at `abs` (a path named on the command line, a link's own path for a link) is left
 * out, or null. It is judged as the walk of a folder would judge it: the named folders holding it,
 * else the working directory when it lies below it, else its repository's top, else its own folder.
 * One of several named folders taking it is enough (their walks list it anyway).
 */
function leftOutReason(abs: string, folders: readonly string[], walker: Walker): LeftOutReason | null {
  const name = path.basename(abs);
  if (HISTORY_FILE.test(name)) return "history-file";
  if (LOCK_FILE.test(name)) return "lock-file";
  if (!walker.userWants(abs, false)) return "config";
  let bases = folders.filter((d) => below(abs, d));
  if (bases.length === 0) {
    const top = below(abs, walker.cwd) ? null : enclosing(path.dirname(abs), walker).repo?.top;
    bases = [below(abs, walker.cwd) ? walker.cwd : (top ?? path.dirname(abs))];
  }
  let first: LeftOutReason | null = null;
  for (const base of bases) {
    const why = walkTo(base, abs, walker);
    if (why === null) return null;
    first ??= why;
  }
  return first;
}

/**
 * Whether an ignore rule covers the folder `dir` (or a folder above it), judged from its repository's
 * top. A folder named on the command line is walked whole even then, which git's listing does not do.
 */
export function ignoredFolder(dir: string): boolean {
  const walker: Walker = { cwd: dir, userWants: () => true, repos: new Map() };
  const top = enclosing(dir, walker).repo?.top;
  if (!top || top === dir) return false;
  let rules: DirRules[] = [];
  let at = top;
  for (const part of path.relative(top, dir).split(path.sep)) {
    const own = readGitignore(at);
    if (own) rules = [...rules, own];
    const next = path.join(at, part);
    if (rules.length > 0 && ignoredBy(rules, next, part, true)) return true;
    at = next;
  }
  return false;
}

/** What the walk of the folder `base` would say of the file `abs` below it: null when it lists it. */
function walkTo(base: string, abs: string, walker: Walker): LeftOutReason | null {
  let { rules, repo } = enclosing(base, walker);
  let ignored = false;
  let dir = base;
  const parts = path.relative(base, abs).split(path.sep);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isDir = i < parts.length - 1;
    if (!ignored) {
      const own = readGitignore(dir);
      if (own) rules = [...rules, own];
      if (dir !== base && exists(path.join(dir, ".git"))) repo = repoAt(dir, walker);
    }
    const next = path.join(dir, part);
    if (isDir && DEFAULT_EXCLUDED_DIRS.has(part)) return "excluded-folder";
    if (isDir && !walker.userWants(next, true)) return "config";
    if (!ignored && rules.length > 0 && ignoredBy(rules, next, part, isDir)) ignored = true;
    dir = next;
  }
  if (ignored && !(repo && isTrackedIn(repo, abs))) return "gitignored";
  return null;
}

/** Lists the files to scan under `roots`, sorted by their reported path (the whole stream of `openScan`). */
export async function scan(roots: readonly string[], options: ScanOptions): Promise<ScanTarget[]> {
  return [...openScan(roots, options)];
}

/** The order of every report: POSIX relative paths compared by UTF-16 code units. */
export function byRel(a: ScanTarget, b: ScanTarget): number {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

function* streamRoots(roots: readonly Root[], walker: Walker): Generator<ScanTarget> {
  const files = roots.flatMap((r) => (r.kind === "file" ? [r.target] : [])).sort(byRel);
  const streams: Iterator<ScanTarget>[] = [files[Symbol.iterator]()];
  for (const r of roots) if (r.kind === "dir") streams.push(walkFolder(r.abs, r.inherited, walker, r.repo, false));
  // The same file reached from two roots (overlapping folders, a file also named on its own) has the
  // same reported path in each, so the merged stream holds the copies side by side. A linked file
  // root is reported under the link's name, so its real file is remembered instead; only such roots
  // are, so this stays as small as the command line. Of two names for one file, the one first in
  // report order is kept (the whole-list walker kept the one from the earlier root: a stream cannot
  // know that a later root reaches the file until it gets there).
  const linked = new Set(roots.flatMap((r) => (r.kind === "file" && r.linked ? [r.target.abs] : [])));
  const linkedSeen = new Set<string>();
  let last: ScanTarget | null = null;
  for (const t of mergeSorted(streams)) {
    if (last !== null && last.abs === t.abs && last.rel === t.rel) continue;
    last = t;
    if (linked.has(t.abs)) {
      if (linkedSeen.has(t.abs)) continue;
      linkedSeen.add(t.abs);
    }
    yield t;
  }
}

/** Merges streams each sorted by reported path into one; ties keep the earlier stream first. */
function* mergeSorted(streams: readonly Iterator<ScanTarget>[]): Generator<ScanTarget> {
  if (streams.length === 1) {
    for (let r = streams[0]!.next(); !r.done; r = streams[0]!.next()) yield r.value;
    return;
  }
  const heads: (ScanTarget | null)[] = streams.map((s) => {
    const r = s.next();
    return r.done ? null : r.value;
  });
  for (;;) {
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (pick === -1 || h.rel < heads[pick]!.rel)) pick = i;
    }
    if (pick === -1) return;
    yield heads[pick]!;
    const r = streams[pick]!.next();
    heads[pick] = r.done ? null : r.value;
  }
}

/**
 * The project's include/exclude patterns as a test of one path (a folder when `isDir`). Shared by the
 * walker and the git fast path so both apply them identically.
 */
export function userFilter(options: ScanOptions): (abs: string, isDir: boolean) => boolean {
  const userExclude = options.exclude && options.exclude.length > 0 ? matcher([...options.exclude]) : null;
  const userInclude = options.include && options.include.length > 0 ? matcher([...options.include]) : null;
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

/**
 * The .gitignore rules that apply to the folder `dir` from above it (those of the folders up to the
 * enclosing repository's top; none outside a git work tree) and the repository it belongs to.
 */
function enclosing(dir: string, walker: Walker): { rules: DirRules[]; repo: Repo | null } {
  if (exists(path.join(dir, ".git"))) return { rules: [], repo: repoAt(dir, walker) };
  const above: string[] = [];
  for (let probe = path.dirname(dir); ; probe = path.dirname(probe)) {
    above.unshift(probe);
    if (exists(path.join(probe, ".git"))) break;
    if (path.dirname(probe) === probe) return { rules: [], repo: null }; // not inside a git work tree
  }
  const rules: DirRules[] = [];
  for (const folder of above) {
    const r = readGitignore(folder);
    if (r) rules.push(r);
  }
  return { rules, repo: repoAt(above[0]!, walker) };
}

/**
 * A git work tree the walk is in. Git ignores .gitignore for files it tracks, so the walk must know
 * which of the files its rules ignore are tracked. It asks git once per repository, and only when
 * the walk first meets an ignored entry there (most walks meet none, or only untracked ones, but
 * cannot tell without asking).
 */
interface Repo {
  readonly top: string;
  /** Unset until asked; null when git could not answer (then the ignore rules apply to every file). */
  tracked?: TrackedFiles | null;
}

/**
 * The repository's tracked files as `git ls-files -c -z` prints them: names relative to its top,
 * NUL-terminated, in the index's order, which is the byte order of the names. Kept as that one
 * buffer (and one offset per name), searched by bisection: ~50 bytes per tracked file. Asking git
 * for the ignored ones alone (`ls-files -c -i --exclude-standard`) made it match every tracked name
 * against every ignore rule: 1.3 s of a 2.2 s listing of the 50,000-file bench tree, against
 * 15-90 ms for the plain listing.
 */
interface TrackedFiles {
  readonly listing: Buffer;
  /** Offset of each name in `listing`; one more at the end. */
  readonly starts: Uint32Array;
}

/** The index of the first name not below `key` in byte order. */
function lowerBound(t: TrackedFiles, key: Buffer): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Buffer.compare(t.listing.subarray(t.starts[mid]!, t.starts[mid + 1]! - 1), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function relKey(top: string, abs: string, folder: boolean): Buffer {
  const rel = path.relative(top, abs).split(path.sep).join("/");
  return encodeName(folder ? `${rel}/` : rel);
}

/** Whether `abs` is a tracked file of the repository at `top`. */
function isTracked(t: TrackedFiles, top: string, abs: string): boolean {
  const key = relKey(top, abs, false);
  const i = lowerBound(t, key);
  return i < t.starts.length - 1 && Buffer.compare(t.listing.subarray(t.starts[i]!, t.starts[i + 1]! - 1), key) === 0;
}

/** Whether a tracked file lies below the folder `abs`. */
function holdsTracked(t: TrackedFiles, top: string, abs: string): boolean {
  const key = relKey(top, abs, true);
  const i = lowerBound(t, key);
  if (i >= t.starts.length - 1) return false;
  const name = t.listing.subarray(t.starts[i]!, t.starts[i + 1]! - 1);
  return name.length > key.length && name.subarray(0, key.length).equals(key);
}

function repoAt(top: string, walker: Walker): Repo {
  let repo = walker.repos.get(top);
  if (!repo) walker.repos.set(top, (repo = { top }));
  return repo;
}

function isTrackedIn(repo: Repo, abs: string): boolean {
  const t = trackedFiles(repo);
  return t !== null && isTracked(t, repo.top, abs);
}

function holdsTrackedIn(repo: Repo, abs: string): boolean {
  const t = trackedFiles(repo);
  return t !== null && holdsTracked(t, repo.top, abs);
}

function trackedFiles(repo: Repo): TrackedFiles | null {
  if (repo.tracked !== undefined) return repo.tracked;
  repo.tracked = null;
  // A top whose own path is not UTF-8 cannot be handed to git as a working directory.
  if (hasEscapedBytes(repo.top)) return null;
  const r = process.getBuiltinModule("node:child_process").spawnSync("git", ["ls-files", "-z", "-c"], {
    cwd: repo.top,
    env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 2 * 1024 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) return null;
  const out = r.stdout;
  let count = 0;
  for (let nul = out.indexOf(0); nul !== -1; nul = out.indexOf(0, nul + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let k = 0;
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) starts[k++] = from;
  starts[k] = out.length + (out.length > 0 && out[out.length - 1] === 0 ? 0 : 1);
  return (repo.tracked = { listing: out, starts });
}

function exists(p: string): boolean {
  try {
    lstatSync(fsPath(p));
    return true;
  } catch {
    return false;
  }
}

function readGitignore(dir: string): DirRules | null {
  let text: string;
  try {
    text = readFileSync(fsPath(path.join(dir, ".gitignore")), "utf8");
  } catch {
    return null;
  }
  return compileRules(dir, text);
}

/** The two questions the walker asks of a set of gitignore-style patterns. */
export interface Matcher {
  ignores(p: string): boolean;
  test(p: string): { readonly ignored: boolean; readonly unignored: boolean };
}

/** Answers from one ignore instance before it is replaced by a fresh one. */
const MATCHER_RENEWAL = 8192;

/**
 * An ignore instance over `patterns` that is replaced after MATCHER_RENEWAL answers: the ignore
 * package caches every path it has answered (and each path's parent folders), so one instance kept
 * for a whole walk grows with the number of files, which a streaming walk must not.
 */
function matcher(patterns: string | readonly string[]): Matcher {
  let ig = ignoreFactory().add(patterns);
  let answers = 0;
  const current = (): Ignore => {
    if (++answers > MATCHER_RENEWAL) {
      ig = ignoreFactory().add(patterns);
      answers = 1;
    }
    return ig;
  };
  return { ignores: (p) => current().ignores(p), test: (p) => current().test(p) };
}

/**
 * Splits a .gitignore into name rules and path rules. Testing a bare name instead of the whole
 * relative path is what makes ignore matching cheap: the ignore package then checks no parent
 * folders (the walk never enters an ignored folder anyway) and caches one entry per distinct name
 * rather than one per file. The split is only exact without negations (`!keep.log`), where the last
 * matching rule decides across both kinds.
 */
export function compileRules(dir: string, text: string): DirRules {
  const cut = dir.endsWith(path.sep) ? dir.length : dir.length + 1;
  const names: string[] = [];
  const paths: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const pattern = line.trimEnd();
    if (pattern === "" || pattern.startsWith("#")) continue;
    if (pattern.startsWith("!")) return { base: dir, cut, all: matcher(text), byName: null, byPath: null };
    (pattern.replace(/\/$/, "").includes("/") ? paths : names).push(line);
  }
  return {
    base: dir,
    cut,
    all: null,
    byName: names.length > 0 ? matcher(names) : null,
    byPath: paths.length > 0 ? matcher(paths) : null,
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

/** What every folder listing of one scan shares. */
interface Walker {
  readonly cwd: string;
  readonly userWants: (abs: string, isDir: boolean) => boolean;
  readonly onSkip?: (abs: string, detail: string) => void;
  /** The repositories met so far, by top folder. */
  readonly repos: Map<string, Repo>;
}

/** A listed folder on the walk's current path: its accepted entries, sorted, and how far the walk got. */
interface Frame {
  /** The folder's absolute path with a trailing separator. */
  readonly prefix: string;
  /** The folder's reported path with a trailing slash ("" for cwd). */
  readonly relPrefix: string;
  readonly rules: readonly DirRules[];
  /** The repository the folder's entries belong to. */
  readonly repo: Repo | null;
  /** Whether an ignore rule covers the folder: then only tracked files below it are listed. */
  readonly ignored: boolean;
  /** Accepted entries; a folder as `name/`, so sorting the keys sorts every path below them too. */
  readonly keys: readonly string[];
  /** Keys of accepted folders that an ignore rule covers (entered for tracked files only). */
  readonly ignoredKeys: ReadonlySet<string> | null;
  next: number;
}

const SLASH = 0x2f;
const NOTHING: Iterator<ScanTarget> = [][Symbol.iterator]();

/**
 * Walks the folder `dir` depth-first, yielding its files in reported-path order. A plain sort of
 * names would not give that order: "a/b" sorts after "a.b" and "a-b" ('/' is 0x2F, after '-' and
 * '.'), so a folder is sorted under the key "a/", which puts everything below it exactly where the
 * global sort of paths would. When cwd lies below `dir`, the reported paths of the branch leading
 * to cwd lose the "../" the rest carry, so that branch is walked as its own stream and merged in.
 */
function walkFolder(dir: string, inherited: readonly DirRules[], walker: Walker, repo: Repo | null, ignored: boolean): Iterator<ScanTarget> {
  const cwd = walker.cwd;
  const relPrefix = dir === cwd ? "" : `${toRel(cwd, dir)}/`;
  const frame = listFolder(dir, relPrefix, inherited, walker, repo, ignored);
  if (!frame) return NOTHING;
  if (cwd.length > frame.prefix.length && cwd.startsWith(frame.prefix)) {
    const rest = cwd.slice(frame.prefix.length);
    const sep = rest.indexOf(path.sep);
    const child = sep === -1 ? rest : rest.slice(0, sep);
    const at = frame.keys.indexOf(`${child}/`);
    if (at !== -1) {
      const keys = frame.keys.filter((_, i) => i !== at);
      const inside = walkFolder(frame.prefix + child, frame.rules, walker, frame.repo, frame.ignored || (frame.ignoredKeys?.has(`${child}/`) ?? false));
      return mergeSorted([descend({ ...frame, keys }, walker), inside]);
    }
  }
  return descend(frame, walker);
}

/** Depth-first from `top`, one listed folder per level of the current path. */
function* descend(top: Frame, walker: Walker): Generator<ScanTarget> {
  const stack: Frame[] = [top];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.next === f.keys.length) {
      stack.pop();
      continue;
    }
    const key = f.keys[f.next++]!;
    if (key.charCodeAt(key.length - 1) === SLASH) {
      const sub = listFolder(f.prefix + key.slice(0, -1), f.relPrefix + key, f.rules, walker, f.repo, f.ignored || (f.ignoredKeys?.has(key) ?? false));
      if (sub) stack.push(sub);
    } else {
      yield { abs: f.prefix + key, rel: f.relPrefix + key };
    }
  }
}

/**
 * Lists one folder and keeps the entries the scan covers. Folders are listed with readdirSync: the
 * walk is a chain of dependent listings, and on the benchmark monorepo the synchronous calls took a
 * third of the time of awaiting each one.
 */
function listFolder(dir: string, relPrefix: string, inherited: readonly DirRules[], walker: Walker, repo: Repo | null, ignored: boolean): Frame | null {
  let entries: Entry[];
  try {
    // Names are decoded losslessly: a name that is not UTF-8 still names its file (src/discover/names.ts).
    entries = listEntries(dir);
  } catch (err) {
    // Unreadable or vanished folder: nothing to scan there, but the user hears about it.
    walker.onSkip?.(dir, `cannot list folder (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    return null;
  }
  let own: DirRules | null = null;
  let here = repo;
  // Below an ignored folder everything is ignored: its .gitignore does not matter.
  if (!ignored) {
    for (const e of entries) {
      if (e.name === ".gitignore" && e.isFile()) own = readGitignore(dir);
      // The top of a nested repository: its files are tracked (or not) there.
      else if (e.name === ".git" && repo?.top !== dir) here = repoAt(dir, walker);
    }
  }
  const rules = own ? [...inherited, own] : inherited;
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const keys: string[] = [];
  let ignoredKeys: Set<string> | null = null;
  for (const e of entries) {
    // Dirent types come from the listing itself (no lstat); a symlink is neither file nor folder here.
    if (e.isDirectory()) {
      if (DEFAULT_EXCLUDED_DIRS.has(e.name)) continue;
      const abs = prefix + e.name;
      if (ignored || (rules.length > 0 && ignoredBy(rules, abs, e.name, true))) {
        // An ignored folder is entered only for the tracked files below it.
        if (!(here && holdsTrackedIn(here, abs))) continue;
        if (!walker.userWants(abs, true)) continue;
        (ignoredKeys ??= new Set()).add(`${e.name}/`);
      } else if (!walker.userWants(abs, true)) continue;
      keys.push(`${e.name}/`);
    } else if (e.isFile()) {
      if (isExcludedFileName(e.name)) continue;
      const abs = prefix + e.name;
      if ((ignored || (rules.length > 0 && ignoredBy(rules, abs, e.name, false))) && !(here && isTrackedIn(here, abs))) continue;
      if (!walker.userWants(abs, false)) continue;
      keys.push(e.name);
    }
    // Symlinks, sockets, FIFOs and devices are never followed or read.
  }
  // The default sort compares UTF-16 code units, the same order as `a.rel < b.rel`.
  keys.sort();
  return { prefix, relPrefix, rules, repo: here, ignored, keys, ignoredKeys, next: 0 };
}
