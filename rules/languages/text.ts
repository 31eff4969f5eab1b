// The fallback rule: any text file no other rule owns (Go, Java, Kotlin, Rust, Ruby, PHP, C#, shell,
// SQL, Dockerfiles...). Token matching plus line-level heuristics for branches, keys and patterns.
import type { Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { lineDetections } from "../lines.js";

export const textRule: Rule = {
  id: "text",
  description: "Legacy model IDs in any other text file, with line-level checks for branches, keys and patterns",
  appliesTo: () => true,
  check(ctx: RuleContext): RuleOutput {
    return { detections: lineDetections(ctx) };
  },
};
