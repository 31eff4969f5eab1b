// GitHub Actions workflow commands: one annotation per finding, shown inline on the pull request.
import { advisoryMessage, findingMessage, SKIP_LEVELS } from "../check/codes.js";
import type { RunResult } from "../run.js";
import type { Advisory, Finding } from "../types.js";
import type { RenderContext } from "./index.js";
import { summaryTable } from "./markdown.js";
import { absolutePath, rootRelative } from "./paths.js";

/** Escapes a command's message the way the Actions runner unescapes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property value: as data, plus the `:` and `,` that delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(name: string, props: ReadonlyArray<readonly [string, string | number]>, message: string): string {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}

function filePath(file: string, ctx: RenderContext): string {
  // Annotations attach to the checkout's paths; a file outside it can only be named absolutely.
  return rootRelative(file, ctx) ?? absolutePath(file, ctx);
}

function findingLine(f: Finding, ctx: RenderContext): string {
  const title = f.action === "rewrite" && f.replacement ? `${f.legacy} → ${f.replacement}` : `${f.legacy} needs review`;
  const message = [findingMessage(f), ...(f.thinkingState === "inserted" ? [`the fix also sets thinking {"type": "${f.thinking}"}`] : []), ...(f.note ? [f.note] : [])].join("\n");
  return command(
    f.action === "rewrite" ? "error" : "warning",
    [
      ["file", filePath(f.file, ctx)],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", title],
    ],
    message,
  );
}

function advisoryLine(a: Advisory, ctx: RenderContext): string {
  return command(
    "notice",
    [
      ["file", filePath(a.file, ctx)],
      ["line", a.line],
      ["col", a.column],
      ["title", `thinking-mode advisory: ${a.code}`],
    ],
    advisoryMessage(a),
  );
}

/** `::error` per rewrite, `::warning` per review, `::notice` per advisory (dropped with --quiet). */
export function renderGithub(result: RunResult, ctx: RenderContext): string {
  const lines: string[] = [];
  for (const f of result.files) {
    for (const x of f.findings) lines.push(findingLine(x, ctx));
    if (!ctx.quiet) for (const a of f.advisories) lines.push(advisoryLine(a, ctx));
  }
  for (const s of result.skipped) {
    if (ctx.quiet) break;
    const level = SKIP_LEVELS[s.reason];
    lines.push(command(level, [["file", filePath(s.file, ctx)], ["title", `skipped: ${s.reason}`]], s.detail));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** The Markdown appended to $GITHUB_STEP_SUMMARY: a heading and the per-name summary table. */
export function renderStepSummary(result: RunResult): string {
  return `### deepseek-migrate\n\n${summaryTable(result)}\n`;
}
