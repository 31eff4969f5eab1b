// Shell scripts (`.sh`, `.bash`, `.zsh`) and HTTP request files (`.http`, `.rest`). A small shell lexer
// finds comments, quoted strings and heredocs; quoted strings and heredocs that hold a JSON body
// (curl `-d`, `--data`, `--data-raw`, `@-` heredocs, `BODY='...'`) go through the JSON analysis, so a
// request body gains its thinking member in the quoting it sits in.
import { findOccurrences, type Occurrence } from "../../src/check/tokens.js";
import type { Detection, Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { collectionReason, detect, lineHeuristic } from "../shared.js";
import { analyzeJson, jsonError, plainView, type JsonView } from "./json.js";
import { commentDetection, defaultExpansions, valueDetection } from "../structured.js";

const SHELL_FILE = /\.(?:sh|bash|zsh)$/i;
const HTTP_FILE = /\.(?:http|rest)$/i;

/** A region of a script the lexer found. `content` ranges exclude quotes and heredoc delimiters. */
interface Region {
  readonly kind: "comment" | "single" | "double" | "ansi" | "heredoc";
  readonly start: number;
  readonly end: number;
}

interface Lexed {
  readonly regions: Region[];
  /** A one-line description of the first lexical error (unterminated quote or heredoc), or null. */
  readonly error: string | null;
}

const WORD_BREAK = /[\s;&|()<>]/;

/** Lexes `text[from, to)` as a shell script: comments, quoted strings and heredoc bodies. */
export function lexShell(text: string, from = 0, to = text.length): Lexed {
  const regions: Region[] = [];
  const pending: { delim: string; strip: boolean }[] = [];
  let i = from;
  const atWordStart = (k: number): boolean => k === from || WORD_BREAK.test(text[k - 1]!);
  while (i < to) {
    const c = text[i]!;
    if (c === "\n") {
      i++;
      // Heredoc bodies start on the line after their operator, in order.
      while (pending.length > 0) {
        const { delim, strip } = pending.shift()!;
        const bodyStart = i;
        let found = false;
        while (i < to) {
          let le = text.indexOf("\n", i);
          if (le === -1 || le > to) le = to;
          const line = text.slice(i, le).replace(/\r$/, "");
          if ((strip ? line.replace(/^\s+/, "") : line.trimStart()) === delim) {
            regions.push({ kind: "heredoc", start: bodyStart, end: i });
            i = le + 1;
            found = true;
            break;
          }
          i = le + 1;
        }
        if (!found) return { regions, error: `heredoc ${delim} is not terminated` };
      }
      continue;
    }
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "#" && atWordStart(i)) {
      let le = text.indexOf("\n", i);
      if (le === -1 || le > to) le = to;
      regions.push({ kind: "comment", start: i, end: le });
      i = le;
      continue;
    }
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1 || close >= to) return { regions, error: `unterminated single quote at offset ${i}` };
      regions.push({ kind: "single", start: i + 1, end: close });
      i = close + 1;
      continue;
    }
    if (c === "$" && text[i + 1] === "'") {
      let k = i + 2;
      while (k < to && text[k] !== "'") k += text[k] === "\\" ? 2 : 1;
      if (k >= to) return { regions, error: `unterminated $'...' string at offset ${i}` };
      regions.push({ kind: "ansi", start: i + 2, end: k });
      i = k + 1;
      continue;
    }
    if (c === '"') {
      let k = i + 1;
      while (k < to && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      if (k >= to) return { regions, error: `unterminated double quote at offset ${i}` };
      regions.push({ kind: "double", start: i + 1, end: k });
      i = k + 1;
      continue;
    }
    if (c === "<" && text[i + 1] === "<" && text[i + 2] !== "<") {
      const m = /^<<(-?)\s*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z_][\w-]*))/.exec(text.slice(i, Math.min(to, i + 200)));
      if (m) {
        pending.push({ delim: m[2] ?? m[3] ?? m[4] ?? "", strip: m[1] === "-" });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  if (pending.length > 0) return { regions, error: `heredoc ${pending[0]!.delim} is not terminated` };
  return { regions, error: null };
}

/** The JSON view of a quoted region: verbatim for single quotes and heredocs, unescaped for double quotes. */
function regionView(text: string, r: Region): JsonView | null {
  if (r.kind === "single" || r.kind === "heredoc") return plainView(text, r.start, r.end);
  if (r.kind !== "double") return null;
  let value = "";
  const map: number[] = [];
  for (let i = r.start; i < r.end; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < r.end && '"\\$`'.includes(text[i + 1]!)) {
      value += text[i + 1];
      map.push(i + 1);
      i++;
    } else {
      value += c;
      map.push(i);
    }
  }
  map.push(r.end);
  return { text: value, toFile: (k) => map[k]!, encode: (s) => s.replace(/["\\$`]/g, "\\$&"), kind: "body" };
}

function looksLikeJson(s: string): boolean {
  return /^\s*[{[]/.test(s);
}

const FOR_WORDS = /^\s*(?:for|select)\s+[A-Za-z_]\w*\s+in\s+([^;\n]*)/;

/** Classification of an occurrence in shell code (not a JSON body, not a comment). */
function shellOccurrence(ctx: RuleContext, occ: Occurrence): Detection {
  const reason = lineHeuristic(ctx.text, occ, ctx.path);
  if (reason) return detect(occ, ctx, "review", reason);
  const lineStart = ctx.text.lastIndexOf("\n", occ.start - 1) + 1;
  // `for m in deepseek-chat deepseek-reasoner; do`: the words are a list, as an array `( … )` is.
  const loop = FOR_WORDS.exec(ctx.text.slice(lineStart, lineStart + 2000));
  if (loop && occ.start - lineStart >= loop[0].length - loop[1]!.length && occ.end - lineStart <= loop[0].length) {
    const listed = collectionReason(loop[1]!.split(/\s+/).join("\n"), occ.legacy);
    if (listed) return detect(occ, ctx, "review", listed);
  }
  // `NAME=value`, `export NAME="value"`: a variable that a request somewhere else will use.
  if (/^\s*(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?[A-Za-z_]\w*=["']?$/.test(ctx.text.slice(lineStart, occ.start))) {
    return valueDetection(ctx, occ, "http-json");
  }
  return detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" });
}

/** Detections for legacy IDs in the shell script `ctx.text[from, to)`; a script embedded in another file comes through the registry (rules/embed.ts). */
function shellDetections(ctx: RuleContext, from = 0, to = ctx.text.length): Detection[] {
  const text = ctx.text;
  const { regions } = lexShell(text, from, to);
  const out: Detection[] = [];
  const handled = new Set<number>();
  for (const r of regions) {
    if (r.kind === "comment") {
      for (const occ of findOccurrences(text, r.start, r.end)) {
        out.push(commentDetection(ctx, occ, "http-json"));
        handled.add(occ.start);
      }
      continue;
    }
    const view = regionView(text, r);
    if (!view) continue;
    // Occurrences are found in the unquoted text: `\"deepseek-chat\"` reads as a quoted ID, not a path.
    const occs = findOccurrences(view.text).map((o) => ({ ...o, start: view.toFile(o.start), end: view.toFile(o.end - 1) + 1 }));
    if (occs.length === 0) continue;
    if (!looksLikeJson(view.text)) {
      // Plain strings are judged with their line by the loop below; only IDs the raw text hides
      // behind escaped quotes (`\"deepseek-chat\"`) are handled here.
      const raw = new Set(findOccurrences(text, r.start, r.end).map((o) => o.start));
      for (const occ of occs.filter((o) => !raw.has(o.start))) {
        out.push(detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" }));
        handled.add(occ.start);
      }
      continue;
    }
    const analysis = analyzeJson(ctx, view, "http-json");
    if (analysis.valid) {
      out.push(...analysis.detections);
      analysis.detections.forEach((d) => handled.add(d.start));
    } else {
      // A body the JSON parser cannot read (shell splicing, templates): rename, and say where thinking goes.
      for (const occ of occs) out.push(valueDetection(ctx, occ, "http-json"));
      occs.forEach((o) => handled.add(o.start));
    }
  }
  for (const occ of findOccurrences(text, from, to)) {
    if (!handled.has(occ.start)) out.push(shellOccurrence(ctx, occ));
  }
  for (const occ of defaultExpansions(text, from, to)) {
    if (!handled.has(occ.start)) out.push(valueDetection(ctx, occ, "http-json"));
  }
  return out;
}

/** Body ranges of the requests in an `.http`/`.rest` file (JetBrains HTTP Client / VS Code REST Client). */
export function httpBodies(text: string): { start: number; end: number }[] {
  const bodies: { start: number; end: number }[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i <= text.length; ) {
    let le = text.indexOf("\n", i);
    if (le === -1) le = text.length;
    lines.push({ start: i, end: le, text: text.slice(i, le).replace(/\r$/, "") });
    i = le + 1;
  }
  let state: "pre" | "headers" | "body" = "pre";
  let bodyStart = -1;
  let bodyEnd = -1;
  const close = (): void => {
    if (bodyStart !== -1 && bodyEnd > bodyStart) bodies.push({ start: bodyStart, end: bodyEnd });
    bodyStart = -1;
    bodyEnd = -1;
  };
  for (const line of lines) {
    const t = line.text;
    if (/^###/.test(t)) {
      close();
      state = "pre";
      continue;
    }
    if (state === "pre") {
      if (/^\s*$/.test(t) || /^\s*(?:#|\/\/)/.test(t) || /^\s*@[\w.-]+\s*=/.test(t)) continue;
      state = "headers";
      continue;
    }
    if (state === "headers") {
      if (/^\s*$/.test(t)) state = "body";
      continue;
    }
    // Response handlers and output redirections end the body.
    if (/^(?:>\s|<>\s|>>)/.test(t)) {
      close();
      state = "pre";
      continue;
    }
    if (bodyStart === -1) {
      if (/^\s*$/.test(t)) continue;
      bodyStart = line.start;
    }
    if (!/^\s*$/.test(t)) bodyEnd = line.start + t.length;
  }
  close();
  return bodies;
}

function httpDetections(ctx: RuleContext): Detection[] {
  const text = ctx.text;
  const out: Detection[] = [];
  const handled = new Set<number>();
  for (const b of httpBodies(text)) {
    const occs = findOccurrences(text, b.start, b.end);
    if (occs.length === 0) continue;
    const view = plainView(text, b.start, b.end);
    const analysis = looksLikeJson(view.text) ? analyzeJson(ctx, view, "http-json") : null;
    if (analysis?.valid) {
      out.push(...analysis.detections);
      analysis.detections.forEach((d) => handled.add(d.start));
    } else {
      for (const occ of occs) out.push(valueDetection(ctx, occ, "http-json"));
      occs.forEach((o) => handled.add(o.start));
    }
  }
  for (const occ of findOccurrences(text)) {
    if (handled.has(occ.start)) continue;
    const lineStart = text.lastIndexOf("\n", occ.start - 1) + 1;
    const lead = text.slice(lineStart, occ.start);
    if (/^\s*(?:#|\/\/)/.test(lead)) out.push(commentDetection(ctx, occ, "http-json"));
    else if (/^\s*@[\w.-]+\s*=\s*$/.test(lead)) out.push(valueDetection(ctx, occ, "http-json"));
    else out.push(detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" }));
  }
  return out;
}

export const shellRule: Rule = {
  id: "shell",
  description: "Legacy model IDs in shell scripts and .http/.rest files, with thinking added to JSON request bodies",
  appliesTo: (path) => SHELL_FILE.test(path) || HTTP_FILE.test(path),
  check(ctx: RuleContext): RuleOutput {
    return { detections: HTTP_FILE.test(ctx.path) ? httpDetections(ctx) : shellDetections(ctx) };
  },
  validate(text, path) {
    if (HTTP_FILE.test(path)) {
      for (const b of httpBodies(text)) {
        const body = text.slice(b.start, b.end);
        // Template variables (`{{name}}`) outside strings are not JSON until the client fills them in.
        if (!looksLikeJson(body) || body.includes("{{")) continue;
        const err = jsonError(body);
        if (err) return `request body: ${err}`;
      }
      return null;
    }
    const lexed = lexShell(text);
    if (lexed.error) return lexed.error;
    for (const r of lexed.regions) {
      const view = regionView(text, r);
      if (!view || !looksLikeJson(view.text) || !view.text.includes('"thinking"') || /\$/.test(view.text)) continue;
      const err = jsonError(view.text);
      if (err) return `JSON body: ${err}`;
    }
    return null;
  },
};
