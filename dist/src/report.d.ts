import type { LegacyId } from "./catalog.js";
import type { Advisory, FileProblem, Finding } from "./types.js";
/** A finding as the JSON report carries it: its place, the names, the action and the prose. */
export type ReportFinding = Pick<Finding, "file" | "line" | "column" | "endLine" | "endColumn" | "legacy" | "replacement" | "action" | "rule"> & {
    readonly message: string;
} & Pick<Finding, "reason" | "thinking" | "thinkingState" | "note">;
/** An advisory as the JSON report carries it: its place, its code and the prose. */
export type ReportAdvisory = Pick<Advisory, "rule" | "file" | "line" | "column" | "code"> & {
    readonly message: string;
};
export interface ReportSummary {
    readonly filesScanned: number;
    readonly filesWithFindings: number;
    readonly filesChanged: number;
    readonly rewrite: number;
    readonly review: number;
    readonly advisories: number;
    readonly skipped: number;
    readonly byLegacy: Readonly<Record<LegacyId, {
        readonly rewrite: number;
        readonly review: number;
    }>>;
}
/** A file named on the command line that a scan of a folder holding it leaves out, so the run did too. */
export interface ReportLeftOut {
    readonly file: string;
    /** History file, lock file, below a default excluded folder, untracked and ignored, or the config's include/exclude. */
    readonly reason: "history-file" | "lock-file" | "excluded-folder" | "gitignored" | "config";
}
/** The whole JSON report: exactly one document per run. */
export interface Report {
    readonly version: 1;
    readonly tool: {
        readonly name: "deepseek-migrate";
        readonly retiredAt: string;
    };
    readonly command: "check" | "diff" | "apply";
    readonly findings: readonly ReportFinding[];
    readonly advisories: readonly ReportAdvisory[];
    readonly skipped: readonly FileProblem[];
    readonly leftOut: readonly ReportLeftOut[];
    readonly summary: ReportSummary;
}
