// Code embedded in another file: a fenced block in Markdown, a notebook's code cells, an example in a
// docstring or a JSDoc comment, a script under a YAML key. The block is handed, as a virtual file,
// to the adapter the rule registry picks for its language, so it gets exactly what a real file of
// that language gets (request sites, thinking insertions, review reasons); every detection, edit and
// advisory is then mapped back to the host file's offsets through the block's view. No adapter imports
// another: they all go through `analyseEmbedded`.
import { lastAtMost } from "../src/check/tokens.js";
import { applyEdits } from "../src/fix/edits.js";
import type { AdvisoryDetection, Detection, Edit, Rule, RuleContext, RuleOutput } from "../src/types.js";
import { openRouterAt } from "./openrouter.js";

/**
 * A block of embedded code as the adapter sees it, and the way back to the host file.
 * Offsets in `text` are virtual; `toHost` and `edit` give host offsets.
 */
export interface EmbeddedView {
  /** The code, as a file of its language holds it (indentation, quoting and prompts removed). */
  readonly text: string;
  /** The host offset of virtual offset `i`, for 0 <= i <= text.length. */
  toHost(i: number): number;
  /**
   * The host edit for a virtual edit: the same change written in the host's own form (indented,
   * escaped), or null when it cannot be written back exactly.
   */
  edit(e: Edit): Edit | null;
}

/** Extensions of the virtual files, by the language tags documents use for their code blocks. */
const TAGS: Readonly<Record<string, string>> = {
  python: "py",
  py: "py",
  python3: "py",
  py3: "py",
  ipython: "py",
  ipython3: "py",
  pycon: "py",
  ts: "ts",
  typescript: "ts",
  mts: "ts",
  cts: "ts",
  tsx: "tsx",
  js: "js",
  javascript: "js",
  node: "js",
  mjs: "js",
  cjs: "js",
  jsx: "jsx",
  bash: "sh",
  sh: "sh",
  shell: "sh",
  zsh: "sh",
  console: "sh",
  "shell-session": "sh",
  shellsession: "sh",
  terminal: "sh",
  curl: "sh",
  json: "json",
  jsonc: "jsonc",
  json5: "jsonc",
  yaml: "yaml",
  yml: "yaml",
  toml: "toml",
  env: "env",
  dotenv: "env",
  ini: "ini",
  cfg: "ini",
  properties: "properties",
  http: "http",
  rest: "http",
  go: "go",
  golang: "go",
  java: "java",
  kotlin: "kt",
  kt: "kt",
  rust: "rs",
  rs: "rs",
  ruby: "rb",
  rb: "rb",
  php: "php",
  csharp: "cs",
  cs: "cs",
  "c#": "cs",
};

/** Tags whose blocks show a terminal session: `$ ` prompts start commands, other lines are output. */
const SESSION_TAGS = new Set(["console", "shell-session", "shellsession", "terminal"]);

/**
 * The virtual file name for a code block's language tag (```python, ~~~ts, `.. code-block:: bash`),
 * or null for a language no rule analyses as code (text, diff, output...). Attributes after the tag
 * (`{.python}`, `python title="x.py"`, `py3 hl_lines="2"`) are ignored.
 */
export function virtualName(tag: string): string | null {
  const t = /^\{?\s*\.?([\w#+.-]+)/.exec(tag.trim().toLowerCase())?.[1];
  if (!t) return null;
  const ext = TAGS[t];
  if (!ext) return null;
  if (ext === "env") return "embedded.env";
  if (ext === "properties") return "embedded.properties";
  return `embedded.${ext}`;
}

/** Whether a tag names a terminal session (its `$ ` prompts are stripped before analysis). */
export function isSessionTag(tag: string): boolean {
  return SESSION_TAGS.has(tag.trim().toLowerCase().split(/[\s{]/)[0] ?? "");
}

let registry: Promise<readonly Rule[]> | null = null;

/** The rule registry, read when first needed (the adapters that embed are themselves in it). */
function rules(): Promise<readonly Rule[]> {
  registry ??= import("./index.js").then((m) => m.RULES);
  return registry;
}

/** The rule the registry gives a virtual file name (the same choice the engine makes for a real file). */
export async function ruleForName(name: string): Promise<Rule | null> {
  return (await rules()).find((r) => r.appliesTo(name)) ?? null;
}

export interface EmbedOptions {
  /** The host's rule id, when a block must never be handed back to it (a document in a document). */
  readonly owner?: string;
  /** false: analyse the block even when it does not parse (the host has no other reading of it). */
  readonly validate?: boolean;
}

/**
 * Runs the adapter for `name` over the block and maps its output back to the host file. Null when
 * the block does not parse in that language (a snippet with `...`, partial code): the caller keeps
 * its own reading of those lines. Only detections whose ID characters are the host's own characters
 * are kept; an insertion that cannot be written back leaves a note instead.
 */
export async function analyseEmbedded(host: RuleContext, name: string, view: EmbeddedView, options: EmbedOptions = {}): Promise<RuleOutput | null> {
  const rule = await ruleForName(name);
  if (!rule || rule.id === options.owner) return null;
  if (options.validate !== false && rule.validate && (await rule.validate(view.text, name)) !== null) return null;
  // Whether `deepseek/` means OpenRouter is the host file's context, as for its own values.
  const ctx: RuleContext = { path: name, text: view.text, thinking: host.thinking, openRouter: host.openRouter };
  const out = await rule.check(ctx);
  const checked = options.validate !== false && rule.validate !== undefined;
  // The insertions are checked in the block's own language: one that would break it becomes a note.
  const inserted = out.detections.flatMap((d) => d.extraEdits ?? []);
  const safe = !checked || inserted.length === 0 || (await rule.validate!(applyEdits(view.text, inserted).text, name)) === null;
  const detections: Detection[] = [];
  for (const raw of out.detections) {
    const d = safe ? raw : withoutEdits(raw);
    const start = view.toHost(d.start);
    const end = view.toHost(d.end - 1) + 1;
    if (host.text.slice(start, end) !== view.text.slice(d.start, d.end)) continue;
    detections.push(hostOpenRouter(host, mapEdits({ ...d, start, end }, view)));
  }
  const advisories: AdvisoryDetection[] = (out.advisories ?? []).map((a) => ({ ...a, start: view.toHost(a.start), end: view.toHost(a.end) }));
  return { detections, advisories };
}

/**
 * The block is read as a file of its own, so the host's context around it (a document's heading
 * naming OpenRouter above the block) is decided here: a `deepseek/` value the host places under
 * OpenRouter is OpenRouter's slug, whatever the block alone says.
 */
function hostOpenRouter(host: RuleContext, d: Detection): Detection {
  if (d.reason === "openrouter" || !host.openRouter) return d;
  const prefix = host.text.slice(Math.max(0, d.start - PREFIX.length), d.start);
  if (prefix.toLowerCase() !== PREFIX || !openRouterAt(host.text, d.start - PREFIX.length, host.path)) return d;
  return { start: d.start, end: d.end, legacy: d.legacy, action: "review", reason: "openrouter", detail: { slug: `${prefix}${d.legacy}` }, thinking: "none" };
}

const PREFIX = "deepseek/";

function mapEdits(d: Detection, view: EmbeddedView): Detection {
  if (!d.extraEdits || d.extraEdits.length === 0) return d;
  const edits = d.extraEdits.map((e) => view.edit(e));
  return edits.every((e): e is Edit => e !== null) ? { ...d, extraEdits: edits } : withoutEdits(d);
}

/** A detection whose insertion is not made: the rename stays, with a note saying where thinking goes. */
function withoutEdits(d: Detection): Detection {
  if (!d.extraEdits || d.extraEdits.length === 0) return d;
  const { extraEdits: _dropped, ...rest } = d;
  return { ...rest, thinking: "note" };
}

/** A slice of the host that is the embedded file verbatim (a script in a YAML block scalar). */
export function sliceView(hostText: string, start: number, end: number): EmbeddedView {
  return {
    text: hostText.slice(start, end),
    toHost: (i) => start + i,
    edit: (e) => ({ start: start + e.start, end: start + e.end, text: e.text }),
  };
}

/** One line of an embedded block: the host range of the characters kept (after indentation or a prompt). */
export interface BlockLine {
  readonly start: number;
  readonly end: number;
}

/**
 * A block made of host lines, each with a prefix removed (a fence's indentation, a docstring's
 * indentation, a `>>> ` prompt, a JSDoc ` * `). Lines of inserted text get `prefix` (the block's
 * own indentation) and the host's line break; blank inserted lines get no trailing spaces.
 */
export function linesView(hostText: string, lines: readonly BlockLine[], prefix: string): EmbeddedView {
  const starts: number[] = [];
  let text = "";
  for (const l of lines) {
    starts.push(text.length);
    text += `${hostText.slice(l.start, l.end)}\n`;
  }
  const eol = lines.length > 0 && hostText[lines[0]!.end] === "\r" ? "\r\n" : "\n";
  const toHost = (i: number): number => {
    if (lines.length === 0) return 0;
    const at = lastAtMost(starts, i);
    const l = lines[at]!;
    return Math.min(l.start + (i - starts[at]!), l.end);
  };
  return {
    text,
    toHost,
    edit(e) {
      const start = toHost(e.start);
      const end = toHost(e.end);
      // A line break inside the inserted text starts a host line: it gets the block's prefix, unless
      // the line stays empty (a blank line, or a break inserted at the end of a host line).
      const atLineEnd = text[e.end] === "\n";
      const body = e.text.replace(/\n(?=([^\n]?))/g, (_m, next: string) =>
        next === "\n" || (next === "" && atLineEnd) ? eol : `${eol}${prefix}`,
      );
      return { start, end, text: body };
    },
  };
}
