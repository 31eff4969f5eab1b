import type { RunResult } from "../run.js";

/** The concatenated unified diff of every planned rewrite, ready for `git apply`. */
export function renderDiff(result: RunResult): string {
  return result.files.map((f) => f.patch ?? "").join("");
}
