// Report files written by --output: whole or not at all, never a half-written report for CI to read.
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./options.js";

/** Writes `text` to `file` through a temp file in the same folder and a rename. Errors become one usage line. */
export async function writeReport(file: string, text: string): Promise<void> {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, abs);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError(`cannot write --output ${file} (${code})`);
  }
}
