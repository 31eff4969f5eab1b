// JSON and JSONC files (`.json`, `.jsonc`, `.code-workspace`, notebooks), and the JSON analysis the
// shell and `.http` rules reuse for request bodies. jsonc-parser gives node offsets, so keys, values,
// array members and the object around a `model` value are known exactly.
import { createScanner, getNodePath, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from "jsonc-parser";
import { legacyEntry, type LegacyId, type ThinkingMode } from "../../src/catalog.js";
import { isResponseShape } from "../../src/check/recorded.js";
import { docStructure, inCodeBlock, proseReason } from "../checks/prose.js";
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type { Detection, Reason, RuleContext, RuleOutput, SdkId, Rule } from "../../src/types.js";
import { collectionReason, detect, isMigrationProse, lineHeuristic, mentions, mentionsCurrent, mentionsOther } from "../shared.js";
import { containerVerdicts, type ContainerVerdicts } from "../checks/collection.js";
import { sdkForFile } from "../sdks/index.js";
import type { RequestFacts } from "../api.js";
import { members, objectTarget } from "../targets/json.js";
import { catalogVerdict, type DataTree } from "../catalogs.js";
import { recogniseRequest } from "../sdks/index.js";
import { planThinking } from "../thinking/plan.js";
import { withNotebookCells } from "./notebook.js";
import {
  commentDetection,
  decodeJsonString,
  moveOccurrence,
  sourceRange,
  valueDetection,
  type Decoded,
} from "../structured.js";

const JSON_FILE = /\.(?:json|jsonc|ipynb|code-workspace|jsonl|ndjson)$/i;
const JSON_LINES_FILE = /\.(?:jsonl|ndjson)$/i;
const LOCKFILE = /(?:^|\/)(?:package-lock|npm-shrinkwrap|composer)\.json$/i;
const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true } as const;
// package.json sections that hold package names and versions, never model IDs, and the registry's
// search tags (`keywords`), which name a topic, not a model a request sends.
const PACKAGE_SECTIONS = new Set([
  "keywords",
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
  "bundleDependencies",
  "bundledDependencies",
  "overrides",
  "resolutions",
  "peerDependenciesMeta",
  "dependenciesMeta",
  "bin",
]);

/** A JSON text embedded in a file: the JSON source and how its offsets map back to the file. */
export interface JsonView {
  /** The JSON source (decoded from its shell quoting when embedded in a double-quoted string). */
  readonly text: string;
  /** The file offset of view offset `i`. */
  toFile(i: number): number;
  /** Quotes inserted JSON for the surrounding shell string (identity for plain text). */
  encode(s: string): string;
  /** `file`: a whole JSON file; `body`: a request body embedded in a script or `.http` file. */
  readonly kind: "file" | "body";
}

/** A view over a slice of the file that holds JSON verbatim. */
export function plainView(fileText: string, start: number, end: number, kind: JsonView["kind"] = "body"): JsonView {
  return { text: fileText.slice(start, end), toFile: (i) => start + i, encode: (s) => s, kind };
}

interface Analysis {
  readonly detections: Detection[];
  /** Whether the JSON parsed without errors. */
  readonly valid: boolean;
}

type Path = (string | number)[];

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

/** An object shaped like a chat-completion response (what the server answered, not configuration). */
function isResponseObject(obj: Node): boolean {
  const p = members(obj);
  return isResponseShape({
    has: (key) => p.has(key),
    string: (key) => {
      const v = p.get(key);
      return v?.type === "string" ? String(v.value) : null;
    },
    keys: (key) => [...members(p.get(key)).keys()],
  });
}

const RESPONSE_TEXT = /"object"\s*:\s*"chat\.completion|chatcmpl-/;

/** Recorded-interaction classification from the node's place in a cassette, HAR, nock or request/response fixture. */
function recordedReason(root: Node, node: Node, path: Path): Reason | null {
  for (const a of ancestors(node)) if (a.type === "object" && isResponseObject(a)) return "recorded-response";
  const rootProps = members(root);
  const cassette =
    rootProps.get("interactions")?.type === "array" ||
    rootProps.get("http_interactions")?.type === "array" ||
    members(rootProps.get("log")).get("entries")?.type === "array";
  const nock =
    root.type === "array" && (root.children ?? []).some((c) => members(c).has("scope") && members(c).has("method"));
  if (cassette || nock) {
    if (path.includes("response") || path.includes("responses")) return "recorded-response";
    if (path.includes("request") || (nock && path[1] === "body")) return "recorded-request";
  }
  // A hand-written fixture pairing a request with its response.
  for (const a of ancestors(node)) {
    const p = members(a);
    if (p.has("request") && p.has("response")) {
      const idx = path.findIndex((seg, i) => i > 0 && (seg === "request" || seg === "response") && nodeAtPath(root, path.slice(0, i)) === a);
      if (idx !== -1) return path[idx] === "response" ? "recorded-response" : "recorded-request";
    }
  }
  return null;
}

function nodeAtPath(root: Node, path: Path): Node | undefined {
  let n: Node | undefined = root;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === "number") n = n.type === "array" ? n.children?.[seg] : undefined;
    else n = members(n).get(seg);
  }
  return n;
}

function isKey(node: Node): boolean {
  return node.parent?.type === "property" && node.parent.children?.[0] === node;
}

function propertyName(valueNode: Node): string | null {
  const p = valueNode.parent;
  if (p?.type !== "property" || p.children?.[1] !== valueNode) return null;
  const k = p.children[0];
  return k?.type === "string" ? String(k.value) : null;
}

/** The JSON tree as the catalog shapes (rules/catalogs.ts) read it. */
const JSON_TREE: DataTree<Node> = {
  parent: (n) => (n.parent?.type === "property" ? n.parent.parent : n.parent) ?? null,
  kind: (n) => (n.type === "object" ? "object" : n.type === "array" ? "array" : "other"),
  keyOf: (n) => propertyName(n),
  members: (n) => members(n),
  items: (n) => (n.type === "array" ? (n.children ?? []) : []),
  text: (n) => (n.type === "string" && typeof n.value === "string" ? n.value : null),
};

function stringValues(nodes: readonly Node[] | undefined): string {
  return (nodes ?? []).filter((n) => n.type === "string").map((n) => String(n.value)).join("\n");
}

/** Keys whose object holds environment variables: settings read one by one, renamed like a .env file's. */
const ENV_KEYS = new Set(["env", "environment", "variables", "containerEnv", "remoteEnv"]);

/** Keys only a request body has. */
const REQUEST_KEYS = new Set(["messages", "prompt", "input"]);

/** The string values of an object's own properties. */
function propertyValues(obj: Node): string {
  return stringValues((obj.children ?? []).map((p) => p.children?.[1]).filter((v): v is Node => v !== undefined));
}

/**
 * A value in a table of models, as YAML, TOML, Python and TS judge it: a property of an entry in a
 * list of entries that name both legacy names (or one beside a V4 ID), or of a nested object holding
 * both names. A rename would leave identical entries. The document's own top-level object is
 * settings, like a module's constants, and so is an object of environment variables.
 */
function entryCollection(root: Node, node: Node, legacy: LegacyId, once: ContainerVerdicts): Reason | null {
  const prop = node.parent;
  const obj = prop?.type === "property" && prop.children?.[1] === node ? prop.parent : undefined;
  if (!obj || obj.type !== "object") return null;
  // A request body (a batch of them, recorded requests) is judged as a request, not as a table entry.
  if ((obj.children ?? []).some((p) => REQUEST_KEYS.has(String(p.children?.[0]?.value)))) return null;
  const list = obj.parent;
  if (list?.type === "array") {
    const reason = once(list, "entries", legacy, () => collectionReason((list.children ?? []).filter((e) => e.type === "object").map(propertyValues).join("\n"), legacy));
    if (reason) return reason;
  }
  if (obj === root) return null;
  const key = obj.parent?.type === "property" ? obj.parent.children?.[0]?.value : undefined;
  if (typeof key === "string" && ENV_KEYS.has(key)) return null;
  return once(obj, "values", legacy, () => (mentionsOther(propertyValues(obj), legacy) ? "collection-both" : null));
}

interface Site {
  readonly reason: Reason;
  readonly extra: Partial<Pick<Detection, "detail" | "extraEdits" | "thinking" | "snippet">>;
  readonly action: "rewrite" | "review";
}

/**
 * The request-site handling for a `model` value in an object recognised as a request body (the
 * http-json entry: it holds `messages`). `owners` records the bodies already planned in this view:
 * a body with the `model` key twice gets one thinking member, owned by its first value.
 */
function requestSite(ctx: RuleContext, view: JsonView, obj: Node, legacy: Occurrence["legacy"], owners: Map<number, ThinkingMode>): Site | null {
  const target = objectTarget(view, obj);
  const facts: RequestFacts = { language: "json", target, via: "model", prefix: "", mentions: (re) => re.test(ctx.text) };
  const sdk = recogniseRequest(facts);
  if (!sdk) return null;
  const mode = legacyEntry(legacy).thinking;
  const owner = owners.get(obj.offset);
  if (owner !== undefined) {
    if (owner === mode) return { action: "rewrite", reason: "request-site", extra: { thinking: ctx.thinking === "off" ? "note" : "inserted", snippet: sdk.id } };
    return ctx.thinking === "off"
      ? { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: sdk.id } }
      : { action: "review", reason: "thinking-conflict", extra: { detail: { found: owner } } };
  }
  const plan = planThinking(sdk, [{ target }], mode, ctx.thinking);
  switch (plan.kind) {
    case "conflict":
      return { action: "review", reason: "thinking-conflict", extra: { detail: { found: plan.found } } };
    case "present":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "present", snippet: sdk.id } };
    case "insert":
      owners.set(obj.offset, mode);
      return { action: "rewrite", reason: "request-site", extra: { thinking: "inserted", snippet: sdk.id, extraEdits: plan.edits } };
    case "note":
      // Under --thinking off the body is still a request site; otherwise the member could not be
      // added (the body would not parse with it) and the value is judged as configuration.
      return ctx.thinking === "off" ? { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: sdk.id } } : null;
  }
}

/**
 * Detections for legacy IDs in the JSON of `view`, in file offsets. `ctx.text` is the whole file;
 * `snippet` is the note's snippet for plain values.
 */
export function analyzeJson(ctx: RuleContext, view: JsonView, snippet: SdkId): Analysis {
  const errors: ParseError[] = [];
  const root = parseTree(view.text, errors, PARSE_OPTIONS);
  const valid = errors.length === 0;
  const detections: Detection[] = [];
  if (!root) return { detections, valid };
  const file = ctx.text;
  const isPackageJson = view.kind === "file" && /(?:^|\/)package\.json$/i.test(ctx.path);
  const rootProps = members(root);
  const notebook = view.kind === "file" && /\.ipynb$/i.test(ctx.path) && rootProps.get("cells")?.type === "array";
  const schema = view.kind === "file" && (/\.schema\.json$/i.test(ctx.path) || rootProps.has("$schema"));
  const owners = new Map<number, ThinkingMode>();
  // Each list or object is judged once per legacy name, however many of its values name it (a large
  // array would otherwise be read again for every one of them).
  const once = containerVerdicts();

  const visitString = (node: Node): void => {
    const decoded = decodeJsonString(view.text, node.offset, node.offset + node.length);
    if (!decoded) return;
    const occs = findOccurrences(decoded.value);
    if (occs.length === 0) return;
    const path = getNodePath(node);
    if (isPackageJson && (PACKAGE_SECTIONS.has(String(path[0])) || (path.length === 1 && path[0] === "name"))) return;
    for (const occ of occs) {
      const range = toFileRange(view, decoded, occ.start, occ.end);
      if (!range) {
        // The ID is spelled with an escape: report the source span it covers, never edit it.
        const start = view.toFile(decoded.map[occ.start]!);
        const end = view.toFile(decoded.map[occ.end]!);
        detections.push(detect(moveOccurrence(occ, start, end), ctx, "review", "escaped-literal"));
        continue;
      }
      const fileOcc = moveOccurrence(occ, range.start, range.end);
      detections.push(classify(node, path, decoded, occ, fileOcc));
    }
  };

  const classify = (node: Node, path: Path, decoded: Decoded, occ: Occurrence, fileOcc: Occurrence): Detection => {
    if (notebook && path[0] === "cells" && typeof path[1] === "number") {
      if (path[2] === "outputs") return detect(fileOcc, ctx, "review", "recorded-response");
      if (path[2] === "source") {
        const cell = cellSource(path[1], node);
        const at = { ...occ, start: occ.start + cell.offset, end: occ.end + cell.offset };
        return notebookSource(cell.text, at, fileOcc, nodeAtPath(root, ["cells", path[1], "cell_type"])?.value);
      }
    }
    const recorded = recordedReason(root, node, path) ?? (RESPONSE_TEXT.test(decoded.value) ? "recorded-response" : null);
    if (recorded) return detect(fileOcc, ctx, "review", recorded);
    if (isKey(node)) {
      const keys = (node.parent?.parent?.children ?? []).map((p) => p.children?.[0]).filter((k): k is Node => k !== undefined);
      return detect(fileOcc, ctx, "review", mentionsCurrent(stringValues(keys)) ? "collection-current" : "mapping-key");
    }
    const parent = node.parent;
    if (parent?.type === "array") {
      if (schema && parent.parent && propertyName(parent) === "enum") return detect(fileOcc, ctx, "review", "generated");
      const reason = once(parent, "items", occ.legacy, () => collectionReason(stringValues(parent.children), occ.legacy));
      if (reason) return detect(fileOcc, ctx, "review", reason);
    }
    const catalog = catalogVerdict(JSON_TREE, node);
    if (catalog) return detect(fileOcc, ctx, "review", catalog.reason, catalog.reason === "other-host" ? { detail: { host: catalog.host } } : {});
    const entries = entryCollection(root, node, occ.legacy, once);
    if (entries) return detect(fileOcc, ctx, "review", entries);
    // A schema's `default`/`const`/`examples` next to an enum that holds the legacy name is generated with it.
    if (schema && enumMentions(node, occ.legacy)) return detect(fileOcc, ctx, "review", "generated");
    if (propertyName(node) === "model" && node.parent?.parent?.type === "object") {
      const site = requestSite(ctx, view, node.parent.parent, occ.legacy, owners);
      if (site) return detect(fileOcc, ctx, site.action, site.reason, site.extra);
    }
    return valueDetection(ctx, fileOcc, snippet);
  };

  // A cell's source is one string or a list of strings (one per line): judged as the joined text.
  const cells = new Map<number, { text: string; starts: Map<number, number> }>();
  const cellSource = (index: number, node: Node): { text: string; offset: number } => {
    let cell = cells.get(index);
    if (!cell) {
      const source = nodeAtPath(root, ["cells", index, "source"]);
      const parts = source?.type === "array" ? (source.children ?? []) : source ? [source] : [];
      let text = "";
      const starts = new Map<number, number>();
      for (const part of parts) {
        const d = part.type === "string" ? decodeJsonString(view.text, part.offset, part.offset + part.length) : null;
        starts.set(part.offset, text.length);
        text += d?.value ?? "";
      }
      cells.set(index, (cell = { text, starts }));
    }
    const offset = cell.starts.get(node.offset);
    return offset === undefined ? { text: decodeJsonString(view.text, node.offset, node.offset + node.length)?.value ?? "", offset: 0 } : { text: cell.text, offset };
  };

  const notebookSource = (source: string, occ: Occurrence, fileOcc: Occurrence, cellType: unknown): Detection => {
    const nbSnippet = sdkForFile(ctx.path, file);
    // Markdown cells are documents and comments in code cells are prose: judged as prose is.
    const markdown = cellType === "markdown" || cellType === "raw";
    const doc = markdown ? docStructure("cell.md", source) : null;
    const lineStart = source.lastIndexOf("\n", occ.start - 1) + 1;
    const comment = !markdown && /^\s*#/.test(source.slice(lineStart, occ.start));
    if ((doc && !inCodeBlock(doc, occ.start)) || comment) {
      const reason = proseReason(source, occ, doc);
      return reason ? detect(fileOcc, ctx, "review", reason) : detect(fileOcc, ctx, "rewrite", "reference", { snippet: nbSnippet });
    }
    if (markdown && isMigrationProse(source, occ.start, occ.end)) return detect(fileOcc, ctx, "review", "migration-prose");
    // Code cells (and code blocks in Markdown cells) hold Python: judge the decoded line, where quotes and operators are real.
    const reason = lineHeuristic(source, occ, "cell.py");
    if (reason) return detect(fileOcc, ctx, "review", reason);
    return detect(fileOcc, ctx, "rewrite", "reference", { snippet: nbSnippet });
  };

  const walk = (node: Node): void => {
    if (node.type === "string") visitString(node);
    for (const c of node.children ?? []) walk(c);
  };
  walk(root);
  return { detections, valid };
}

function enumMentions(node: Node, legacy: Occurrence["legacy"]): boolean {
  for (const a of ancestors(node)) {
    const e = members(a).get("enum");
    if (e?.type === "array") return mentions(stringValues(e.children), legacy);
  }
  return false;
}

function toFileRange(view: JsonView, decoded: Decoded, from: number, to: number): { start: number; end: number } | null {
  const inView = sourceRange(view.text, decoded, from, to);
  if (!inView) return null;
  return { start: view.toFile(inView.start), end: view.toFile(inView.end - 1) + 1 };
}

/** Comment ranges of a JSONC text. */
function commentRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      out.push({ start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() });
    }
  }
  return out;
}

/** One-line parse error of a JSON/JSONC text, or null when it parses (as one value, or as JSON Lines). */
export function jsonError(text: string): string | null {
  const error = valueError(text, 0, text.length);
  if (error === null || jsonLines(text) !== null) return null;
  return error;
}

function valueError(text: string, start: number, end: number): string | null {
  const errors: ParseError[] = [];
  parseTree(text.slice(start, end), errors, PARSE_OPTIONS);
  const e = errors[0];
  return e ? `${printParseErrorCode(e.error)} at offset ${start + e.offset}` : null;
}

/**
 * The line ranges of a JSON Lines text (NDJSON: one JSON value per non-blank line, as in logs of
 * requests, batch inputs and recorded streams), or null when it is not one: fewer than two values,
 * or a line that does not parse alone.
 */
export function jsonLines(text: string, strict = true): { start: number; end: number }[] | null {
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const stop = text[end - 1] === "\r" ? end - 1 : end;
    if (text.slice(start, stop).trim() !== "") {
      if (strict && valueError(text, start, stop) !== null) return null;
      out.push({ start, end: stop });
    }
    start = end + 1;
  }
  return out.length >= (strict ? 2 : 1) ? out : null;
}

/**
 * Detections for a whole JSON file, or for each line of a JSON Lines file: a `.jsonl`/`.ndjson`
 * file is read line by line even when a line is broken; any other file only when it does not parse
 * as one value and every line parses alone.
 */
function fileDetections(ctx: RuleContext, snippet: SdkId): Detection[] {
  const { path, text } = ctx;
  const perLine = (lines: { start: number; end: number }[]): Detection[] =>
    lines.flatMap((l) => analyzeJson(ctx, plainView(text, l.start, l.end, "file"), snippet).detections);
  if (JSON_LINES_FILE.test(path)) return perLine(jsonLines(text, false) ?? []);
  const whole = analyzeJson(ctx, plainView(text, 0, text.length, "file"), snippet);
  const lines = whole.valid ? null : jsonLines(text);
  return lines ? perLine(lines) : whole.detections;
}

export const jsonRule: Rule = {
  id: "json",
  description: "Legacy model IDs in JSON/JSONC files and notebooks: values, keys, arrays, request bodies, recordings",
  appliesTo: (path) => JSON_FILE.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    if (LOCKFILE.test(ctx.path)) return { detections: [] };
    const snippet = sdkForFile(ctx.path, ctx.text);
    const detections = fileDetections(ctx, snippet);
    for (const c of commentRanges(ctx.text)) {
      for (const occ of findOccurrences(ctx.text, c.start, c.end)) detections.push(commentDetection(ctx, occ, snippet));
    }
    // A notebook's code cells are code of the notebook's language (rules/languages/notebook.ts).
    return withNotebookCells(ctx, { detections });
  },
  validate: (text) => jsonError(text),
};
