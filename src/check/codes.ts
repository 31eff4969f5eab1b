// One entry per finding code: everything a report says about it. Reason codes (a legacy name found)
// and advisory codes (a thinking-mode hazard) each have one table; every format reads from it.
import { LEGACY, legacyEntry, RETIRED_AT, type LegacyId, type ThinkingMode } from "../catalog.js";
import type { Action, Advisory, AdvisoryCode, AdvisoryDetail, Finding, FindingDetail, Reason, SkipReason } from "../types.js";

/** The texts of a code in the SARIF log's rule list. */
export interface SarifText {
  readonly short: string;
  readonly full: string;
  /** What to do about it; shared by help.text and help.markdown. */
  readonly help: string;
}

/** What the one-line message of a reason code is made from. */
export interface MessageFacts {
  readonly legacy: LegacyId;
  /** The target the legacy name maps to, or a phrase standing for it when review leaves none. */
  readonly to: string;
  /** The thinking mode the legacy name implied. */
  readonly mode: ThinkingMode;
  readonly detail: FindingDetail;
}

export interface ReasonCode {
  /** The action a finding with this code takes: rewrites are errors in SARIF, reviews warnings. */
  readonly action: Action;
  readonly message: (facts: MessageFacts) => string;
  /** A few words for one-line listings (the pretty format); the line already names the ID and place. */
  readonly headline: string;
  readonly sarif: SarifText;
}

export interface AdvisoryText {
  readonly message: string;
  readonly headline: string;
  readonly sarif: SarifText;
}

/** "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const IDS = LEGACY.map((e) => e.id);
const TARGETS = [...new Set(LEGACY.map((e) => e.defaultTarget))];
/** The retired names without their `deepseek-` head, as people call the modes: "chat", "reasoner". */
const MODES = IDS.map((id) => id.replace(/^deepseek-/, ""));

const WHY = `${andList(IDS)} were retired on ${RETIRED_AT.slice(0, 10)}; requests naming them fail with HTTP 400. ${
  IDS.length === 2 ? "Both" : "All"
} map to ${andList(TARGETS)}, which thinks by default: ${LEGACY.map((e, i) => `${e.id} ${i === 0 ? "meant " : ""}thinking ${e.thinking}`).join(", ")}.`;

export const REASON_CODES: Readonly<Record<Reason, ReasonCode>> = {
  reference: {
    action: "rewrite",
    message: ({ legacy, to }) => `retired model name ${legacy}: use ${to}`,
    headline: "retired name",
    sarif: {
      short: "Retired DeepSeek model name",
      full: `A retired model name that the tool rewrites to its V4 ID. ${WHY}`,
      help: "Run `deepseek-migrate apply` (or apply this result's fix) to rename it, and set the thinking mode the old name implied where the request is built.",
    },
  },
  "request-site": {
    action: "rewrite",
    message: ({ legacy, to, mode }) => `retired model name ${legacy} at a request site: use ${to} with thinking ${mode}`,
    headline: "request site",
    sarif: {
      short: "Retired DeepSeek model name at a request site",
      full: `A retired model name passed directly to an API call; the rewrite renames it and makes the thinking mode explicit in the same call. ${WHY}`,
      help: "Run `deepseek-migrate apply` (or apply this result's fix): it renames the model and adds the thinking setting the old name implied.",
    },
  },
  "config-value": {
    action: "rewrite",
    message: ({ legacy, to, mode }) => `retired model name ${legacy} in configuration: use ${to} and set thinking ${mode} where the request is built`,
    headline: "configuration value",
    sarif: {
      short: "Retired DeepSeek model name in configuration",
      full: `A retired model name in a configuration value; the request that uses it is built elsewhere, so the thinking mode must be set there. ${WHY}`,
      help: `Apply the rename, then set thinking ${LEGACY.map((e) => `{type: ${e.thinking}} (for ${e.id})`).join(" or ")} in the code that sends the request.`,
    },
  },
  comparison: {
    action: "review",
    message: () => "comparison on the legacy name: both modes now share one ID; test the thinking setting instead",
    headline: "compared: test the thinking setting instead",
    sarif: {
      short: "Comparison on a retired model name",
      full: "Code compares a model string with a retired name. After the migration both modes share one ID, so the comparison no longer tells them apart.",
      help: "Test the thinking setting instead of the model name.",
    },
  },
  "switch-case": {
    action: "review",
    message: () => "branch on the legacy name: both modes now share one ID; branch on the thinking setting instead",
    headline: "branched on: branch on the thinking setting",
    sarif: {
      short: "Branch on a retired model name",
      full: "A switch/case label names a retired model. After the migration both modes share one ID, so the branch can no longer select a mode.",
      help: "Branch on the thinking setting instead of the model name.",
    },
  },
  "mapping-key": {
    action: "review",
    message: () => `legacy name used as a key: renaming would merge the ${andList(MODES)} entries; decide what the V4 entry should hold`,
    headline: "table key: decide what the V4 entry holds",
    sarif: {
      short: "Retired model name used as a key",
      full: `A lookup table (pricing, capabilities, labels) is keyed by a retired name; renaming would merge the ${andList(MODES)} entries into one key.`,
      help: "Decide what the V4 entry should hold, then edit the table by hand.",
    },
  },
  "collection-both": {
    action: "review",
    message: ({ to }) => `collection holds both legacy names: renaming collapses them into one ${to}; decide how the two modes are represented`,
    headline: "listed with the other name: they would merge",
    sarif: {
      short: "Collection holding both retired names",
      full: `A list, union or enum holds both ${andList(IDS)}; renaming both collapses them into one ID.`,
      help: "Decide how the two modes are represented now (for example one model ID plus a thinking flag).",
    },
  },
  "collection-current": {
    action: "review",
    message: () => "collection already holds a V4 ID: renaming would create a duplicate; remove the legacy entry instead",
    headline: "listed beside its V4 ID: remove this entry",
    sarif: {
      short: "Collection already holding a V4 ID",
      full: "A collection holds a retired name next to its V4 replacement; renaming would create a duplicate.",
      help: "Remove the retired entry.",
    },
  },
  openrouter: {
    action: "review",
    message: ({ legacy, detail }) => `OpenRouter slug ${detail.slug ?? legacy}: OpenRouter's own catalog entry, not DeepSeek's retired alias; check the route you want`,
    headline: "OpenRouter's own slug: check the route",
    sarif: {
      short: "OpenRouter slug that looks like a retired name",
      full: `deepseek/${IDS[0]} in an OpenRouter context is OpenRouter's own catalog entry, not DeepSeek's retired alias; it is never re-pointed to V4 automatically.`,
      help: "Check which OpenRouter route you want and change it by hand if needed.",
    },
  },
  "other-host": {
    action: "review",
    message: ({ legacy, detail }) =>
      `${legacy} in ${detail.host ? `the model catalog of ${detail.host}` : "another host's model catalog"}: that host's own ID, not DeepSeek's API; check which IDs the host serves now`,
    headline: "another host's catalog: check what it serves",
    sarif: {
      short: "Retired name in another host's model catalog",
      full: "A third-party host or aggregator lists a model under a retired DeepSeek name; the ID is the host's own and follows its catalog, not DeepSeek's retirement.",
      help: "Check the host's current model list and change the entry by hand if needed.",
    },
  },
  regex: {
    action: "review",
    message: ({ to }) => `pattern matching the legacy name: decide what it should match now that both modes share ${to}`,
    headline: "in a pattern: decide what it should match",
    sarif: {
      short: "Pattern matching a retired model name",
      full: "A regular expression matches a retired name; after the migration both modes share one ID.",
      help: "Decide what the pattern should match now and edit it by hand.",
    },
  },
  "recorded-request": {
    action: "review",
    message: () => "legacy name in a recorded request: re-record this interaction instead of editing the recording",
    headline: "recorded request: re-record it",
    sarif: {
      short: "Retired model name in a recorded request",
      full: "A recorded HTTP interaction (cassette, fixture) sends a retired name; editing the recording would make it disagree with its recorded response.",
      help: "Re-record the interaction against the V4 model.",
    },
  },
  "recorded-response": {
    action: "review",
    message: () => "legacy name in a recorded API response: history of what the server answered, not configuration",
    headline: "recorded response: history, re-record or leave",
    sarif: {
      short: "Retired model name in a recorded response",
      full: "A recorded API response names a retired model: a record of what the server answered, not configuration.",
      help: "Leave it, or re-record the interaction.",
    },
  },
  snapshot: {
    action: "review",
    message: () => "legacy name in a test snapshot: update it by re-running the tests after the migration",
    headline: "test snapshot: re-run the tests to update it",
    sarif: {
      short: "Retired model name in a test snapshot",
      full: "A test snapshot contains a retired name; snapshots are regenerated, not edited.",
      help: "Re-run the tests with snapshot updating after the migration.",
    },
  },
  generated: {
    action: "review",
    message: () => "legacy name in a generated file: change the source it is generated from and regenerate",
    headline: "generated file: change its source, regenerate",
    sarif: {
      short: "Retired model name in a generated file",
      full: "A generated file contains a retired name; edits would be overwritten by the next generation.",
      help: "Change the source it is generated from and regenerate.",
    },
  },
  "exported-constant": {
    action: "review",
    message: ({ detail }) =>
      `exported constant ${detail.constant ? `${detail.constant} ` : ""}holds the legacy name: changing it retargets every importer; add a new constant and deprecate this one`,
    headline: "exported constant: add a new one instead",
    sarif: {
      short: "Exported constant holding a retired name",
      full: "An exported constant holds a retired name; changing it silently retargets every importer.",
      help: "Add a new constant with the V4 ID and deprecate this one.",
    },
  },
  "migration-prose": {
    action: "review",
    message: () => "text already discusses the migration: rewriting it would misstate history; edit by hand",
    headline: "text about the migration: edit by hand",
    sarif: {
      short: "Text that already discusses the migration",
      full: "Prose that talks about the retirement itself; rewriting the name would misstate history.",
      help: "Edit by hand if the text should change.",
    },
  },
  "test-assertion": {
    action: "review",
    message: () => "test asserts legacy-specific behaviour: update the expectation by hand",
    headline: "test expectation: update it by hand",
    sarif: {
      short: "Test asserting legacy-specific behaviour",
      full: "A test feeds the retired name to code that branches on it (a capability check, a table keyed by the names, a validation list), so it expects behaviour tied to that name.",
      help: "Update the expectation by hand to the V4 behaviour.",
    },
  },
  "branch-comment": {
    action: "review",
    message: () => "comment documents a branch on the legacy name next to it: rewrite it together with the branch",
    headline: "comment on a name-based branch",
    sarif: {
      short: "Comment documenting a branch on a retired name",
      full: "A comment or docstring explains code beside it that branches on the retired name; after migration both modes share one ID, so the branch and its comment change together.",
      help: "Make the branch test the thinking setting instead of the name, then update the comment.",
    },
  },
  "validated-value": {
    action: "review",
    message: () => "value is checked against a validation list holding the legacy names (a schema enum, CLI choices): change the list and the value together",
    headline: "validated value: change it with its list",
    sarif: {
      short: "Retired name checked against a validation list",
      full: "A default or choice validated against a list (schema enum, CLI choices) that holds the retired names; renaming the value alone makes validation reject it.",
      help: "Decide the new list (one V4 ID plus a thinking option), then change the value with it.",
    },
  },
  "coupled-text": {
    action: "review",
    message: () => "text tells a user or client to choose a model by the legacy name, and the project's code validates or branches on that name: change both together",
    headline: "text coupled to a name-based branch",
    sarif: {
      short: "Text naming a value the code branches on",
      full: "A prompt, tool description or document tells a client to pick a model by a retired name that code elsewhere in the project validates or branches on; renaming the text alone breaks the coupling.",
      help: "Change the code's validation or branch first (one V4 ID plus a thinking option), then the text.",
    },
  },
  "thinking-conflict": {
    action: "review",
    message: ({ legacy, mode, detail }) => `request sets thinking ${detail.found ?? "differently"} but ${legacy} meant thinking ${mode}: decide which behaviour you want`,
    headline: "thinking set otherwise here: decide which",
    sarif: {
      short: "Thinking setting contradicts the retired name",
      full: "The request sets a thinking mode that differs from what the retired name implied.",
      help: "Decide which behaviour you want and make the thinking setting say so.",
    },
  },
  "escaped-literal": {
    action: "review",
    message: () => "legacy name inside an escaped or computed string: the source text differs from its value; edit by hand",
    headline: "escaped or computed string: edit by hand",
    sarif: {
      short: "Retired model name in an escaped or computed string",
      full: "The source text of the string differs from its value (escapes, concatenation), so the tool does not guess an edit.",
      help: "Edit the string by hand.",
    },
  },
};

export const ADVISORY_CODES: Readonly<Record<AdvisoryCode, AdvisoryText>> = {
  "reasoning-content-dropped": {
    message:
      "reasoning_content is stripped or ignored: V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise)",
    headline: "reasoning_content dropped: V4 needs it back when tools are used",
    sarif: {
      short: "reasoning_content dropped under thinking mode",
      full: "Code strips or ignores reasoning_content. V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise).",
      help: "Keep reasoning_content in the assistant messages you send back while tools are in use.",
    },
  },
  "sampling-ignored": {
    message: "temperature/top_p/penalties are ignored when thinking is enabled",
    headline: "sampling settings are ignored while thinking is enabled",
    sarif: {
      short: "Sampling parameters ignored under thinking mode",
      full: "temperature, top_p and the penalties have no effect when thinking is enabled.",
      help: "Disable thinking for this call if the sampling settings matter.",
    },
  },
  "forced-tool-choice": {
    message: "forcing a tool via tool_choice returns HTTP 400 when thinking is enabled",
    headline: "a forced tool_choice fails (HTTP 400) while thinking is enabled",
    sarif: {
      short: "Forced tool_choice fails under thinking mode",
      full: "Forcing a tool via tool_choice returns HTTP 400 when thinking is enabled.",
      help: "Disable thinking for this call or let the model choose the tool.",
    },
  },
  "fim-thinking": {
    message: "FIM completion (/beta/completions) works only with thinking disabled",
    headline: "FIM completion works only with thinking disabled",
    sarif: {
      short: "FIM completion needs thinking disabled",
      full: "FIM completion (/beta/completions) works only with thinking disabled.",
      help: "Send thinking {type: disabled} with FIM requests.",
    },
  },
};

/**
 * How serious each skip reason is in SARIF and GitHub annotations: an error when the tool could not
 * judge or keep a file it read (its rule crashed, the edit would break the syntax, the file changed
 * under the run); a warning otherwise.
 */
export const SKIP_LEVELS: Readonly<Record<SkipReason, "error" | "warning">> = {
  binary: "warning",
  "too-large": "warning",
  unreadable: "warning",
  "changed-during-run": "error",
  "write-failed": "warning",
  "parse-error": "error",
  "rule-crash": "error",
};

/** One line saying why a finding was reported, from its code, names and detail. */
export function findingMessage(f: Pick<Finding, "reason" | "legacy" | "replacement" | "target" | "detail">): string {
  const to = f.replacement ?? f.target;
  return REASON_CODES[f.reason].message({ legacy: f.legacy, to, mode: legacyEntry(f.legacy).thinking, detail: f.detail ?? {} });
}

/** The words an advisory's detail adds in parentheses, or null when it has none. */
function advisoryDetailText(d: AdvisoryDetail | undefined): string | null {
  if (!d) return null;
  if (d.legacy !== undefined) return `${d.legacy} meant thinking ${legacyEntry(d.legacy).thinking}`;
  if (d.key !== undefined) return d.value === undefined ? d.key : `${d.key}: ${d.value}`;
  return d.how ?? null;
}

/** One line saying what an advisory warns about. */
export function advisoryMessage(a: Pick<Advisory, "code" | "detail">): string {
  const extra = advisoryDetailText(a.detail);
  return extra ? `${ADVISORY_CODES[a.code].message} (${extra})` : ADVISORY_CODES[a.code].message;
}
