import { legacyEntry, type LegacyId } from "../catalog.js";

function noteLead(legacy: LegacyId, mode: "enabled" | "disabled"): string {
  return mode === "disabled"
    ? `${legacy} meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used`
    : `${legacy} meant thinking enabled (the V4 default); set thinking {type: enabled} explicitly where this value is used`;
}

/**
 * The note attached to a rename with no request site in reach: the lead sentence, then the SDK's
 * snippet. With `lines`, the value is a default a caller can override that reaches the requests on
 * those lines: the note names them, and the mode is set per call there.
 */
export function thinkingNote(legacy: LegacyId, snippet: string, lines: readonly number[] = []): string {
  const lead = noteLead(legacy, legacyEntry(legacy).thinking);
  if (lines.length === 0) return `${lead}: ${snippet}`;
  const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
  return `${lead} (the request${lines.length === 1 ? "" : "s"} at ${where}; this value is a default a caller can override, so set the mode that call${lines.length === 1 ? "" : "s"} need${lines.length === 1 ? "s" : ""}): ${snippet}`;
}

/** The code snippet of a note `thinkingNote` made, or null for any other note. */
export function noteSnippet(note: string, legacy: LegacyId): string | null {
  const lead = `${noteLead(legacy, legacyEntry(legacy).thinking)}: `;
  return note.startsWith(lead) ? note.slice(lead.length) : null;
}
