// Runs the real engine on in-memory text, the way the CLI would on a file with that path.
import { buildMapping } from "../../src/cli/options.js";
import { processFile, type FileOutcome } from "../../src/check/engine.js";
import { loadRules } from "../../src/check/rule-list.js";
import { applyEdits } from "../../src/fix/edits.js";
import type { Finding } from "../../src/types.js";

export interface CheckOptions {
  readonly thinking?: "explicit" | "off";
  readonly to?: string;
  readonly map?: readonly string[];
  readonly includeRecorded?: boolean;
}

export interface CheckResult {
  readonly outcome: FileOutcome;
  readonly findings: readonly Finding[];
  /** The file after `apply` (equal to the input when nothing is rewritten). */
  readonly output: string;
}

/** Checks `text` as if it were the file at `path` (POSIX, relative). */
export async function checkText(path: string, text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const outcome = await processFile(path, `/virtual/${path}`, loadRules, {
    mapping: buildMapping(options.to, options.map ?? []),
    thinking: options.thinking ?? "explicit",
    maxFileSize: 64 * 1024 * 1024,
    includeRecorded: options.includeRecorded ?? false,
  }, Buffer.from(text, "utf8"));
  const edits = outcome.findings.flatMap((f) => f.edits);
  const output = outcome.skipped ? text : applyEdits(text, edits).text;
  return { outcome, findings: outcome.findings, output };
}

/** A compact, readable form of findings for table assertions: "line:col action legacy reason". */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.action} ${f.legacy} ${f.reason}`);
}
