// The per-file result cache, continued (see result-cache.test.ts): each case runs the CLI many times.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, tempProject, writeFiles } from "./support/project.js";
import { FILES, JSON_ARGS, repo, rewriteStore, run, SECRET, STORE } from "./support/cache.js";

describe("result cache", () => {
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
