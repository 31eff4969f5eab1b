// The prose of each finding and advisory code is rendered from the code's table entry and the
// detection's data (a slug, a constant's name, a request key, how reasoning_content is dropped):
// these are the messages the JSON report and the library give, written out in full.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/project.js";

type Messages = [string, [string, string][], [string, string][]];

/** `migrateText` of the built library on each [path, text]: each finding's and advisory's code and message. */
function messages(files: readonly (readonly [string, string])[], settings: object = {}): Messages[] {
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-codes-"));
  const script = path.join(dir, "run.mjs");
  writeFileSync(
    script,
    `const api = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "dist/index.js")).href)});
const out = [];
for (const [p, t] of ${JSON.stringify(files)}) {
  const r = await api.migrateText(p, t, ${JSON.stringify(settings)});
  out.push([p, r.findings.map((f) => [f.reason, f.message]), r.advisories.map((a) => [a.code, a.message])]);
}
console.log(JSON.stringify(out));\n`,
  );
  const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Messages[];
}

const DROPPED = "reasoning_content is stripped or ignored: V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise)";

describe("messages rendered from a code and its detail", () => {
  it("advisories name the key, the value, the legacy name or how reasoning_content is dropped", () => {
    const out = messages([
      [
        "src/chat.ts",
        [
          `import OpenAI from "openai";`,
          `const client = new OpenAI();`,
          `export async function ask(messages: any[]) {`,
          `  const r = await client.chat.completions.create({ model: "deepseek-reasoner", messages, temperature: 0.2, tool_choice: "required", tools: [] });`,
          `  delete r.choices[0].message.reasoning_content;`,
          `  return r;`,
          `}`,
          ``,
        ].join("\n"),
      ],
      [
        "src/fim.ts",
        `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const fill = () => client.completions.create({ model: "deepseek-chat", prompt: "def f(", suffix: "return 1" });\n`,
      ],
      [
        "agent.py",
        [
          `from openai import OpenAI`,
          `client = OpenAI()`,
          `def run(messages, tools):`,
          `    for _ in range(3):`,
          `        r = client.chat.completions.create(model="deepseek-reasoner", messages=messages, tools=tools, temperature=0.3)`,
          `        m = r.choices[0].message.model_dump()`,
          `        m.pop("reasoning_content")`,
          `        del m["reasoning_content"]`,
          `        messages.append({"role": "assistant", "content": m["content"]})`,
          ``,
        ].join("\n"),
      ],
    ]);
    expect(out.map(([file, , advisories]) => [file, advisories])).toEqual([
      [
        "src/chat.ts",
        [
          ["sampling-ignored", "temperature/top_p/penalties are ignored when thinking is enabled (temperature)"],
          ["forced-tool-choice", "forcing a tool via tool_choice returns HTTP 400 when thinking is enabled (tool_choice: required)"],
          ["reasoning-content-dropped", `${DROPPED} (delete r.choices[0].message.reasoning_content)`],
        ],
      ],
      ["src/fim.ts", [["fim-thinking", "FIM completion (/beta/completions) works only with thinking disabled (deepseek-chat meant thinking disabled)"]]],
      [
        "agent.py",
        [
          ["sampling-ignored", "temperature/top_p/penalties are ignored when thinking is enabled (temperature)"],
          ["reasoning-content-dropped", `${DROPPED} (pop)`],
          ["reasoning-content-dropped", `${DROPPED} (del)`],
          ["reasoning-content-dropped", `${DROPPED} (assistant message built without it)`],
        ],
      ],
    ]);
  });

  it("review findings name the thinking setting found, the slug and the constant", () => {
    const out = messages([
      [
        "src/conflict.ts",
        `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = (messages: any[]) => client.chat.completions.create({ model: "deepseek-chat", messages, thinking: { type: "enabled" } });\n`,
      ],
      ["body.json", `{"model": "deepseek-chat", "messages": [], "thinking": {"type": "enabled"}}\n`],
      ["src/route.ts", `const base = "https://openrouter.ai/api/v1";\nexport const model = "deepseek/deepseek-chat";\n`],
      ["models.py", `__all__ = ["CHAT_MODEL"]\nCHAT_MODEL = "deepseek-chat"\n`],
    ]);
    expect(out.map(([file, findings]) => [file, findings])).toEqual([
      ["src/conflict.ts", [["thinking-conflict", "request sets thinking enabled but deepseek-chat meant thinking disabled: decide which behaviour you want"]]],
      ["body.json", [["thinking-conflict", "request sets thinking enabled but deepseek-chat meant thinking disabled: decide which behaviour you want"]]],
      [
        "src/route.ts",
        [["openrouter", "OpenRouter slug deepseek/deepseek-chat: OpenRouter's own catalog entry, not DeepSeek's retired alias; check the route you want"]],
      ],
      [
        "models.py",
        [["exported-constant", "exported constant CHAT_MODEL holds the legacy name: changing it retargets every importer; add a new constant and deprecate this one"]],
      ],
    ]);
  });

  it("a review finding names the target the mapping would give, though it rewrites nothing", () => {
    const [[, findings]] = messages([["models.yaml", "models:\n  - deepseek-chat\n  - deepseek-reasoner\n"]], { to: "pro" }) as [Messages];
    expect(findings).toEqual([
      ["collection-both", "collection holds both legacy names: renaming collapses them into one deepseek-v4-pro; decide how the two modes are represented"],
      ["collection-both", "collection holds both legacy names: renaming collapses them into one deepseek-v4-pro; decide how the two modes are represented"],
    ]);
  });
});
