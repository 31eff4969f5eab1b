// Migrated Vercel AI SDK code run with the real packages (ai, @ai-sdk/deepseek, and
// @ai-sdk/openai-compatible named "deepseek-api") against a recorder on 127.0.0.1: each request
// body must name the V4 model and carry the thinking mode its legacy name implied. This proves the
// providerOptions key each provider reads (`deepseek`, and the camel-cased name `deepseekApi`);
// a type check alone would not, since providerOptions takes any key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnWire, type WireRun } from "./support/wire.js";

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

describe("migrated Vercel AI SDK code on the wire", () => {
  let run: WireRun;
  const bodies: WireRun["bodies"][number][] = [];

  beforeAll(async () => {
    run = await runOnWire(SOURCE, {});
    bodies.push(...run.bodies);
  }, 120_000);

  afterAll(() => run?.close());

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
