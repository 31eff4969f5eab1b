// Shared by test/result-cache.test.ts and test/result-cache.slow.test.ts: a repository with candidates of
// several families and a secret, the CLI run with its cache statistics, and the store's own layout.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { cli, git, tempProject, writeFiles } from "./project.js";

export const STORE = path.join("node_modules", ".cache", "deepseek-migrate", "results.json");
// The secret's value is assembled here so that this file itself holds no key-shaped literal.
export const SECRET = ["sk", "live", "Zq8Xw2Lp9Rt4Vb7Nm3Kd6Hj1Fs5Gc0Ye"].join("-");

export const FILES = {
  "src/client.ts": `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "${SECRET}" });\nexport const r = client.chat.completions.create({ model: "deepseek-chat", messages: [] });\n`,
  "app/chat.py": `from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="deepseek-reasoner", messages=[])\n`,
  "config/models.yaml": "default_model: deepseek-chat\nfallback: deepseek-reasoner\n",
  "docs/notes.md": "We used deepseek-chat or deepseek-reasoner here.\n",
  "src/plain.ts": "export const unrelated = 1;\n",
};

/** A committed repository with a (gitignored) node_modules/ folder, where the CLI keeps its cache by default. */
export function repo(): string {
  const dir = tempProject(null);
  writeFiles(dir, { ...FILES, ".gitignore": "node_modules/\n", "node_modules/.package-lock.json": "{}\n" });
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "files");
  return dir;
}

/** stdout and the cache line of one run; env adds DEEPSEEK_MIGRATE_CACHE_STATS. */
export function run(dir: string, args: readonly string[], env: Record<string, string> = {}): { stdout: string; status: number | null; stats: string | null } {
  const r = cli(dir, args, { env: { DEEPSEEK_MIGRATE_CACHE_STATS: "1", ...env } });
  expect(r.stderr).not.toMatch(/error|Error/);
  const stats = /cache: (\d+ reused, \d+ checked)/.exec(r.stderr)?.[1] ?? null;
  return { stdout: r.stdout, status: r.status, stats };
}

export const JSON_ARGS = ["check", "--format", "json"];

/** Rewrites the store with a valid digest, as another build of the tool would have written it. */
export function rewriteStore(dir: string, edit: (body: string) => string): void {
  const file = path.join(dir, STORE);
  const raw = readFileSync(file, "utf8");
  const body = edit(raw.slice(raw.indexOf("\n") + 1));
  writeFileSync(file, `${createHash("sha256").update(body).digest("hex")}\n${body}`);
}

