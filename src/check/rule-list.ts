import type { Rule } from "../types.js";

let cached: Promise<readonly Rule[]> | null = null;

/** The rule list, loaded once on first need so that runs with no candidate never load a parser. */
export function loadRules(): Promise<readonly Rule[]> {
  cached ??= import("../../rules/index.js").then((m) => m.RULES);
  return cached;
}
