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
export declare const RETIRED_AT = "2026-07-24T15:59:00Z";
export declare const ANNOUNCED_AT = "2026-04-24";
export declare const LEGACY: readonly LegacyEntry[];
export declare const LEGACY_IDS: readonly LegacyId[];
/** Model IDs the API accepts today. `deepseek-flash` is the newer canonical Flash name (opt-in). */
export declare const CURRENT_IDS: readonly string[];
/** Provider prefixes that pass the DeepSeek model ID through unchanged, so the ID after them is a reference. */
export declare const PASS_THROUGH_PREFIXES: readonly string[];
/** `--to` presets: a mapping for each legacy ID. */
export declare const PRESETS: Readonly<Record<string, Readonly<Record<LegacyId, string>>>>;
export declare const SOURCES: readonly string[];
export type Mapping = Readonly<Record<LegacyId, string>>;
/** A model ID users may map to: a current ID or any well-formed DeepSeek ID the user names explicitly. */
export declare const TARGET_PATTERN: RegExp;
export declare function isLegacyId(value: string): value is LegacyId;
export declare function legacyEntry(id: LegacyId): LegacyEntry;
/** The thinking object literal, in JSON form, that reproduces a legacy ID's behaviour. */
export declare function thinkingJson(mode: ThinkingMode): string;
