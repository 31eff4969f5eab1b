// The progress line: drawn only on an interactive stderr, outside CI, for human formats and big scans.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createProgress, progressAllowed } from "../src/cli/progress.js";
import { BIN, cli, tempProject, writeFiles } from "./support/project.js";
import { missingCommand, needs } from "./support/requires.js";

function recorder(isTTY: boolean): { isTTY: boolean; chunks: string[]; write(s: string): void } {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => void chunks.push(s) };
}

describe("progress rules", () => {
  it.each([
    ["a terminal, no CI, pretty", true, {}, "pretty", true],
    ["markdown and diff are for people too", true, {}, "markdown", true],
    ["stderr piped", false, {}, "pretty", false],
    ["CI=true", true, { CI: "true" }, "pretty", false],
    ["CI=1", true, { CI: "1" }, "diff", false],
    ["CI empty counts as unset", true, { CI: "" }, "pretty", true],
    ["CI=false counts as unset", true, { CI: "false" }, "pretty", true],
    ["json", true, {}, "json", false],
    ["sarif", true, {}, "sarif", false],
    ["github", true, {}, "github", false],
  ])("%s", (_name, isTTY, env, format, expected) => {
    expect(progressAllowed({ stream: { isTTY, write: () => true }, env, format })).toBe(expected);
  });

  it("stays silent with --quiet and for small scans", () => {
    expect(progressAllowed({ stream: { isTTY: true, write: () => true }, env: {}, format: "pretty", quiet: true })).toBe(false);
    const s = recorder(true);
    const p = createProgress({ stream: s, env: {}, format: "pretty" });
    for (let i = 1; i <= 200; i++) p.update(i, 200, 0);
    p.finish();
    expect(s.chunks).toEqual([]);
  });

  it("redraws in place at most once per interval and clears the line at the end", () => {
    const s = recorder(true);
    let now = 0;
    const p = createProgress({ stream: s, env: {}, format: "pretty", now: () => now });
    for (let i = 1; i <= 1000; i++) {
      now = i; // one file per millisecond: 1 s in total
      p.update(i, 1000, Math.floor(i / 100));
    }
    p.finish();
    p.finish(); // a second finish writes nothing more
    const draws = s.chunks.slice(0, -1);
    expect(draws.length).toBeLessThanOrEqual(11);
    expect(draws.length).toBeGreaterThanOrEqual(9);
    expect(draws[0]).toBe("\r\x1b[2Kscanning 1/1000 files, 0 findings");
    expect(draws[1]).toBe("\r\x1b[2Kscanning 101/1000 files, 1 finding");
    expect(s.chunks.at(-1)).toBe("\r\x1b[2K");
  });
});

describe("progress while the walk is still counting", () => {
  it("shows the files done alone until the total is known, then done/total", () => {
    const s = recorder(true);
    let now = 0;
    const p = createProgress({ stream: s, env: {}, format: "pretty", now: () => now, minFiles: 200 });
    p.update(150, null, 0); // below the threshold, total unknown: nothing yet
    now = 1000;
    p.update(5000, null, 2);
    now = 2000;
    p.update(9000, 12000, 3);
    p.finish();
    expect(s.chunks).toEqual(["\r\x1b[2Kscanning 5000 files, 2 findings", "\r\x1b[2Kscanning 9000/12000 files, 3 findings", "\r\x1b[2K"]);
  });
});

describe("progress through a real pseudo-terminal", () => {
  // util-linux `script` gives the CLI a terminal for stdout and stderr.
  const noScript = missingCommand("script");
  // 300 files, a few with legacy names: enough to cross the 200-file threshold.
  const dir = tempProject(null, { git: false });
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) files[`pkg${i % 10}/f${i}.go`] = i % 50 === 0 ? `package p\n\nconst m = "deepseek-chat"\n` : `package p\n\nconst n = ${i}\n`;
  writeFiles(dir, files);

  /** Runs the CLI under `script`, so stdout and stderr are a terminal; returns everything the terminal saw. */
  function underPty(args: string, env: Record<string, string> = {}): string {
    const r = spawnSync("script", ["-qec", `${process.execPath} ${BIN} ${args}`, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", CI: "", GITHUB_ACTIONS: "", ...env },
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    return r.stdout;
  }

  needs(noScript)("appears on a terminal and is cleared before the summary", () => {
    const out = underPty("check");
    expect(out).toMatch(/\r\x1b\[2Kscanning \d+\/300 files, \d+ findings?/);
    // The last progress draw is erased: a clear sequence follows it before the report.
    const lastDraw = out.lastIndexOf("scanning ");
    expect(out.indexOf("\r\x1b[2K", lastDraw)).toBeGreaterThan(lastDraw);
    expect(out).toMatch(/6 legacy references in 6 files/);
  });

  needs(noScript)("does not appear when stderr is piped, under CI=true, or with --format json", () => {
    const piped = cli(dir, ["check"]);
    expect(piped.stderr).not.toContain("scanning");
    expect(piped.stdout).not.toContain("scanning");
    expect(underPty("check", { CI: "true" })).not.toContain("scanning");
    expect(underPty("check --format json")).not.toContain("scanning");
    expect(underPty("check --quiet")).not.toContain("scanning");
  });
});
