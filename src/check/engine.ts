import { LEGACY_IDS, legacyEntry, type Mapping } from "../catalog.js";
import { applyChecks } from "./context.js";
import { fileFacts } from "../../rules/checks/facts.js";
import type { FileFacts } from "../../rules/checks/api.js";
import { decode } from "../discover/encoding.js";
import { applyEdits, uniqueEdits } from "../fix/edits.js";
import { thinkingNote } from "./messages.js";
import { snippet } from "../../rules/sdks/index.js";
import { findSecrets, NO_SECRETS, redact, type SecretSet } from "./secrets.js";
import { readRegularFile } from "../fix/write.js";
import { fileSuppressed, lineSuppressed } from "./suppress.js";
import { hasCandidate, lineStarts, position, splitLines } from "./tokens.js";
import type { Advisory, AdvisoryDetail, Detection, Edit, FileEncoding, Finding, FindingDetail, Rule, SkipReason } from "../types.js";

export interface EngineOptions {
  readonly mapping: Mapping;
  readonly thinking: "explicit" | "off";
  /** Files larger than this many bytes are skipped and reported. */
  readonly maxFileSize: number;
  /** Report legacy names inside recorded API responses (as review); they are history, so off by default. */
  readonly includeRecorded?: boolean;
  /**
   * Re-parse the migrated text before offering it (default true). A plain `check` writes and shows
   * nothing, so it skips this second parse of every candidate.
   */
  readonly validate?: boolean;
}

/** Everything learned about one file. Text is kept only when there is something to write. */
export interface FileOutcome {
  readonly file: string;
  readonly absPath: string;
  readonly findings: readonly Finding[];
  readonly advisories: readonly Advisory[];
  readonly skipped?: { readonly reason: SkipReason; readonly detail: string };
  readonly edit?: { readonly before: string; readonly after: string; readonly encoding: FileEncoding };
  /** Secret values in the file, so that run.ts can keep them out of every report and diff. */
  readonly secrets?: SecretSet;
  /** What the file tells the project pass (src/check/project.ts): JSON data, set when it names a legacy ID. */
  readonly facts?: FileFacts;
}

const NEEDLES = LEGACY_IDS.map((id) => Buffer.from(id));

/** Byte-level pre-filter: true when the raw bytes may hold a legacy ID (UTF-16 files are always decoded). */
export function bytesMayMatch(buf: Buffer): boolean {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return true;
  return NEEDLES.some((n) => buf.includes(n));
}

const OPENROUTER = /openrouter/i;

/**
 * Minified bundles (long text in very few lines) are build output: a full parse of megabytes of one
 * line costs seconds and a gigabyte for nothing, so they go to the last rule, the token-level text rule.
 */
export function isMinified(text: string): boolean {
  if (text.length < 256 * 1024) return false;
  let newlines = 0;
  for (let i = text.indexOf("\n"); i !== -1 && newlines * 1000 < text.length; i = text.indexOf("\n", i + 1)) newlines++;
  return newlines * 1000 < text.length;
}

/** Picks the rule that owns a path: the first whose appliesTo accepts it (the text rule accepts all). */
export function ruleFor(rules: readonly Rule[], path: string): Rule {
  const rule = rules.find((r) => r.appliesTo(path));
  if (!rule) throw new Error(`no rule for ${path}`);
  return rule;
}

/** Reads and checks one file. Never throws for file-level problems: they become `skipped`. */
export async function processFile(
  file: string,
  absPath: string,
  rules: readonly Rule[] | (() => Promise<readonly Rule[]>),
  options: EngineOptions,
  preloaded?: Buffer,
): Promise<FileOutcome> {
  const base = { file, absPath, findings: [], advisories: [] };
  let buf: Buffer;
  try {
    // The size is checked before reading, so a huge file never lands in memory (the caller's
    // byte pre-filter has already seen a legacy ID in it).
    const read = preloaded ?? (await readRegularFile(absPath, options.maxFileSize));
    if (typeof read === "number") return { ...base, skipped: { reason: "too-large", detail: `${read} bytes > --max-file-size ${options.maxFileSize}` } };
    buf = read;
  } catch (err) {
    return { ...base, skipped: { reason: "unreadable", detail: errorCode(err) } };
  }
  if (!bytesMayMatch(buf)) return base;
  if (buf.length > options.maxFileSize) {
    return { ...base, skipped: { reason: "too-large", detail: `${buf.length} bytes > --max-file-size ${options.maxFileSize}` } };
  }
  const decoded = decode(buf);
  if (!decoded) return { ...base, skipped: { reason: "binary", detail: "binary file (NUL bytes)" } };
  const { text, encoding } = decoded;
  if (!hasCandidate(text) || fileSuppressed(text)) return base;
  const ruleList = typeof rules === "function" ? await rules() : rules;
  const rule = isMinified(text) ? ruleList[ruleList.length - 1]! : ruleFor(ruleList, file);
  let detections: readonly Detection[];
  let advisoryDetections;
  try {
    const out = await rule.check({ path: file, text, thinking: options.thinking, openRouter: OPENROUTER.test(text) });
    // The file checks (rules/checks/: snapshots, generated files, recordings, then review reasons that
    // need the whole file) refine what the rule saw locally.
    detections = applyChecks(file, text, out.detections);
    advisoryDetections = out.advisories ?? [];
  } catch (err) {
    // A parser's message may quote the file; it is redacted like any other text copied from it.
    const secrets = findSecrets(file, text);
    return { ...base, skipped: { reason: "rule-crash", detail: `rule ${rule.id} failed: ${redact(oneLine(err), secrets)}` }, secrets };
  }
  // Secrets are looked for only in files with something to report. Only text copied from the file
  // passes through them: a detection's `detail` (the compared expression, a slug, a constant's
  // name) and a parser's message; paths, codes and the tool's own words are never redacted.
  let secretSet: SecretSet | undefined;
  const secretsOf = (): SecretSet => (secretSet ??= findSecrets(file, text));
  const quoted = <T extends FindingDetail | AdvisoryDetail>(detail: T | undefined): { detail?: T } =>
    detail === undefined
      ? {}
      : { detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, typeof v === "string" && k !== "legacy" ? redact(v, secretsOf()) : v])) as T };
  const starts = lineStarts(text);
  const lines = splitLines(text);
  // One verdict per line: a minified one-line file holds thousands of findings on a single line.
  const suppressedMemo = new Map<number, boolean>();
  const suppressed = (line: number): boolean => {
    let v = suppressedMemo.get(line);
    if (v === undefined) suppressedMemo.set(line, (v = lineSuppressed(lines, line)));
    return v;
  };
  const findings: Finding[] = [];
  const edits: Edit[] = [];
  for (const d of [...detections].sort((a, b) => a.start - b.start)) {
    if (d.reason === "recorded-response" && !options.includeRecorded) continue;
    const from = position(starts, d.start);
    if (suppressed(from.line)) continue;
    const to = position(starts, d.end);
    const entry = legacyEntry(d.legacy);
    const replacement = d.action === "rewrite" ? options.mapping[d.legacy] : null;
    const findingEdits: Edit[] = [];
    if (replacement !== null) {
      findingEdits.push({ start: d.start, end: d.end, text: replacement });
      if (options.thinking === "explicit" && d.extraEdits) findingEdits.push(...d.extraEdits);
    }
    edits.push(...findingEdits);
    const state = d.thinking ?? (d.action === "rewrite" ? "note" : "none");
    findings.push({
      rule: rule.id,
      file,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: d.start,
      end: d.end,
      legacy: d.legacy,
      replacement,
      target: options.mapping[d.legacy],
      action: d.action,
      reason: d.reason,
      ...quoted(d.detail),
      thinking: entry.thinking,
      thinkingState: options.thinking === "off" && state === "inserted" ? "note" : state,
      note: d.action === "rewrite" && (state === "note" || options.thinking === "off") ? thinkingNote(d.legacy, snippet(d.snippet ?? "generic", entry.thinking), (d.usedAt ?? []).map((o) => position(starts, o).line)) : null,
      edits: findingEdits,
    });
  }
  const advisories: Advisory[] = advisoryDetections
    .filter((a) => !suppressed(position(starts, a.start).line))
    .map((a) => {
      const p = position(starts, a.start);
      return { rule: rule.id, file, line: p.line, column: p.column, code: a.code, ...quoted(a.detail) };
    });
  const secrets = findings.length > 0 || advisories.length > 0 ? secretsOf() : undefined;
  const facts = detections.length > 0 ? fileFacts(file, text, detections) : undefined;
  if (edits.length === 0) return { file, absPath, findings, advisories, secrets, facts };
  // Findings may share an edit (one import serving two insertions): the text gets it once.
  const after = applyEdits(text, uniqueEdits(edits)).text;
  if (after === text) return { file, absPath, findings, advisories, secrets, facts };
  if (rule.validate && options.validate !== false) {
    const broken = await rule.validate(after, file);
    if (broken !== null && (await rule.validate(text, file)) === null) {
      const detail = `edit would break the syntax: ${redact(broken, secrets ?? NO_SECRETS)}`;
      return { file, absPath, findings, advisories, secrets, facts, skipped: { reason: "parse-error", detail } };
    }
  }
  return { file, absPath, findings, advisories, secrets, facts, edit: { before: text, after, encoding } };
}

function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ELOOP") return "became a symlink; not following it";
  if (code === "ENOENT") return "disappeared before it could be read";
  if (code === "ENOTREG") return "is no longer a regular file";
  return code ? `cannot read (${code})` : `cannot read: ${oneLine(err)}`;
}

export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0] ?? msg;
}
