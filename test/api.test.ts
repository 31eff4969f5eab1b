// The library API (`import("deepseek-migrate")`), through the built package entry in a separate Node
// process, as a program using it would load it: its scan report against the CLI's own JSON, one text
// migrated, the catalog, and what importing it does to the process (nothing).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, git, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

const ENTRY = pathToFileURL(path.join(REPO_ROOT, "dist/index.js")).href;

/** Runs an ES module script (with `api` imported from the package entry) and parses what it prints as JSON. */
function withApi(body: string, options: { cwd?: string; preload?: string } = {}): unknown {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-api-"));
  const file = path.join(dir, "script.mjs");
  writeFileSync(file, `const api = await import(${JSON.stringify(ENTRY)});\n${body}\n`);
  const args = [...(options.preload ? ["--require", options.preload] : []), file];
  const r = spawnSync(process.execPath, args, { cwd: options.cwd ?? dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function cliJson(cwd: string, args: readonly string[]): unknown {
  const r = cli(cwd, ["check", "--format", "json", ...args]);
  expect(r.stderr).not.toMatch(/internal error/);
  return JSON.parse(r.stdout);
}

describe("scan", () => {
  it("returns the report `check --format json` prints, on the sample project", () => {
    const dir = tempProject("legacy-app");
    const report = withApi(`console.log(JSON.stringify(await api.scan({ cwd: ${JSON.stringify(dir)} })));`);
    const printed = cliJson(dir, []) as { summary: { rewrite: number; review: number } };
    expect(report).toStrictEqual(printed);
    expect(printed.summary.rewrite).toBe(12);
    expect(printed.summary.review).toBe(8);
  });

  it("keeps results in cacheLocation only when asked, and a second scan from them equals the first", () => {
    const dir = tempProject("legacy-app");
    const fresh = withApi(`console.log(JSON.stringify(await api.scan({ cwd: ${JSON.stringify(dir)} })));`);
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    const scanTwice = `const a = await api.scan({ cwd: ${JSON.stringify(dir)}, cacheLocation: ".dsm-cache" });
      const b = await api.scan({ cwd: ${JSON.stringify(dir)}, cacheLocation: ".dsm-cache" });
      console.log(JSON.stringify([a, b]));`;
    expect(withApi(scanTwice)).toStrictEqual([fresh, fresh]);
    expect(existsSync(path.join(dir, ".dsm-cache", "results.json"))).toBe(true);
  });

  it("reads the config file and the options as the CLI reads its flags", () => {
    const dir = tempProject("legacy-app", { git: false });
    writeFiles(dir, {
      "deepseek-migrate.config.json": JSON.stringify({ thinking: "off", exclude: ["docs/**"], map: { "deepseek-reasoner": "deepseek-v4-pro" } }),
    });
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "fixture");
    writeFiles(dir, { "src/new.py": 'MODEL = "deepseek-chat"\n' });
    const cases: readonly [string, readonly string[]][] = [
      ["{}", []],
      ['{ to: "pro", includeRecorded: true }', ["--to", "pro", "--include-recorded"]],
      ['{ changed: "HEAD" }', ["--changed", "HEAD"]],
      ['{ paths: ["src", "config"], gitScan: false }', ["--no-git-scan", "src", "config"]],
      ['{ paths: ["CHANGELOG.md", "src/chat.ts"] }', ["CHANGELOG.md", "src/chat.ts"]],
      ['{ config: false, map: { "deepseek-chat": "deepseek-v4-pro" } }', ["--no-config", "--map", "deepseek-chat=deepseek-v4-pro"]],
    ];
    const reports = withApi(
      `const out = [];
       for (const options of [${cases.map(([o]) => o).join(", ")}]) out.push(await api.scan({ cwd: ${JSON.stringify(dir)}, ...options }));
       console.log(JSON.stringify(out));`,
    ) as unknown[];
    cases.forEach(([options, flags], i) => expect(reports[i], options).toStrictEqual(cliJson(dir, flags)));
    // The config applied: docs/ left out, reasoner mapped to pro.
    const report = reports[0] as { findings: { file: string; legacy: string; replacement: string | null }[] };
    expect(report.findings.some((f) => f.file.startsWith("docs/"))).toBe(false);
    expect(report.findings.filter((f) => f.legacy === "deepseek-reasoner" && f.replacement !== null).map((f) => f.replacement)).toContain("deepseek-v4-pro");
    expect(report.findings.some((f) => f.file === "src/new.py")).toBe(true);
    // A named history file is left out, and the report says so.
    expect((reports[4] as { leftOut: unknown[] }).leftOut).toEqual([{ file: "CHANGELOG.md", reason: "history-file" }]);
  });

  it("rejects with the CLI's one-line message for a bad setting or a missing path", () => {
    const dir = tempProject(null);
    const out = withApi(`
      const errors = [];
      for (const options of [{ to: "nope" }, { paths: ["missing"] }, { thinking: "sometimes" }]) {
        try { await api.scan({ cwd: ${JSON.stringify(dir)}, ...options }); errors.push(null); } catch (e) { errors.push(e.message); }
      }
      console.log(JSON.stringify(errors));`);
    expect(out).toEqual(["invalid --to 'nope': expected one of v4, pro, latest", "path not found: missing", "invalid thinking 'sometimes': expected one of explicit, off"]);
  });
});

describe("migrateText", () => {
  it("gives one text's findings and its migrated form, reading and writing no file", () => {
    const out = withApi(`console.log(JSON.stringify(await api.migrateText("app/client.py", ${JSON.stringify(
      'import openai\nclient = openai.OpenAI()\nclient.chat.completions.create(model="deepseek-reasoner", messages=[])\n',
    )})));`);
    expect(out).toStrictEqual({
      text: 'import openai\nclient = openai.OpenAI()\nclient.chat.completions.create(model="deepseek-v4-flash", messages=[], extra_body={"thinking": {"type": "enabled"}})\n',
      changed: true,
      findings: [
        {
          file: "app/client.py",
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 56,
          legacy: "deepseek-reasoner",
          replacement: "deepseek-v4-flash",
          action: "rewrite",
          rule: "python",
          message: "retired model name deepseek-reasoner at a request site: use deepseek-v4-flash with thinking enabled",
          reason: "request-site",
          thinking: "enabled",
          thinkingState: "inserted",
          note: null,
        },
      ],
      advisories: [],
      skipped: null,
    });
  });

  it("keeps the text's byte order mark and any unpaired surrogate, and takes the target settings", () => {
    const out = withApi(`
      const a = await api.migrateText("config/app.yaml", "\\uFEFFmodel: deepseek-chat\\n", { to: "pro" });
      const b = await api.migrateText("notes.txt", "odd \\uD800 deepseek-reasoner\\n", { map: { "deepseek-reasoner": "deepseek-v4-pro" } });
      const c = await api.migrateText("README.md", "nothing to see\\n");
      console.log(JSON.stringify([a.text, b.text, b.findings.map((f) => f.replacement), c]));`);
    expect(out).toStrictEqual([
      "\uFEFFmodel: deepseek-v4-pro\n",
      "odd \uD800 deepseek-v4-pro\n",
      ["deepseek-v4-pro"],
      { text: "nothing to see\n", changed: false, findings: [], advisories: [], skipped: null },
    ]);
  });

  it("gives, for a file's content, the findings the report gives for that file and the text apply writes", () => {
    const dir = tempProject("legacy-app");
    const files = ["src/chat.ts", "app/agent.py", "config/litellm.yaml"];
    const before = files.map((rel) => readFileSync(path.join(dir, rel), "utf8"));
    const report = cliJson(dir, []) as { findings: { file: string }[] };
    const out = withApi(
      `const out = [];
       for (const [rel, text] of ${JSON.stringify(files.map((rel, i) => [rel, before[i]]))}) out.push(await api.migrateText(rel, text));
       console.log(JSON.stringify(out));`,
    ) as { text: string; findings: unknown[] }[];
    expect(cli(dir, ["apply", "--quiet"]).status).toBe(0);
    files.forEach((rel, i) => {
      expect(out[i]!.findings.length, rel).toBeGreaterThan(0);
      expect(out[i]!.findings, rel).toStrictEqual(report.findings.filter((f) => f.file === rel));
      expect(out[i]!.text, rel).toBe(readFileSync(path.join(dir, rel), "utf8"));
      expect(out[i]!.text, rel).not.toBe(before[i]);
    });
  });
});

describe("catalog and version", () => {
  it("are the retirement's facts and the package's version, frozen", () => {
    const out = withApi(`
      const c = api.catalog;
      let changed = "no";
      try { c.presets.v4["deepseek-chat"] = "x"; changed = "yes"; } catch { changed = "threw"; }
      console.log(JSON.stringify({ retiredAt: c.retiredAt, ids: c.legacy.map((e) => [e.id, e.thinking]), v4: c.presets.v4, changed, version: api.version }));`);
    expect(out).toStrictEqual({
      retiredAt: "2026-07-24T15:59:00Z",
      ids: [
        ["deepseek-chat", "disabled"],
        ["deepseek-reasoner", "enabled"],
      ],
      v4: { "deepseek-chat": "deepseek-v4-flash", "deepseek-reasoner": "deepseek-v4-flash" },
      changed: "threw",
      version: (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version,
    });
  });
});

describe("side effects", () => {
  // A preload that records every V8 flag set at run time, as the CLI's heap tuning sets one.
  const flagRecorder = (): { preload: string; log: string } => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-flags-"));
    const preload = path.join(dir, "flags.cjs");
    const log = path.join(dir, "flags.log");
    writeFileSync(
      preload,
      `const v8 = require("node:v8"); const set = v8.setFlagsFromString;
       v8.setFlagsFromString = (flags) => { require("node:fs").appendFileSync(${JSON.stringify(log)}, flags + "\\n"); return set(flags); };\n`,
    );
    writeFileSync(log, "");
    return { preload, log };
  };

  it("importing adds no process listener and prints nothing; scanning sets no V8 flag", () => {
    const dir = tempProject("legacy-app");
    const { preload, log } = flagRecorder();
    const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "uncaughtException", "unhandledRejection", "warning"];
    const dirJson = JSON.stringify(dir);
    const r = spawnSync(
      process.execPath,
      [
        "--require",
        preload,
        "--input-type=module",
        "-e",
        `const events = ${JSON.stringify(events)};
         const count = () => events.map((e) => process.listenerCount(e)).join(",");
         const before = count();
         const api = await import(${JSON.stringify(ENTRY)});
         const afterImport = count();
         const report = await api.scan({ cwd: ${dirJson} });
         const afterScan = count();
         console.log(JSON.stringify({ before, afterImport, afterScan, rewrite: report.summary.rewrite, exitCode: process.exitCode ?? null }));`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { before: string; afterImport: string; afterScan: string; rewrite: number; exitCode: number | null };
    expect(out.afterImport).toBe(out.before);
    // The scan checks TS/JS on its own thread: the main thread never loads the compiler, whose code
    // cache would be written at exit.
    expect(out.afterScan).toBe(out.before);
    expect([out.rewrite, out.exitCode]).toEqual([12, null]);
    expect(readFileSync(log, "utf8")).toBe("");
  });

  it("the CLI still bounds the heap's growth once a file needs checking", () => {
    const dir = tempProject("legacy-app");
    const { preload, log } = flagRecorder();
    const r = spawnSync(process.execPath, ["--require", preload, path.join(REPO_ROOT, "bin/deepseek-migrate.js"), "check", "--quiet"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(readFileSync(log, "utf8")).toBe("--heap-growing-percent=50\n");
  });

  it("the package resolves by its own name, with import and with require", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { createRequire } from "node:module";
         const esm = await import("deepseek-migrate");
         const cjs = createRequire(process.cwd() + "/x.cjs")("deepseek-migrate");
         console.log(JSON.stringify({ names: Object.keys(esm).sort(), same: esm.scan === cjs.scan && esm.catalog === cjs.catalog }));`,
      ],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toStrictEqual({ names: ["catalog", "migrateText", "scan", "version"], same: true });
  });
});
