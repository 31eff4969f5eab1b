// Finds secret-looking values in a scanned file so that no report, diff or patch ever prints them.
// Redaction applies to text copied from that file only (diff lines, the source words a message
// quotes, skip details), never to paths, reason codes or the tool's own words. Detection leans
// towards redacting real key material, but placeholders are not secrets: a test file's
// `apiKey: "test"` must neither hide every `test` in the report nor cut the diff's context.
import { LEGACY_IDS } from "../catalog.js";

/** The secret values of one file and the (0-based) lines that hold them. */
export interface SecretSet {
  /** Raw values as they appear in the file, longest first so that redaction replaces whole values. */
  readonly values: readonly string[];
  /** 0-based indexes of lines that contain a secret (or are inside a multi-line one). */
  readonly lines: ReadonlySet<number>;
}

export const NO_SECRETS: SecretSet = { values: [], lines: new Set() };

export const REDACTED = "<redacted>";

/** Key names that hold credentials: *KEY*, *TOKEN*, *SECRET*, *PASSWORD*, *CREDENTIAL* (any case). */
const SECRET_NAME = /key|secret|passw(?:or)?d|credential|authorization|token(?!s|iz|_?(?:limit|count|budget|usage))/i;

/** Values that are settings, not credentials, even under a secret-looking key (e.g. `max_tokens: 1024`). */
const PLAIN_VALUE = /^(?:true|false|null|none|nil|yes|no|on|off|~|-?\d+(?:\.\d+)?|[|>][-+]?\d*)$/i;

/** Token shapes of well-known API keys; matched on any line of any file. */
const SHAPES: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{16,}/g, // DeepSeek, OpenAI, Anthropic (sk-ant-...)
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key IDs
  /\bAIza[0-9A-Za-z_-]{35}/g, // Google API keys
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, // JWTs
];

/**
 * Cheap per-line gates, each implied by every match of the expressions it guards, so skipping a
 * line that fails one changes no result. They keep secret detection off the profile: most lines
 * of a candidate file name no key, hold no 32-character run and no known token prefix.
 */
const SHAPE_HINT = /sk-|gh[pousr]_|github_pat_|xox[abposr]-|AKIA|ASIA|AIza|eyJ/;
const LONG_RUN = /[A-Za-z0-9+/=_-]{32}/;

/** A long token of key-like characters; checked for entropy before being treated as a secret. */
const LONG_TOKEN = /[A-Za-z0-9+_-]{32,}={0,2}/g;
const QUOTED = /(["'`])([A-Za-z0-9+/=_-]{32,})\1/g;

const PRIVATE_KEY_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const PRIVATE_KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY-----/;

/** `KEY=value` / `key: value` / `key = value` at the start of a line (env, properties, INI, YAML, TOML). */
const CONFIG_ENTRY = /^\s*(?:export\s+|-\s+)?["']?([A-Za-z0-9_.\-[\]]+)["']?\s*[:=]\s*(.*)$/;
/** `"key": "value"` anywhere on a line (JSON, also minified). */
const JSON_ENTRY = /"((?:[^"\\\n]|\\.)*)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
/** `name = "literal"` / `name: 'literal'` in code; only quoted literals count there. */
const CODE_ENTRY = /(?<![\w$.-])([A-Za-z_$][\w$.-]*)["']?\s*(?:[:=]|:=|=>)\s*(["'`])([^"'`\n]*)\2/g;

type Family = "config" | "yaml" | "json" | "code";

function familyOf(path: string): Family {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (name.startsWith(".env") || name.endsWith(".env")) return "config";
  if (/\.(?:properties|ini|cfg|conf|toml|npmrc|pypirc|netrc)$/.test(name) || /^\.(?:npmrc|pypirc|netrc)$/.test(name)) return "config";
  if (/\.ya?ml$/.test(name)) return "yaml";
  if (/\.(?:json|jsonc|json5|ipynb)$/.test(name)) return "json";
  return "code";
}

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Whether a token looks like random key material rather than a word, path or identifier. */
export function highEntropy(token: string): boolean {
  const t = token.replace(/=+$/, "");
  if (t.length < 32) return false;
  const digits = t.replace(/\D/g, "").length;
  const letters = t.replace(/[^A-Za-z]/g, "").length;
  return digits >= 3 && letters >= 3 && entropy(t) >= 3.5;
}

function cleanValue(raw: string, family: Family): string {
  let v = raw.trim();
  if (family !== "json") v = v.replace(/\s+#.*$/, "").replace(/\s+;.*$/, "").trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]!)) v = v.slice(1, -1);
  return v.replace(/,$/, "").trim();
}

/**
 * Values that point at a secret instead of holding one (`os.environ/X`, `os.environ["X"]`, `${X}`,
 * `${{ secrets.X }}`, `process.env.X`, an env var name); printing them leaks nothing.
 */
const REFERENCE = /^(?:\$\{\{.*\}\}|\$\{?[\w.:-]+\}?|\{\{.*\}\}|%\(\w+\)s|os\.environ\S*|os\.getenv\S*|(?:process\.)?env[.\[(]\S*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|<[^>]*>)$/;
/** Marks of a placeholder anywhere in a value (`your-key-here`, `sk-xxxxxxxx`, `changeme`, `...`). */
const PLACEHOLDER = /your[-_ ]|replace[-_ ]?me|example|placeholder|change[-_ ]?me|dummy|x{3,}|\*{3,}|\.{3}/i;

/**
 * Shortest value held to be a credential. Shorter ones are toy values (`test`, `abc123`, `secret`);
 * provider keys and generated tokens are far longer.
 */
const MIN_SECRET_LENGTH = 8;

/** Words placeholder credentials are made of: `test-key`, `fake_api_token`, `sk-your-key`, `mock-secret-123`. */
const PLACEHOLDER_WORDS = new Set([
  "test", "tests", "testing", "dummy", "fake", "mock", "mocked", "stub", "sample", "demo", "example",
  "placeholder", "changeme", "change", "replace", "me", "your", "my", "here", "insert", "put", "fill",
  "api", "key", "keys", "token", "secret", "password", "passwd", "pass", "pwd", "auth", "access",
  "bearer", "client", "id", "sk", "pk", "proj", "none", "null", "nil", "todo", "tbd", "foo", "bar",
  "baz", "qux", "dev", "local", "default", "redacted", "invalid", "empty", "unset", "not", "set", "value",
  "any", "whatever", "the", "for", "use", "real",
]);

/** `abc`, `abcdef`, `123456`, `xxxx`, `0000`: a run of the alphabet, of the digits or of one character. */
function filler(token: string): boolean {
  return token.length >= 3 && ("abcdefghijklmnopqrstuvwxyz".includes(token) || "01234567890".includes(token) || /^(.)\1*$/.test(token));
}

/**
 * Whether a value is made of placeholder words and fillers only, case and separators aside, with at
 * most one short number: `sk-xxx`, `test-key-123`, `dummy_token`, `my-api-key-2`. Key material
 * splits into many short letter and digit runs (`5f2c9a7e…`), which are neither.
 */
function placeholderWords(value: string): boolean {
  const tokens = value.toLowerCase().match(/[a-z]+|[0-9]+/g);
  if (!tokens) return true;
  const others = tokens.filter((t) => !PLACEHOLDER_WORDS.has(t) && !filler(t));
  return others.length === 0 || (others.length === 1 && /^[0-9]{1,4}$/.test(others[0]!));
}

/**
 * Words, not key material: letters only, each part (between `-`, `_`, `.` or spaces) lower case,
 * upper case or camel-cased words (`supersecret`, `my-secret-value`, `CorrectHorse`). A random
 * string of letters changes case inside its humps (`qXzWpLmKt`) and is not word-like.
 */
function wordLike(value: string): boolean {
  if (!/^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/.test(value)) return false;
  return value.split(/[-_. ]/).every((part) => /^(?:[a-z]+|[A-Z]+|(?:[A-Z]?[a-z]{2,})+)$/.test(part));
}

/** Whether a value found where a secret may be is one: not a setting, reference or placeholder. */
export function worthHiding(value: string): boolean {
  return (
    value.length >= MIN_SECRET_LENGTH &&
    !PLAIN_VALUE.test(value) &&
    !REFERENCE.test(value) &&
    !PLACEHOLDER.test(value) &&
    !placeholderWords(value) &&
    !wordLike(value) &&
    !LEGACY_IDS.some((id) => value.includes(id))
  );
}

/** Finds the secret values in `text`, judged by the file's family (from its POSIX path). */
export function findSecrets(path: string, text: string): SecretSet {
  const family = familyOf(path);
  const values = new Set<string>();
  const lines = new Set<number>();
  const all = text.split("\n");
  let inKey = false;
  let blockIndent = -1;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const found: string[] = [];
    if (inKey || PRIVATE_KEY_BEGIN.test(line)) {
      lines.add(i);
      const body = line.trim();
      if (body.length >= 4) found.push(body);
      inKey = !PRIVATE_KEY_END.test(line);
    }
    if (blockIndent >= 0) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() === "" || indent > blockIndent) {
        // Inside a YAML block scalar under a secret key: the whole line is the secret.
        lines.add(i);
        if (line.trim().length >= 4) values.add(line.trim());
        continue;
      }
      blockIndent = -1;
    }
    if (SHAPE_HINT.test(line)) for (const re of SHAPES) for (const m of line.matchAll(re)) found.push(m[0]);
    if (!LONG_RUN.test(line)) {
      // no token long enough for the entropy checks
    } else if (family !== "code") {
      for (const m of line.matchAll(LONG_TOKEN)) if (highEntropy(m[0])) found.push(m[0]);
    } else {
      for (const m of line.matchAll(QUOTED)) if (highEntropy(m[2]!)) found.push(m[2]!);
    }
    // Every keyed form below needs a secret-looking key name, which is part of the line.
    const keyed = SECRET_NAME.test(line);
    if (keyed && (family === "json" || family === "code")) {
      for (const m of line.matchAll(JSON_ENTRY)) if (SECRET_NAME.test(m[1]!)) found.push(m[2]!);
    }
    if (!keyed) {
      // nothing keyed on this line
    } else if (family === "code") {
      for (const m of line.matchAll(CODE_ENTRY)) if (SECRET_NAME.test(m[1]!)) found.push(m[3]!);
    } else if (family !== "json") {
      const m = CONFIG_ENTRY.exec(line);
      if (m && SECRET_NAME.test(m[1]!)) {
        const v = cleanValue(m[2]!, family);
        if (family === "yaml" && /^[|>][-+]?\d*$/.test(v)) blockIndent = line.length - line.trimStart().length;
        found.push(v);
      }
    }
    for (const v of found) {
      if (!worthHiding(v)) continue;
      values.add(v);
      lines.add(i);
    }
  }
  if (values.size === 0 && lines.size === 0) return NO_SECRETS;
  // A value seen under a secret key elsewhere makes every line repeating it secret too.
  const long = [...values].filter((v) => v.length >= 8);
  if (long.length > 0) {
    for (let i = 0; i < all.length; i++) if (!lines.has(i) && long.some((v) => all[i]!.includes(v))) lines.add(i);
  }
  return { values: [...values].sort((a, b) => b.length - a.length), lines };
}

/** `text` with every secret value of the set, and every key-shaped token, replaced by `<redacted>`. */
export function redact(text: string, secrets: SecretSet): string {
  let out = text;
  for (const v of secrets.values) if (out.includes(v)) out = out.split(v).join(REDACTED);
  for (const re of SHAPES) out = out.replace(re, (m) => (worthHiding(m) ? REDACTED : m));
  return out;
}
