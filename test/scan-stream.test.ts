// The portable walker streams its files: folders are listed as the walk reaches them and the files
// come out already in report order, so nothing per file has to be collected and sorted. These tests
// hold the stream to the order the whole-list sort gave, on names where a per-folder sort of plain
// names would not, and check that skipped folders and file counts stay exact while streaming.
import { chmodSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openScan, scan, type ScanTarget } from "../src/discover/walk.js";
import { cli, git, tempProject, writeFiles, type JsonFinding } from "./support/project.js";
import { needs, unprivileged } from "./support/requires.js";

/** The order the walker gave before it streamed: one global sort of the reported paths. */
const globalSort = (list: readonly ScanTarget[]): ScanTarget[] => [...list].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

/** Every regular file below `dir`, as POSIX paths relative to `dir`, found without the walker. */
function listAll(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listAll(dir, rel));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

// '/' (0x2F) sorts after ' ', '-' and '.', before digits and letters; upper case before lower case;
// non-ASCII after ASCII, with astral characters (surrogate pairs) compared by code unit as `<` does.
const TRICKY = [
  "a/b/c", "a/b.c/x", "a/bc", "a/😀/x", "a/é", "a/e/x", "a.b", "a.b.d", "a-b", "a b", "a c/f", "a-c/f", "a.c/f",
  "a0", "a_", "a~", "ab/f", "A/x", "A.txt", "B", "b/a", "é/z", "e.txt", "E.txt", "z.txt", "😀", "ｚ", "ａ/b",
  "x/a/b/c/d", "x/a.b/c", "x/a-/c", "x/a b/c", "-/f", "+/f", "!x",
];

function trickyTree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-order-"));
  writeFiles(dir, Object.fromEntries(TRICKY.map((rel) => [rel, `${rel}\n`])));
  return dir;
}

describe("streaming order", () => {
  it("equals the global sort of reported paths on names a plain per-folder sort gets wrong", async () => {
    const dir = trickyTree();
    const streamed = [...openScan(["."], { cwd: dir })];
    expect(streamed.map((t) => t.rel)).toEqual(globalSort(streamed).map((t) => t.rel));
    expect(streamed.map((t) => t.rel).sort()).toEqual(listAll(dir).sort());
    // The cases the key "name/" exists for: a folder's files come after "a.b" and "a-b" and "a b".
    const rels = streamed.map((t) => t.rel);
    expect(rels.indexOf("a b")).toBeLessThan(rels.indexOf("a/b/c"));
    expect(rels.indexOf("a.c/f")).toBeLessThan(rels.indexOf("a/b/c"));
    expect(rels.indexOf("a-b")).toBeLessThan(rels.indexOf("a/b/c"));
    expect(rels.indexOf("a.b")).toBeLessThan(rels.indexOf("a/b/c"));
    expect(rels.indexOf("a/b/c")).toBeLessThan(rels.indexOf("a0"));
    expect(await scan(["."], { cwd: dir })).toEqual(streamed);
  });

  it("keeps the order across several roots, overlapping roots, file roots and a root above cwd", () => {
    const dir = trickyTree();
    const cases: { cwd: string; roots: string[] }[] = [
      { cwd: dir, roots: ["x", "a", "a.c", "😀", "a-c/f"] },
      { cwd: dir, roots: [".", "a", "a/b", "a.c/f"] },
      // cwd inside the root: its files lose the "../" prefix the rest of the tree carries.
      { cwd: path.join(dir, "a/b"), roots: ["../.."] },
      { cwd: path.join(dir, "x/a"), roots: ["../..", "b", "../a.b"] },
      { cwd: path.join(dir, "a"), roots: [".."] },
    ];
    for (const c of cases) {
      const streamed = [...openScan(c.roots, { cwd: c.cwd })];
      const label = `${path.relative(dir, c.cwd) || "."}: ${c.roots.join(" ")}`;
      expect(streamed.map((t) => t.rel), label).toEqual(globalSort(streamed).map((t) => t.rel));
      // Each file once, however many roots reach it.
      expect(new Set(streamed.map((t) => t.abs)).size, label).toBe(streamed.length);
    }
    const above = [...openScan([".."], { cwd: path.join(dir, "a") })].map((t) => t.rel);
    expect(above.sort()).toEqual(listAll(dir).map((r) => (r.startsWith("a/") ? r.slice(2) : `../${r}`)).sort());
  });

  it("a linked file root is reported under the name given, and once when its file is also walked", () => {
    const dir = trickyTree();
    symlinkSync("a.c/f", path.join(dir, "link"));
    expect([...openScan(["link"], { cwd: dir })]).toEqual([{ abs: path.join(dir, "a.c/f"), rel: "link" }]);
    // Reached twice, the file keeps the name that comes first in report order.
    expect([...openScan(["link", "a.c"], { cwd: dir })]).toEqual([{ abs: path.join(dir, "a.c/f"), rel: "a.c/f" }]);
  });

  it("a missing root fails before anything is listed", () => {
    const dir = trickyTree();
    const skips: string[] = [];
    expect(() => openScan(["a", "missing"], { cwd: dir, onSkip: (abs) => skips.push(abs) })).toThrow(/path not found: missing/);
    expect(skips).toEqual([]);
  });
});

describe("folders that cannot be listed mid-walk", () => {
  it("a folder removed after the walk started is reported when reached, and the walk goes on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-vanish-"));
    writeFiles(dir, { "a/1.txt": "1", "m/2.txt": "2", "m/deep/3.txt": "3", "z/4.txt": "4" });
    const skips: string[] = [];
    const seen: string[] = [];
    for (const t of openScan(["."], { cwd: dir, onSkip: (abs, detail) => skips.push(`${path.relative(dir, abs)}: ${detail}`) })) {
      seen.push(t.rel);
      // The stream lists a folder only when it gets there, so one removed now is found missing.
      if (t.rel === "a/1.txt") rmSync(path.join(dir, "m"), { recursive: true });
    }
    expect(seen).toEqual(["a/1.txt", "z/4.txt"]);
    expect(skips).toEqual(["m: cannot list folder (ENOENT)"]);
  });

  // Root reads every folder; an unprivileged user shows a real permission error.
  const user = unprivileged();
  needs(user.missing)("an unreadable folder between readable ones, in a streamed scan of thousands of files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-closed-"));
    const files: Record<string, string> = {};
    for (let i = 0; i < 4200; i++) files[`pkg-${String(i % 3)}/f${i}.py`] = i % 700 === 0 ? 'model = "deepseek-chat"\n' : `n = ${i}\n`;
    files["pkg-1/closed/inner.py"] = 'model = "deepseek-chat"\n';
    writeFiles(dir, files);
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, "pkg-1/closed"), 0o000);
    const r = user.cli(dir, ["check", "--format", "json"], { HOME: dir });
    chmodSync(path.join(dir, "pkg-1/closed"), 0o755);
    expect(r.stderr).not.toMatch(/internal error/);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; skipped: { file: string; reason: string; detail: string }[]; summary: { filesScanned: number } };
    expect(doc.skipped).toEqual([{ file: "pkg-1/closed", reason: "unreadable", detail: "cannot list folder (EACCES)" }]);
    const hits = Object.keys(files).filter((f) => files[f]!.includes("deepseek") && !f.includes("closed"));
    expect(doc.findings.map((f) => f.file)).toEqual(hits.sort());
    expect(doc.summary.filesScanned).toBe(4200);
  });
});

describe("file counts while streaming", () => {
  it("filesScanned counts exactly the files the walk covers, across many probe batches", () => {
    const dir = tempProject(null, { git: false });
    const files: Record<string, string> = {
      ".gitignore": "generated/\n*.log\n",
      "generated/skip.ts": "x",
      "node_modules/dep/index.js": "x",
      "dist/out.js": "x",
      "package-lock.json": "{}",
      "CHANGELOG.md": "deepseek-chat",
      "sub/.gitignore": "local/\n",
      "sub/local/skip.py": "x",
    };
    let expected = 2; // the two .gitignore files are scanned too
    const hits: string[] = [];
    for (let i = 0; i < 5100; i++) {
      const rel = `src/m${i % 7}/${i % 2 ? "b" : "a"}/f${i}.${i % 3 ? "ts" : "txt"}`;
      const hit = i % 1000 === 3;
      files[rel] = hit ? `export const m = "deepseek-reasoner";\n` : `export const n = ${i};\n`;
      if (hit) hits.push(rel);
      expected++;
      if (i % 500 === 0) files[`src/m${i % 7}/trace-${i}.log`] = "ignored";
    }
    writeFiles(dir, files);
    const r = cli(dir, ["check", "--format", "json"]);
    expect(r.stderr).not.toMatch(/internal error|skipped/);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { filesScanned: number } };
    expect(doc.summary.filesScanned).toBe(expected);
    expect(doc.findings.map((f) => f.file)).toEqual([...hits].sort());
  });

  it("--changed with the walker counts only the changed files", () => {
    const dir = tempProject(null);
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`pkg/f${i}.py`] = `n = ${i}\n`;
    writeFiles(dir, files);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    writeFiles(dir, { "pkg/f7.py": 'model = "deepseek-chat"\n', "pkg/f70.py": "n = 0\n", "new/x.py": 'model = "deepseek-reasoner"\n' });
    const r = cli(dir, ["check", "--changed", "--no-git-scan", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { filesScanned: number } };
    expect(doc.summary.filesScanned).toBe(3);
    expect(doc.findings.map((f) => f.file)).toEqual(["new/x.py", "pkg/f7.py"]);
  });
});
