// Runs once per `vitest` run, before any worker starts (vitest.config.ts, vitest.slow.config.ts):
//
// 1. The CLI tests run bin/ → dist/, so dist/ is recompiled when any source is newer than it. Without
//    this, `npx vitest` after editing src/ would test new code in-process and stale code through the
//    CLI, silently. A build failure (type error) stops the run before any test.
// 2. git, and the CLI under test, see a git setup of the tests' own: no system config, a global config
//    file written here, no GIT_* variable inherited from the caller (a hook's GIT_DIR/GIT_INDEX_FILE,
//    GIT_CONFIG_PARAMETERS...), and temp folders under one root that git never searches above. A
//    developer's `commit.gpgsign`, `core.autocrlf`, `core.hooksPath` or a TMPDIR inside a work tree
//    then cannot change a result. Workers inherit this process's environment as it is after setup.
// 3. That temp root is removed after the run, in the background (DSM_KEEP_TEST_TMP=1 keeps it).
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { distStaleness, REPO_ROOT } from "./build.js";

/** The test run's own git identity and defaults; nothing here hides a product behaviour. */
const TEST_GITCONFIG = `[user]
\tname = deepseek-migrate tests
\temail = tests@deepseek-migrate.invalid
[init]
\tdefaultBranch = main
`;

function ensureBuilt(): void {
  const stale = distStaleness();
  if (stale === null) return;
  const started = Date.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["run", "compile", "--silent"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(`dist/ is out of date (${stale}) and \`npm run compile\` failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  const after = distStaleness();
  if (after !== null) throw new Error(`dist/ is still out of date after \`npm run compile\`: ${after}`);
  process.stderr.write(`recompiled dist/ before the tests (${stale}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function isolateGit(root: string): void {
  for (const name of Object.keys(process.env)) if (name.startsWith("GIT_")) delete process.env[name];
  const globalConfig = path.join(root, "gitconfig");
  writeFileSync(globalConfig, TEST_GITCONFIG);
  process.env.GIT_CONFIG_GLOBAL = globalConfig;
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  process.env.GIT_CEILING_DIRECTORIES = root;
  process.env.TMPDIR = root;
}

export default function setup(): () => void {
  ensureBuilt();
  const root = mkdtempSync(path.join(tmpdir(), "dsm-test-"));
  // Traversable by other users, as the system temp folder is: a test may run the CLI as \`nobody\`.
  chmodSync(root, 0o755);
  const saved = { ...process.env };
  isolateGit(root);
  return () => {
    process.env = saved;
    if (process.env.DSM_KEEP_TEST_TMP === "1") {
      process.stderr.write(`test temp folders kept in ${root}\n`);
      return;
    }
    // Tens of thousands of files: removed by a detached process, so the run does not wait for it.
    // Tests close some folders (mode 000) to test unreadable input; reopen them first.
    spawn("sh", ["-c", 'chmod -R u+rwx "$1"; rm -rf "$1"', "sh", root], { detached: true, stdio: "ignore" }).unref();
  };
}
