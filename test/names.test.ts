// File names that are not valid UTF-8 (Latin-1 names from older systems) are checked and migrated
// like any other file on both scan paths, reported under one faithful name (the bytes escaped as git
// quotes them), written atomically, and the diff names them so that `git apply` finds them.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeName, encodeName, nameOfShown, shownName } from "../src/discover/names.js";
import { cli, git, tempProject, writeFiles } from "./support/project.js";

/** A path below `dir` given as raw bytes: `parts` are joined with "/", strings as UTF-8, numbers as single bytes. */
function rawPath(dir: string, ...parts: (string | number)[]): Buffer {
  return Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === "number" ? Buffer.from([p]) : Buffer.from(p)))]);
}

const CAFE = (dir: string): Buffer => rawPath(dir, "caf", 0xe9, ".py"); // "café.py" in Latin-1
const FOLDER_FILE = (dir: string): Buffer => rawPath(dir, "d", 0xe9, "j", 0xe0, "/settings.py");
const UNTRACKED = (dir: string): Buffer => rawPath(dir, "na", 0xef, "ve.py");

interface Report {
  findings: { file: string; line: number }[];
  skipped: { file: string; reason: string; detail: string }[];
  summary: { filesScanned: number; skipped: number };
}

function latin1Repo(): string {
  const dir = tempProject(null);
  writeFiles(dir, { "ok.py": 'MODEL = "deepseek-reasoner"\n' });
  writeFileSync(CAFE(dir), 'MODEL = "deepseek-chat"\n');
  mkdirSync(rawPath(dir, "d", 0xe9, "j", 0xe0));
  writeFileSync(FOLDER_FILE(dir), 'DEFAULT_MODEL = "deepseek-chat"\n');
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "latin-1 names");
  // One more, never committed: on the git path untracked files take another way.
  writeFileSync(UNTRACKED(dir), 'MODEL = "deepseek-chat"\n');
  return dir;
}

/** A copy of `dir` in a new temp folder (`cp -a`: Node's cpSync cannot read names that are not UTF-8). */
function copyOf(dir: string): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), "dsm-latin1-")), "repo");
  const r = spawnSync("cp", ["-a", dir, copy]);
  if (r.status !== 0) throw new Error(`cp -a failed: ${r.stderr}`);
  return copy;
}

const SHOWN = ['"caf\\351.py"', '"d\\351j\\340/settings.py"', '"na\\357ve.py"'];

describe("file names that are not UTF-8", () => {
  it("are checked on both scan paths and reported under the same quoted name, none skipped or lost", () => {
    const dir = latin1Repo();
    const fast = cli(dir, ["check", "--format", "json"]);
    const slow = cli(dir, ["check", "--format", "json", "--no-git-scan"]);
    for (const r of [fast, slow]) {
      expect(r.status, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.skipped).toEqual([]);
      expect(report.summary.filesScanned).toBe(4);
      expect(report.findings.map((f) => f.file).sort()).toEqual([...SHOWN, "ok.py"].sort());
    }
    expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
    const pretty = cli(dir, ["check", "--no-git-scan"]);
    // Each finding's line starts with the quoted name and the place: `"caf\351.py":1:10`.
    for (const name of SHOWN) expect(pretty.stdout.split("\n").filter((l) => l.startsWith(`${name}:1:`)), name).toHaveLength(1);
    expect(pretty.stdout).not.toContain("\uFFFD");
  });

  it("diff names them as git does, git apply takes the patch, and apply writes the same bytes atomically", () => {
    const dir = latin1Repo();
    for (const extra of [[], ["--no-git-scan"]]) {
      const copy = copyOf(dir);
      const diff = cli(copy, ["diff", ...extra]);
      expect(diff.status, diff.stderr).toBe(0);
      expect(diff.stdout).toContain('diff --git "a/caf\\351.py" "b/caf\\351.py"\n--- "a/caf\\351.py"\n+++ "b/caf\\351.py"\n');
      expect(diff.stdout).toContain('diff --git "a/d\\351j\\340/settings.py" "b/d\\351j\\340/settings.py"\n');
      const viaGit = copyOf(copy);
      const patch = path.join(viaGit, "..", "migrate.patch");
      writeFileSync(patch, diff.stdout);
      git(viaGit, "apply", patch);

      const applied = cli(copy, ["apply", "--allow-dirty", "--format", "json", ...extra]);
      expect(applied.status, applied.stderr).toBe(0);
      expect((JSON.parse(applied.stdout) as Report).skipped).toEqual([]);
      for (const file of [CAFE, FOLDER_FILE, UNTRACKED]) {
        const written = readFileSync(file(copy));
        expect(written.toString()).toContain('"deepseek-v4-flash"');
        expect(readFileSync(file(viaGit))).toEqual(written);
      }
      // The file was replaced in place under its own name: no second file, no temp file left.
      expect(readdirSync(copy, { encoding: "buffer" }).map((b) => b.toString("latin1")).sort()).toEqual([".git", "caf\xe9.py", "d\xe9j\xe0", "na\xefve.py", "ok.py"]);
      expect(git(copy, "status", "--porcelain", "-z").split("\0").filter(Boolean).sort()).toEqual([
        " M caf\uFFFD.py",
        " M d\uFFFDj\uFFFD/settings.py",
        " M ok.py",
        "?? na\uFFFDve.py",
      ]);
    }
  });

  it("--changed finds a modified one, and SARIF gives its bytes as a URI", () => {
    const dir = latin1Repo();
    writeFileSync(CAFE(dir), 'MODEL = "deepseek-chat"\nOTHER = "deepseek-chat"\n');
    const changed = JSON.parse(cli(dir, ["check", "--format", "json", "--changed"]).stdout) as Report;
    expect(changed.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['"caf\\351.py":1', '"caf\\351.py":2', '"na\\357ve.py":1']);
    const sarif = JSON.parse(cli(dir, ["check", "--format", "sarif"]).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["caf%E9.py", "d%E9j%E0/settings.py", "na%EFve.py", "ok.py"]);
  });
});

describe("lossless names", () => {
  // A name's bytes: anything but "/" and NUL, and bytes that are often not UTF-8.
  const nameBytes = fc.uint8Array({ minLength: 1, maxLength: 24 }).map((a) => Buffer.from(a.map((b) => (b === 0 || b === 0x2f ? 0xe9 : b))));

  it("decode to a string that encodes back to the same bytes, and two names never decode alike", () => {
    fc.assert(
      fc.property(nameBytes, nameBytes, (a, b) => {
        expect(encodeName(decodeName(a))).toEqual(a);
        if (!a.equals(b)) expect(decodeName(a)).not.toBe(decodeName(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("are shown quoted exactly when needed, and the shown form gives the name back", () => {
    fc.assert(
      fc.property(nameBytes, (a) => {
        const name = decodeName(a);
        const shown = shownName(name);
        expect(nameOfShown(shown)).toBe(name);
        if (a.toString("utf8") === name && !/[\x00-\x1f\x7f]/.test(name) && !name.startsWith('"')) expect(shown).toBe(name);
        else expect(shown.startsWith('"')).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(shownName(decodeName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x70, 0x79])))).toBe('"caf\\351.py"');
    expect(shownName("café.py")).toBe("café.py");
    expect(shownName('"quoted".py')).toBe('"\\"quoted\\".py"');
    expect(shownName("tab\there")).toBe('"tab\\there"');
    // A valid name that looks like an escape is not quoted, so it cannot be confused with one.
    expect(shownName("caf\\351.py")).toBe("caf\\351.py");
  });
});
