// Runs a program the way an ordinary user would meet unreadable files: a file or folder with mode 000
// refuses it (EACCES). Root reads everything, so as root the program runs with the two capabilities
// that override file permissions dropped (setpriv); it keeps its user id, so it still reaches the CLI,
// node_modules and the fixtures wherever the repository is cloned (a clone under a private 0700 folder
// included), which switching to another user (`runuser -u nobody`) would not.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const DROP = "-dac_override,-dac_read_search";

export type Unprivileged = { readonly prefix: readonly string[] } | { readonly reason: string };

let probed: Unprivileged | null = null;

/**
 * The command prefix that runs a program without permission override: none when not root, setpriv
 * when root. Checked once by reading a mode-000 file through it; `reason` says why it cannot be done here.
 */
export function unprivileged(): Unprivileged {
  if (probed) return probed;
  const prefix = process.getuid?.() === 0 ? ["setpriv", `--inh-caps=${DROP}`, `--bounding-set=${DROP}`, "--"] : [];
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-probe-"));
  const file = path.join(dir, "closed.txt");
  writeFileSync(file, "x");
  chmodSync(file, 0o000);
  const probe = [...prefix, process.execPath, "-e", `require("node:fs").readFileSync(${JSON.stringify(file)})`];
  const r = spawnSync(probe[0]!, probe.slice(1), { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  if (r.error) probed = { reason: `${probe[0]} cannot run (${(r.error as NodeJS.ErrnoException).code})` };
  else if (r.status === 0) probed = { reason: `a mode-000 file is still readable${prefix.length ? " after setpriv dropped CAP_DAC_OVERRIDE" : ""}` };
  else if (!/EACCES/.test(r.stderr)) probed = { reason: `the permission probe failed otherwise: ${r.stderr.trim().split("\n")[0] ?? ""}` };
  else probed = { prefix };
  return probed;
}
