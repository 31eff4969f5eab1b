// Text that tells a client to pick a model by its legacy name (a prompt template, a tool's
// description: "call the chat tool with model deepseek-reasoner for step-by-step reasoning") in a
// project whose validation lists hold both legacy names (the mode is chosen by name there). The text
// and the list are one contract: after migration the choice is a thinking option, not a second name,
// so renaming the text alone breaks it.
import type { Finding } from "../../src/types.js";
import { lineAround } from "../../src/check/tokens.js";
import type { OutcomeView, ProjectCheck, ProjectView } from "./api.js";

const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rs|rb|php|cs)$/i;
const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|specs?|__mocks__|mocks?|fixtures?)\/|\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$/i;
const COMMENT_LINE = /^\s*(?:\/\/|#|\*|\/\*)/;
/** Four words in a row: a sentence, not a key and a value. */
const SENTENCE = /(?:[A-Za-z][\w'’-]*[ \t,]+){3,}[A-Za-z][\w'’-]*/;

export const coupledPrompt: ProjectCheck = {
  reason: "coupled-text",
  check(f: Finding, file: OutcomeView, project: ProjectView) {
    if (file.text === null || !CODE_FILE.test(file.file) || TEST_PATH.test(file.file)) return null;
    if (!project.validatesAnywhere(f.legacy)) return null;
    const { start, end } = lineAround(file.text, f.start);
    const line = file.text.slice(start, end);
    if (COMMENT_LINE.test(line) || inDocstring(file.text, f.start)) return null;
    const before = file.text.slice(Math.max(start, f.start - 120), f.start);
    if (/(?:\/\/|#)\s/.test(before)) return null;
    const after = file.text.slice(f.end, Math.min(end, f.end + 120)).replace(/\s(?:\/\/|#)\s.*$/, "");
    return SENTENCE.test(before) || SENTENCE.test(after) ? "coupled-text" : null;
  },
};

/** Whether `offset` sits in a triple-quoted string that opens a line: a docstring, not a value. */
function inDocstring(text: string, offset: number): boolean {
  const re = /"""|'''/g;
  let open = -1;
  let quote = "";
  for (let m = re.exec(text); m !== null && m.index < offset; m = re.exec(text)) {
    if (open === -1) {
      open = m.index;
      quote = m[0];
    } else if (m[0] === quote) open = -1;
  }
  if (open === -1) return false;
  const lineStart = text.lastIndexOf("\n", open - 1) + 1;
  return /^\s*[rRuUbB]?$/.test(text.slice(lineStart, open));
}
