import { legacyEntry, type LegacyId } from "./catalog.js";
import type { AdvisoryCode, Reason, SnippetKind } from "./types.js";

/** One line saying why a finding was reported, for a reason code. */
export function reasonMessage(reason: Reason, legacy: LegacyId, replacement: string | null, detail?: string): string {
  const to = replacement ?? "a V4 model ID";
  const mode = legacyEntry(legacy).thinking;
  switch (reason) {
    case "reference":
      return `retired model name ${legacy}: use ${to}`;
    case "request-site":
      return `retired model name ${legacy} at a request site: use ${to} with thinking ${mode}`;
    case "config-value":
      return `retired model name ${legacy} in configuration: use ${to} and set thinking ${mode} where the request is built`;
    case "comparison":
      return `comparison on the legacy name: both modes now share one ID; test the thinking setting instead`;
    case "switch-case":
      return `branch on the legacy name: both modes now share one ID; branch on the thinking setting instead`;
    case "mapping-key":
      return `legacy name used as a key: renaming would merge the chat and reasoner entries; decide what the V4 entry should hold`;
    case "collection-both":
      return `collection holds both legacy names: renaming collapses them into one ${to}; decide how the two modes are represented`;
    case "collection-current":
      return `collection already holds a V4 ID: renaming would create a duplicate; remove the legacy entry instead`;
    case "openrouter":
      return `OpenRouter slug ${detail ?? legacy}: OpenRouter's own catalog entry, not DeepSeek's retired alias; check the route you want`;
    case "regex":
      return `pattern matching the legacy name: decide what it should match now that both modes share ${to}`;
    case "recorded-request":
      return `legacy name in a recorded request: re-record this interaction instead of editing the recording`;
    case "recorded-response":
      return `legacy name in a recorded API response: history of what the server answered, not configuration`;
    case "snapshot":
      return `legacy name in a test snapshot: update it by re-running the tests after the migration`;
    case "generated":
      return `legacy name in a generated file: change the source it is generated from and regenerate`;
    case "exported-constant":
      // detail names the constant; tolerate callers that pass it with or without a trailing space.
      return `exported constant ${detail?.trim() ? `${detail.trim()} ` : ""}holds the legacy name: changing it retargets every importer; add a new constant and deprecate this one`;
    case "migration-prose":
      return `text already discusses the migration: rewriting it would misstate history; edit by hand`;
    case "test-assertion":
      return `test asserts legacy-specific behaviour: update the expectation by hand`;
    case "thinking-conflict":
      return `request sets thinking ${detail ?? "differently"} but ${legacy} meant thinking ${mode}: decide which behaviour you want`;
    case "escaped-literal":
      return `legacy name inside an escaped or computed string: the source text differs from its value; edit by hand`;
  }
}

const ADVISORIES: Readonly<Record<AdvisoryCode, string>> = {
  "reasoning-content-dropped":
    "reasoning_content is stripped or ignored: V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise)",
  "sampling-ignored": "temperature/top_p/penalties are ignored when thinking is enabled",
  "forced-tool-choice": "forcing a tool via tool_choice returns HTTP 400 when thinking is enabled",
  "fim-thinking": "FIM completion (/beta/completions) works only with thinking disabled",
};

export function advisoryMessage(code: AdvisoryCode, detail?: string): string {
  return detail ? `${ADVISORIES[code]} (${detail})` : ADVISORIES[code];
}

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

/**
 * A few words saying what a review finding is and what to do, for one-line listings (the pretty
 * format): the finding's own line already names the legacy ID and its place.
 */
export function reasonHeadline(reason: Reason): string {
  switch (reason) {
    case "reference":
      return "retired name";
    case "request-site":
      return "request site";
    case "config-value":
      return "configuration value";
    case "comparison":
      return "compared: test the thinking setting instead";
    case "switch-case":
      return "branched on: branch on the thinking setting";
    case "mapping-key":
      return "table key: decide what the V4 entry holds";
    case "collection-both":
      return "listed with the other name: they would merge";
    case "collection-current":
      return "listed beside its V4 ID: remove this entry";
    case "openrouter":
      return "OpenRouter's own slug: check the route";
    case "regex":
      return "in a pattern: decide what it should match";
    case "recorded-request":
      return "recorded request: re-record it";
    case "recorded-response":
      return "recorded response: history, re-record or leave";
    case "snapshot":
      return "test snapshot: re-run the tests to update it";
    case "generated":
      return "generated file: change its source, regenerate";
    case "exported-constant":
      return "exported constant: add a new one instead";
    case "migration-prose":
      return "text about the migration: edit by hand";
    case "test-assertion":
      return "test expectation: update it by hand";
    case "thinking-conflict":
      return "thinking set otherwise here: decide which";
    case "escaped-literal":
      return "escaped or computed string: edit by hand";
  }
}

const ADVISORY_HEADLINES: Readonly<Record<AdvisoryCode, string>> = {
  "reasoning-content-dropped": "reasoning_content dropped: V4 needs it back when tools are used",
  "sampling-ignored": "sampling settings are ignored while thinking is enabled",
  "forced-tool-choice": "a forced tool_choice fails (HTTP 400) while thinking is enabled",
  "fim-thinking": "FIM completion works only with thinking disabled",
};

/** A few words for an advisory, for one-line listings; the full message is in every other format. */
export function advisoryHeadline(code: AdvisoryCode): string {
  return ADVISORY_HEADLINES[code];
}

/** The code snippet of a note `thinkingNote` made, or null for any other note. */
export function noteSnippet(note: string, legacy: LegacyId): string | null {
  const lead = `${noteLead(legacy, legacyEntry(legacy).thinking)}: `;
  return note.startsWith(lead) ? note.slice(lead.length) : null;
}
