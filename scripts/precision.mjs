#!/usr/bin/env node
// Precision report: for each realistic project and the sample app, how many occurrences a plain
// `grep -rwE 'deepseek-(chat|reasoner)'` finds versus what the tool reports, split by action, and how
// many recorded responses it leaves out by default. Prints a Markdown table (the one in README).
// Each project is copied to a temp folder first, without its expected.json, so the counts are the
// project's own. Needs a built CLI (`npm run compile`) and grep on PATH.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/deepseek-migrate.js");
const REALISTIC = path.join(ROOT, "fixtures/realistic");

const projects = [
  ...readdirSync(REALISTIC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: `realistic/${d.name}`, dir: path.join(REALISTIC, d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name)),
  { name: "legacy-app", dir: path.join(ROOT, "fixtures/legacy-app") },
];

/** Occurrences (not lines) a plain word grep finds: `-o` prints each match on its own line. */
function grepCount(dir) {
  const r = spawnSync("grep", ["-rowE", "deepseek-(chat|reasoner)", "."], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed in ${dir}: ${r.stderr.trim()}`);
  return r.stdout.split("\n").filter(Boolean).length;
}

function check(dir, extra) {
  const r = spawnSync(process.execPath, [BIN, "check", "--format", "json", "--fail-on", "none", ...extra], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`deepseek-migrate failed in ${dir}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout).findings;
}

if (!existsSync(path.join(ROOT, "dist/src/cli/cli.js"))) {
  process.stderr.write("precision: run `npm run compile` first\n");
  process.exit(2);
}

const rows = [];
for (const p of projects) {
  const tmp = mkdtempSync(path.join(tmpdir(), "dsm-precision-"));
  try {
    cpSync(p.dir, tmp, { recursive: true });
    rmSync(path.join(tmp, "expected.json"), { force: true });
    const grep = grepCount(tmp);
    const findings = check(tmp, []);
    const all = check(tmp, ["--include-recorded"]);
    const rewrite = findings.filter((f) => f.action === "rewrite").length;
    const review = findings.filter((f) => f.action === "review").length;
    const recorded = all.length - findings.length;
    rows.push({ name: p.name, grep, rewrite, review, recorded, silent: grep - all.length });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const total = rows.reduce(
  (t, r) => ({ grep: t.grep + r.grep, rewrite: t.rewrite + r.rewrite, review: t.review + r.review, recorded: t.recorded + r.recorded, silent: t.silent + r.silent }),
  { grep: 0, rewrite: 0, review: 0, recorded: 0, silent: 0 },
);
const lines = [
  "| project | grep hits | rewrite | review | recorded responses (hidden; `--include-recorded`) | not reported (look-alikes, URLs, history) |",
  "|---|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.name} | ${r.grep} | ${r.rewrite} | ${r.review} | ${r.recorded} | ${r.silent} |`),
  `| **total** | **${total.grep}** | **${total.rewrite}** | **${total.review}** | **${total.recorded}** | **${total.silent}** |`,
];
process.stdout.write(`${lines.join("\n")}\n`);
