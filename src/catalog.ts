// The facts of the retirement, as data. Logic lives elsewhere; every rule and reporter reads this.

export type LegacyId = "deepseek-chat" | "deepseek-reasoner";
export type ThinkingMode = "enabled" | "disabled";

export interface LegacyEntry {
  readonly id: LegacyId;
  /** What the retired alias resolved to before retirement. */
  readonly aliasOf: string;
  /** The thinking mode the alias implied; V4 enables thinking by default. */
  readonly thinking: ThinkingMode;
  readonly defaultTarget: string;
}

export const RETIRED_AT = "2026-07-24T15:59:00Z";
export const ANNOUNCED_AT = "2026-04-24";

export const LEGACY: readonly LegacyEntry[] = [
  { id: "deepseek-chat", aliasOf: "deepseek-v4-flash (non-thinking)", thinking: "disabled", defaultTarget: "deepseek-v4-flash" },
  { id: "deepseek-reasoner", aliasOf: "deepseek-v4-flash (thinking)", thinking: "enabled", defaultTarget: "deepseek-v4-flash" },
];

export const LEGACY_IDS: readonly LegacyId[] = LEGACY.map((e) => e.id);

/** Model IDs the API accepts today. `deepseek-flash` is the newer canonical Flash name (opt-in). */
export const CURRENT_IDS: readonly string[] = ["deepseek-v4-flash", "deepseek-v4-pro", "deepseek-flash"];

/** Provider prefixes that pass the DeepSeek model ID through unchanged, so the ID after them is a reference. */
export const PASS_THROUGH_PREFIXES: readonly string[] = ["deepseek/", "deepseek:", "@deepseek/"];

/** `--to` presets: a mapping for each legacy ID. */
export const PRESETS: Readonly<Record<string, Readonly<Record<LegacyId, string>>>> = {
  v4: { "deepseek-chat": "deepseek-v4-flash", "deepseek-reasoner": "deepseek-v4-flash" },
  pro: { "deepseek-chat": "deepseek-v4-pro", "deepseek-reasoner": "deepseek-v4-pro" },
  latest: { "deepseek-chat": "deepseek-flash", "deepseek-reasoner": "deepseek-flash" },
};

export const SOURCES: readonly string[] = [
  "https://api-docs.deepseek.com/quick_start/pricing",
  "https://api-docs.deepseek.com/guides/thinking_mode",
  "https://api-docs.deepseek.com/news/news260424",
];

export type Mapping = Readonly<Record<LegacyId, string>>;

/** A model ID users may map to: a current ID or any well-formed DeepSeek ID the user names explicitly. */
export const TARGET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;

export function isLegacyId(value: string): value is LegacyId {
  return (LEGACY_IDS as readonly string[]).includes(value);
}

export function legacyEntry(id: LegacyId): LegacyEntry {
  const entry = LEGACY.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown legacy id ${id}`);
  return entry;
}

/** The thinking object literal, in JSON form, that reproduces a legacy ID's behaviour. */
export function thinkingJson(mode: ThinkingMode): string {
  return `{"type": "${mode}"}`;
}
