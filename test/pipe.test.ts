// A reader that stops early (`deepseek-migrate diff | head`) closes the pipe while the tool still
// writes. That must end quietly: no EPIPE stack trace, the run's own exit code.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, tempProject, writeFiles } from "./support/project.js";

/** Runs the CLI with stdout piped into `head -c 10`; returns the CLI's exit status and its stderr. */
function intoHead(cwd: string, args: readonly string[]): { status: number; stderr: string } {
  const errFile = path.join(cwd, ".stderr.txt");
  const quoted = args.map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" ${quoted} 2>"${errFile}" | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], { cwd, encoding: "utf8" });
  return { status: r.status ?? -1, stderr: readFileSync(errFile, "utf8") };
}

describe("output into a pipe that closes early", () => {
  it("ends quietly with the run's exit code when the diff is far larger than the pipe", () => {
    const dir = tempProject(null);
    const files: Record<string, string> = {};
    // ~300 KB of diff: more than a pipe holds, so the writes after `head` exits must fail.
    for (let i = 0; i < 300; i++) files[`svc/s${i}.py`] = `${"# filler line for context\n".repeat(20)}MODEL = "deepseek-chat"\n${"# more filler\n".repeat(20)}`;
    writeFiles(dir, files);
    // diff exits 0 once the diff is printed; check exits 1 while legacy names remain.
    for (const [args, status] of [[["diff", "."], 0], [["check", ".", "--format", "json"], 1]] as const) {
      const r = intoHead(dir, args);
      expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(r.status, args.join(" ")).toBe(status);
    }
  });

  it("--help into head exits 0 without a stack trace", () => {
    const dir = tempProject(null, { git: false });
    for (let i = 0; i < 5; i++) {
      const r = intoHead(dir, ["--help"]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
  });
});
