import type { RunResult } from "../run.js";

export interface RenderContext {
  readonly color: boolean;
  readonly quiet: boolean;
  readonly cwd: string;
  readonly version: string;
}

export type Reporter = (result: RunResult, ctx: RenderContext) => string | Promise<string>;

/** Reporter names → lazily loaded render functions; each is pure: result in, text out. */
export const REPORTERS: Readonly<Record<string, () => Promise<Reporter>>> = {
  pretty: async () => (await import("./pretty.js")).renderPretty as Reporter,
  json: async () => (await import("./json.js")).renderJson,
  diff: async () => (await import("./diff.js")).renderDiff,
};

export const FORMAT_NAMES = Object.keys(REPORTERS);
