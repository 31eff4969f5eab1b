// A value checked against a validation list that holds the legacy names: the default of a schema
// enum (`z.enum(["deepseek-chat", "deepseek-reasoner"]).default("deepseek-chat")`), a CLI flag's
// `choices=[...]`, a `Literal[...]` type. Renaming the value alone makes the validation reject it;
// the list and the value change together, and the list needs a decision (one V4 ID plus a thinking
// option), so both are reviewed.
import type { Detection } from "../../src/types.js";
import { enclosingList } from "../shared.js";
import type { FileCheck, FileView } from "./api.js";
import { findOccurrences } from "../../src/check/tokens.js";

/** The call or subscript a list argument belongs to, written right before the list's bracket. */
const VALIDATION_HEAD = /(?:\.enum|\bz\.enum|\bEnum|\bchoices\s*=|\bLiteral|\benum\s*:|"enum"\s*:|\bvalidValues|\ballowed_?values\s*=|\bisIn|\boneOf|\bIsIn)\s*\(?\s*$/i;

export const validatedValue: FileCheck = {
  reasons: ["validated-value"],
  check(d: Detection, file: FileView) {
    const { text } = file;
    const list = enclosingList(text, d.start, d.end);
    if (list) {
      const head = text.slice(Math.max(0, list.start - 1 - 120), list.start - 1);
      if (VALIDATION_HEAD.test(head)) return "validated-value";
      // `.enum([...])`: the list is the call's only argument, one level further out.
      const outer = enclosingList(text, list.start - 1, list.end + 1);
      if (outer && VALIDATION_HEAD.test(text.slice(Math.max(0, outer.start - 1 - 120), outer.start - 1))) return "validated-value";
    }
    // The `.default(...)` chained onto an enum holding a legacy name.
    const before = text.slice(Math.max(0, d.start - 400), d.start);
    const chained = /\.enum\s*\(\s*\[([^\]]*)\]\s*\)\s*\.default\s*\(\s*["'`]?$/.exec(before);
    if (chained && findOccurrences(chained[1]!).length > 0) return "validated-value";
    return null;
  },
};
