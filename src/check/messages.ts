import { legacyEntry, type LegacyId } from "../catalog.js";

function noteLead(legacy: LegacyId, mode: "enabled" | "disabled"): string {
  return mode === "disabled"
    ? `${legacy} meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used`
    : `${legacy} meant thinking enabled (the V4 default); set thinking {type: enabled} explicitly where this value is used`;
}

/** The note attached to a rename with no request site in reach: the lead sentence, then the SDK's snippet. */
export function thinkingNote(legacy: LegacyId, snippet: string): string {
  return `${noteLead(legacy, legacyEntry(legacy).thinking)}: ${snippet}`;
}

/** The code snippet of a note `thinkingNote` made, or null for any other note. */
export function noteSnippet(note: string, legacy: LegacyId): string | null {
  const lead = `${noteLead(legacy, legacyEntry(legacy).thinking)}: `;
  return note.startsWith(lead) ? note.slice(lead.length) : null;
}
