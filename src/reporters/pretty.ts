// Human output: one line per finding, starting with `file:line:col` (which terminals and editors turn
// into a link), its thinking note on its own line when it has one; then advisories, skipped files,
// the summary line and what to do next.
import { createRequire } from "node:module";
import { ADVISORY_CODES, REASON_CODES } from "../check/codes.js";
import { noteSnippet } from "../check/messages.js";
import type { FailOn } from "../cli/options.js";
import type { RunResult } from "../run.js";
import type { Finding } from "../types.js";
import { verdict } from "../cli/verdict.js";

// picocolors is CommonJS: require() avoids the CommonJS export scan of an ESM import.
const pc = createRequire(import.meta.url)("picocolors") as typeof import("picocolors");

type Colors = ReturnType<typeof pc.createColors>;

export interface PrettyOptions {
  readonly color: boolean;
  readonly quiet?: boolean;
  readonly failOn?: FailOn;
  /** Columns of the terminal the text goes to; lines are kept within it. Unset: not a terminal, nothing is cut. */
  readonly width?: number;
}

/** Cuts `text` to at most `room` columns, ending with `…` when cut. */
function cut(text: string, room: number): string {
  if (text.length <= room) return text;
  return room > 1 ? `${text.slice(0, room - 1)}…` : "";
}

/**
 * One finding: `file:line:col  tag  legacy → replacement  what it is`. On a terminal the last part
 * is shortened to fit the width; the location and the IDs are never cut.
 */
function findingLine(x: Finding, written: boolean, c: Colors, width?: number): string {
  const loc = `${x.file}:${x.line}:${x.column}`;
  const tag = x.action === "review" ? "review" : written ? "fixed" : "rewrite";
  const what = x.replacement ? `${x.legacy} → ${x.replacement}` : x.legacy;
  let tail =
    x.action === "review"
      ? REASON_CODES[x.reason].headline
      : x.thinkingState === "inserted"
        ? `adds thinking ${x.thinking}`
        : x.thinkingState === "present"
          ? "thinking already set"
          : "";
  const head = `${loc}  ${tag.padEnd(7)}  ${what}`;
  if (width !== undefined && tail) tail = cut(tail, width - head.length - 2);
  const colouredTag = (x.action === "review" ? c.yellow : written ? c.green : c.red)(tag.padEnd(7));
  const colouredWhat = x.replacement ? `${x.legacy} ${c.dim("→")} ${c.green(x.replacement)}` : x.legacy;
  return `${c.bold(loc)}  ${colouredTag}  ${colouredWhat}${tail ? `  ${c.dim(tail)}` : ""}`;
}

/** Width the note lines keep to when the output is not a terminal. */
const NOTE_WIDTH = 100;

/**
 * The thinking note of a rename, on its own line: what to send and the snippet that sends it; the
 * snippet moves to a second line when both do not fit (code is never cut).
 */
function noteLines(x: Finding, c: Colors, width = NOTE_WIDTH): string[] {
  const snippet = noteSnippet(x.note!, x.legacy);
  if (snippet === null) return [`  ${c.cyan("↳")} ${x.note!}`];
  const lead = `thinking ${x.thinking} where this value is used:`;
  if (`  ↳ ${lead} ${snippet}`.length <= width) return [`  ${c.cyan("↳")} ${lead} ${c.cyan(snippet)}`];
  return [`  ${c.cyan("↳")} ${lead}`, `    ${c.cyan(snippet)}`];
}

/** Findings in path order, then advisories, skipped files, the summary line and the next step. */
export function renderPretty(result: RunResult, options: PrettyOptions = { color: false }): string {
  const c: Colors = pc.createColors(options.color);
  const out: string[] = [];
  for (const f of result.files) {
    for (const x of f.findings) {
      out.push(findingLine(x, f.written, c, options.width));
      if (x.note && !options.quiet) out.push(...noteLines(x, c, options.width));
    }
  }
  if (out.length > 0) out.push("");
  const advisories = result.files.flatMap((f) => f.advisories);
  if (advisories.length > 0 && !options.quiet) {
    out.push(c.bold("Advisories (not failing):"));
    for (const a of advisories) {
      const loc = `${a.file}:${a.line}:${a.column}`;
      const headline = ADVISORY_CODES[a.code].headline;
      const text = options.width === undefined ? headline : cut(headline, options.width - loc.length - 2);
      out.push(`${c.bold(loc)}  ${text}`);
    }
    out.push("");
  }
  if (result.skipped.length > 0 && !options.quiet) {
    out.push(c.bold("Skipped:"));
    for (const s of result.skipped) out.push(`  ${s.file}  ${c.dim(s.reason)}  ${s.detail}`);
    out.push("");
  }
  const named = leftOutLine(result);
  if (named && !options.quiet) out.push(named);
  if (!options.quiet) {
    out.push(summaryLine(result, c, options.failOn));
    const next = nextStep(result, options.failOn);
    if (next) out.push(next);
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

const LEFT_OUT_WHY: Readonly<Record<string, string>> = {
  "history-file": "history file",
  "lock-file": "lock file",
  "excluded-folder": "excluded folder",
  gitignored: "ignored by .gitignore",
  config: "excluded by config",
};

/** Files named on the command line that a folder scan leaves out, and why, on one line (null when none). */
export function leftOutLine(result: RunResult): string | null {
  const list = result.leftOut ?? [];
  if (list.length === 0) return null;
  const shown = list.slice(0, 10).map((l) => `${l.file} (${LEFT_OUT_WHY[l.reason] ?? l.reason})`);
  const more = list.length > 10 ? `, and ${list.length - 10} more` : "";
  return `${list.length} named file${list.length === 1 ? "" : "s"} left out: ${shown.join(", ")}${more}`;
}

/** One line: what was found, split by action, in how many files; its glyph follows the exit code. */
export function summaryLine(result: RunResult, c: Colors = pc.createColors(false), failOn: FailOn = "review"): string {
  const s = result.summary;
  const v = verdict(result, failOn);
  const total = s.rewrite + s.review;
  const files = `${s.filesWithFindings} file${s.filesWithFindings === 1 ? "" : "s"}`;
  const scanned = `${s.filesScanned} file${s.filesScanned === 1 ? "" : "s"} scanned`;
  const extra = [
    s.advisories ? `${s.advisories} advisor${s.advisories === 1 ? "y" : "ies"}` : "",
    s.skipped ? `${s.skipped} skipped` : "",
  ].filter(Boolean);
  const glyph = v.exitCode !== 0 ? c.red("✖") : v.status === "open" ? c.yellow("⚠") : c.green("✔");
  const stopped = result.interrupted ? "interrupted: " : "";
  if (total === 0) return `${glyph} ${stopped}no legacy DeepSeek model names (${[scanned, ...extra].join(", ")})`;
  const counts =
    result.command === "apply"
      ? [`${v.rewrite} rewritten`, ...(v.unwritten > 0 ? [`${v.unwritten} not written`] : []), `${v.review} to review`]
      : [`${v.rewrite} to rewrite`, `${v.review} to review`];
  const head = `${total} legacy reference${total === 1 ? "" : "s"} in ${files}: ${counts.join(", ")}`;
  return `${glyph} ${stopped}${head} (${[scanned, ...extra].join(", ")})`;
}

/**
 * What to do next, in one line, or null when there is nothing to do: after `check` or `diff`, how
 * many findings `apply` fixes and how many need review; after `apply`, what it could not write.
 * `patchFile` names the patch `diff --output` wrote, which `git apply` takes as well.
 */
export function nextStep(result: RunResult, failOn: FailOn = "review", patchFile?: string): string | null {
  if (result.interrupted) return null;
  const v = verdict(result, failOn);
  const review = v.review > 0 ? `${v.review} need${v.review === 1 ? "s" : ""} review` : null;
  if (result.command === "apply") {
    const unwritten = v.unwritten > 0 ? `${v.unwritten} could not be written (see the skipped files); fix that and run deepseek-migrate apply again` : null;
    const parts = [unwritten, review].filter((p): p is string => p !== null);
    return parts.length > 0 ? parts.join("; ") : null;
  }
  const fixable = v.rewrite > 0 ? `${v.rewrite} can be fixed with deepseek-migrate apply${patchFile ? ` (or git apply ${patchFile})` : ""}` : null;
  const parts = [fixable, review].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}

/**
 * What a dry-run diff cannot show: the review items and the renamed values whose thinking mode must
 * be set where they are used. Printed on stderr next to the diff so the patch itself stays clean.
 */
export function dryRunFootnotes(result: RunResult, color = false, width?: number): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  const reviews = result.files.flatMap((f) => f.findings.filter((x) => x.action === "review"));
  if (reviews.length > 0) {
    out.push(c.bold(`Needs review (not in the diff): ${reviews.length}`));
    for (const x of reviews) out.push(findingLine(x, false, c, width));
  }
  const notes = result.files.flatMap((f) => f.findings.filter((x) => x.note !== null));
  if (notes.length > 0) {
    out.push(c.bold(`Set the thinking mode where these renamed values are used: ${notes.length}`));
    for (const x of notes) out.push(findingLine(x, false, c, width), ...noteLines(x, c, width));
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
