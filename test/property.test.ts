// Property-based checks over random text: apply is idempotent, changes only the reported ranges,
// the dry-run diff applied by git equals what apply writes, and random bytes never crash the engine.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processFile } from "../src/engine.js";
import { buildMapping } from "../src/options.js";
import { loadRules } from "../src/rules.js";
import { run } from "../src/run.js";
import { checkText } from "./support/harness.js";
import { git, tempProject, writeFiles } from "./support/project.js";

const ID = fc.constantFrom("deepseek-chat", "deepseek-reasoner");
// Contexts a legacy name shows up in: strings, assignments, comparisons, keys, URLs, prose, look-alikes.
const fragment = fc.oneof(
  ID.map((id) => `model = "${id}"`),
  ID.map((id) => `  "model": "${id}",`),
  ID.map((id) => `model: ${id}`),
  ID.map((id) => `MODEL=${id}`),
  ID.map((id) => `if m == "${id}":`),
  ID.map((id) => `# uses ${id} for now`),
  ID.map((id) => `see https://example.com/${id}/docs`),
  ID.map((id) => `${id}-v3-0324 and ${id}:free`),
  ID.map((id) => `deepseek/${id}`),
  ID.map((id) => `const x = '${id}'; // deepseek-migrate-ignore`),
  fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " ")),
  fc.constantFrom("", "x = 1", "}", "{", "- item", "key: value", "\t"),
);
const text = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.constantFrom("\n", "\r\n"), fc.boolean()).map(
  ([lines, eol, finalEol]) => lines.join(eol) + (finalEol ? eol : ""),
);
const file = fc.constantFrom("app.py", "src/client.ts", "config.yaml", ".env", "notes.md", "main.go", "settings.toml");

describe("properties of the migration", () => {
  it("apply is idempotent and changes exactly the reported ranges", async () => {
    await fc.assert(
      fc.asyncProperty(file, text, async (p, t) => {
        const first = await checkText(p, t, { thinking: "off" });
        if (first.outcome.skipped) return;
        const rewrites = first.findings.filter((f) => f.action === "rewrite").sort((a, b) => b.start - a.start);
        let expected = t;
        for (const f of rewrites) expected = expected.slice(0, f.start) + f.replacement! + expected.slice(f.end);
        expect(first.output).toBe(expected);
        const second = await checkText(p, first.output, { thinking: "off" });
        expect(second.findings.filter((f) => f.action === "rewrite")).toEqual([]);
        expect(second.output).toBe(first.output);
      }),
      { numRuns: 12 },
    );
  });

  it("random bytes never crash the engine", async () => {
    const options = { mapping: buildMapping(undefined, []), thinking: "explicit" as const, maxFileSize: 1 << 20 };
    const bytes = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean(), fc.nat(300)).map(([b, withId, at]) => {
      if (!withId) return Buffer.from(b);
      const cut = Math.min(at, b.length);
      return Buffer.concat([Buffer.from(b.subarray(0, cut)), Buffer.from('"deepseek-chat"'), Buffer.from(b.subarray(cut))]);
    });
    await fc.assert(
      fc.asyncProperty(file, bytes, async (p, buf) => {
        const outcome = await processFile(p, `/virtual/${p}`, loadRules, options, buf);
        expect(outcome.file).toBe(p);
      }),
      { numRuns: 300 },
    );
  });

  it("git apply of the dry-run diff yields exactly what apply writes", async () => {
    const files = fc.uniqueArray(fc.tuple(file, text), { minLength: 1, maxLength: 4, selector: ([p]) => p });
    await fc.assert(
      fc.asyncProperty(files, async (entries) => {
        const dir = tempProject(null);
        writeFiles(dir, Object.fromEntries(entries));
        git(dir, "add", "-A");
        git(dir, "commit", "-qm", "base");
        const base = { cwd: dir, paths: ["."], mapping: buildMapping(undefined, []), thinking: "explicit" as const, maxFileSize: 1 << 20 };
        const dry = await run({ ...base, command: "diff" });
        // A diff that shows redacted secret lines is announced as not for `git apply` (the
        // secrets test covers that path); the property is about the diffs offered for it.
        fc.pre(dry.files.every((f) => f.patchApplicable !== false));
        const patch = dry.files.map((f) => f.patch ?? "").join("");
        if (patch) {
          const patchFile = path.join(mkdtempSync(path.join(tmpdir(), "dsm-prop-")), "p.diff");
          writeFileSync(patchFile, patch);
          git(dir, "apply", patchFile);
        }
        const viaGit = entries.map(([p]) => readFileSync(path.join(dir, p), "utf8"));
        git(dir, "checkout", "--", ".");
        await run({ ...base, command: "apply" });
        expect(entries.map(([p]) => readFileSync(path.join(dir, p), "utf8"))).toEqual(viaGit);
      }),
      { numRuns: 12 },
    );
  });
});
