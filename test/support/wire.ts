// The wire tests' recorder: migrated code runs with the real SDK packages in a child process against
// a server on 127.0.0.1 that answers every request with a minimal chat completion and keeps each
// request's path and JSON body, so a test asserts what would have been sent.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkText } from "./harness.js";
import { REPO_ROOT } from "./project.js";

/** A minimal chat completion, enough for the clients to parse. */
const REPLY = JSON.stringify({
  id: "cmpl-1",
  object: "chat.completion",
  created: 1,
  model: "deepseek-v4-flash",
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

export interface WireRun {
  /** The migrated source that ran. */
  readonly migrated: string;
  readonly code: number | null;
  readonly stderr: string;
  /** Each request received, in order. */
  readonly bodies: readonly { readonly path: string; readonly body: Record<string, unknown> }[];
  close(): void;
}

/**
 * Migrates `source` (as the file `app/chat.mjs`), runs it with the project's node_modules and
 * `DEEPSEEK_BASE_URL` pointing at the recorder (plus `env`), and returns what it sent.
 */
export async function runOnWire(source: string, env: Record<string, string> = {}): Promise<WireRun> {
  const bodies: { path: string; body: Record<string, unknown> }[] = [];
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (c: Buffer) => (data += c.toString("utf8")));
    req.on("end", () => {
      bodies.push({ path: req.url ?? "", body: JSON.parse(data) as Record<string, unknown> });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(REPLY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const migrated = (await checkText("app/chat.mjs", source)).output;
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-wire-"));
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "chat.mjs"), migrated);
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, "chat.mjs")], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}/v1`, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.on("close", (exit) => resolve({ code: exit, stderr: err }));
  });
  return {
    migrated,
    code,
    stderr,
    bodies,
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
