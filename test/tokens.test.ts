import { describe, expect, it } from "vitest";
import { findOccurrences } from "../src/check/tokens.js";

const ids = (text: string) => findOccurrences(text).map((o) => `${o.prefix}${o.legacy}:${o.kind}`);

describe("findOccurrences", () => {
  it.each([
    ["model: deepseek-chat", ["deepseek-chat:plain"]],
    ['@Value("${app.chat.model:deepseek-chat}")', ["deepseek-chat:plain"]],
    ['"deepseek-reasoner"', ["deepseek-reasoner:plain"]],
    ["the default is deepseek-chat.", ["deepseek-chat:plain"]],
    ["deepseek/deepseek-chat", ["deepseek/deepseek-chat:plain"]],
    ["deepseek:deepseek-reasoner", ["deepseek:deepseek-reasoner:plain"]],
    ["@deepseek/deepseek-chat", ["@deepseek/deepseek-chat:plain"]],
    ["openrouter/deepseek/deepseek-chat", ["openrouter/deepseek/deepseek-chat:openrouter"]],
    ["deepseek:deepseek/deepseek-reasoner", ["deepseek:deepseek/deepseek-reasoner:plain"]],
  ])("finds %s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    "deepseek-chat-v3-0324",
    "deepseek-chat:free",
    "deepseek-chat-v3.1",
    "deepseek-chat.ts",
    "my-deepseek-chat",
    "deepseek-chat_v2",
    "DEEPSEEK_CHAT",
    "DeepSeek-Chat",
    "https://github.com/x/deepseek-chat",
    "see www.example.com/deepseek-chat for details",
    "./providers/deepseek-chat",
    "@acme/deepseek-reasoner",
    "deepseek-chat/index.ts",
    "azure/deepseek-chat",
    "bedrock:deepseek-chat",
    "bedrock:deepseek/deepseek-chat",
    "deepseek:acme/deepseek-chat",
  ])("ignores %s", (text) => {
    expect(ids(text)).toEqual([]);
  });
});
