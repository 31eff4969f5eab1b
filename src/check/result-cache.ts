// Per-file results kept between runs, as ESLint's and Prettier's `--cache` and Ruff's cache do: a
// repeat run over an unchanged candidate reads the file, hashes it and takes the stored outcome
// instead of parsing it. The unit is the whole per-file outcome (`FileOutcome`), serialised as JSON
// of the whole object, so fields added to it later are cached without a change here. Two fields are
// not stored, because they hold the file's text in clear (the text itself and its secret values):
// `edit` and `secrets`. Both follow from the file's bytes, which a hit has just read, and from the
// stored findings, so they are rebuilt on a hit (TEXT_FIELDS). A new field that holds file text
// verbatim must be added there.
//
// An entry is found by a SHA-256 of: the tool (its version and a hash of the shipped code that makes
// results: rules, engine), every engine option (mapping, thinking, size limit, recorded responses,
// validation), the config the run was given, the file's path and its content hash. Anything else a
// result depends on is part of those. The store is one file, written atomically (temporary file, then
// rename) and prefixed with a SHA-256 of its body: a missing, foreign, old or damaged store is
// ignored and rebuilt, never trusted.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decode } from "../discover/encoding.js";
import { applyEdits } from "../fix/edits.js";
import type { EngineOptions, FileOutcome } from "./engine.js";
import { findSecrets } from "./secrets.js";

/** Where the CLI keeps the store by default, relative to the folder it runs in. */
export const DEFAULT_CACHE_DIR = path.join("node_modules", ".cache", "deepseek-migrate");
const STORE = "results.json";
/** The store's own layout; a store of another layout is ignored. */
const FORMAT = 1;
/** Entries kept across runs (this run's first, then the most recent older ones). */
const MAX_ENTRIES = 50_000;

/** Outcome fields that hold the file's text; rebuilt from the file's bytes on a hit, never stored. */
const TEXT_FIELDS = ["edit", "secrets"] as const;

interface Rebuild {
  /** The outcome had an `edit`: rebuild it from the text and the findings' edits. */
  readonly edit: boolean;
  /** The outcome had a secret set: find it again in the text. */
  readonly secrets: boolean;
}
type Stored = Record<string, unknown> & { readonly $rebuild: Rebuild };

/**
 * Identifies the code that makes results: the package version and a SHA-256 of the core bundle (the
 * rules and the engine), since development builds keep one version. null when running from sources,
 * where no bundle exists: then nothing is cached. DEEPSEEK_MIGRATE_CACHE_TOOL_ID replaces it; it is
 * read only by the tests, to stand for another build of the tool.
 */
function toolId(): string | null {
  const seam = process.env["DEEPSEEK_MIGRATE_CACHE_TOOL_ID"];
  if (seam) return seam;
  const bundle = fileURLToPath(new URL("../core.cjs", import.meta.url));
  if (!existsSync(bundle)) return null;
  const { version } = createRequire(import.meta.url)("deepseek-migrate/package.json") as { version: string };
  return `${version}+${createHash("sha256").update(readFileSync(bundle)).digest("hex")}`;
}

export interface CacheSettings {
  /** The store's folder. */
  readonly location: string;
  /** The config the run was given (any JSON value; null for none): part of every key. */
  readonly config: unknown;
}

export class ResultCache {
  private readonly old: Map<string, Stored>;
  private readonly fresh = new Map<string, Stored>();
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string,
    private readonly runKey: string,
    old: Map<string, Stored>,
  ) {
    this.old = old;
  }

  /** Opens the store for a run with these engine options; null when results cannot be identified (no bundle). */
  static open(settings: CacheSettings, engine: EngineOptions): ResultCache | null {
    const tool = toolId();
    if (tool === null) return null;
    const e = { mapping: engine.mapping, thinking: engine.thinking, maxFileSize: engine.maxFileSize, includeRecorded: engine.includeRecorded ?? false, validate: engine.validate ?? true };
    const runKey = sha256(JSON.stringify({ format: FORMAT, tool, engine: e, config: settings.config ?? null }));
    const file = path.join(settings.location, STORE);
    return new ResultCache(file, runKey, readStore(file));
  }

  /** The file's content hash, to look it up and store it under. */
  hash(bytes: Buffer): string {
    return createHash("sha256").update(bytes).digest("hex");
  }

  private key(rel: string, contentHash: string): string {
    return sha256(`${this.runKey}\0${rel}\0${contentHash}`);
  }

  /** The stored outcome of this exact file, rebuilt for `abs`, or null. */
  get(rel: string, abs: string, contentHash: string, bytes: Buffer): FileOutcome | null {
    const k = this.key(rel, contentHash);
    const stored = this.fresh.get(k) ?? this.old.get(k);
    const outcome = stored ? rebuild(stored, rel, abs, bytes) : null;
    if (!outcome) {
      this.misses++;
      return null;
    }
    this.hits++;
    if (!this.fresh.has(k)) this.fresh.set(k, stored!);
    return outcome;
  }

  set(rel: string, contentHash: string, outcome: FileOutcome): void {
    const stored: Record<string, unknown> = { ...outcome, $rebuild: { edit: outcome.edit !== undefined, secrets: outcome.secrets !== undefined } };
    for (const f of TEXT_FIELDS) delete stored[f];
    delete stored["absPath"];
    this.fresh.set(this.key(rel, contentHash), stored as Stored);
    this.changed = true;
  }

  /** Writes the store when this run added to it; a failure to write leaves the old store in place and is not an error. */
  save(): void {
    if (!this.changed) return;
    const entries: [string, Stored][] = [...this.fresh];
    for (const [k, v] of this.old) {
      if (entries.length >= MAX_ENTRIES) break;
      if (!this.fresh.has(k)) entries.push([k, v]);
    }
    const body = JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) });
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      // Ignored by git (the file ignores itself too), so a cache in a work tree never shows as a change.
      if (!existsSync(path.join(dir, ".gitignore"))) writeFileSync(path.join(dir, ".gitignore"), "*\n");
      writeFileSync(tmp, `${sha256(body)}\n${body}`);
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** The entries of a valid store, or none: a missing, unreadable, damaged or foreign store is not trusted. */
function readStore(file: string): Map<string, Stored> {
  try {
    const raw = readFileSync(file, "utf8");
    const nl = raw.indexOf("\n");
    const body = raw.slice(nl + 1);
    if (nl !== 64 || raw.slice(0, 64) !== sha256(body)) return new Map();
    const doc = JSON.parse(body) as { format?: unknown; entries?: unknown };
    if (doc.format !== FORMAT || typeof doc.entries !== "object" || doc.entries === null) return new Map();
    return new Map(Object.entries(doc.entries as Record<string, Stored>));
  } catch {
    return new Map();
  }
}

/** The outcome a stored entry stands for, with its text fields rebuilt from `bytes`; null if the entry is malformed. */
function rebuild(stored: Stored, rel: string, abs: string, bytes: Buffer): FileOutcome | null {
  const { $rebuild, ...rest } = stored;
  if (typeof $rebuild !== "object" || $rebuild === null || !Array.isArray(rest["findings"]) || !Array.isArray(rest["advisories"])) return null;
  const outcome: Record<string, unknown> = { ...rest, file: rel, absPath: abs };
  if (!$rebuild.edit && !$rebuild.secrets) return outcome as unknown as FileOutcome;
  const decoded = decode(bytes);
  if (!decoded) return null;
  if ($rebuild.secrets) outcome["secrets"] = findSecrets(rel, decoded.text);
  if ($rebuild.edit) {
    const edits = (rest["findings"] as FileOutcome["findings"]).flatMap((f) => f.edits);
    outcome["edit"] = { before: decoded.text, after: applyEdits(decoded.text, edits).text, encoding: decoded.encoding };
  }
  return outcome as unknown as FileOutcome;
}
