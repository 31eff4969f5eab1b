// The contracts between language adapters, SDK entries and the thinking planner. Types only.
import type { ThinkingMode } from "../src/catalog.js";
import type { Edit } from "../src/types.js";

/** A key path inside a request's parameters: `["thinking"]`, `["extra_body", "thinking"]`. */
export type KeyPath = readonly string[];

/** A value the planner asks an adapter to write: plain data, rendered in the target's own syntax. */
export type JsonValue = string | number | boolean | null | { readonly [key: string]: JsonValue };

/** What a request holds at a key path, as far as the source text tells. */
export type Value =
  | { readonly kind: "absent" } // the key is not there (and nothing visible could add it)
  | { readonly kind: "object" } // an object/dict literal
  | { readonly kind: "literal"; readonly value: string | number | boolean | null; readonly text: string }
  | { readonly kind: "opaque"; readonly text: string }; // an expression: a variable, a call, a spread

/**
 * The parameters of one request, as written in one language: a TS object literal, a Python call's
 * keyword arguments or a dict, a JSON object. Implemented once per language.
 */
export interface RequestTarget {
  /** The callee the parameters are passed to (`client.chat.completions.create`), "" when none is known. */
  readonly callee: string;
  /** The top-level keys written at the request (plain keys only; spreads are not keys). */
  readonly keys: ReadonlySet<string>;
  read(path: KeyPath): Value;
  /**
   * Edits adding `value` at `path`, creating the missing objects on the way and merging into the
   * existing ones, laid out like their neighbours; null when it cannot be done exactly (a key on the
   * way is not a literal object, a spread could hold it, the container holds only comments).
   * `undeclared`: the SDK's types do not declare the top-level key (TS marks it with @ts-expect-error
   * where the compiler checks excess properties).
   */
  append(path: KeyPath, value: JsonValue, options?: { readonly undeclared?: boolean }): Edit[] | null;
}

export type Language = "ts" | "python" | "json" | "go" | "java";

/** What an adapter knows about the request a legacy model value reaches, for SDK recognition. */
export interface RequestFacts {
  readonly language: Language;
  /** The target the model value is a parameter of. */
  readonly target: RequestTarget;
  /**
   * How the value is written there: the keyword/key name (`model`, `model_name`), "provider" for an
   * AI SDK provider call, or "argument" for a call's first argument whose options object (its second
   * argument) is the target (`new X("id", { ... })`).
   */
  readonly via: string;
  /** The provider prefix written before the ID (`deepseek/`, `deepseek:`), or "". */
  readonly prefix: string;
  /** Whether the file's text matches (imports, base URLs). */
  mentions(pattern: RegExp): boolean;
  /**
   * The callee's dotted path resolved through the file's imports (`from a.b import C as D` makes
   * `D(...)` `a.b.C`, `import a.b as m` makes `m.C(...)` `a.b.C`), or "" when the callee's first
   * name is not imported. Reported by adapters that track imports. In TS/JS the module is the
   * specifier without a Deno `npm:` prefix or a version, through aliases, namespace imports and
   * `require` (`new lc.ChatOpenAI(...)` after `import * as lc from "npm:@langchain/openai@1"` gives
   * `@langchain/openai.ChatOpenAI`; a default import gives `module.default`).
   */
  readonly origin?: string;
  /**
   * For a model made by a provider instance (`createX({ name, baseURL })("id")`): the options object
   * its factory was given, when it is written as an object literal in the file.
   */
  readonly providerSettings?: RequestTarget;
}

/** Where a file's language and contents point to an SDK, for notes when no request is in reach. */
export interface FileHint {
  /** 0: a code file importing the SDK; 1: the default for a language; 2: any file mentioning it. */
  readonly tier: 0 | 1 | 2;
  readonly path?: RegExp;
  readonly text?: RegExp;
}

/** One SDK form: mostly data, plus how to recognise its request. */
export interface Sdk<Id extends string = string> {
  readonly id: Id;
  /** Whether a request reached from a legacy model value is this SDK's. */
  recognise?(request: RequestFacts): boolean;
  /**
   * For a form whose key paths depend on the request (a provider's configured name): the paths for
   * this request, replacing `thinkingAt` / `alsoReadAt`.
   */
  keysFor?(request: RequestFacts): { readonly thinkingAt: KeyPath | null; readonly alsoReadAt?: readonly KeyPath[] };
  /** Where `thinking: {type}` goes in the request's parameters; null: never inserted (report a note). */
  readonly thinkingAt: KeyPath | null;
  /** Other places an existing thinking setting counts (never written); defaults to `thinkingAt`. */
  readonly alsoReadAt?: readonly KeyPath[];
  /**
   * A keyword of the SDK's own that switches thinking on (true) or off (false): read as an existing
   * setting after the paths above, never written.
   */
  readonly switchAt?: KeyPath;
  /** Modes that are noted rather than inserted (a form the SDK's types reject). */
  readonly noteOnly?: readonly ThinkingMode[];
  /** Whether the SDK's types leave the top-level key of `thinkingAt` undeclared. */
  readonly undeclared?: boolean;
  /** Sampling keys thinking mode ignores, and the tool_choice key, for advisories. */
  readonly sampling?: readonly string[];
  readonly toolChoice?: string;
  readonly files?: readonly FileHint[];
  /** A provider package whose model factory call (`deepseek("...")`) names the model for this SDK's requests. */
  readonly provider?: {
    readonly module: string;
    /** Exports that are providers themselves, and exports that create one. */
    readonly exports: readonly string[];
    readonly factories: readonly string[];
    /** Provider methods returning a model (`provider.chat("...")`). */
    readonly methods: readonly string[];
  };
  /** How a caller of this SDK sets the mode, as one line for notes. */
  snippet(mode: ThinkingMode): string;
}
