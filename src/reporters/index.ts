import type { FailOn } from "../cli/options.js";
import type { RunResult } from "../run.js";

export interface RenderContext {
  readonly color: boolean;
  readonly quiet: boolean;
  readonly cwd: string;
  readonly version: string;
  /**
   * Folder that report paths in SARIF, GitHub annotations and Markdown links are relative to:
   * the repository top when there is one, else cwd. Findings' `file` stays relative to cwd.
   */
  readonly root?: string;
  /** Prefix turning a root-relative path into a browsable link (e.g. a blob URL at the commit). */
  readonly linkBase?: string;
  /** Columns of the terminal the report goes to (pretty keeps its lines within them); unset for pipes and files. */
  readonly width?: number;
  /** The `--fail-on` level, which decides `check`'s exit code and so the summary's glyph (default review). */
  readonly failOn?: FailOn;
}

export type Reporter = (result: RunResult, ctx: RenderContext) => string | Promise<string>;

/** Reporter names → lazily loaded render functions; each is pure: result in, text out. */
export const REPORTERS: Readonly<Record<string, () => Promise<Reporter>>> = {
  pretty: async () => (await import("./pretty.js")).renderPretty as Reporter,
  json: async () => (await import("./json.js")).renderJson,
  sarif: async () => (await import("./sarif.js")).renderSarif,
  github: async () => (await import("./github.js")).renderGithub,
  markdown: async () => (await import("./markdown.js")).renderMarkdown,
  diff: async () => (await import("./diff.js")).renderDiff,
};

export const FORMAT_NAMES = Object.keys(REPORTERS);

/** Formats that need the planned patches even for `check`. */
export const NEEDS_PATCHES: ReadonlySet<string> = new Set(["markdown", "diff"]);
