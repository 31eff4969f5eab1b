import type { LegacyId } from "./catalog.js";
import type { Advisory, Finding, Skipped } from "./types.js";
/** A finding as the JSON report carries it: its place, the names, the action and the prose. */
export type ReportFinding = Pick<Finding, "file" | "line" | "column" | "endLine" | "endColumn" | "legacy" | "replacement" | "action" | "rule" | "message" | "reason" | "thinking" | "thinkingState" | "note">;
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
/** The whole JSON report: exactly one document per run. */
export interface Report {
    readonly version: 1;
    readonly tool: {
        readonly name: "deepseek-migrate";
        readonly retiredAt: string;
    };
    readonly command: "check" | "diff" | "apply";
    readonly findings: readonly ReportFinding[];
    readonly advisories: readonly Advisory[];
    readonly skipped: readonly Skipped[];
    readonly summary: ReportSummary;
}
