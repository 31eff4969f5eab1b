// Runs the real engine on in-memory text, the way the CLI would on a file with that path.
import { buildMapping } from "../../src/options.js";
import { processFile, type FileOutcome } from "../../src/engine.js";
import { loadRules } from "../../src/rules.js";
import { applyEdits } from "../../src/edits.js";
import { expect, it } from "vitest";
import type { Finding, Rule } from "../../src/types.js";

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

/** A valid row: a file path and text that must produce no finding and stay unchanged. */
export type ValidRow = readonly [path: string, text: string];
/** An invalid row: path, text, the exact findings (`brief()` form) and the text after `apply`. */
export type InvalidRow = readonly [path: string, text: string, findings: readonly string[], output: string];

/**
 * Registers a rule's table tests (call inside `describe`): valid rows report nothing and stay
 * unchanged; invalid rows give exactly their findings and output, and the output still parses with
 * the rule's own parser. `also` runs extra checks on each migrated output.
 */
export function ruleTable(
  rule: Rule,
  valid: readonly ValidRow[],
  invalid: readonly InvalidRow[],
  also?: (path: string, output: string) => void | Promise<void>,
): void {
  it.each(valid)("reports nothing in %s: %s", async (path, text) => {
    const r = await checkText(path, text);
    expect(brief(r.findings)).toEqual([]);
    expect(r.output).toBe(text);
  });
  it.each(invalid)("%s: %s", async (path, text, findings, output) => {
    const r = await checkText(path, text);
    expect(brief(r.findings)).toEqual(findings);
    expect(r.output).toBe(output);
    if (rule.validate) expect(await rule.validate(r.output, path)).toBeNull();
    await also?.(path, r.output);
  });
}
