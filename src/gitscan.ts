// Candidate discovery through git, the fast path inside a git work tree. `git grep` reads files on
// several threads in C, as fast as ripgrep, so the file list and the few files that may name a legacy
// model come from git instead of from the Node walker and the byte probe. The result is then filtered
// exactly as the walker filters (default excluded folders, history and lock files, include/exclude,
// symlinks), and every file git grep names is probed again by `FileProbe`, so a file's status is the
// one the portable path gives it. Whenever git cannot give a complete, trustworthy answer (not a
// repository, git missing, any message on stderr, a nested repository or submodule the walker would
// enter, a root outside the working directory) this returns null and the caller walks instead.
import { spawn } from "node:child_process";
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { FileProbe, UNREADABLE } from "./probe.js";
import type { BatchReply } from "./prefilter.js";
import { DEFAULT_EXCLUDED_DIRS, isExcludedFileName, toRel, userFilter, type ScanOptions, type ScanTarget } from "./scan.js";

export interface GitDiscovery {
  /** Files to scan, sorted by reported path, as `scan()` would list them. */
  readonly targets: readonly ScanTarget[];
  /** Absolute paths of the targets git grep named: every file that may name a legacy model, and a few more. */
  readonly candidates: ReadonlySet<string>;
}

/**
 * Fixed patterns for `git grep -F -f -`: the two IDs, and the two UTF-16 byte-order marks, since a
 * UTF-16 file holds the IDs with NUL bytes between the letters (the probe passes every UTF-16 file).
 * A mark can also occur inside other binary files; those are probed again and found to be no match.
 * Raw bytes go through stdin because command-line arguments are sent as UTF-8.
 */
const PATTERNS = Buffer.concat([Buffer.from("deepseek-chat\ndeepseek-reasoner\n"), Buffer.from([0xff, 0xfe, 0x0a, 0xfe, 0xff, 0x0a])]);

interface GitRun {
  readonly ok: boolean;
  readonly code: number | null;
  readonly stdout: Buffer;
}

/** Runs git; `ok` is false when it could not start or wrote anything to stderr. */
function git(cwd: string, args: readonly string[], input?: Buffer, onName?: (name: string) => void): Promise<GitRun> {
  return new Promise((resolve) => {
    // LC_ALL=C: patterns and names are bytes; no optional index lock, no pager, no prompts.
    const child = spawn("git", [...args], {
      cwd,
      env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" },
      stdio: [input ? "pipe" : "ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let stderr = false;
    let partial = "";
    child.stdout?.on("data", (b: Buffer) => {
      out.push(b);
      if (!onName) return;
      const parts = (partial + b.toString("latin1")).split("\0");
      partial = parts.pop() ?? "";
      for (const p of parts) onName(Buffer.from(p, "latin1").toString("utf8"));
    });
    child.stderr?.on("data", () => (stderr = true));
    child.on("error", () => resolve({ ok: false, code: null, stdout: Buffer.alloc(0) }));
    child.on("close", (code) => resolve({ ok: !stderr, code, stdout: Buffer.concat(out) }));
    if (input) {
      child.stdin?.on("error", () => undefined);
      child.stdin?.end(input);
    }
  });
}

function names(buf: Buffer): string[] {
  const all = buf.toString("utf8").split("\0");
  if (all[all.length - 1] === "") all.pop();
  return all;
}

/**
 * Lists the files to scan and the candidates with git, or returns null when the portable path must
 * be used. Only folder roots inside `cwd` are handled here (a file named on the command line is
 * scanned even when ignored, which is the walker's job).
 */
export async function gitDiscover(
  roots: readonly string[],
  options: ScanOptions,
  /** Told about each file git grep names, as it names it (after the name and folder filters), to start loading parsers early. */
  onCandidate?: (abs: string) => void,
): Promise<GitDiscovery | null> {
  const cwd = options.cwd;
  const rootDirs: string[] = [];
  for (const root of roots) {
    const abs = path.resolve(cwd, root);
    const rel = path.relative(cwd, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
    try {
      if (!lstatSync(abs).isDirectory()) return null;
    } catch {
      return null;
    }
    rootDirs.push(abs);
  }
  const wanted = userFilter(options);
  const accepted = (abs: string): boolean => {
    if (isExcludedFileName(path.basename(abs))) return false;
    if (!wanted(abs, false)) return false;
    // Default excluded folders count below a root only: a root the user named is scanned.
    return rootDirs.some((root) => {
      const cut = root.endsWith(path.sep) ? root.length : root.length + 1;
      if (abs.length <= cut || !abs.startsWith(root) || (root.length < cut && abs[root.length] !== path.sep)) return false;
      const parts = abs.slice(cut).split(path.sep);
      for (let i = 0; i < parts.length - 1; i++) if (DEFAULT_EXCLUDED_DIRS.has(parts[i]!)) return false;
      return true;
    });
  };
  const specs = rootDirs.map((abs) => path.relative(cwd, abs) || ".");
  // Pathspecs are the user's folder names, never globs or magic.
  const base = ["--literal-pathspecs", "-c", "core.quotePath=false"];
  const listing = git(cwd, [...base, "ls-files", "-z", "-t", "-s", "-c", "-o", "-d", "--exclude-standard", "--", ...specs]);
  // Tracked files that an ignore rule covers: the walker never lists them, so neither does this path.
  const ignoredTracked = git(cwd, [...base, "ls-files", "-z", "-c", "-i", "--exclude-standard", "--", ...specs]);
  const grep = git(cwd, [...base, "-c", "grep.fullName=false", "grep", "-l", "-z", "--untracked", "--no-color", "-F", "-f", "-", "--", ...specs], PATTERNS, onCandidate && ((name) => {
    // Warm up only for files the scan keeps (git grep also reads default excluded folders like build/).
    const abs = path.resolve(cwd, name);
    if (accepted(abs)) onCandidate(abs);
  }));

  const [listed, ignored] = await Promise.all([listing, ignoredTracked]);
  if (!listed.ok || listed.code !== 0 || !ignored.ok || ignored.code !== 0) {
    await grep;
    return null;
  }
  const skip = new Set(names(ignored.stdout));
  const files = new Set<string>();
  const untracked: string[] = [];
  for (const entry of names(listed.stdout)) {
    const tag = entry[0];
    const rest = entry.slice(2);
    if (tag === "?") {
      // A folder git does not descend into (a nested repository): the walker would, so walk instead.
      if (rest.endsWith("/")) return null;
      untracked.push(rest);
      continue;
    }
    const tab = rest.indexOf("\t");
    const name = rest.slice(tab + 1);
    const mode = rest.slice(0, rest.indexOf(" "));
    if (tag === "R") skip.add(name); // deleted from the work tree
    else if (mode === "160000") return null; // a submodule: its files are not in this index
    else if (tag === "S" || mode === "120000") continue; // not checked out (sparse), or a symlink
    else files.add(name);
  }
  for (const name of skip) files.delete(name);

  const targets: ScanTarget[] = [];
  const keep = (name: string): void => {
    const abs = path.resolve(cwd, name);
    if (accepted(abs)) targets.push({ abs, rel: toRel(cwd, abs) });
  };
  for (const name of files) keep(name);
  // Untracked entries may be symlinks, which the walker never reads; git does not say which. One
  // listing per folder tells (dirent types), where an lstat per file cost ~15 µs each.
  const byFolder = new Map<string, string[]>();
  for (const name of untracked) {
    if (files.has(name)) continue;
    const abs = path.resolve(cwd, name);
    if (!accepted(abs)) continue;
    const dir = path.dirname(abs);
    const list = byFolder.get(dir);
    if (list) list.push(abs);
    else byFolder.set(dir, [abs]);
  }
  for (const [dir, list] of byFolder) {
    let regular: Set<string>;
    try {
      regular = new Set(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name));
    } catch {
      continue; // vanished since git listed it
    }
    for (const abs of list) if (regular.has(path.basename(abs))) targets.push({ abs, rel: toRel(cwd, abs) });
  }
  targets.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  // Exit 1 is "no match"; anything else but 0, or any message (an unreadable file), means the list may be short.
  const found = await grep;
  if (!found.ok || (found.code !== 0 && found.code !== 1)) return null;
  const known = new Set(targets.map((t) => t.abs));
  const candidates = new Set<string>();
  for (const name of names(found.stdout)) {
    const abs = path.resolve(cwd, name);
    if (known.has(abs)) candidates.add(abs);
  }
  return { targets, candidates };
}

const BATCH = 1024;

/**
 * Pre-filter replies for git-discovered targets, in the shape `prefilter()` yields: files git grep did
 * not name are no match; the ones it named are probed, so they get exactly the probe's status.
 */
export async function* probeCandidates(targets: readonly ScanTarget[], candidates: ReadonlySet<string>): AsyncGenerator<BatchReply> {
  const probe = new FileProbe();
  for (let from = 0, id = 0; from < targets.length; from += BATCH, id++) {
    const end = Math.min(from + BATCH, targets.length);
    const status = new Uint8Array(end - from);
    const errors: [number, string][] = [];
    for (let i = from; i < end; i++) {
      const abs = targets[i]!.abs;
      if (!candidates.has(abs)) continue;
      const s = probe.probe(abs);
      status[i - from] = s;
      if (s === UNREADABLE) errors.push([i - from, probe.lastError]);
    }
    yield { id, status, errors };
  }
}
