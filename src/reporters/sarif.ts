// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per reason code, fixes for every rewrite.
import { createHash } from "node:crypto";
import path from "node:path";
import type * as Sarif from "sarif";
import { ADVISORY_CODES, advisoryMessage, findingMessage, REASON_CODES, SKIP_LEVELS, type SarifText } from "../check/codes.js";
import { editKey, type FileReport, type RunResult } from "../run.js";
import type { Action, AdvisoryCode, Finding, Reason } from "../types.js";
import type { RenderContext } from "./index.js";
import { absolutePath, encodePath, fileUrl, rootRelative } from "./paths.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFO_URI = "https://www.npmjs.com/package/deepseek-migrate";
const SRCROOT = "%SRCROOT%";
const FINGERPRINT = "deepseekMigrate/v1";

const REASON_IDS = Object.keys(REASON_CODES) as Reason[];
const ADVISORY_IDS = Object.keys(ADVISORY_CODES) as AdvisoryCode[];

/** SARIF's level for a finding: rewrites are errors, reviews warnings (advisories are notes). */
const LEVEL: Readonly<Record<Action, Sarif.ReportingConfiguration.level>> = { rewrite: "error", review: "warning" };

export function ruleIdForReason(reason: Reason): string {
  return `legacy-${reason}`;
}

export function ruleIdForAdvisory(code: AdvisoryCode): string {
  return `advisory-${code}`;
}

/** Every rule, always in the same order, so a ruleIndex means the same thing in every log. */
function descriptors(): Sarif.ReportingDescriptor[] {
  const one = (id: string, t: SarifText, level: Sarif.ReportingConfiguration.level): Sarif.ReportingDescriptor => ({
    id,
    name: id.replace(/^[^/]+\//, "").replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: t.short },
    fullDescription: { text: t.full },
    help: { text: `${t.full} ${t.help}`, markdown: `${t.full}\n\n**What to do:** ${t.help}` },
    helpUri: INFO_URI,
    defaultConfiguration: { level },
  });
  return [
    ...REASON_IDS.map((r) => one(ruleIdForReason(r), REASON_CODES[r].sarif, LEVEL[REASON_CODES[r].action])),
    ...ADVISORY_IDS.map((a) => one(ruleIdForAdvisory(a), ADVISORY_CODES[a].sarif, "note")),
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
  const message = findingMessage(f);
  const parts = [f.action === "rewrite" && f.replacement ? `${message} (${f.legacy} → ${f.replacement})` : message];
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
        level: LEVEL[f.action],
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
        message: { text: advisoryMessage(a) },
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
    level: SKIP_LEVELS[s.reason],
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
        // Regions count a lone CR as a line break too (src/check/tokens.ts); SARIF's default is CRLF and LF only.
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
