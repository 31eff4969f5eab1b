// A legacy name inside a pattern (`^deepseek-chat$`, `re.compile("deepseek-reasoner")`, `grep
// deepseek-chat`): a rename changes what the pattern matches, and it may be meant to match both.
import type { LineFacts } from "./line.js";

const PATTERN_CALL =
  /(?:MustCompile|Regexp?(?:\.new|\.compile)?|Pattern\.compile|preg_(?:match|replace)\w*|re\.(?:compile|match|search|fullmatch|sub)|=~|\bgrep(?:\s+-[-\w]+)*|\bsed\s+(?:-\w+\s+)*['"]?s)\s*\(?\s*[rR]?$/;

export function regexLine({ text, occ, idStart, lineStart, before }: LineFacts): "regex" | null {
  if (text[idStart - 1] === "^" || text[occ.end] === "$" || /\\b$/.test(text.slice(lineStart, idStart))) return "regex";
  return PATTERN_CALL.test(before) ? "regex" : null;
}
