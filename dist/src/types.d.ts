import type { LegacyId, ThinkingMode } from "./catalog.js";
export type Action = "rewrite" | "review";
/** A replacement of the original text between two UTF-16 offsets. */
export interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** Stable reason codes; reporters turn them into prose (see codes.ts). */
export type Reason = "reference" | "request-site" | "config-value" | "comparison" | "switch-case" | "mapping-key" | "collection-both" | "collection-current" | "openrouter" | "other-host" | "regex" | "recorded-request" | "recorded-response" | "snapshot" | "generated" | "exported-constant" | "migration-prose" | "test-assertion" | "branch-comment" | "validated-value" | "coupled-text" | "thinking-conflict" | "escaped-literal";
/** How the behaviour-preserving thinking setting was handled at this reference. */
export type ThinkingState = "inserted" | "present" | "note" | "none";
/** An SDK's id in the registry (rules/sdks/): which SDK's snippet a note shows for setting thinking. */
export type SdkId = string;
/** Data a reason's message names, each copied from the scanned text (so redacted like it). */
export interface FindingDetail {
    /** `openrouter`: the slug as written, provider prefix included. */
    readonly slug?: string;
    /** `other-host`: the name of the host whose catalog lists the ID. */
    readonly host?: string;
    /** `exported-constant`: the constant's name. */
    readonly constant?: string;
    /** `thinking-conflict`: the thinking setting the request already has, as written. */
    readonly found?: string;
}
/** What a rule reports: one legacy ID occurrence, located by the offsets of the ID characters only. */
export interface Detection {
    readonly start: number;
    readonly end: number;
    readonly legacy: LegacyId;
    readonly action: Action;
    readonly reason: Reason;
    /** Facts that specialise the reason's message, rendered by the reporters (see codes.ts). */
    readonly detail?: FindingDetail;
    /** Edits that keep behaviour (thinking insertion); applied together with the rename, never alone. */
    readonly extraEdits?: readonly Edit[];
    readonly thinking?: ThinkingState;
    readonly snippet?: SdkId;
    /** With a note: the offsets of the request calls this value reaches in the file, named in the note. */
    readonly usedAt?: readonly number[];
}
export type AdvisoryCode = "reasoning-content-dropped" | "sampling-ignored" | "forced-tool-choice" | "fim-thinking";
/** Data an advisory's message names in parentheses (see codes.ts). */
export interface AdvisoryDetail {
    /** The request key involved (`temperature`, `tool_choice`), and its value when it matters. */
    readonly key?: string;
    readonly value?: string;
    /** The legacy name whose implied thinking mode the hazard depends on. */
    readonly legacy?: LegacyId;
    /** How the code drops reasoning_content, in a few words (may quote the scanned text). */
    readonly how?: string;
}
/** A hazard that is not a legacy name itself; reported, never failing `check`. */
export interface AdvisoryDetection {
    readonly start: number;
    readonly end: number;
    readonly code: AdvisoryCode;
    readonly detail?: AdvisoryDetail;
}
export interface RuleContext {
    /** POSIX path relative to the working directory. */
    readonly path: string;
    readonly text: string;
    /** `explicit` adds the thinking setting at request sites; `off` only renames. */
    readonly thinking: "explicit" | "off";
    /** Whether the file talks to OpenRouter, where `deepseek/deepseek-chat` is OpenRouter's own slug. */
    readonly openRouter: boolean;
}
export interface RuleOutput {
    readonly detections: readonly Detection[];
    readonly advisories?: readonly AdvisoryDetection[];
}
export interface Rule {
    readonly id: string;
    readonly description: string;
    /** Whether this rule owns a file, decided from its POSIX path alone. */
    appliesTo(path: string): boolean;
    check(ctx: RuleContext): RuleOutput | Promise<RuleOutput>;
    /** Returns null when `text` parses in this rule's language, else a one-line reason. */
    validate?(text: string, path: string): string | null | Promise<string | null>;
    /** Starts loading this rule's parser ahead of its first file, while discovery is still running. */
    warmUp?(): Promise<unknown>;
}
/** A detection placed in its file, with the rewrite resolved against the mapping. */
export interface Finding {
    readonly rule: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly start: number;
    readonly end: number;
    readonly legacy: LegacyId;
    readonly replacement: string | null;
    /** What the mapping names for this legacy ID, whether or not the finding rewrites it (messages name it). */
    readonly target: string;
    readonly action: Action;
    readonly reason: Reason;
    readonly detail?: FindingDetail;
    readonly thinking: ThinkingMode;
    readonly thinkingState: ThinkingState;
    /** Guidance for setting thinking where the value is used; present when no request site was in reach. */
    readonly note: string | null;
    readonly edits: readonly Edit[];
}
export interface Advisory {
    readonly rule: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly code: AdvisoryCode;
    readonly detail?: AdvisoryDetail;
}
/** Why a file was left unchecked or unwritten (the JSON report's `skipped[].reason`); see codes.ts for levels. */
export type SkipReason = "binary" | "too-large" | "unreadable" | "changed-during-run" | "write-failed" | "parse-error" | "rule-crash";
/** A file the run could not check, or checked but could not write: an entry of the report's `skipped` list. */
export interface FileProblem {
    readonly file: string;
    readonly reason: SkipReason;
    readonly detail: string;
}
export interface FileEncoding {
    readonly kind: "utf8" | "latin1" | "utf16le" | "utf16be";
    readonly bom: boolean;
    /** Content hash of the bytes read, used to detect changes before writing. */
    readonly hash: string;
}
