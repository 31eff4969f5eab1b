import { RETIRED, type RetiredName } from "./retired.js";
export type ThinkingMode = "enabled" | "disabled";
export type LegacyId = (typeof RETIRED)[number]["id"];
export interface LegacyEntry extends RetiredName {
    readonly id: LegacyId;
}
export declare const RETIRED_AT = "2026-07-24T15:59:00Z";
export declare const ANNOUNCED_AT = "2026-04-24";
export declare const LEGACY: readonly LegacyEntry[];
export declare const LEGACY_IDS: readonly LegacyId[];
/** Model IDs the API accepts today. `deepseek-flash` is the newer canonical Flash name (opt-in). */
export declare const CURRENT_IDS: readonly string[];
export type Mapping = Readonly<Record<LegacyId, string>>;
/** `--to` presets: a mapping for each legacy ID (`v4`: each name's own default target). */
export declare const PRESETS: Readonly<Record<string, Mapping>>;
export declare const SOURCES: readonly string[];
/** Provider prefixes that pass the DeepSeek model ID through unchanged, so the ID after them is a reference. */
export declare const PASS_THROUGH_PREFIXES: readonly string[];
/** A model ID users may map to: a current ID or any well-formed DeepSeek ID the user names explicitly. */
export declare const TARGET_PATTERN: RegExp;
/** The legacy IDs as one regular-expression alternation, longest first (so no ID stops at a shorter one). */
export declare const LEGACY_ALTERNATION: string;
export declare function isLegacyId(value: string): value is LegacyId;
export declare function legacyEntry(id: LegacyId): LegacyEntry;
