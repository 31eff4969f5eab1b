// The walker tests names, not paths, against slash-free .gitignore rules; this must decide exactly
// what the ignore package decides on the full relative path, for files and folders alike.
import ignoreFactory from "ignore";
import { describe, expect, it } from "vitest";
import { compileRules } from "../src/discover/walk.js";

const GITIGNORES = [
  "node_modules/\ndist/\n*.log\n.env.local\n",
  "# comment\n\n*.tmp   \nbuild\n/out\nsrc/generated/\ndocs/**/draft.md\n",
  "*.log\n!keep.log\nlogs/\n",
  "\\#notes.txt\nfoo\\ \n*.py[cod]\r\n__pycache__/\r\n",
  "a/b\n**/secret.txt\nreports/*.csv\n",
];
const PATHS = [
  "app.log", "src/app.log", "keep.log", "src/keep.log", "dist/", "src/dist/", "dist", "node_modules/", "pkg/node_modules/",
  ".env.local", "config/.env.local", "x.tmp", "a/b/x.tmp", "build", "build/", "lib/build/", "out/", "lib/out/",
  "src/generated/", "other/src/generated/", "docs/a/draft.md", "draft.md", "#notes.txt", "foo ", "m.pyc", "pkg/m.pyo",
  "__pycache__/", "a/b", "a/b/", "c/a/b", "x/secret.txt", "secret.txt", "reports/q1.csv", "reports/y/q1.csv", "logs/", "src/logs/",
  "index.ts", "src/index.ts",
];

describe("compileRules", () => {
  it.each(GITIGNORES.map((g) => [JSON.stringify(g), g]))("agrees with ignore on full paths for %s", (_label, text) => {
    const reference = ignoreFactory().add(text);
    const rules = compileRules("/repo", text);
    for (const p of PATHS) {
      const isDir = p.endsWith("/");
      const rel = isDir ? p.slice(0, -1) : p;
      const name = rel.slice(rel.lastIndexOf("/") + 1) + (isDir ? "/" : "");
      // Only paths whose parent folders are not ignored reach the test during a walk.
      const parents = rel.split("/").slice(0, -1).map((_, i, all) => `${all.slice(0, i + 1).join("/")}/`);
      if (parents.some((d) => reference.ignores(d))) continue;
      const expected = reference.test(p);
      const got = rules.all
        ? rules.all.test(p)
        : { ignored: Boolean(rules.byName?.ignores(name) || rules.byPath?.ignores(p)), unignored: false };
      expect({ path: p, ignored: got.ignored }).toEqual({ path: p, ignored: expected.ignored });
    }
  });

  it("splits slash-free rules from path rules, and keeps files with negations whole", () => {
    const split = compileRules("/repo", "*.log\n/build\nsrc/gen/\ncache/\n");
    expect(split.all).toBeNull();
    expect(split.byName?.ignores("x.log")).toBe(true);
    expect(split.byName?.ignores("cache/")).toBe(true);
    expect(split.byPath?.ignores("build")).toBe(true);
    expect(compileRules("/repo", "*.log\n!keep.log\n").all).not.toBeNull();
  });
});
