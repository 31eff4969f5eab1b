// The review checks of rules/checks/: file checks through the engine (one file), project checks
// through the real CLI on small projects in temp folders (a test and the module it imports, a
// document and the code it documents). Each case has a twin without the coupling, which stays a rewrite.
import { describe, expect, it } from "vitest";
import { projectPass } from "../src/check/project.js";
import { brief, checkText } from "./support/harness.js";
import { cli, git, parseReport, tempProject, writeFiles } from "./support/project.js";

/** `file:line action reason` for each finding of a JSON report, in report order. */
function verdicts(dir: string): string[] {
  const r = cli(dir, ["check", "--format", "json"]);
  expect(r.status, r.stderr).not.toBe(2);
  return parseReport(r.stdout).findings.map((f) => `${f.file}:${f.line} ${f.action} ${f.reason}`);
}

function project(files: Record<string, string>): string {
  const dir = tempProject(null);
  writeFiles(dir, files);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "fixture");
  return dir;
}

describe("file checks", () => {
  it("a comment right above a branch on the name is reviewed with it; a comment elsewhere is renamed", async () => {
    const code = [
      `export function options(id: string) {`,
      `  // thinking only for deepseek-reasoner`,
      `  const thinking = id.includes("deepseek-reasoner");`,
      `  return { thinking };`,
      `}`,
      ``,
      `// the app used deepseek-chat for summaries`,
      `export const LIMIT = 3;`,
      ``,
    ].join("\n");
    const { findings } = await checkText("src/options.ts", code);
    expect(brief(findings)).toEqual(["2:24 review deepseek-reasoner branch-comment", "3:33 review deepseek-reasoner comparison", "7:17 rewrite deepseek-chat reference"]);
  });

  it("a comment on a later use of a name bound by a branch counts too", async () => {
    const code = [
      `const wantsThinking = model.startsWith("deepseek-reasoner");`,
      `const body = {`,
      `  model,`,
      `  // deepseek-reasoner needs its reasoning passed back`,
      `  keep: wantsThinking,`,
      `};`,
      ``,
    ].join("\n");
    const { findings } = await checkText("src/body.ts", code);
    expect(brief(findings)).toEqual(["1:41 review deepseek-reasoner comparison", "4:6 review deepseek-reasoner branch-comment"]);
  });

  it("a docstring of a function that tests a piece of the name is reviewed", async () => {
    const code = [
      `def reasons(model_id):`,
      `    """True for deepseek-reasoner and the r1 family."""`,
      `    return "reasoner" in model_id or "r1" in model_id`,
      ``,
      ``,
      `def label(model_id):`,
      `    """Shown next to deepseek-chat in the menu."""`,
      `    return model_id.upper()`,
      ``,
    ].join("\n");
    const { findings } = await checkText("lib/caps.py", code);
    expect(brief(findings)).toEqual(["2:17 review deepseek-reasoner branch-comment", "7:22 rewrite deepseek-chat reference"]);
  });

  it("a set tested for membership is a comparison, whatever else it holds; a set never tested is not", async () => {
    const tested = `NO_THINKING = {\n    "deepseek-chat",\n}\n\ndef thinking(model):\n    return model not in NO_THINKING\n`;
    expect(brief((await checkText("lib/modes.py", tested)).findings)).toEqual(["2:6 review deepseek-chat comparison"]);
    const untested = `DEFAULTS = {\n    "deepseek-chat",\n}\n`;
    expect(brief((await checkText("lib/modes.py", untested)).findings)).toEqual(["2:6 rewrite deepseek-chat reference"]);
  });

  it("the default of a schema enum and a CLI choice are validated values; an argparse default is not validated", async () => {
    const zod = `const Input = z.object({\n  model: z.enum(["deepseek-chat", "deepseek-reasoner"]).default("deepseek-chat"),\n});\n`;
    expect(brief((await checkText("src/schema.ts", zod)).findings)).toEqual([
      "2:19 review deepseek-chat collection-both",
      "2:36 review deepseek-reasoner collection-both",
      "2:66 review deepseek-chat validated-value",
    ]);
    const cliArgs = `parser.add_argument(\n    "--model",\n    choices=["deepseek-chat", "qwen-max"],\n    default="deepseek-chat",\n)\n`;
    const { findings } = await checkText("run.py", cliArgs);
    expect(brief(findings).map((f) => f.replace(/ note$/, ""))).toEqual(["3:15 review deepseek-chat validated-value", "4:14 rewrite deepseek-chat reference"]);
  });
});

describe("project checks", () => {
  it("a test of a module keyed by the names is reviewed; a test of a module that only passes the name on is renamed", () => {
    const dir = project({
      "src/price.ts": `const PRICE: Record<string, number> = { "deepseek-chat": 1, "deepseek-reasoner": 4 };\nexport const price = (m: string) => PRICE[m];\n`,
      "src/send.ts": `// callers pass deepseek-chat here\nexport function send(model: string) { return { model }; }\n`,
      "src/price.test.ts": `import { price } from "./price";\nit("prices", () => {\n  expect(price("deepseek-chat")).toBe(1);\n});\n`,
      "src/send.test.ts": `import { send } from "./send.js";\nit("sends", () => {\n  expect(send("deepseek-chat").model).toBe("deepseek-chat");\n});\n`,
    });
    expect(verdicts(dir)).toEqual([
      "src/price.test.ts:3 review test-assertion",
      "src/price.ts:1 review mapping-key",
      "src/price.ts:1 review mapping-key",
      "src/send.test.ts:3 rewrite reference",
      "src/send.test.ts:3 rewrite reference",
      "src/send.ts:1 rewrite reference",
    ]);
  });

  it("a table with one legacy key among other models' is a catalog: a test echoing a model through it is renamed", () => {
    const dir = project({
      "src/windows.ts": `const WINDOW: Record<string, number> = { "gpt-4o": 128000, "deepseek-chat": 64000 };\nexport const windowOf = (m: string) => WINDOW[m] ?? 8000;\n`,
      "src/windows.test.ts": `import { windowOf } from "./windows";\nit("knows the model", () => {\n  expect(windowOf("deepseek-chat")).toBeGreaterThan(0);\n});\n`,
    });
    expect(verdicts(dir)).toEqual(["src/windows.test.ts:3 rewrite reference", "src/windows.ts:1 review mapping-key"]);
  });

  it("each test is judged by the imported names it uses", () => {
    const dir = project({
      "src/modes.ts": `export const MODES = z.enum(["deepseek-chat", "deepseek-reasoner"]);\n`,
      "src/client.ts": `// talks to deepseek-chat by default\nexport class Client { create(p: object) { return p; } }\n`,
      "src/all.test.ts": [
        `import { MODES } from "./modes";`,
        `import { Client } from "./client";`,
        `it("accepts the chat model", () => {`,
        `  expect(MODES.parse("deepseek-chat")).toBe("deepseek-chat");`,
        `});`,
        `it("sends", () => {`,
        `  new Client().create({ model: "deepseek-chat" });`,
        `});`,
        ``,
      ].join("\n"),
    });
    expect(verdicts(dir).filter((v) => v.startsWith("src/all.test.ts"))).toEqual([
      "src/all.test.ts:4 review test-assertion",
      "src/all.test.ts:4 review test-assertion",
      "src/all.test.ts:7 rewrite reference",
    ]);
  });

  it("Python: a unit test of a sub-package that branches is reviewed, an integration test of it is renamed", () => {
    const dir = project({
      "lib/acme/models/thinking.py": `def wants_thinking(model):\n    return model == "deepseek-reasoner"\n`,
      "tests/unit/test_thinking.py": `from acme.models.thinking import wants_thinking\n\ndef test_reasoner():\n    assert wants_thinking("deepseek-reasoner")\n`,
      "tests/integration/test_live.py": `from acme.models.thinking import wants_thinking\n\ndef test_live():\n    assert wants_thinking("deepseek-reasoner")\n`,
    });
    expect(verdicts(dir)).toEqual([
      "lib/acme/models/thinking.py:2 review comparison",
      "tests/integration/test_live.py:4 rewrite reference",
      "tests/unit/test_thinking.py:4 review test-assertion",
    ]);
  });

  it("Python: relative imports resolve from the test's folder; a top-level package import is not the whole library", () => {
    const dir = project({
      "pkg/caps.py": `def is_reasoning(m):\n    """deepseek-reasoner and friends."""\n    return "reasoner" in m\n`,
      "pkg/test_caps.py": `from .caps import is_reasoning\n\ndef test_it():\n    assert is_reasoning("deepseek-reasoner")\n`,
      "other/test_top.py": `from pkg import something\n\ndef test_it():\n    assert something("deepseek-reasoner")\n`,
    });
    expect(verdicts(dir)).toEqual([
      "other/test_top.py:4 rewrite reference",
      "pkg/caps.py:2 review branch-comment",
      "pkg/test_caps.py:4 review test-assertion",
    ]);
  });

  it("Go: a test reads the facts of its own package folder", () => {
    const dir = project({
      "llm/caps.go": `package llm\n\nimport "strings"\n\nfunc Reasons(m string) bool { return strings.Contains(m, "deepseek-reasoner") }\n`,
      "llm/caps_test.go": `package llm\n\nimport "testing"\n\nfunc TestReasons(t *testing.T) {\n\tif !Reasons("deepseek-reasoner") {\n\t\tt.Fatal("no")\n\t}\n}\n`,
      "other/x_test.go": `package other\n\nimport "testing"\n\nfunc TestX(t *testing.T) { _ = "deepseek-reasoner" }\n`,
    });
    expect(verdicts(dir)).toEqual(["llm/caps.go:5 review comparison", "llm/caps_test.go:6 review test-assertion", "other/x_test.go:5 rewrite reference"]);
  });

  it("a prompt telling the client to pick a model by name is reviewed when a schema chooses the mode by name", () => {
    const prompt = `const PROOF = \`Call the ask tool with model "deepseek-reasoner" for careful proofs.\`;\nuse(PROOF);\n`;
    const coupled = project({ "src/schema.ts": `export const M = z.enum(["deepseek-chat", "deepseek-reasoner"]);\n`, "src/prompts.ts": prompt });
    expect(verdicts(coupled).filter((v) => v.startsWith("src/prompts.ts"))).toEqual(["src/prompts.ts:1 review coupled-text"]);
    const alone = project({ "src/prompts.ts": prompt });
    expect(verdicts(alone)).toEqual(["src/prompts.ts:1 rewrite reference"]);
  });

  it("a documented CLI flag value is reviewed when the code branches on it", () => {
    const readme = "# Tool\n\nModels: gpt-4o, deepseek-chat.\nPick one with `--backend=\"deepseek-chat\"`.\n\n## Notes\n\nMore text.\n\nSummaries were written by deepseek-chat.\n";
    const coupled = project({ "README.md": readme, "cli.py": `if args.backend == "deepseek-chat":\n    run()\n` });
    expect(verdicts(coupled)).toEqual(["README.md:3 review coupled-text", "README.md:4 review coupled-text", "README.md:10 rewrite reference", "cli.py:1 review comparison"]);
    const alone = project({ "README.md": readme });
    expect(verdicts(alone)).toEqual(["README.md:3 rewrite reference", "README.md:4 rewrite reference", "README.md:10 rewrite reference"]);
  });

  it("apply writes what the project pass left to rewrite, and keeps the reviewed lines", () => {
    const dir = project({
      "src/price.ts": `const PRICE: Record<string, number> = { "deepseek-chat": 1, "deepseek-reasoner": 4 };\nexport const price = (m: string) => PRICE[m];\n// default: deepseek-chat\n`,
      "src/price.test.ts": `import { price } from "./price";\nit("prices", () => {\n  expect(price("deepseek-chat")).toBe(1);\n});\n`,
    });
    const r = cli(dir, ["apply", "--format", "json"]);
    expect(r.status, r.stderr).not.toBe(2);
    expect(git(dir, "diff", "--name-only").trim()).toBe("src/price.ts");
    expect(git(dir, "diff", "-U0", "src/price.ts")).toContain("+// default: deepseek-v4-flash");
    expect(git(dir, "diff", "-U0", "src/price.ts")).not.toContain(`"deepseek-v4-flash": 1`);
  });

  it("the facts a file reports are JSON data the pass can read back", async () => {
    const { outcome } = await checkText("src/price.ts", `const PRICE = { "deepseek-chat": 1, "deepseek-reasoner": 4 };\nimport { x } from "./x.js";\n`);
    const copy = JSON.parse(JSON.stringify(outcome.facts)) as unknown;
    expect(copy).toEqual({ branches: ["deepseek-chat", "deepseek-reasoner"], capability: false, keeps: [], validates: [], imports: [{ from: "./x.js", names: ["x"] }] });
    expect(projectPass([{ ...outcome, facts: copy as typeof outcome.facts }])[0]!.findings).toEqual(outcome.findings);
  });
});
