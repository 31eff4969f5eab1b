// RequestTarget.append in each language: the one place that inserts. Every output is written by hand.
import { createRequire } from "node:module";
import { parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { Language, Parser, type Node as PyNode } from "web-tree-sitter";
import type { JsonValue, KeyPath, RequestTarget } from "../../rules/api.js";
import { objectTarget as jsonTarget } from "../../rules/targets/json.js";
import { callTarget, dictTarget } from "../../rules/targets/python.js";
import { buildIndex, parse, type FileFacts } from "../../rules/languages/ts-js-ast.js";
import { ts } from "../../rules/languages/ts-lib.js";
import { objectTarget as tsTarget } from "../../rules/targets/ts-js.js";
import { applyEdits } from "../../src/fix/edits.js";

const DISABLED = { type: "disabled" } as const;

function appended(text: string, t: RequestTarget, path: KeyPath, value: JsonValue = DISABLED): string | null {
  const edits = t.append(path, value);
  return edits === null ? null : applyEdits(text, edits).text;
}

/** The target of the first object literal in a TS file. */
function tsFirst(text: string, path = "a.ts"): RequestTarget {
  const sf = parse(text, path);
  let obj: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (!obj && ts.isObjectLiteralExpression(n)) obj = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  const f: FileFacts = { sf, text, path, typed: path.endsWith(".ts"), newline: text.includes("\r\n") ? "\r\n" : "\n", providers: new Map(), providerFactories: new Map(), imports: new Map(), index: () => buildIndex(sf) };
  return tsTarget(f, obj!, '"');
}

describe("TS object literal target", () => {
  it("one line: `, key: value` before the closing brace", () => {
    const code = 'create({ model: "m", messages });\n';
    expect(appended(code, tsFirst(code, "a.js"), ["thinking"])).toBe('create({ model: "m", messages, thinking: { type: "disabled" } });\n');
  });

  it("multi-line, with and without a trailing comma", () => {
    const trailing = 'create({\n  model: "m",\n  messages,\n});\n';
    expect(appended(trailing, tsFirst(trailing, "a.js"), ["thinking"])).toBe('create({\n  model: "m",\n  messages,\n  thinking: { type: "disabled" },\n});\n');
    const bare = 'create({\n  model: "m",\n  messages\n});\n';
    expect(appended(bare, tsFirst(bare, "a.js"), ["thinking"])).toBe('create({\n  model: "m",\n  messages,\n  thinking: { type: "disabled" }\n});\n');
  });

  it("merges into an existing nested object and creates the missing levels", () => {
    const code = 'generateText({\n  model,\n  providerOptions: { openai: { store: false } },\n});\n';
    expect(appended(code, tsFirst(code, "a.js"), ["providerOptions", "deepseek", "thinking"])).toBe(
      'generateText({\n  model,\n  providerOptions: { openai: { store: false }, deepseek: { thinking: { type: "disabled" } } },\n});\n',
    );
    const deeper = 'generateText({ model, providerOptions: { deepseek: { reasoningEffort: "high" } } });\n';
    expect(appended(deeper, tsFirst(deeper, "a.js"), ["providerOptions", "deepseek", "thinking"])).toBe(
      'generateText({ model, providerOptions: { deepseek: { reasoningEffort: "high", thinking: { type: "disabled" } } } });\n',
    );
  });

  it("refuses a container built elsewhere and a key already there", () => {
    const code = "generateText({ model, providerOptions: opts });\n";
    expect(tsFirst(code, "a.js").append(["providerOptions", "deepseek", "thinking"], DISABLED)).toBeNull();
    expect(tsFirst(code, "a.js").read(["providerOptions", "deepseek", "thinking"])).toEqual({ kind: "absent" });
    const there = "create({ model, thinking: cfg });\n";
    expect(tsFirst(there, "a.js").append(["thinking"], DISABLED)).toBeNull();
    expect(tsFirst(there, "a.js").read(["thinking"])).toEqual({ kind: "opaque", text: "cfg" });
  });
});

let parser: Parser | undefined;
async function pyRoot(text: string): Promise<PyNode> {
  if (!parser) {
    await Parser.init();
    const lang = await Language.load(createRequire(import.meta.url).resolve("tree-sitter-python/tree-sitter-python.wasm"));
    parser = new Parser();
    parser.setLanguage(lang);
  }
  return parser.parse(text)!.rootNode;
}
const PY = (text: string) => ({ text, eol: text.includes("\r\n") ? "\r\n" : "\n" });

describe("Python call and dict targets", () => {
  const call = async (text: string): Promise<RequestTarget> => callTarget(PY(text), (await pyRoot(text)).descendantsOfType("call")[0]!, '"');

  it("one line: a keyword argument before the closing parenthesis, in the literal's quote", async () => {
    const code = "c.chat.completions.create(model='m', messages=m)\n";
    const t = callTarget(PY(code), (await pyRoot(code)).descendantsOfType("call")[0]!, "'");
    expect(appended(code, t, ["extra_body", "thinking"])).toBe("c.chat.completions.create(model='m', messages=m, extra_body={'thinking': {'type': 'disabled'}})\n");
  });

  it("multi-line, with and without a trailing comma, after a trailing comment", async () => {
    const trailing = 'c.create(\n    model="m",\n    messages=m,\n)\n';
    expect(appended(trailing, await call(trailing), ["thinking"])).toBe('c.create(\n    model="m",\n    messages=m,\n    thinking={"type": "disabled"},\n)\n');
    const comment = 'c.create(\n    model="m",\n    messages=m  # the turn\n)\n';
    expect(appended(comment, await call(comment), ["thinking"])).toBe('c.create(\n    model="m",\n    messages=m,  # the turn\n    thinking={"type": "disabled"}\n)\n');
  });

  it("merges into an existing extra_body dict, and refuses one built elsewhere or a **kwargs call", async () => {
    const code = 'c.create(model="m", extra_body={"top_k": 3})\n';
    expect(appended(code, await call(code), ["extra_body", "thinking"])).toBe('c.create(model="m", extra_body={"top_k": 3, "thinking": {"type": "disabled"}})\n');
    expect((await call('c.create(model="m", extra_body=eb)\n')).append(["extra_body", "thinking"], DISABLED)).toBeNull();
    expect((await call('c.create(model="m", **opts)\n')).append(["thinking"], DISABLED)).toBeNull();
  });

  it("a body dict: the member goes in the dict, laid out like it", async () => {
    const code = 'body = {\n    "model": "m",\n    "messages": m,\n}\n';
    const dict = (await pyRoot(code)).descendantsOfType("dictionary")[0]!;
    expect(appended(code, dictTarget(PY(code), dict, "requests.post", '"'), ["thinking"])).toBe('body = {\n    "model": "m",\n    "messages": m,\n    "thinking": {"type": "disabled"},\n}\n');
    expect(dictTarget(PY(code), dict, "", '"').read(["messages"])).toEqual({ kind: "opaque", text: "m" });
  });
});

describe("JSON object target", () => {
  const target = (text: string, at: (string | number)[] = []): RequestTarget => {
    let node = parseTree(text)!;
    for (const k of at) node = typeof k === "number" ? node.children![k]! : node.children!.find((p) => p.children![0]!.value === k)!.children![1]!;
    return jsonTarget({ text, toFile: (i) => i, encode: (s) => s }, node);
  };

  it("one line, spaced or compact", () => {
    expect(appended('{"model": "m", "messages": []}', target('{"model": "m", "messages": []}'), ["thinking"])).toBe('{"model": "m", "messages": [], "thinking": {"type": "disabled"}}');
    expect(appended('{"model":"m","messages":[]}', target('{"model":"m","messages":[]}'), ["thinking"])).toBe('{"model":"m","messages":[],"thinking":{"type":"disabled"}}');
  });

  it("multi-line keeps the sibling indentation and the file's line ends", () => {
    const code = '{\r\n    "model": "m",\r\n    "messages": []\r\n}\r\n';
    expect(appended(code, target(code), ["thinking"])).toBe('{\r\n    "model": "m",\r\n    "messages": [],\r\n    "thinking": {"type": "disabled"}\r\n}\r\n');
  });

  it("merges into an existing nested object, and refuses a key already there", () => {
    const code = '{"model": "m", "extra_body": {"top_k": 3}}';
    expect(appended(code, target(code), ["extra_body", "thinking"])).toBe('{"model": "m", "extra_body": {"top_k": 3, "thinking": {"type": "disabled"}}}');
    expect(target('{"model": "m", "thinking": null}').append(["thinking"], DISABLED)).toBeNull();
  });
});
