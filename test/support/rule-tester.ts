// One rule tester for every file family, in the shape of typescript-eslint's RuleTester: `valid` rows
// must report nothing and stay unchanged; `invalid` rows give the exact findings and the exact text
// after `apply` (null: report only). It drives the library entry point `migrateText`, so it tests
// what a user gets, whatever the rules look like inside. For each row it also
//  - re-parses the migrated text with the family's own parser (test/support/parsers.ts) whenever the
//    input parsed: a migration must never break a file that was valid;
//  - migrates the migrated text again: nothing is left to rewrite and the text does not change;
//  - refuses duplicate rows (same path, code and settings), which would only pad the count.
import { describe, expect, it } from "vitest";
import { migrateText, type MigrationSettings, type ReportFinding, type TextMigration } from "../../src/api.js";
import { parserFor } from "./parsers.js";

/** The entry point under test; a stand-in can be passed to test the tester itself. */
export type Migrate = (path: string, text: string, settings?: MigrationSettings) => Promise<TextMigration>;

export interface ValidRow {
  /** What the row shows; defaults to the path and the code. */
  readonly name?: string;
  readonly path: string;
  readonly code: string;
  readonly settings?: MigrationSettings;
}

export interface InvalidRow extends ValidRow {
  /**
   * Every finding, in order, as `line:column action legacy reason`, optionally followed by the
   * thinking state (`inserted`, `present`, `note`, `none`), which is then checked too. Left out
   * only by tables that judge findings their own way (the consistency table's verdicts).
   */
  readonly findings?: readonly string[];
  /** The text after `apply`; null when the file stays as it is. */
  readonly output: string | null;
  /** Extra checks on this row's result. */
  readonly also?: (result: TextMigration) => void | Promise<void>;
}

export interface Rows {
  readonly valid?: readonly ValidRow[];
  readonly invalid?: readonly InvalidRow[];
}

/** `line:column action legacy reason` of a finding, plus its thinking state when `withState`. */
export function findingLine(f: ReportFinding, withState: boolean): string {
  const head = `${f.line}:${f.column} ${f.action} ${f.legacy} ${f.reason}`;
  return withState ? `${head} ${f.thinkingState}` : head;
}

function rowName(row: ValidRow): string {
  if (row.name) return row.name;
  return `${row.path}: ${JSON.stringify(row.code)}${row.settings ? ` ${JSON.stringify(row.settings)}` : ""}`;
}

function rowKey(row: ValidRow): string {
  return JSON.stringify([row.path, row.code, row.settings ?? {}]);
}

/** Throws when two rows are the same case (same path, code and settings) or share a name. */
export function assertNoDuplicates(rows: Rows): void {
  const keys = new Map<string, string>();
  const names = new Set<string>();
  for (const row of [...(rows.valid ?? []), ...(rows.invalid ?? [])]) {
    const key = rowKey(row);
    const name = rowName(row);
    const twin = keys.get(key);
    if (twin !== undefined) throw new Error(`duplicate row: "${name}" is the same case as "${twin}"`);
    if (row.name !== undefined && names.has(name)) throw new Error(`duplicate row name: "${name}"`);
    keys.set(key, name);
    names.add(name);
  }
}

/** Checks one valid row; throws (an assertion error) when it reports anything or changes the text. */
export async function verifyValid(row: ValidRow, migrate: Migrate = migrateText): Promise<TextMigration> {
  const r = await migrate(row.path, row.code, row.settings);
  expect(r.findings.map((f) => findingLine(f, false)), "a valid row reports nothing").toEqual([]);
  expect(r.text, "a valid row stays unchanged").toBe(row.code);
  expect(r.skipped).toBeNull();
  return r;
}

/**
 * Checks one invalid row: exact findings and output, the findings' own invariants, the output's
 * syntax with the family's parser, and idempotence. Throws (an assertion error) on the first miss.
 */
export async function verifyInvalid(row: InvalidRow, migrate: Migrate = migrateText): Promise<TextMigration> {
  const r = await migrate(row.path, row.code, row.settings);
  expect(r.skipped, "the migration was not refused").toBeNull();
  if (row.findings) {
    const withState = row.findings.map((f) => f.split(" ").length === 5);
    expect(r.findings.map((f, i) => findingLine(f, withState[i] ?? false)), "findings").toEqual(row.findings);
  }
  const output = row.output ?? row.code;
  expect(r.text, "output").toBe(output);
  expect(r.changed).toBe(output !== row.code);
  for (const f of r.findings) {
    const where = findingLine(f, true);
    // A review item is left as it is: nothing about thinking applies, and there is no note.
    if (f.action === "review") expect({ where, state: f.thinkingState, note: f.note }).toEqual({ where, state: "none", note: null });
    // A rewrite without the setting in reach says where to put it.
    if (f.action === "rewrite" && f.thinkingState === "note") expect(f.note, `${where}: note text`).not.toBeNull();
    if (f.action === "rewrite" && (f.thinkingState === "inserted" || f.thinkingState === "present")) expect(f.note, `${where}: no note`).toBeNull();
  }

  if (output !== row.code) {
    const parser = parserFor(row.path);
    if (parser && (await parser.check(row.code, row.path)) === null) {
      expect(await parser.check(output, row.path), `the output parses with ${parser.name}`).toBeNull();
    }
  }

  const again = await migrate(row.path, output, row.settings);
  expect(again.text, "migrating the output again changes nothing").toBe(output);
  expect(again.findings.filter((f) => f.action === "rewrite").map((f) => findingLine(f, false)), "nothing left to rewrite").toEqual([]);
  await row.also?.(r);
  return r;
}

export interface TesterOptions {
  /** The entry point (default: the library's `migrateText`). */
  readonly migrate?: Migrate;
  /** Extra checks run on every invalid row's result (e.g. a family-specific parser). */
  readonly also?: (row: InvalidRow, result: TextMigration) => void | Promise<void>;
}

/**
 * Registers the rows as tests (call inside `describe`, or at top level). Duplicate rows are refused
 * when the file is collected, so the whole file fails rather than silently counting a case twice.
 */
export function ruleTester(rows: Rows, options: TesterOptions = {}): void {
  const migrate = options.migrate ?? migrateText;
  assertNoDuplicates(rows);
  const valid = rows.valid ?? [];
  const invalid = rows.invalid ?? [];
  if (valid.length > 0) {
    describe("valid", () => {
      it.each(valid.map((row) => [rowName(row), row] as const))("%s", async (_name, row) => {
        await verifyValid(row, migrate);
      });
    });
  }
  if (invalid.length > 0) {
    describe("invalid", () => {
      it.each(invalid.map((row) => [rowName(row), row] as const))("%s", async (_name, row) => {
        const r = await verifyInvalid(row, migrate);
        await options.also?.(row, r);
      });
    });
  }
}
