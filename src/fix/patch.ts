import { structuredPatch } from "diff";
import { encodeName } from "../discover/names.js";
import { redact, type SecretSet } from "../check/secrets.js";
import type { FileEncoding } from "../types.js";

/**
 * Quotes a path the way git does when it holds bytes outside printable ASCII, quotes or backslashes.
 * The bytes are the file's own (src/discover/names.ts), so a name that is not UTF-8 is quoted as git quotes it.
 */
export function gitQuote(p: string): string {
  if (!/[^\x20-\x7e]|["\\]/.test(p)) return p;
  let out = '"';
  for (const byte of encodeName(p)) {
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

/**
 * Why a printed patch cannot give `git apply` the file's bytes: it shows `<redacted>` secret
 * lines; the file is UTF-16 (the patch shows its text, git matches its bytes); or the file is not
 * UTF-8 and a printed line holds a byte above 0x7f, which the UTF-8 output cannot reproduce.
 */
export type PatchBlocker = "redacted" | "utf16" | "not-utf8";

/** A file patch plus whether `git apply` can use it as printed. */
export interface SafePatch {
  readonly text: string;
  /** False when the printed diff does not match the file's bytes; `blocker` says why. */
  readonly applicable: boolean;
  readonly blocker?: PatchBlocker;
}

const CONTEXT = 3;

/**
 * The patch `git apply` needs for a file read with `encoding`, built from its decoded text.
 * A UTF-8 byte-order mark is part of the first line for git, so it is put back in front of both
 * texts: a context or changed first line then carries it, as the file's bytes do. Line numbers in
 * the hunks are git's: only LF ends a line (a lone CR is part of the line's text).
 */
export function makeSafePatch(file: string, before: string, after: string, secrets: SecretSet, encoding?: FileEncoding): SafePatch {
  const bom = encoding?.bom && (encoding.kind === "utf8" || encoding.kind === "latin1") ? BOM : "";
  const { list, redacted } = safeHunks(bom + before, bom + after, secrets);
  const text = renderPatch(file, list);
  const blocker: PatchBlocker | null =
    encoding?.kind === "utf16le" || encoding?.kind === "utf16be"
      ? "utf16"
      : encoding?.kind === "latin1" && list.some((h) => h.lines.some((l) => NON_ASCII_BYTE.test(l)))
        ? "not-utf8"
        : redacted
          ? "redacted"
          : null;
  return blocker ? { text, applicable: false, blocker } : { text, applicable: true };
}

const BOM = "\uFEFF";
/** A Latin-1 decoded byte above 0x7f (the BOM, U+FEFF, is printed as its own three bytes). */
const NON_ASCII_BYTE = /[\u0080-\u00ff]/;

/**
 * Hunks that never show a secret line: context stops at secret lines (hunks are split around them
 * and their headers recomputed). `git apply` needs trailing context unless a hunk ends at the end
 * of the file; where the only line available is secret, it is shown redacted (`redacted` is then
 * true). Changed lines holding a secret are redacted the same way.
 */
function safeHunks(before: string, after: string, secrets: SecretSet): { list: Hunk[]; redacted: boolean } {
  if (secrets.lines.size === 0 && secrets.values.length === 0) return { list: hunks(before, after), redacted: false };
  const oldLines = before.split("\n");
  const missingNewline = !before.endsWith("\n");
  if (!missingNewline) oldLines.pop();
  const total = oldLines.length;
  const secretAt = (i: number): boolean => secrets.lines.has(i);
  const blocks = structuredPatch("a", "b", before, after, "", "", { context: 0 }).hunks;
  let redacted = false;

  // Context line at old index i, with the no-newline marker when it is the file's last line.
  const contextLines = (from: number, to: number, redacted = false): string[] => {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      out.push(` ${redacted ? redact(oldLines[i]!, secrets) : oldLines[i]!}`);
      if (i === total - 1 && missingNewline) out.push("\\ No newline at end of file");
    }
    return out;
  };

  const result: Hunk[] = [];
  let current: { oldStart: number; newStart: number; lines: string[]; oldEnd: number } | null = null;
  const flush = (): void => {
    if (!current) return;
    let oldCount = 0;
    let newCount = 0;
    for (const l of current.lines) {
      if (l[0] === " ") {
        oldCount++;
        newCount++;
      } else if (l[0] === "-") oldCount++;
      else if (l[0] === "+") newCount++;
    }
    result.push({ oldStart: current.oldStart, oldLines: oldCount, newStart: current.newStart, newLines: newCount, lines: current.lines });
    current = null;
  };
  // Ends the current hunk with up to CONTEXT non-secret lines after `at`; falls back to one redacted line.
  const close = (limit: number): void => {
    if (!current) return;
    const at = current.oldEnd;
    let n = 0;
    while (n < CONTEXT && at + n < limit && !secretAt(at + n)) n++;
    if (n > 0) current.lines.push(...contextLines(at, at + n));
    else if (at < total) {
      current.lines.push(...contextLines(at, at + 1, true));
      redacted = true;
    }
    flush();
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const oldIdx = block.oldStart - 1;
    const newIdx = block.newStart - 1;
    const changed = block.lines.map((l) => {
      if (l[0] !== "-" && l[0] !== "+") return l;
      const body = l.slice(1);
      const safe = redact(body, secrets);
      if (safe !== body) redacted = true;
      return `${l[0]}${safe}`;
    });
    if (current) {
      const gap = oldIdx - current.oldEnd;
      let clean = true;
      for (let i = current.oldEnd; i < oldIdx; i++) if (secretAt(i)) clean = false;
      if (clean && gap <= 2 * CONTEXT) {
        current.lines.push(...contextLines(current.oldEnd, oldIdx), ...changed);
        current.oldEnd = oldIdx + block.oldLines;
        continue;
      }
      close(oldIdx);
    }
    const floor = blockFloor(blocks, b);
    let lead = 0;
    while (lead < CONTEXT && oldIdx - lead - 1 >= floor && !secretAt(oldIdx - lead - 1)) lead++;
    current = {
      oldStart: oldIdx - lead + 1,
      newStart: newIdx - lead + 1,
      lines: [...contextLines(oldIdx - lead, oldIdx), ...changed],
      oldEnd: oldIdx + block.oldLines,
    };
  }
  close(total);
  return { list: result, redacted };
}

/** The first old line a block's leading context may use: just after the previous block. */
function blockFloor(blocks: readonly { oldStart: number; oldLines: number }[], b: number): number {
  if (b === 0) return 0;
  const prev = blocks[b - 1]!;
  return prev.oldStart - 1 + prev.oldLines;
}
