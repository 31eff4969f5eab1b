import { constants } from "node:fs";
import { lstat, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { encode, hashBytes } from "./encoding.js";
import type { FileEncoding } from "./types.js";

export class WriteConflict extends Error {}

const pendingTemps = new Set<string>();

/** Temp files still being written; removed by the CLI's signal handler if the process is interrupted. */
export function pendingTempFiles(): readonly string[] {
  return [...pendingTemps];
}

/**
 * Replaces `absPath` with `text` atomically: a temp file in the same folder, fsync, rename.
 * Keeps the file mode and the original encoding/BOM. Refuses to write through a symlink or
 * when the bytes on disk no longer hash to what was read.
 */
export async function writeAtomic(absPath: string, text: string, encoding: FileEncoding): Promise<void> {
  const st = await lstat(absPath);
  if (st.isSymbolicLink()) throw new WriteConflict("is a symlink; not writing through it");
  if (!st.isFile()) throw new WriteConflict("is no longer a regular file");
  const current = await readFile(absPath);
  if (hashBytes(current) !== encoding.hash) throw new WriteConflict("changed on disk since it was read; skipped");
  const bytes = encode(text, encoding);
  const dir = path.dirname(absPath);
  const tmp = path.join(dir, `.${path.basename(absPath)}.deepseek-migrate-${process.pid}-${Date.now().toString(36)}.tmp`);
  pendingTemps.add(tmp);
  try {
    const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, st.mode & 0o7777);
    try {
      await fh.writeFile(bytes);
      await fh.chmod(st.mode & 0o7777);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, absPath);
    pendingTemps.delete(tmp);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    pendingTemps.delete(tmp);
    throw err;
  }
}
