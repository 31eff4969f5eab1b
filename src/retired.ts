// The retired model names, one entry each: the table to extend when another name is retired. Every
// ID literal the tool matches, and the mode and target it rewrites to, derive from this table.
import type { ThinkingMode } from "./catalog.js";

export interface RetiredName {
  readonly id: string;
  /** The thinking mode the name implied; V4 enables thinking by default. */
  readonly thinking: ThinkingMode;
  /** The model ID the default `--to v4` preset rewrites it to. */
  readonly defaultTarget: string;
}

export const RETIRED = [
  { id: "deepseek-chat", thinking: "disabled", defaultTarget: "deepseek-v4-flash" },
  { id: "deepseek-reasoner", thinking: "enabled", defaultTarget: "deepseek-v4-flash" },
] as const satisfies readonly RetiredName[];
