#!/usr/bin/env node
// Builds dist/src/cli.cjs, the start-up bundle bin/ loads (run after tsc, by `npm run build`).
//
// Why a bundle: `--help`, `--version` and every run pay for whatever loads before argv is parsed.
// As CommonJS, the front end starts without Node's ESM loader, and with commander inlined its
// load-time `require("node:child_process")` (used only for git-style executable subcommands, which
// this CLI does not have) can be deferred. Only src/cli.ts and src/reporters/index.ts (the format
// table) are inlined; every other project module stays the ESM file tsc wrote next to the bundle and
// is imported on first use, so classes such as UsageError keep a single identity.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist/src/cli.cjs");
const INLINED = new Set([path.join(ROOT, "src/cli.ts"), path.join(ROOT, "src/reporters/index.ts")]);
const LAZY_CHILD_PROCESS = path.join(ROOT, "scripts/lazy-child-process.cjs");

/** Project modules outside INLINED resolve to the compiled ESM file, addressed from the bundle's folder. */
const projectModules = {
  name: "project-modules",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(path.join(ROOT, "src"))) return undefined;
      const source = path.resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
      if (INLINED.has(source)) return { path: source };
      const emitted = path.join(ROOT, "dist", path.relative(ROOT, source)).replace(/\.ts$/, ".js");
      const compiled = path.relative(path.dirname(OUT), emitted).split(path.sep).join("/");
      return { path: compiled.startsWith(".") ? compiled : `./${compiled}`, external: true };
    });
    // Only commander's own require of child_process is swapped; the project's modules are external.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`) ? { path: LAZY_CHILD_PROCESS } : undefined,
    );
  },
};

await build({
  entryPoints: [path.join(ROOT, "src/cli.ts")],
  outfile: OUT,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [projectModules],
  // The ESM source finds package.json through import.meta.url; the bundle sits in the same folder.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: `"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
});
