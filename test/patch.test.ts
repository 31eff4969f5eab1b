// Focused cases of the patch promise (`git apply` of `diff` output gives byte for byte what `apply`
// writes) and of line numbering, each one a shape real repositories had: a byte-order mark, old-Mac
// line endings (a lone CR), files whose bytes a UTF-8 patch cannot carry.
import { describe, expect, it } from "vitest";
import { cli } from "./support/project.js";
import { committedRepo, GIT_ENV, roundTrip } from "./support/roundtrip.js";

const BOM = "\uFEFF";
const bytes = (s: string): Buffer => Buffer.from(s, "utf8");

/** The round trip agrees on every file, git applied the patch, and nothing was left out of it. */
function expectApplies(rt: ReturnType<typeof roundTrip>): void {
  expect(rt.diffStatus, rt.diffStderr).toBe(0);
  expect(rt.notForGit).toEqual(new Map());
  expect(rt.gitApply.status, rt.gitApply.stderr).toBe(0);
  expect(rt.applyStatus, rt.applyStderr).toBe(0);
}

describe("a file that starts with a UTF-8 byte-order mark", () => {
  it("CRLF .ini, line 1 is context and line 3 changes: git apply gives the bytes apply writes", () => {
    const rt = roundTrip({ "settings.ini": bytes(`${BOM}[llm]\r\nprovider = deepseek\r\nmodel = deepseek-chat\r\ntimeout = 30\r\n`) });
    expectApplies(rt);
    const expected = bytes(`${BOM}[llm]\r\nprovider = deepseek\r\nmodel = deepseek-v4-flash\r\ntimeout = 30\r\n`);
    expect(rt.viaApply.get("settings.ini")).toEqual(expected);
    expect(rt.viaGit.get("settings.ini")).toEqual(expected);
    // The context line carries the mark, as the file's first bytes do.
    expect(rt.patch).toContain(`\n ${BOM}[llm]\r\n`);
  });

  it("Markdown whose heading is context: git apply gives the bytes apply writes", () => {
    const rt = roundTrip({ "README.md": bytes(`${BOM}# Notes\n\nWe call \`deepseek-chat\` here.\n`) });
    expectApplies(rt);
    const expected = bytes(`${BOM}# Notes\n\nWe call \`deepseek-v4-flash\` here.\n`);
    expect(rt.viaApply.get("README.md")).toEqual(expected);
    expect(rt.viaGit.get("README.md")).toEqual(expected);
  });

  it("the changed line is the first line, and the file has no final newline", () => {
    const rt = roundTrip({ ".env": bytes(`${BOM}MODEL=deepseek-chat`) });
    expectApplies(rt);
    const expected = bytes(`${BOM}MODEL=deepseek-v4-flash`);
    expect(rt.viaApply.get(".env")).toEqual(expected);
    expect(rt.viaGit.get(".env")).toEqual(expected);
  });
});

describe("lone CR line endings (old Mac): a CR alone ends a line", () => {
  const MAC = 'import os\rclient = make()\rmodel = "deepseek-chat"\r';

  it("findings and the pretty report count it as a line break", () => {
    const dir = committedRepo({ "app.py": MAC });
    const json = cli(dir, ["check", "--format", "json"], { env: GIT_ENV });
    const doc = JSON.parse(json.stdout) as { findings: { file: string; line: number; column: number; endLine: number; endColumn: number }[] };
    expect(doc.findings.map((f) => [f.file, f.line, f.column, f.endLine, f.endColumn])).toEqual([["app.py", 3, 10, 3, 23]]);
    const pretty = cli(dir, ["check"], { env: GIT_ENV });
    expect(pretty.stdout + pretty.stderr).toMatch(/\b3:10\b/);
  });

  it("SARIF regions and fix regions count it, and the run says which sequences break lines", () => {
    const dir = committedRepo({ "app.py": MAC });
    const r = cli(dir, ["check", "--format", "sarif"], { env: GIT_ENV });
    const run = (JSON.parse(r.stdout) as { runs: Record<string, unknown>[] }).runs[0] as {
      newlineSequences: string[];
      results: { locations: { physicalLocation: { region: unknown } }[]; fixes: { artifactChanges: { replacements: { deletedRegion: unknown }[] }[] }[] }[];
    };
    expect(run.newlineSequences).toEqual(["\r\n", "\n", "\r"]);
    const region = { startLine: 3, startColumn: 10, endLine: 3, endColumn: 23 };
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual(region);
    expect(run.results[0]!.fixes[0]!.artifactChanges[0]!.replacements[0]!.deletedRegion).toEqual(region);
  });

  it("a suppression marker reaches the next line, and only that one", () => {
    const text = 'x = 1\r# deepseek-migrate-ignore-next-line\rm = "deepseek-chat"\rn = "deepseek-reasoner"\r';
    const dir = committedRepo({ "app.py": text });
    const doc = JSON.parse(cli(dir, ["check", "--format", "json"], { env: GIT_ENV }).stdout) as { findings: { legacy: string; line: number }[] };
    expect(doc.findings.map((f) => [f.legacy, f.line])).toEqual([["deepseek-reasoner", 4]]);
  });

  it("a same-line marker does not silence the rest of the file", () => {
    const text = 'a = "deepseek-chat"  # deepseek-migrate-ignore\rb = "deepseek-chat"\r';
    const dir = committedRepo({ "app.py": text });
    const doc = JSON.parse(cli(dir, ["check", "--format", "json"], { env: GIT_ENV }).stdout) as { findings: { line: number; column: number }[] };
    expect(doc.findings.map((f) => [f.line, f.column])).toEqual([[2, 6]]);
  });

  it(".env and INI files: each lone-CR line is its own entry, as dotenv and configparser read it", () => {
    const dir = committedRepo({
      ".env": "A=1\rMODEL_1=deepseek-chat\rMODEL_2=deepseek-reasoner\r",
      "settings.ini": "[fast]\rmodel = deepseek-chat\r[deep]\rmodel = deepseek-reasoner\r",
    });
    const doc = JSON.parse(cli(dir, ["check", "--format", "json"], { env: GIT_ENV }).stdout) as {
      findings: { file: string; line: number; column: number; action: string; reason: string }[];
    };
    expect(doc.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.action} ${f.reason}`)).toEqual([
      ".env:2:9 rewrite config-value",
      ".env:3:9 rewrite config-value",
      "settings.ini:2:9 rewrite config-value",
      "settings.ini:4:9 rewrite config-value",
    ]);
  });

  it("its patch applies with git byte for byte (git counts only LF, so the file is one line to it)", () => {
    const rt = roundTrip({ "app.py": MAC, "mixed.py": 'x = 1\r\ny = 2\rmodel = "deepseek-chat"\nz = 3' });
    expectApplies(rt);
    expect(rt.viaApply.get("app.py")).toEqual(bytes('import os\rclient = make()\rmodel = "deepseek-v4-flash"\r'));
    expect(rt.viaGit.get("app.py")).toEqual(rt.viaApply.get("app.py"));
    expect(rt.viaApply.get("mixed.py")).toEqual(bytes('x = 1\r\ny = 2\rmodel = "deepseek-v4-flash"\nz = 3'));
    expect(rt.viaGit.get("mixed.py")).toEqual(rt.viaApply.get("mixed.py"));
  });
});

describe("files whose bytes a printed patch cannot carry are named, not silently broken", () => {
  it("a UTF-16 file: stderr says to use apply; git applies the rest of the patch", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('model = "deepseek-chat"\n', "utf16le")]);
    const rt = roundTrip({ "wide.py": utf16, "plain.py": 'model = "deepseek-chat"\n' });
    expect(rt.diffStatus, rt.diffStderr).toBe(0);
    expect([...rt.notForGit.keys()]).toEqual(["wide.py"]);
    expect(rt.notForGit.get("wide.py")).toMatch(/UTF-16/);
    expect(rt.gitApply.status, rt.gitApply.stderr).toBe(0);
    expect(rt.viaApply.get("wide.py")).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('model = "deepseek-v4-flash"\n', "utf16le")]));
    expect(rt.viaGit.get("wide.py")).toEqual(utf16);
    expect(rt.viaGit.get("plain.py")).toEqual(bytes('model = "deepseek-v4-flash"\n'));
    expect(rt.viaApply.get("plain.py")).toEqual(bytes('model = "deepseek-v4-flash"\n'));
  });

  it("a Latin-1 file with a non-UTF-8 byte next to the change is named; one with it far away applies", () => {
    const near = Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from('\nmodel = "deepseek-chat"\n')]);
    const far = Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from('\na = 1\nb = 2\nc = 3\nd = 4\nmodel = "deepseek-chat"\n')]);
    const rt = roundTrip({ "near.py": near, "far.py": far });
    expect(rt.diffStatus, rt.diffStderr).toBe(0);
    expect([...rt.notForGit.keys()]).toEqual(["near.py"]);
    expect(rt.notForGit.get("near.py")).toMatch(/not UTF-8/);
    expect(rt.gitApply.status, rt.gitApply.stderr).toBe(0);
    expect(rt.viaGit.get("near.py")).toEqual(near);
    expect(rt.viaApply.get("near.py")).toEqual(Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from('\nmodel = "deepseek-v4-flash"\n')]));
    const farAfter = Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from('\na = 1\nb = 2\nc = 3\nd = 4\nmodel = "deepseek-v4-flash"\n')]);
    expect(rt.viaApply.get("far.py")).toEqual(farAfter);
    expect(rt.viaGit.get("far.py")).toEqual(farAfter);
  });
});
