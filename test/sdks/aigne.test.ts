// The aigne SDK entry (rules/sdks/aigne.ts): AIGNE's DeepSeekChatModel builds its request body from a
// fixed list of fields, so a legacy model given to it is renamed with a note in AIGNE's own terms,
// never with an insertion that the model would drop, and never with another SDK's form.
import { describe, expect } from "vitest";
import { ruleTester, type InvalidRow } from "../support/rule-tester.js";

const IMPORT = `import { DeepSeekChatModel } from "@aigne/deepseek";\n`;

const invalid: readonly InvalidRow[] = [
  {
    name: "the model option of DeepSeekChatModel: renamed, the note names what AIGNE can and cannot send",
    path: "src/model.ts",
    code: `${IMPORT}export const model = new DeepSeekChatModel({\n  apiKey: process.env.DEEPSEEK_API_KEY,\n  model: "deepseek-chat",\n  modelOptions: { temperature: 0.7 },\n});\n`,
    findings: ["4:11 rewrite deepseek-chat request-site note"],
    output: `${IMPORT}export const model = new DeepSeekChatModel({\n  apiKey: process.env.DEEPSEEK_API_KEY,\n  model: "deepseek-v4-flash",\n  modelOptions: { temperature: 0.7 },\n});\n`,
    also: (r) => {
      expect(r.findings[0]!.note).toContain(`DeepSeekChatModel has no option that sends "thinking": {"type": "disabled"}`);
      expect(r.findings[0]!.note).not.toContain("client.chat.completions.create");
    },
  },
  {
    name: "reasoner through an import alias: the note says the rename keeps V4's default",
    path: "src/agent.mjs",
    code: `import { DeepSeekChatModel as Model } from "@aigne/deepseek";\nconst m = new Model({ model: "deepseek-reasoner" });\n`,
    findings: ["2:31 rewrite deepseek-reasoner request-site note"],
    output: `import { DeepSeekChatModel as Model } from "@aigne/deepseek";\nconst m = new Model({ model: "deepseek-v4-flash" });\n`,
    also: (r) => expect(r.findings[0]!.note).toContain(`V4 thinks by default, so the rename alone keeps "thinking": {"type": "enabled"}`),
  },
  {
    name: "a constant in a file importing @aigne/deepseek gets AIGNE's note",
    path: "src/config.ts",
    code: `${IMPORT}const MODEL = "deepseek-chat";\nexport const model = new DeepSeekChatModel({ model: process.env.MODEL ?? MODEL });\n`,
    findings: ["2:16 rewrite deepseek-chat reference note"],
    output: `${IMPORT}const MODEL = "deepseek-v4-flash";\nexport const model = new DeepSeekChatModel({ model: process.env.MODEL ?? MODEL });\n`,
    also: (r) => expect(r.findings[0]!.note).toContain("DeepSeekChatModel has no option"),
  },
  {
    name: "a DeepSeekChatModel class of the file's own is not AIGNE's",
    path: "src/own.ts",
    code: `class DeepSeekChatModel { constructor(o: object) {} }\nnew DeepSeekChatModel({ model: "deepseek-chat", messages: [] });\n`,
    findings: ["2:33 rewrite deepseek-chat request-site inserted"],
    output: `class DeepSeekChatModel { constructor(o: object) {} }\nnew DeepSeekChatModel({ model: "deepseek-v4-flash", messages: [], thinking: { type: "disabled" } });\n`,
  },
];

describe("sdk aigne", () => {
  ruleTester({ invalid });
});
