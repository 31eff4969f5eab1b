// The contract of a review check: a function of one occurrence's facts and its file that names the
// review reason it sees, or null. Checks run in one ordered list (rules/checks/index.ts); a check
// never turns a review into a rewrite. File checks run once per file, right
// after the language adapter; project checks run after every file is checked, on the facts each file
// reported (FileFacts, kept in the per-file outcome, so they must stay JSON data).
import type { LegacyId } from "../../src/catalog.js";
import type { Detection, Finding, Reason } from "../../src/types.js";
import type { FileContext } from "../../src/check/context.js";

/** One file as a file check sees it: its path, its text and every occurrence decided so far. */
export interface FileView {
  readonly path: string;
  readonly text: string;
  /** All detections of the file, as decided by the checks before this one (in offset order). */
  readonly detections: readonly Detection[];
  /** Offsets where each line starts (see src/check/tokens.ts lineStarts). */
  readonly lineStarts: readonly number[];
  /** What the path and the text say about the whole file (src/check/context.ts), read once. */
  readonly context: FileContext;
  /** Whether an occurrence sits in a recorded response (src/check/context.ts isRecordedResponse). */
  inResponse(d: Detection): boolean;
}

export interface FileCheck {
  /** The reasons the check gives. */
  readonly reasons: readonly Reason[];
  /**
   * Which occurrences it looks at: "rewrite" (the default) those whose action or reason is a rewrite's;
   * "all" also the adapter's reviews (a generated file or a log makes every occurrence history).
   * An occurrence already decided by a check before it, and a recorded response, are never seen again.
   */
  readonly scope?: "rewrite" | "all";
  /** The reason for this occurrence, or null when the check sees nothing. */
  check(d: Detection, file: FileView): Reason | null;
}

/** What a file tells the project pass about itself: plain JSON data. */
export interface FileFacts {
  /**
   * Legacy IDs the file's code branches on: comparisons, switch arms, patterns, collections, validation
   * lists, and keys of a table keyed by several legacy names (one legacy key among other models' is a catalog entry).
   */
  readonly branches: readonly LegacyId[];
  /** Whether the file tests a model name by a piece of it (`"reasoner" in model`, `id.includes("reasoner")`). */
  readonly capability: boolean;
  /** Exported names whose legacy value stays for review (exported constants): a test asserting them must stay with them. */
  readonly keeps: readonly string[];
  /** Legacy IDs a validation list holds (a schema enum, CLI `choices`, a `Literal[...]`). */
  readonly validates: readonly LegacyId[];
  /** The modules the file imports: specifiers as written (relative paths, dotted Python modules) and the local names bound. */
  readonly imports: readonly ImportFact[];
}

export interface ImportFact {
  readonly from: string;
  readonly names: readonly string[];
}

/** One import of a file, resolved to the scanned modules it names (those that reported facts), re-exports followed. */
export interface ResolvedImport {
  readonly names: readonly string[];
  readonly modules: readonly FileFacts[];
}

/** The project as project checks see it: every checked file's facts, by the file's path. */
export interface ProjectView {
  readonly facts: ReadonlyMap<string, FileFacts>;
  /** A file's imports resolved to scanned modules (TS/JS and Python imports; a Go test's own package, with no names). */
  importsOf(file: string): readonly ResolvedImport[];
  /** Whether a file of the project validates `legacy` in a list holding several legacy names (the mode chosen by name). */
  validatesAnywhere(legacy: LegacyId): boolean;
  /** Whether any file of the project branches on `legacy`. */
  branchesAnywhere(legacy: LegacyId): boolean;
}

/** One file's outcome as a project check sees it. */
export interface OutcomeView {
  readonly file: string;
  /** The file's text before any edit, when the file had edits; project checks that read text need it. */
  readonly text: string | null;
  readonly facts: FileFacts | undefined;
}

export interface ProjectCheck {
  readonly reason: Reason;
  check(f: Finding, file: OutcomeView, project: ProjectView): Reason | null;
}
