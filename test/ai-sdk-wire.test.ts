// Migrated Vercel AI SDK code run with the real packages (ai, @ai-sdk/deepseek, and
// @ai-sdk/openai-compatible named "deepseek-api") against a recorder on 127.0.0.1: each request
// body must name the V4 model and carry the thinking mode its legacy name implied. This proves the
// providerOptions key each provider reads (`deepseek`, and the camel-cased name `deepseekApi`);
// a type check alone would not, since providerOptions takes any key.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "./support/harness.js";

const REPO = path.resolve(__dirname, "..");

const SOURCE = `import { generateText } from "ai";
import * as ds from "@ai-sdk/deepseek";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";

const base = process.env.DEEPSEEK_BASE_URL;
const provider = ds.createDeepSeek({ baseURL: base, apiKey: "test-key" });
const compatible = createOpenAICompatible({ name: "deepseek-api", baseURL: base, apiKey: "test-key" });
const reasoner = provider.chat("deepseek-reasoner");

await generateText({ model: provider("deepseek-chat"), prompt: "hi", maxRetries: 0 });
await generateText({ model: reasoner, prompt: "hi", maxRetries: 0, providerOptions: { deepseek: {} } });
await generateText({ model: compatible.chatModel("deepseek-chat"), prompt: "hi", maxRetries: 0 });
await generateText({ model: compatible("deepseek-reasoner"), prompt: "hi", maxRetries: 0, providerOptions: { deepseekApi: { user: "wire-test" } } });
`;

/** A minimal chat completion, enough for the providers to parse. */
const REPLY = JSON.stringify({
  id: "cmpl-1",
  object: "chat.completion",
  created: 1,
  model: "deepseek-v4-flash",
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

describe("migrated Vercel AI SDK code on the wire", () => {
  const bodies: { path: string; body: Record<string, unknown> }[] = [];
  let server: Server;
  let dir: string;
  let run: { code: number | null; stderr: string } = { code: null, stderr: "" };

  beforeAll(async () => {
    server = createServer((req, res) => {
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

    const migrated = (await checkText("app/chat.mjs", SOURCE)).output;
    dir = mkdtempSync(path.join(tmpdir(), "dsm-ai-sdk-wire-"));
    symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
    writeFileSync(path.join(dir, "chat.mjs"), migrated);
    run = await new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(dir, "chat.mjs")], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}/v1` },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("close", (code) => resolve({ code, stderr }));
    });
  }, 120_000);

  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs the migrated file to the end", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("sends the V4 model with the thinking mode of each legacy name, through both providers", () => {
    expect(bodies.map((b) => b.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions"]);
    expect(bodies.map((b) => [b.body.model, b.body.thinking])).toEqual([
      ["deepseek-v4-flash", { type: "disabled" }],
      ["deepseek-v4-flash", { type: "enabled" }],
      ["deepseek-v4-flash", { type: "disabled" }],
      ["deepseek-v4-flash", { type: "enabled" }],
    ]);
  });

  it("keeps what an existing providerOptions entry already sent", () => {
    expect(bodies[3]?.body.user).toBe("wire-test");
  });
});
