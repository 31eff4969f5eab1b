// The name as a key (`"deepseek-chat": …`, `"deepseek-chat" => …`, `[deepseek-chat]`, `.get("…")`):
// a table keyed by the names (pricing, capabilities, labels) collapses two entries into one.
import type { LineFacts } from "./line.js";

export function mappingKeyLine({ prose, quoted, before, after }: LineFacts): "mapping-key" | null {
  if (quoted && (prose ? /^(?::(?![:=])|=>)/ : /^(?::(?![:=])|=>|\s*to\s)/).test(after)) return "mapping-key";
  if (!prose && /\[$/.test(before) && /^\]/.test(after)) return "mapping-key";
  if (/\.(?:put|get|getOrDefault|set|containsKey|remove)\(\s*$/.test(before)) return "mapping-key";
  return null;
}
