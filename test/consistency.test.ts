// One occurrence shape, every file family that can write it: the same situation gets the same verdict
// whether it is TypeScript, Python, JSON, YAML, TOML, INI, .env, a shell script or Markdown prose.
// Each shape states its verdict once (per finding: `action thinkingState`, and the review reason);
// each row gives its family's code and the text after `apply`, written out. Rows run through the
// rule tester, so every output is also re-parsed by its family's parser and migrated again.
//
// A row marked `pending` is the consistent expectation for a family whose rule does not meet it yet;
// it runs as an expected failure (`it.fails`) naming why, and turns red once the rule is fixed, so
// the mark is removed together with the fix. DEEPSEEK_MIGRATE_SHOW_PENDING=1 runs those rows as
// ordinary tests, to read how each one fails today.
import { describe, expect, it } from "vitest";
import type { MigrationSettings, TextMigration } from "../src/api.js";
import { verifyInvalid } from "./support/rule-tester.js";

const SHOW_PENDING = process.env["DEEPSEEK_MIGRATE_SHOW_PENDING"] === "1";

interface Row {
  readonly family: string;
  readonly path: string;
  readonly code: string;
  /** The text after `apply`; null when the file stays as it is. */
  readonly output: string | null;
  /** The review reason (or, for rewrites, the reason) when this family names it its own way. */
  readonly reason?: string;
  /** Why this family's rule does not give the shape's verdict yet: the row is an expected failure. */
  readonly pending?: string;
}

interface Shape {
  readonly verdict: readonly string[];
  /** The reason every finding carries, unless a row says otherwise. */
  readonly reason?: string;
  readonly settings?: MigrationSettings;
  /** What each note says, for findings with thinking state `note`. */
  readonly note?: RegExp;
  readonly rows: readonly Row[];
}

// The request rules (rules/languages/ts-js-sites.ts, rules/languages/python.ts, rules/languages/json.ts and the JSON bodies the
// shell and .http rules hand to it) are being rebuilt on one thinking planner with edits owned by
// their request; these are the rows that wait for it.

const PY_HEAD = 'import anthropic\n\nclient = anthropic.Anthropic(base_url="https://api.deepseek.com/anthropic")\n';
const TS_HEAD = 'import Anthropic from "@anthropic-ai/sdk";\n\nconst client = new Anthropic({ baseURL: "https://api.deepseek.com/anthropic" });\n';
const GO_HEAD = 'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n\t"github.com/openai/openai-go/v2/option"\n)\n\n';
const JAVA_HEAD = "import com.openai.core.JsonValue;\nimport com.openai.models.chat.completions.ChatCompletionCreateParams;\nimport java.util.Map;\n\n";
const EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";

const shapes: Readonly<Record<string, Shape>> = {
  "a comment naming both legacy names": {
    verdict: ["review none", "review none"],
    reason: "collection-both",
    rows: [
      { family: "typescript", path: "src/a.ts", code: "// use deepseek-chat or deepseek-reasoner here\nconst x = 1;\n", output: null },
      { family: "python", path: "app/a.py", code: "# use deepseek-chat or deepseek-reasoner here\nx = 1\n", output: null },
      { family: "json", path: "conf/a.jsonc", code: '{\n  // use deepseek-chat or deepseek-reasoner here\n  "x": 1\n}\n', output: null },
      { family: "yaml", path: "conf/a.yaml", code: "# use deepseek-chat or deepseek-reasoner here\nx: 1\n", output: null },
      { family: "toml", path: "conf/a.toml", code: "# use deepseek-chat or deepseek-reasoner here\nx = 1\n", output: null },
      { family: "ini", path: "conf/a.ini", code: "; use deepseek-chat or deepseek-reasoner here\nx = 1\n", output: null },
      { family: "env", path: ".env", code: "# use deepseek-chat or deepseek-reasoner here\nX=1\n", output: null },
      { family: "shell", path: "run.sh", code: "# use deepseek-chat or deepseek-reasoner here\nx=1\n", output: null },
      { family: "markdown", path: "docs/a.md", code: "Use deepseek-chat or deepseek-reasoner here.\n", output: null },
      { family: "text", path: "Main.kt", code: "// use deepseek-chat or deepseek-reasoner here\nval x = 1\n", output: null },
      { family: "go", path: "main.go", code: "package main\n\n// use deepseek-chat or deepseek-reasoner here\nvar x = 1\n", output: null },
      { family: "java", path: "Main.java", code: "class Main {\n    // use deepseek-chat or deepseek-reasoner here\n    int x = 1;\n}\n", output: null },
    ],
  },

  "a comment documenting the branch on the name right below it": {
    // rules/checks/branch-comment.ts: whoever makes the branch test the thinking setting rewrites
    // the comment with it, in every language.
    verdict: ["review none"],
    reason: "branch-comment",
    rows: [
      { family: "typescript", path: "src/a.ts", code: '// thinking only for deepseek-reasoner\nconst thinking = id.includes("reasoner");\n', output: null },
      { family: "python", path: "app/a.py", code: '# thinking only for deepseek-reasoner\nthinking = "reasoner" in model_id\n', output: null },
      { family: "text", path: "main.go", code: '// thinking only for deepseek-reasoner\nvar thinking = strings.Contains(id, "reasoner")\n', output: null },
    ],
  },

  "a comment naming one legacy name": {
    verdict: ["rewrite note"],
    reason: "reference",
    note: /deepseek-chat meant thinking disabled/,
    rows: [
      { family: "typescript", path: "src/a.ts", code: "// talks to deepseek-chat\nconst x = 1;\n", output: "// talks to deepseek-v4-flash\nconst x = 1;\n" },
      { family: "python", path: "app/a.py", code: "# talks to deepseek-chat\nx = 1\n", output: "# talks to deepseek-v4-flash\nx = 1\n" },
      { family: "json", path: "conf/a.jsonc", code: '{\n  // talks to deepseek-chat\n  "x": 1\n}\n', output: '{\n  // talks to deepseek-v4-flash\n  "x": 1\n}\n' },
      { family: "yaml", path: "conf/a.yaml", code: "# talks to deepseek-chat\nx: 1\n", output: "# talks to deepseek-v4-flash\nx: 1\n" },
      { family: "toml", path: "conf/a.toml", code: "# talks to deepseek-chat\nx = 1\n", output: "# talks to deepseek-v4-flash\nx = 1\n" },
      { family: "ini", path: "conf/a.ini", code: "; talks to deepseek-chat\nx = 1\n", output: "; talks to deepseek-v4-flash\nx = 1\n" },
      { family: "env", path: ".env", code: "# talks to deepseek-chat\nX=1\n", output: "# talks to deepseek-v4-flash\nX=1\n" },
      { family: "shell", path: "run.sh", code: "# talks to deepseek-chat\nx=1\n", output: "# talks to deepseek-v4-flash\nx=1\n" },
      { family: "markdown", path: "docs/a.md", code: "The bot talks to deepseek-chat.\n", output: "The bot talks to deepseek-v4-flash.\n" },
      { family: "text", path: "Main.kt", code: "// talks to deepseek-chat\nval x = 1\n", output: "// talks to deepseek-v4-flash\nval x = 1\n" },
      { family: "go", path: "main.go", code: "package main\n\n// talks to deepseek-chat\nvar x = 1\n", output: "package main\n\n// talks to deepseek-v4-flash\nvar x = 1\n" },
      { family: "java", path: "Main.java", code: "class Main {\n    // talks to deepseek-chat\n    int x = 1;\n}\n", output: "class Main {\n    // talks to deepseek-v4-flash\n    int x = 1;\n}\n" },
    ],
  },

  "a plain value": {
    verdict: ["rewrite note"],
    note: /deepseek-chat meant thinking disabled/,
    rows: [
      { family: "typescript", path: "src/a.ts", code: 'const MODEL = "deepseek-chat";\n', output: 'const MODEL = "deepseek-v4-flash";\n', reason: "reference" },
      { family: "python", path: "app/a.py", code: 'MODEL = "deepseek-chat"\n', output: 'MODEL = "deepseek-v4-flash"\n', reason: "reference" },
      { family: "json", path: "conf/a.json", code: '{"model": "deepseek-chat"}\n', output: '{"model": "deepseek-v4-flash"}\n', reason: "config-value" },
      { family: "yaml", path: "conf/a.yaml", code: "model: deepseek-chat\n", output: "model: deepseek-v4-flash\n", reason: "config-value" },
      { family: "toml", path: "conf/a.toml", code: 'model = "deepseek-chat"\n', output: 'model = "deepseek-v4-flash"\n', reason: "config-value" },
      { family: "ini", path: "conf/a.ini", code: "[llm]\nmodel = deepseek-chat\n", output: "[llm]\nmodel = deepseek-v4-flash\n", reason: "config-value" },
      { family: "env", path: ".env", code: "MODEL=deepseek-chat\n", output: "MODEL=deepseek-v4-flash\n", reason: "config-value" },
      { family: "shell", path: "run.sh", code: "MODEL=deepseek-chat\n", output: "MODEL=deepseek-v4-flash\n", reason: "config-value" },
      { family: "markdown", path: "docs/a.md", code: "Set the model to `deepseek-chat`.\n", output: "Set the model to `deepseek-v4-flash`.\n", reason: "reference" },
      { family: "text", path: "Main.kt", code: 'val MODEL = "deepseek-chat"\n', output: 'val MODEL = "deepseek-v4-flash"\n', reason: "reference" },
      { family: "go", path: "main.go", code: 'package main\n\nconst Model = "deepseek-chat"\n', output: 'package main\n\nconst Model = "deepseek-v4-flash"\n', reason: "reference" },
      { family: "java", path: "Main.java", code: 'class Main {\n    static final String MODEL = "deepseek-chat";\n}\n', output: 'class Main {\n    static final String MODEL = "deepseek-v4-flash";\n}\n', reason: "reference" },
    ],
  },

  "two top-level settings, one per legacy name": {
    // A file's top level is settings read one by one, like a module's constants: each is renamed and
    // its note says where its thinking mode must now be set.
    verdict: ["rewrite note", "rewrite note"],
    rows: [
      { family: "typescript", path: "src/a.ts", code: 'const FAST = "deepseek-chat";\nconst DEEP = "deepseek-reasoner";\n', output: 'const FAST = "deepseek-v4-flash";\nconst DEEP = "deepseek-v4-flash";\n', reason: "reference" },
      { family: "python", path: "app/a.py", code: 'FAST = "deepseek-chat"\nDEEP = "deepseek-reasoner"\n', output: 'FAST = "deepseek-v4-flash"\nDEEP = "deepseek-v4-flash"\n', reason: "reference" },
      { family: "json", path: "conf/a.json", code: '{"fast": "deepseek-chat", "deep": "deepseek-reasoner"}\n', output: '{"fast": "deepseek-v4-flash", "deep": "deepseek-v4-flash"}\n', reason: "config-value" },
      { family: "yaml", path: "conf/a.yaml", code: "fast: deepseek-chat\ndeep: deepseek-reasoner\n", output: "fast: deepseek-v4-flash\ndeep: deepseek-v4-flash\n", reason: "config-value" },
      { family: "toml", path: "conf/a.toml", code: 'fast = "deepseek-chat"\ndeep = "deepseek-reasoner"\n', output: 'fast = "deepseek-v4-flash"\ndeep = "deepseek-v4-flash"\n', reason: "config-value" },
      { family: "ini", path: "conf/a.ini", code: "fast = deepseek-chat\ndeep = deepseek-reasoner\n", output: "fast = deepseek-v4-flash\ndeep = deepseek-v4-flash\n", reason: "config-value" },
      { family: "env", path: ".env", code: "FAST_MODEL=deepseek-chat\nDEEP_MODEL=deepseek-reasoner\n", output: "FAST_MODEL=deepseek-v4-flash\nDEEP_MODEL=deepseek-v4-flash\n", reason: "config-value" },
      { family: "shell", path: "run.sh", code: "FAST=deepseek-chat\nDEEP=deepseek-reasoner\n", output: "FAST=deepseek-v4-flash\nDEEP=deepseek-v4-flash\n", reason: "config-value" },
      {
        family: "yaml (compose environment)",
        path: "docker-compose.yml",
        code: "services:\n  bot:\n    environment:\n      FAST_MODEL: deepseek-chat\n      DEEP_MODEL: deepseek-reasoner\n",
        output: "services:\n  bot:\n    environment:\n      FAST_MODEL: deepseek-v4-flash\n      DEEP_MODEL: deepseek-v4-flash\n",
        reason: "config-value",
      },
    ],
  },

  "a comparison with a legacy name": {
    verdict: ["review none"],
    reason: "comparison",
    rows: [
      { family: "typescript", path: "src/a.ts", code: 'if (model === "deepseek-reasoner") think();\n', output: null },
      { family: "python", path: "app/a.py", code: 'if model == "deepseek-reasoner":\n    think()\n', output: null },
      { family: "shell", path: "run.sh", code: 'if [ "$MODEL" = "deepseek-reasoner" ]; then think; fi\n', output: null },
      { family: "yaml (workflow expression)", path: ".github/workflows/a.yml", code: "jobs:\n  a:\n    runs-on: x\n    steps:\n      - if: ${{ env.MODEL == 'deepseek-reasoner' }}\n        run: think\n", output: null },
      { family: "yaml (workflow if:)", path: ".github/workflows/b.yml", code: "jobs:\n  a:\n    if: inputs.model == 'deepseek-reasoner'\n    runs-on: x\n", output: null },
      { family: "markdown (code block)", path: "docs/a.md", code: '```python\nif model == "deepseek-reasoner":\n    think()\n```\n', output: null },
      { family: "text", path: "Main.kt", code: 'if (model == "deepseek-reasoner") {\n    think()\n}\n', output: null },
      { family: "go", path: "main.go", code: 'package main\n\nfunc f(model string) {\n\tif model == "deepseek-reasoner" {\n\t\tthink()\n\t}\n}\n', output: null },
      { family: "java", path: "Main.java", code: 'class Main {\n    void f(String model) {\n        if (model.equals("deepseek-reasoner")) {\n            think();\n        }\n    }\n}\n', output: null },
    ],
  },

  "a list holding both legacy names": {
    verdict: ["review none", "review none"],
    reason: "collection-both",
    rows: [
      { family: "typescript", path: "src/a.ts", code: 'const MODELS = ["deepseek-chat", "deepseek-reasoner"];\n', output: null },
      { family: "python", path: "app/a.py", code: 'MODELS = ["deepseek-chat", "deepseek-reasoner"]\n', output: null },
      { family: "json", path: "conf/a.json", code: '{"models": ["deepseek-chat", "deepseek-reasoner"]}\n', output: null },
      { family: "yaml", path: "conf/a.yaml", code: "models:\n  - deepseek-chat\n  - deepseek-reasoner\n", output: null },
      { family: "toml", path: "conf/a.toml", code: 'models = ["deepseek-chat", "deepseek-reasoner"]\n', output: null },
      { family: "ini", path: "conf/a.ini", code: "[llm]\nmodels = deepseek-chat,deepseek-reasoner\n", output: null },
      { family: "env", path: ".env", code: "MODELS=deepseek-chat,deepseek-reasoner\n", output: null },
      { family: "shell", path: "run.sh", code: "MODELS=(deepseek-chat deepseek-reasoner)\n", output: null },
      { family: "shell (for loop)", path: "run.sh", code: 'for m in deepseek-chat deepseek-reasoner; do ask "$m"; done\n', output: null },
      { family: "markdown", path: "docs/a.md", code: "- deepseek-chat\n- deepseek-reasoner\n", output: null },
      { family: "text", path: "Main.kt", code: 'val models = listOf("deepseek-chat", "deepseek-reasoner")\n', output: null },
      { family: "go", path: "main.go", code: 'package main\n\nvar models = []string{"deepseek-chat", "deepseek-reasoner"}\n', output: null },
      { family: "java", path: "Main.java", code: 'class Main {\n    List<String> models = List.of("deepseek-chat", "deepseek-reasoner");\n}\n', output: null },
    ],
  },

  "a list of entries, one per legacy name": {
    // After a rename the entries are identical: review, as for a plain list.
    verdict: ["review none", "review none"],
    reason: "collection-both",
    rows: [
      { family: "typescript", path: "src/models.ts", code: 'const r = [{ model: "deepseek-chat" }, { model: "deepseek-reasoner" }];\n', output: null },
      { family: "python", path: "app/models.py", code: 'r = [{"model": "deepseek-chat"}, {"model": "deepseek-reasoner"}]\n', output: null },
      { family: "json", path: "conf/models.json", code: '{"models": [{"model": "deepseek-chat"}, {"model": "deepseek-reasoner"}]}\n', output: null },
      { family: "yaml", path: "conf/models.yaml", code: "models:\n  - model: deepseek-chat\n  - model: deepseek-reasoner\n", output: null },
      { family: "toml (inline tables)", path: "config/models.toml", code: 'r = [{ model = "deepseek-chat" }, { model = "deepseek-reasoner" }]\n', output: null },
      {
        family: "toml (array of tables)",
        path: "config/models.toml",
        code: '[[models]]\nname = "fast"\nmodel = "deepseek-chat"\n\n[[models]]\nname = "deep"\nmodel = "deepseek-reasoner"\n',
        output: null,
      },
    ],
  },

  "a list of entries with one legacy name": {
    verdict: ["rewrite note"],
    rows: [
      { family: "typescript", path: "src/models.ts", code: 'const r = [{ model: "deepseek-chat" }, { model: "gpt-4o" }];\n', output: 'const r = [{ model: "deepseek-v4-flash" }, { model: "gpt-4o" }];\n', reason: "reference" },
      { family: "yaml", path: "conf/models.yaml", code: "models:\n  - model: deepseek-chat\n  - model: gpt-4o\n", output: "models:\n  - model: deepseek-v4-flash\n  - model: gpt-4o\n", reason: "config-value" },
      {
        family: "toml (array of tables)",
        path: "config/models.toml",
        code: '[[models]]\nmodel = "deepseek-chat"\n\n[[models]]\nmodel = "gpt-4o"\n',
        output: '[[models]]\nmodel = "deepseek-v4-flash"\n\n[[models]]\nmodel = "gpt-4o"\n',
        reason: "config-value",
      },
    ],
  },

  "a table holding both legacy names as values": {
    verdict: ["review none", "review none"],
    reason: "collection-both",
    rows: [
      { family: "typescript", path: "src/models.ts", code: 'const routes = { fast: "deepseek-chat", slow: "deepseek-reasoner" };\n', output: null },
      { family: "python", path: "app/models.py", code: 'routes = {"fast": "deepseek-chat", "slow": "deepseek-reasoner"}\n', output: null },
      { family: "json", path: "conf/models.json", code: '{"routes": {"fast": "deepseek-chat", "slow": "deepseek-reasoner"}}\n', output: null },
      { family: "yaml", path: "conf/models.yaml", code: "routes:\n  fast: deepseek-chat\n  slow: deepseek-reasoner\n", output: null },
      { family: "toml (inline table)", path: "config/models.toml", code: 'routes = { fast = "deepseek-chat", slow = "deepseek-reasoner" }\n', output: null },
      { family: "toml (table)", path: "config/models.toml", code: '[routes]\nfast = "deepseek-chat"\nslow = "deepseek-reasoner"\n', output: null },
      { family: "ini (section)", path: "conf/models.ini", code: "[routes]\nfast = deepseek-chat\nslow = deepseek-reasoner\n", output: null },
    ],
  },

  "tables each holding one legacy name": {
    verdict: ["rewrite note", "rewrite note"],
    reason: "config-value",
    rows: [
      {
        family: "toml",
        path: "config/models.toml",
        code: '[models.fast]\nmodel = "deepseek-chat"\n\n[models.deep]\nmodel = "deepseek-reasoner"\n',
        output: '[models.fast]\nmodel = "deepseek-v4-flash"\n\n[models.deep]\nmodel = "deepseek-v4-flash"\n',
      },
      { family: "yaml", path: "conf/models.yaml", code: "fast:\n  model: deepseek-chat\ndeep:\n  model: deepseek-reasoner\n", output: "fast:\n  model: deepseek-v4-flash\ndeep:\n  model: deepseek-v4-flash\n" },
      { family: "ini", path: "conf/models.ini", code: "[fast]\nmodel = deepseek-chat\n[deep]\nmodel = deepseek-reasoner\n", output: "[fast]\nmodel = deepseek-v4-flash\n[deep]\nmodel = deepseek-v4-flash\n" },
      { family: "json", path: "conf/models.json", code: '{"fast": {"model": "deepseek-chat"}, "deep": {"model": "deepseek-reasoner"}}\n', output: '{"fast": {"model": "deepseek-v4-flash"}, "deep": {"model": "deepseek-v4-flash"}}\n' },
    ],
  },

  "a map keyed by both legacy names": {
    verdict: ["review none", "review none"],
    reason: "mapping-key",
    rows: [
      { family: "typescript", path: "src/a.ts", code: 'const PRICE = { "deepseek-chat": 0.27, "deepseek-reasoner": 0.55 };\n', output: null },
      { family: "python", path: "app/a.py", code: 'PRICE = {"deepseek-chat": 0.27, "deepseek-reasoner": 0.55}\n', output: null },
      { family: "json", path: "conf/a.json", code: '{"price": {"deepseek-chat": 0.27, "deepseek-reasoner": 0.55}}\n', output: null },
      { family: "yaml", path: "conf/a.yaml", code: "price:\n  deepseek-chat: 0.27\n  deepseek-reasoner: 0.55\n", output: null },
      { family: "toml", path: "conf/a.toml", code: "[price]\ndeepseek-chat = 0.27\ndeepseek-reasoner = 0.55\n", output: null },
      { family: "ini", path: "conf/a.ini", code: "[price]\ndeepseek-chat = 0.27\ndeepseek-reasoner = 0.55\n", output: null },
      { family: "shell", path: "run.sh", code: "declare -A PRICE=([deepseek-chat]=0.27 [deepseek-reasoner]=0.55)\n", output: null },
      // Documents judge a table as a whole: a table naming both models is a per-model table.
      { family: "markdown", path: "docs/a.md", code: "| model | price |\n|---|---|\n| deepseek-chat | 0.27 |\n| deepseek-reasoner | 0.55 |\n", output: null, reason: "collection-both" },
      { family: "text", path: "Main.kt", code: 'val price = mapOf("deepseek-chat" to 0.27, "deepseek-reasoner" to 0.55)\n', output: null },
      { family: "go", path: "main.go", code: 'package main\n\nvar price = map[string]float64{"deepseek-chat": 0.27, "deepseek-reasoner": 0.55}\n', output: null },
      { family: "java", path: "Main.java", code: 'class Main {\n    Map<String, Double> price = Map.of("deepseek-chat", 0.27, "deepseek-reasoner", 0.55);\n}\n', output: null },
    ],
  },

  "a request whose thinking contradicts the legacy name, under --thinking off": {
    // --thinking off renames only: the request's own thinking setting stays as written, and the note
    // says what the legacy name meant, in every family (one planner decides this for all of them).
    verdict: ["rewrite note"],
    reason: "request-site",
    settings: { thinking: "off" },
    note: /deepseek-reasoner meant thinking enabled/,
    rows: [
      {
        family: "typescript",
        path: "src/a.ts",
        code: 'client.chat.completions.create({ model: "deepseek-reasoner", messages, thinking: { type: "disabled" } });\n',
        output: 'client.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n',
      },
      {
        family: "python",
        path: "app/a.py",
        code: 'client.chat.completions.create(model="deepseek-reasoner", messages=m, extra_body={"thinking": {"type": "disabled"}})\n',
        output: 'client.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})\n',
      },
      {
        family: "json",
        path: "conf/body.json",
        code: '{"model": "deepseek-reasoner", "messages": [], "thinking": {"type": "disabled"}}\n',
        output: '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n',
      },
      {
        family: "shell",
        path: "run.sh",
        code: "curl -d '{\"model\": \"deepseek-reasoner\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
        output: "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
      },
      {
        family: "http",
        path: "api.http",
        code: 'POST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{"model": "deepseek-reasoner", "messages": [], "thinking": {"type": "disabled"}}\n',
        output: 'POST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n',
      },
      {
        family: "go",
        path: "main.go",
        code: `${GO_HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-reasoner"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
        output: `${GO_HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
      },
      {
        family: "java",
        path: "Main.java",
        code: `${JAVA_HEAD}class Main {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-reasoner").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
        output: `${JAVA_HEAD}class Main {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-v4-flash").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
      },
      {
        family: "markdown (code block)",
        path: "docs/a.md",
        code: '```json\n{"model": "deepseek-reasoner", "messages": [], "thinking": {"type": "disabled"}}\n```\n',
        output: '```json\n{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n```\n',
      },
    ],
  },

  "a request body with the model key twice": {
    // One request, one thinking member, however many times the body names its model.
    verdict: ["rewrite inserted", "rewrite inserted"],
    reason: "request-site",
    rows: [
      {
        family: "json",
        path: "conf/body.json",
        code: '{"model": "deepseek-chat", "model": "deepseek-chat", "messages": []}\n',
        output: '{"model": "deepseek-v4-flash", "model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n',
      },
      {
        family: "python",
        path: "app/a.py",
        code: 'r = requests.post(URL, json={"model": "deepseek-chat", "model": "deepseek-chat", "messages": m})\n',
        output: 'r = requests.post(URL, json={"model": "deepseek-v4-flash", "model": "deepseek-v4-flash", "messages": m, "thinking": {"type": "disabled"}})\n',
      },
      {
        family: "typescript",
        path: "src/a.js",
        code: 'client.chat.completions.create({ model: "deepseek-chat", model: "deepseek-chat", messages });\n',
        output: 'client.chat.completions.create({ model: "deepseek-v4-flash", model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n',
      },
      {
        family: "shell",
        path: "run.sh",
        code: "curl -d '{\"model\": \"deepseek-chat\", \"model\": \"deepseek-chat\", \"messages\": []}' $URL\n",
        output: "curl -d '{\"model\": \"deepseek-v4-flash\", \"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
      },
      {
        family: "http",
        path: "api.http",
        code: 'POST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{"model": "deepseek-chat", "model": "deepseek-chat", "messages": []}\n',
        output: 'POST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{"model": "deepseek-v4-flash", "model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n',
      },
    ],
  },

  // DeepSeek's Anthropic-compatible endpoint takes Anthropic's own `thinking` field. `{"type":
  // "disabled"}` is complete as it is; `{"type": "enabled"}` is typed by the Anthropic SDKs with a
  // required budget_tokens the legacy name never implied, and V4 thinks by default anyway: a note.
  "an Anthropic-compatible call with deepseek-chat": {
    verdict: ["rewrite inserted"],
    rows: [
      {
        family: "python",
        path: "app/bot.py",
        code: `${PY_HEAD}r = client.messages.create(model="deepseek-chat", max_tokens=1024, messages=m)\n`,
        output: `${PY_HEAD}r = client.messages.create(model="deepseek-v4-flash", max_tokens=1024, messages=m, thinking={"type": "disabled"})\n`,
      },
      {
        family: "typescript",
        path: "src/bot.ts",
        code: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-chat", max_tokens: 1024, messages });\n`,
        output: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages, thinking: { type: "disabled" } });\n`,
      },
      {
        family: "python (body spread into create)",
        path: "app/bot.py",
        code: `${PY_HEAD}body = {"model": "deepseek-chat", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
        output: `${PY_HEAD}body = {"model": "deepseek-v4-flash", "max_tokens": 1024, "messages": m, "thinking": {"type": "disabled"}}\nr = client.messages.create(**body)\n`,
      },
    ],
  },

  "an Anthropic-compatible call with deepseek-reasoner": {
    verdict: ["rewrite note"],
    note: /deepseek-reasoner meant thinking enabled/,
    rows: [
      {
        family: "python",
        path: "app/bot.py",
        code: `${PY_HEAD}r = client.messages.create(model="deepseek-reasoner", max_tokens=1024, messages=m)\n`,
        output: `${PY_HEAD}r = client.messages.create(model="deepseek-v4-flash", max_tokens=1024, messages=m)\n`,
      },
      {
        family: "typescript",
        path: "src/bot.ts",
        code: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-reasoner", max_tokens: 1024, messages });\n`,
        output: `${TS_HEAD}const r = client.messages.create({ model: "deepseek-v4-flash", max_tokens: 1024, messages });\n`,
      },
      {
        family: "python (stream)",
        path: "app/bot.py",
        code: `${PY_HEAD}with client.messages.stream(model="deepseek-reasoner", max_tokens=4096, messages=m) as s:\n    pass\n`,
        output: `${PY_HEAD}with client.messages.stream(model="deepseek-v4-flash", max_tokens=4096, messages=m) as s:\n    pass\n`,
      },
      {
        family: "typescript (stream)",
        path: "src/bot.ts",
        code: `${TS_HEAD}const s = client.messages.stream({ model: "deepseek-reasoner", max_tokens: 4096, messages });\n`,
        output: `${TS_HEAD}const s = client.messages.stream({ model: "deepseek-v4-flash", max_tokens: 4096, messages });\n`,
      },
      {
        family: "python (body spread into create)",
        path: "app/bot.py",
        code: `${PY_HEAD}body = {"model": "deepseek-reasoner", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
        output: `${PY_HEAD}body = {"model": "deepseek-v4-flash", "max_tokens": 1024, "messages": m}\nr = client.messages.create(**body)\n`,
      },
    ],
  },

  "a constant used as the model of a create() call in the same file": {
    verdict: ["rewrite inserted"],
    reason: "request-site",
    rows: [
      {
        family: "typescript",
        path: "src/a.ts",
        code: 'const MODEL = "deepseek-reasoner";\nclient.chat.completions.create({ model: MODEL, messages });\n',
        output: `const MODEL = "deepseek-v4-flash";\n${EXPECT_ERROR}\nclient.chat.completions.create({ model: MODEL, messages, thinking: { type: "enabled" } });\n`,
      },
      {
        family: "javascript",
        path: "src/a.js",
        code: 'const MODEL = "deepseek-reasoner";\nclient.chat.completions.create({ model: MODEL, messages });\n',
        output: 'const MODEL = "deepseek-v4-flash";\nclient.chat.completions.create({ model: MODEL, messages, thinking: { type: "enabled" } });\n',
      },
      {
        family: "python",
        path: "app/a.py",
        code: 'MODEL = "deepseek-reasoner"\nclient.chat.completions.create(model=MODEL, messages=m)\n',
        output: 'MODEL = "deepseek-v4-flash"\nclient.chat.completions.create(model=MODEL, messages=m, extra_body={"thinking": {"type": "enabled"}})\n',
      },
      {
        family: "go",
        path: "main.go",
        code: `${GO_HEAD}const Model = "deepseek-reasoner"\n\nfunc f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: Model})\n}\n`,
        output: `${GO_HEAD}const Model = "deepseek-v4-flash"\n\nfunc f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: Model}, option.WithJSONSet("thinking", map[string]any{"type": "enabled"}))\n}\n`,
      },
      {
        family: "java",
        path: "Main.java",
        code: `${JAVA_HEAD}class Main {\n    static final String MODEL = "deepseek-reasoner";\n    Object p = ChatCompletionCreateParams.builder().model(MODEL).build();\n}\n`,
        output: `${JAVA_HEAD}class Main {\n    static final String MODEL = "deepseek-v4-flash";\n    Object p = ChatCompletionCreateParams.builder().model(MODEL).putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "enabled"))).build();\n}\n`,
      },
    ],
  },

  "an OpenAI create() with deepseek-chat": {
    verdict: ["rewrite inserted"],
    reason: "request-site",
    rows: [
      {
        family: "typescript",
        path: "src/a.ts",
        code: 'client.chat.completions.create({ model: "deepseek-chat", messages });\n',
        output: `${EXPECT_ERROR}\nclient.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n`,
      },
      {
        family: "python",
        path: "app/a.py",
        code: 'client.chat.completions.create(model="deepseek-chat", messages=m)\n',
        output: 'client.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})\n',
      },
      { family: "json", path: "conf/body.json", code: '{"model": "deepseek-chat", "messages": []}\n', output: '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n' },
      {
        family: "shell",
        path: "run.sh",
        code: "curl -d '{\"model\": \"deepseek-chat\", \"messages\": []}' $URL\n",
        output: "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
      },
      {
        family: "go",
        path: "main.go",
        code: `${GO_HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"})\n}\n`,
        output: `${GO_HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
      },
      {
        family: "markdown (python block)",
        path: "docs/a.md",
        code: 'Call it:\n\n```python\nclient.chat.completions.create(model="deepseek-chat", messages=m)\n```\n',
        output: 'Call it:\n\n```python\nclient.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})\n```\n',
      },
      {
        family: "markdown (ts block)",
        path: "docs/a.mdx",
        code: '```ts\nclient.chat.completions.create({ model: "deepseek-chat", messages });\n```\n',
        output: `\`\`\`ts\n${EXPECT_ERROR}\nclient.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n\`\`\`\n`,
      },
      {
        family: "notebook (code cell)",
        path: "nb/a.ipynb",
        code: '{"cells": [{"cell_type": "code", "source": ["client.chat.completions.create(model=\\"deepseek-chat\\", messages=m)"]}], "nbformat": 4}\n',
        output:
          '{"cells": [{"cell_type": "code", "source": ["client.chat.completions.create(model=\\"deepseek-v4-flash\\", messages=m, extra_body={\\"thinking\\": {\\"type\\": \\"disabled\\"}})"]}], "nbformat": 4}\n',
      },
      {
        family: "python (docstring example)",
        path: "app/a.py",
        code: 'def ask():\n    """Ask.\n\n    >>> client.chat.completions.create(model="deepseek-chat", messages=m)\n    """\n',
        output: 'def ask():\n    """Ask.\n\n    >>> client.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "disabled"}})\n    """\n',
      },
      {
        family: "javascript (JSDoc example)",
        path: "src/a.js",
        code: '/**\n * @example\n * client.chat.completions.create({ model: "deepseek-chat", messages });\n */\nexport function ask() {}\n',
        output: '/**\n * @example\n * client.chat.completions.create({ model: "deepseek-v4-flash", messages, thinking: { type: "disabled" } });\n */\nexport function ask() {}\n',
      },
      {
        family: "java",
        path: "Main.java",
        code: `${JAVA_HEAD}class Main {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-chat").build();\n}\n`,
        output: `${JAVA_HEAD}class Main {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-v4-flash").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
      },
    ],
  },
};

async function checkRow(shape: Shape, row: Row): Promise<TextMigration> {
  const r = await verifyInvalid({ path: row.path, code: row.code, output: row.output, ...(shape.settings ? { settings: shape.settings } : {}) });
  expect(r.findings.map((f) => `${f.action} ${f.thinkingState}`), "verdict").toEqual(shape.verdict);
  const reason = row.reason ?? shape.reason;
  if (reason) expect(r.findings.map((f) => f.reason), "reason").toEqual(shape.verdict.map(() => reason));
  if (shape.note) for (const f of r.findings.filter((x) => x.thinkingState === "note")) expect(f.note).toMatch(shape.note);
  return r;
}

for (const [title, shape] of Object.entries(shapes)) {
  describe(title, () => {
    const seen = new Set<string>();
    for (const row of shape.rows) {
      const key = JSON.stringify([row.path, row.code]);
      if (seen.has(key)) throw new Error(`duplicate row in "${title}": ${row.family}`);
      seen.add(key);
      if (row.pending && !SHOW_PENDING) it.fails(`${row.family} [pending: ${row.pending}]`, () => checkRow(shape, row));
      else it(row.family, () => checkRow(shape, row));
    }
  });
}

describe("the table itself", () => {
  it("writes each shape in at least three families", () => {
    for (const [title, shape] of Object.entries(shapes)) expect({ title, families: shape.rows.length >= 3 }).toEqual({ title, families: true });
  });
});
