import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { LegacyId, Mapping } from "./catalog.js";
import { LEGACY_IDS } from "./catalog.js";
import type { FileOutcome } from "./check/engine.js";
import { projectPass } from "./check/project.js";
import type { PatchBlocker } from "./fix/patch.js";
import { CANDIDATE, NO_MATCH, prefilterStream } from "./discover/prefilter.js";
import { FileProbe, UNREADABLE } from "./discover/probe.js";
import { CheckWorker, checkThreads } from "./check/ts-thread.js";
import { endOfRun } from "./check/run-end.js";
import { TS_JS_SOURCE } from "../rules/languages/ts-js.js";
import { loadRules } from "./check/rule-list.js";
import { openScan, toRel, type LeftOutReason, type ScanTarget } from "./discover/walk.js";
import { decodeName, fsPath, shownName } from "./discover/names.js";
import { NO_SECRETS } from "./check/secrets.js";
import { readRegularFile, writeAtomic, WriteConflict } from "./fix/write.js";
import type { CacheSettings, ResultCache } from "./check/result-cache.js";
import { lineStarts, position } from "./check/tokens.js";
import type { ReportLeftOut, ReportSummary } from "./report.js";
import type { Advisory, Edit, FileProblem, Finding } from "./types.js";

export type Command = "check" | "diff" | "apply";

export interface RunOptions {
  readonly command: Command;
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly mapping: Mapping;
  readonly thinking: "explicit" | "off";
  readonly maxFileSize: number;
  /** Report legacy names inside recorded API responses (as review) instead of leaving them out. */
  readonly includeRecorded?: boolean;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Folder the include/exclude patterns are relative to (the config file's folder); defaults to cwd. */
  readonly patternBase?: string;
  /** Compute patches for `check` too, for reports that show the planned changes (Markdown). */
  readonly patches?: boolean;
  /** Re-parse migrated text before offering it as a patch, fix or write (default true; see EngineOptions). */
  readonly validate?: boolean;
  /** When set, only these absolute paths are scanned (after the usual filtering). */
  readonly only?: ReadonlySet<string>;
  /** Discover files and candidates with git inside a git work tree (default true); false always walks. */
  readonly gitScan?: boolean;
  /** Reuse per-file results of earlier runs kept there (src/check/result-cache.ts); unset: no cache. */
  readonly cache?: CacheSettings;
  /** Called after each file, for progress displays; `total` is null while the walk is still listing files. */
  readonly onProgress?: (done: number, total: number | null, findings: number) => void;
  /** Stops scheduling new files (in-flight writes finish) when it returns true. */
  readonly shouldStop?: () => boolean;
  /** Awaited after each file is reported (the CLI's test pause uses it to stop at a known point). */
  readonly afterFile?: () => Promise<void> | undefined;
}

export interface FileReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly advisories: readonly Advisory[];
  /** Unified diff of the planned rewrite (diff), or of what was written (apply). */
  readonly patch: string | null;
  readonly written: boolean;
  /** False when the printed patch cannot give `git apply` the file's bytes; `patchBlocker` says why. */
  readonly patchApplicable?: boolean;
  readonly patchBlocker?: PatchBlocker;
  /**
   * Line/column placement of every edit the file's rewrite makes, keyed by `editKey`; present only
   * when the file would change, so formats that carry fixes (SARIF) offer only fixes that apply.
   */
  readonly editRegions?: Readonly<Record<string, EditRegion>>;
}

/** An edit's place in its file: 1-based lines, 1-based UTF-16 columns, end exclusive. */
export interface EditRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The key of an edit in `FileReport.editRegions`. */
export function editKey(edit: Edit): string {
  return `${edit.start}:${edit.end}`;
}

/** The run's counts and the files a folder scan leaves out: the JSON report's own shapes (src/report.ts). */
export type Summary = ReportSummary;
export type LeftOut = ReportLeftOut;

export interface RunResult {
  readonly command: Command;
  readonly files: readonly FileReport[];
  readonly skipped: readonly FileProblem[];
  /** Files named on the command line that were left out (history and lock files, excluded folders, ignored files, config). */
  readonly leftOut?: readonly LeftOut[];
  readonly summary: Summary;
  readonly interrupted: boolean;
  /** Git scanning was on but git gave no complete answer, so the walker listed the files. */
  readonly gitFallback?: boolean;
  /** Candidates whose stored result was reused, and those checked, when a cache was used. */
  readonly cacheStats?: { readonly reused: number; readonly checked: number };
}

const CONCURRENCY = 32;

// The engine (with the context classifier and its JSON parser) and the diff library load on the
// first file that needs them: a scan with no candidate never does, which keeps it fast to start.
let engineModule: Promise<typeof import("./check/engine.js")> | null = null;
const loadEngine = (): Promise<typeof import("./check/engine.js")> => (engineModule ??= import("./check/engine.js"));

// Parsers take a second of CPU to load (the TypeScript compiler most of it): start loading the
// engine and the parser a candidate needs as soon as discovery names it, so loading overlaps the
// rest of the search instead of following it. Each rule warms up once.
const warmed = new Set<string>();
function warmUp(abs: string, pooled: boolean): void {
  if (pooled) return; // the pool checks every file: the main thread loads no parser
  void loadEngine().catch(() => undefined);
  void loadRules()
    .then((rules) => {
      const rule = rules.find((r) => r.appliesTo(abs));
      if (!rule || warmed.has(rule.id)) return;
      warmed.add(rule.id);
      return rule.warmUp?.();
    })
    .catch(() => undefined); // a load failure surfaces where the file is processed
}

type WriteResult = { readonly ok: true } | { readonly ok: false; readonly error: unknown };
interface Processed {
  readonly outcome: FileOutcome;
  /** Set when apply tried to write the file. */
  readonly write: WriteResult | null;
}


/** How many files named by git grep may be checked ahead of the ordered stage; the rest wait their turn. */
const EARLY_LIMIT = 256;

/** Scans, checks and (for diff/apply) rewrites; returns what reporters need, in path order. */
export async function run(options: RunOptions): Promise<RunResult> {
  const folderSkips: FileProblem[] = [];
  const leftOut: LeftOut[] = [];
  const scanOptions = {
    cwd: options.cwd,
    include: options.include,
    exclude: options.exclude,
    patternBase: options.patternBase,
    onSkip: (abs: string, detail: string) => folderSkips.push({ file: shownName(toRel(options.cwd, abs)), reason: "unreadable", detail }),
    onLeftOut: (t: ScanTarget, reason: LeftOutReason) => leftOut.push({ file: shownName(t.rel), reason }),
  };
  const engineOptions = { mapping: options.mapping, thinking: options.thinking, maxFileSize: options.maxFileSize, includeRecorded: options.includeRecorded ?? false, validate: options.validate ?? true };

  // With two or more threads to spare (three cores and up), every candidate goes to the pool
  // (src/check/ts-thread.ts). With fewer, the main thread checks them all: on two cores a thread for
  // TS/JS files alone did not pay (`npm run bench -- --switches check-thread`, docs/performance.md).
  const threads = checkThreads();
  const pooled = CheckWorker.available() && threads > 1;
  let worker: Promise<CheckWorker | null> | null = null;
  // Opened with the first candidate (node:crypto and the store load then): a scan without one never reads it.
  let cacheOpened: Promise<ResultCache | null> | null = null;
  let cache: ResultCache | null = null;
  const openCache = (settings: CacheSettings): Promise<ResultCache | null> =>
    (cacheOpened ??= import("./check/result-cache.js").then((m) => (cache = m.ResultCache.open(settings, engineOptions))));
  // Checking a file only reads it; writing waits for the ordered stage below. With a cache, the
  // candidate is read here once: its hash finds a stored outcome, or its bytes go to the check.
  const examine = async (t: ScanTarget, probed: boolean): Promise<FileOutcome> => {
    if (!probed) {
      const status = (probe ??= new FileProbe()).probe(t.abs);
      if (status === NO_MATCH) return { file: t.rel, absPath: t.abs, findings: [], advisories: [] };
      if (status === UNREADABLE) return unreadable(t, probe.lastError);
    }
    const cache = options.cache ? await openCache(options.cache) : null;
    if (!cache) return check(t);
    let bytes: Buffer | undefined;
    try {
      const read = await readRegularFile(t.abs, options.maxFileSize);
      if (typeof read !== "number") bytes = read;
    } catch {
      /* the check reports it */
    }
    if (!bytes) {
      cache.misses++;
      return check(t);
    }
    const hash = cache.hash(bytes);
    const stored = cache.get(t.rel, t.abs, hash, bytes);
    if (stored) return stored;
    const outcome = await check(t, bytes);
    cache.set(t.rel, hash, outcome);
    return outcome;
  };
  // A file to check (not one whose result the cache holds) starts the threads and parsers it needs.
  const check = async (t: ScanTarget, bytes?: Buffer): Promise<FileOutcome> => {
    warmUp(t.abs, pooled);
    startWorker();
    if (pooled) {
      const w = await (worker ??= CheckWorker.start(engineOptions, threads).catch(() => null));
      if (w) {
        try {
          return await w.check(t.rel, t.abs, bytes);
        } catch {
          /* the thread failed: check the file here */
        }
      }
    }
    const { processFile } = await loadEngine();
    return processFile(t.rel, t.abs, loadRules, engineOptions, bytes);
  };
  let probe: FileProbe | null = null;
  // Files git grep names are checked while git still searches the rest of the tree (and parsers load
  // meanwhile), up to EARLY_LIMIT of them, so a large result never piles up in memory.
  const early = new Map<string, Promise<FileOutcome>>();
  // git grep names files in index order, so the first TS/JS candidate may come last. The thread
  // starts with the first candidate of any kind (a scan with none never starts it), and loads the
  // compiler once the listing has shown a TS/JS file or one is sent to it: a tree without TS/JS
  // files pays for a bare thread only.
  let sourcesListed = false;
  const startWorker = (): void => {
    if (!pooled) return;
    worker ??= CheckWorker.start(engineOptions, threads).catch(() => null);
    if (sourcesListed) void worker.then((w) => w?.warmUp());
  };
  const onFile = pooled
    ? (rel: string): void => {
        if (sourcesListed || !TS_JS_SOURCE.test(rel)) return;
        sourcesListed = true;
        if (worker) startWorker();
      }
    : undefined;
  const onCandidate = (t: ScanTarget): void => {
    if (early.size >= EARLY_LIMIT || (options.only && !options.only.has(t.abs))) return;
    // Without a cache every candidate is checked: threads and parsers start loading at once, while
    // the candidate is still being read (with a cold page cache that read waits behind git's).
    if (!options.cache) {
      warmUp(t.abs, pooled);
      startWorker();
    }
    const outcome = examine(t, false);
    outcome.catch(() => undefined); // awaited (and its failure surfaced) in the ordered stage
    early.set(t.abs, outcome);
  };

  // Inside a git work tree git counts the files and names the candidates (src/discover/gitscan.ts); elsewhere,
  // or when git cannot answer completely, the walker lists them and the byte probe reads them.
  const viaGit =
    options.gitScan === false ? null : await (await import("./discover/gitscan.js")).gitDiscover(options.paths, scanOptions, { onCandidate, onFile, only: options.only });
  let work: AsyncIterable<WorkBatch>;
  // The walker streams its files, so their number is known only once it has listed the last one.
  const listed = { count: 0, complete: false };
  const total = (): number | null => (viaGit ? viaGit.count : listed.complete ? listed.count : null);
  if (viaGit) {
    work = toAsync([{ targets: viaGit.candidates, status: null, errors: new Map() }]);
  } else {
    early.clear();
    // Roots are resolved here, so a missing one fails the run before any file is processed.
    const listing = openScan(options.paths, scanOptions);
    work = probeBatches(counted(options.only ? onlyThese(listing, options.only) : listing, listed));
  }
  const roots = options.command === "apply" ? await realRoots(options.cwd, options.paths) : [];
  const files: FileReport[] = [];
  // Files skipped while checking; folders the walker could not list arrive in folderSkips as it streams.
  const skipped: FileProblem[] = [];
  let findingsSoFar = 0;
  let done = 0;
  let interrupted = false;

  // Text the engine copied from a file (message details, skip details) arrives redacted; the patches
  // made here show the file's lines, so they pass through its secret set (src/fix/patch.ts).
  // Paths stay lossless internally (src/discover/names.ts); reports get them as `shownName` gives them.
  const handle = async (o: FileOutcome, write: WriteResult | null): Promise<void> => {
    const secrets = o.secrets ?? NO_SECRETS;
    const file = shownName(o.file);
    if (o.skipped) skipped.push({ file, reason: o.skipped.reason, detail: o.skipped.detail });
    if (o.findings.length === 0 && o.advisories.length === 0) return;
    let patch: string | null = null;
    let blocker: PatchBlocker | undefined;
    let written = false;
    let editRegions: Record<string, EditRegion> | undefined;
    // After apply the original offsets no longer describe the file, so no fixes are offered.
    if (o.edit && !o.skipped && options.command !== "apply") editRegions = placeEdits(o.edit.before, o.findings);
    if (o.edit && !o.skipped && (options.command !== "check" || options.patches)) {
      const { makeSafePatch } = await import("./fix/patch.js");
      const safe = makeSafePatch(o.file, o.edit.before, o.edit.after, secrets, o.edit.encoding);
      patch = safe.text;
      blocker = safe.blocker;
      if (write) {
        if (write.ok) written = true;
        else {
          const err = write.error;
          const conflict = err instanceof WriteConflict;
          const detail = conflict ? err.message : `write failed: ${writeErrorText(err)}`;
          skipped.push({ file, reason: conflict ? "changed-during-run" : "write-failed", detail });
          patch = null;
          blocker = undefined;
        }
      }
    }
    const shown = file === o.file ? null : file;
    files.push({
      file,
      findings: shown ? o.findings.map((f) => ({ ...f, file: shown })) : o.findings,
      advisories: shown ? o.advisories.map((a) => ({ ...a, file: shown })) : o.advisories,
      patch,
      written,
      ...(blocker ? { patchApplicable: false, patchBlocker: blocker } : {}),
      ...(editRegions ? { editRegions } : {}),
    });
  };

  // Writes wait for the project pass (src/check/project.ts), which may still turn a rewrite into a
  // review; they then run CONCURRENCY at a time: each is two fsyncs.
  const processAndWrite = async (t: ScanTarget, probed: boolean): Promise<Processed> => {
    const ahead = early.get(t.abs);
    early.delete(t.abs);
    return { outcome: await (ahead ?? examine(t, probed)), write: null };
  };
  const write = async (outcome: FileOutcome): Promise<WriteResult | null> => {
    if (options.command !== "apply" || !outcome.edit || outcome.skipped) return null;
    try {
      await writeAtomic(outcome.absPath, outcome.edit.after, outcome.edit.encoding, { roots });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const checked: FileOutcome[] = [];

  // Only the few files that may name a legacy model are read again, decoded and checked. Those are
  // processed concurrently but handled strictly in path order, so output is deterministic. `done`
  // counts scanned files: on the git path every file but the candidates is done once git is.
  const pending = viaGit ? viaGit.candidates.length : 0;
  const inflight: { readonly after: number; readonly outcome: Promise<Processed> }[] = [];
  const settle = async (): Promise<void> => {
    const head = inflight.shift()!;
    const { outcome } = await head.outcome;
    checked.push(outcome);
    findingsSoFar += outcome.findings.length;
    done = head.after;
    options.onProgress?.(done, total(), findingsSoFar);
    await options.afterFile?.();
  };
  const stop = (): boolean => (interrupted ||= options.shouldStop?.() ?? false);
  let base = viaGit ? viaGit.count - pending : 0;
  scanning: for await (const batch of work) {
    for (let j = 0; j < batch.targets.length; j++) {
      const status = batch.status ? batch.status[j] : CANDIDATE;
      if (status === NO_MATCH) continue;
      const t = batch.targets[j]!;
      const outcome: Promise<Processed> =
        status === CANDIDATE ? processAndWrite(t, batch.status !== null) : Promise.resolve({ outcome: unreadable(t, batch.errors.get(j) ?? "error"), write: null });
      inflight.push({ after: base + j + 1, outcome });
      while (inflight.length >= CONCURRENCY) {
        if (stop()) break scanning;
        await settle();
      }
    }
    base += batch.targets.length;
    if (stop()) break;
    if (inflight.length === 0) {
      done = base;
      options.onProgress?.(done, total(), findingsSoFar);
    }
  }
  while (inflight.length > 0 && !stop()) await settle();
  // Files already in flight may have been written: finish and report them rather than drop them.
  while (inflight.length > 0) await settle();
  // Early checks that were never used (candidates the verification dropped) may still be running.
  await Promise.allSettled(early.values());
  // (Assigned inside examine, which TypeScript's narrowing does not follow.)
  const started = worker as Promise<CheckWorker | null> | null;
  await (await started)?.close();
  if (!interrupted) done = viaGit ? viaGit.count : listed.count;
  const final = projectPass(checked);
  for (let i = 0; i < final.length; i += CONCURRENCY) {
    const batch = final.slice(i, i + CONCURRENCY);
    const writes = await Promise.all(batch.map(write));
    for (let j = 0; j < batch.length; j++) await handle(batch[j]!, writes[j]!);
  }
  const usedCache = cache as ResultCache | null; // (assigned in openCache, which narrowing does not follow)
  usedCache?.save();
  endOfRun();

  const allSkipped = [...folderSkips, ...skipped];
  const gitFallback = options.gitScan !== false && viaGit === null;
  return { command: options.command, files, skipped: allSkipped, leftOut, summary: summarize(files, allSkipped, done), interrupted, ...(gitFallback ? { gitFallback } : {}), ...(usedCache ? { cacheStats: { reused: usedCache.hits, checked: usedCache.misses } } : {}) };
}

/** Targets in path order with their probe status (null: not probed yet, every one a candidate). */
interface WorkBatch {
  readonly targets: readonly ScanTarget[];
  readonly status: Uint8Array | null;
  readonly errors: ReadonlyMap<number, string>;
}

async function* toAsync(batches: Iterable<WorkBatch>): AsyncGenerator<WorkBatch> {
  yield* batches;
}

/** The walker's stream through the byte pre-filter (worker threads on large scans), batch by batch. */
async function* probeBatches(targets: Iterable<ScanTarget>): AsyncGenerator<WorkBatch> {
  for await (const batch of prefilterStream(targets, (t) => t.abs)) {
    yield { targets: batch.items, status: batch.status, errors: new Map(batch.errors) };
  }
}

/** The `--changed` selection applied to the walker's stream. */
function* onlyThese(targets: Iterable<ScanTarget>, only: ReadonlySet<string>): Generator<ScanTarget> {
  for (const t of targets) if (only.has(t.abs)) yield t;
}

/** Passes `targets` through, counting them into `listed` and marking it complete at the end. */
function* counted(targets: Iterable<ScanTarget>, listed: { count: number; complete: boolean }): Generator<ScanTarget> {
  for (const t of targets) {
    listed.count++;
    yield t;
  }
  listed.complete = true;
}

function unreadable(t: ScanTarget, code: string): FileOutcome {
  return { file: t.rel, absPath: t.abs, findings: [], advisories: [], skipped: { reason: "unreadable", detail: `cannot read (${code})` } };
}

/** Real folders of the scanned roots (a file root contributes its folder): the only places apply writes. */
async function realRoots(cwd: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    try {
      const real = decodeName(await realpath(path.resolve(cwd, p), { encoding: "buffer" }));
      out.push((await stat(fsPath(real))).isDirectory() ? real : path.dirname(real));
    } catch {
      /* the scanner has already reported missing roots */
    }
  }
  return out;
}

function writeErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const msg = err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
  return code ? `${code}` : msg;
}

/** Line/column regions of every edit of `findings` in `text` (the file before the rewrite). */
export function placeEdits(text: string, findings: readonly Finding[]): Record<string, EditRegion> {
  const starts = lineStarts(text);
  const out: Record<string, EditRegion> = {};
  for (const e of findings.flatMap((f) => f.edits)) {
    const from = position(starts, e.start);
    const to = position(starts, e.end);
    out[editKey(e)] = { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }
  return out;
}

function summarize(files: readonly FileReport[], skipped: readonly FileProblem[], scanned: number): Summary {
  const byLegacy = Object.fromEntries(LEGACY_IDS.map((id) => [id, { rewrite: 0, review: 0 }])) as Record<
    LegacyId,
    { rewrite: number; review: number }
  >;
  let rewrite = 0;
  let review = 0;
  let advisories = 0;
  for (const f of files) {
    advisories += f.advisories.length;
    for (const x of f.findings) {
      byLegacy[x.legacy][x.action]++;
      if (x.action === "rewrite") rewrite++;
      else review++;
    }
  }
  return {
    filesScanned: scanned,
    filesWithFindings: files.filter((f) => f.findings.length > 0).length,
    filesChanged: files.filter((f) => f.patch !== null).length,
    rewrite,
    review,
    advisories,
    skipped: skipped.length,
    byLegacy,
  };
}
