// The tests' own setup (test/support/global-setup.ts) is in force: git and the CLI see no config and
// no GIT_* variable of the person or CI job running the tests, temp folders sit under a root git never
// searches above, and dist/ is as new as its sources.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distStaleness } from "./support/build.js";
import { git, tempProject } from "./support/project.js";

describe("the test environment", () => {
  it("git reads only the repository's config and the tests' own global file; no GIT_* variable comes from outside", () => {
    const root = process.env.GIT_CEILING_DIRECTORIES!;
    expect(Object.keys(process.env).filter((k) => k.startsWith("GIT_")).sort()).toEqual(["GIT_CEILING_DIRECTORIES", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"]);
    expect([process.env.GIT_CONFIG_GLOBAL, process.env.GIT_CONFIG_NOSYSTEM]).toEqual([path.join(root, "gitconfig"), "1"]);
    const dir = tempProject(null);
    const scopes = git(dir, "config", "--list", "--show-origin", "--show-scope")
      .trim()
      .split("\n")
      .map((l) => l.split("\t").slice(0, 2).join(" "));
    expect([...new Set(scopes)]).toEqual([`global file:${path.join(root, "gitconfig")}`, "local file:.git/config"]);
  });

  it("temp folders sit under one root, above which git never looks for a repository", () => {
    const root = process.env.GIT_CEILING_DIRECTORIES!;
    expect(tmpdir()).toBe(root);
    const plain = mkdtempSync(path.join(tmpdir(), "dsm-plain-"));
    const r = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: plain, encoding: "utf8" });
    expect(r.status).toBe(128);
    expect(r.stderr).toMatch(/^fatal: not a git repository/);
  });

  it("dist/, which the CLI tests run, is not older than its sources", () => {
    expect(distStaleness()).toBeNull();
  });
});
