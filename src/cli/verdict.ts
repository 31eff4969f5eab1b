// What a run comes to: its exit code, and the counts and glyph of the summary line that says so.
// Defined once, here, so that the summary, its glyph and the exit code cannot disagree.
import type { FailOn } from "./options.js";
import type { RunResult } from "../run.js";
import type { SkipReason } from "../types.js";

/** Skip reasons that leave a planned rewrite unwritten by `apply` (each makes it exit 1). */
const UNWRITTEN: ReadonlySet<SkipReason> = new Set<SkipReason>(["changed-during-run", "parse-error", "write-failed"]);

/**
 * `clean`: nothing found, exit 0. `done`: exit 0 with nothing left for the tool to do (every rewrite
 * written, no review item). `open`: exit 0 while something remains (a planned diff, review items,
 * rewrites `--fail-on review|none` lets pass). `failed`: exit 1. `interrupted`: exit 130.
 */
export type Status = "clean" | "done" | "open" | "failed" | "interrupted";

export interface Verdict {
  readonly exitCode: 0 | 1 | 130;
  readonly status: Status;
  /** Rewrites found (check, diff) or written (apply). */
  readonly rewrite: number;
  /** `apply` only: rewrites found that were not written (write failed, file changed, edit would not parse). */
  readonly unwritten: number;
  readonly review: number;
}

/** The verdict on a run; `failOn` matters to `check` only. */
export function verdict(result: RunResult, failOn: FailOn = "review"): Verdict {
  const { summary } = result;
  const review = summary.review;
  let rewrite = summary.rewrite;
  let unwritten = 0;
  let failing: boolean;
  if (result.command === "apply") {
    rewrite = 0;
    for (const f of result.files) {
      const n = f.findings.filter((x) => x.action === "rewrite").length;
      if (f.written) rewrite += n;
      else unwritten += n;
    }
    failing = result.skipped.some((s) => UNWRITTEN.has(s.reason));
  } else if (result.command === "diff") {
    failing = false;
  } else {
    failing = failOn !== "none" && summary.rewrite + (failOn === "review" ? review : 0) > 0;
  }
  const exitCode = result.interrupted ? 130 : failing ? 1 : 0;
  const left = result.command === "apply" ? unwritten + review : summary.rewrite + review;
  const status: Status = result.interrupted
    ? "interrupted"
    : failing
      ? "failed"
      : summary.rewrite + review === 0
        ? "clean"
        : left === 0
          ? "done"
          : "open";
  return { exitCode, status, rewrite, unwritten, review };
}
