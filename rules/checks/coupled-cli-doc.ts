// A document showing a command-line flag set to a legacy name (`--backend="deepseek-chat"`) in a
// project whose code branches on that name (argparse `choices`, `if backend == "deepseek-chat"`): the
// documented value and the branch are one contract, so the docs change with the code, by hand. The
// lines right around the example (a list of the supported values) belong to it.
import type { Finding } from "../../src/types.js";
import type { OutcomeView, ProjectCheck, ProjectView } from "./api.js";
import { splitLines } from "../../src/check/tokens.js";

const DOC_FILE = /\.(?:md|mdx|markdown|rst|txt|adoc)$/i;
/** How many lines around a flag example still document its values. */
const REACH = 3;

let memo: { text: string; lines: string[] } | null = null;

export const coupledCliDoc: ProjectCheck = {
  reason: "coupled-text",
  check(f: Finding, file: OutcomeView, project: ProjectView) {
    if (file.text === null || !DOC_FILE.test(file.file) || !project.branchesAnywhere(f.legacy)) return null;
    const flag = new RegExp(`(?:^|[\\s\`'"(])--[\\w-]+(?:=|\\s+)["']?(?:[\\w-]+[/:])?${f.legacy.replace(/[-.]/g, "\\$&")}(?![\\w-])`);
    if (memo?.text !== file.text) memo = { text: file.text, lines: splitLines(file.text) };
    const { lines } = memo;
    const at = f.line - 1;
    for (let i = Math.max(0, at - REACH); i <= Math.min(lines.length - 1, at + REACH); i++) {
      if (flag.test(lines[i]!)) return "coupled-text";
    }
    return null;
  },
};
