// Line-oriented key/value files: `.env` and its variants, INI/`.cfg`/`.conf`, Java `.properties`
// (Spring AI). A value is configuration read somewhere else, so it is renamed with a note saying
// where the thinking mode must be set; a key or a section named after a model is a lookup entry.
import { findOccurrences } from "../../src/check/tokens.js";
import type { Detection, Rule, RuleContext, RuleOutput, SdkId } from "../../src/types.js";
import { collectionReason, detect, mentionsOther } from "../shared.js";
import { sdkForFile } from "../sdks/index.js";
import { commentDetection, defaultExpansions, valueDetection } from "../structured.js";

const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/i;
const INI_FILE = /\.(?:ini|cfg|conf|properties)$/i;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The file's lines. CRLF, LF and a lone CR each end one: dotenv, Java `Properties.load` and
 * Python's text-mode reading (configparser, python-dotenv) all read a lone CR as a line break.
 */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (let i = 0; i <= text.length; ) {
    let le = i;
    while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    out.push({ start: i, end: le, text: text.slice(i, le) });
    i = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return out;
}

/** Where a line's key ends and its value begins, or null for a line that is not `key = value`. */
function splitAssignment(line: string, properties: boolean): { keyEnd: number; valueStart: number } | null {
  const m = properties
    ? /^(\s*(?:[^=:\s\\]|\\.)+)(\s*[=:]\s*|\s+)/.exec(line)
    : /^(\s*(?:export\s+)?[^=:\s[;#][^=:]*?)(\s*[=:]\s*)/.exec(line);
  if (!m) return null;
  return { keyEnd: m[1]!.length, valueStart: m[1]!.length + m[2]!.length };
}

const SECTION = /^\s*\[[^\]]*\]\s*(?:[#;].*)?$/;

/**
 * The values of each INI section, by the section's first line (-1 before any header). A section is
 * one table: holding both legacy names it would end up with identical entries, as a TOML table would.
 */
function sectionValues(lines: readonly Line[]): Map<number, string> {
  const out = new Map<number, string>();
  let section = -1;
  for (const [i, line] of lines.entries()) {
    if (SECTION.test(line.text)) {
      section = i;
      continue;
    }
    const assign = /^\s*[#;]/.test(line.text) ? null : splitAssignment(line.text, false);
    if (assign && section !== -1) out.set(section, `${out.get(section) ?? ""}${line.text.slice(assign.valueStart)}\n`);
  }
  return out;
}

function lineDetections(ctx: RuleContext): Detection[] {
  const text = ctx.text;
  const properties = /\.properties$/i.test(ctx.path);
  const ini = INI_FILE.test(ctx.path) && !properties;
  const fileSnippet: SdkId = /spring\.ai\./.test(text) ? "spring-ai" : sdkForFile(ctx.path, text);
  const out: Detection[] = [];
  let continuation = false;
  const lines = splitLines(text);
  const sections = ini ? sectionValues(lines) : new Map<number, string>();
  let section = -1;
  for (const [index, line] of lines.entries()) {
    if (ini && SECTION.test(line.text)) section = index;
    const lineEnd = line.start + line.text.length;
    const occs = [...findOccurrences(text, line.start, lineEnd), ...defaultExpansions(text, line.start, lineEnd)];
    const wasContinuation = continuation;
    // `.properties` values continue onto the next line after an odd number of trailing backslashes.
    continuation = properties && /(?:^|[^\\])(?:\\\\)*\\$/.test(line.text);
    if (occs.length === 0) continue;
    const t = line.text;
    if (!wasContinuation && /^\s*[#;!]/.test(t)) {
      for (const occ of occs) out.push(commentDetection(ctx, occ, fileSnippet));
      continue;
    }
    if (!wasContinuation && SECTION.test(t)) {
      // A section named after a model: a lookup entry keyed by the legacy name.
      for (const occ of occs) out.push(detect(occ, ctx, "review", "mapping-key"));
      continue;
    }
    const assign = wasContinuation ? { keyEnd: 0, valueStart: 0 } : splitAssignment(t, properties);
    const key = assign ? t.slice(0, assign.keyEnd).trim() : "";
    const value = assign ? t.slice(assign.valueStart) : t;
    const snippet: SdkId = /^spring\.ai\./.test(key) ? "spring-ai" : fileSnippet;
    for (const occ of occs) {
      const col = occ.start - line.start;
      if (assign && col < assign.keyEnd) {
        out.push(detect(occ, ctx, "review", "mapping-key"));
        continue;
      }
      // An inline comment after the value (INI `;`/`#` after whitespace).
      const hash = /\s[#;]/.exec(value);
      if (hash && col >= (assign?.valueStart ?? 0) + hash.index + 1) {
        out.push(commentDetection(ctx, occ, fileSnippet));
        continue;
      }
      // A list of models in one value (`MODELS=deepseek-chat,deepseek-reasoner`).
      if (/[,\s]/.test(value.trim())) {
        const reason = collectionReason(value.split(/[,\s]+/).join("\n"), occ.legacy);
        if (reason) {
          out.push(detect(occ, ctx, "review", reason));
          continue;
        }
      }
      if (section !== -1 && mentionsOther(sections.get(section) ?? "", occ.legacy)) {
        out.push(detect(occ, ctx, "review", "collection-both"));
        continue;
      }
      out.push(valueDetection(ctx, occ, snippet));
    }
  }
  return out;
}

export const iniEnvRule: Rule = {
  id: "ini-env",
  description: "Legacy model IDs in .env, INI, .cfg, .conf and .properties files",
  appliesTo: (path) => ENV_FILE.test(path) || INI_FILE.test(path),
  check(ctx: RuleContext): RuleOutput {
    return { detections: lineDetections(ctx) };
  },
  validate(text, path) {
    // `.env` values in quotes must close on their line (dotenv multi-line values aside, which start a quote and end one later).
    if (ENV_FILE.test(path)) {
      let open: string | null = null;
      for (const line of splitLines(text)) {
        const t = line.text;
        if (open) {
          if (t.includes(open)) open = null;
          continue;
        }
        if (/^\s*(?:#|$)/.test(t)) continue;
        const m = /^\s*(?:export\s+)?[A-Za-z_][\w.-]*\s*=\s*(["'`]?)(.*)$/.exec(t);
        if (!m) return `not a KEY=value line: ${t.slice(0, 60)}`;
        const q = m[1]!;
        if (q && !m[2]!.includes(q)) open = q;
      }
      return open ? `unterminated ${open} value` : null;
    }
    return null;
  },
};
