// A live "scanning N/M files" line (N alone while the walk is still counting) for people watching a terminal; silent everywhere else.

/** The part of a stream the progress line needs (process.stderr satisfies it). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  readonly stream: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly format: string;
  readonly quiet?: boolean;
  /** Scans with this many files or fewer finish too fast for a progress line to help. */
  readonly minFiles?: number;
  /** Smallest gap between two redraws, in milliseconds. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export interface Progress {
  /** `total` is null while the number of files is not known yet (the walk is still listing). */
  update(done: number, total: number | null, findings: number): void;
  /** Erases the line if one was drawn; safe to call more than once. */
  finish(): void;
}

/** Formats whose stdout a machine reads; a progress line would only clutter their logs. */
const MACHINE_FORMATS: ReadonlySet<string> = new Set(["json", "sarif", "github"]);
const CLEAR = "\r\x1b[2K";

/** Whether a progress line may be shown at all: an interactive stderr, not CI, a human-facing format. */
export function progressAllowed(options: Pick<ProgressOptions, "stream" | "env" | "format" | "quiet">): boolean {
  const ci = options.env["CI"];
  const inCi = ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
  return options.stream.isTTY === true && !inCi && !options.quiet && !MACHINE_FORMATS.has(options.format);
}

/** A throttled progress line on `stream`; a no-op object when progress is not allowed. */
export function createProgress(options: ProgressOptions): Progress {
  if (!progressAllowed(options)) return { update: () => undefined, finish: () => undefined };
  const minFiles = options.minFiles ?? 200;
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  let drawn = false;
  let last = -Infinity;
  return {
    update(done, total, findings) {
      if ((total ?? done) <= minFiles) return;
      const t = now();
      if (t - last < interval) return;
      last = t;
      drawn = true;
      const files = total === null ? `${done}` : `${done}/${total}`;
      options.stream.write(`${CLEAR}scanning ${files} files, ${findings} finding${findings === 1 ? "" : "s"}`);
    },
    finish() {
      if (!drawn) return;
      drawn = false;
      options.stream.write(CLEAR);
    },
  };
}
