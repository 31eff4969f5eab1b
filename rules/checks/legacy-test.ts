// A test that feeds a legacy name to code branching on it: the module it imports compares the name,
// keys a table (pricing, capabilities) by it, validates it against an enum, or tests a piece of it
// (`model.includes("reasoner")`). Such a test asserts legacy-specific behaviour: after migration both
// modes share one ID, so the expectation itself must change, by hand. A test of code that does not
// branch on the name only echoes it (an input and the assertion on it): renaming both keeps it true.
// Within a test file, each test (`it(...)`, `def test_...`, `func Test...`) is judged by the imported
// names it uses; a test asserting an exported constant its module keeps on the legacy name (reviewed
// there) stays with that constant. Integration and end-to-end tests send real requests, where the retired name fails:
// those are renamed.
import type { Finding } from "../../src/types.js";
import type { OutcomeView, ProjectCheck, ProjectView, ResolvedImport } from "./api.js";
import { splitLines } from "../../src/check/tokens.js";

const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|specs?)\//i;
const TEST_FILE = /\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$|Tests?\.(?:java|kt|cs)$|_spec\.rb$/;
const LIVE_TEST = /(?:^|\/)(?:integration|e2e|end[-_]to[-_]end|live|smoke)[^/]*\//i;
/** The first line of one test or of its set-up: `it(`, `test.each(...)(`, `beforeEach(`, `def test_x(`, `func TestX(`. */
const TEST_OPENER = /^\s*(?:(?:it|test|beforeEach|beforeAll)\b[\w.$]*\s*\(|(?:async\s+)?def\s|func\s)/;

const branching = (imp: ResolvedImport): boolean => imp.modules.some((m) => m.branches.length > 0 || m.capability);
/** The names of an import that its modules keep on the legacy value (exported constants under review). */
const kept = (imp: ResolvedImport): string[] => imp.names.filter((n) => imp.modules.some((m) => m.keeps.includes(n)));

export const legacyTest: ProjectCheck = {
  reason: "test-assertion",
  check(f: Finding, file: OutcomeView, project: ProjectView) {
    if (!(TEST_FILE.test(file.file) || TEST_DIR.test(file.file)) || LIVE_TEST.test(file.file)) return null;
    const imports = project.importsOf(file.file);
    if (!imports.some((imp) => branching(imp) || kept(imp).length > 0)) return null;
    const block = file.text === null ? null : testBlock(file.text, f.line);
    if (block === null) return imports.some(branching) ? "test-assertion" : null;
    const uses = (names: readonly string[]): boolean =>
      names.some((n) => new RegExp(`(?<![\\w$])${n.replace(/\$/g, "\\$")}(?![\\w$])`).test(block));
    if (imports.some((imp) => branching(imp) && (imp.names.length === 0 || uses(imp.names)))) return "test-assertion";
    // A constant its module keeps on the legacy name: the test asserting it stays with it.
    if (imports.some((imp) => uses(kept(imp)))) return "test-assertion";
    // The test uses only modules that do not branch on the name: the value is an input it echoes.
    if (imports.some((imp) => uses(imp.names))) return null;
    return "test-assertion";
  },
};

let memo: { text: string; lines: string[] } | null = null;

/** The text of the test holding 1-based `line`, found by indentation; null at a file's or a suite's top level. */
export function testBlock(text: string, line: number): string | null {
  if (memo?.text !== text) memo = { text, lines: splitLines(text) };
  const { lines } = memo;
  const indent = (l: string): number => /^\s*/.exec(l)![0].length;
  let bound = indent(lines[line - 1] ?? "");
  let opener = -1;
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.trim() === "" || (i !== line - 1 && indent(l) >= bound)) continue;
    if (TEST_OPENER.test(l)) {
      opener = i;
      break;
    }
    if (i !== line - 1) bound = indent(l);
    if (bound === 0) return null;
  }
  if (opener === -1) return null;
  const own = indent(lines[opener]!);
  let end = opener + 1;
  while (end < lines.length && (lines[end]!.trim() === "" || indent(lines[end]!) > own)) end++;
  return lines.slice(opener, Math.min(lines.length, end + 1)).join("\n");
}
