// Code inside other files (rules/embed.ts): fenced blocks in Markdown/MDX, reStructuredText and
// AsciiDoc code blocks, notebook code cells, docstring and JSDoc examples. Each is analysed by its
// language's rule, with the same thinking insertions a real file gets, mapped back into the host;
// blocks that do not parse, and prose, keep the line-level reading. Every row also re-parses each
// changed block with its language's own parser, and the notebooks with JSON.parse (and Python's json
// module when python3 is on the machine).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TextMigration } from "../src/api.js";
import { parserFor } from "./support/parsers.js";
import { cli, tempProject, writeFiles } from "./support/project.js";
import { ruleTester, type InvalidRow, type ValidRow } from "./support/rule-tester.js";

const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

/** The fenced blocks of a Markdown text, with their tags, indentation removed. */
function fencedBlocks(text: string): { tag: string; code: string }[] {
  const out: { tag: string; code: string }[] = [];
  const re = /^([ \t]*)(`{3,}|~{3,})(\w*)[^\n]*\n([\s\S]*?)^[ \t]*\2[ \t]*$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const indent = m[1]!.length;
    out.push({ tag: m[3]!, code: m[4]!.replace(new RegExp(`^[ \\t]{0,${indent}}`, "gm"), "") });
  }
  return out;
}

const EXT: Readonly<Record<string, string>> = { python: "py", py: "py", ts: "ts", typescript: "ts", js: "js", bash: "sh", sh: "sh", json: "json", yaml: "yaml" };

/** Each changed fenced block parses with its language's parser (when the input block did). */
async function blocksParse(row: InvalidRow, r: TextMigration): Promise<void> {
  const before = fencedBlocks(row.code);
  const after = fencedBlocks(r.text);
  expect(after.length).toBe(before.length);
  for (const [i, b] of after.entries()) {
    const ext = EXT[b.tag];
    const parser = ext ? parserFor(`block.${ext}`) : null;
    if (!parser || b.code === before[i]!.code || (await parser.check(before[i]!.code, `block.${ext}`)) !== null) continue;
    expect(await parser.check(b.code, `block.${ext}`), `block ${i} parses with ${parser.name}`).toBeNull();
  }
}

/** Each code cell of a notebook parses as Python, and the notebook as JSON. */
async function notebookParses(_row: InvalidRow, r: TextMigration): Promise<void> {
  const nb = JSON.parse(r.text) as { cells: { cell_type: string; source: string | string[] }[] };
  const py = parserFor("cell.py")!;
  for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
    const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    // IPython's own syntax (`!command`, `%magic`, `%%cell magic`) is not Python.
    if (source.startsWith("%%")) continue;
    const python = source.replace(/^[ \t]*[!%].*$/gm, "");
    expect(await py.check(python, "cell.py"), source).toBeNull();
  }
}

const markdownValid: ValidRow[] = [
  { name: "a block already migrated", path: "docs/a.md", code: '```python\nclient.chat.completions.create(model="deepseek-v4-flash", messages=m)\n```\n' },
];

const markdown: InvalidRow[] = [
  {
    name: "a python block: extra_body, as in a .py file",
    path: "docs/quickstart.md",
    code: 'Send one request:\n\n```python\nfrom openai import OpenAI\n\nclient = OpenAI(base_url="https://api.deepseek.com")\nr = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "hi"}])\n```\n',
    findings: ["7:43 rewrite deepseek-chat request-site inserted"],
    output:
      'Send one request:\n\n```python\nfrom openai import OpenAI\n\nclient = OpenAI(base_url="https://api.deepseek.com")\nr = client.chat.completions.create(model="deepseek-v4-flash", messages=[{"role": "user", "content": "hi"}], extra_body={"thinking": {"type": "disabled"}})\n```\n',
  },
  {
    name: "a ```py block indented in a list item: the inserted line keeps the block's indentation",
    path: "docs/steps.md",
    code: '1. Call it:\n\n   ```py\n   r = client.chat.completions.create(\n       model="deepseek-reasoner",\n       messages=m,\n   )\n   ```\n',
    findings: ["5:15 rewrite deepseek-reasoner request-site inserted"],
    output: '1. Call it:\n\n   ```py\n   r = client.chat.completions.create(\n       model="deepseek-v4-flash",\n       messages=m,\n       extra_body={"thinking": {"type": "enabled"}},\n   )\n   ```\n',
  },
  {
    name: "a ~~~ fence with CRLF line ends",
    path: "docs/crlf.md",
    code: '~~~python\r\nr = client.chat.completions.create(\r\n    model="deepseek-chat",\r\n    messages=m,\r\n)\r\n~~~\r\n',
    findings: ["3:12 rewrite deepseek-chat request-site inserted"],
    output: '~~~python\r\nr = client.chat.completions.create(\r\n    model="deepseek-v4-flash",\r\n    messages=m,\r\n    extra_body={"thinking": {"type": "disabled"}},\r\n)\r\n~~~\r\n',
  },
  {
    name: "an AI SDK example in a ```tsx block of an MDX page gets providerOptions",
    path: "docs/ai-sdk.mdx",
    code: '<Tabs>\n  ```tsx\n  import { deepseek } from "@ai-sdk/deepseek";\n  import { generateText } from "ai";\n\n  const { text } = await generateText({ model: deepseek("deepseek-chat"), prompt: "hi" });\n  ```\n</Tabs>\n',
    findings: ["6:58 rewrite deepseek-chat request-site inserted"],
    output:
      '<Tabs>\n  ```tsx\n  import { deepseek } from "@ai-sdk/deepseek";\n  import { generateText } from "ai";\n\n  const { text } = await generateText({ model: deepseek("deepseek-v4-flash"), prompt: "hi", providerOptions: { deepseek: { thinking: { type: "disabled" } } } });\n  ```\n</Tabs>\n',
  },
  {
    name: "a curl body in a ```bash block gets thinking",
    path: "docs/curl.md",
    code: "```bash\ncurl https://api.deepseek.com/chat/completions \\\n  -d '{\"model\": \"deepseek-reasoner\", \"messages\": []}'\n```\n",
    findings: ["3:18 rewrite deepseek-reasoner request-site inserted"],
    output: "```bash\ncurl https://api.deepseek.com/chat/completions \\\n  -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"enabled\"}}'\n```\n",
  },
  {
    name: "a console session: the command after the prompt is analysed, its output is not",
    path: "docs/session.md",
    code: "```console\n$ curl $URL -d '{\"model\": \"deepseek-chat\", \"messages\": []}'\n{\"model\": \"deepseek-chat\"}\n```\n",
    findings: ["2:28 rewrite deepseek-chat request-site inserted", "3:12 rewrite deepseek-chat reference"],
    output: "```console\n$ curl $URL -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}'\n{\"model\": \"deepseek-v4-flash\"}\n```\n",
  },
  {
    name: "a ```json request body",
    path: "docs/body.md",
    code: '```json\n{\n  "model": "deepseek-chat",\n  "messages": []\n}\n```\n',
    findings: ["3:13 rewrite deepseek-chat request-site inserted"],
    output: '```json\n{\n  "model": "deepseek-v4-flash",\n  "messages": [],\n  "thinking": {"type": "disabled"}\n}\n```\n',
  },
  {
    name: "a snippet with `...` that does not parse keeps the line reading (renamed with a note)",
    path: "docs/partial.md",
    code: '```ts\nconst r = await client.chat.completions.create({ model: "deepseek-chat", ... });\n```\n',
    findings: ["2:58 rewrite deepseek-chat reference note"],
    output: '```ts\nconst r = await client.chat.completions.create({ model: "deepseek-v4-flash", ... });\n```\n',
  },
  {
    name: "prose around a block stays prose; a comparison in the block is a comparison",
    path: "docs/mixed.md",
    code: 'Use `deepseek-chat` for chat and `deepseek-reasoner` for maths.\n\n```python\nif model == "deepseek-chat":\n    pass\n```\n',
    findings: ["1:6 review deepseek-chat collection-both", "1:35 review deepseek-reasoner collection-both", "4:14 review deepseek-chat comparison"],
    output: null,
  },
  {
    name: "a reStructuredText code-block directive",
    path: "docs/guide.rst",
    code: 'Call it:\n\n.. code-block:: python\n   :linenos:\n\n   r = client.chat.completions.create(\n       model="deepseek-chat",\n       messages=m,\n   )\n',
    findings: ["7:15 rewrite deepseek-chat request-site inserted"],
    output: 'Call it:\n\n.. code-block:: python\n   :linenos:\n\n   r = client.chat.completions.create(\n       model="deepseek-v4-flash",\n       messages=m,\n       extra_body={"thinking": {"type": "disabled"}},\n   )\n',
  },
  {
    name: "a reStructuredText :: literal block with a doctest session",
    path: "docs/guide.rst",
    code: "Example::\n\n    >>> r = client.chat.completions.create(model='deepseek-reasoner', messages=m)\n    >>> r.choices[0].message.content\n    'ok'\n",
    findings: ["3:51 rewrite deepseek-reasoner request-site inserted"],
    output: "Example::\n\n    >>> r = client.chat.completions.create(model='deepseek-v4-flash', messages=m, extra_body={'thinking': {'type': 'enabled'}})\n    >>> r.choices[0].message.content\n    'ok'\n",
  },
  {
    name: "a ```pycon block: the doctest session's code, not its output",
    path: "docs/repl.md",
    code: "```pycon\n>>> r = client.chat.completions.create(model='deepseek-chat', messages=m)\n>>> r.model\n'deepseek-chat'\n```\n",
    findings: ["2:47 rewrite deepseek-chat request-site inserted", "4:2 rewrite deepseek-chat reference"],
    output: "```pycon\n>>> r = client.chat.completions.create(model='deepseek-v4-flash', messages=m, extra_body={'thinking': {'type': 'disabled'}})\n>>> r.model\n'deepseek-v4-flash'\n```\n",
  },
  {
    name: "an AsciiDoc [source,python] listing",
    path: "docs/guide.adoc",
    code: '[source,python]\n----\nr = client.chat.completions.create(model="deepseek-chat", messages=m)\n----\n',
    findings: ["3:43 rewrite deepseek-chat request-site inserted"],
    output: '[source,python]\n----\nr = client.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})\n----\n',
  },
];

describe("code blocks in documents", () => {
  ruleTester({ valid: markdownValid, invalid: markdown }, { also: blocksParse });
});

const NOTEBOOK = JSON.stringify(
  {
    cells: [
      { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: ["!pip install openai\n", "from openai import OpenAI\n", 'client = OpenAI(base_url="https://api.deepseek.com")'] },
      { cell_type: "markdown", metadata: {}, source: ['Ask `deepseek-reasoner` a "hard" question:'] },
      {
        cell_type: "code",
        execution_count: null,
        metadata: {},
        outputs: [],
        source: ["resp = client.chat.completions.create(\n", '    model="deepseek-reasoner",\n', '    messages=[{"role": "user", "content": "Why?\\tTab"}],\n', ")\n", "print(resp.choices[0].message.content)"],
      },
      { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: 'r = client.chat.completions.create(model="deepseek-chat", messages=[])' },
      { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: ["%%bash\n", "echo deepseek-chat"] },
    ],
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 5,
  },
  null,
  1,
);

const notebooks: InvalidRow[] = [
  {
    name: "notebook code cells: one program, edits written back into the JSON strings",
    path: "nb/ask.ipynb",
    code: `${NOTEBOOK}\n`,
    findings: [
      "18:11 rewrite deepseek-reasoner reference",
      "28:18 rewrite deepseek-reasoner request-site inserted",
      "39:58 rewrite deepseek-chat request-site inserted",
      "48:11 rewrite deepseek-chat reference",
    ],
    output: `${NOTEBOOK.replace("Ask `deepseek-reasoner`", "Ask `deepseek-v4-flash`")
      .replace('"    model=\\"deepseek-reasoner\\",\\n",\n', '"    model=\\"deepseek-v4-flash\\",\\n",\n')
      .replace('"    messages=[{\\"role\\": \\"user\\", \\"content\\": \\"Why?\\\\tTab\\"}],\\n",\n', '"    messages=[{\\"role\\": \\"user\\", \\"content\\": \\"Why?\\\\tTab\\"}],\\n",\n    "    extra_body={\\"thinking\\": {\\"type\\": \\"enabled\\"}},\\n",\n')
      .replace('model=\\"deepseek-chat\\", messages=[])"', 'model=\\"deepseek-v4-flash\\", messages=[], extra_body={\\"thinking\\": {\\"type\\": \\"disabled\\"}})"')
      .replace("echo deepseek-chat", "echo deepseek-v4-flash")}\n`,
  },
  {
    name: "a notebook whose kernel is TypeScript (Deno): cells are TypeScript",
    path: "nb/deno.ipynb",
    code: '{"cells": [{"cell_type": "code", "source": ["const r = await client.chat.completions.create({ model: \\"deepseek-chat\\", messages });"]}], "metadata": {"kernelspec": {"language": "typescript"}}, "nbformat": 4}\n',
    findings: ["1:104 rewrite deepseek-chat request-site inserted"],
    output:
      '{"cells": [{"cell_type": "code", "source": ["// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare\\n", "const r = await client.chat.completions.create({ model: \\"deepseek-v4-flash\\", messages, thinking: { type: \\"disabled\\" } });"]}], "metadata": {"kernelspec": {"language": "typescript"}}, "nbformat": 4}\n',
  },
  {
    name: "a cell that does not parse keeps the line reading",
    path: "nb/broken.ipynb",
    code: '{"cells": [{"cell_type": "code", "source": ["r = client.chat.completions.create(model=\\"deepseek-chat\\", messages=m\\n"]}], "nbformat": 4}\n',
    findings: ["1:89 rewrite deepseek-chat reference"],
    output: '{"cells": [{"cell_type": "code", "source": ["r = client.chat.completions.create(model=\\"deepseek-v4-flash\\", messages=m\\n"]}], "nbformat": 4}\n',
  },
];

notebooks.push({
  name: "a notebook that is not valid JSON is left to the JSON rule's line checks",
  path: "nb/torn.ipynb",
  code: '{"cells": [{"cell_type": "code", "source": ["r = client.chat.completions.create(model=\\"deepseek-chat\\", messages=m)"]}], "nbformat": 4\n',
  findings: ["1:89 rewrite deepseek-chat reference"],
  output: '{"cells": [{"cell_type": "code", "source": ["r = client.chat.completions.create(model=\\"deepseek-v4-flash\\", messages=m)"]}], "nbformat": 4\n',
});

describe("notebook code cells", () => {
  ruleTester({ invalid: notebooks.slice(0, 1) }, { also: notebookParses });
  ruleTester({ invalid: notebooks.slice(1) });
});

const comments: InvalidRow[] = [
  {
    name: "a module docstring's Usage: section",
    path: "lib/client.py",
    code: '"""Chat helpers.\n\nUsage:\n    r = client.chat.completions.create(model="deepseek-chat", messages=m)  # one call\n\nThe default is deepseek-chat.\n"""\n',
    findings: ["4:47 rewrite deepseek-chat request-site inserted", "6:16 rewrite deepseek-chat reference none"],
    output: '"""Chat helpers.\n\nUsage:\n    r = client.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})  # one call\n\nThe default is deepseek-v4-flash.\n"""\n',
  },
  {
    name: "a function docstring's doctest spanning lines gets a `... ` continuation line",
    path: "lib/ask.py",
    code: 'def ask(q):\n    """Ask.\n\n    >>> r = client.chat.completions.create(\n    ...     model="deepseek-reasoner",\n    ...     messages=m,\n    ... )\n    """\n    return q\n',
    findings: ["5:20 rewrite deepseek-reasoner request-site inserted"],
    output: 'def ask(q):\n    """Ask.\n\n    >>> r = client.chat.completions.create(\n    ...     model="deepseek-v4-flash",\n    ...     messages=m,\n    ...     extra_body={"thinking": {"type": "enabled"}},\n    ... )\n    """\n    return q\n',
  },
  {
    name: "a TS JSDoc ``` fence: the inserted line keeps the ` * ` prefix",
    path: "src/ask.ts",
    code: '/**\n * Asks once.\n *\n * ```ts\n * await client.chat.completions.create({ model: "deepseek-reasoner", messages });\n * ```\n */\nexport function ask(): void {}\n',
    findings: ["5:51 rewrite deepseek-reasoner request-site inserted"],
    output: `/**\n * Asks once.\n *\n * \`\`\`ts\n * ${EXPECT_ERROR}\n * await client.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "enabled" } });\n * \`\`\`\n */\nexport function ask(): void {}\n`,
  },
  {
    name: "a JSDoc @example that does not parse keeps the comment reading",
    path: "src/ask.js",
    code: '/**\n * @example\n * create({ model: "deepseek-chat", ... })\n */\nexport function ask() {}\n',
    findings: ["3:21 rewrite deepseek-chat reference note"],
    output: '/**\n * @example\n * create({ model: "deepseek-v4-flash", ... })\n */\nexport function ask() {}\n',
  },
];

describe("examples in docstrings and JSDoc comments", () => {
  ruleTester({ invalid: comments });
});

describe("apply on real files", () => {
  it("rewrites a Markdown python block and a notebook; the real parsers read the results", async () => {
    const dir = tempProject(null);
    const md = '# Quick start\n\n```python\nr = client.chat.completions.create(\n    model="deepseek-chat",\n    messages=m,\n)\n```\n';
    writeFiles(dir, { "README.md": md, "nb/ask.ipynb": `${NOTEBOOK}\n` });
    const first = cli(dir, ["apply", "--yes"]);
    expect(first.status, first.stderr).toBe(0);
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    expect(readme).toBe('# Quick start\n\n```python\nr = client.chat.completions.create(\n    model="deepseek-v4-flash",\n    messages=m,\n    extra_body={"thinking": {"type": "disabled"}},\n)\n```\n');
    expect(await parserFor("block.py")!.check(fencedBlocks(readme)[0]!.code, "block.py")).toBeNull();
    const nbText = readFileSync(path.join(dir, "nb/ask.ipynb"), "utf8");
    const nb = JSON.parse(nbText) as { cells: { source: string[] | string }[] };
    expect((nb.cells[2]!.source as string[]).join("")).toBe(
      'resp = client.chat.completions.create(\n    model="deepseek-v4-flash",\n    messages=[{"role": "user", "content": "Why?\\tTab"}],\n    extra_body={"thinking": {"type": "enabled"}},\n)\nprint(resp.choices[0].message.content)',
    );
    const py = spawnSync("python3", ["-c", "import json,sys; nb = json.load(open(sys.argv[1])); print(len(nb['cells']))", path.join(dir, "nb/ask.ipynb")], { encoding: "utf8" });
    if (!py.error) expect(py.stdout.trim()).toBe("5");
    const second = cli(dir, ["apply", "--yes"]);
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(readme);
    expect(readFileSync(path.join(dir, "nb/ask.ipynb"), "utf8")).toBe(nbText);
  });
});

describe("adapters reach each other only through the registry", () => {
  // The shell rule reads JSON bodies inside shell quoting with the JSON analysis (a view that decodes
  // the quoting and the http-json note), not as a JSON file: the one import between adapters left.
  const ALLOWED = new Set(["shell.ts -> json.ts"]);
  it("no language adapter module imports another adapter module", () => {
    const dir = path.join(__dirname, "../rules/languages");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    const adapters = new Set(files.filter((f) => /export const \w+Rule: Rule\b/.test(readFileSync(path.join(dir, f), "utf8"))));
    expect(adapters.size).toBeGreaterThanOrEqual(9);
    const found: string[] = [];
    for (const f of adapters) {
      for (const m of readFileSync(path.join(dir, f), "utf8").matchAll(/^import[^;]*from "\.\/([\w-]+)\.js";/gm)) {
        if (adapters.has(`${m[1]}.ts`)) found.push(`${f} -> ${m[1]}.ts`);
      }
    }
    expect(found.filter((edge) => !ALLOWED.has(edge))).toEqual([]);
  });
});
