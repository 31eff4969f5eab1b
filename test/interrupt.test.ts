// SIGINT in the middle of a real apply over thousands of files: every file ends whole, old or new,
// and no temp file is left behind.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, git, tempProject, writeFiles } from "./support/project.js";

const COUNT = 3000;
const name = (i: number): string => `pkg${String(i % 30).padStart(2, "0")}/file${String(i).padStart(4, "0")}.py`;
// Each file is distinct so a torn or swapped write would show up as a mismatch.
const oldText = (i: number): string => `# file ${i}\nclient.create(model="deepseek-chat")  # ${"x".repeat(i % 200)}\n`;

describe("interrupting apply", () => {
  it("leaves every file exactly old or exactly new and no temp files", async () => {
    const dir = tempProject(null);
    writeFiles(dir, Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [name(i), oldText(i)])));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "many files");
    const newText = (i: number): string => oldText(i).replace("deepseek-chat", "deepseek-v4-flash");

    const child = spawn(process.execPath, [BIN, "apply"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Signal as soon as the first file has been rewritten, so the run is surely mid-way.
    const first = path.join(dir, name(0));
    const deadline = Date.now() + 120_000;
    while (readFileSync(first, "utf8") === oldText(0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGINT");
    const code = await exited;

    let changed = 0;
    for (let i = 0; i < COUNT; i++) {
      const now = readFileSync(path.join(dir, name(i)), "utf8");
      if (now === newText(i)) changed++;
      else expect(now, name(i)).toBe(oldText(i));
    }
    const leftovers = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tmp"));
    expect(leftovers).toEqual([]);
    expect(changed).toBeGreaterThan(0);
    // Interrupted mid-way: exit 130 and a note on stderr. (A machine fast enough to finish first exits 0.)
    if (changed < COUNT) {
      expect(code).toBe(130);
      expect(stderr).toMatch(/SIGINT received/);
    } else expect(code).toBe(0);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  }, 300_000);
});
