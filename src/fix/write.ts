import { constants } from "node:fs";
import { lstat, open, readFile, realpath, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { encode, hashBytes } from "../discover/encoding.js";
import { decodeName, fsPath } from "../discover/names.js";
import type { FileEncoding } from "../types.js";

/** The file cannot be written safely (changed, replaced by a link, outside the roots); nothing was written. */
export class WriteConflict extends Error {}

export interface WriteOptions {
  /** Real paths of the scanned roots; a file whose real folder lies outside all of them is refused. */
  readonly roots?: readonly string[];
}

const pendingTemps = new Set<string>();

/** Temp files still being written, as file-system paths; removed by the CLI if the process is interrupted. */
export function pendingTempFiles(): readonly (string | Buffer)[] {
  return [...pendingTemps].map(fsPath);
}

/** Suffix of every temp file this tool creates, so tests and users can look for leftovers. */
export const TEMP_SUFFIX = ".deepseek-migrate.tmp";

function inside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Replaces `absPath` with `text` atomically: a temp file in the file's real folder, fsync, rename,
 * fsync of the folder. Keeps mode (and owner when running as root) and the original encoding/BOM.
 * Refuses to write through a symlink, outside `roots`, or when the bytes on disk no longer hash to
 * what was read (checked again just before the rename).
 */
export async function writeAtomic(absPath: string, text: string, encoding: FileEncoding, options: WriteOptions = {}): Promise<void> {
  // Resolve the folder once, so that a folder swapped for a link later cannot redirect the rename.
  // Paths stay lossless strings (src/discover/names.ts); each call gets the bytes when a name is not UTF-8.
  const dir = decodeName(await realpath(fsPath(path.dirname(absPath)), { encoding: "buffer" }));
  if (options.roots && options.roots.length > 0 && !options.roots.some((r) => inside(dir, r))) {
    throw new WriteConflict("resolves outside the scanned folders; not writing");
  }
  const target = path.join(dir, path.basename(absPath));
  const st = await lstat(fsPath(target)).catch((err: NodeJS.ErrnoException) => {
    throw err.code === "ENOENT" ? new WriteConflict("disappeared since it was read; skipped") : err;
  });
  if (st.isSymbolicLink()) throw new WriteConflict("is a symlink; not writing through it");
  if (!st.isFile()) throw new WriteConflict("is no longer a regular file");
  if (hashBytes(await readFile(fsPath(target))) !== encoding.hash) throw new WriteConflict("changed on disk since it was read; skipped");
  const bytes = encode(text, encoding);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}-${process.getBuiltinModule("node:crypto").randomBytes(4).toString("hex")}${TEMP_SUFFIX}`);
  pendingTemps.add(tmp);
  try {
    const fh = await open(fsPath(tmp), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      await fh.writeFile(bytes);
      if (process.getuid?.() === 0 && (st.uid !== 0 || st.gid !== 0)) await fh.chown(st.uid, st.gid);
      // chmod after chown: chown clears set-user/group-ID bits.
      await fh.chmod(st.mode & 0o7777);
      await fh.sync();
    } finally {
      await fh.close();
    }
    const now = await lstat(fsPath(target));
    if (now.isSymbolicLink() || now.ino !== st.ino || hashBytes(await readFile(fsPath(target))) !== encoding.hash) {
      throw new WriteConflict("changed on disk while it was being written; skipped");
    }
    await rename(fsPath(tmp), fsPath(target));
    pendingTemps.delete(tmp);
  } catch (err) {
    await unlink(fsPath(tmp)).catch(() => undefined);
    pendingTemps.delete(tmp);
    throw err;
  }
  await syncFolder(dir);
}

/**
 * Reads a regular file without following a symlink and without blocking on a FIFO that took its
 * place. Returns the size instead of the bytes when it exceeds `maxBytes`.
 */
export async function readRegularFile(absPath: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer | number> {
  const fh = await open(fsPath(absPath), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error(`${absPath} is not a regular file`), { code: "ENOTREG" });
    if (st.size > maxBytes) return st.size;
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** Makes the rename durable; folders that cannot be fsynced (some filesystems) are left as they are. */
async function syncFolder(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(fsPath(dir), constants.O_RDONLY | constants.O_DIRECTORY);
    await fh.sync();
  } catch {
    /* not supported here: the rename itself is still atomic */
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
