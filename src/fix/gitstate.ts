// Whether it is safe to rewrite files in place: like `cargo fix`, refuse while tracked files have
// uncommitted changes, so that every edit the tool makes can be reviewed and undone with git.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { findRepoRoot, gitReason } from "../discover/git.js";

export type TreeState =
  | { readonly kind: "clean" }
  | { readonly kind: "dirty"; readonly files: readonly string[] }
  | { readonly kind: "no-repo" }
  | { readonly kind: "unknown"; readonly reason: string };

/** The git state of the tracked files under one scanned root (a folder or a file). */
export function treeState(root: string): TreeState {
  let dir = root;
  let spec = ".";
  try {
    if (!statSync(root).isDirectory()) {
      dir = path.dirname(root);
      spec = path.basename(root);
    }
  } catch {
    return { kind: "unknown", reason: `cannot stat ${root}` };
  }
  const r = spawnSync("git", ["status", "--porcelain", "--untracked-files=no", "--", spec], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" },
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? { kind: "no-repo" } : { kind: "unknown", reason: r.error.message };
  }
  if (r.status !== 0) {
    const stderr = r.stderr || "";
    if (/not a git repository/i.test(stderr)) return { kind: "no-repo" };
    return { kind: "unknown", reason: stderr.trim() ? gitReason(stderr) : `git status exited ${r.status}` };
  }
  const files = r.stdout
    .split("\n")
    .filter((l) => l.length > 3)
    .map((l) => l.slice(3));
  return files.length === 0 ? { kind: "clean" } : { kind: "dirty", files };
}

/**
 * Combined verdict over several roots: the first problem wins. `outside` is true when a root is not
 * in a git repository (nothing can undo a write there). With `allowDirty` the tree state is not
 * asked of git at all; only whether each root lies in a repository (a `.git` above it) is looked at.
 */
export function checkWorkingTree(roots: readonly string[], options: { readonly allowDirty?: boolean } = {}): { readonly error?: string; readonly outside: boolean } {
  if (options.allowDirty) return { outside: roots.some((r) => findRepoRoot(r) === null) };
  const dirty: string[] = [];
  let outside = false;
  for (const root of roots) {
    const state = treeState(root);
    if (state.kind === "unknown") {
      return { error: `cannot check the git working tree: ${state.reason}; pass --allow-dirty to apply anyway`, outside };
    }
    if (state.kind === "no-repo") outside = true;
    if (state.kind === "dirty") for (const f of state.files) if (!dirty.includes(f)) dirty.push(f);
  }
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 3).join(", ") + (dirty.length > 3 ? `, and ${dirty.length - 3} more` : "");
    return {
      error: `the git working tree has uncommitted changes to ${dirty.length} tracked file${dirty.length === 1 ? "" : "s"} (${shown}); commit or stash them first, or pass --allow-dirty`,
      outside,
    };
  }
  return { outside };
}
