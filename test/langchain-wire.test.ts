// Migrated LangChain JS code run with the real packages (@langchain/deepseek, @langchain/openai,
// langchain's initChatModel, with modelProvider and with a `deepseek:` prefix) against a recorder on 127.0.0.1: the request bodies they send must name
// the V4 model and carry the thinking mode the legacy name implied. This is what proves modelKwargs
// reaches the wire; a type check alone would not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnWire, type WireRun } from "./support/wire.js";

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

describe("migrated LangChain JS on the wire", () => {
  let run: WireRun;
  const bodies: WireRun["bodies"][number][] = [];

  beforeAll(async () => {
    run = await runOnWire(SOURCE, { DEEPSEEK_API_KEY: "test-key", LANGSMITH_TRACING: "false", LANGCHAIN_TRACING_V2: "false" });
    bodies.push(...run.bodies);
  }, 120_000);

  afterAll(() => run?.close());

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
