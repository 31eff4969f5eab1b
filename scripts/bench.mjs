#!/usr/bin/env node
// The performance benchmark behind `npm run bench` (issue 5). Not a test: it measures and reports.
//
//   npm run bench -- [--files 50000] [--hit-rate 0.005] [--runs 5] [--keep] [--dir DIR]
//                    [--apply-files 2000] [--no-apply] [--no-startup] [--no-cold] [--no-scan] [--out FILE]
//                    [--switches all|NAME,NAME...] [--cold-switches] [--compare OTHER_CHECKOUT]
//
// 1. Generates a deterministic synthetic monorepo (scripts/gen-monorepo.mjs) in a temp folder, or
//    reuses DIR when given (generated there first if it is empty or missing), committed to git.
// 2. Times `deepseek-migrate check . --format json` against `rg -c 'deepseek-(chat|reasoner)' .`
//    (and a bare Node read-every-file loop for reference) in alternation after one warm-up run each,
//    so both see the same warm page cache. Medians, the ratio and peak RSS go to a table and a JSON file.
//    Then the same with a cold page cache (the file system dominates, as on a fresh CI machine): the
//    cache is dropped before every single run, which needs root (`/proc/sys/vm/drop_caches`); without
//    it this round is skipped and says so.
// 3. Times `apply` on a tree of 2,000 matched TS/Python files against `check` on the same tree.
// 4. Measures CPU (user+sys) for `--help` and for a run over a tree with no candidates.
// 5. With --switches: what each performance mechanism is worth, on the run it serves, timed with
//    the mechanism on and off in alternation (SWITCHES below names each one and its off switch);
//    --cold-switches drops the page cache before each of those runs.
// The check rows run with --no-cache; one more row times a repeat check served by the result cache.
// --compare DIR adds the `check` of another built checkout (e.g. the previous commit) to the rows.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { commitAll, generate, generateApplyTree } from "./gen-monorepo.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/deepseek-migrate.js");
const HOOK = path.join(ROOT, "scripts/rusage-hook.mjs");
const READ_ALL = path.join(ROOT, "scripts/read-all.mjs");
const GNU_TIME = "/usr/bin/time";

class BenchError extends Error {}

/**
 * The performance mechanisms, each with the environment variable that turns it off (read by the tool
 * for that purpose only) and the run it serves: `tree` is the bench monorepo, `apply` the tree of
 * 2,000 matched files, `quiet` the 230-file tree without candidates. Each is kept only while it pays
 * at least 10% there (docs/performance.md).
 */
const SWITCHES = [
  { name: "git-scan", env: { DEEPSEEK_MIGRATE_NO_GIT_SCAN: "1" }, on: "tree", args: [], what: "git ls-files + git grep instead of the Node walker and byte probe" },
  { name: "probe-threads", env: { DEEPSEEK_MIGRATE_NO_PROBE_THREADS: "1" }, on: "tree", args: ["--no-git-scan"], what: "byte probe on worker threads (portable path)" },
  { name: "check-thread", env: { DEEPSEEK_MIGRATE_NO_CHECK_THREAD: "1" }, on: "tree", args: [], what: "candidates checked on worker threads (all on the main thread when off)" },
  // On: a pool of one check thread per core (the default keeps one core for the main thread).
  { name: "check-pool", onEnv: { DEEPSEEK_MIGRATE_CHECK_THREADS: String(Math.max(2, cpus().length)) }, env: { DEEPSEEK_MIGRATE_CHECK_THREADS: "1" }, on: "tree", args: [], what: "a pool of one check thread per core (off: one thread for TS/JS, the main thread for the rest)" },
  { name: "code-cache", env: { DEEPSEEK_MIGRATE_NO_CACHE: "1" }, on: "tree", args: [], what: "V8 code cache for the TypeScript compiler" },
  { name: "bundle", env: { DEEPSEEK_MIGRATE_NO_BUNDLE: "1" }, on: "quiet", args: [], what: "esbuild CommonJS bundles instead of tsc's ESM output" },
  { name: "heap-flag", env: { DEEPSEEK_MIGRATE_NO_HEAP_FLAG: "1" }, on: "apply", args: [], what: "--heap-growing-percent=50 set by the CLI" },
];

function parseArgs(argv) {
  const o = { files: 50000, hitRate: 0.005, runs: 5, keep: false, dir: null, applyFiles: 2000, apply: true, startup: true, cold: true, scan: true, out: null, switches: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BenchError(`${a} needs a value`);
      return v;
    };
    const count = (min) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new BenchError(`${a} expects a whole number >= ${min}`);
      return n;
    };
    switch (a) {
      case "--files": o.files = count(1); break;
      case "--hit-rate": {
        o.hitRate = Number(value());
        if (!(o.hitRate >= 0 && o.hitRate <= 1)) throw new BenchError("--hit-rate expects a number between 0 and 1");
        break;
      }
      case "--runs": o.runs = count(1); break;
      case "--keep": o.keep = true; break;
      case "--dir": o.dir = path.resolve(value()); break;
      case "--apply-files": o.applyFiles = count(1); break;
      case "--no-apply": o.apply = false; break;
      case "--no-startup": o.startup = false; break;
      case "--no-cold": o.cold = false; break;
      case "--no-scan": o.scan = false; break;
      case "--cold-switches": o.coldSwitches = true; break;
      case "--compare": o.compare = path.resolve(value()); break;
      case "--switches": {
        const v = value();
        o.switches = v === "all" ? SWITCHES.map((x) => x.name) : v.split(",");
        const unknown = o.switches.filter((n) => !SWITCHES.some((x) => x.name === n));
        if (unknown.length > 0) throw new BenchError(`unknown switch ${unknown.join(", ")} (known: ${SWITCHES.map((x) => x.name).join(", ")})`);
        break;
      }
      case "--out": o.out = path.resolve(value()); break;
      case "-h":
      case "--help":
        process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 22).map((l) => l.replace(/^\/\/ ?/, "")).join("\n") + "\n");
        process.exit(0);
      default: throw new BenchError(`unknown option ${a}`);
    }
  }
  return o;
}

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"], { stdio: "ignore" }).status === 0;
const rgVersion = (() => {
  const r = spawnSync("rg", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n")[0] : null;
})();

/**
 * Runs one command and returns wall time (ms), CPU (user+sys, ms) and peak RSS (MiB) of the child.
 * CPU and RSS come from GNU time when installed, else from a preload hook (Node commands only).
 */
function measure(cmd, args, cwd, { capture = false, node = false, env: extra = {} } = {}) {
  const stats = path.join(tmpdir(), `dsm-bench-rusage-${process.pid}`);
  rmSync(stats, { force: true });
  let file = cmd;
  let argv = args;
  const env = { ...process.env, NO_COLOR: "1", ...extra };
  if (hasGnuTime) {
    file = GNU_TIME;
    argv = ["-f", "%U %S %M", "-o", stats, cmd, ...args];
  } else if (node) {
    argv = ["--import", HOOK, ...args];
    env.DSM_BENCH_RUSAGE = stats;
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, env, stdio: ["ignore", capture ? "pipe" : "ignore", "pipe"], maxBuffer: 1 << 30, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw new BenchError(`${cmd} failed to start: ${r.error.message}`);
  let cpuMs = null;
  let rssMiB = null;
  if (existsSync(stats)) {
    const last = readFileSync(stats, "utf8").trim().split("\n").pop() ?? "";
    const [u, s, m] = last.split(/\s+/).map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpuMs = (u + s) * 1000;
    if (Number.isFinite(m)) rssMiB = m / 1024;
    rmSync(stats, { force: true });
  }
  return { wallMs, cpuMs, rssMiB, status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const max = (xs) => (xs.some((x) => x !== null) ? Math.max(...xs.filter((x) => x !== null)) : null);
const fmt = (x, digits = 0) => (x === null || x === undefined ? "n/a" : x.toFixed(digits));

function summarize(name, samples) {
  return {
    name,
    runs: samples.length,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    minWallMs: Math.min(...samples.map((s) => s.wallMs)),
    maxWallMs: Math.max(...samples.map((s) => s.wallMs)),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    peakRssMiB: max(samples.map((s) => s.rssMiB)),
    wallMs: samples.map((s) => Math.round(s.wallMs)),
  };
}

function table(rows) {
  const head = ["command", "median wall", "min", "max", "median CPU (user+sys)", "peak RSS"];
  const body = rows.map((r) => [r.name, `${fmt(r.medianWallMs)} ms`, `${fmt(r.minWallMs)} ms`, `${fmt(r.maxWallMs)} ms`, `${fmt(r.medianCpuMs)} ms`, `${fmt(r.peakRssMiB, 1)} MiB`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...body.map(line)].join("\n");
}

const node = process.execPath;
const log = (s) => process.stdout.write(`${s}\n`);

/** Generates (or reuses) the bench tree; returns its facts. */
function ensureTree(dir, opts) {
  const marker = path.join(dir, ".bench-tree.json");
  if (existsSync(marker)) {
    const facts = JSON.parse(readFileSync(marker, "utf8"));
    if (facts.files === opts.files && facts.hitRate === opts.hitRate) {
      if (!facts.committed) {
        // Trees from earlier versions of this script were left untracked.
        commitAll(dir);
        facts.committed = true;
        writeFileSync(marker, JSON.stringify(facts));
      }
      log(`reusing ${dir}`);
      return facts;
    }
    throw new BenchError(`${dir} holds a tree made with other options (--files ${facts.files} --hit-rate ${facts.hitRate})`);
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BenchError(`${dir} is not empty and holds no bench tree`);
  const t0 = performance.now();
  const g = generate({ dir, files: opts.files, hitRate: opts.hitRate });
  const facts = {
    files: opts.files,
    hitRate: opts.hitRate,
    scannedFiles: g.files,
    filesWithLegacyName: g.scannedFilesWithHits,
    skippedFiles: g.skippedFiles,
    scannedMegabytes: Math.round(g.scannedBytes / 1e5) / 10,
    megabytes: Math.round(g.bytes / 1e5) / 10,
    committed: true,
  };
  // Hidden, so neither rg nor a tool that skips dotfiles reads it; the tool itself ignores it as a
  // file without candidates.
  writeFileSync(marker, JSON.stringify(facts));
  log(`generated ${dir}: ${facts.scannedFiles} files to scan (${facts.filesWithLegacyName} naming a legacy model, ${facts.scannedMegabytes} MB), ${facts.skippedFiles} in node_modules/ and gitignored folders (${facts.megabytes} MB in all), in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return facts;
}

/** Whether this build keeps per-file results between runs (older builds, measured for comparison, do not). */
const hasCache = spawnSync(process.execPath, [BIN, "check", "--help"], { encoding: "utf8" }).stdout.includes("--no-cache");

/** `check` doing all its work: without the result cache, so every run checks every candidate. */
function checkArgs() {
  return [BIN, "check", ".", "--format", "json", ...(hasCache ? ["--no-cache"] : [])];
}

/** `check` of another checkout of the tool (`--compare DIR`, built), for old/new A/B runs. */
let compareDir = null;
const compareContender = (dir) =>
  compareDir ? [{ name: `check . --format json (${path.basename(compareDir)} build)`, run: () => measure(node, [path.join(compareDir, "bin/deepseek-migrate.js"), "check", ".", "--format", "json"], dir, { node: true }) }] : [];

/** A repeat `check` on an unchanged tree, reusing the results the warm-up run stored. */
const cachedContender = (dir) =>
  hasCache ? [{ name: "check . --format json (repeat, result cache)", run: () => measure(node, [BIN, "check", ".", "--format", "json"], dir, { node: true }) }] : [];

function scanBenchmark(dir, facts, runs) {
  const contenders = [
    { name: "deepseek-migrate check . --format json", run: () => measure(node, checkArgs(), dir, { node: true }) },
    ...(rgVersion ? [{ name: "rg -c 'deepseek-(chat|reasoner)' .", run: () => measure("rg", ["-c", "deepseek-(chat|reasoner)", "."], dir) }] : []),
    { name: "node read-all loop (reference)", run: () => measure(node, [READ_ALL, "."], dir, { node: true }) },
    // The portable path (Node walker + byte probe on worker threads), as used outside git.
    { name: "check . --format json --no-git-scan", run: () => measure(node, [...checkArgs(), "--no-git-scan"], dir, { node: true }) },
    ...cachedContender(dir),
    ...compareContender(dir),
  ];
  // Warm-up: fills the page cache and checks that every contender sees the same files.
  const warm = measure(node, checkArgs(), dir, { capture: true, node: true });
  let checkFiles = null;
  try {
    const doc = JSON.parse(warm.stdout);
    checkFiles = new Set(doc.findings.map((f) => f.file)).size;
    log(`check: ${doc.findings.length} findings in ${checkFiles} files, ${doc.summary.filesScanned} files scanned, exit ${warm.status}`);
  } catch {
    throw new BenchError(`check did not print one JSON document (exit ${warm.status}): ${warm.stderr.split("\n")[0]}`);
  }
  if (checkFiles !== facts.filesWithLegacyName) log(`warning: check reported ${checkFiles} files, the tree has ${facts.filesWithLegacyName}`);
  if (rgVersion) {
    const rg = measure("rg", ["-c", "deepseek-(chat|reasoner)", "."], dir, { capture: true });
    const rgFiles = rg.stdout.split("\n").filter(Boolean).length;
    log(`rg: ${rgFiles} files with a match`);
  } else {
    log("rg is not installed: timing check alone (install ripgrep to compare)");
  }
  measure(node, [READ_ALL, "."], dir, { node: true });
  if (hasCache) {
    const cached = measure(node, [BIN, "check", ".", "--format", "json"], dir, { capture: true, node: true });
    const again = measure(node, [BIN, "check", ".", "--format", "json"], dir, { capture: true, node: true });
    if (again.stdout !== warm.stdout || cached.stdout !== warm.stdout) throw new BenchError("check with its result cache printed another report than without");
  }

  return alternate(contenders, runs, () => undefined);
}

/**
 * Runs every contender `runs` times in alternating order, calling `before` ahead of each single run;
 * returns the rows and the check/rg ratio of median wall times.
 */
function alternate(contenders, runs, before) {
  const samples = contenders.map(() => []);
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither contender always runs right after the other.
    const order = contenders.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) {
      before();
      samples[k].push(contenders[k].run());
    }
    process.stdout.write(`  run ${i + 1}/${runs}: ${order.map((k) => `${contenders[k].name.split(" ")[0]} ${Math.round(samples[k].at(-1).wallMs)} ms`).join(", ")}\n`);
  }
  const rows = contenders.map((c, k) => summarize(c.name, samples[k]));
  const check = rows[0];
  const rg = rgVersion ? rows[1] : null;
  const cached = rows.find((r) => r.name.includes("result cache"));
  return { rows, ratio: rg ? check.medianWallMs / rg.medianWallMs : null, cachedRatio: rg && cached ? cached.medianWallMs / rg.medianWallMs : null };
}

/** Empties the page cache (dirty pages written first); false when not permitted (not root, a container). */
function dropCaches() {
  spawnSync("sync");
  try {
    writeFileSync("/proc/sys/vm/drop_caches", "3\n");
    return true;
  } catch {
    return false;
  }
}

/** The same contenders, each run on a cold page cache: every file, the tool's own code included, comes from disk. */
function coldBenchmark(dir, runs) {
  if (!dropCaches()) return null;
  const contenders = [
    { name: "deepseek-migrate check . --format json", run: () => measure(node, checkArgs(), dir, { node: true }) },
    ...(rgVersion ? [{ name: "rg -c 'deepseek-(chat|reasoner)' .", run: () => measure("rg", ["-c", "deepseek-(chat|reasoner)", "."], dir) }] : []),
    { name: "node read-all loop (reference)", run: () => measure(node, [READ_ALL, "."], dir, { node: true }) },
    { name: "check . --format json --no-git-scan", run: () => measure(node, [...checkArgs(), "--no-git-scan"], dir, { node: true }) },
    ...cachedContender(dir),
    ...compareContender(dir),
  ];
  return alternate(contenders, runs, dropCaches);
}

function applyBenchmark(base, files, runs) {
  const template = path.join(base, "apply-template");
  const g = generateApplyTree({ dir: template, files });
  log(`generated the apply tree: ${g.files} TS/Python files naming a legacy model, ${(g.bytes / 1e6).toFixed(1)} MB`);
  measure(node, checkArgs(), template, { node: true }); // warm-up
  const checks = [];
  const applies = [];
  let lastApply = null;
  for (let i = 0; i < runs; i++) {
    const work = path.join(base, `apply-${i}`);
    rmSync(work, { recursive: true, force: true });
    const cp = spawnSync("cp", ["-a", template, work]);
    if (cp.status !== 0) throw new BenchError("cp -a failed while preparing the apply tree");
    checks.push(measure(node, checkArgs(), template, { node: true }));
    lastApply = measure(node, [BIN, "apply", ".", "--format", "json", "--allow-dirty"], work, { node: true, capture: true });
    applies.push(lastApply);
    rmSync(work, { recursive: true, force: true });
  }
  let written = null;
  try {
    written = JSON.parse(lastApply.stdout).summary.filesChanged;
  } catch {
    log(`warning: apply did not print JSON (exit ${lastApply.status}): ${lastApply.stderr.split("\n")[0]}`);
  }
  const rows = [summarize(`check on ${files} matched files`, checks), summarize(`apply on ${files} matched files`, applies)];
  log(`apply changed ${written ?? "?"} files per run`);
  return { rows, filesChanged: written, ratio: rows[1].medianWallMs / rows[0].medianWallMs };
}

function startupBenchmark(base, runs) {
  const quiet = path.join(base, "no-candidates");
  generate({ dir: quiet, files: 200, hitRate: 0, nodeModules: 0, ignoredFiles: 0, git: true });
  measure(node, [BIN, "--help"], quiet, { node: true });
  const help = [];
  const none = [];
  for (let i = 0; i < runs; i++) {
    help.push(measure(node, [BIN, "--help"], quiet, { node: true }));
    none.push(measure(node, checkArgs(), quiet, { node: true }));
  }
  return { rows: [summarize("deepseek-migrate --help", help), summarize("check on 230 files, no candidates", none)] };
}

/**
 * Each named mechanism on and off in alternation on the tree it serves (after one warm-up run each),
 * warm page cache; returns one row pair and the off/on ratios of median wall, CPU and peak RSS.
 */
function switchesBenchmark(names, trees, runs, cold) {
  const out = [];
  for (const name of names) {
    const sw = SWITCHES.find((x) => x.name === name);
    const dir = trees[sw.on]();
    const args = [...checkArgs(), ...sw.args];
    const contenders = [
      { name: `${name} on: check ${sw.args.join(" ")}`.trimEnd(), run: () => measure(node, args, dir, { node: true, env: onEnv }) },
      { name: `${name} off (${Object.entries(sw.env).map(([k, v]) => `${k}=${v}`).join(" ")})`, run: () => measure(node, args, dir, { node: true, env: sw.env }) },
    ];
    const onEnv = sw.onEnv ?? {};
    const on = measure(node, args, dir, { node: true, capture: true, env: onEnv });
    const off = measure(node, args, dir, { node: true, capture: true, env: sw.env });
    // The mechanism must not change the report.
    if (on.stdout !== off.stdout) throw new BenchError(`${name}: the report differs with the mechanism off`);
    log(`\n### ${name}: ${sw.what} (on the ${sw.on} tree${cold ? ", page cache dropped before every run" : ""})`);
    const r = alternate(contenders, runs, cold ? dropCaches : () => undefined);
    const [a, b] = r.rows;
    const ratio = (k) => (a[k] && b[k] ? b[k] / a[k] : null);
    const res = { name, what: sw.what, tree: sw.on, cold, rows: r.rows, offOverOn: { wall: ratio("medianWallMs"), cpu: ratio("medianCpuMs"), rss: ratio("peakRssMiB") } };
    log(`\n${table(r.rows)}`);
    log(`off/on: wall ${fmt(res.offOverOn.wall, 2)}x, CPU ${fmt(res.offOverOn.cpu, 2)}x, peak RSS ${fmt(res.offOverOn.rss, 2)}x  (kept where one of them is >= 1.10x on its target)`);
    out.push(res);
  }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  compareDir = opts.compare ?? null;
  if (!existsSync(path.join(ROOT, "dist/src/cli/cli.js"))) throw new BenchError("dist/ is missing: run `npm run compile` first");
  const base = mkdtempSync(path.join(tmpdir(), "dsm-bench-"));
  const dir = opts.dir ?? path.join(base, "monorepo");
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    node: process.version,
    rg: rgVersion,
    gnuTime: hasGnuTime,
    loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  log(`machine: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, ${rgVersion ?? "rg not installed"}, load ${machine.loadAtStart.join(" ")}`);
  if (!hasGnuTime) log("/usr/bin/time not found: CPU and RSS of rg are not measured; Node commands report their own");
  try {
    const facts = ensureTree(dir, opts);
    let scan = null;
    if (opts.scan) {
      log(`\n## check vs rg (${opts.runs} runs each, alternating, warm cache)`);
      scan = scanBenchmark(dir, facts, opts.runs);
      log(`\n${table(scan.rows)}`);
      log(scan.ratio === null ? "ratio: n/a (rg not installed)" : `ratio check/rg (median wall): ${scan.ratio.toFixed(2)}x  (target <= 1.25x)`);
      if (scan.cachedRatio !== null) log(`ratio repeat check with result cache/rg (median wall): ${scan.cachedRatio.toFixed(2)}x  (target <= 1.1x)`);
    }
    let cold = null;
    if (opts.cold) {
      log(`\n## check vs rg, cold page cache (${opts.runs} runs each, alternating, cache dropped before every run)`);
      cold = coldBenchmark(dir, opts.runs);
      if (cold) {
        log(`\n${table(cold.rows)}`);
        log(cold.ratio === null ? "ratio: n/a (rg not installed)" : `ratio check/rg (median wall, cold): ${cold.ratio.toFixed(2)}x  (target <= 1.25x)`);
        if (cold.cachedRatio !== null) log(`ratio repeat check with result cache/rg (median wall, cold): ${cold.cachedRatio.toFixed(2)}x  (target <= 1.1x)`);
      } else {
        log("skipped: dropping the page cache needs root (/proc/sys/vm/drop_caches is not writable here)");
      }
    }
    let apply = null;
    if (opts.apply) {
      log(`\n## apply vs check on ${opts.applyFiles} matched TS/Python files`);
      apply = applyBenchmark(base, opts.applyFiles, opts.runs);
      log(`\n${table(apply.rows)}`);
      log(`ratio apply/check: ${apply.ratio.toFixed(2)}x  (target < 3x)`);
    }
    let startup = null;
    if (opts.startup) {
      log("\n## startup CPU");
      startup = startupBenchmark(base, opts.runs);
      log(`\n${table(startup.rows)}`);
      log(`target: under 150 ms CPU each`);
    }
    let switches = null;
    if (opts.switches.length > 0) {
      log(`\n## what each mechanism is worth (${opts.runs} runs each, on and off alternating, warm cache)`);
      const made = {};
      const trees = {
        tree: () => dir,
        apply: () => (made.apply ??= (generateApplyTree({ dir: path.join(base, "switch-apply"), files: opts.applyFiles }), path.join(base, "switch-apply"))),
        quiet: () => (made.quiet ??= (generate({ dir: path.join(base, "switch-quiet"), files: 200, hitRate: 0, nodeModules: 0, ignoredFiles: 0, git: true }), path.join(base, "switch-quiet"))),
      };
      if (opts.coldSwitches && !dropCaches()) throw new BenchError("--cold-switches needs to drop the page cache (root, /proc/sys/vm/drop_caches)");
      switches = switchesBenchmark(opts.switches, trees, opts.runs, opts.coldSwitches === true);
    }
    machine.loadAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
    const result = { date: new Date().toISOString(), machine, options: { ...opts, dir }, tree: facts, scan, cold, apply, startup, switches };
    const out = opts.out ?? path.join(ROOT, ".bench", `bench-${result.date.replace(/[:.]/g, "-")}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`\nload at end ${machine.loadAtEnd.join(" ")}; results written to ${out}`);
  } finally {
    if (opts.keep) log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof BenchError ? err.message : err?.stack ?? err}\n`);
  process.exitCode = err instanceof BenchError ? 2 : 1;
});
