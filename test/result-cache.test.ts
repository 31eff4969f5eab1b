// The per-file result cache (src/check/result-cache.ts), through the real CLI on temp git repos: every
// run that may reuse stored results must print exactly what a run with --no-cache prints.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "./support/project.js";

const STORE = path.join("node_modules", ".cache", "deepseek-migrate", "results.json");
// The secret's value is assembled here so that this file itself holds no key-shaped literal.
const SECRET = ["sk", "live", "Zq8Xw2Lp9Rt4Vb7Nm3Kd6Hj1Fs5Gc0Ye"].join("-");

const FILES = {
  "src/client.ts": `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "${SECRET}" });\nexport const r = client.chat.completions.create({ model: "deepseek-chat", messages: [] });\n`,
  "app/chat.py": `from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="deepseek-reasoner", messages=[])\n`,
  "config/models.yaml": "default_model: deepseek-chat\nfallback: deepseek-reasoner\n",
  "docs/notes.md": "We used deepseek-chat or deepseek-reasoner here.\n",
  "src/plain.ts": "export const unrelated = 1;\n",
};

/** A committed repository with a (gitignored) node_modules/ folder, where the CLI keeps its cache by default. */
function repo(): string {
  const dir = tempProject(null);
  writeFiles(dir, { ...FILES, ".gitignore": "node_modules/\n", "node_modules/.package-lock.json": "{}\n" });
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "files");
  return dir;
}

/** stdout and the cache line of one run; env adds DEEPSEEK_MIGRATE_CACHE_STATS. */
function run(dir: string, args: readonly string[], env: Record<string, string> = {}): { stdout: string; status: number | null; stats: string | null } {
  const r = cli(dir, args, { env: { DEEPSEEK_MIGRATE_CACHE_STATS: "1", ...env } });
  expect(r.stderr).not.toMatch(/error|Error/);
  const stats = /cache: (\d+ reused, \d+ checked)/.exec(r.stderr)?.[1] ?? null;
  return { stdout: r.stdout, status: r.status, stats };
}

const JSON_ARGS = ["check", "--format", "json"];

/** Rewrites the store with a valid digest, as another build of the tool would have written it. */
function rewriteStore(dir: string, edit: (body: string) => string): void {
  const file = path.join(dir, STORE);
  const raw = readFileSync(file, "utf8");
  const body = edit(raw.slice(raw.indexOf("\n") + 1));
  writeFileSync(file, `${createHash("sha256").update(body).digest("hex")}\n${body}`);
}

describe("result cache", () => {
  it("a repeat run on an unchanged tree reuses every candidate's result and prints the same report", () => {
    const dir = repo();
    const first = run(dir, JSON_ARGS);
    expect(first.stats).toBe("0 reused, 4 checked");
    expect(existsSync(path.join(dir, STORE))).toBe(true);
    const second = run(dir, JSON_ARGS);
    expect(second.stats).toBe("4 reused, 0 checked");
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    // The store is ignored by git: the work tree stays clean.
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("re-checks only an edited file, and prints what a run without cache prints", () => {
    const dir = repo();
    run(dir, JSON_ARGS);
    writeFiles(dir, { "config/models.yaml": "default_model: deepseek-reasoner\n# deepseek-chat was here\n" });
    const cached = run(dir, JSON_ARGS);
    expect(cached.stats).toBe("3 reused, 1 checked");
    expect(cached.stdout).toBe(run(dir, [...JSON_ARGS, "--no-cache"]).stdout);
    expect(cached.stdout).toContain('"line": 2');
  });

  it("a changed option is not served results made under another", () => {
    const dir = repo();
    run(dir, JSON_ARGS);
    for (const option of [["--thinking", "off"], ["--max-file-size", "100"]]) {
      const cached = run(dir, [...JSON_ARGS, ...option]);
      expect(cached.stats).toBe("0 reused, 4 checked");
      expect(cached.stdout).toBe(run(dir, [...JSON_ARGS, ...option, "--no-cache"]).stdout);
    }
  });

  it("a changed config is not served results made under another", () => {
    const dir = repo();
    run(dir, JSON_ARGS);
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify({ map: { "deepseek-chat": "deepseek-v4-pro" } }) });
    const cached = run(dir, JSON_ARGS);
    expect(cached.stats).toBe("0 reused, 5 checked"); // the config file names deepseek-chat too
    const fresh = run(dir, [...JSON_ARGS, "--no-cache"]).stdout;
    expect(cached.stdout).toBe(fresh);
    expect(fresh).toContain("deepseek-v4-pro");
  });

  it("results stored by another build of the tool are not used", () => {
    const dir = repo();
    const expected = run(dir, [...JSON_ARGS, "--no-cache"]).stdout;
    // An older build (DEEPSEEK_MIGRATE_CACHE_TOOL_ID stands for its version and code hash) whose
    // rules rewrote to another name stored its results.
    const old = { DEEPSEEK_MIGRATE_CACHE_TOOL_ID: "0.0.1+old-rules" };
    run(dir, JSON_ARGS, old);
    rewriteStore(dir, (body) => body.replaceAll('"replacement":"deepseek-v4-flash"', '"replacement":"deepseek-v4-old"'));
    const asOld = run(dir, JSON_ARGS, old);
    expect(asOld.stats).toBe("4 reused, 0 checked");
    expect(asOld.stdout).not.toBe(expected); // the seam really serves the old build's results
    const current = run(dir, JSON_ARGS);
    expect(current.stats).toBe("0 reused, 4 checked");
    expect(current.stdout).toBe(expected);
  });

  it("a damaged store is ignored and rebuilt", () => {
    const dir = repo();
    const expected = run(dir, [...JSON_ARGS, "--no-cache"]).stdout;
    run(dir, JSON_ARGS);
    const file = path.join(dir, STORE);
    const raw = readFileSync(file, "utf8");
    // One changed character inside a stored finding, the digest left as it was.
    writeFileSync(file, raw.replace('"reason":"config-value"', '"reason":"config-valuf"'));
    const damaged = run(dir, JSON_ARGS);
    expect(damaged.stats).toBe("0 reused, 4 checked");
    expect(damaged.stdout).toBe(expected);
    // Cut short, then not JSON at all.
    for (const text of [raw.slice(0, raw.length >> 1), "not a cache\n"]) {
      writeFileSync(file, text);
      const r = run(dir, JSON_ARGS);
      expect(r.stats).toBe("0 reused, 4 checked");
      expect(r.stdout).toBe(expected);
    }
    expect(run(dir, JSON_ARGS).stats).toBe("4 reused, 0 checked");
  });

  it("diffs and Markdown patches built from stored results equal those of a fresh check, and the store holds no secret", () => {
    const dir = repo();
    for (const args of [["diff"], ["check", "--format", "markdown"]]) {
      run(dir, args);
      const cached = run(dir, args);
      expect(cached.stats).toBe("4 reused, 0 checked");
      expect(cached.stdout).toBe(run(dir, [...args, "--no-cache"]).stdout);
    }
    const store = readFileSync(path.join(dir, STORE), "utf8");
    expect(store).toContain("deepseek-chat");
    expect(store).not.toContain(SECRET);
    expect(store).not.toContain("client.chat.completions.create"); // no file text beyond findings
  });

  it("--no-cache neither reads nor writes a store, and --cache-location moves it", () => {
    const dir = repo();
    expect(run(dir, [...JSON_ARGS, "--no-cache"]).stats).toBe(null);
    expect(existsSync(path.join(dir, "node_modules", ".cache"))).toBe(false);
    const elsewhere = path.join(dir, "..", `${path.basename(dir)}-cache`);
    run(dir, [...JSON_ARGS, "--cache-location", elsewhere]);
    expect(existsSync(path.join(elsewhere, "results.json"))).toBe(true);
    expect(existsSync(path.join(dir, "node_modules", ".cache"))).toBe(false);
    expect(run(dir, [...JSON_ARGS, "--cache-location", elsewhere]).stats).toBe("4 reused, 0 checked");
  });

  it("keeps no store by default in a project without node_modules/, and none for apply", () => {
    const dir = tempProject(null);
    writeFiles(dir, FILES);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "files");
    expect(run(dir, JSON_ARGS).stats).toBe(null);
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    const withModules = repo();
    expect(run(withModules, ["apply", "--format", "json"]).stats).toBe(null);
    expect(existsSync(path.join(withModules, "node_modules", ".cache"))).toBe(false);
  });
});
