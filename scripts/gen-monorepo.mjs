#!/usr/bin/env node
// Generates a deterministic synthetic monorepo for the benchmark: the same seed and options always
// give the same tree, byte for byte, so timings from different runs and machines are comparable.
//
//   node scripts/gen-monorepo.mjs DIR [--files 50000] [--hit-rate 0.005] [--seed 1] [--node-modules 10000]
//
// Layout: packages/*/src (TS/JS), services/*/app (Python), go/*, docs/ (Markdown), config/ (YAML,
// JSON), data/ (text), a top-level .gitignore (node_modules/, dist/, generated/, *.log), a few nested
// .gitignore files, a node_modules/ folder and a gitignored generated/ folder that must both be
// skipped. `files` counts only the files a scanner should read; the skipped folders come on top.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/** mulberry32: tiny, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "user account order invoice payment session token cache queue worker event stream buffer " +
  "request response client server handler router config option value record batch index " +
  "search filter result summary report metric counter timer schedule retry backoff limit " +
  "message prompt completion embedding vector model provider adapter gateway registry"
).split(" ");

/** Average bytes per file for each kind; the mix is tuned so 50k files weigh about 280 MB. */
const KINDS = [
  { kind: "ts", weight: 30, median: 4200 },
  { kind: "js", weight: 10, median: 3600 },
  { kind: "py", weight: 18, median: 4000 },
  { kind: "json", weight: 9, median: 1800 },
  { kind: "yaml", weight: 7, median: 1200 },
  { kind: "md", weight: 10, median: 3000 },
  { kind: "go", weight: 8, median: 4800 },
  { kind: "txt", weight: 8, median: 2000 },
];
const TARGET_AVERAGE = 5600; // bytes: ~280 MB at 50,000 files

function makeGen(rand) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const ident = () => pick(WORDS) + pick(WORDS).replace(/^./, (c) => c.toUpperCase());
  const Ident = () => ident().replace(/^./, (c) => c.toUpperCase());
  // Box-Muller lognormal around 1.0 with a long tail, as real file sizes have.
  const lognormal = (sigma) => Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));
  return { pick, int, ident, Ident, lognormal };
}

/** One chunk of plausible source in `kind`; no chunk ever mentions a model name. */
function chunk(kind, g) {
  const a = g.ident();
  const b = g.ident();
  const T = g.Ident();
  const n = g.int(1, 500);
  switch (kind) {
    case "ts":
      return `export interface ${T}Options {\n  readonly ${a}: string;\n  readonly ${b}?: number;\n}\n\nexport async function ${a}For${T}(input: ${T}Options, limit = ${n}): Promise<string[]> {\n  const out: string[] = [];\n  for (let i = 0; i < limit; i++) {\n    if (input.${b} !== undefined && i > input.${b}) break;\n    out.push(\`\${input.${a}}-\${i}\`);\n  }\n  // Keep the ${b} ordering stable for callers that page through results.\n  return out.sort();\n}\n\n`;
    case "js":
      return `function ${a}(${b}, options = {}) {\n  const retries = options.retries ?? ${n % 7};\n  return fetchWithRetry(\`/api/${a}/\${${b}.id}\`, { method: "POST", retries });\n}\nmodule.exports.${a} = ${a};\n\n`;
    case "py":
      return `class ${T}:\n    """Holds ${a} state for the ${b} pipeline."""\n\n    def __init__(self, ${a}: str, limit: int = ${n}) -> None:\n        self.${a} = ${a}\n        self.limit = limit\n\n    def ${b}(self, items: list[str]) -> list[str]:\n        # Trim to the limit before sorting: callers only need the head.\n        return sorted(items[: self.limit])\n\n\n`;
    case "json":
      return `  "${a}${n}": { "enabled": ${n % 2 === 0}, "${b}": ${n}, "label": "${T} ${b}" },\n`;
    case "yaml":
      return `${a}${n}:\n  enabled: ${n % 2 === 0}\n  ${b}: ${n}\n  label: "${T} ${b}"\n`;
    case "md":
      return `## ${T} ${b}\n\nThe ${a} service batches ${b} records before writing them; see the runbook for limits.\nIt keeps at most ${n} entries in memory.\n\n\`\`\`sh\n${a} --limit ${n}\n\`\`\`\n\n`;
    case "go":
      return `// ${T}${g.Ident()} returns the ${b} entries of ${a}.\nfunc ${T}${g.Ident()}(ctx context.Context, ${a} []string) ([]string, error) {\n\tout := make([]string, 0, len(${a}))\n\tfor i, v := range ${a} {\n\t\tif i >= ${n} {\n\t\t\tbreak\n\t\t}\n\t\tout = append(out, strings.TrimSpace(v))\n\t}\n\treturn out, nil\n}\n\n`;
    default:
      return `${T} ${a} ${b} ${n}: ${g.ident()} ${g.ident()} ${g.ident()} ${g.ident()}.\n`;
  }
}

const HEADERS = {
  ts: 'import { readFile } from "node:fs/promises";\n\n',
  js: '"use strict";\nconst { fetchWithRetry } = require("../http");\n\n',
  py: "from __future__ import annotations\n\nimport os\n\n\n",
  json: "{\n",
  yaml: "# generated settings\n",
  md: "# Notes\n\n",
  go: 'package main\n\nimport (\n\t"context"\n\t"strings"\n)\n\n',
  txt: "",
};
const FOOTERS = { json: '  "end": true\n}\n' };

/** A realistic legacy reference for `kind`, as found at request sites, in config and in docs. */
function legacyLine(kind, g) {
  const id = g.pick(["deepseek-chat", "deepseek-chat", "deepseek-reasoner"]);
  switch (kind) {
    case "ts":
      return `const completion = await client.chat.completions.create({\n  model: "${id}",\n  messages: [{ role: "user", content: prompt }],\n});\n\n`;
    case "js":
      return `const DEFAULT_MODEL = process.env.LLM_MODEL || "${id}";\n\n`;
    case "py":
      return `response = client.chat.completions.create(\n    model="${id}",\n    messages=[{"role": "user", "content": prompt}],\n)\n\n\n`;
    case "json":
      return `  "model": "${id}",\n`;
    case "yaml":
      return `llm:\n  provider: deepseek\n  model: ${id}\n`;
    case "md":
      return `Set \`DEEPSEEK_MODEL=${id}\` in your environment before running the examples.\n\n`;
    case "go":
      return `var defaultModel = "${id}"\n\n`;
    default:
      return `model=${id}\n`;
  }
}

const EXT = { ts: "ts", js: "js", py: "py", json: "json", yaml: "yaml", md: "md", go: "go", txt: "txt" };

function pickKind(rand) {
  const total = KINDS.reduce((s, k) => s + k.weight, 0);
  let r = rand() * total;
  for (const k of KINDS) {
    r -= k.weight;
    if (r < 0) return k;
  }
  return KINDS[KINDS.length - 1];
}

function folderFor(kind, i, g) {
  const pkg = `pkg-${(i * 7919) % 400}`;
  const sub = g.pick(["core", "api", "lib", "util", "internal", "handlers", "models"]);
  switch (kind) {
    case "ts":
    case "js":
      return `packages/${pkg}/src/${sub}`;
    case "py":
      return `services/svc-${(i * 104729) % 150}/app/${sub}`;
    case "go":
      return `go/mod-${(i * 31) % 80}/${sub}`;
    case "md":
      return `docs/${g.pick(["guides", "reference", "adr", "runbooks"])}/${(i * 13) % 60}`;
    case "json":
    case "yaml":
      return `config/${g.pick(["env", "deploy", "flags", "schemas"])}/${(i * 17) % 90}`;
    default:
      return `data/${(i * 23) % 120}`;
  }
}

function body(kind, size, g, hit) {
  const parts = [HEADERS[kind]];
  let len = parts[0].length;
  const footer = FOOTERS[kind] ?? "";
  const hitAt = hit ? g.int(0, Math.max(0, Math.floor(size / 400))) : -1;
  for (let c = 0; len < size - footer.length; c++) {
    const piece = c === hitAt ? legacyLine(kind, g) : chunk(kind, g);
    parts.push(piece);
    len += piece.length;
  }
  if (hit && hitAt >= parts.length - 1) parts.push(legacyLine(kind, g));
  parts.push(footer);
  return parts.join("");
}

/**
 * Writes the tree under `dir` and returns what was written. `files` counts scanned files only;
 * `hitFiles` lists (POSIX relative) the files that hold a legacy name and must be reported.
 */
export function generate({ dir, files = 50000, hitRate = 0.005, seed = 1, nodeModules = 10000, ignoredFiles = 1000, git = true }) {
  const rand = prng(seed);
  const g = makeGen(rand);
  const madeDirs = new Set();
  const write = (rel, text) => {
    const abs = path.join(dir, rel);
    const d = path.dirname(abs);
    if (!madeDirs.has(d)) {
      mkdirSync(d, { recursive: true });
      madeDirs.add(d);
    }
    writeFileSync(abs, text);
    return Buffer.byteLength(text);
  };
  mkdirSync(dir, { recursive: true });
  if (git) spawnSync("git", ["init", "-q", dir], { stdio: "ignore" });
  let ignoredBytes = 0;
  let bytes = write(".gitignore", "node_modules/\ndist/\ngenerated/\n*.log\n.env.local\n");

  // Sizes first, then one scale factor so the total lands on the target average.
  const plan = [];
  let rawTotal = 0;
  for (let i = 0; i < files; i++) {
    const k = pickKind(rand);
    const raw = Math.min(k.median * g.lognormal(0.9), 600_000);
    plan.push({ k, raw });
    rawTotal += raw;
  }
  const scale = (TARGET_AVERAGE * files) / rawTotal;
  const hitFiles = [];
  const hitEvery = hitRate > 0 ? 1 / hitRate : Infinity;
  let nextHit = hitEvery / 2;
  const usedNames = new Set();
  for (let i = 0; i < plan.length; i++) {
    const { k, raw } = plan[i];
    const hit = i + 1 >= nextHit;
    if (hit) nextHit += hitEvery;
    const folder = folderFor(k.kind, i, g);
    let rel = `${folder}/${g.ident()}.${EXT[k.kind]}`;
    if (usedNames.has(rel)) rel = `${folder}/${g.ident()}-${i}.${EXT[k.kind]}`;
    usedNames.add(rel);
    bytes += write(rel, body(k.kind, Math.max(200, Math.round(raw * scale)), g, hit));
    if (hit) hitFiles.push(rel);
  }
  // Nested .gitignore files, as packages carry their own; each ignores a folder that holds files.
  for (let p = 0; p < 400; p += 20) {
    bytes += write(`packages/pkg-${p}/.gitignore`, "tmp/\ncoverage-report/\n*.tsbuildinfo\n");
    ignoredBytes += write(`packages/pkg-${p}/tmp/scratch.ts`, body("ts", 3000, g, true));
  }
  // Hidden folders are scanned by the tool (a workflow file is configuration) but not by rg.
  for (let w = 0; w < 10; w++) bytes += write(`.github/workflows/ci-${w}.yml`, body("yaml", 1500, g, false));

  // What must be skipped: dependencies and gitignored output, some of it naming the legacy models.
  const scannedBytes = bytes;
  let skippedFiles = 0;
  for (let i = 0; i < nodeModules; i++) {
    const kind = i % 3 === 0 ? "json" : "js";
    const rel = `node_modules/${i % 5 === 0 ? "@scope/" : ""}dep-${i % 700}/${kind === "json" ? "data" : "lib"}/${g.ident()}-${i}.${kind}`;
    ignoredBytes += write(rel, body(kind, Math.round(2500 * g.lognormal(0.8)), g, i % 50 === 0));
    skippedFiles++;
  }
  for (let i = 0; i < ignoredFiles; i++) {
    ignoredBytes += write(`generated/api-${i % 40}/${g.ident()}-${i}.ts`, body("ts", 4000, g, i % 25 === 0));
    skippedFiles++;
  }
  // Committed, as a CI checkout is: the files are tracked, as in the repositories the check runs on.
  if (git) commitAll(dir);
  return { dir, files: plan.length + 31, scannedFilesWithHits: hitFiles.length, hitFiles, skippedFiles, scannedBytes, bytes: bytes + ignoredBytes };
}

/**
 * A tree where `files` TS/Python files each hold a legacy name at a request site, committed to git
 * so that `apply` sees a clean working tree.
 */
export function generateApplyTree({ dir, files = 2000, seed = 2 }) {
  const rand = prng(seed);
  const g = makeGen(rand);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const kind = i % 2 === 0 ? "ts" : "py";
    const rel = kind === "ts" ? `web/pkg-${i % 50}/src/${g.ident()}-${i}.ts` : `api/svc-${i % 50}/${g.ident()}_${i}.py`;
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    const text = body(kind, Math.round(4500 * g.lognormal(0.5)), g, true);
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  spawnSync("git", ["init", "-q", dir], { stdio: "ignore" });
  commitAll(dir);
  return { dir, files, bytes };
}

/** Commits everything under `dir` (already a git repository) that .gitignore does not cover. */
export function commitAll(dir) {
  const env = { ...process.env, GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.com", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.com" };
  const run = (args) => spawnSync("git", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], env, encoding: "utf8" });
  const add = run(["add", "-A"]);
  if (add.status !== 0) throw new Error(`git add failed in ${dir}: ${add.stderr.trim()}`);
  if (run(["diff", "--cached", "--quiet"]).status === 0 && run(["rev-parse", "-q", "--verify", "HEAD"]).status === 0) return; // already committed
  const commit = run(["commit", "-q", "--no-verify", "-m", "bench tree"]);
  if (commit.status !== 0) throw new Error(`git commit failed in ${dir}: ${commit.stderr.trim()}`);
}

function parseArgs(argv) {
  const out = { dir: null, files: 50000, hitRate: 0.005, seed: 1, nodeModules: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === "--files") out.files = Number(v());
    else if (a === "--hit-rate") out.hitRate = Number(v());
    else if (a === "--seed") out.seed = Number(v());
    else if (a === "--node-modules") out.nodeModules = Number(v());
    else if (!a.startsWith("-") && out.dir === null) out.dir = a;
    else throw new Error(`unknown option ${a}`);
  }
  if (!out.dir) throw new Error("usage: gen-monorepo.mjs DIR [--files N] [--hit-rate R] [--seed S] [--node-modules N]");
  for (const k of ["files", "hitRate", "seed", "nodeModules"]) if (!Number.isFinite(out[k]) || out[k] < 0) throw new Error(`invalid --${k}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const r = generate(opts);
    process.stdout.write(
      `wrote ${r.files} scanned files (${r.scannedFilesWithHits} with a legacy name, ${(r.scannedBytes / 1e6).toFixed(1)} MB) + ${r.skippedFiles} skipped, ${(r.bytes / 1e6).toFixed(1)} MB in all, in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
  } catch (err) {
    process.stderr.write(`gen-monorepo: ${err.message}\n`);
    process.exitCode = 2;
  }
}
