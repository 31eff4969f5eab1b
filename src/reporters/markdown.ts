// A Markdown report for a pull-request comment or an issue: summary table, diffs, review list.
import { LEGACY_IDS } from "../catalog.js";
import { advisoryMessage, findingMessage } from "../check/codes.js";
import type { RunResult } from "../run.js";
import type { RenderContext } from "./index.js";
import { encodePath, rootRelative } from "./paths.js";
import { leftOutLine, summaryLine } from "./pretty.js";

/** Escapes text so Markdown renders it literally (inline context: no emphasis, links, HTML or table cells). */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]|]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A code fence longer than any backtick run inside `body`, so the body can never close it early. */
export function fenceFor(body: string): string {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}

/** Per-legacy-name table: files, rewrites and reviews, with a total row. */
export function summaryTable(result: RunResult): string {
  const rows = ["| legacy name | files | rewrites | reviews |", "|---|--:|--:|--:|"];
  const filesWith = (id: string): number => result.files.filter((f) => f.findings.some((x) => x.legacy === id)).length;
  for (const id of LEGACY_IDS) {
    const c = result.summary.byLegacy[id];
    rows.push(`| \`${id}\` | ${filesWith(id)} | ${c.rewrite} | ${c.review} |`);
  }
  const s = result.summary;
  rows.push(`| **total** | ${s.filesWithFindings} | ${s.rewrite} | ${s.review} |`);
  return rows.join("\n");
}

function link(file: string, line: number, ctx: RenderContext): string {
  const rel = rootRelative(file, ctx);
  const text = escapeMd(`${rel ?? file}:${line}`);
  if (rel === null) return text;
  return `[${text}](${ctx.linkBase ?? ""}${encodePath(rel)}#L${line})`;
}

/** The whole report; sections without content are left out, the summary table is always there. */
export function renderMarkdown(result: RunResult, ctx: RenderContext): string {
  const out: string[] = ["## deepseek-migrate report", ""];
  const named = leftOutLine(result);
  if (!ctx.quiet) out.push(...(named ? [escapeMd(named), ""] : []), escapeMd(summaryLine(result, undefined, ctx.failOn)), "");
  out.push(summaryTable(result), "");

  const patched = result.files.filter((f) => f.patch);
  if (patched.length > 0) {
    out.push(`### ${result.command === "apply" ? "Changes written" : "Planned changes"} (${patched.length} file${patched.length === 1 ? "" : "s"})`, "");
    for (const f of patched) {
      const body = f.patch!.endsWith("\n") ? f.patch! : `${f.patch!}\n`;
      const fence = fenceFor(body);
      out.push(`#### ${escapeMd(f.file)}`, "", `${fence}diff`, body.slice(0, -1), fence, "");
    }
  }

  const reviews = result.files.flatMap((f) => f.findings.filter((x) => x.action === "review"));
  if (reviews.length > 0) {
    out.push(`### Needs review (${reviews.length})`, "");
    for (const x of reviews) out.push(`- ${link(x.file, x.line, ctx)} \`${x.legacy}\` (${x.reason}): ${escapeMd(findingMessage(x))}`);
    out.push("");
  }

  const notes = result.files.flatMap((f) => f.findings.filter((x) => x.action === "rewrite" && x.note));
  if (notes.length > 0 && !ctx.quiet) {
    out.push(`### Thinking mode to set by hand (${notes.length})`, "");
    for (const x of notes) out.push(`- ${link(x.file, x.line, ctx)} \`${x.legacy}\`: ${escapeMd(x.note!)}`);
    out.push("");
  }

  const advisories = result.files.flatMap((f) => f.advisories);
  if (advisories.length > 0 && !ctx.quiet) {
    out.push(`### Advisories (${advisories.length}, not failing)`, "");
    for (const a of advisories) out.push(`- ${link(a.file, a.line, ctx)} ${escapeMd(advisoryMessage(a))}`);
    out.push("");
  }

  if (result.skipped.length > 0 && !ctx.quiet) {
    out.push(`### Skipped (${result.skipped.length})`, "");
    for (const s of result.skipped) out.push(`- ${escapeMd(s.file)}: ${escapeMd(s.reason)}, ${escapeMd(s.detail)}`);
    out.push("");
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
