// Candidate discovery through git, the fast path inside a git work tree. The scan covers what git
// treats as the work tree's content: every tracked file (a .gitignore rule does not apply to a file
// once it is committed) and the untracked files no ignore rule covers. `git grep` reads the tracked
// files on several threads in C, as fast as ripgrep, so the few that may name a legacy model come
// from git instead of from the Node walker and the byte probe; `git ls-files` says how many files the
// scan covers, and the untracked files it names are probed here. Nothing per file is kept: the
// listing is counted as it streams in, and only the candidates are remembered. They are handed to
// the caller the moment they are named, so their checks overlap the rest of the search, and each is
// verified afterwards exactly as the walker would list it (default excluded folders, history and lock
// files, include/exclude, regular files only). Whenever git cannot give a complete, trustworthy answer (not a repository, git
// missing, any message on stderr, a nested repository or submodule the walker would enter, a root
// outside the working directory or inside an ignored folder) this returns null and the caller walks instead.
import { spawn } from "node:child_process";
import { lstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { LEGACY_IDS } from "../catalog.js";
import { decodeName, fsPath, listFolder } from "./names.js";
import { CANDIDATE, FileProbe, UNREADABLE } from "./probe.js";
import { DEFAULT_EXCLUDED_DIRS, ignoredFolder, isExcludedFileName, toRel, userFilter, type ScanOptions, type ScanTarget } from "./walk.js";

export interface GitDiscovery {
  /** How many files the scan covers: what the walker would list under the roots. */
  readonly count: number;
  /** The files git grep named that the walker would list, sorted by reported path. */
  readonly candidates: readonly ScanTarget[];
}

export interface GitDiscoverHooks {
  /**
   * Told about each file git grep names that passes the name and folder filters, as git names it,
   * so its check can start at once. It may still be dropped by the final verification (a tracked
   * symlink, a file deleted from the work tree): the caller must not write a file before it is in `candidates`.
   */
  readonly onCandidate?: (target: ScanTarget) => void;
  /** Told about every listed file the scan covers, as a path relative to cwd (tests compare it with the walker). */
  readonly onFile?: (rel: string) => void;
  /** When set, only these absolute paths count and are candidates (`--changed`). */
  readonly only?: ReadonlySet<string>;
}

/**
 * Fixed patterns for `git grep -F -f -`: the legacy IDs, and the two UTF-16 byte-order marks, since a
 * UTF-16 file holds the IDs with NUL bytes between the letters (the probe passes every UTF-16 file).
 * A mark can also occur inside other binary files; those are probed again and found to be no match.
 * Raw bytes go through stdin because command-line arguments are sent as UTF-8.
 */
const PATTERNS = Buffer.concat([Buffer.from(LEGACY_IDS.map((id) => `${id}\n`).join("")), Buffer.from([0xff, 0xfe, 0x0a, 0xfe, 0xff, 0x0a])]);

interface GitRun {
  readonly ok: boolean;
  readonly code: number | null;
}

/**
 * Runs git and hands each NUL-terminated record of its output to `onRecord` as it arrives (a
 * record cut between two chunks is joined first); `ok` is false when git could not start or wrote
 * anything to stderr.
 */
function git(cwd: string, args: readonly string[], onRecord: (buf: Buffer, start: number, end: number) => void, input?: Buffer): Promise<GitRun> {
  return new Promise((resolve) => {
    // LC_ALL=C: patterns and names are bytes; no optional index lock, no pager, no prompts.
    const child = spawn("git", [...args], {
      cwd,
      env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" },
      stdio: [input ? "pipe" : "ignore", "pipe", "pipe"],
    });
    let stderr = false;
    let carry: Buffer | null = null;
    child.stdout?.on("data", (chunk: Buffer) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      for (let nul = buf.indexOf(0, from); nul !== -1; nul = buf.indexOf(0, from)) {
        onRecord(buf, from, nul);
        from = nul + 1;
      }
      carry = from < buf.length ? buf.subarray(from) : null;
    });
    child.stderr?.on("data", () => (stderr = true));
    child.on("error", () => resolve({ ok: false, code: null }));
    child.on("close", (code) => resolve({ ok: !stderr && carry === null, code }));
    if (input) {
      child.stdin?.on("error", () => undefined);
      child.stdin?.end(input);
    }
  });
}

/**
 * git grep's reader threads. Its default (one per core) leaves the disk idle between requests when
 * the files are not in the page cache: on the 2-core bench machine, 50k files from a cold cache took
 * 9.4-9.8 s with 2 threads, 5.0 s with 8, 4.5-4.7 s with 16 (warm: 0.65-1.1 s vs 0.9-1.1 s with 8).
 */
const GREP_THREADS = Math.max(8, availableParallelism());

const TAB = 0x09;
const SYMLINK_MODE = Buffer.from("120000 ");
const GITLINK_MODE = Buffer.from("160000 ");

/**
 * Counts the files to scan and finds the candidates with git, or returns null when the portable
 * path must be used. Only folder roots inside `cwd` are handled here (a file named on the command
 * line is judged on its own, which is the walker's job).
 */
export async function gitDiscover(roots: readonly string[], options: ScanOptions, hooks: GitDiscoverHooks = {}): Promise<GitDiscovery | null> {
  const cwd = options.cwd;
  // Each root as a cwd-relative POSIX prefix ("" for cwd itself): git names files relative to cwd.
  const prefixes: string[] = [];
  for (const root of roots) {
    const abs = path.resolve(cwd, root);
    const rel = path.relative(cwd, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
    try {
      if (!lstatSync(abs).isDirectory()) return null;
    } catch {
      return null;
    }
    // An ignored folder the user named is walked whole; git would list only its tracked files.
    if (ignoredFolder(abs)) return null;
    prefixes.push(rel === "" ? "" : `${rel.split(path.sep).join("/")}/`);
  }
  const filtered = (options.include?.length ?? 0) > 0 || (options.exclude?.length ?? 0) > 0;
  const wanted = filtered ? userFilter(options) : null;
  const only = hooks.only;
  /** Whether the walker would list `name` (cwd-relative, POSIX), judged by its name and folders alone. */
  const accepted = (name: string): boolean => {
    const slash = name.lastIndexOf("/");
    if (isExcludedFileName(slash === -1 ? name : name.slice(slash + 1))) return false;
    if (wanted || only) {
      const abs = path.resolve(cwd, name);
      if (wanted && !wanted(abs, false)) return false;
      if (only && !only.has(abs)) return false;
    }
    // Default excluded folders count below a root only: a root the user named is scanned.
    for (const prefix of prefixes) {
      if (!name.startsWith(prefix)) continue;
      let from = prefix.length;
      let excluded = false;
      for (let cut = name.indexOf("/", from); cut !== -1; from = cut + 1, cut = name.indexOf("/", from)) {
        if (DEFAULT_EXCLUDED_DIRS.has(name.slice(from, cut))) {
          excluded = true;
          break;
        }
      }
      if (!excluded) return true;
    }
    return false;
  };

  // Pathspecs are the user's folder names, never globs or magic.
  const specs = prefixes.map((p) => (p === "" ? "." : p.slice(0, -1)));
  const base = ["--literal-pathspecs", "-c", "core.quotePath=false"];

  // git grep names the candidates among tracked files; each goes to the caller at once. Tracked
  // files are searched whatever .gitignore says (they are part of the repository), which is why it
  // runs without --untracked: with it, git walks the folders and leaves out tracked files that an
  // ignore rule covers. Untracked files are probed here instead, as the listing names them.
  const named = new Map<string, ScanTarget>();
  const nameCandidate = (name: string): void => {
    // git grep also reads default excluded folders like build/: those are never checked.
    if (named.has(name) || !accepted(name)) return;
    const abs = path.resolve(cwd, name);
    const target = { abs, rel: toRel(cwd, abs) };
    named.set(name, target);
    hooks.onCandidate?.(target);
  };
  const grep = git(
    cwd,
    [...base, "-c", "grep.fullName=false", "grep", "--threads", String(GREP_THREADS), "-l", "-z", "--no-color", "-F", "-f", "-", "--", ...specs],
    (buf, start, end) => nameCandidate(decodeName(buf, start, end)),
    PATTERNS,
  );

  let count = 0;
  let declined = false;
  const count1 = (name: string): void => {
    if (!accepted(name)) return;
    count++;
    hooks.onFile?.(name);
  };
  // Untracked files (few, in a repository whose files are committed) are read here with the
  // walker's own byte probe. They may be symlinks, which the walker never reads; git does not say
  // which. They come folder by folder, so one listing per folder (dirent types) tells, where an
  // lstat per file cost ~15 µs each.
  let probe: FileProbe | null = null;
  let folder: string | null = null;
  let inFolder: string[] = [];
  const flushFolder = (): void => {
    if (folder === null) return;
    let regular: Set<string> | null = null;
    try {
      regular = new Set(listFolder(path.resolve(cwd, folder || ".")).filter((e) => e.isFile()).map((e) => e.name));
    } catch {
      /* vanished since git listed it */
    }
    for (const name of inFolder) {
      if (!regular?.has(name.slice(name.lastIndexOf("/") + 1))) continue;
      count1(name);
      const status = (probe ??= new FileProbe()).probe(path.resolve(cwd, name));
      // An unreadable file is reported per file by the walker.
      if (status === UNREADABLE) declined = true;
      else if (status === CANDIDATE) nameCandidate(name);
    }
    folder = null;
    inFolder = [];
  };
  // Index entries of one path come together (merge stages, then an `R` line when it is deleted from
  // the work tree): the path counts once, unless deleted, sparse (`S`) or a symlink.
  let entryName: string | null = null;
  let entryKeep = false;
  let entryDeleted = false;
  const flushEntry = (): void => {
    if (entryName !== null && entryKeep && !entryDeleted) count1(entryName);
    entryName = null;
  };
  const onListed = (buf: Buffer, start: number, end: number): void => {
    if (declined) return;
    const tag = buf[start];
    if (tag === 0x3f /* ? */) {
      const name = decodeName(buf, start + 2, end);
      // A folder git does not descend into (a nested repository): the walker would, so walk instead.
      if (name.endsWith("/")) {
        declined = true;
        return;
      }
      if (!accepted(name)) return;
      const dir = name.slice(0, Math.max(0, name.lastIndexOf("/")));
      if (dir !== folder) {
        flushFolder();
        folder = dir;
      }
      inFolder.push(name);
      return;
    }
    flushFolder();
    const tab = buf.indexOf(TAB, start);
    if (tab === -1 || tab >= end) {
      declined = true;
      return;
    }
    const name = decodeName(buf, tab + 1, end);
    if (name !== entryName) {
      flushEntry();
      entryName = name;
      entryKeep = false;
      entryDeleted = false;
    }
    const modeAt = start + 2;
    if (buf.compare(GITLINK_MODE, 0, GITLINK_MODE.length, modeAt, modeAt + GITLINK_MODE.length) === 0) {
      declined = true; // a submodule: its files are not in this index
      return;
    }
    if (tag === 0x52 /* R: deleted from the work tree */) entryDeleted = true;
    else if (tag !== 0x53 /* S: not checked out */ && buf.compare(SYMLINK_MODE, 0, SYMLINK_MODE.length, modeAt, modeAt + SYMLINK_MODE.length) !== 0) entryKeep = true;
  };
  // Every tracked file plus the untracked files no ignore rule covers: exactly what git itself treats
  // as the work tree's content.
  const listed = await git(cwd, [...base, "ls-files", "-z", "-t", "-s", "-c", "-o", "-d", "--exclude-standard", "--", ...specs], onListed);
  flushFolder();
  flushEntry();
  // Exit 1 is "no match"; anything else but 0, or any message (an unreadable file), means the list may be short.
  const found = await grep;
  if (declined || !listed.ok || listed.code !== 0) return null;
  if (!found.ok || (found.code !== 0 && found.code !== 1)) return null;

  // Verified one by one, as the walker would see them: a regular file, not a link.
  const candidates: ScanTarget[] = [];
  for (const target of named.values()) {
    try {
      if (!lstatSync(fsPath(target.abs)).isFile()) continue;
    } catch {
      continue; // deleted from the work tree, or not checked out
    }
    candidates.push(target);
  }
  candidates.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { count, candidates };
}
