#!/usr/bin/env node
// Builds the two CommonJS bundles bin/ runs (after tsc, by `npm run compile`):
//
//   dist/src/cli.cjs   src/cli/cli.ts + src/reporters/index.ts + the catalog's data (src/catalog.ts,
//                      src/retired.ts) + commander: all that `--help` and `--version` load.
//   dist/src/core.cjs  every other project module (options, config, run, scan, gitscan, engine, rules,
//                      reporters...), required by cli.cjs the first time a command needs one of them,
//                      and the library (src/api.ts).
//
// and around them the small files that start threads on the core (check-worker.cjs), probe on a
// thread (prefilter-worker.cjs: the probe alone) and give the library its entry (dist/index.js for
// import, dist/index.cjs for require). These are all the package ships of dist/, with the
// declarations of the library's types that tsc writes (see package.json "files").
//
// Why bundles: every module loaded before argv is parsed is paid by every start, and Node's ESM
// loader costs more per module (resolution, async reads, export facades that load node:fs streams)
// than one CommonJS file. As CommonJS, `--help` never starts the ESM loader, and a run loads two files
// instead of ~20. Splitting the front from the core keeps `--help` from reading and pre-parsing code
// it never runs. npm packages stay external (required from node_modules as before); commander is
// inlined so its load-time `require("node:child_process")` (used only for executable subcommands,
// which this CLI has none of) can be deferred. The ESM files tsc writes under dist/ stay for the
// tests and scripts that import them, but the package does not ship them: nothing it runs loads them.
// No source maps: they would point at sources the package does not ship.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "dist/src");
// The catalog is data the help text names; the core keeps its own copy of it.
const FRONT = new Set(["src/cli/cli.ts", "src/reporters/index.ts", "src/catalog.ts", "src/retired.ts"].map((f) => path.join(ROOT, f)));
const LAZY_CHILD_PROCESS = path.join(ROOT, "scripts/lazy-child-process.cjs");
const CORE = "./core.cjs";

/** Where tsc writes the JS for a project source file, relative to the bundles' folder. */
const emittedFromOut = (source) =>
  path.relative(OUT_DIR, path.join(ROOT, "dist", path.relative(ROOT, source))).replace(/\.ts$/, ".js").split(path.sep).join("/");

const isProjectSource = (file) => !path.relative(ROOT, file).startsWith("..") && !file.includes(`${path.sep}node_modules${path.sep}`) && file.endsWith(".ts");

// Each module keeps the import.meta.url its ESM twin under dist/ has, so relative URLs (the prefilter
// worker) and createRequire() resolve exactly as in the tsc output.
const BANNER = `"use strict";
const __moduleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;`;

/** Loads project TypeScript with its own import.meta.url spelled out for the bundle. */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!isProjectSource(args.path)) return undefined;
      const text = await readFile(args.path, "utf8");
      return { contents: text.replaceAll("import.meta.url", `__moduleUrl(${JSON.stringify(emittedFromOut(args.path))})`), loader: "ts" };
    });
  },
};

/** commander's own require of child_process gets the deferring shim; nothing else does. */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`) ? { path: LAZY_CHILD_PROCESS } : undefined,
    );
  },
};

/**
 * `await import("node:x")` of a builtin becomes a require() inside the bundle: esbuild keeps import()
 * of external modules as is, and a real import() would start the ESM loader these bundles avoid.
 */
const builtinDynamicImports = {
  name: "builtin-dynamic-imports",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, namespace: "builtin-view" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "builtin-view" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
  },
};

/** In the front bundle, a project module outside FRONT becomes a view of the core bundle's copy. */
function coreModules(used) {
  return {
    name: "core-modules",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.namespace === "core-view") return { path: args.path, external: true };
        if (!isProjectSource(args.importer)) return undefined;
        const source = path.resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        if (FRONT.has(source)) return { path: source };
        used.add(source);
        // Named relative to the project, so the bundle reads the same wherever it was built.
        return { path: path.relative(ROOT, source).split(path.sep).join("/"), namespace: "core-view" };
      });
      b.onLoad({ filter: /.*/, namespace: "core-view" }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(CORE)}).modules[${JSON.stringify(args.path)}];`,
        loader: "js",
        resolveDir: OUT_DIR,
      }));
    },
  };
}

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  banner: { js: BANNER },
  // Inlined packages are named by their path under node_modules/ as the project sees it (not where
  // a linked node_modules really is), so the bundles read the same on every machine.
  preserveSymlinks: true,
};

const used = new Set();
await build({
  ...common,
  entryPoints: [path.join(ROOT, "src/cli/cli.ts")],
  outfile: path.join(OUT_DIR, "cli.cjs"),
  // commander is inlined (see above); other packages are never imported by the front.
  plugins: [coreModules(used), lazyChildProcess, builtinDynamicImports, ownImportMetaUrl],
});

// The core's entry exposes each module the front asked for under its source path, through getters:
// a module's top-level code (and the npm packages it requires) runs only when the front first asks
// for it or for a module importing it, as with the ESM files' dynamic imports.
// The TS/JS worker thread (src/check/ts-thread.ts) runs the core bundle's copy of src/check/ts-thread-worker.ts too:
// starting a thread on the ESM files cost ~0.3 s of Node's ESM loader on the thread before it
// could load the compiler (--cpu-prof), on the critical path of every scan with TS/JS candidates.
used.add(path.join(ROOT, "src/check/ts-thread-worker.ts"));
// The library's entry, required through dist/index.js and dist/index.cjs below.
const API = path.join(ROOT, "src/api.ts");
used.add(API);
const coreEntry = `module.exports.modules = {\n${[...used]
  .sort()
  .map((file) => `  get ${JSON.stringify(path.relative(ROOT, file))}() { return require(${JSON.stringify(file)}); },`)
  .join("\n")}\n};\n`;
await build({
  ...common,
  stdin: { contents: coreEntry, resolveDir: ROOT, sourcefile: "core-entry.js", loader: "js" },
  outfile: path.join(OUT_DIR, "core.cjs"),
  packages: "external",
  plugins: [builtinDynamicImports, ownImportMetaUrl],
});

// The worker's entry: runs check-worker's top-level code (it listens on parentPort) from the core bundle.
await writeFile(path.join(OUT_DIR, "check-worker.cjs"), `"use strict";\nrequire("./core.cjs").modules["src/check/ts-thread-worker.ts"];\n`);

// The pre-filter's threads load the probe alone (a few kB), not the core: each starts in a few ms.
await build({
  ...common,
  entryPoints: [path.join(ROOT, "src/discover/prefilter-worker.ts")],
  outfile: path.join(OUT_DIR, "prefilter-worker.cjs"),
  packages: "external",
  plugins: [builtinDynamicImports, ownImportMetaUrl],
});

// The library's entries. Both hand out the core bundle's one copy of src/api.ts, so a program that
// both imports and requires the package gets the same functions. The ESM entry names each export,
// read from the module itself, so that `import { scan } from "deepseek-migrate"` links statically.
const apiKey = path.relative(ROOT, API).split(path.sep).join("/");
const names = Object.keys(createRequire(import.meta.url)(path.join(OUT_DIR, "core.cjs")).modules[apiKey]).sort();
const HEADER = "// Generated by scripts/build-cli.mjs: the library entry (src/api.ts, inside the core bundle).";
await writeFile(
  path.join(ROOT, "dist/index.js"),
  `${HEADER}\nimport { createRequire } from "node:module";\n\nconst api = createRequire(import.meta.url)("./src/core.cjs").modules[${JSON.stringify(apiKey)}];\n${names
    .map((n) => `export const ${n} = api.${n};`)
    .join("\n")}\n`,
);
await writeFile(path.join(ROOT, "dist/index.cjs"), `${HEADER}\n"use strict";\nmodule.exports = require("./src/core.cjs").modules[${JSON.stringify(apiKey)}];\n`);
