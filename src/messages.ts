import { legacyEntry, type LegacyId } from "./catalog.js";
import type { SnippetKind } from "./types.js";

/** How a caller in a given ecosystem sets the thinking mode, as a one-line snippet. */
export function thinkingSnippet(kind: SnippetKind, mode: "enabled" | "disabled"): string {
  switch (kind) {
    case "openai-node":
      return `client.chat.completions.create({ model, messages, thinking: { type: "${mode}" } })`;
    case "openai-python":
    case "langchain-python":
      return `extra_body={"thinking": {"type": "${mode}"}}`;
    case "ai-sdk":
      return `providerOptions: { deepseek: { thinking: { type: "${mode}" } } }`;
    case "litellm":
      return `completion(..., thinking={"type": "${mode}"})`;
    case "http-json":
      return `"thinking": {"type": "${mode}"}`;
    case "openai-go":
      return `option.WithJSONSet("thinking", map[string]any{"type": "${mode}"})`;
    case "langchain4j":
      return `.customParameters(Map.of("thinking", Map.of("type", "${mode}")))`;
    case "spring-ai":
      return `no first-class option: send "thinking": {"type": "${mode}"} in the request body`;
    case "generic":
      return `"thinking": {"type": "${mode}"} in the request body`;
  }
}

function noteLead(legacy: LegacyId, mode: "enabled" | "disabled"): string {
  return mode === "disabled"
    ? `${legacy} meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used`
    : `${legacy} meant thinking enabled (the V4 default); set thinking {type: enabled} explicitly where this value is used`;
}

/** The note attached to a rename with no request site in reach. */
export function thinkingNote(legacy: LegacyId, kind: SnippetKind): string {
  const mode = legacyEntry(legacy).thinking;
  return `${noteLead(legacy, mode)}: ${thinkingSnippet(kind, mode)}`;
}

/** The code snippet of a note `thinkingNote` made, or null for any other note. */
export function noteSnippet(note: string, legacy: LegacyId): string | null {
  const lead = `${noteLead(legacy, legacyEntry(legacy).thinking)}: `;
  return note.startsWith(lead) ? note.slice(lead.length) : null;
}
