// Adding a retired name is one entry in src/retired.ts: the library and the CLI, built from the real
// sources with that table swapped for one holding a third name (test/support/retired-plus.ts), find
// it, rewrite it to its own target and set the thinking mode it implied. The swap happens where
// modules are linked (an esbuild plugin resolving `./retired.js`), so no module's code is patched:
// every other module is the project's own. Threads (the TS/JS checker, the pre-filter of trees of
// 4000 files or more) start the shipped bundles, so the files here are not TS/JS and the tree is small.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { git, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

const SRC = path.join(REPO_ROOT, "src");
const TABLE = path.join(REPO_ROOT, "test/support/retired-plus.ts");

/** Links test/support/retired-plus.ts wherever a project module imports src/retired.ts. */
const withThirdName: Plugin = {
  name: "with-third-name",
  setup(b) {
    b.onResolve({ filter: /\/retired\.js$/ }, (args) =>
      args.importer !== TABLE && path.resolve(path.dirname(args.importer), args.path) === path.join(SRC, "retired.js") ? { path: TABLE } : undefined,
    );
  },
};

/** Gives each project module the import.meta.url of its compiled twin under dist/, so relative URLs resolve as there. */
const ownImportMetaUrl: Plugin = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const rel = path.relative(REPO_ROOT, args.path);
      if (rel.startsWith("..") || rel.includes("node_modules")) return undefined;
      const twin = pathToFileURL(path.join(REPO_ROOT, "dist", rel.replace(/\.ts$/, ".js"))).href;
      return { contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(twin)), loader: "ts" };
    });
  },
};

let dir = "";
let shippedEntry = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "dsm-catalog-"));
  // The bundle's npm imports resolve from next to it, as from the project.
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  for (const [name, source] of [["api", "api.ts"], ["cli", "cli/cli.ts"]]) {
    await build({
      entryPoints: [path.join(SRC, source)],
      outfile: path.join(dir, `${name}.mjs`),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      logLevel: "error",
      plugins: [withThirdName, ownImportMetaUrl],
    });
  }
  writeFileSync(path.join(dir, "bin.mjs"), `import { run } from "./cli.mjs";\nawait run();\n`);
  shippedEntry = pathToFileURL(path.join(REPO_ROOT, "dist/index.js")).href;
}, 60_000);

interface Migration {
  readonly text: string;
  readonly findings: readonly { legacy: string; replacement: string | null; action: string; reason: string; thinkingState: string; message: string; note: string | null }[];
}

/** Runs `migrateText` of the given library entry on each [path, text] in a fresh Node process. */
function migrate(entry: string, files: readonly (readonly [string, string])[]): Migration[] {
  const script = path.join(dir, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `const api = await import(${JSON.stringify(entry)});\nconst out = [];\nfor (const [p, t] of ${JSON.stringify(files)}) out.push(await api.migrateText(p, t));\nconsole.log(JSON.stringify(out));\n`,
  );
  const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Migration[];
}

const FILES = [
  ["body.json", `{"model": "deepseek-coder", "messages": []}\n`],
  ["app.py", `from openai import OpenAI\n\nclient = OpenAI()\nr = client.chat.completions.create(model="deepseek-coder", messages=[])\n`],
  [".env", `MODEL=deepseek-coder\n`],
  ["models.yaml", `models:\n  - deepseek-chat\n  - deepseek-coder\n`],
] as const;

describe("a third retired name added to the catalog", () => {
  it("is migrated: its target, the thinking mode it implied, and collections that hold it with another name", () => {
    const [json, py, env, yaml] = migrate(pathToFileURL(path.join(dir, "api.mjs")).href, FILES);
    expect(json!.text).toBe(`{"model": "deepseek-v4-pro", "messages": [], "thinking": {"type": "disabled"}}\n`);
    expect(json!.findings.map((f) => [f.legacy, f.action, f.reason, f.thinkingState, f.message])).toEqual([
      ["deepseek-coder", "rewrite", "request-site", "inserted", "retired model name deepseek-coder at a request site: use deepseek-v4-pro with thinking disabled"],
    ]);

    expect(py!.text).toBe(
      `from openai import OpenAI\n\nclient = OpenAI()\nr = client.chat.completions.create(model="deepseek-v4-pro", messages=[], extra_body={"thinking": {"type": "disabled"}})\n`,
    );

    expect(env!.text).toBe(`MODEL=deepseek-v4-pro\n`);
    expect(env!.findings.map((f) => [f.reason, f.thinkingState])).toEqual([["config-value", "note"]]);
    expect(env!.findings[0]!.note).toMatch(/^deepseek-coder meant thinking disabled; V4 enables thinking by default/);

    expect(yaml!.text).toBe(`models:\n  - deepseek-chat\n  - deepseek-coder\n`);
    expect(yaml!.findings.map((f) => [f.legacy, f.action, f.reason])).toEqual([
      ["deepseek-chat", "review", "collection-both"],
      ["deepseek-coder", "review", "collection-both"],
    ]);
  });

  it("is unknown to the shipped library, so the change above is the catalog entry's doing", () => {
    const results = migrate(shippedEntry, FILES.slice(0, 3));
    expect(results.map((r, i) => [r.text === FILES[i]![1], r.findings.length])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
  });

  // Both ways of finding candidate files: git grep in a work tree, the byte probe with --no-git-scan.
  it.each([[[]], [["--no-git-scan"]]])("is rewritten on disk by `apply` of the CLI built with it (%j)", (extra: string[]) => {
    const project = tempProject(null);
    writeFiles(project, {
      "request.json": `{\n  "model": "deepseek-coder",\n  "messages": []\n}\n`,
      ".env": `CHAT_MODEL=deepseek-chat\nCODE_MODEL=deepseek-coder\nFALLBACK_MODEL=\${CODE_MODEL:-deepseek-coder}\n`,
    });
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "files");
    const r = spawnSync(process.execPath, [path.join(dir, "bin.mjs"), "apply", "--to", "v4", ...extra], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(readFileSync(path.join(project, "request.json"), "utf8")).toBe(`{\n  "model": "deepseek-v4-pro",\n  "messages": [],\n  "thinking": {"type": "disabled"}\n}\n`);
    // A parameter expansion's default is found by the catalog's names too.
    expect(readFileSync(path.join(project, ".env"), "utf8")).toBe(`CHAT_MODEL=deepseek-v4-flash\nCODE_MODEL=deepseek-v4-pro\nFALLBACK_MODEL=\${CODE_MODEL:-deepseek-v4-pro}\n`);
    expect(r.stdout).toContain("4 legacy references in 2 files: 4 rewritten, 0 to review");
  });
});
