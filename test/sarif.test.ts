// SARIF output: schema-valid (clean and not), accepted by Microsoft's validator, fixes that reproduce `apply`.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { buildMapping } from "../src/cli/options.js";
import { processFile } from "../src/check/engine.js";
import { placeEdits, type RunResult } from "../src/run.js";
import { sarifLog } from "../src/reporters/sarif.js";
import type { Detection, Rule } from "../src/types.js";
import { cli, tempProject, writeFiles } from "./support/project.js";
import { needs } from "./support/requires.js";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; under ESM interop its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** The SARIF 2.1.0 schema as shipped in @microsoft/sarif-multitool (draft 2020-12), committed next to this test. */
const schema = JSON.parse(readFileSync(path.join(__dirname, "sarif-2.1.0.schema.json"), "utf8")) as Record<string, unknown>;
// strictRequired is off because the published schema lists properties in `required` that it defines elsewhere.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

const GO_APP = `package main

const model = "deepseek-chat"

func pick(m string) bool {
\treturn m == "deepseek-reasoner"
}
`;

function sarifOf(cwd: string, args: readonly string[] = []): { log: Sarif.Log; status: number | null } {
  const r = cli(cwd, ["check", "--format", "sarif", ...args]);
  expect(r.stderr).not.toMatch(/internal error/);
  return { log: JSON.parse(r.stdout) as Sarif.Log, status: r.status };
}

/** Applies SARIF replacements (line/column regions, UTF-16 columns, LF line ends) to `text`. */
function applySarifFixes(text: string, replacements: readonly Sarif.Replacement[]): string {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number): number => starts[line - 1]! + column - 1;
  const edits = replacements.map((r) => {
    const d = r.deletedRegion;
    return { start: offset(d.startLine!, d.startColumn!), end: offset(d.endLine!, d.endColumn!), text: r.insertedContent?.text ?? "" };
  });
  // Apply from the end so earlier offsets stay valid; equal offsets keep their listed order.
  let out = text;
  for (const e of edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

describe("SARIF against the 2.1.0 schema", () => {
  it("a clean tree gives a valid log with results: []", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "ok.go": `package ok\n\nconst model = "deepseek-v4-flash"\n` });
    const { log, status } = sarifOf(dir);
    expect(status).toBe(0);
    expectValid(log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it("a tree with findings gives a valid log: rules, levels, regions, URIs, fixes", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "cmd/app.go": GO_APP, "odd dir/ü #1.go": `package x\n\nvar m = "😀" + "deepseek-reasoner"\n` });
    const { log, status } = sarifOf(dir);
    expect(status).toBe(1);
    expectValid(log);
    const run = log.runs[0]!;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.columnKind).toBe("utf16CodeUnits");
    // %SRCROOT% is named but not located: the log carries no folder of the machine that made it.
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toBeUndefined();
    const driver = run.tool.driver;
    expect(driver.name).toBe("deepseek-migrate");
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration?.level);
    }

    const results = run.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ["legacy-reference", "error"],
      ["legacy-comparison", "warning"],
      ["legacy-reference", "error"],
    ]);
    for (const r of results) expect(driver.rules?.[r.ruleIndex!]?.id).toBe(r.ruleId);

    const [chat, comparison, odd] = results as [Sarif.Result, Sarif.Result, Sarif.Result];
    const loc = (r: Sarif.Result): Sarif.PhysicalLocation => r.locations![0]!.physicalLocation!;
    expect(loc(chat).artifactLocation).toEqual({ uri: "cmd/app.go", uriBaseId: "%SRCROOT%" });
    expect(loc(chat).region).toEqual({ startLine: 3, startColumn: 16, endLine: 3, endColumn: 29 });
    expect(chat.message.text).toContain("deepseek-chat → deepseek-v4-flash");
    expect(chat.message.text).toContain("meant thinking disabled"); // the thinking note rides along
    expect(comparison.fixes).toBeUndefined(); // review items carry no fix
    // Percent-encoded path segments; the emoji counts as two UTF-16 code units.
    expect(loc(odd).artifactLocation?.uri).toBe("odd%20dir/%C3%BC%20%231.go");
    expect(loc(odd).region).toEqual({ startLine: 3, startColumn: 17, endLine: 3, endColumn: 34 });

    // Every rewrite's fix, applied to the file as it was, gives exactly what `apply` writes.
    const before = { "cmd/app.go": GO_APP, "odd dir/ü #1.go": readFileSync(path.join(dir, "odd dir/ü #1.go"), "utf8") };
    const fixed = Object.fromEntries(
      Object.entries(before).map(([file, text]) => {
        const uri = file.split("/").map(encodeURIComponent).join("/");
        const reps = results.flatMap((r) => r.fixes ?? []).flatMap((f) => f.artifactChanges).filter((c) => c.artifactLocation.uri === uri).flatMap((c) => c.replacements ?? []);
        return [file, applySarifFixes(text, reps)];
      }),
    );
    expect(cli(dir, ["apply", "--allow-dirty"]).status).toBe(0);
    for (const [file, text] of Object.entries(fixed)) expect(readFileSync(path.join(dir, file), "utf8"), file).toBe(text);
  });

  it("paths are relative to the repository top even when run from a subfolder", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "svc/app.go": GO_APP });
    const { log } = sarifOf(path.join(dir, "svc"));
    expectValid(log);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("svc/app.go");
    expect(log.runs[0]!.originalUriBaseIds?.["%SRCROOT%"]?.uri).toBeUndefined();
  });

  it("partial fingerprints stay the same across runs and when lines shift", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "app.go": GO_APP });
    const fp = (): string[] => (sarifOf(dir).log.runs[0]!.results ?? []).map((r) => r.partialFingerprints!["deepseekMigrate/v1"]!);
    const first = fp();
    expect(new Set(first).size).toBe(first.length);
    expect(fp()).toEqual(first);
    writeFiles(dir, { "app.go": `// a new header line\n\n${GO_APP}` });
    expect(fp()).toEqual(first);
  });
});

describe("SARIF fixes on the sample projects (real rules, real insertions)", () => {
  it.each(["legacy-app", "realistic/ts-sdk", "realistic/py-agent", "realistic/config-stack"])("%s: valid, and its fixes reproduce apply", (fixture) => {
    const dir = tempProject(fixture);
    const { log } = sarifOf(dir, ["--no-config"]);
    expectValid(log);
    const results = log.runs[0]!.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    const byUri = new Map<string, Sarif.Replacement[]>();
    for (const change of results.flatMap((r) => r.fixes ?? []).flatMap((f) => f.artifactChanges)) {
      const list = byUri.get(change.artifactLocation.uri!) ?? [];
      list.push(...(change.replacements ?? []));
      byUri.set(change.artifactLocation.uri!, list);
    }
    expect(byUri.size).toBeGreaterThan(0);
    const expected = new Map([...byUri].map(([uri, reps]) => {
      const file = path.join(dir, ...uri.split("/").map(decodeURIComponent));
      return [file, applySarifFixes(readFileSync(file, "utf8"), reps)] as const;
    }));
    expect(cli(dir, ["apply", "--allow-dirty", "--no-config"]).status).toBe(0);
    for (const [file, text] of expected) expect(readFileSync(file, "utf8"), file).toBe(text);
  });
});

describe("SARIF fixes for thinking insertions", () => {
  // A minimal rule standing in for the language rules: it reports a request site and inserts the
  // thinking setting after the closing quote, as the TS/Python rules do through extraEdits.
  const requestSiteRule: Rule = {
    id: "request-site-probe",
    description: "test rule",
    appliesTo: () => true,
    check(ctx) {
      const detections: Detection[] = [];
      for (const m of ctx.text.matchAll(/"(deepseek-chat|deepseek-reasoner)"/g)) {
        const start = m.index + 1;
        const legacy = m[1] as "deepseek-chat" | "deepseek-reasoner";
        const mode = legacy === "deepseek-chat" ? "disabled" : "enabled";
        const after = start + legacy.length + 1;
        detections.push({
          start,
          end: start + legacy.length,
          legacy,
          action: "rewrite",
          reason: "request-site",
          thinking: "inserted",
          extraEdits: [{ start: after, end: after, text: `, thinking: { type: "${mode}" }` }],
        });
      }
      return { detections, advisories: [{ start: 0, end: 6, code: "sampling-ignored" }] };
    },
  };

  it("carries the rename and the insertion, in UTF-16 columns, and applying them gives the migrated text", async () => {
    const text = `create({ note: "𝄞 é", model: "deepseek-chat" })\r\ncreate({ model: "deepseek-reasoner" })\n`;
    const outcome = await processFile("src/call.ts", "/virtual/src/call.ts", [requestSiteRule], {
      mapping: buildMapping(undefined, []),
      thinking: "explicit",
      maxFileSize: 1 << 20,
    }, Buffer.from(text));
    expect(outcome.edit).toBeDefined();
    const result: RunResult = {
      command: "check",
      files: [{ file: outcome.file, findings: outcome.findings, advisories: outcome.advisories, patch: null, written: false, editRegions: placeEdits(text, outcome.findings) }],
      skipped: [],
      interrupted: false,
      summary: {
        filesScanned: 1, filesWithFindings: 1, filesChanged: 1, rewrite: 2, review: 0, advisories: 1, skipped: 0,
        byLegacy: { "deepseek-chat": { rewrite: 1, review: 0 }, "deepseek-reasoner": { rewrite: 1, review: 0 } },
      },
    };
    const log = sarifLog(result, { color: false, quiet: false, cwd: "/repo", root: "/repo", version: "0.0.0" });
    expectValid(log);
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ["legacy-request-site", "error"],
      ["legacy-request-site", "error"],
      ["advisory-sampling-ignored", "note"],
    ]);
    const reps = results.flatMap((r) => r.fixes ?? []).flatMap((f) => f.artifactChanges[0]!.replacements ?? []);
    expect(reps).toHaveLength(4);
    // The insertion is an empty region right after the closing quote.
    const insertion = reps[1]!;
    expect(insertion.deletedRegion.startColumn).toBe(insertion.deletedRegion.endColumn);
    expect(insertion.insertedContent?.text).toBe(`, thinking: { type: "disabled" }`);
    expect(results[0]!.message.text).toContain(`sets thinking {"type": "disabled"}`);
    const migrated = `create({ note: "𝄞 é", model: "deepseek-v4-flash", thinking: { type: "disabled" } })\r\ncreate({ model: "deepseek-v4-flash", thinking: { type: "enabled" } })\n`;
    expect(outcome.edit!.after).toBe(migrated);
    expect(applySarifFixes(text, reps)).toBe(migrated);
  });
});

describe("Microsoft SARIF Multitool", () => {
  // The official validator ships as a self-contained binary in the npm package; nothing is downloaded.
  const binary = (() => {
    try {
      return require("@microsoft/sarif-multitool-linux") as string;
    } catch {
      return null;
    }
  })();
  const missing =
    process.platform !== "linux" || process.arch !== "x64"
      ? `the SARIF Multitool for ${process.platform}-${process.arch} (this test runs the linux-x64 build)`
      : binary === null || !existsSync(binary)
        ? "the SARIF Multitool binary (@microsoft/sarif-multitool-linux, installed by npm ci)"
        : null;

  needs(missing)("validate reports no errors or warnings on our output", () => {
    try {
      accessSync(binary!, constants.X_OK);
    } catch {
      chmodSync(binary!, 0o755); // npm may skip the package's chmod postinstall
    }
    const dir = tempProject(null);
    writeFiles(dir, { "cmd/app.go": GO_APP, "odd dir/ü.go": `package x\n\nvar m = "deepseek-reasoner"\n`, "ok/clean.go": "package ok\n" });
    const input = path.join(dir, "out.sarif");
    writeFileSync(input, cli(dir, ["check", "--format", "sarif"]).stdout);
    const output = path.join(dir, "validation.sarif");
    const r = spawnSync(binary!, ["validate", input, "--output", output, "--log", "ForceOverwrite"], {
      encoding: "utf8",
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
      timeout: 120_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
    const problems = (report.runs[0]!.results ?? []).filter((x) => x.level === "error" || x.level === "warning");
    expect(problems.map((p) => `${p.ruleId}: ${JSON.stringify(p.message.arguments)}`)).toEqual([]);
    // The validator does find problems when there are some: a broken copy fails.
    const broken = JSON.parse(readFileSync(input, "utf8")) as Sarif.Log;
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    writeFileSync(input, JSON.stringify(broken));
    spawnSync(binary!, ["validate", input, "--output", output, "--log", "ForceOverwrite"], { encoding: "utf8", timeout: 120_000 });
    const again = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
    expect((again.runs[0]!.results ?? []).some((x) => x.level === "error")).toBe(true);
  });
});
