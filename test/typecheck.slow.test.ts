// The migrated TypeScript must still compile against the real SDK types: openai (thinking is not in
// its params types, so the rule adds openai-node's documented `@ts-expect-error` line where the
// excess-property check fires), ai + @ai-sdk/deepseek (providerOptions.deepseek must match the
// provider's own options type), @ai-sdk/openai-compatible (its factory, methods and providerOptions) and LangChain JS (modelKwargs in the chat model's constructor fields). One in-memory program, type-checked with the real compiler.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { checkText } from "./support/harness.js";

const REPO = path.resolve(__dirname, "..");
const FIXTURES = path.join(REPO, "fixtures/rules/ts-js");
// Virtual files live inside the repository so that module resolution finds its node_modules.
const VIRTUAL = path.join(REPO, "fixtures/typecheck/__virtual__");
const SDK_IMPORT = /from ["'](?:openai|ai|@ai-sdk\/(?:deepseek|openai-compatible)|@langchain\/(?:deepseek|openai)|langchain)["']/;
/** The line the rule writes above an inserted `thinking` in openai calls (openai-node's convention). */
const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

interface Case {
  readonly name: string;
  readonly migrated: string;
  readonly stripped: string;
  readonly removed: number;
}

/** The `deepseek` entries of every `providerOptions` object literal in `text`, as source text. */
function deepseekOptions(text: string): string[] {
  const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && n.name.getText(sf) === "providerOptions" && ts.isObjectLiteralExpression(n.initializer)) {
      for (const p of n.initializer.properties) {
        if (ts.isPropertyAssignment(p) && p.name.getText(sf) === "deepseek") out.push(p.initializer.getText(sf));
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function typecheck(files: ReadonlyMap<string, string>): readonly ts.Diagnostic[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile.call(host, name, lang, ...rest) : ts.createSourceFile(name, text, lang, true);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program);
}

const message = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, "\n");
const show = (d: ts.Diagnostic): string =>
  `${d.file ? path.basename(d.file.fileName) : "(global)"}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0} TS${d.code} ${message(d).split("\n")[0]}`;

describe("migrated TypeScript type-checks against the real SDKs", () => {
  const cases: Case[] = [];
  const aiOptions: string[] = [];
  let diagnostics: readonly ts.Diagnostic[] = [];
  const files = new Map<string, string>();

  beforeAll(async () => {
    const inputs = readdirSync(FIXTURES)
      .filter((n) => n.endsWith(".input.ts"))
      .sort();
    for (const file of inputs) {
      const input = readFileSync(path.join(FIXTURES, file), "utf8");
      if (!SDK_IMPORT.test(input)) continue;
      const name = file.replace(/\.input\.ts$/, "");
      const { output } = await checkText(`ts-js/${name}.ts`, input);
      const lines = output.split("\n");
      const kept = lines.filter((l) => l.trim() !== EXPECT_ERROR);
      cases.push({ name, migrated: output, stripped: kept.join("\n"), removed: lines.length - kept.length });
      aiOptions.push(...deepseekOptions(output));
    }
    for (const c of cases) {
      files.set(path.join(VIRTUAL, `${c.name}.migrated.ts`), c.migrated);
      files.set(path.join(VIRTUAL, `${c.name}.stripped.ts`), c.stripped);
    }
    // Every providerOptions.deepseek the rule wrote, checked against the provider's own options type,
    // plus one wrong value that must fail so the check is known to bite.
    const checks = aiOptions.map((o, i) => `export const inserted${i}: DeepSeekLanguageModelOptions = ${o};`);
    files.set(
      path.join(VIRTUAL, "ai-options.ts"),
      `import type { DeepSeekLanguageModelOptions } from "@ai-sdk/deepseek";\n${checks.join("\n")}\n`,
    );
    files.set(
      path.join(VIRTUAL, "ai-options-wrong.ts"),
      `import type { DeepSeekLanguageModelOptions } from "@ai-sdk/deepseek";\nexport const wrong: DeepSeekLanguageModelOptions = { thinking: { type: "off" } };\n`,
    );
    // LangChain's constructor fields reject a top-level `thinking`: modelKwargs is where it can go.
    files.set(
      path.join(VIRTUAL, "langchain-wrong.ts"),
      `import { ChatDeepSeek } from "@langchain/deepseek";\nexport const wrong = new ChatDeepSeek({ model: "deepseek-v4-flash", thinking: { type: "disabled" } });\n`,
    );
    diagnostics = typecheck(files);
  }, 120_000);

  const inFile = (suffix: string): readonly ts.Diagnostic[] => diagnostics.filter((d) => d.file?.fileName.endsWith(suffix));

  it("covers OpenAI and AI SDK fixtures with inserted thinking", () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(["openai-node", "ai-sdk", "ai-sdk-openai-compatible", "langchain-js"]));
    expect(cases.find((c) => c.name === "langchain-js")?.migrated.match(/modelKwargs: \{[^}]*thinking: \{ type: "(?:enabled|disabled)" \} \}/g)).toHaveLength(4);
    expect(cases.reduce((n, c) => n + c.removed, 0)).toBeGreaterThan(0);
    expect(aiOptions.length).toBeGreaterThan(0);
    expect(aiOptions.every((o) => /thinking: \{ type: "(?:enabled|disabled)" \}/.test(o))).toBe(true);
  });

  it("has no diagnostics in any migrated file", () => {
    const relevant = diagnostics.filter((d) => !d.file || d.file.fileName.endsWith(".migrated.ts") || d.file.fileName.endsWith("ai-options.ts"));
    expect(relevant.map(show)).toEqual([]);
  });

  it("fails without the @ts-expect-error lines: each one covers exactly one excess `thinking`", () => {
    for (const c of cases) {
      const found = inFile(`${c.name}.stripped.ts`);
      expect(found.length, `${c.name}: ${found.map(show).join("; ")}`).toBe(c.removed);
      for (const d of found) expect(message(d)).toMatch(/'thinking'/);
    }
  });

  it("rejects thinking outside modelKwargs in a LangChain chat model's fields", () => {
    expect(inFile("langchain-wrong.ts").map((d) => message(d)).join("\n")).toMatch(/'thinking'/);
  });

  it("rejects a providerOptions.deepseek the provider does not accept", () => {
    expect(inFile("ai-options-wrong.ts").length).toBeGreaterThan(0);
  });
});
