// The `--format json` report: parsed and checked against the published schema (schema/report.schema.json)
// in one place, so every JSON report any test produces is held to the documented shape.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under ESM interop its function may sit on `.default`.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

export const REPORT_SCHEMA_PATH = path.resolve(__dirname, "../../schema/report.schema.json");

let validator: ReturnType<Ajv2020["compile"]> | null = null;

/** The compiled schema (strict mode: a schema keyword ajv does not know is an error, not ignored). */
export function reportValidator(): ReturnType<Ajv2020["compile"]> {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, "utf8")) as object);
  }
  return validator;
}

/** A finding as `--format json` prints it. */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly legacy: "deepseek-chat" | "deepseek-reasoner";
  readonly replacement: string | null;
  readonly action: "rewrite" | "review";
  readonly rule: string;
  readonly message: string;
  readonly reason: string;
  readonly thinking: "enabled" | "disabled";
  readonly thinkingState: "inserted" | "present" | "note" | "none";
  readonly note: string | null;
}

export interface JsonAdvisory {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

export interface JsonSkipped {
  readonly file: string;
  readonly reason: string;
  readonly detail: string;
}

export interface JsonLeftOut {
  readonly file: string;
  readonly reason: string;
}

interface Counts {
  readonly rewrite: number;
  readonly review: number;
}

export interface JsonReport {
  readonly version: 1;
  readonly tool: { readonly name: "deepseek-migrate"; readonly retiredAt: string };
  readonly command: "check" | "diff" | "apply";
  readonly findings: readonly JsonFinding[];
  readonly advisories: readonly JsonAdvisory[];
  readonly skipped: readonly JsonSkipped[];
  readonly leftOut: readonly JsonLeftOut[];
  readonly summary: {
    readonly filesScanned: number;
    readonly filesWithFindings: number;
    readonly filesChanged: number;
    readonly rewrite: number;
    readonly review: number;
    readonly advisories: number;
    readonly skipped: number;
    readonly byLegacy: { readonly "deepseek-chat": Counts; readonly "deepseek-reasoner": Counts };
  };
}

/** Parses a `--format json` report and checks it against the schema; throws, naming every violation, if it does not conform. */
export function parseReport(text: string): JsonReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`--format json output is not one JSON document (${(err as Error).message}): ${JSON.stringify(text.slice(0, 200))}`);
  }
  const validate = reportValidator();
  if (!validate(doc)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
    throw new Error(`--format json output does not match schema/report.schema.json:\n  ${errors.join("\n  ")}`);
  }
  return doc as JsonReport;
}

/** Whether CLI arguments ask for a JSON report on stdout (`--format json`, `--format=json`, `-f json`, no `--output`). */
export function printsJsonReport(args: readonly string[]): boolean {
  if (args.some((a) => a === "--output" || a.startsWith("--output=") || a === "-o")) return false;
  return args.some((a, i) => ((a === "--format" || a === "-f") && args[i + 1] === "json") || a === "--format=json" || a === "-fjson");
}
