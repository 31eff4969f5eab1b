// `npm pack`, then the tarball installed as a stranger would, without dev dependencies, into a
// project outside this repository: the CLI runs from it (help, check, apply, the worker threads)
// and a script there imports the library, with types a TypeScript program accepts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { must, REPO_ROOT, run, sampleRepo, tempDir } from "./support.js";

interface PackEntry {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

let tarball = "";
let packed: readonly string[] = [];
/** A project outside this repository with the tarball installed (--omit=dev). */
let consumer = "";
let bin = "";

beforeAll(() => {
  const out = tempDir("pack");
  const [entry] = JSON.parse(must("npm", ["pack", "--json", "--pack-destination", out], { cwd: REPO_ROOT })) as PackEntry[];
  tarball = path.join(out, entry!.filename);
  packed = entry!.files.map((f) => f.path).sort();
  consumer = tempDir("consumer");
  writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
  must("npm", ["install", "--omit=dev", "--no-package-lock", tarball], { cwd: consumer });
  bin = path.join(consumer, "node_modules/.bin/deepseek-migrate");
});

describe("the packed package", () => {
  it("holds the bin, the bundles it loads, the library's entry and types, the docs, README and LICENSE: nothing else", () => {
    // The README links the docs/ pages, so they ship too.
    const docs = readdirSync(path.join(REPO_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
    expect(packed.filter((f) => f.startsWith("docs/"))).toEqual(docs.sort());
    expect(packed.filter((f) => !f.startsWith("docs/"))).toEqual([
      "LICENSE",
      "README.md",
      "bin/deepseek-migrate.js",
      "bin/package.json",
      "dist/index.cjs",
      "dist/index.js",
      "dist/src/api.d.ts",
      "dist/src/catalog.d.ts",
      "dist/src/check-worker.cjs",
      "dist/src/cli.cjs",
      "dist/src/core.cjs",
      "dist/src/prefilter-worker.cjs",
      "dist/src/report.d.ts",
      "dist/src/retired.d.ts",
      "dist/src/types.d.ts",
      "package.json",
      "schema/report.schema.json",
    ]);
  });

  it("names its licence, repository, homepage, issue tracker and keywords", () => {
    const root = path.join(consumer, "node_modules/deepseek-migrate");
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg["license"]).toBe("MIT");
    expect(pkg["repository"]).toEqual({ type: "git", url: "git+https://github.com/deepseek-migrate/deepseek-migrate.git" });
    expect(pkg["homepage"]).toBe("https://github.com/deepseek-migrate/deepseek-migrate#readme");
    expect(pkg["bugs"]).toEqual({ url: "https://github.com/deepseek-migrate/deepseek-migrate/issues" });
    expect(pkg["keywords"]).toContain("deepseek");
    const license = readFileSync(path.join(root, "LICENSE"), "utf8");
    expect(license.split("\n")[0]).toBe("MIT License");
    expect(license).toContain("Copyright (c) 2026 deepseek-migrate contributors");
  });

  it("no shipped file points at a source map or names the machine that built it", () => {
    const root = path.join(consumer, "node_modules/deepseek-migrate");
    for (const file of packed.filter((f) => /\.(c?js|d\.ts)$/.test(f))) {
      const text = readFileSync(path.join(root, file), "utf8");
      expect(text, file).not.toMatch(/sourceMappingURL/);
      expect(text, file).not.toContain(REPO_ROOT);
    }
  });

  it("installs without dev dependencies", () => {
    const modules = path.join(consumer, "node_modules");
    for (const dep of ["commander", "ts-morph", "web-tree-sitter"]) expect(existsSync(path.join(modules, dep)), dep).toBe(true);
    for (const dev of ["typescript", "vitest", "esbuild", "ajv"]) expect(existsSync(path.join(modules, dev)), dev).toBe(false);
  });
});

describe("the installed CLI", () => {
  it("prints its help", () => {
    const r = run(bin, ["--help"], { cwd: consumer });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: deepseek-migrate /);
  });

  it("checks, then applies, the sample project", () => {
    const repo = sampleRepo();
    const check = run(bin, ["check", "--format", "json"], { cwd: repo });
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { summary: { rewrite: number; review: number; filesScanned: number } };
    expect(report.summary).toMatchObject({ rewrite: 12, review: 8, filesScanned: 14 });

    const apply = run(bin, ["apply"], { cwd: repo });
    expect(apply.status).toBe(0);
    expect(readFileSync(path.join(repo, "config/settings.toml"), "utf8")).toContain('"deepseek-v4-flash"');
    // What is left is the review items: nothing more to rewrite.
    expect(run(bin, ["check", "--fail-on", "rewrite", "--quiet"], { cwd: repo }).status).toBe(0);
    expect(run(bin, ["check", "--quiet"], { cwd: repo }).status).toBe(1);
  });

  it("starts its worker threads from the shipped bundles", () => {
    // Over 4,000 files outside git make the walker probe on worker threads; with two check threads to
    // spare (asked for here: a 2-core machine checks on the main thread) the candidate goes to the
    // check pool. A preload records the file each thread starts from.
    const tree = tempDir("many");
    for (let i = 0; i < 4100; i++) writeFileSync(path.join(tree, `f${i}.txt`), `plain file ${i}\n`);
    writeFileSync(path.join(tree, "client.ts"), 'export const model = "deepseek-chat";\n');
    const log = path.join(tempDir("threads"), "threads.log");
    const hook = path.join(path.dirname(log), "hook.cjs");
    writeFileSync(
      hook,
      `const wt = require("node:worker_threads"); const W = wt.Worker;
       wt.Worker = class extends W { constructor(file, opts) { require("node:fs").appendFileSync(${JSON.stringify(log)}, String(file) + "\\n"); super(file, opts); } };\n`,
    );
    writeFileSync(log, "");
    const r = run(process.execPath, ["--require", hook, path.join(consumer, "node_modules/deepseek-migrate/bin/deepseek-migrate.js"), "check", "--no-git-scan", "--format", "json"], {
      cwd: tree,
      env: { DEEPSEEK_MIGRATE_CHECK_THREADS: "2" },
    });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { filesScanned: number; rewrite: number } }).summary).toMatchObject({ filesScanned: 4101, rewrite: 1 });
    const started = new Set(readFileSync(log, "utf8").trim().split("\n").map((u) => path.basename(u)));
    expect([...started].sort()).toEqual(["check-worker.cjs", "prefilter-worker.cjs"]);
  });
});

describe("the installed library", () => {
  it("imports and requires from a script outside the project, and scan matches the CLI's JSON", () => {
    const repo = sampleRepo();
    writeFileSync(
      path.join(consumer, "use.mjs"),
      `import { scan, migrateText, catalog, version } from "deepseek-migrate";
       import { createRequire } from "node:module";
       const cjs = createRequire(import.meta.url)("deepseek-migrate");
       const report = await scan({ cwd: ${JSON.stringify(repo)} });
       const one = await migrateText("settings.toml", 'model = "deepseek-chat"\\n');
       console.log(JSON.stringify({ report, text: one.text, ids: catalog.legacy.map((e) => e.id), version, same: cjs.scan === scan }));`,
    );
    const out = JSON.parse(must(process.execPath, ["use.mjs"], { cwd: consumer })) as { report: unknown; text: string; ids: string[]; version: string; same: boolean };
    const printed = JSON.parse(run(bin, ["check", "--format", "json"], { cwd: repo }).stdout) as unknown;
    expect(out.report).toStrictEqual(printed);
    expect(out.text).toBe('model = "deepseek-v4-flash"\n');
    expect(out.ids).toEqual(["deepseek-chat", "deepseek-reasoner"]);
    expect(out.version).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version);
    expect(out.same).toBe(true);
  });

  it("has declarations a strict TypeScript program type-checks against", () => {
    writeFileSync(
      path.join(consumer, "use.ts"),
      `import { scan, migrateText, catalog, type Report, type ReportFinding, type TextMigration } from "deepseek-migrate";
       export async function main(): Promise<number> {
         const report: Report = await scan({ cwd: ".", to: "pro", paths: ["src"], changed: "HEAD" });
         const first: ReportFinding | undefined = report.findings[0];
         const one: TextMigration = await migrateText("a.py", "x", { thinking: "off" });
         const when: string = catalog.retiredAt;
         // @ts-expect-error: not a preset
         await scan({ to: "v5" });
         // @ts-expect-error: findings are read-only
         report.findings.push(first!);
         return report.summary.rewrite + one.findings.length + when.length;
       }\n`,
    );
    writeFileSync(
      path.join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022"], types: [] },
        files: ["use.ts"],
      }),
    );
    const r = run(process.execPath, [path.join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: consumer });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
