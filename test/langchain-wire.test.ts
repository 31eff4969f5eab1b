// Migrated LangChain JS code run with the real packages (@langchain/deepseek, @langchain/openai,
// langchain's initChatModel, with modelProvider and with a `deepseek:` prefix) against a recorder on 127.0.0.1: the request bodies they send must name
// the V4 model and carry the thinking mode the legacy name implied. This is what proves modelKwargs
// reaches the wire; a type check alone would not.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "./support/harness.js";

const REPO = path.resolve(__dirname, "..");

const SOURCE = `import { ChatDeepSeek } from "@langchain/deepseek";
import { ChatOpenAI } from "@langchain/openai";
import { initChatModel } from "langchain";

const writer = new ChatDeepSeek({ model: "deepseek-chat", maxRetries: 0, configuration: { baseURL: process.env.DEEPSEEK_BASE_URL } });
const planner = new ChatDeepSeek("deepseek-reasoner", { maxRetries: 0, configuration: { baseURL: process.env.DEEPSEEK_BASE_URL } });
const compatible = new ChatOpenAI({
  model: "deepseek-chat",
  apiKey: process.env.DEEPSEEK_API_KEY,
  maxRetries: 0,
  configuration: { baseURL: process.env.DEEPSEEK_BASE_URL },
  modelKwargs: { user: "wire-test" },
});
const universal = await initChatModel("deepseek-reasoner", { modelProvider: "deepseek", maxRetries: 0, configuration: { baseURL: process.env.DEEPSEEK_BASE_URL } });
const prefixed = await initChatModel("deepseek:deepseek-chat", { maxRetries: 0, configuration: { baseURL: process.env.DEEPSEEK_BASE_URL } });

for (const model of [writer, planner, compatible, universal, prefixed]) await model.invoke("hello");
`;

/** A minimal chat completion, enough for the clients to parse. */
const REPLY = JSON.stringify({
  id: "cmpl-1",
  object: "chat.completion",
  created: 1,
  model: "deepseek-v4-flash",
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

describe("migrated LangChain JS on the wire", () => {
  const bodies: { path: string; body: Record<string, unknown> }[] = [];
  let server: Server;
  let dir: string;
  let migrated = "";
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

    migrated = (await checkText("app/chat.mjs", SOURCE)).output;
    dir = mkdtempSync(path.join(tmpdir(), "dsm-langchain-wire-"));
    symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
    writeFileSync(path.join(dir, "chat.mjs"), migrated);
    run = await new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(dir, "chat.mjs")], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}/v1`,
          DEEPSEEK_API_KEY: "test-key",
          LANGSMITH_TRACING: "false",
          LANGCHAIN_TRACING_V2: "false",
        },
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

  it("sends the V4 model with the thinking mode of each legacy name, in every client", () => {
    expect(bodies.map((b) => b.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions"]);
    expect(bodies.map((b) => [b.body.model, b.body.thinking])).toEqual([
      ["deepseek-v4-flash", { type: "disabled" }],
      ["deepseek-v4-flash", { type: "enabled" }],
      ["deepseek-v4-flash", { type: "disabled" }],
      ["deepseek-v4-flash", { type: "enabled" }],
      ["deepseek-v4-flash", { type: "disabled" }],
    ]);
  });

  it("keeps what an existing modelKwargs already sent", () => {
    expect(bodies[2]?.body.user).toBe("wire-test");
  });
});
