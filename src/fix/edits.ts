import type { Edit } from "../types.js";

/**
 * Applies edits to `text` in one forward pass. Edits are sorted by start; an edit overlapping an
 * earlier one is dropped and returned in `skipped`. Insertions (start === end) at the same offset keep their order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[]; skipped: Edit[] } {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  const parts: string[] = [];
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      skipped.push(edit);
      continue;
    }
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
    applied.push(edit);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), applied, skipped };
}

/** Edits without repeats: the same text at the same place is one edit, however many findings need it. */
export function uniqueEdits(edits: readonly Edit[]): Edit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.start}:${e.end}:${e.text}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
