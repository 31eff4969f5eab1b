// An arm of a switch or match (`case "deepseek-chat":`, `when 'deepseek-reasoner'`, a shell `case`
// pattern `deepseek-chat|…)`, a Rust/Scala `"deepseek-chat" =>`): a branch on the name.
import type { LineFacts } from "./line.js";

export function switchCaseLine({ prose, quoted, before, after }: LineFacts): "switch-case" | null {
  if (prose) return null;
  if (quoted && /(?:^|[\s{;])(?:case|when)(?:\s+[^:]*,)?$/.test(before)) return "switch-case";
  if (/^\s*(?:\||\))/.test(after) && /^\s*(?:['"]?[\w./:@-]+['"]?\s*\|\s*)*$/.test(before)) return "switch-case";
  if (/^=>/.test(after) && /^\s*(?:\||$)/.test(before)) return "switch-case";
  return null;
}
