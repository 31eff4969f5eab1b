// Prose across file families: Markdown, reStructuredText, plain text, notebook Markdown cells and
// comments in code. A rename must not spoil what the prose means: a table with a row per legacy
// model, a list or sibling sections naming both, a sentence contrasting the two are review; a plain
// statement that names the model ("The assistant is deepseek-chat") is prose, not a comparison, and
// is rewritten. Code shown in documents (fenced blocks, code directives, inline code) is still code.
import { describe, expect, it } from "vitest";
import { brief, checkText } from "./support/harness.js";

/** path, text, findings ("line:col action legacy reason"), text after apply. */
type Row = readonly [label: string, path: string, text: string, findings: readonly string[], output: string];

const TABLE = "| model | price |\n|---|---|\n| deepseek-chat | 0.27 |\n| deepseek-reasoner | 0.55 |\n";
const CONTRAST = "Use `deepseek-chat` for quick answers and `deepseek-reasoner` for hard maths.\n";

const rows: readonly Row[] = [
  [
    "Markdown table with a row per legacy model",
    "docs/pricing.md",
    TABLE,
    ["3:3 review deepseek-chat collection-both", "4:3 review deepseek-reasoner collection-both"],
    TABLE,
  ],
  [
    "Markdown table without outer pipes",
    "docs/pricing.md",
    "model | price\n--- | ---\ndeepseek-chat | 0.27\ndeepseek-reasoner | 0.55\n",
    ["3:1 review deepseek-chat collection-both", "4:1 review deepseek-reasoner collection-both"],
    "model | price\n--- | ---\ndeepseek-chat | 0.27\ndeepseek-reasoner | 0.55\n",
  ],
  [
    "Markdown table holding a legacy row and a V4 row",
    "docs/pricing.md",
    "| model | price |\n|---|---|\n| deepseek-chat | 0.27 |\n| deepseek-v4-flash | 0.14 |\n",
    ["3:3 review deepseek-chat collection-current"],
    "| model | price |\n|---|---|\n| deepseek-chat | 0.27 |\n| deepseek-v4-flash | 0.14 |\n",
  ],
  [
    "Markdown table naming one legacy model among other vendors' models",
    "docs/vendors.md",
    "| vendor | model |\n|---|---|\n| OpenAI | gpt-4o |\n| DeepSeek | deepseek-chat |\n",
    ["4:14 rewrite deepseek-chat reference"],
    "| vendor | model |\n|---|---|\n| OpenAI | gpt-4o |\n| DeepSeek | deepseek-v4-flash |\n",
  ],
  [
    "a sentence contrasting the two",
    "README.md",
    CONTRAST,
    ["1:6 review deepseek-chat collection-both", "1:44 review deepseek-reasoner collection-both"],
    CONTRAST,
  ],
  [
    "a paragraph contrasting the two over two sentences",
    "README.md",
    "Small talk goes to deepseek-chat.\nPuzzles go to deepseek-reasoner.\n",
    ["1:20 review deepseek-chat collection-both", "2:15 review deepseek-reasoner collection-both"],
    "Small talk goes to deepseek-chat.\nPuzzles go to deepseek-reasoner.\n",
  ],
  [
    "a list of both in a sentence",
    "README.md",
    "It supports deepseek-chat and deepseek-reasoner.\n",
    ["1:13 review deepseek-chat collection-both", "1:31 review deepseek-reasoner collection-both"],
    "It supports deepseek-chat and deepseek-reasoner.\n",
  ],
  [
    "a plain statement after 'is' is prose, not a comparison",
    "README.md",
    "The assistant is deepseek-chat, so answers are quick.\n",
    ["1:18 rewrite deepseek-chat reference"],
    "The assistant is deepseek-v4-flash, so answers are quick.\n",
  ],
  [
    "'in' and 'when' in prose are words",
    "README.md",
    "Replies are written in deepseek-chat.\n\nSwitch models when deepseek-reasoner feels slow.\n",
    ["1:24 rewrite deepseek-chat reference", "3:20 rewrite deepseek-reasoner reference"],
    "Replies are written in deepseek-v4-flash.\n\nSwitch models when deepseek-v4-flash feels slow.\n",
  ],
  [
    "a Markdown link's text is not a lookup key",
    "README.md",
    "See [deepseek-chat](https://api-docs.deepseek.com/quick_start/pricing) for limits.\n",
    ["1:6 rewrite deepseek-chat reference"],
    "See [deepseek-v4-flash](https://api-docs.deepseek.com/quick_start/pricing) for limits.\n",
  ],
  [
    "a sentence about the retirement does not make its neighbour a contrast",
    "README.md",
    "deepseek-chat is the default. deepseek-reasoner was retired.\n",
    ["1:1 rewrite deepseek-chat reference", "1:31 review deepseek-reasoner migration-prose"],
    "deepseek-v4-flash is the default. deepseek-reasoner was retired.\n",
  ],
  [
    "sibling sections, one per legacy model",
    "docs/models.md",
    "## Models\n\n### deepseek-chat\n\nFast.\n\n### deepseek-reasoner\n\nThorough.\n",
    ["3:5 review deepseek-chat collection-both", "7:5 review deepseek-reasoner collection-both"],
    "## Models\n\n### deepseek-chat\n\nFast.\n\n### deepseek-reasoner\n\nThorough.\n",
  ],
  [
    "a heading naming one model, in sections of different parents",
    "docs/models.md",
    "# Chat bot\n\n## deepseek-chat\n\nFast.\n\n# Planner\n\n## deepseek-reasoner setup\n",
    ["3:4 rewrite deepseek-chat reference", "9:4 rewrite deepseek-reasoner reference"],
    "# Chat bot\n\n## deepseek-v4-flash\n\nFast.\n\n# Planner\n\n## deepseek-v4-flash setup\n",
  ],
  [
    "a bullet list with one item per legacy model",
    "docs/catalog.md",
    "Available:\n\n- `deepseek-chat`\n- `deepseek-reasoner`\n- `qwen-max`\n",
    ["3:4 review deepseek-chat collection-both", "4:4 review deepseek-reasoner collection-both"],
    "Available:\n\n- `deepseek-chat`\n- `deepseek-reasoner`\n- `qwen-max`\n",
  ],
  [
    "a bullet naming one model",
    "docs/setup.md",
    "- Set `BOT_MODEL=deepseek-chat` in `.env`.\n- Restart the bot.\n",
    ["1:18 rewrite deepseek-chat reference"],
    "- Set `BOT_MODEL=deepseek-v4-flash` in `.env`.\n- Restart the bot.\n",
  ],
  [
    "inline code that compares is code",
    "docs/setup.md",
    'Avoid `model == "deepseek-chat"` checks in new code.\n',
    ["1:18 review deepseek-chat comparison"],
    'Avoid `model == "deepseek-chat"` checks in new code.\n',
  ],
  [
    "a fenced block is code: a comparison there is a comparison",
    "docs/setup.md",
    'The model is deepseek-chat.\n\n```python\nif settings.model == "deepseek-chat":\n    pass\n```\n',
    ["1:14 rewrite deepseek-chat reference", "4:23 review deepseek-chat comparison"],
    'The model is deepseek-v4-flash.\n\n```python\nif settings.model == "deepseek-chat":\n    pass\n```\n',
  ],
  [
    "reStructuredText simple table",
    "docs/guide.rst",
    "=================  =====\nmodel              use\n=================  =====\ndeepseek-chat      chat\ndeepseek-reasoner  maths\n=================  =====\n",
    ["4:1 review deepseek-chat collection-both", "5:1 review deepseek-reasoner collection-both"],
    "=================  =====\nmodel              use\n=================  =====\ndeepseek-chat      chat\ndeepseek-reasoner  maths\n=================  =====\n",
  ],
  [
    "reStructuredText grid table",
    "docs/guide.rst",
    "+-------------------+-------+\n| deepseek-chat     | chat  |\n+-------------------+-------+\n| deepseek-reasoner | maths |\n+-------------------+-------+\n",
    ["2:3 review deepseek-chat collection-both", "4:3 review deepseek-reasoner collection-both"],
    "+-------------------+-------+\n| deepseek-chat     | chat  |\n+-------------------+-------+\n| deepseek-reasoner | maths |\n+-------------------+-------+\n",
  ],
  [
    "reStructuredText list-table",
    "docs/guide.rst",
    ".. list-table::\n\n   * - deepseek-chat\n     - chat\n   * - deepseek-reasoner\n     - maths\n",
    ["3:8 review deepseek-chat collection-both", "5:8 review deepseek-reasoner collection-both"],
    ".. list-table::\n\n   * - deepseek-chat\n     - chat\n   * - deepseek-reasoner\n     - maths\n",
  ],
  [
    "reStructuredText sibling sections and a plain sentence",
    "docs/guide.rst",
    "Models\n======\n\ndeepseek-chat\n-------------\n\nThe service is deepseek-chat.\n\ndeepseek-reasoner\n-----------------\n",
    ["4:1 review deepseek-chat collection-both", "7:16 rewrite deepseek-chat reference", "9:1 review deepseek-reasoner collection-both"],
    "Models\n======\n\ndeepseek-chat\n-------------\n\nThe service is deepseek-v4-flash.\n\ndeepseek-reasoner\n-----------------\n",
  ],
  [
    "reStructuredText code directive is code",
    "docs/guide.rst",
    'The default is deepseek-chat.\n\n.. code-block:: python\n\n   if model is "deepseek-chat":\n       pass\n',
    ["1:16 rewrite deepseek-chat reference", "5:17 review deepseek-chat comparison"],
    'The default is deepseek-v4-flash.\n\n.. code-block:: python\n\n   if model is "deepseek-chat":\n       pass\n',
  ],
  [
    "plain text",
    "notes.txt",
    "The nightly job is deepseek-chat; it summarises the logs.\n",
    ["1:20 rewrite deepseek-chat reference"],
    "The nightly job is deepseek-v4-flash; it summarises the logs.\n",
  ],
  [
    "notebook Markdown cell holding a table, one source string per line",
    "analysis.ipynb",
    '{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": ["| model | cost |\\n", "|---|---|\\n", "| deepseek-chat | 1 |\\n", "| deepseek-reasoner | 2 |\\n"]}]}',
    ["1:104 review deepseek-chat collection-both", "1:131 review deepseek-reasoner collection-both"],
    '{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": ["| model | cost |\\n", "|---|---|\\n", "| deepseek-chat | 1 |\\n", "| deepseek-reasoner | 2 |\\n"]}]}',
  ],
  [
    "notebook Markdown cell with a plain statement",
    "analysis.ipynb",
    '{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": ["The model is deepseek-chat.\\n"]}]}',
    ["1:78 rewrite deepseek-chat reference"],
    '{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": ["The model is deepseek-v4-flash.\\n"]}]}',
  ],
  [
    "Go comments: a plain statement and a contrast",
    "bot/main.go",
    'package main\n\n// The default model is deepseek-chat.\nconst quick = "deepseek-chat"\n\n// deepseek-chat answers quickly; deepseek-reasoner plans the steps.\nfunc pick() {}\n',
    [
      "3:25 rewrite deepseek-chat reference",
      "4:16 rewrite deepseek-chat reference",
      "6:4 review deepseek-chat collection-both",
      "6:35 review deepseek-reasoner collection-both",
    ],
    'package main\n\n// The default model is deepseek-v4-flash.\nconst quick = "deepseek-v4-flash"\n\n// deepseek-chat answers quickly; deepseek-reasoner plans the steps.\nfunc pick() {}\n',
  ],
  [
    "Go: a sentence inside a string is not a comparison; a switch case is a branch",
    "bot/describe.go",
    'package main\n\nfunc describe(m string) string {\n\tswitch m {\n\tcase "deepseek-reasoner":\n\t\treturn "slow"\n\t}\n\treturn "the default is deepseek-chat"\n}\n',
    ["5:8 review deepseek-reasoner switch-case", "8:25 rewrite deepseek-chat reference"],
    'package main\n\nfunc describe(m string) string {\n\tswitch m {\n\tcase "deepseek-reasoner":\n\t\treturn "slow"\n\t}\n\treturn "the default is deepseek-v4-flash"\n}\n',
  ],
  [
    "Perl: a word operator before a quoted literal still compares",
    "bin/route.pl",
    'if ($model eq "deepseek-reasoner") { think(); }\n',
    ["1:16 review deepseek-reasoner comparison"],
    'if ($model eq "deepseek-reasoner") { think(); }\n',
  ],
  [
    "TypeScript comment contrasting the two",
    "src/models.ts",
    "// deepseek-chat for quick answers and deepseek-reasoner for hard maths.\nexport const x = 1;\n",
    ["1:4 review deepseek-chat collection-both", "1:40 review deepseek-reasoner collection-both"],
    "// deepseek-chat for quick answers and deepseek-reasoner for hard maths.\nexport const x = 1;\n",
  ],
  [
    "YAML comments: a contrast over two comment lines",
    "config/bot.yaml",
    "# Chat turns use deepseek-chat and\n# planning uses deepseek-reasoner.\nmodel: x\n",
    ["1:18 review deepseek-chat collection-both", "2:17 review deepseek-reasoner collection-both"],
    "# Chat turns use deepseek-chat and\n# planning uses deepseek-reasoner.\nmodel: x\n",
  ],
];

describe("prose is judged as prose in every file family", () => {
  it.each(rows.map((r) => [r[0], r] as const))("%s", async (_label, [, path, text, findings, output]) => {
    const r = await checkText(path, text);
    expect(brief(r.findings)).toEqual(findings);
    expect(r.output).toBe(output);
    for (const f of r.findings) {
      // Each position is the ID's own, and review findings never edit anything.
      expect(text.split("\n")[f.line - 1]!.slice(f.column - 1).startsWith(f.legacy)).toBe(true);
      if (f.action === "review") expect(f.edits).toEqual([]);
    }
  });
});
