// A comment or docstring that explains a branch on the name right next to it ("thinking only for
// deepseek-reasoner" above `if id.includes("deepseek-reasoner")`). Whoever rewrites the branch to test
// the thinking setting rewrites the comment with it; renaming the comment alone would describe a
// branch that no longer exists.
import type { Detection } from "../../src/types.js";
import { position, splitLines } from "../../src/check/tokens.js";
import type { FileCheck, FileView } from "./api.js";
import { branchLines } from "./branches.js";

const COMMENT_LINE = /^\s*(?:\/\/|#|\*|\/\*|--\s)/;
const TRAILING_COMMENT = /(?:^|\s)(?:\/\/|#)\s/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rs|rb|php|cs|swift|scala)$/i;
/** How many code lines after a comment block make up the statement it documents. */
const STATEMENT_LINES = 3;

let memo: { text: string; detections: readonly Detection[]; branch: Set<number>; lines: string[] } | null = null;

function facts(file: FileView): { branch: Set<number>; lines: string[] } {
  if (memo?.text !== file.text || memo.detections !== file.detections) {
    memo = { text: file.text, detections: file.detections, branch: branchLines(file.text, file.lineStarts, file.detections), lines: splitLines(file.text) };
  }
  return memo;
}

export const branchComment: FileCheck = {
  reasons: ["branch-comment"],
  check(d: Detection, file: FileView) {
    if (!CODE_FILE.test(file.path)) return null;
    const { branch, lines } = facts(file);
    const at = position(file.lineStarts, d.start).line;
    const own = lines[at - 1] ?? "";
    const column = d.start - file.lineStarts[at - 1]!;
    const docstring = /\.py$/i.test(file.path) ? insideDocstring(file.text, d.start) : null;
    const comment = COMMENT_LINE.test(own) || TRAILING_COMMENT.test(own.slice(0, column));
    if (!comment && docstring === null) return null;
    if (branch.size === 0) return null;
    if (docstring !== null) {
      // A docstring documents its function: the body below it, up to the next line as little indented as its `def`.
      const defLine = position(file.lineStarts, docstring).line - 1;
      const def = lines[defLine - 1] ?? "";
      if (!/^\s*(?:async\s+)?(?:def|class)\s/.test(def)) return null;
      const indent = /^\s*/.exec(def)![0].length;
      for (let n = defLine + 1; n <= lines.length; n++) {
        const l = lines[n - 1]!;
        if (l.trim() !== "" && /^\s*/.exec(l)![0].length <= indent) break;
        if (branch.has(n)) return "branch-comment";
      }
      return null;
    }
    // A trailing comment documents its own line and the next; a comment block, the statement below it.
    if (!COMMENT_LINE.test(own)) return branch.has(at) || branch.has(at + 1) ? "branch-comment" : null;
    let n = at + 1;
    while (n <= lines.length && COMMENT_LINE.test(lines[n - 1]!)) n++;
    for (let k = 0; k < STATEMENT_LINES && n + k <= lines.length; k++) {
      if (lines[n + k - 1]!.trim() === "") break;
      if (branch.has(n + k)) return "branch-comment";
    }
    return null;
  },
};

/** The offset of the triple quote opening the Python docstring holding `offset`, or null. */
function insideDocstring(text: string, offset: number): number | null {
  const re = /"""|'''/g;
  let open: number | null = null;
  let quote = "";
  for (let m = re.exec(text); m !== null && m.index < offset; m = re.exec(text)) {
    if (open === null) {
      open = m.index;
      quote = m[0];
    } else if (m[0] === quote) open = null;
  }
  return open;
}
