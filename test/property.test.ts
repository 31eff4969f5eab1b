// Property-based checks. On random text in memory: apply is idempotent, changes only the reported
// ranges, and random bytes never crash the engine. End to end, with the real CLI and real git, over
// every fixture file and over generated files (byte-order mark or not; LF, CRLF, lone CR or mixed
// line endings; with or without a final newline; edits on the first line, the last line, several
// lines, a one-line file; UTF-8, Latin-1 and UTF-16): `git apply` of what `diff` prints gives, byte
// for byte, what `apply` writes, unless stderr names the file as not for `git apply` (and then git
// really cannot); hunk headers number git's lines; SARIF regions count CRLF, LF and a lone CR as
// line breaks and point at the legacy ID.
//
// Runs are seeded: DSM_PROPERTY_SEED replays a failure (fast-check prints the seed and path), and
// DSM_PROPERTY_RUNS raises the number of generated repositories (the default keeps `npm test` quick).
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processFile } from "../src/check/engine.js";
import { buildMapping } from "../src/cli/options.js";
import { loadRules } from "../src/check/rule-list.js";
import { checkText } from "./support/harness.js";
import { cli, REPO_ROOT } from "./support/project.js";
import { cleanGit, GIT_ENV, roundTrip, snapshot, type RoundTrip } from "./support/roundtrip.js";

const SEED = Number(process.env["DSM_PROPERTY_SEED"] ?? 20260724);
const REPO_RUNS = Number(process.env["DSM_PROPERTY_RUNS"] ?? 2);

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
      { numRuns: 12, seed: SEED },
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
      { numRuns: 300, seed: SEED },
    );
  });
});

// ---- End to end: the patch promise and line numbers --------------------------------------------

type Eol = "lf" | "crlf" | "cr" | "mixed";
type Encoding = "utf8" | "latin1" | "utf16le";
const BREAK: Record<Exclude<Eol, "mixed">, string> = { lf: "\n", crlf: "\r\n", cr: "\r" };

/** How one file is laid out in bytes: its lines are the content, the rest is the variant. */
interface Layout {
  readonly bom: boolean;
  readonly eol: Eol;
  /** For `mixed`: the break after each line, cycled (each one of LF, CRLF, lone CR). */
  readonly mix: readonly ("lf" | "crlf" | "cr")[];
  readonly finalEol: boolean;
  readonly encoding: Encoding;
}

/** A case file: its path, its decoded text (no byte-order mark) and its bytes. */
interface Case {
  readonly path: string;
  readonly text: string;
  readonly bytes: Buffer;
  readonly layout: Layout;
}

/** Lines as the spec defines them: CRLF, LF and a lone CR each end one. */
const specLines = (t: string): string[] => t.split(/\r\n|\r|\n/);

/** Joins `lines` with the layout's line breaks. A lone CR never lands right before an LF break. */
function joinLines(lines: readonly string[], layout: Layout): string {
  let out = "";
  let prev = "";
  for (let i = 0; i < lines.length; i++) {
    const last = i === lines.length - 1;
    out += lines[i]!;
    if (last && !layout.finalEol) break;
    let brk = layout.eol === "mixed" ? BREAK[layout.mix[i % layout.mix.length]!] : BREAK[layout.eol];
    // "\r" + "" + "\n" would read as one CRLF break, merging two lines.
    if (prev === "\r" && lines[i] === "" && brk.startsWith("\n")) brk = "\r";
    out += brk;
    prev = brk;
  }
  return out;
}

function encodeCase(relPath: string, lines: readonly string[], layout: Layout): Case {
  const text = joinLines(lines, layout);
  let bytes: Buffer;
  if (layout.encoding === "utf16le") bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  else {
    const body = Buffer.from(text, layout.encoding === "latin1" ? "latin1" : "utf8");
    bytes = layout.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  return { path: relPath, text, bytes, layout };
}

const mixArb = fc.array(fc.constantFrom("lf" as const, "crlf" as const, "cr" as const), { minLength: 3, maxLength: 3 }).filter((m) => new Set(m).size === 3);
const layoutArb = (fixed: Partial<Layout> = {}): fc.Arbitrary<Layout> =>
  fc.record({
    bom: fixed.bom !== undefined ? fc.constant(fixed.bom) : fc.boolean(),
    eol: fixed.eol !== undefined ? fc.constant(fixed.eol) : fc.constantFrom<Eol>("lf", "crlf", "cr", "mixed"),
    mix: mixArb,
    finalEol: fc.boolean(),
    encoding: fc.constant(fixed.encoding ?? "utf8"),
  });

// One line shape per file family: a line naming a legacy ID, and plain lines (unique keys, so the
// file stays valid for its parser whatever the order).
// `note` is a comment (or prose) line holding any text.
interface Family {
  readonly file: string;
  readonly legacy: (id: string, i: number) => string;
  readonly plain: (i: number) => string;
  readonly note: (text: string) => string;
}
const FAMILIES: Record<string, Family> = {
  py: { file: "app.py", legacy: (id, i) => `model_${i} = "${id}"`, plain: (i) => (i % 2 ? `x_${i} = ${i}` : `# step ${i}`), note: (t) => `# ${t}` },
  ts: { file: "src/client.ts", legacy: (id, i) => `const model${i} = "${id}";`, plain: (i) => (i % 2 ? `let v${i} = ${i};` : `// step ${i}`), note: (t) => `// ${t}` },
  env: { file: ".env", legacy: (id, i) => `MODEL_${i}=${id}`, plain: (i) => (i % 2 ? `PORT_${i}=80${i}` : `# step ${i}`), note: (t) => `# ${t}` },
  ini: { file: "settings.ini", legacy: (id, i) => `model_${i} = ${id}`, plain: (i) => (i % 2 ? `[section${i}]` : `size_${i} = ${i}`), note: (t) => `; ${t}` },
  md: { file: "notes.md", legacy: (id) => `Call \`${id}\` for this step.`, plain: (i) => (i % 2 ? `Step ${i} of the notes.` : ""), note: (t) => `${t}.` },
  yaml: { file: "config.yaml", legacy: (id, i) => `model_${i}: ${id}`, plain: (i) => (i % 2 ? `size_${i}: ${i}` : `# step ${i}`), note: (t) => `# ${t}` },
  toml: { file: "settings.toml", legacy: (id, i) => `model_${i} = "${id}"`, plain: (i) => (i % 2 ? `size_${i} = ${i}` : `# step ${i}`), note: (t) => `# ${t}` },
  go: { file: "main.go", legacy: (id, i) => `var model${i} = "${id}"`, plain: (i) => (i % 2 ? `var n${i} = ${i}` : `// step ${i}`), note: (t) => `// ${t}` },
};

/** Where the legacy lines go: the shape of the edit, which every repository gets each of. */
const SHAPES = ["one-line", "first", "last", "first-and-last", "anywhere"] as const;
type Shape = (typeof SHAPES)[number];

/** Lines of a generated file; the shape says which of them name a legacy ID (others may too, at random). */
const linesArb = (shape: Shape): fc.Arbitrary<{ family: string; lines: string[] }> =>
  fc
    .record({
      family: fc.constantFrom(...Object.keys(FAMILIES)),
      count: shape === "one-line" ? fc.constant(1) : fc.integer({ min: 2, max: 9 }),
      flags: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      ids: fc.array(ID, { minLength: 9, maxLength: 9 }),
    })
    .map(({ family, count, flags, ids }) => {
      const f = FAMILIES[family]!;
      const lines: string[] = [];
      for (let i = 0; i < count; i++) {
        const first = i === 0;
        const last = i === count - 1;
        const legacy =
          shape === "one-line" ||
          (shape === "first" && first) ||
          (shape === "last" && last) ||
          (shape === "first-and-last" && (first || last)) ||
          (shape !== "first" && shape !== "last" && flags[i]!) ||
          (shape === "anywhere" && i === count >> 1);
        lines.push(legacy ? f.legacy(ids[i]!, i) : f.plain(i));
      }
      return { family, lines };
    });

/** A line holding a Latin-1 byte (é) inserted at `at`, so the file is not UTF-8. */
function withLatin1Byte(family: string, lines: readonly string[], at: number): string[] {
  const out = [...lines];
  out.splice(at % (lines.length + 1), 0, FAMILIES[family]!.note("caf\u00e9 au lait"));
  return out;
}

const EOLS: readonly Eol[] = ["lf", "crlf", "cr", "mixed"];
/** Folder prefix of the generated file that may legitimately stay unchanged. */
const FREE = "free";

/** One repository: every line ending × BOM or not, each with an edit shape; plus Latin-1 and UTF-16 files. */
const repoArb: fc.Arbitrary<Case[]> = fc
  .tuple(
    fc.nat(SHAPES.length - 1),
    fc.tuple(...EOLS.flatMap((eol) => [false, true].map((bom) => layoutArb({ eol, bom })))),
    fc.tuple(...SHAPES.map(linesArb), ...SHAPES.map(linesArb)),
    fc.tuple(layoutArb({ encoding: "latin1" }), linesArb("anywhere"), fc.nat(9)),
    fc.tuple(layoutArb({ encoding: "utf16le" }), linesArb("anywhere")),
    fc.tuple(layoutArb(), file, fc.array(fragment, { minLength: 1, maxLength: 12 })),
  )
  .map(([offset, layouts, contents, [latinLayout, latin, latinAt], [wideLayout, wide], [freeLayout, freeFile, free]]) => {
    const cases = layouts.map((layout, j) => {
      const shape = (j + offset) % SHAPES.length;
      const { family, lines } = contents[j < SHAPES.length ? shape : SHAPES.length + shape]!;
      return encodeCase(`c${j}-${layout.eol}${layout.bom ? "-bom" : ""}-${SHAPES[shape]}/${FAMILIES[family]!.file}`, lines, layout);
    });
    cases.push(encodeCase(`latin1-${latinLayout.eol}/${FAMILIES[latin.family]!.file}`, withLatin1Byte(latin.family, latin.lines, latinAt), latinLayout));
    cases.push(encodeCase(`utf16-${wideLayout.eol}/${FAMILIES[wide.family]!.file}`, wide.lines, wideLayout));
    // Free text: legacy names in many contexts (some only for review, some suppressed) and random text.
    cases.push(encodeCase(`${FREE}-${freeLayout.eol}/${freeFile}`, free, freeLayout));
    return cases;
  });

/**
 * git's lines of a file, as byte strings (one char per byte): only LF ends a line, CRs and a
 * byte-order mark stay; no empty piece after a final LF.
 */
function gitLines(bytes: Buffer): string[] {
  const t = bytes.toString("latin1");
  const lines = t.split("\n");
  if (t.endsWith("\n")) lines.pop();
  return lines;
}

/** A printed patch line as the bytes git reads from the patch file (one char per byte). */
const patchBytes = (line: string): string => Buffer.from(line, "utf8").toString("latin1");

/** Each file's section of a patch, by its b/ path. */
function patchSections(patch: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const section of patch.split(/^(?=diff --git )/m)) {
    const lines = section.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const plus = lines.find((l) => l.startsWith("+++ b/"));
    if (plus) out.set(plus.slice("+++ b/".length), lines);
  }
  return out;
}

/**
 * Every hunk header numbers git's lines: its old and new lines are, byte for byte, the files'
 * lines at those places (git would otherwise look for them elsewhere, or fail).
 */
function expectHunksMatch(file: string, section: readonly string[], before: Buffer, after: Buffer): void {
  const oldLines = gitLines(before);
  const newLines = gitLines(after);
  let i = section.findIndex((l) => l.startsWith("@@"));
  expect(i, `${file}: no hunk`).toBeGreaterThan(0);
  while (i < section.length) {
    const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(section[i]!);
    expect(m, `${file}: hunk header ${section[i]}`).not.toBeNull();
    const [oldStart, oldCount, newStart, newCount] = m!.slice(1).map(Number) as [number, number, number, number];
    const olds: string[] = [];
    const news: string[] = [];
    for (i++; i < section.length && !section[i]!.startsWith("@@"); i++) {
      const l = section[i]!;
      if (l.startsWith("\\")) continue;
      if (l[0] !== "+") olds.push(patchBytes(l.slice(1)));
      if (l[0] !== "-") news.push(patchBytes(l.slice(1)));
    }
    expect([olds.length, news.length], `${file}: hunk line counts`).toEqual([oldCount, newCount]);
    expect(olds, `${file}: old lines of the hunk at ${oldStart}`).toEqual(oldLines.slice(oldStart - 1, oldStart - 1 + oldCount));
    expect(news, `${file}: new lines of the hunk at ${newStart}`).toEqual(newLines.slice(newStart - 1, newStart - 1 + newCount));
  }
}

interface SarifRun {
  newlineSequences?: string[];
  results: {
    properties?: { legacy?: string };
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } }[] }[] }[];
  }[];
}

/** The text a one-line region covers, read with the spec's lines (columns are UTF-16 code units). */
function regionText(lines: readonly string[], r: { startLine: number; startColumn: number; endLine: number; endColumn: number }): string {
  expect(r.endLine).toBe(r.startLine);
  expect(r.startLine).toBeLessThanOrEqual(lines.length);
  return lines[r.startLine - 1]!.slice(r.startColumn - 1, r.endColumn - 1);
}

/**
 * Checks one repository end to end. `decoded` gives each file's text as the tool decodes it
 * (without a byte-order mark), for the line-number checks. Returns how many files changed.
 */
function checkRepository(files: Readonly<Record<string, Buffer>>, decoded: ReadonlyMap<string, { text: string; encoding: Encoding }>): { changed: string[]; found: ReadonlySet<string>; rt: RoundTrip } {
  const rt: RoundTrip = roundTrip(files);
  expect(rt.diffStatus, rt.diffStderr).toBe(0);
  expect(rt.applyStatus, rt.applyStderr).toBe(0);
  expect(rt.gitApply.status, `git apply: ${rt.gitApply.stderr}`).toBe(0);
  const sections = patchSections(rt.patch);

  for (const [file, reason] of rt.notForGit) {
    const encoding = decoded.get(file)?.encoding;
    // Bytes a printed patch cannot carry, or a line shown <redacted>: nothing else is left to apply.
    const explained = encoding === "utf16le" || encoding === "latin1" || reason.includes("<redacted>");
    expect(explained, `${file} named as not for git apply (${encoding}): ${reason}`).toBe(true);
    // And git really cannot: its part of the patch alone fails or gives other bytes.
    const copy = mkdtempSync(path.join(tmpdir(), "dsm-prop-one-"));
    cpSync(rt.base, copy, { recursive: true });
    const patchFile = path.join(mkdtempSync(path.join(tmpdir(), "dsm-prop-p-")), "one.patch");
    writeFileSync(patchFile, rt.patch);
    const one = cleanGit(copy, ["apply", `--include=${file}`, patchFile]);
    if (one.status === 0) expect(snapshot(copy).get(file), `${file}: git apply gave apply's bytes`).not.toEqual(rt.viaApply.get(file));
    expect(rt.viaGit.get(file), `${file} excluded from git apply`).toEqual(rt.before.get(file));
  }
  for (const [file, info] of decoded) {
    if (info.encoding === "utf16le") expect(rt.notForGit.has(file), `${file}: UTF-16 must be named`).toBe(true);
  }

  const changed: string[] = [];
  for (const [file, before] of rt.before) {
    const viaApply = rt.viaApply.get(file)!;
    if (!viaApply.equals(before)) changed.push(file);
    if (rt.notForGit.has(file)) continue;
    expect(rt.viaGit.get(file), `${file}: git apply of diff ≠ apply`).toEqual(viaApply);
    const section = sections.get(file);
    if (section) expectHunksMatch(file, section, before, viaApply);
    else expect(viaApply, `${file}: changed without a patch`).toEqual(before);
  }

  // Line numbers: every SARIF region (and fix region) points at the legacy ID in the spec's lines.
  const sarif = cli(rt.base, ["check", "--format", "sarif"], { env: GIT_ENV });
  const run = (JSON.parse(sarif.stdout) as { runs: SarifRun[] }).runs[0]!;
  expect(run.newlineSequences).toEqual(["\r\n", "\n", "\r"]);
  const seen = new Map<string, number>();
  for (const result of run.results) {
    const legacy = result.properties?.legacy;
    if (!legacy) continue;
    const loc = result.locations[0]!.physicalLocation;
    const file = decodeURIComponent(loc.artifactLocation.uri);
    const info = decoded.get(file);
    expect(info, `${file} in SARIF`).toBeDefined();
    const lines = specLines(info!.text);
    expect(regionText(lines, loc.region), `${file}:${loc.region.startLine}:${loc.region.startColumn}`).toBe(legacy);
    seen.set(file, (seen.get(file) ?? 0) + 1);
    for (const fix of result.fixes ?? []) {
      for (const r of fix.artifactChanges[0]!.replacements) {
        if (r.deletedRegion.startColumn === r.deletedRegion.endColumn && r.deletedRegion.startLine === r.deletedRegion.endLine) {
          expect(r.deletedRegion.startColumn).toBeLessThanOrEqual(lines[r.deletedRegion.startLine - 1]!.length + 1);
        } else expect(regionText(lines, r.deletedRegion)).toBe(legacy);
      }
    }
  }
  for (const [file, before] of rt.before) {
    if (!rt.viaApply.get(file)!.equals(before)) expect(seen.get(file), `${file} changed: its findings in SARIF`).toBeGreaterThan(0);
  }
  return { changed, found: new Set(seen.keys()), rt };
}

describe("git apply of the diff gives what apply writes; line numbers count CRLF, LF and a lone CR", () => {
  it("every fixture file, as it is and in a generated layout", async () => {
    const root = path.join(REPO_ROOT, "fixtures");
    const fixtureFiles: string[] = [];
    const walk = (rel: string): void => {
      for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(child);
        else if (e.isFile()) fixtureFiles.push(child);
      }
    };
    walk("");
    expect(fixtureFiles.length).toBeGreaterThan(100);
    let changedTotal = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(layoutArb(), { minLength: fixtureFiles.length, maxLength: fixtureFiles.length }), async (layouts) => {
        const files: Record<string, Buffer> = {};
        const decoded = new Map<string, { text: string; encoding: Encoding }>();
        fixtureFiles.forEach((rel, i) => {
          const bytes = readFileSync(path.join(root, rel));
          const bom = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
          const original = bytes.subarray(bom ? 3 : 0).toString("utf8");
          files[`fixtures/${rel}`] = bytes;
          decoded.set(`fixtures/${rel}`, { text: original, encoding: "utf8" });
          const lines = specLines(original);
          const endsWithBreak = lines.length > 1 && lines.at(-1) === "";
          if (endsWithBreak) lines.pop();
          const variant = encodeCase(`variant/${rel}`, lines, layouts[i]!);
          files[variant.path] = variant.bytes;
          decoded.set(variant.path, { text: variant.text, encoding: "utf8" });
        });
        changedTotal += checkRepository(files, decoded).changed.length;
      }),
      { numRuns: 1, seed: SEED, endOnFailure: true },
    );
    // The fixtures hold dozens of files that migrate; the check above must have seen them change.
    expect(changedTotal).toBeGreaterThan(50);
  });

  it("generated files: every line ending with and without a BOM, each edit shape, Latin-1 and UTF-16", async () => {
    await fc.assert(
      fc.asyncProperty(repoArb, async (cases) => {
        const files: Record<string, Buffer> = {};
        const decoded = new Map<string, { text: string; encoding: Encoding }>();
        for (const c of cases) {
          files[c.path] = c.bytes;
          decoded.set(c.path, { text: c.text, encoding: c.layout.encoding });
        }
        const { changed, found, rt } = checkRepository(files, decoded);
        // Every generated file names a legacy ID in a line its rule rewrites (with LF or CRLF lines;
        // with lone CRs some parsers read the file differently, so only a finding is required there).
        const template = cases.filter((c) => !c.path.startsWith(`${FREE}-`));
        const unchanged = template.filter((c) => !/\r(?!\n)/.test(c.text)).map((c) => c.path).filter((p) => !changed.includes(p));
        expect(unchanged, `in ${rt.base}; apply said: ${rt.applyStderr}`).toEqual([]);
        expect(template.map((c) => c.path).filter((p) => !found.has(p)), `no finding, in ${rt.base}`).toEqual([]);
      }),
      { numRuns: REPO_RUNS, seed: SEED, endOnFailure: true },
    );
    // Each repository is three CLI runs and a few git commands: allow for many on a busy machine.
  }, 60_000 + REPO_RUNS * 20_000);
});
