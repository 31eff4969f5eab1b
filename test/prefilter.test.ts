// The byte pre-filter decides which files are ever decoded: a false negative is a missed finding.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANDIDATE, FileProbe, holdsLegacyBytes, NO_MATCH, UNREADABLE } from "../src/discover/probe.js";
import { prefilter } from "../src/discover/prefilter.js";
import { cli, tempProject, writeFiles } from "./support/project.js";

const bytes = (s: string): boolean => {
  const b = Buffer.from(s, "latin1");
  return holdsLegacyBytes(b, b.length);
};

describe("holdsLegacyBytes", () => {
  it.each(["deepseek-chat", "x deepseek-reasoner y", "deepseek-deepseek-chat", "deepseek-v4 then deepseek-chat", "DEEPSEEK deepseek-reasoner"])("finds %s", (s) => {
    expect(bytes(s)).toBe(true);
  });
  it.each(["", "deepseek-", "deepseek-cha", "deepseek-reasone", "deepseek-v4-flash", "DeepSeek-Chat", "deepseek_chat"])("rejects %j", (s) => {
    expect(bytes(s)).toBe(false);
  });
  it("looks only below the end it is given", () => {
    const b = Buffer.from("abc deepseek-chat");
    expect(holdsLegacyBytes(b.subarray(0, 10), 10)).toBe(false);
  });
});

describe("FileProbe", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-probe-"));
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const probe = new FileProbe();

  it("tells candidates from plain files, reusing its buffer between files", () => {
    const big = file("big.txt", "x".repeat(3 << 20));
    const hit = file("hit.ts", 'model: "deepseek-chat"');
    const small = file("small.txt", "short");
    // The small file is read after large ones: stale bytes of the buffer must not count.
    expect([probe.probe(hit), probe.probe(big), probe.probe(small), probe.probe(hit)]).toEqual([CANDIDATE, NO_MATCH, NO_MATCH, CANDIDATE]);
  });

  it("finds an ID cut by every chunk boundary near 1 MiB and past it", () => {
    const chunk = 1 << 20;
    const id = "deepseek-reasoner";
    for (let cut = 0; cut <= id.length; cut++) {
      const p = file(`cut-${cut}.txt`, `${"a".repeat(chunk - cut)}${id}${"b".repeat(100)}`);
      expect(probe.probe(p), `cut ${cut}`).toBe(CANDIDATE);
    }
    expect(probe.probe(file("late.txt", `${"a".repeat(2 * chunk + 5)}deepseek-chat`))).toBe(CANDIDATE);
    expect(probe.probe(file("exact.txt", "a".repeat(chunk)))).toBe(NO_MATCH);
  });

  it("always passes UTF-16 files on, whose IDs are not ASCII bytes", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("deepseek-chat", "utf16le")]);
    expect(probe.probe(file("utf16.txt", le))).toBe(CANDIDATE);
  });

  it("reports unreadable paths with their errno code", () => {
    expect(probe.probe(path.join(dir, "missing"))).toBe(UNREADABLE);
    expect(probe.lastError).toBe("ENOENT");
    mkdirSync(path.join(dir, "folder"));
    expect(probe.probe(path.join(dir, "folder"))).toBe(UNREADABLE);
    expect(probe.lastError).toBe("EISDIR");
  });
});

describe("prefilter", () => {
  it("yields one status per path, in order, across batches", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-pre-"));
    const paths: string[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 2500; i++) {
      const p = path.join(dir, `f${i}.txt`);
      const hit = i % 97 === 0;
      writeFileSync(p, hit ? `use deepseek-chat ${i}` : `nothing ${i}`);
      paths.push(p);
      expected.push(hit ? CANDIDATE : NO_MATCH);
    }
    paths.push(path.join(dir, "gone.txt"));
    expected.push(UNREADABLE);
    const seen: number[] = [];
    const errors: string[] = [];
    for await (const batch of prefilter(paths, { workers: 0 })) {
      for (const [i, code] of batch.errors) errors.push(`${seen.length + i}:${code}`);
      seen.push(...batch.status);
    }
    expect(seen).toEqual(expected);
    expect(errors).toEqual([`2500:ENOENT`]);
  });
});

describe("large scans on worker threads (compiled CLI)", () => {
  it("finds exactly the files naming a legacy model, in path order", () => {
    // Above the worker threshold, so the compiled CLI probes on worker threads.
    const dir = tempProject(null, { git: false });
    const files: Record<string, string> = {};
    const hits: string[] = [];
    for (let i = 0; i < 4500; i++) {
      const rel = `pkg-${i % 30}/src/file-${i}.ts`;
      const hit = i % 450 === 7;
      files[rel] = hit ? `export const model = "deepseek-reasoner";\n` : `export const n = ${i};\n`;
      if (hit) hits.push(rel);
    }
    writeFiles(dir, files);
    const r = cli(dir, ["check", ".", "--format", "json"]);
    expect(r.stderr).not.toMatch(/internal error/);
    const doc = JSON.parse(r.stdout) as { findings: { file: string }[]; summary: { filesScanned: number } };
    expect(doc.findings.map((f) => f.file)).toEqual([...hits].sort());
    expect(doc.summary.filesScanned).toBe(4500);
    expect(r.status).toBe(1);
  });
});
