// Candidates checked on a pool of worker threads (src/check/ts-thread.ts) must give the report a
// single thread gives, byte for byte: results are merged in report order whatever thread ends first.
import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";

/** The fixture projects plus files of every family, so that each thread gets a mix. */
function mixedRepo(): string {
  const dir = tempProject("legacy-app", { git: false });
  cpSync(path.join(REPO_ROOT, "fixtures", "realistic"), path.join(dir, "realistic"), { recursive: true });
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    files[`gen/ts/m${i}.ts`] = `import OpenAI from "openai";\nconst c = new OpenAI();\nexport const r${i} = c.chat.completions.create({ model: "${i % 2 ? "deepseek-chat" : "deepseek-reasoner"}", messages: [] });\n`;
    files[`gen/py/m${i}.py`] = `from openai import OpenAI\nOpenAI().chat.completions.create(model="deepseek-${i % 3 ? "chat" : "reasoner"}", messages=[])\n`;
    files[`gen/cfg/m${i}.yaml`] = `model: deepseek-chat\nsize: ${i}\n`;
    files[`gen/cfg/m${i}.json`] = `{ "model": "deepseek-reasoner", "n": ${i} }\n`;
  }
  writeFiles(dir, files);
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "mixed");
  return dir;
}

describe("check pool", () => {
  it("prints the same JSON report and diff with 3 threads as on the main thread alone", () => {
    const dir = mixedRepo();
    for (const args of [["check", "--format", "json", "--no-cache"], ["diff", "--no-cache"]]) {
      const single = cli(dir, args, { env: { DEEPSEEK_MIGRATE_NO_CHECK_THREAD: "1" } });
      const pooled = cli(dir, args, { env: { DEEPSEEK_MIGRATE_CHECK_THREADS: "3" } });
      expect(pooled.stderr).toBe(single.stderr);
      expect(pooled.status).toBe(single.status);
      expect(pooled.stdout).toBe(single.stdout);
      expect(single.stdout.length).toBeGreaterThan(1000);
    }
    // The pool really ran: 96 generated candidates plus the fixtures'.
    const doc = JSON.parse(cli(dir, ["check", "--format", "json", "--no-cache"], { env: { DEEPSEEK_MIGRATE_CHECK_THREADS: "3" } }).stdout) as { summary: { filesWithFindings: number } };
    expect(doc.summary.filesWithFindings).toBeGreaterThan(96);
  });
});
