import { structuredPatch } from "diff";

/** Quotes a path the way git does when it holds bytes outside printable ASCII, quotes or backslashes. */
export function gitQuote(p: string): string {
  if (!/[^\x20-\x7e]|["\\]/.test(p)) return p;
  let out = '"';
  for (const byte of Buffer.from(p, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

export interface Hunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  /** Lines with their ' ', '-', '+' or '\' marker, without line terminators (a CR stays). */
  readonly lines: readonly string[];
}

/** Line hunks between two texts, with `context` unchanged lines around each change. */
export function hunks(before: string, after: string, context = 3): Hunk[] {
  const p = structuredPatch("a", "b", before, after, "", "", { context });
  return p.hunks.map((h) => ({ oldStart: h.oldStart, oldLines: h.oldLines, newStart: h.newStart, newLines: h.newLines, lines: h.lines }));
}

/** Renders hunks as a git-style file patch with a/ and b/ prefixes. */
export function renderPatch(file: string, list: readonly Hunk[]): string {
  const a = gitQuote(`a/${file}`);
  const b = gitQuote(`b/${file}`);
  const out = [`diff --git ${a} ${b}`, `--- ${a}`, `+++ ${b}`];
  for (const h of list) {
    const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
    out.push(`@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@`, ...h.lines);
  }
  return `${out.join("\n")}\n`;
}

/** A unified diff of one file that `git apply` accepts. */
export function makePatch(file: string, before: string, after: string): string {
  return renderPatch(file, hunks(before, after));
}
