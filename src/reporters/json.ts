import { RETIRED_AT } from "../catalog.js";
import { advisoryMessage, findingMessage } from "../check/codes.js";
import type { Report, ReportAdvisory, ReportFinding } from "../report.js";
import type { RunResult } from "../run.js";
import type { Advisory, Finding } from "../types.js";

/** The JSON form of a finding: the documented fields, plus reason, thinking and note. */
export function findingJson(f: Finding): ReportFinding {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    legacy: f.legacy,
    replacement: f.replacement,
    action: f.action,
    rule: f.rule,
    message: findingMessage(f),
    reason: f.reason,
    thinking: f.thinking,
    thinkingState: f.thinkingState,
    note: f.note,
  };
}

/** The JSON form of an advisory: its place, code and message. */
export function advisoryJson(a: Advisory): ReportAdvisory {
  return { rule: a.rule, file: a.file, line: a.line, column: a.column, code: a.code, message: advisoryMessage(a) };
}

/** The report as data: findings, advisories, skipped files, named files left out and the summary (the library's `scan` result). */
export function jsonReport(result: RunResult): Report {
  return {
    version: 1,
    tool: { name: "deepseek-migrate", retiredAt: RETIRED_AT },
    command: result.command,
    findings: result.files.flatMap((f) => f.findings.map(findingJson)),
    advisories: result.files.flatMap((f) => f.advisories.map(advisoryJson)),
    skipped: result.skipped.map((s) => ({ ...s })),
    leftOut: (result.leftOut ?? []).map((l) => ({ ...l })),
    summary: result.summary,
  };
}

/** Exactly one JSON document: findings, advisories, skipped files, named files left out and the summary. */
export function renderJson(result: RunResult): string {
  return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
}
