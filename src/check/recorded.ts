// Recorded API responses: what a server answered, kept in a file (test fixtures, streamed chunks,
// console dumps, run logs, examples in docs). One definition of "shaped like a chat completion
// response" serves every rule that has a parser (JSON, YAML, TypeScript) and, through a lexical
// reading of the object around an occurrence, every other file family. It looks at the object
// itself (its `object`, `id`, `choices`, `usage` members), never at the file's name.
import { lineAround } from "./tokens.js";

/** The `object` values of a chat completion response body, whole or streamed. */
const RESPONSE_OBJECT = /^chat\.completion(?:\.chunk)?$/;
/** Token-count members of a response's `usage` (OpenAI, Anthropic and AI SDK spellings). */
const TOKEN_COUNT = /^(?:prompt|completion|total|input|output|reasoning|cached)_?tokens$|^(?:prompt|completion|total|input|output|reasoning)Tokens$/i;

/** What a rule knows about one object's own members, whatever syntax it was written in. */
export interface MemberProbe {
  /** Whether the object has this member. */
  has(key: string): boolean;
  /** The member's value when it is a string, null when it is something else or absent. */
  string(key: string): string | null;
  /** The member names of the member's value when it is an object, else an empty list. */
  keys(key: string): readonly string[];
}

/**
 * Whether an object is a chat completion response (or a streamed chunk of one): its `object` says
 * so, its `id` is a `chatcmpl-` ID, it carries both `choices` and `usage`, or it names its `model`
 * beside members only a response has (`finish_reason`, `system_fingerprint`, a `usage` holding
 * token counts). A request body never carries any of these.
 */
export function isResponseShape(p: MemberProbe): boolean {
  const object = p.string("object");
  if (object !== null && RESPONSE_OBJECT.test(object)) return true;
  if (p.string("id")?.startsWith("chatcmpl-")) return true;
  if (p.has("choices") && p.has("usage")) return true;
  if (!p.has("model") || p.has("messages")) return false;
  return p.has("finish_reason") || p.has("system_fingerprint") || p.keys("usage").some((k) => TOKEN_COUNT.test(k));
}

/** An SSE line streaming a completion (`data: {…}` with a chunk or completion object in it). */
const SSE_LINE = /^\s*data:\s*\{.*(?:chat\.completion|chatcmpl-)/;
/** How far back and forward the lexical reading looks for the objects around an occurrence. */
const LIMIT = 8000;
/** How many enclosing objects, innermost first, are read. */
const DEPTH = 6;

/**
 * Whether the occurrence at [start, end) sits inside a recorded response, read lexically: an SSE
 * `data:` line of a stream, or any of the objects around it (`{…}` in JSON, JavaScript, Python
 * dicts and console dumps; `Name(key=value, …)` in Python reprs) shaped like a response. For text
 * no parser reads: strings are skipped when splitting members, but brackets are matched by count.
 */
export function inRecordedResponse(text: string, start: number, end: number): boolean {
  const { start: ls, end: le } = lineAround(text, start);
  if (SSE_LINE.test(text.slice(ls, le))) return true;
  for (const span of enclosingSpans(text, start, end)) {
    if (isResponseShape(lexicalProbe(text.slice(span.start + 1, span.end - 1), text[span.start] === "("))) return true;
  }
  return false;
}

/** The bracket spans `{…}` and `(…)` around [from, to), innermost first, at most DEPTH of them. */
export function enclosingSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const opens: number[] = [];
  let depth = 0;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT) && opens.length < DEPTH; i--) {
    const c = text[i];
    if (c === "}" || c === ")" || c === "]") depth++;
    else if (c === "{" || c === "(" || c === "[") {
      if (depth > 0) depth--;
      else if (c !== "[") opens.push(i);
    }
  }
  const out: { start: number; end: number }[] = [];
  // Closing brackets after the occurrence, in order: the k-th unmatched one closes the k-th open.
  depth = 0;
  let k = 0;
  for (let i = to; i < Math.min(text.length, to + LIMIT) && k < opens.length; i++) {
    const c = text[i];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      if (depth > 0) {
        depth--;
        continue;
      }
      // An unmatched `]` closes a list we walked through on the way out; it is not one of ours.
      if (c === "]") continue;
      const open = opens[k]!;
      if ((text[open] === "{") !== (c === "}")) return out;
      out.push({ start: open, end: i + 1 });
      k++;
    }
  }
  return out;
}

interface Member {
  readonly key: string;
  readonly value: string;
}

/**
 * The members of an object body written as `key: value`, `"key": value`, `'key' => value` or (for
 * a call-like span) `key=value`, split at top-level commas with strings and nested brackets
 * skipped. Escaped quotes (JSON held in a string literal) are read as quotes.
 */
export function lexicalMembers(body: string, call: boolean): Member[] {
  const src = body.includes('\\"') ? body.replace(/\\\\/g, "\\").replace(/\\"/g, '"') : body;
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === "`") {
      const close = closingQuote(src, i);
      if (close === -1) break;
      i = close;
    } else if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(src.slice(from));
  const sep = call ? "=(?!=)" : ":(?!:)|=>";
  const member = new RegExp(`^\\s*(["'\`]?)([\\w$.-]+)\\1\\s*(?:${sep})\\s*([\\s\\S]*)$`);
  const out: Member[] = [];
  for (const part of parts) {
    const m = member.exec(part);
    if (m) out.push({ key: m[2]!, value: m[3]!.trim() });
  }
  return out;
}

function closingQuote(text: string, at: number): number {
  const q = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === q) return i;
    else if (c === "\n" && q !== "`") return -1;
  }
  return -1;
}

function unquote(value: string): string | null {
  const m = /^(["'`])([^"'`]*)\1$/.exec(value);
  return m ? m[2]! : null;
}

/** A MemberProbe over an object body read lexically. */
function lexicalProbe(body: string, call: boolean): MemberProbe {
  const members = new Map<string, string>();
  for (const m of lexicalMembers(body, call)) if (!members.has(m.key)) members.set(m.key, m.value);
  return {
    has: (key) => members.has(key),
    string: (key) => {
      const v = members.get(key);
      return v === undefined ? null : unquote(v);
    },
    keys: (key) => {
      const v = members.get(key);
      if (v === undefined) return [];
      const inner = /^\{([\s\S]*)\}$/.exec(v) ?? /^[\w.]*\(([\s\S]*)\)$/.exec(v);
      if (!inner) return [];
      return lexicalMembers(inner[1]!, !v.startsWith("{")).map((m) => m.key);
    },
  };
}
