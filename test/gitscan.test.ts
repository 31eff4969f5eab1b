// The git fast path (git ls-files + git grep) must list the same files and report the same findings
// as the portable path (Node walker + byte probe), in real git repositories.
import { chmodSync, cpSync, lstatSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { gitDiscover } from "../src/discover/gitscan.js";
import { prefilter, CANDIDATE } from "../src/discover/prefilter.js";
import { scan } from "../src/discover/walk.js";
import { cli, git, REPO_ROOT, tempProject, writeFiles } from "./support/project.js";
import { needs, unprivileged } from "./support/requires.js";

const LEGACY = (n: string): string => `const ${n} = { model: "deepseek-chat" };\n`;
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

/** Both paths' file lists, plus the files each considers a candidate after the probe. */
async function compare(dir: string, roots: readonly string[] = ["."], extra: { include?: string[]; exclude?: string[] } = {}) {
  const options = { cwd: dir, ...extra };
  const listed: string[] = [];
  const early: string[] = [];
  const viaGit = await gitDiscover(roots, options, { onFile: (rel) => listed.push(rel), onCandidate: (t) => early.push(t.abs) });
  expect(viaGit, "git path declined").not.toBeNull();
  const walked = await scan(roots, options);
  expect(listed.sort()).toEqual(walked.map((t) => t.rel).sort());
  expect(viaGit!.count).toBe(walked.length);
  // Every verified candidate was handed over early, and is one the walker lists.
  const candidates = new Set(viaGit!.candidates.map((t) => t.abs));
  for (const abs of candidates) expect(early).toContain(abs);
  const walkedAbs = new Set(walked.map((t) => t.abs));
  for (const abs of candidates) expect(walkedAbs.has(abs), abs).toBe(true);
  const probed: string[] = [];
  let i = 0;
  for await (const batch of prefilter(walked.map((t) => t.abs), { workers: 0 })) {
    for (const s of batch.status) {
      if (s === CANDIDATE) probed.push(walked[i]!.abs);
      i++;
    }
  }
  // git grep may name more files (a byte-order mark inside a binary file); never fewer.
  for (const abs of probed) expect(candidates.has(abs), abs).toBe(true);
  return { files: walked.map((t) => t.rel), candidates: probed.map((p) => path.relative(dir, p)) };
}

function sameReport(dir: string, args: readonly string[] = []): void {
  const fast = cli(dir, ["check", "--format", "json", ...args]);
  const slow = cli(dir, ["check", "--format", "json", "--no-git-scan", ...args]);
  expect(fast.stderr.replace(/\n$/, "")).toBe(slow.stderr.replace(/\n$/, ""));
  expect(fast.status).toBe(slow.status);
  expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
  const env = cli(dir, ["check", "--format", "json", ...args], { env: { DEEPSEEK_MIGRATE_NO_GIT_SCAN: "1" } });
  expect(JSON.parse(env.stdout)).toEqual(JSON.parse(slow.stdout));
}

function mixedRepo(): string {
  const dir = tempProject(null);
  writeFiles(dir, {
    ".gitignore": "ignored/\n*.log\n*.local.ts\n",
    "src/tracked.ts": LEGACY("a"),
    "src/clean.ts": "export const x = 1;\n",
    "src/forced.local.ts": LEGACY("tracked but matching .gitignore"),
    "pkg/.gitignore": "tmp/\n",
    "pkg/tmp/inner.py": 'model = "deepseek-reasoner"\n',
    "pkg/tmp/committed/config.py": 'MODEL = "deepseek-chat"\n',
    "ignored/deep/committed.ts": LEGACY("committed in an ignored folder"),
    "pkg/keep.py": 'model = "deepseek-reasoner"\n',
    "ignored/x.ts": LEGACY("b"),
    "node_modules/dep/index.js": LEGACY("c"),
    "build/out.js": LEGACY("d"),
    "CHANGELOG.md": "Moved off deepseek-chat.\n",
    "package-lock.json": '{"model": "deepseek-chat"}\n',
    "docs/wide.txt": utf16("use deepseek-chat here\n"),
    "docs/bom-no-id.bin": Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x02]),
    "gone.ts": LEGACY("e"),
  });
  git(dir, "add", "-A");
  // Committed although .gitignore names them (git keeps tracking such files), and a clean one.
  git(dir, "add", "-f", "src/forced.local.ts", "pkg/tmp/committed/config.py", "ignored/deep/committed.ts");
  git(dir, "commit", "-qm", "base");
  rmSync(path.join(dir, "gone.ts"));
  writeFiles(dir, { "new/untracked.ts": LEGACY("f"), "new/also.log": LEGACY("g") });
  symlinkSync("../src/tracked.ts", path.join(dir, "new/link.ts"));
  symlinkSync("src", path.join(dir, "dirlink"));
  return dir;
}

describe("git fast path", () => {
  it("lists what the walker lists: tracked, untracked, nested .gitignore, excluded folders, history/lock files, symlinks, deletions", async () => {
    const dir = mixedRepo();
    const { files, candidates } = await compare(dir);
    expect(files).toContain("new/untracked.ts");
    expect(files).toContain("docs/wide.txt");
    // Tracked files are scanned although a .gitignore rule covers them or their folder: git ignores
    // .gitignore for files it tracks. Untracked files beside them stay out.
    expect(files).toContain("src/forced.local.ts");
    expect(files).toContain("pkg/tmp/committed/config.py");
    expect(files).toContain("ignored/deep/committed.ts");
    for (const gone of ["pkg/tmp/inner.py", "ignored/x.ts", "node_modules/dep/index.js", "build/out.js", "CHANGELOG.md", "package-lock.json", "gone.ts", "new/link.ts", "new/also.log"]) {
      expect(files).not.toContain(gone);
    }
    expect(candidates.sort()).toEqual([
      "docs/wide.txt",
      "ignored/deep/committed.ts",
      "new/untracked.ts",
      "pkg/keep.py",
      "pkg/tmp/committed/config.py",
      "src/forced.local.ts",
      "src/tracked.ts",
    ]);
    sameReport(dir);
    const report = JSON.parse(cli(dir, ["check", "--format", "json"]).stdout) as { findings: { file: string }[] };
    expect(new Set(report.findings.map((f) => f.file))).toEqual(
      new Set(["docs/wide.txt", "ignored/deep/committed.ts", "new/untracked.ts", "pkg/keep.py", "pkg/tmp/committed/config.py", "src/forced.local.ts", "src/tracked.ts"]),
    );
  });

  it("outside git, the walker leaves out every file a .gitignore rule covers: nothing is tracked there", async () => {
    const repo = mixedRepo();
    rmSync(path.join(repo, ".git"), { recursive: true });
    const files = (await scan(["."], { cwd: repo })).map((t) => t.rel);
    expect(files).toContain("src/tracked.ts");
    for (const gone of ["src/forced.local.ts", "pkg/tmp/committed/config.py", "ignored/deep/committed.ts", "ignored/x.ts", "new/also.log"]) expect(files).not.toContain(gone);
  });

  it("applies roots, a subfolder as cwd, and the config's include/exclude the same way", async () => {
    const dir = mixedRepo();
    await compare(dir, ["src", "new"]);
    await compare(path.join(dir, "pkg"));
    await compare(dir, ["."], { exclude: ["docs/"], include: ["**/*.ts", "**/*.py"] });
    writeFiles(dir, { "deepseek-migrate.config.json": JSON.stringify({ exclude: ["pkg/"] }) });
    sameReport(dir);
    sameReport(dir, ["src", "docs"]);
  });

  it("finds the same on every rule fixture", async () => {
    const dir = tempProject(null, { git: false });
    cpSync(path.join(REPO_ROOT, "fixtures"), path.join(dir, "fixtures"), { recursive: true });
    git(dir, "init", "-q", "-b", "main");
    await compare(dir);
    sameReport(dir);
  });

  it("checks candidates while git still searches, but writes only the ones the walker would list", async () => {
    const dir = mixedRepo();
    const before = {
      untracked: readFileSync(path.join(dir, "ignored/x.ts"), "utf8"),
      link: readFileSync(path.join(dir, "src/tracked.ts"), "utf8"),
    };
    const r = cli(dir, ["apply", "--format", "json", "--allow-dirty"]);
    expect(r.status, r.stderr).toBe(0);
    const written = (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
    // git grep names the symlink; it is neither reported nor written. An ignored untracked file is
    // not even searched; the committed ones that .gitignore names are migrated.
    expect(written).not.toContain("new/link.ts");
    expect(written).not.toContain("ignored/x.ts");
    expect(written).toContain("src/forced.local.ts");
    expect(readFileSync(path.join(dir, "ignored/x.ts"), "utf8")).toBe(before.untracked);
    expect(readFileSync(path.join(dir, "src/forced.local.ts"), "utf8")).toContain("deepseek-v4-flash");
    expect(lstatSync(path.join(dir, "new/link.ts")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "src/tracked.ts"), "utf8")).not.toBe(before.link);
  });

  it("gives the walker's report when more candidates than are checked ahead (256) are named", async () => {
    const dir = tempProject(null);
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`pkg/f${String(i).padStart(3, "0")}.${["ts", "py", "yaml"][i % 3]}`] = i % 3 === 2 ? "model: deepseek-chat\n" : i % 3 === 1 ? 'MODEL = "deepseek-reasoner"\n' : LEGACY(`m${i}`);
    writeFiles(dir, files);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "many");
    const { candidates } = await compare(dir);
    expect(candidates).toHaveLength(300);
    sameReport(dir);
  });

  it("hands over to the walker when git cannot answer for every file", async () => {
    const dir = mixedRepo();
    // A file root (judged on its own by the walker), a root outside cwd, and a folder that is no repository.
    expect(await gitDiscover(["src/tracked.ts"], { cwd: dir })).toBeNull();
    expect(await gitDiscover([".."], { cwd: path.join(dir, "src") })).toBeNull();
    // A folder an ignore rule covers, named or as cwd: the walker scans it whole, git would not.
    expect(await gitDiscover(["pkg/tmp"], { cwd: dir })).toBeNull();
    expect(await gitDiscover(["."], { cwd: path.join(dir, "ignored/deep") })).toBeNull();
    sameReport(dir, ["pkg/tmp"]);
    const plain = tempProject(null, { git: false });
    writeFiles(plain, { "a.ts": LEGACY("a") });
    expect(await gitDiscover(["."], { cwd: plain })).toBeNull();
    // A nested repository: git lists it as one folder, the walker enters it.
    const inner = path.join(dir, "vendor-repo");
    writeFiles(dir, { "vendor-repo/x.ts": LEGACY("n") });
    git(inner, "init", "-q");
    expect(await gitDiscover(["."], { cwd: dir })).toBeNull();
    sameReport(dir);
  });

  // Root reads every file whatever its mode, so only another user sees git fail on an unreadable file.
  const user = unprivileged();
  needs(user.missing)("hands over to the walker when git cannot read a file (as an unprivileged user)", () => {
    const dir = mixedRepo();
    chmodSync(path.join(dir, "src/tracked.ts"), 0o000);
    user.ownTree(dir);
    const env = { HOME: dir, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
    const gitscan = pathToFileURL(path.join(user.pkg, "dist/src/discover/gitscan.js")).href;
    const declined = user.node(dir, ["--input-type=module", "-e", `const { gitDiscover } = await import(${JSON.stringify(gitscan)});\nconsole.log(await gitDiscover(["."], { cwd: process.cwd() }));`], env);
    expect(declined.stderr).toBe("");
    expect(declined.stdout).toBe("null\n");
    const fast = user.cli(dir, ["check", "--format", "json"], env);
    const slow = user.cli(dir, ["check", "--format", "json", "--no-git-scan"], env);
    expect(fast.stderr).toBe(slow.stderr);
    expect(fast.status).toBe(slow.status);
    expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
    expect((JSON.parse(fast.stdout) as { skipped: unknown[] }).skipped).toEqual([{ file: "src/tracked.ts", reason: "unreadable", detail: "cannot read (EACCES)" }]);
  });
});
