// The library: what `import("deepseek-migrate")` gives. Three entry points: `scan` (a tree, as
// `check --format json` reports it), `migrateText` (one text, its findings and its migrated form) and
// `catalog` (the retirement's facts). Importing this module changes nothing in the process: no
// signal or exit handler, no V8 flag, no output; the work starts when a function is called.
import { createRequire } from "node:module";
import path from "node:path";
import {
  ANNOUNCED_AT,
  CURRENT_IDS,
  LEGACY,
  PRESETS,
  RETIRED_AT,
  SOURCES,
  type LegacyEntry,
  type LegacyId,
} from "./catalog.js";
import { configMapping, configSelection, resolveConfig } from "./cli/config.js";
import { buildMapping, DEFAULT_MAX_FILE_SIZE, parseChoice } from "./cli/options.js";
import type { Report, ReportAdvisory, ReportFinding } from "./report.js";
import { advisoryJson, findingJson, jsonReport } from "./reporters/json.js";
import { loadRules } from "./check/rule-list.js";
import { run } from "./run.js";
import type { FileProblem, SkipReason } from "./types.js";
import type { FileOutcome } from "./check/engine.js";

export type { Report, ReportAdvisory as Advisory, ReportFinding, ReportLeftOut, ReportSummary } from "./report.js";
export type { Action, AdvisoryCode, FileProblem, Reason, SkipReason, ThinkingState } from "./types.js";
/** @deprecated The former name of `FileProblem` (an entry of the report's `skipped` list). */
export type Skipped = FileProblem;
export type { LegacyEntry, LegacyId, ThinkingMode } from "./catalog.js";

/** This package's version (package.json), found through the package's own name: from the sources and from the bundle alike. */
export const version: string = (createRequire(import.meta.url)("deepseek-migrate/package.json") as { version: string }).version;

/** How retired names are rewritten; each setting is the CLI option of the same name. */
export interface MigrationSettings {
  /** Target preset (`--to`): `v4` (the default), `pro` or `latest`. */
  readonly to?: "v4" | "pro" | "latest";
  /** Per-name targets (`--map legacy=target`), applied over the preset. */
  readonly map?: Readonly<Partial<Record<LegacyId, string>>>;
  /** `explicit` (the default) adds the thinking setting the old name implied; `off` renames only (`--thinking`). */
  readonly thinking?: "explicit" | "off";
  /** Report legacy names inside recorded API responses, as review (`--include-recorded`). */
  readonly includeRecorded?: boolean;
}

export interface ScanOptions extends MigrationSettings {
  /** The folder paths are relative to and the config file is searched from (default: `process.cwd()`). */
  readonly cwd?: string;
  /** Files or folders to scan (default: `["."]`). */
  readonly paths?: readonly string[];
  /** A config file to read (`--config FILE`), `false` to ignore config files (`--no-config`); unset: search as the CLI does. */
  readonly config?: string | false;
  /** Scan only files that differ from this git ref, plus untracked files (`--changed REF`). */
  readonly changed?: string;
  /** Skip files larger than this many bytes (`--max-file-size`; default 4 MiB). */
  readonly maxFileSize?: number;
  /** `false` lists and searches files in Node even inside a git work tree (`--no-git-scan`). */
  readonly gitScan?: boolean;
  /**
   * A folder (relative to `cwd`) to keep each candidate's result in between scans, as the CLI does by
   * default (`--cache-location`); unset, the library keeps no results.
   */
  readonly cacheLocation?: string;
}

/**
 * Scans a tree and returns the report `deepseek-migrate check --format json` prints for the same
 * settings, as an object. Reads files, writes none. Rejects with the CLI's one-line message for a
 * bad setting, a missing path or an unusable config file.
 */
export async function scan(options: ScanOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(cwd, options.config);
  const thinking = parseChoice("thinking", options.thinking ?? config?.thinking ?? "explicit", ["explicit", "off"] as const);
  const mapping = configMapping(config, options.to, mapStrings(options.map));
  const maxFileSize = options.maxFileSize ?? config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const only = options.changed === undefined ? undefined : await (await import("./discover/git.js")).changedFiles(cwd, options.changed);
  const result = await run({
    command: "check",
    cwd,
    paths: options.paths && options.paths.length > 0 ? options.paths : ["."],
    mapping,
    thinking,
    maxFileSize,
    ...configSelection(config),
    ...(only ? { only } : {}),
    patches: false,
    validate: false,
    includeRecorded: options.includeRecorded ?? config?.includeRecorded ?? false,
    gitScan: options.gitScan !== false,
    ...(options.cacheLocation === undefined ? {} : { cache: { location: path.resolve(cwd, options.cacheLocation), config: config ?? null } }),
  });
  return jsonReport(result);
}

/** What `migrateText` found in one text. */
export interface TextMigration {
  /** The migrated text; the input itself when nothing is rewritten. */
  readonly text: string;
  /** Whether `text` differs from the input. */
  readonly changed: boolean;
  readonly findings: readonly ReportFinding[];
  readonly advisories: readonly ReportAdvisory[];
  /** Set when the text could not be migrated (e.g. `parse-error`: the edit would break its syntax); `text` is then the input. */
  readonly skipped: { readonly reason: SkipReason; readonly detail: string } | null;
}

/**
 * Checks and migrates one text as the file `path` (its name picks the rules: `app.py` is read as
 * Python). Reads and writes no file. Findings and advisories are those the JSON report gives for a
 * file with this content at this path, secrets redacted as there; `text` is the full migrated text.
 */
export async function migrateText(path: string, text: string, settings: MigrationSettings = {}): Promise<TextMigration> {
  if (typeof path !== "string" || path === "") throw new TypeError("migrateText: path must be a non-empty string");
  if (typeof text !== "string") throw new TypeError("migrateText: text must be a string");
  const file = path.split("\\").join("/");
  const thinking = parseChoice("thinking", settings.thinking ?? "explicit", ["explicit", "off"] as const);
  const mapping = buildMapping(settings.to, mapStrings(settings.map));
  // The engine reads bytes. UTF-16 carries every string exactly (a lone surrogate too, which UTF-8
  // would replace), and its byte order mark is the one the engine strips; a BOM of the text's own
  // is set aside as the engine sets aside a UTF-8 file's.
  const bom = text.startsWith("\uFEFF");
  const body = bom ? text.slice(1) : text;
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]);
  const { processFile } = await import("./check/engine.js");
  const { projectPass } = await import("./check/project.js");
  // One text is a project of one file: the project checks see only its own facts.
  const [outcome] = projectPass([await processFile(file, file, loadRules, { mapping, thinking, maxFileSize: Number.POSITIVE_INFINITY, includeRecorded: settings.includeRecorded ?? false, validate: true }, bytes)]) as [FileOutcome];
  const after = outcome.edit && !outcome.skipped ? `${bom ? "\uFEFF" : ""}${outcome.edit.after}` : text;
  return {
    text: after,
    changed: after !== text,
    // The engine redacts what it copies from the text (message and skip details), as for the report.
    findings: outcome.findings.map(findingJson),
    advisories: outcome.advisories.map(advisoryJson),
    skipped: outcome.skipped ? { reason: outcome.skipped.reason, detail: outcome.skipped.detail } : null,
  };
}

/** The facts of the retirement the tool works from. */
export interface Catalog {
  /** When the retired names stopped working (ISO 8601, UTC). */
  readonly retiredAt: string;
  /** When the retirement was announced (ISO date). */
  readonly announcedAt: string;
  /** The retired names: each with the thinking mode it implied and its default target. */
  readonly legacy: readonly LegacyEntry[];
  /** Model IDs the API accepts today. */
  readonly currentIds: readonly string[];
  /** The `--to` presets: a target per retired name. */
  readonly presets: Readonly<Record<string, Readonly<Record<LegacyId, string>>>>;
  /** Where these facts come from. */
  readonly sources: readonly string[];
}

/** The retirement's facts, frozen (a copy: changing it could not change what the tool does). */
export const catalog: Catalog = deepFreeze(
  structuredClone({ retiredAt: RETIRED_AT, announcedAt: ANNOUNCED_AT, legacy: LEGACY, currentIds: CURRENT_IDS, presets: PRESETS, sources: SOURCES }),
);

function mapStrings(map: MigrationSettings["map"]): string[] {
  return Object.entries(map ?? {}).map(([legacy, target]) => `${legacy}=${target}`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
