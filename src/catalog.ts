// The facts of the retirement, as data. Logic lives elsewhere; every rule and reporter reads this.
// The retired names themselves are the table in retired.ts; what is derived from them is here.
import { RETIRED, type RetiredName } from "./retired.js";

export type ThinkingMode = "enabled" | "disabled";
export type LegacyId = (typeof RETIRED)[number]["id"];

export interface LegacyEntry extends RetiredName {
  readonly id: LegacyId;
}

export const RETIRED_AT = "2026-07-24T15:59:00Z";
export const ANNOUNCED_AT = "2026-04-24";

export const LEGACY: readonly LegacyEntry[] = RETIRED;

export const LEGACY_IDS: readonly LegacyId[] = LEGACY.map((e) => e.id);

/** Model IDs the API accepts today. `deepseek-flash` is the newer canonical Flash name (opt-in). */
export const CURRENT_IDS: readonly string[] = ["deepseek-v4-flash", "deepseek-v4-pro", "deepseek-flash"];

export type Mapping = Readonly<Record<LegacyId, string>>;

const everyNameTo = (target: string): Mapping => Object.fromEntries(LEGACY_IDS.map((id) => [id, target])) as Mapping;

/** `--to` presets: a mapping for each legacy ID (`v4`: each name's own default target). */
export const PRESETS: Readonly<Record<string, Mapping>> = {
  v4: Object.fromEntries(LEGACY.map((e) => [e.id, e.defaultTarget])) as Mapping,
  pro: everyNameTo("deepseek-v4-pro"),
  latest: everyNameTo("deepseek-flash"),
};

export const SOURCES: readonly string[] = [
  "https://api-docs.deepseek.com/quick_start/pricing",
  "https://api-docs.deepseek.com/guides/thinking_mode",
  "https://api-docs.deepseek.com/news/news260424",
];

/** Provider prefixes that pass the DeepSeek model ID through unchanged, so the ID after them is a reference. */
export const PASS_THROUGH_PREFIXES: readonly string[] = ["deepseek/", "deepseek:", "@deepseek/"];

/** A model ID users may map to: a current ID or any well-formed DeepSeek ID the user names explicitly. */
export const TARGET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;

/** The legacy IDs as one regular-expression alternation, longest first (so no ID stops at a shorter one). */
export const LEGACY_ALTERNATION = [...LEGACY_IDS]
  .sort((a, b) => b.length - a.length)
  .map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

export function isLegacyId(value: string): value is LegacyId {
  return (LEGACY_IDS as readonly string[]).includes(value);
}

export function legacyEntry(id: LegacyId): LegacyEntry {
  const entry = LEGACY.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown legacy id ${id}`);
  return entry;
}
