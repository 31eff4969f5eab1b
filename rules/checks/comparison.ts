// A comparison with the name (`==`, `!=`, `-eq`, `.equals(…)`, `.includes(…)`, SQL `=`, `[[ … == … ]]`):
// after migration both modes share one ID, so the branch must test the thinking setting instead.
import type { LineFacts } from "./line.js";

const MEMBERSHIP_CALL =
  /(?:\.equals|\.equalsIgnoreCase|EqualFold|strcmp|strcasecmp|\.Contains|\.contains|\.includes|\.has|in_array|\.startsWith|HasPrefix|Equal|assertEquals?|assert_eq!?)\(\s*(?:[\w.$]+\s*,\s*)?$/;

export function comparisonLine({ path, prose, quoted, before, after }: LineFacts): "comparison" | null {
  if (/(?:^|[^=!<>])(?:===?|!==?|<>)$/.test(before)) return "comparison";
  if (!prose && (/\s(?:-eq|-ne)$/.test(before) || (quoted && /\s(?:eq|ne|is|is not|not in|in)$/.test(before)))) return "comparison";
  if (/^(?:===?|!==?)(?!=)|^\.(?:equals|equalsIgnoreCase|contentEquals|startsWith|endsWith)\(/.test(after)) return "comparison";
  if (MEMBERSHIP_CALL.test(before)) return "comparison";
  if (/\.sql$/i.test(path) && /(?:^|\s)(?:=|<>|!=|like|in\s*\()\s*$/i.test(before)) return "comparison";
  if (/\[\[?\s.*\s(?:==?|!=)\s*$/.test(before)) return "comparison";
  return null;
}
