import type { LegacyId, ThinkingMode } from "./catalog.js";
export type Action = "rewrite" | "review";
/** A replacement of the original text between two UTF-16 offsets. */
export interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** Stable reason codes; reporters turn them into prose (see messages.ts). */
export type Reason = "reference" | "request-site" | "config-value" | "comparison" | "switch-case" | "mapping-key" | "collection-both" | "collection-current" | "openrouter" | "regex" | "recorded-request" | "recorded-response" | "snapshot" | "generated" | "exported-constant" | "migration-prose" | "test-assertion" | "thinking-conflict" | "escaped-literal";
/** How the behaviour-preserving thinking setting was handled at this reference. */
export type ThinkingState = "inserted" | "present" | "note" | "none";
/** Which SDK's snippet a note should show for setting thinking where the value is used. */
export type SnippetKind = "openai-node" | "openai-python" | "ai-sdk" | "langchain-python" | "litellm" | "http-json" | "openai-go" | "langchain4j" | "spring-ai" | "generic";
/** What a rule reports: one legacy ID occurrence, located by the offsets of the ID characters only. */
export interface Detection {
    readonly start: number;
    readonly end: number;
    readonly legacy: LegacyId;
    readonly action: Action;
    readonly reason: Reason;
    /** Optional words that specialise the reason's message (e.g. the compared expression). */
    readonly detail?: string;
    /** Edits that keep behaviour (thinking insertion); applied together with the rename, never alone. */
    readonly extraEdits?: readonly Edit[];
    readonly thinking?: ThinkingState;
    readonly snippet?: SnippetKind;
}
export type AdvisoryCode = "reasoning-content-dropped" | "sampling-ignored" | "forced-tool-choice" | "fim-thinking";
/** A hazard that is not a legacy name itself; reported, never failing `check`. */
export interface AdvisoryDetection {
    readonly start: number;
    readonly end: number;
    readonly code: AdvisoryCode;
    readonly detail?: string;
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
    readonly action: Action;
    readonly reason: Reason;
    readonly message: string;
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
    readonly message: string;
}
export type SkipReason = "binary" | "too-large" | "unreadable" | "undecodable" | "symlink-outside" | "changed-during-run" | "write-failed" | "parse-error" | "rule-crash";
export interface Skipped {
    readonly file: string;
    readonly reason: SkipReason;
    readonly detail: string;
}
/** One file's outcome: its findings and, when edits apply, the old and new text. */
export interface FileResult {
    readonly file: string;
    readonly absPath: string;
    readonly findings: readonly Finding[];
    readonly advisories: readonly Advisory[];
    /** Original and migrated text, present only when the file has rewrite edits. */
    readonly before?: string;
    readonly after?: string;
    /** Byte-level facts needed to write the file back exactly. */
    readonly encoding?: FileEncoding;
}
export interface FileEncoding {
    readonly kind: "utf8" | "latin1" | "utf16le" | "utf16be";
    readonly bom: boolean;
    /** Content hash of the bytes read, used to detect changes before writing. */
    readonly hash: string;
}
