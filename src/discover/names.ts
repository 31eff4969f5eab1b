// File names are bytes, not text: a repository can hold names that are not valid UTF-8 (Latin-1
// names from older systems). Node decodes such a name to U+FFFD, and the decoded string then names
// no file at all. Inside the tool a name is kept as a string that loses nothing: valid UTF-8 is
// decoded as usual, and each byte that is not part of a valid sequence becomes the lone low
// surrogate U+DC80-U+DCFF (the "surrogateescape" of other languages). No valid name decodes to a
// lone surrogate, so the string is unambiguous, sorts and compares like any other, and keeps its
// extension. Every file-system call turns it back into the bytes (`fsPath`); every report shows it
// quoted with the bytes escaped as git quotes paths (`shownName`).
import type { Dirent } from "node:fs";
import { readdirSync } from "node:fs";

/** A lone low surrogate of the escaped-byte range, not the second half of a pair. */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** Decodes a raw file name losslessly (see the top of this file). */
export function decodeName(buf: Buffer, start = 0, end = buf.length): string {
  const text = buf.toString("utf8", start, end);
  // No replacement character: the bytes were valid UTF-8 (the common case, one pass in C).
  return text.includes("\uFFFD") ? decodeStrict(buf, start, end) : text;
}

function decodeStrict(buf: Buffer, start: number, end: number): string {
  let out = "";
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    // Well-formed UTF-8 only (no overlong forms, no surrogates, nothing above U+10FFFF).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const c = j < end ? buf[j]! : -1;
      if (c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i = j;
    } else {
      // One byte escaped; the bytes after it are looked at again on their own.
      out += String.fromCharCode(0xdc00 + b);
      i++;
    }
  }
  return out;
}

/** Whether `name` holds an escaped byte, i.e. names a file whose name is not valid UTF-8. */
export function hasEscapedBytes(name: string): boolean {
  return ESCAPED.test(name);
}

/** The bytes of a name as decoded by `decodeName`. */
export function encodeName(name: string): Buffer {
  if (!ESCAPED.test(name)) return Buffer.from(name, "utf8");
  const parts: Buffer[] = [];
  let run = "";
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xdc80 && code <= 0xdcff) {
      parts.push(Buffer.from(run, "utf8"), Buffer.from([code - 0xdc00]));
      run = "";
    } else run += ch;
  }
  parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}

/** What to hand to a file-system call: the string itself, or its bytes when it holds escaped bytes. */
export function fsPath(name: string): string | Buffer {
  return ESCAPED.test(name) ? encodeName(name) : name;
}

const C_ESCAPES: Readonly<Record<number, string>> = { 7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 34: '"', 92: "\\" };

/**
 * A path as every report shows it. Most names are shown as they are. A name that is not valid
 * UTF-8, holds a control character, or starts with `"` is shown quoted as git quotes paths: in
 * double quotes, `"` and `\` escaped, control characters as `\t`, `\n`…, and each byte that is not
 * valid UTF-8 as a three-digit octal escape (`"caf\351.py"`). Valid non-ASCII letters stay readable.
 * A shown name starts with `"` exactly when it is quoted, so two files never share a shown name.
 */
export function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (!ESCAPED.test(name) && !/[\x00-\x1f\x7f]/.test(name) && !name.startsWith('"')) return name;
  let out = '"';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xdc80 && code <= 0xdcff) out += `\\${(code - 0xdc00).toString(8)}`;
    else if (C_ESCAPES[code] !== undefined) out += `\\${C_ESCAPES[code]}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The name `shownName` was given (the inverse of it), for code that must work with a reported path. */
export function nameOfShown(shown: string): string {
  if (!shown.startsWith('"') || shown.length < 2 || !shown.endsWith('"')) return shown;
  const bytes: number[] = [];
  const body = Buffer.from(shown.slice(1, -1), "utf8");
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b !== 0x5c || i + 1 >= body.length) {
      bytes.push(b);
      continue;
    }
    const next = body[++i]!;
    const letter = Object.entries(C_ESCAPES).find(([, v]) => v.charCodeAt(0) === next);
    if (letter) bytes.push(Number(letter[0]));
    else if (next >= 0x30 && next <= 0x37) {
      let value = 0;
      let n = 0;
      for (; n < 3 && i < body.length && body[i]! >= 0x30 && body[i]! <= 0x37; n++, i++) value = value * 8 + (body[i]! - 0x30);
      i--;
      bytes.push(value & 0xff);
    } else bytes.push(next);
  }
  return decodeName(Buffer.from(bytes));
}

/** A folder entry under its lossless name. */
export interface Entry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * Lists a folder with dirent types, names decoded losslessly. Names come as strings first (the fast
 * path); only a folder where one came back with U+FFFD is listed again as bytes.
 */
export function listFolder(dir: string): Entry[] {
  const at = fsPath(dir);
  const entries = readdirSync(at, { withFileTypes: true }) as Dirent[];
  if (!entries.some((e) => e.name.includes("\uFFFD"))) return entries;
  const raw = readdirSync(at, { withFileTypes: true, encoding: "buffer" }) as unknown as { name: Buffer; isFile(): boolean; isDirectory(): boolean }[];
  return raw.map((e) => ({ name: decodeName(e.name), isFile: () => e.isFile(), isDirectory: () => e.isDirectory() }));
}
