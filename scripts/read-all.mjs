// Reference point for the benchmark: the least a Node scanner can do. Walks the tree (skipping hidden
// entries and the folders the bench tree ignores), reads every file and searches it with one regex.
// The tool cannot beat this by much; the gap between the two is the tool's own overhead.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const SKIP = new Set(["node_modules", "dist", "generated", "tmp"]);
const NEEDLE = /deepseek-(?:chat|reasoner)/;
const files = [];
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const subs = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || SKIP.has(e.name)) continue;
    if (e.isDirectory()) subs.push(path.join(dir, e.name));
    else if (e.isFile()) files.push(path.join(dir, e.name));
  }
  await Promise.all(subs.map(walk));
}
await walk(process.argv[2] ?? ".");
let hits = 0;
let next = 0;
async function worker() {
  while (next < files.length) {
    const buf = await readFile(files[next++]);
    if (NEEDLE.test(buf.toString("latin1"))) hits++;
  }
}
await Promise.all(Array.from({ length: 32 }, worker));
process.stdout.write(`${hits} of ${files.length} files\n`);
