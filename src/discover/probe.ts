// The byte-level pre-filter every scanned file goes through before anything is decoded or parsed.
// Almost no file in a real repository names a legacy model, so this loop is where a scan spends its
// time: it reads with synchronous calls into one reused buffer (no allocation, no promise, no thread
// pool hop per file) and looks for the ASCII bytes of the IDs. It imports only the file-name helpers
// and the table of retired names (no other project module), so the worker thread that runs it loads
// little else.
import { closeSync, constants, openSync, readSync } from "node:fs";
import { fsPath } from "./names.js";
import { RETIRED } from "../retired.js";

// Never follow a symlink that took a file's place, never block on a FIFO that did.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Outcome codes of a probe, stored one byte per file. */
export const NO_MATCH = 0;
export const CANDIDATE = 1;
export const UNREADABLE = 2;
export type ProbeStatus = typeof NO_MATCH | typeof CANDIDATE | typeof UNREADABLE;

/** The longest start every legacy ID shares (`deepseek-`), searched once; then each ID's own tail. */
function sharedHead(ids: readonly string[]): string {
  let head = ids[0] ?? "";
  for (const id of ids) while (!id.startsWith(head)) head = head.slice(0, -1);
  return head;
}
const HEAD_TEXT = sharedHead(RETIRED.map((e) => e.id));
const HEAD = Buffer.from(HEAD_TEXT);
const TAILS = RETIRED.map((e) => Buffer.from(e.id.slice(HEAD_TEXT.length)));
// Enough bytes carried between chunks for an ID cut in two to still be seen whole.
const OVERLAP = Math.max(...RETIRED.map((e) => Buffer.byteLength(e.id))) - 1;
const CHUNK = 1 << 20;

/** True when `buf[0, end)` holds the bytes of a legacy ID. One indexOf pass for the shared head. */
export function holdsLegacyBytes(buf: Buffer, end: number): boolean {
  let at = buf.indexOf(HEAD);
  while (at !== -1 && at < end) {
    const tailAt = at + HEAD.length;
    for (const tail of TAILS) {
      if (tailAt + tail.length <= end && buf.compare(tail, 0, tail.length, tailAt, tailAt + tail.length) === 0) return true;
    }
    at = buf.indexOf(HEAD, at + 1);
  }
  return false;
}

/** Reads files through one reused buffer and tells whether each may name a legacy model. */
export class FileProbe {
  private readonly buf = Buffer.allocUnsafe(CHUNK + OVERLAP);
  /** errno code of the last UNREADABLE result (e.g. EACCES). */
  lastError = "";

  /** CANDIDATE when the bytes may hold a legacy ID (UTF-16 files always may), NO_MATCH, or UNREADABLE. */
  probe(absPath: string): ProbeStatus {
    let fd: number;
    try {
      fd = openSync(fsPath(absPath), OPEN_FLAGS);
    } catch (err) {
      this.lastError = errnoOf(err);
      return UNREADABLE;
    }
    try {
      return this.scanOpen(fd);
    } catch (err) {
      this.lastError = errnoOf(err);
      return UNREADABLE;
    } finally {
      closeSync(fd);
    }
  }

  private scanOpen(fd: number): ProbeStatus {
    const buf = this.buf;
    let n = readSync(fd, buf, 0, CHUNK, null);
    if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return CANDIDATE;
    let filled = n;
    for (;;) {
      // A view bounded to what was read, so indexOf never sees stale bytes from an earlier file.
      if (holdsLegacyBytes(buf.subarray(0, filled), filled)) return CANDIDATE;
      // A short read of a regular file is its end; only a full chunk can have more behind it.
      if (n < CHUNK) return NO_MATCH;
      const keep = Math.min(OVERLAP, filled);
      buf.copy(buf, 0, filled - keep, filled);
      n = readSync(fd, buf, keep, CHUNK, null);
      if (n === 0) return NO_MATCH;
      filled = keep + n;
    }
  }
}

function errnoOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (err instanceof Error ? err.message.split("\n")[0] ?? "error" : String(err));
}
