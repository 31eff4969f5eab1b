// SIGINT in the middle of a real apply: every file ends whole, old or new, the report names exactly
// the files that were written, no temp file is left behind, and the exit code is 130. The CLI's test
// pause (DEEPSEEK_MIGRATE_TEST_PAUSE_AFTER) holds the run after a known number of files and says so
// on stderr, so the signal always lands mid-run, however fast the machine is.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, git, parseReport, tempProject, writeFiles } from "./support/project.js";

const COUNT = 400;
const PAUSE_AFTER = 50;
const name = (i: number): string => `pkg${String(i % 20).padStart(2, "0")}/file${String(i).padStart(4, "0")}.py`;
// Each file is distinct so a torn or swapped write would show up as a mismatch.
const oldText = (i: number): string => `# file ${i}\nclient.create(model="deepseek-chat")  # ${"x".repeat(i % 200)}\n`;
const newText = (i: number): string => `# file ${i}\nclient.create(model="deepseek-v4-flash")  # ${"x".repeat(i % 200)}\n`;

describe("interrupting apply", () => {
  it("leaves every file exactly old or exactly new, reports what it wrote, exits 130", async () => {
    const dir = tempProject(null);
    writeFiles(dir, Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [name(i), oldText(i)])));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "many files");

    const child = spawn(process.execPath, [BIN, "apply", "--format", "json"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", DEEPSEEK_MIGRATE_TEST_PAUSE_AFTER: String(PAUSE_AFTER) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    // The pause line on stderr, or the end of the run if it never comes (then the test fails below).
    const paused = await new Promise<boolean>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes(`test pause after ${PAUSE_AFTER} files`)) resolve(true);
      });
      child.on("close", () => resolve(false));
    });
    expect(paused, stderr).toBe(true);
    child.kill("SIGINT");
    const code = await exited;

    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/SIGINT received, finishing the file in progress/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    const changed: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const now = readFileSync(path.join(dir, name(i)), "utf8");
      if (now === newText(i)) changed.push(name(i));
      else expect(now, name(i)).toBe(oldText(i));
    }
    // Interrupted mid-run: the files reported before the pause were written, and far from all of them.
    expect(changed.length).toBeGreaterThanOrEqual(PAUSE_AFTER);
    expect(changed.length).toBeLessThan(COUNT);
    const leftovers = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tmp"));
    expect(leftovers).toEqual([]);
    // The report (still one whole JSON document) lists exactly the files written.
    const doc = parseReport(stdout);
    expect([...new Set(doc.findings.map((f) => f.file))].sort()).toEqual(changed.sort());
    expect(doc.summary.filesChanged).toBe(changed.length);
  });
});
