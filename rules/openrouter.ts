// Whether one `deepseek/<legacy>` value is an OpenRouter slug. The same string is LiteLLM's, crewAI's,
// aider's and many frameworks' `provider/model` form for DeepSeek's own API, so the decision is made
// per value, from that value's own context, never from the file as a whole:
//   - the value's own entry or key names OpenRouter (`OPENROUTER_MODEL=…`, `"openrouter": "…"`);
//   - an enclosing call, object or list is headed by OpenRouter (`OpenRouter(…)`, `openrouter: {…}`),
//     or a call/object around it carries OpenRouter as a value (a base URL on openrouter.ai, an
//     `OPENROUTER_*` key, `provider="openrouter"`), siblings in other entries of a mapping excepted;
//   - the client a call is made on (`client.chat…create(…)`) was built with OpenRouter in this file;
//   - for values outside brackets (env files, YAML, shell, statements), the enclosing indentation
//     blocks and the section of lines the value sits in (between comment headers; in docs, its code
//     block or line, under a heading naming OpenRouter).
// A sibling value routed elsewhere (`openrouter/meta-llama/…` next to `deepseek/deepseek-chat`) or
// prose that merely mentions OpenRouter is not evidence.

/** OpenRouter as a value: its host, a client or factory named after it, a key or env var, a provider setting. */
const AS_VALUE =
  /openrouter\.ai|\b\w*open_?router\w*\s*\(|\bOPEN_?ROUTER_[A-Z0-9_]+|\bopen_?router_\w+|["'`]open_?router["'`](?!\s*:)|\b(?:provider|vendor|host|router|gateway|platform|backend|api_type)["']?\s*[:=]\s*["'`]?open_?router\b/i;
/** OpenRouter named at all: for heads (the text a group or block is introduced by) and the value's own key. */
const NAMED = /open_?router/i;

/** How far the bracket scan looks on each side of a value. */
const WINDOW = 6000;
const OPEN = "([{";
const CLOSE = ")]}";

interface Group {
  readonly open: number;
  readonly close: number;
}

/** The bracket groups enclosing `at`, innermost first (brackets counted without regard to strings). */
function enclosing(text: string, at: number): Group[] {
  const from = Math.max(0, at - WINDOW);
  const stack: number[] = [];
  for (let i = from; i < at; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) stack.push(i);
    else if (CLOSE.includes(c)) {
      const top = stack[stack.length - 1];
      if (top !== undefined && OPEN.indexOf(text[top]!) === CLOSE.indexOf(c)) stack.pop();
    }
  }
  const groups: Group[] = [];
  const to = Math.min(text.length, at + WINDOW);
  let i = at;
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k]!;
    const want = CLOSE[OPEN.indexOf(text[open]!)]!;
    let depth = 0;
    let close = -1;
    for (; i < to; i++) {
      const c = text[i]!;
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) {
        if (depth === 0) {
          if (c === want) close = i;
          break;
        }
        depth--;
      }
    }
    if (close === -1) break; // unbalanced: stop at the groups known for sure
    groups.push({ open, close });
    i = close + 1;
  }
  return groups;
}

/** The text introducing a group: back from its bracket to a `,`, `;`, a line break or an open bracket. */
function headOf(text: string, open: number): string {
  let depth = 0;
  let i = open - 1;
  for (; i >= 0 && open - i < 400; i--) {
    const c = text[i]!;
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === "," || c === ";" || c === "\n")) break;
  }
  return text.slice(i + 1, open);
}

/**
 * A group's own text with its nested objects and lists blanked out (other entries of a mapping or a
 * list); nested calls stay, since they compute a value of this group's own members.
 */
function ownText(text: string, g: Group): string {
  let out = "";
  let depth = 0;
  for (let i = g.open + 1; i < g.close; i++) {
    const c = text[i]!;
    if (depth === 0 && (c === "{" || c === "[")) depth = 1;
    else if (depth > 0) {
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) depth--;
      out += c === "\n" ? "\n" : " ";
      continue;
    }
    out += depth === 0 ? c : " ";
  }
  return out;
}

/** The start of the member holding `at` inside a group: after the last top-level comma before it. */
function memberStart(text: string, g: Group | undefined, at: number): number {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const floor = g ? Math.max(g.open + 1, lineStart) : lineStart;
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i]!;
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) depth--;
    else if (depth === 0 && c === ",") return i + 1;
  }
  return floor;
}

/** The receiver's assignments in the file (`client = OpenAI(…)`, `self.client = …`, `const client = new …`). */
function receiverEvidence(text: string, head: string): boolean {
  const m = /((?:self|this)\.[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+\s*$/.exec(head);
  if (!m) return false;
  const name = m[1]!.replace(/\./g, "\\.").replace(/\$/g, "\\$");
  const assign = new RegExp(`(?<![\\w$.])${name}\\s*(?::[^=\\n]*)?:?=(?!=)`, "g");
  for (let a = assign.exec(text); a !== null; a = assign.exec(text)) {
    // The statement: to the end of the line where its brackets are balanced.
    let depth = 0;
    let end = a.index;
    for (; end < text.length && end - a.index < 3000; end++) {
      const c = text[end]!;
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) depth--;
      else if (c === "\n" && depth <= 0) break;
    }
    if (AS_VALUE.test(text.slice(a.index, end))) return true;
  }
  return false;
}

const DOC = /\.(?:md|mdx|markdown|rst|txt)$/i;
/** How much text around a value the line-structured reading looks at. */
const LINES_BEFORE = 20000;
const LINES_AFTER = 4000;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A comment-only line that reads as a section title (`# OpenRouter`), not a commented-out setting. */
function isHeaderComment(line: string): boolean {
  const t = line.trim();
  return /^(?:#|\/\/|;|--)/.test(t) && !/[=:]/.test(t.replace(/^(?:#|\/\/|;|--)+/, "").replace(/https?:\/\/\S+/g, ""));
}

/** Line-structured context: indentation blocks above, and the section of lines holding the value. */
function lineEvidence(full: string, start: number, path: string, bracketed: boolean): boolean {
  // A bounded window of whole lines: many values in a large file stay linear.
  const from = start > LINES_BEFORE ? full.lastIndexOf("\n", start - LINES_BEFORE) + 1 : 0;
  const cut = full.indexOf("\n", Math.min(full.length, start + LINES_AFTER));
  const text = full.slice(from, cut === -1 ? full.length : cut);
  const at = start - from;
  const lines = text.split("\n");
  let row = 0;
  for (let off = 0; row < lines.length; row++) {
    const next = off + lines[row]!.length + 1;
    if (next > at) break;
    off = next;
  }
  const own = lines[row] ?? "";
  const indent = indentOf(own);
  // Enclosing blocks: each nearer line with less indentation (`class OpenRouterLLM:`, `openrouter:`).
  let want = indent;
  for (let r = row - 1; r >= 0 && want > 0 && row - r < 400; r--) {
    const l = lines[r]!;
    if (l.trim() === "") continue;
    const i = indentOf(l);
    if (i < want) {
      if (NAMED.test(l)) return true;
      want = i;
    }
  }
  if (DOC.test(path)) {
    // Docs: the heading the value sits under, and the code block holding it (its info string included).
    let heading = "";
    let fence = -1;
    for (let r = 0; r < row; r++) {
      const l = lines[r]!;
      if (/^\s*(?:```|~~~)/.test(l)) fence = fence === -1 ? r : -1;
      else if (fence === -1 && /^#{1,6}\s/.test(l)) heading = l;
    }
    if (NAMED.test(heading)) return true;
    if (fence === -1 || bracketed) return false;
    let end = row;
    while (end + 1 < lines.length && !/^\s*(?:```|~~~)/.test(lines[end + 1]!)) end++;
    return NAMED.test(lines[fence]!) || AS_VALUE.test(lines.slice(fence + 1, end + 1).join("\n"));
  }
  if (bracketed) return false;
  // The section: same-indentation lines around the value, cut at blank lines, at outdents and at
  // header comments (`# DeepSeek` / `# OpenRouter` over a block of settings).
  let top = row;
  while (top > 0) {
    const l = lines[top - 1]!;
    if (l.trim() === "" || indentOf(l) < indent) break;
    top--;
    if (indentOf(l) === indent && isHeaderComment(l)) break;
  }
  let bottom = row;
  while (bottom + 1 < lines.length) {
    const l = lines[bottom + 1]!;
    if (l.trim() === "" || indentOf(l) < indent || (indentOf(l) === indent && isHeaderComment(l))) break;
    bottom++;
  }
  const section = lines.slice(top, bottom + 1).filter((l) => indentOf(l) === indent);
  if (section.length > 0 && isHeaderComment(section[0]!) && NAMED.test(section[0]!)) return true;
  return AS_VALUE.test(section.join("\n"));
}

/**
 * Whether the value starting at `start` (its provider prefix included) is in an OpenRouter context.
 * `path` tells docs apart, where headings and code blocks make the sections.
 */
export function openRouterAt(text: string, start: number, path = ""): boolean {
  const groups = enclosing(text, start);
  const inner = groups[0];
  // The value's own entry: its key or the assignment it is the value of.
  if (NAMED.test(text.slice(memberStart(text, inner, start), start))) return true;
  let call = false;
  for (const g of groups) {
    const head = headOf(text, g.open);
    if (NAMED.test(head)) return true;
    const bracket = text[g.open]!;
    // A call's or an object's own arguments describe the same request; a list's are separate entries.
    if (bracket !== "[" && AS_VALUE.test(ownText(text, g))) return true;
    // The nearest call around the value (its options object may sit in between): the client it is made on.
    if (!call && bracket === "(") {
      call = true;
      if (receiverEvidence(text, head)) return true;
    }
  }
  return lineEvidence(text, start, path, inner !== undefined);
}
