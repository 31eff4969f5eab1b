// A collection holding both legacy names (a rename would merge them into one) or a legacy name beside
// a V4 ID (a rename would duplicate it): a list, a set, an enum's members.
import type { LegacyId } from "../../src/catalog.js";
import type { Reason } from "../../src/types.js";
import { enclosingList, mentionsCurrent, mentionsOther } from "../shared.js";
import type { LineFacts } from "./line.js";

/** Classification of a collection's contents: both legacy names, or a legacy name beside a V4 ID. */
export function collectionReason(members: string, legacy: LegacyId): Reason | null {
  if (mentionsOther(members, legacy)) return "collection-both";
  if (mentionsCurrent(members)) return "collection-current";
  return null;
}

/**
 * A container's verdict on one question (`what`) for one legacy name, computed on the first ask and
 * reused for the file: a list or table with many legacy values is then read once per name, not once
 * per value it holds.
 */
export type ContainerVerdicts = (container: object, what: string, legacy: LegacyId, judge: () => Reason | null) => Reason | null;

/** A fresh memo of container verdicts, for one file. */
export function containerVerdicts(): ContainerVerdicts {
  const judged = new Map<object, Map<string, Reason | null>>();
  return (container, what, legacy, judge) => {
    let answers = judged.get(container);
    if (!answers) judged.set(container, (answers = new Map()));
    const key = `${what}:${legacy}`;
    if (!answers.has(key)) answers.set(key, judge());
    return answers.get(key)!;
  };
}

/** A bracketed list around the ID, on its line or spanning a few lines, holding the other name or a V4 ID (code only). */
export function collectionLine({ text, occ, prose, litStart, litEnd }: LineFacts): Reason | null {
  if (prose) return null;
  const span = enclosingList(text, litStart, litEnd);
  return span ? collectionReason(text.slice(span.start, span.end), occ.legacy) : null;
}
