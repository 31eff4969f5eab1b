import { type LegacyEntry, type LegacyId } from "./catalog.js";
import type { Report, ReportAdvisory, ReportFinding } from "./report.js";
import type { FileProblem, SkipReason } from "./types.js";
export type { Report, ReportAdvisory as Advisory, ReportFinding, ReportLeftOut, ReportSummary } from "./report.js";
export type { Action, AdvisoryCode, FileProblem, Reason, SkipReason, ThinkingState } from "./types.js";
/** @deprecated The former name of `FileProblem` (an entry of the report's `skipped` list). */
export type Skipped = FileProblem;
export type { LegacyEntry, LegacyId, ThinkingMode } from "./catalog.js";
/** This package's version (package.json), found through the package's own name: from the sources and from the bundle alike. */
export declare const version: string;
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
export declare function scan(options?: ScanOptions): Promise<Report>;
/** What `migrateText` found in one text. */
export interface TextMigration {
    /** The migrated text; the input itself when nothing is rewritten. */
    readonly text: string;
    /** Whether `text` differs from the input. */
    readonly changed: boolean;
    readonly findings: readonly ReportFinding[];
    readonly advisories: readonly ReportAdvisory[];
    /** Set when the text could not be migrated (e.g. `parse-error`: the edit would break its syntax); `text` is then the input. */
    readonly skipped: {
        readonly reason: SkipReason;
        readonly detail: string;
    } | null;
}
/**
 * Checks and migrates one text as the file `path` (its name picks the rules: `app.py` is read as
 * Python). Reads and writes no file. Findings and advisories are those the JSON report gives for a
 * file with this content at this path, secrets redacted as there; `text` is the full migrated text.
 */
export declare function migrateText(path: string, text: string, settings?: MigrationSettings): Promise<TextMigration>;
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
export declare const catalog: Catalog;
