// A collection bound to a name that the file tests membership in: `THINKING_OFF = {"deepseek-chat"}`
// with `if model in THINKING_OFF`, `self.id not in self._ids`, `OFF.has(id)`. A rename changes which
// side of that test the new ID falls on, whatever else the set holds, so it is a comparison.
import type { Detection } from "../../src/types.js";
import { enclosingList } from "../shared.js";
import type { FileCheck, FileView } from "./api.js";

const BINDING = /(?:^|[\s(,;])(?:self\.|cls\.|this\.)?([A-Za-z_$][\w$]*)\s*(?::[^=\n]{0,80})?=\s*(?:(?:frozenset|set|Set|new Set|tuple|list)\s*\(\s*)?$/;

export const membershipSet: FileCheck = {
  reasons: ["comparison"],
  check(d: Detection, file: FileView) {
    const { text } = file;
    const list = enclosingList(text, d.start, d.end);
    if (!list) return null;
    const opener = text.slice(Math.max(0, list.start - 1 - 200), list.start - 1);
    const m = BINDING.exec(opener);
    if (!m) return null;
    const name = m[1]!.replace(/\$/g, "\\$");
    const tested = new RegExp(`\\bin\\s+(?:self\\.|cls\\.|this\\.)?${name}\\b|(?<![\\w$])${name}\\s*\\.\\s*(?:has|includes|contains|__contains__)\\(`);
    return tested.test(text) ? "comparison" : null;
  },
};
