import { createRequire } from "node:module";
import type { RunResult } from "../run.js";

// picocolors is CommonJS: require() avoids the CommonJS export scan of an ESM import.
const pc = createRequire(import.meta.url)("picocolors") as typeof import("picocolors");

type Colors = ReturnType<typeof pc.createColors>;

/** Human output grouped by file, then advisories, skipped files and a summary line. */
export function renderPretty(result: RunResult, options: { color: boolean; quiet?: boolean } = { color: false }): string {
  const c: Colors = pc.createColors(options.color);
  const out: string[] = [];
  for (const f of result.files) {
    if (f.findings.length === 0) continue;
    out.push(c.underline(f.file));
    for (const x of f.findings) {
      const pos = c.dim(`${x.line}:${x.column}`.padEnd(8));
      const tag = x.action === "review" ? c.yellow("review ") : f.written ? c.green("fixed  ") : c.red("rewrite");
      const what = x.replacement ? `${x.legacy} ${c.dim("→")} ${c.green(x.replacement)}` : x.legacy;
      out.push(`  ${pos} ${tag}  ${what}  ${x.message}  ${c.dim(x.rule)}`);
      if (x.note && !options.quiet) out.push(`  ${" ".repeat(8)} ${c.cyan("note")}     ${x.note}`);
    }
    out.push("");
  }
  const advisories = result.files.flatMap((f) => f.advisories);
  if (advisories.length > 0 && !options.quiet) {
    out.push(c.bold("Advisories (not failing):"));
    for (const a of advisories) out.push(`  ${c.dim(`${a.file}:${a.line}:${a.column}`)}  ${a.message}`);
    out.push("");
  }
  if (result.skipped.length > 0 && !options.quiet) {
    out.push(c.bold("Skipped:"));
    for (const s of result.skipped) out.push(`  ${s.file}  ${c.dim(s.reason)}  ${s.detail}`);
    out.push("");
  }
  const named = leftOutLine(result);
  if (named && !options.quiet) out.push(named);
  if (!options.quiet) out.push(summaryLine(result, c));
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

/** One line: what was found, split by action, in how many files. */
export function summaryLine(result: RunResult, c: Colors = pc.createColors(false)): string {
  const s = result.summary;
  const total = s.rewrite + s.review;
  const files = `${s.filesWithFindings} file${s.filesWithFindings === 1 ? "" : "s"}`;
  const scanned = `${s.filesScanned} file${s.filesScanned === 1 ? "" : "s"} scanned`;
  const extra = [
    s.advisories ? `${s.advisories} advisor${s.advisories === 1 ? "y" : "ies"}` : "",
    s.skipped ? `${s.skipped} skipped` : "",
  ].filter(Boolean);
  if (total === 0) return `${c.green("✔")} no legacy DeepSeek model names (${[scanned, ...extra].join(", ")})`;
  const verb = result.command === "apply" ? "rewritten" : "to rewrite";
  const head = `${total} legacy reference${total === 1 ? "" : "s"} in ${files}: ${s.rewrite} ${verb}, ${s.review} to review`;
  return `${c.red("✖")} ${head} (${[scanned, ...extra].join(", ")})`;
}

/**
 * What a dry-run diff cannot show: the review items and the renamed values whose thinking mode must
 * be set where they are used. Printed on stderr next to the diff so the patch itself stays clean.
 */
export function dryRunFootnotes(result: RunResult, color = false): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  const reviews = result.files.flatMap((f) => f.findings.filter((x) => x.action === "review"));
  if (reviews.length > 0) {
    out.push(c.bold(`Needs review (not in the diff): ${reviews.length}`));
    for (const x of reviews) out.push(`  ${x.file}:${x.line}:${x.column}  ${c.yellow(x.legacy)}  ${x.message}`);
  }
  const notes = result.files.flatMap((f) => f.findings.filter((x) => x.note !== null));
  if (notes.length > 0) {
    out.push(c.bold(`Set the thinking mode where these renamed values are used: ${notes.length}`));
    for (const x of notes) out.push(`  ${x.file}:${x.line}:${x.column}  ${x.note}`);
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
