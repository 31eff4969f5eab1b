// Hostile and odd inputs: each ends in a clear per-file report, never a crash, hang or corrupted file.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/check/engine.js";
import { buildMapping } from "../../src/cli/options.js";
import { loadRules } from "../../src/check/rule-list.js";
import { writeAtomic, WriteConflict } from "../../src/fix/write.js";
import { cli, git, tempProject, writeFiles } from "../support/project.js";
import { makeFifo, needs, unprivileged } from "../support/requires.js";

interface JsonDoc {
  readonly findings: readonly { readonly file: string; readonly line: number; readonly action: string }[];
  readonly skipped: readonly { readonly file: string; readonly reason: string; readonly detail: string }[];
  readonly summary: { readonly filesScanned: number };
}

function checkJson(cwd: string, args: readonly string[] = []): { doc: JsonDoc; status: number | null; stderr: string } {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return { doc: JSON.parse(r.stdout) as JsonDoc, status: r.status, stderr: r.stderr };
}

function commitAll(dir: string): void {
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "fixture", "--allow-empty");
}

/** Every file under `dir` (not .git), so tests can prove no temp file was left behind. */
function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...allFiles(p));
    else out.push(p);
  }
  return out;
}

const LEGACY = 'model = "deepseek-chat"\n';

describe("binary, encodings and sizes", () => {
  const dir = tempProject(null);
  const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.from("deepseek-chat"), Buffer.alloc(16)]);
  const latin1 = Buffer.concat([Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from(' model="deepseek-chat" '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(" end\r\n")]);
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('m = "deepseek-chat"\r\nü ✓\n', "utf16le")]);
  const be = Buffer.from('m = "deepseek-reasoner"\nü\n', "utf16le").swap16();
  const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
  const bomCrlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a = 1\r\nmodel = "deepseek-chat"\r\nb = "ünï"\r\n')]);
  writeFiles(dir, {
    "data.bin": Buffer.concat([Buffer.from(LEGACY), Buffer.from([0, 0, 1, 2])]),
    "logo.png": png,
    "latin1.txt": latin1,
    "utf16le.txt": utf16le,
    "utf16be.txt": utf16be,
    "bom-crlf.txt": bomCrlf,
    "big.txt": Buffer.concat([Buffer.alloc(5 * 1024 * 1024, "x"), Buffer.from(LEGACY)]),
    "big-without-id.txt": Buffer.alloc(5 * 1024 * 1024, "y"),
  });
  mkdirSync(path.join(dir, "sub"));
  const fifo = path.join(dir, "sub", "pipe.txt");
  const noFifo = makeFifo(fifo);
  commitAll(dir);

  it("reports binary and oversized files as skipped with a reason, and finds IDs in every text encoding", () => {
    const { doc, status } = checkJson(dir);
    expect(status).toBe(1);
    const skipped = Object.fromEntries(doc.skipped.map((s) => [s.file, s.reason]));
    expect(skipped).toEqual({ "data.bin": "binary", "logo.png": "binary", "big.txt": "too-large" });
    expect(doc.skipped.find((s) => s.file === "big.txt")!.detail).toMatch(/--max-file-size 4194304/);
    expect(doc.findings.map((f) => f.file).sort()).toEqual(["bom-crlf.txt", "latin1.txt", "utf16be.txt", "utf16le.txt"]);
  });

  needs(noFifo)("a named pipe in a scanned folder is passed over: not opened, not reported, no hang", () => {
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const { doc, status } = checkJson(dir, ["sub"]);
    expect(status).toBe(0);
    expect(doc.findings).toEqual([]);
    expect(doc.skipped).toEqual([]);
  });

  it("--max-file-size raises the limit", () => {
    const { doc } = checkJson(dir, ["--max-file-size", "8M"]);
    expect(doc.skipped.map((s) => s.file)).not.toContain("big.txt");
    expect(doc.findings.some((f) => f.file === "big.txt")).toBe(true);
  });

  it("a UTF-16 byte-order mark before an odd number of bytes is not decoded as UTF-16: no crash, no byte lost", () => {
    const work = tempProject(null);
    // Written out by hand: a big-endian mark and one byte; a little-endian mark, a UTF-16 line and one stray byte.
    const beOdd = Buffer.from([0xfe, 0xff, 0x00]);
    const leOdd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('m = "deepseek-chat"\n', "utf16le"), Buffer.from([0x41])]);
    writeFiles(work, { "be.py": beOdd, "le.txt": leOdd });
    commitAll(work);
    const { doc } = checkJson(work);
    expect(doc.findings).toEqual([]);
    expect(doc.skipped.map((s) => [s.file, s.reason])).toEqual([["be.py", "binary"], ["le.txt", "binary"]]);
    const r = cli(work, ["apply"]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readFileSync(path.join(work, "be.py"))).toEqual(beOdd);
    expect(readFileSync(path.join(work, "le.txt"))).toEqual(leOdd);
  });

  it("apply rewrites only the ID bytes: Latin-1 bytes, BOMs, CRLF and UTF-16 byte order survive exactly", () => {
    const work = tempProject(null);
    writeFiles(work, { "latin1.txt": latin1, "utf16le.txt": utf16le, "utf16be.txt": utf16be, "bom-crlf.txt": bomCrlf, "data.bin": Buffer.concat([Buffer.from(LEGACY), Buffer.from([0, 0])]) });
    commitAll(work);
    const r = cli(work, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    const swap = (b: Buffer, from: string, to: string): Buffer => Buffer.from(b.toString("latin1").split(from).join(to), "latin1");
    expect(readFileSync(path.join(work, "latin1.txt"))).toEqual(swap(latin1, "deepseek-chat", "deepseek-v4-flash"));
    expect(readFileSync(path.join(work, "bom-crlf.txt"))).toEqual(swap(bomCrlf, "deepseek-chat", "deepseek-v4-flash"));
    expect(readFileSync(path.join(work, "utf16le.txt"))).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('m = "deepseek-v4-flash"\r\nü ✓\n', "utf16le")]),
    );
    expect(readFileSync(path.join(work, "utf16be.txt"))).toEqual(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('m = "deepseek-v4-flash"\nü\n', "utf16le").swap16()]),
    );
    expect(readFileSync(path.join(work, "data.bin"))).toEqual(Buffer.concat([Buffer.from(LEGACY), Buffer.from([0, 0])]));
    expect(allFiles(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a 5 MB single-line minified bundle", () => {
  it("is skipped as too large by default and processed quickly when allowed", () => {
    const dir = tempProject(null);
    const chunk = "var a=function(b){return b*2+Math.floor(b/3)};";
    const bundle = `x=1;y="deepseek-chat";${chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length))}`;
    writeFiles(dir, { "dist-app.min.js": bundle });
    commitAll(dir);
    expect(checkJson(dir).doc.skipped).toEqual([expect.objectContaining({ file: "dist-app.min.js", reason: "too-large" })]);
    const started = Date.now();
    const r = cli(dir, ["apply", "--max-file-size", "8M"]);
    const elapsed = Date.now() - started;
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "dist-app.min.js"), "utf8")).toBe(bundle.replace("deepseek-chat", "deepseek-v4-flash"));
    // About 1 s on an idle machine (a quadratic pass took over 10 minutes); the bound leaves room
    // for a heavily loaded box.
    expect(elapsed).toBeLessThan(60_000);
  });
});

describe("folders and links", () => {
  it("walks 200 nested folders", () => {
    const dir = tempProject(null);
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join("/");
    writeFiles(dir, { [`${deep}/app.py`]: LEGACY });
    commitAll(dir);
    const { doc } = checkJson(dir);
    expect(doc.findings.map((f) => f.file)).toEqual([`${deep}/app.py`]);
    expect(cli(dir, ["apply"]).status).toBe(0);
    expect(readFileSync(path.join(dir, deep, "app.py"), "utf8")).toContain("deepseek-v4-flash");
  });

  it("never follows links inside the tree (loops, links out of the root) and never writes through one", () => {
    const outside = mkdtempSync(path.join(tmpdir(), "dsm-outside-"));
    writeFiles(outside, { "secret-config.py": LEGACY, "dir/inner.py": LEGACY });
    const dir = tempProject(null);
    writeFiles(dir, { "real/app.py": LEGACY });
    symlinkSync(".", path.join(dir, "loop"));
    symlinkSync("../real", path.join(dir, "real", "back"));
    symlinkSync(path.join(outside, "secret-config.py"), path.join(dir, "linked.py"));
    symlinkSync(path.join(outside, "dir"), path.join(dir, "linked-dir"));
    symlinkSync("real/app.py", path.join(dir, "alias.py"));
    commitAll(dir);
    const { doc } = checkJson(dir);
    expect(doc.findings.map((f) => f.file)).toEqual(["real/app.py"]);
    expect(doc.summary.filesScanned).toBe(1);
    const r = cli(dir, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(outside, "secret-config.py"), "utf8")).toBe(LEGACY);
    expect(readFileSync(path.join(outside, "dir/inner.py"), "utf8")).toBe(LEGACY);
    expect(lstatSync(path.join(dir, "alias.py")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, "linked.py")).isSymbolicLink()).toBe(true);
  });

  it("a root that is a link is followed once: reported under the given name, written at the real file, the link kept", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "real/app.py": LEGACY, "real/sub/b.py": LEGACY });
    symlinkSync("real", path.join(dir, "via-dir"));
    symlinkSync("real/app.py", path.join(dir, "via-file.py"));
    commitAll(dir);
    expect(checkJson(dir, ["via-file.py"]).doc.findings.map((f) => f.file)).toEqual(["via-file.py"]);
    expect(checkJson(dir, ["via-dir"]).doc.findings.map((f) => f.file)).toEqual(["via-dir/app.py", "via-dir/sub/b.py"]);
    expect(cli(dir, ["apply", "via-file.py"]).status).toBe(0);
    expect(lstatSync(path.join(dir, "via-file.py")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "real/app.py"), "utf8")).toContain("deepseek-v4-flash");
    commitAll(dir);
    expect(cli(dir, ["apply", "via-dir"]).status).toBe(0);
    expect(readFileSync(path.join(dir, "real/sub/b.py"), "utf8")).toContain("deepseek-v4-flash");
  });

  it("a dangling root link is a usage error", () => {
    const dir = tempProject(null);
    symlinkSync("nowhere", path.join(dir, "dangling"));
    const r = cli(dir, ["check", "dangling"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^deepseek-migrate: path not found: dangling/);
  });
});

describe("files that change, vanish or cannot be read", () => {
  const options = { mapping: buildMapping(undefined, []), thinking: "explicit" as const, maxFileSize: 1 << 20 };

  it("a file changed between read and write is skipped, not overwritten", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-race-"));
    const file = path.join(dir, "app.py");
    writeFileSync(file, LEGACY);
    const outcome = await processFile("app.py", file, loadRules, options);
    writeFileSync(file, `${LEGACY}# edited meanwhile\n`);
    await expect(writeAtomic(file, outcome.edit!.after, outcome.edit!.encoding)).rejects.toBeInstanceOf(WriteConflict);
    expect(readFileSync(file, "utf8")).toBe(`${LEGACY}# edited meanwhile\n`);
    expect(readdirSync(dir)).toEqual(["app.py"]);
  });

  it("a file that disappears before it is read or written is reported, not recreated", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-gone-"));
    const file = path.join(dir, "app.py");
    const gone = await processFile("app.py", file, loadRules, options);
    expect(gone.skipped).toEqual({ reason: "unreadable", detail: "disappeared before it could be read" });
    writeFileSync(file, LEGACY);
    const outcome = await processFile("app.py", file, loadRules, options);
    spawnSync("rm", [file]);
    await expect(writeAtomic(file, outcome.edit!.after, outcome.edit!.encoding)).rejects.toThrow(/disappeared/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a file swapped for a link after the scan is not followed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-swap-"));
    writeFileSync(path.join(dir, "target.py"), LEGACY);
    symlinkSync(path.join(dir, "target.py"), path.join(dir, "link.py"));
    expect((await processFile("link.py", path.join(dir, "link.py"), loadRules, options)).skipped?.detail).toMatch(/symlink/);
  });

  const swapDir = mkdtempSync(path.join(tmpdir(), "dsm-swap-"));
  const noSwapFifo = makeFifo(path.join(swapDir, "pipe.py"));
  needs(noSwapFifo)("a file swapped for a FIFO after the scan is not opened for reading and does not hang", async () => {
    expect((await processFile("pipe.py", path.join(swapDir, "pipe.py"), loadRules, options)).skipped?.detail).toMatch(/regular file/);
  });

  // Root reads every file whatever its mode: the real case needs an unprivileged user.
  const user = unprivileged();
  needs(user.missing)("unreadable files and folders (as an unprivileged user) are reported per file; the rest is migrated", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-perm-"));
    writeFiles(dir, { "ok.py": LEGACY, "locked.py": LEGACY, "closed/inner.py": LEGACY });
    user.own(...["", "ok.py", "locked.py", "closed", "closed/inner.py"].map((f) => path.join(dir, f)));
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, "locked.py"), 0o000);
    chmodSync(path.join(dir, "closed"), 0o000);
    const run = (args: string[]) => user.cli(dir, args, { HOME: dir });
    const r = run(["check", "--format", "json"]);
    expect(r.stderr).not.toMatch(/internal error/);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(doc.skipped.map((s) => `${s.file} ${s.reason} ${s.detail}`).sort()).toEqual([
      "closed unreadable cannot list folder (EACCES)",
      "locked.py unreadable cannot read (EACCES)",
    ]);
    const a = run(["apply", "--yes"]); // not a git repository: nothing could undo it, so apply needs --yes
    expect(a.status, a.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "ok.py"), "utf8")).toContain("deepseek-v4-flash");
    expect(readFileSync(path.join(dir, "locked.py"), "utf8")).toBe(LEGACY);
  });
});

describe("paths, empty repositories and single files", () => {
  it("paths with spaces, quotes and unicode: the diff applies with git apply and equals what apply writes", () => {
    const names = ["dir with space/file name.py", "日本語/モデル.ts", "üml/ñ é.txt", 'q"uote/x.txt'];
    const dir = tempProject(null);
    writeFiles(dir, Object.fromEntries(names.map((n) => [n, `${LEGACY}x = 1\n`])));
    commitAll(dir);
    const d = cli(dir, ["diff"]);
    expect(d.status, d.stderr).toBe(0);
    writeFileSync(path.join(dir, "..", `${path.basename(dir)}.patch`), d.stdout);
    git(dir, "apply", path.join(dir, "..", `${path.basename(dir)}.patch`));
    const viaGit = names.map((n) => readFileSync(path.join(dir, n), "utf8"));
    git(dir, "checkout", "--", ".");
    expect(cli(dir, ["apply"]).status).toBe(0);
    expect(names.map((n) => readFileSync(path.join(dir, n), "utf8"))).toEqual(viaGit);
    expect(viaGit.every((t) => t.includes("deepseek-v4-flash"))).toBe(true);
  });

  it("an empty repository (no commits, no files) is a clean run for every command", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-empty-"));
    git(dir, "init", "-q");
    for (const cmd of ["diff", "apply"]) {
      const r = cli(dir, [cmd]);
      expect(r.status, `${cmd}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/error/);
    }
    expect(checkJson(dir).doc.summary.filesScanned).toBe(0);
  });

  it("a path that is a single file is scanned and written alone", () => {
    const dir = tempProject(null);
    writeFiles(dir, { "a.py": LEGACY, "b.py": LEGACY });
    commitAll(dir);
    expect(cli(dir, ["apply", "a.py"]).status).toBe(0);
    expect(readFileSync(path.join(dir, "a.py"), "utf8")).toContain("deepseek-v4-flash");
    expect(readFileSync(path.join(dir, "b.py"), "utf8")).toBe(LEGACY);
  });
});

describe("bad invocations write nothing", () => {
  const dir = tempProject(null);
  writeFiles(dir, { "app.py": LEGACY });
  commitAll(dir);
  const cases: readonly (readonly string[])[] = [
    ["apply", "does-not-exist"],
    ["apply", "--bogus"],
    ["apply", "--map", "deepseek-chat"],
    ["apply", "--map", "deepseek-chat=not a model"],
    ["apply", "--max-file-size", "huge"],
    ["apply", "--thinking", "sometimes"],
  ];
  it.each(cases.map((c) => [c.join(" "), c] as const))("%s: exit 2, one line naming the problem, no stack", (_label, args) => {
    const r = cli(dir, args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^deepseek-migrate: /);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(LEGACY);
  });

  it("--debug adds the stack trace", () => {
    const d = cli(dir, ["apply", "--map", "deepseek-chat", "--debug"]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/^deepseek-migrate: invalid --map[^\n]*\n[\s\S]*\n\s+at /);
    expect(readFileSync(path.join(dir, "app.py"), "utf8")).toBe(LEGACY);
  });
});
