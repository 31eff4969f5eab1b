// What `apply` does to each file it rewrites (README, Safety): a new file renamed over the old one,
// never a write into the old one, with mode and owner kept; hard links are split from the file.
import { chmodSync, chownSync, closeSync, linkSync, mkdtempSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git, tempProject, writeFiles } from "../support/project.js";

const LEGACY = 'MODEL = "deepseek-chat"\n';
const MIGRATED = 'MODEL = "deepseek-v4-flash"\n';

function committed(files: Record<string, string>): string {
  const dir = tempProject(null);
  writeFiles(dir, files);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "fixture");
  return dir;
}

/** Reads what an already open descriptor sees now (from the start of the file). */
function readFd(fd: number): string {
  const buf = Buffer.alloc(256);
  return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString("utf8");
}

describe("apply replaces the files it rewrites", () => {
  it("by renaming a new file over each: a new inode, while the old one still holds the old bytes", () => {
    const dir = committed({ "app/config.py": LEGACY, "app/plain.py": "x = 1\n" });
    const file = path.join(dir, "app/config.py");
    const before = statSync(file);
    const untouched = statSync(path.join(dir, "app/plain.py"));
    // A reader holding the file open across the run: a write in place would change what it reads.
    const fd = openSync(file, "r");
    try {
      const r = cli(dir, ["apply"]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(MIGRATED);
      expect(statSync(file).ino).not.toBe(before.ino);
      expect(readFd(fd)).toBe(LEGACY);
    } finally {
      closeSync(fd);
    }
    // A file with nothing to change is not replaced.
    expect(statSync(path.join(dir, "app/plain.py")).ino).toBe(untouched.ino);
  });

  it("keeps each file's mode: 0755, 0640, 0600, 0644 and 0444", () => {
    const modes = { "run.py": 0o755, "secret.py": 0o640, "private.py": 0o600, "plain.py": 0o644, "readonly.py": 0o444 };
    const dir = committed(Object.fromEntries(Object.keys(modes).map((f) => [f, LEGACY])));
    for (const [f, mode] of Object.entries(modes)) chmodSync(path.join(dir, f), mode);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "modes");
    const r = cli(dir, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    const after = Object.fromEntries(Object.keys(modes).map((f) => [f, statSync(path.join(dir, f)).mode & 0o7777]));
    expect(after).toEqual({ "run.py": 0o755, "secret.py": 0o640, "private.py": 0o600, "plain.py": 0o644, "readonly.py": 0o444 });
    for (const f of Object.keys(modes)) expect(readFileSync(path.join(dir, f), "utf8")).toBe(MIGRATED);
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)(`keeps the owner and group of a file someone else owns (needs root to chown${root ? "" : "; skipped: not running as root"})`, () => {
    const dir = committed({ "theirs.py": LEGACY });
    const file = path.join(dir, "theirs.py");
    chownSync(file, 4242, 4343);
    chmodSync(file, 0o2755); // set-group-ID: chown clears it, so it must be set again after
    git(dir, "commit", "-qam", "executable");
    const r = cli(dir, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    const st = statSync(file);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([4242, 4343, 0o2755]);
    expect(readFileSync(file, "utf8")).toBe(MIGRATED);
  });

  it("splits a hard link: the scanned path is migrated, a link outside the scanned folders keeps the old text", () => {
    const dir = committed({ "app/config.py": LEGACY });
    const outside = path.join(mkdtempSync(path.join(tmpdir(), "dsm-outside-")), "config-copy.py");
    linkSync(path.join(dir, "app/config.py"), outside);
    const original = statSync(outside).ino;
    expect(statSync(outside).nlink).toBe(2);
    const r = cli(dir, ["apply", "app"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "app/config.py"), "utf8")).toBe(MIGRATED);
    expect(readFileSync(outside, "utf8")).toBe(LEGACY);
    expect(statSync(outside).ino).toBe(original);
    expect(statSync(outside).nlink).toBe(1);
    expect(statSync(path.join(dir, "app/config.py")).nlink).toBe(1);
  });

  it("splits a hard link between two scanned paths: each is migrated as its own file", () => {
    const dir = committed({ "a/model.py": LEGACY });
    linkSync(path.join(dir, "a/model.py"), path.join(dir, "b-model.py"));
    // git does not record hard links: commit the second name so apply sees a clean tree.
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "second name");
    const r = cli(dir, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    const a = statSync(path.join(dir, "a/model.py"));
    const b = statSync(path.join(dir, "b-model.py"));
    expect([readFileSync(path.join(dir, "a/model.py"), "utf8"), readFileSync(path.join(dir, "b-model.py"), "utf8")]).toEqual([MIGRATED, MIGRATED]);
    expect(a.ino).not.toBe(b.ino);
    expect([a.nlink, b.nlink]).toEqual([1, 1]);
    expect(git(dir, "status", "--porcelain")).toBe(" M a/model.py\n M b-model.py\n");
  });
});
