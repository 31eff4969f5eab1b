import type { FileEncoding } from "../types.js";

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes that make a file binary for our purposes: a NUL in the first 8 KiB (UTF-16 is handled before this). */
export function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8192).includes(0);
}

/** SHA-256 of the bytes, hex. */
export function hashBytes(buf: Buffer): string {
  // node:crypto is looked up on the first hash instead of imported: loading it costs ~8 ms of CPU at
  // every start, and a run without candidates never hashes.
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(buf).digest("hex");
}

/**
 * Decodes file bytes into text plus what is needed to encode it back byte for byte.
 * Invalid UTF-8 falls back to Latin-1, which maps every byte to one code unit and back,
 * so ASCII edits leave all other bytes exactly as they were. Returns null for binary data.
 */
export function decode(buf: Buffer): { text: string; encoding: FileEncoding } | null {
  const hash = hashBytes(buf);
  // A UTF-16 byte-order mark followed by an odd number of bytes is not UTF-16 text: decoding it as
  // UTF-16 would drop the last byte (and a write would lose it), so such bytes take the paths below.
  const utf16 = buf.length >= 2 && buf.length % 2 === 0;
  if (utf16 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: buf.subarray(2).toString("utf16le"), encoding: { kind: "utf16le", bom: true, hash } };
  }
  if (utf16 && buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2));
    body.swap16();
    return { text: body.toString("utf16le"), encoding: { kind: "utf16be", bom: true, hash } };
  }
  if (looksBinary(buf)) return null;
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  try {
    return { text: UTF8.decode(body), encoding: { kind: "utf8", bom, hash } };
  } catch {
    return { text: body.toString("latin1"), encoding: { kind: "latin1", bom, hash } };
  }
}

/** Encodes text back with the encoding and BOM it was read with. */
export function encode(text: string, encoding: FileEncoding): Buffer {
  switch (encoding.kind) {
    case "utf8":
      return Buffer.concat([encoding.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
    case "latin1":
      return Buffer.concat([encoding.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "latin1")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be": {
      const body = Buffer.from(text, "utf16le");
      body.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
    }
  }
}
