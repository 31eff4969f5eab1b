// File-level context for the file checks of rules/checks/ (run here, by applyChecks, on top of every
// rule's detections): what kind of file an occurrence sits in can matter more than the syntax around
// it. A legacy ID in a snapshot, a generated file, an HTTP recording or a run log is not a place to
// rewrite, whatever the rule saw locally; nor is one inside a recorded response, in any file
// (src/check/recorded.ts).
import { getLocation } from "jsonc-parser";
import { REASON_CODES } from "./codes.js";
import type { Detection, Reason } from "../types.js";
import { inRecordedResponse } from "./recorded.js";
import { lineStarts } from "./tokens.js";
import { FILE_CHECKS } from "../../rules/checks/index.js";

/** What the path and the first lines say about a whole file. */
export type FileKind = "snapshot" | "generated" | "recording" | "log" | "plain";

export interface FileContext {
  readonly kind: FileKind;
  /** Test code, fixtures and mocks: where an object shaped like an API response is a mocked reply. */
  readonly testLike: boolean;
  /** [start, end) ranges of inline snapshot arguments (`toMatchInlineSnapshot(...)`, `snapshot(...)`). */
  readonly inlineSnapshots: readonly (readonly [number, number])[];
  /** Offsets of words only a response carries, in order: occurrences far from all of them need no closer look. */
  readonly responseHints: readonly number[];
}

// The output of a program run (`app.log`, `run.log.1`): what it printed then, never configuration.
const LOG_PATH = /\.log(?:\.\d+)?$/i;
const SNAPSHOT_PATH = /(?:^|\/)__snapshots__\/|\.(?:snap|ambr)$/i;
const GENERATED_PATH = /\.(?:generated|gen)\.[^/]+$|_pb2(?:_grpc)?\.pyi?$|\.pb(?:\.gw)?\.go$|\.pb\.(?:cc|h|ts|js)$|_pb\.(?:ts|js|d\.ts)$/i;
const GENERATED_WORD = /generated/i;
const GENERATED_MARK = /do not edit|don'?t edit|@generated|auto-?generated|automatically generated|code generated/i;
const RECORDING_DIR = /(?:^|\/)(?:cassettes?|vcr_cassettes|__recordings__|recordings)\//i;
const RECORDING_MAYBE_DIR = /(?:^|\/)(?:vcr|fixtures?|testdata|test_data|mocks?|__mocks__)\//i;
const RECORDING_EXT = /\.(?:ya?ml|json|har)$/i;
const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|specs?|__mocks__|mocks?|fixtures?|testdata|test_data|e2e|cassettes?|__recordings__)\//i;
const TEST_FILE = /\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$|(?:^|\/)conftest\.py$|Tests?\.(?:java|kt|cs)$|_spec\.rb$/;
/** Markers of a chat completion response body (full or streamed). Request bodies carry none of them. */
const RESPONSE_MARK = /chat\.completion|chatcmpl-|\bchoices\b|finish_reason|system_fingerprint|completion_tokens/;
// `model: "`, `"model": "`, `model="`, `\"model\":\"` right before the ID (a provider prefix allowed).
const MODEL_FIELD = /\bmodel\\?["'`]?\s*[:=]\s*\\?["'`]?(?:[\w.@-]+[/:])?$/i;
// Statements inside the brackets mean a code block (a test body), not an object or dict literal.
const STATEMENT = /;\s*\n|=>|\b(?:const|let|var)\s+[\w$]+\s*=|^\s*(?:return|await|if|for|while|def|func|expect|assert)\b|\s:=\s/m;
/** Words a response body carries and a request body does not; a cheap first test before any bracket matching. */
const RESPONSE_HINT = /chat\.completion|chatcmpl-|\bchoices\b|\busage\b|finish_reason|system_fingerprint/g;
/** How far from a hint an occurrence may sit and still be inside the same response object. */
const HINT_REACH = 8000;
const RESPONSE_KEY = /^(?:response|responses|res|resp|response_?body|responseBody|recorded_?response)$/i;

/** Looks at a file's path and text once; the file checks of rules/checks/ read the result. */
export function fileContext(path: string, text: string): FileContext {
  const testLike = TEST_DIR.test(path) || TEST_FILE.test(path);
  const responseHints: number[] = [];
  RESPONSE_HINT.lastIndex = 0;
  for (let m = RESPONSE_HINT.exec(text); m !== null; m = RESPONSE_HINT.exec(text)) responseHints.push(m.index);
  return { kind: fileKind(path, text), testLike, inlineSnapshots: inlineSnapshotRanges(path, text), responseHints };
}

function fileKind(path: string, text: string): FileKind {
  if (LOG_PATH.test(path)) return "log";
  if (SNAPSHOT_PATH.test(path)) return "snapshot";
  if (GENERATED_PATH.test(path) || hasGeneratedHeader(text)) return "generated";
  if (RECORDING_EXT.test(path) && (RECORDING_DIR.test(path) || (RECORDING_MAYBE_DIR.test(path) && looksLikeRecording(text)))) return "recording";
  return "plain";
}

/** A "generated … do not edit" (or "@generated", "auto-generated") header in the first five lines. */
export function hasGeneratedHeader(text: string): boolean {
  const head = text.split("\n", 5);
  return head.some((line) => GENERATED_WORD.test(line) && GENERATED_MARK.test(line));
}

/** Whether a YAML/JSON file holds HTTP interactions: VCR cassettes, HAR/Polly, nock recordings. */
export function looksLikeRecording(text: string): boolean {
  if (/(?:^|\n)\s*["']?interactions["']?\s*:/.test(text)) return true;
  const request = /["']?request["']?\s*:/.test(text);
  const response = /["']?response["']?\s*:/.test(text);
  return (request && response) || (/"scope"\s*:/.test(text) && response) || /"entries"\s*:/.test(text) && response;
}

function review(d: Detection, reason: Reason): Detection {
  if (d.action === "review" && d.reason === reason) return d;
  return { start: d.start, end: d.end, legacy: d.legacy, action: "review", reason, thinking: "none" };
}

/** Whether a detection's action or reason is a rewrite's: what a rule gives when it saw nothing special. */
function overridable(d: Detection): boolean {
  return d.action === "rewrite" || REASON_CODES[d.reason].action === "rewrite";
}

/**
 * Whether a detection sits in a recorded response, in any file: an SSE line of a stream or an object
 * shaped like a response (see src/check/recorded.ts). In test code, fixtures and snapshots a looser shape
 * counts too: a `model` field in an object literal holding any response word.
 */
export function isRecordedResponse(ctx: FileContext, text: string, d: Detection): boolean {
  if (!nearHint(ctx.responseHints, d.start)) return false;
  if (inRecordedResponse(text, d.start, d.end)) return true;
  if (!ctx.testLike && ctx.kind === "plain" && ctx.inlineSnapshots.length === 0) return false;
  // A response names its model in the `model` field only; anything else is not echoed history.
  if (!MODEL_FIELD.test(text.slice(Math.max(0, d.start - 40), d.start))) return false;
  const obj = enclosingObject(text, d.start, d.end);
  return obj !== null && !STATEMENT.test(obj) && RESPONSE_MARK.test(obj);
}

/** Whether a sorted list of offsets has one within HINT_REACH of `offset`. */
function nearHint(hints: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid]! < offset - HINT_REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < hints.length && hints[lo]! <= offset + HINT_REACH;
}

/**
 * The text of the innermost `{…}` or `(…)` around [from, to), found by bracket balance (strings are
 * not tracked: this is a lexical check for files where no parser is in reach). Null if none nearby.
 */
export function enclosingObject(text: string, from: number, to: number): string | null {
  const LIMIT = 8000;
  let depth = 0;
  let open = -1;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT); i--) {
    const c = text[i];
    if (c === "}" || c === ")" || c === "]") depth++;
    else if (c === "{" || c === "(" || c === "[") {
      if (depth > 0) depth--;
      else if (c !== "[") {
        open = i;
        break;
      }
    }
  }
  if (open === -1) return null;
  depth = 0;
  for (let i = to; i < Math.min(text.length, to + LIMIT); i++) {
    const c = text[i];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      if (depth === 0) return text.slice(open, i + 1);
      depth--;
    }
  }
  return null;
}

/** Whether an offset in a recording sits under a response key (JSON by its parse path, YAML by indentation). */
export function responseSideOfRecording(path: string, text: string, offset: number): boolean {
  const keys = /\.(?:json|har)$/i.test(path) ? jsonPath(text, offset) : yamlAncestors(text, offset);
  return keys.some((k) => RESPONSE_KEY.test(k));
}

function jsonPath(text: string, offset: number): string[] {
  return getLocation(text, offset).path.filter((seg): seg is string => typeof seg === "string");
}

/** The mapping keys enclosing an offset in block YAML, innermost first, read from indentation. */
function yamlAncestors(text: string, offset: number): string[] {
  const lines = text.slice(0, offset).split("\n");
  const own = lines.pop() ?? "";
  let indent = indentOf(own);
  const keys: string[] = [];
  const ownKey = /^(\s*)(?:-\s+)*["']?([\w.-]+)["']?\s*:/.exec(own);
  if (ownKey) keys.push(ownKey[2]!);
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const m = /^(\s*(?:-\s+)*)["']?([\w.-]+)["']?\s*:(?:\s|$)/.exec(lines[i]!);
    if (!m) continue;
    const keyIndent = m[1]!.length;
    if (keyIndent < indent) {
      keys.push(m[2]!);
      indent = indentOf(lines[i]!);
    }
  }
  return keys;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

const INLINE_SNAPSHOT_CALL = /\b(?:toMatchInlineSnapshot|toThrowErrorMatchingInlineSnapshot)\s*\(/g;
const PY_INLINE_SNAPSHOT_CALL = /\bsnapshot\s*\(/g;

/**
 * Argument ranges of inline snapshot calls: Jest/Vitest `toMatchInlineSnapshot(…)` in JS/TS files,
 * and `snapshot(…)` in Python files importing inline_snapshot. Found lexically, strings skipped.
 */
export function inlineSnapshotRanges(path: string, text: string): (readonly [number, number])[] {
  let call: RegExp;
  if (/\.[cm]?[jt]sx?$/i.test(path)) call = INLINE_SNAPSHOT_CALL;
  else if (/\.py$/i.test(path) && /\bfrom\s+inline_snapshot\s+import\b/.test(text)) call = PY_INLINE_SNAPSHOT_CALL;
  else return [];
  const out: (readonly [number, number])[] = [];
  call.lastIndex = 0;
  for (let m = call.exec(text); m !== null; m = call.exec(text)) {
    const open = m.index + m[0].length;
    const close = closingParen(text, open);
    if (close !== -1) out.push([open, close]);
  }
  return out;
}

/** Offset of the `)` closing a call whose arguments start at `from`, skipping string and template literals. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      i = stringEnd(text, i);
      if (i === -1) return -1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return c === ")" ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** Offset of the quote closing the literal opened at `start` (triple quotes included), or -1. */
function stringEnd(text: string, start: number): number {
  const q = text[start]!;
  const triple = q !== "`" && text.startsWith(q.repeat(3), start);
  const closer = triple ? q.repeat(3) : q;
  for (let i = start + closer.length; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (text.startsWith(closer, i)) return i + closer.length - 1;
    else if (c === "\n" && q !== "`" && !triple) return -1;
  }
  return -1;
}

/**
 * Runs the file checks of rules/checks/ on a file's detections, in their order: what kind of file it
 * is first (snapshot, generated, recording, log), then recorded responses, then the review reasons
 * that need the whole file. The first check naming a reason for an occurrence decides it; each check
 * sees the verdicts of the ones before it. Never turns a review into a rewrite; a recorded response
 * stays one.
 */
export function applyChecks(path: string, text: string, detections: readonly Detection[]): Detection[] {
  let current = [...detections].sort((a, b) => a.start - b.start);
  if (current.length === 0) return current;
  let context: FileContext | null = null;
  const view = {
    path,
    text,
    detections: current,
    lineStarts: lineStarts(text),
    get context(): FileContext {
      return (context ??= fileContext(path, text));
    },
    inResponse(d: Detection): boolean {
      return overridable(d) && isRecordedResponse(this.context, text, d);
    },
  };
  const decided = new Set<number>();
  for (const check of FILE_CHECKS) {
    let changed = false;
    const next = current.map((d, i) => {
      if (decided.has(i) || d.reason === "recorded-response") return d;
      if ((check.scope ?? "rewrite") === "rewrite" && !overridable(d)) return d;
      const reason = check.check(d, view);
      if (reason === null) return d;
      decided.add(i);
      changed = true;
      return review(d, reason);
    });
    if (changed) view.detections = current = next;
  }
  return current;
}
