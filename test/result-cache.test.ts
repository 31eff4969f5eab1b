// The per-file result cache (src/check/result-cache.ts), through the real CLI on temp git repos: every
// run that may reuse stored results must print exactly what a run with --no-cache prints. The other
// cases (options, config, another build, patches, locations) are in result-cache.slow.test.ts.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, writeFiles } from "./support/project.js";
import { JSON_ARGS, repo, run, STORE } from "./support/cache.js";

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
});
