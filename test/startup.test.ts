// What `--help` and `--version` load: every module there is paid by every start of the CLI, so a static
// import added to src/cli/cli.ts (or a lost bundle) would quietly bring the start-up cost back. Checked
// through the real binary by listing the modules the process loaded, not by timing it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, parseReport, REPO_ROOT } from "./support/project.js";

interface Loaded {
  /** Node's own modules, as `process.moduleLoadList` names them ("NativeModule child_process"). */
  readonly builtins: readonly string[];
  /** Files loaded through require(), relative to the repository. */
  readonly files: readonly string[];
}

const NODE_MODULES = realpathSync(path.join(REPO_ROOT, "node_modules"));
/** A file of an installed package (require.cache holds real paths: node_modules may be a link to a shared install). */
const isDependency = (rel: string): boolean => rel.startsWith("node_modules/") || !path.relative(NODE_MODULES, path.resolve(REPO_ROOT, rel)).startsWith("..");

/** Runs the real binary with a preload that records, at exit, what the process loaded. */
function loadedBy(args: readonly string[]): { readonly status: number | null; readonly stdout: string; readonly loaded: Loaded } {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-startup-"));
  const hook = path.join(dir, "hook.cjs");
  const out = path.join(dir, "loaded.json");
  writeFileSync(
    hook,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));\n`,
  );
  // An empty folder to run in, apart from the hook, so a scan finds nothing.
  const cwd = mkdtempSync(path.join(tmpdir(), "dsm-startup-cwd-"));
  const r = spawnSync(process.execPath, ["--require", hook, BIN, ...args], { cwd, encoding: "utf8" });
  const raw = JSON.parse(readFileSync(out, "utf8")) as { builtins: string[]; files: string[] };
  const files = raw.files.filter((f) => f !== hook).map((f) => path.relative(REPO_ROOT, f).split(path.sep).join("/"));
  return { status: r.status, stdout: r.stdout, loaded: { builtins: raw.builtins, files } };
}

describe("start-up", () => {
  for (const args of [["--help"], ["--version"], ["check", "--help"]]) {
    it(`${args.join(" ")} loads the front bundle and package.json only: no core, ESM loader, child_process or crypto`, () => {
      const { status, stdout, loaded } = loadedBy(args);
      expect(status).toBe(0);
      expect(stdout.length).toBeGreaterThan(0);
      expect(loaded.files).toEqual(["bin/deepseek-migrate.js", "dist/src/cli.cjs", "package.json"]);
      const heavy = loaded.builtins.filter((m) =>
        /^NativeModule (child_process|crypto|worker_threads|fs\/promises|internal\/modules\/esm\/(module_job|translators))$/.test(m),
      );
      expect(heavy).toEqual([]);
    });
  }

  it("a no-candidate check runs from the two bundles without starting the ESM loader", () => {
    const { status, stdout, loaded } = loadedBy(["check", ".", "--format", "json"]);
    expect(status).toBe(0);
    expect(parseReport(stdout).summary.filesScanned).toBe(0);
    const own = loaded.files.filter((f) => !isDependency(f));
    expect(own).toEqual(["bin/deepseek-migrate.js", "dist/src/cli.cjs", "package.json", "dist/src/core.cjs"]);
    // No ESM loader; node:crypto only once something is hashed (a candidate) or written.
    expect(loaded.builtins.filter((m) => /^NativeModule (crypto|internal\/modules\/esm\/(module_job|translators))$/.test(m))).toEqual([]);
  });
});
