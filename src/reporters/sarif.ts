// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per reason code, fixes for every rewrite.
import { createHash } from "node:crypto";
import path from "node:path";
import type * as Sarif from "sarif";
import { RETIRED_AT } from "../catalog.js";
import { editKey, type FileReport, type RunResult } from "../run.js";
import type { AdvisoryCode, Finding, Reason } from "../types.js";
import type { RenderContext } from "./index.js";
import { absolutePath, encodePath, fileUrl, rootRelative } from "./paths.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFO_URI = "https://www.npmjs.com/package/deepseek-migrate";
const SRCROOT = "%SRCROOT%";
const FINGERPRINT = "deepseekMigrate/v1";
const RETIRED_DAY = RETIRED_AT.slice(0, 10);

interface RuleText {
  readonly short: string;
  readonly full: string;
  /** What to do about it; shared by help.text and help.markdown. */
  readonly help: string;
}

/** Reason codes whose findings the tool rewrites; every other reason needs a person's decision. */
const REWRITE_REASONS: ReadonlySet<Reason> = new Set<Reason>(["reference", "request-site", "config-value"]);

const WHY = `deepseek-chat and deepseek-reasoner were retired on ${RETIRED_DAY}; requests naming them fail with HTTP 400. Both map to deepseek-v4-flash, which thinks by default: deepseek-chat meant thinking disabled, deepseek-reasoner thinking enabled.`;

const REASONS: Readonly<Record<Reason, RuleText>> = {
  reference: {
    short: "Retired DeepSeek model name",
    full: `A retired model name that the tool rewrites to its V4 ID. ${WHY}`,
    help: "Run `deepseek-migrate apply` (or apply this result's fix) to rename it, and set the thinking mode the old name implied where the request is built.",
  },
  "request-site": {
    short: "Retired DeepSeek model name at a request site",
    full: `A retired model name passed directly to an API call; the rewrite renames it and makes the thinking mode explicit in the same call. ${WHY}`,
    help: "Run `deepseek-migrate apply` (or apply this result's fix): it renames the model and adds the thinking setting the old name implied.",
  },
  "config-value": {
    short: "Retired DeepSeek model name in configuration",
    full: `A retired model name in a configuration value; the request that uses it is built elsewhere, so the thinking mode must be set there. ${WHY}`,
    help: "Apply the rename, then set thinking {type: disabled} (for deepseek-chat) or {type: enabled} (for deepseek-reasoner) in the code that sends the request.",
  },
  comparison: {
    short: "Comparison on a retired model name",
    full: "Code compares a model string with a retired name. After the migration both modes share one ID, so the comparison no longer tells them apart.",
    help: "Test the thinking setting instead of the model name.",
  },
  "switch-case": {
    short: "Branch on a retired model name",
    full: "A switch/case label names a retired model. After the migration both modes share one ID, so the branch can no longer select a mode.",
    help: "Branch on the thinking setting instead of the model name.",
  },
  "mapping-key": {
    short: "Retired model name used as a key",
    full: "A lookup table (pricing, capabilities, labels) is keyed by a retired name; renaming would merge the chat and reasoner entries into one key.",
    help: "Decide what the V4 entry should hold, then edit the table by hand.",
  },
  "collection-both": {
    short: "Collection holding both retired names",
    full: "A list, union or enum holds both deepseek-chat and deepseek-reasoner; renaming both collapses them into one ID.",
    help: "Decide how the two modes are represented now (for example one model ID plus a thinking flag).",
  },
  "collection-current": {
    short: "Collection already holding a V4 ID",
    full: "A collection holds a retired name next to its V4 replacement; renaming would create a duplicate.",
    help: "Remove the retired entry.",
  },
  openrouter: {
    short: "OpenRouter slug that looks like a retired name",
    full: "deepseek/deepseek-chat in an OpenRouter context is OpenRouter's own catalog entry, not DeepSeek's retired alias; it is never re-pointed to V4 automatically.",
    help: "Check which OpenRouter route you want and change it by hand if needed.",
  },
  regex: {
    short: "Pattern matching a retired model name",
    full: "A regular expression matches a retired name; after the migration both modes share one ID.",
    help: "Decide what the pattern should match now and edit it by hand.",
  },
  "recorded-request": {
    short: "Retired model name in a recorded request",
    full: "A recorded HTTP interaction (cassette, fixture) sends a retired name; editing the recording would make it disagree with its recorded response.",
    help: "Re-record the interaction against the V4 model.",
  },
  "recorded-response": {
    short: "Retired model name in a recorded response",
    full: "A recorded API response names a retired model: a record of what the server answered, not configuration.",
    help: "Leave it, or re-record the interaction.",
  },
  snapshot: {
    short: "Retired model name in a test snapshot",
    full: "A test snapshot contains a retired name; snapshots are regenerated, not edited.",
    help: "Re-run the tests with snapshot updating after the migration.",
  },
  generated: {
    short: "Retired model name in a generated file",
    full: "A generated file contains a retired name; edits would be overwritten by the next generation.",
    help: "Change the source it is generated from and regenerate.",
  },
  "exported-constant": {
    short: "Exported constant holding a retired name",
    full: "An exported constant holds a retired name; changing it silently retargets every importer.",
    help: "Add a new constant with the V4 ID and deprecate this one.",
  },
  "migration-prose": {
    short: "Text that already discusses the migration",
    full: "Prose that talks about the retirement itself; rewriting the name would misstate history.",
    help: "Edit by hand if the text should change.",
  },
  "test-assertion": {
    short: "Test asserting legacy-specific behaviour",
    full: "A test expects behaviour tied to a retired name.",
    help: "Update the expectation by hand to the V4 behaviour.",
  },
  "thinking-conflict": {
    short: "Thinking setting contradicts the retired name",
    full: "The request sets a thinking mode that differs from what the retired name implied.",
    help: "Decide which behaviour you want and make the thinking setting say so.",
  },
  "escaped-literal": {
    short: "Retired model name in an escaped or computed string",
    full: "The source text of the string differs from its value (escapes, concatenation), so the tool does not guess an edit.",
    help: "Edit the string by hand.",
  },
};

const ADVISORIES: Readonly<Record<AdvisoryCode, RuleText>> = {
  "reasoning-content-dropped": {
    short: "reasoning_content dropped under thinking mode",
    full: "Code strips or ignores reasoning_content. V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise).",
    help: "Keep reasoning_content in the assistant messages you send back while tools are in use.",
  },
  "sampling-ignored": {
    short: "Sampling parameters ignored under thinking mode",
    full: "temperature, top_p and the penalties have no effect when thinking is enabled.",
    help: "Disable thinking for this call if the sampling settings matter.",
  },
  "forced-tool-choice": {
    short: "Forced tool_choice fails under thinking mode",
    full: "Forcing a tool via tool_choice returns HTTP 400 when thinking is enabled.",
    help: "Disable thinking for this call or let the model choose the tool.",
  },
  "fim-thinking": {
    short: "FIM completion needs thinking disabled",
    full: "FIM completion (/beta/completions) works only with thinking disabled.",
    help: "Send thinking {type: disabled} with FIM requests.",
  },
};

const REASON_IDS = Object.keys(REASONS) as Reason[];
const ADVISORY_IDS = Object.keys(ADVISORIES) as AdvisoryCode[];

export function ruleIdForReason(reason: Reason): string {
  return `legacy-${reason}`;
}

export function ruleIdForAdvisory(code: AdvisoryCode): string {
  return `advisory-${code}`;
}

/** Every rule, always in the same order, so a ruleIndex means the same thing in every log. */
function descriptors(): Sarif.ReportingDescriptor[] {
  const one = (id: string, t: RuleText, level: Sarif.ReportingConfiguration.level): Sarif.ReportingDescriptor => ({
    id,
    name: id.replace(/^[^/]+\//, "").replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: t.short },
    fullDescription: { text: t.full },
    help: { text: `${t.full} ${t.help}`, markdown: `${t.full}\n\n**What to do:** ${t.help}` },
    helpUri: INFO_URI,
    defaultConfiguration: { level },
  });
  return [
    ...REASON_IDS.map((r) => one(ruleIdForReason(r), REASONS[r], REWRITE_REASONS.has(r) ? "error" : "warning")),
    ...ADVISORY_IDS.map((a) => one(ruleIdForAdvisory(a), ADVISORIES[a], "note")),
  ];
}

/**
 * Where a file is, relative to %SRCROOT% (the repository top): a log names no folder of the machine
 * that made it. A file outside the root (a path named with `..`) is reached with `../` segments.
 */
function artifactLocation(file: string, ctx: RenderContext): Sarif.ArtifactLocation {
  const rel = rootRelative(file, ctx);
  if (rel !== null) return { uri: encodePath(rel), uriBaseId: SRCROOT };
  const up = path.relative(ctx.root ?? ctx.cwd, absolutePath(file, ctx));
  if (path.isAbsolute(up)) return { uri: fileUrl(file, ctx) }; // another drive: no relative form
  return { uri: encodePath(up.split(path.sep).join("/")), uriBaseId: SRCROOT };
}

function messageText(f: Finding): string {
  const parts = [f.message];
  if (f.action === "rewrite" && f.replacement) {
    parts[0] = `${f.message} (${f.legacy} → ${f.replacement})`;
  }
  if (f.thinkingState === "inserted") parts.push(`The fix also sets thinking {"type": "${f.thinking}"} at the request site.`);
  if (f.note) parts.push(f.note);
  return parts.join("\n");
}

function fixFor(f: Finding, report: FileReport, location: Sarif.ArtifactLocation): Sarif.Fix[] {
  const regions = report.editRegions;
  if (f.action !== "rewrite" || f.edits.length === 0 || !regions) return [];
  const replacements: Sarif.Replacement[] = [];
  for (const e of [...f.edits].sort((a, b) => a.start - b.start)) {
    const r = regions[editKey(e)];
    if (!r) return []; // a partial fix would leave the file inconsistent; offer none
    replacements.push({ deletedRegion: { ...r }, insertedContent: { text: e.text } });
  }
  const extra = f.edits.length > 1 ? ` and set thinking {"type": "${f.thinking}"}` : "";
  return [
    {
      description: { text: `Replace ${f.legacy} with ${f.replacement ?? "its V4 ID"}${extra}` },
      artifactChanges: [{ artifactLocation: location, replacements }],
    },
  ];
}

/** A stable identity for a finding: its file, kind and its rank among same-kind findings there, not its line. */
function fingerprint(uri: string, kind: string, rank: number): string {
  return createHash("sha256").update(`${uri}\0${kind}\0${rank}`).digest("hex").slice(0, 32);
}

/** The run's results: rewrite → error, review → warning, advisory → note, in file and offset order. */
function results(result: RunResult, ctx: RenderContext, ruleIndex: ReadonlyMap<string, number>): Sarif.Result[] {
  const out: Sarif.Result[] = [];
  for (const report of result.files) {
    const location = artifactLocation(report.file, ctx);
    const ranks = new Map<string, number>();
    const rankOf = (kind: string): number => {
      const n = ranks.get(kind) ?? 0;
      ranks.set(kind, n + 1);
      return n;
    };
    for (const f of report.findings) {
      const ruleId = ruleIdForReason(f.reason);
      const kind = `${ruleId}\0${f.legacy}`;
      const fixes = fixFor(f, report, location);
      out.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: f.action === "rewrite" ? "error" : "warning",
        message: { text: messageText(f) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: fingerprint(location.uri ?? "", kind, rankOf(kind)) },
        ...(fixes.length > 0 ? { fixes } : {}),
        properties: {
          legacy: f.legacy,
          replacement: f.replacement,
          action: f.action,
          thinking: f.thinking,
          thinkingState: f.thinkingState,
          rule: f.rule,
        },
      });
    }
    for (const a of report.advisories) {
      const ruleId = ruleIdForAdvisory(a.code);
      out.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: "note",
        message: { text: a.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: a.line, startColumn: a.column } } }],
        partialFingerprints: { [FINGERPRINT]: fingerprint(location.uri ?? "", ruleId, rankOf(ruleId)) },
      });
    }
  }
  return out;
}

/** Builds the SARIF log object (exported for tests that inspect it without re-parsing). */
export function sarifLog(result: RunResult, ctx: RenderContext): Sarif.Log {
  const rules = descriptors();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const notifications: Sarif.Notification[] = result.skipped.map((s) => ({
    level: s.reason === "parse-error" || s.reason === "rule-crash" || s.reason === "changed-during-run" ? "error" : "warning",
    message: { text: `${s.file}: skipped (${s.reason}): ${s.detail}` },
    descriptor: { id: s.reason },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file, ctx) } }],
  }));
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "deepseek-migrate",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFO_URI,
            rules,
          },
        },
        // Named, not located: the consumer (code scanning, an editor) knows where its checkout is.
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The top of the repository the scan ran in (the folder it ran in, outside git)." } } },
        columnKind: "utf16CodeUnits",
        // Regions count a lone CR as a line break too (src/tokens.ts); SARIF's default is CRLF and LF only.
        newlineSequences: ["\r\n", "\n", "\r"],
        invocations: [
          {
            executionSuccessful: !result.interrupted,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: results(result, ctx, ruleIndex),
      },
    ],
  };
}

/** One SARIF 2.1.0 document; `results` is empty when the scan is clean. */
export function renderSarif(result: RunResult, ctx: RenderContext): string {
  return `${JSON.stringify(sarifLog(result, ctx), null, 2)}\n`;
}
