// Table tests for the Go rule: valid rows report nothing; invalid rows give exact findings and output.
// Every output is re-parsed by Go's own parser (gofmt -e) through the rule tester.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { BIN } from "../support/project.js";

const HEAD = 'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n\t"github.com/openai/openai-go/v2/option"\n)\n\n';
const NO_OPTION = 'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n)\n\n';

const valid: ValidRow[] = [
  { path: "a.go", code: 'package main\n\nconst m = "deepseek-chat-v3-0324"\nconst u = "https://example.com/deepseek-chat"\n' },
  { path: "a.go", code: 'package main\n\nconst m = "deepseek-v4-flash"\n' },
  { path: "a.go", code: 'package main\n\nconst m = "deepseek-chat" // deepseek-migrate-ignore\n' },
];

const invalid: InvalidRow[] = [
  { path: "a.go", code: 'package main\n\nvar m = `deepseek-reasoner`\n', findings: ["3:10 rewrite deepseek-reasoner reference note"], output: "package main\n\nvar m = `deepseek-v4-flash`\n" },
  {
    name: "compared, switched on, matched, used as a key: review",
    path: "a.go",
    code: 'package main\n\nimport "strings"\n\nfunc f(m string, t map[string]int) {\n\tif m != "deepseek-chat" {\n\t}\n\tswitch m {\n\tcase "deepseek-reasoner":\n\t}\n\t_ = strings.HasPrefix(m, "deepseek-reasoner")\n\t_ = t["deepseek-chat"]\n}\n',
    findings: ["6:11 review deepseek-chat comparison", "9:8 review deepseek-reasoner switch-case", "11:28 review deepseek-reasoner comparison", "12:9 review deepseek-chat mapping-key"],
    output: null,
  },
  {
    name: "a map keyed by the names, a list of both: review",
    path: "a.go",
    code: 'package main\n\nvar price = map[string]float64{\n\t"deepseek-chat": 0.27,\n}\nvar both = []string{"deepseek-chat", "deepseek-reasoner"}\n',
    findings: ["4:3 review deepseek-chat mapping-key", "6:22 review deepseek-chat collection-both", "6:39 review deepseek-reasoner collection-both"],
    output: null,
  },
  {
    name: "a comment is prose",
    path: "a.go",
    code: 'package main\n\n// The model defaults to deepseek-chat.\nvar m = "x"\n',
    findings: ["3:26 rewrite deepseek-chat reference note"],
    output: 'package main\n\n// The model defaults to deepseek-v4-flash.\nvar m = "x"\n',
  },
  {
    name: "an openai-go request: the thinking option goes after the params",
    path: "a.go",
    code: `${HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"})\n}\n`,
    findings: ["11:80 rewrite deepseek-chat request-site inserted"],
    output: `${HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
  },
  {
    name: "one argument a line, through a constant and a params variable, with an aliased option package",
    path: "a.go",
    code: 'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n\topt "github.com/openai/openai-go/v2/option"\n)\n\nconst Model = "deepseek-reasoner"\n\nfunc f(c openai.Client) {\n\tparams := openai.ChatCompletionNewParams{\n\t\tModel: openai.ChatModel(Model),\n\t}\n\tc.Chat.Completions.NewStreaming(\n\t\tcontext.TODO(),\n\t\tparams,\n\t)\n}\n',
    findings: ["10:16 rewrite deepseek-reasoner request-site inserted"],
    output: 'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n\topt "github.com/openai/openai-go/v2/option"\n)\n\nconst Model = "deepseek-v4-flash"\n\nfunc f(c openai.Client) {\n\tparams := openai.ChatCompletionNewParams{\n\t\tModel: openai.ChatModel(Model),\n\t}\n\tc.Chat.Completions.NewStreaming(\n\t\tcontext.TODO(),\n\t\tparams,\n\t\topt.WithJSONSet("thinking", map[string]any{"type": "enabled"}),\n\t)\n}\n',
  },
  {
    name: "the request already sets the mode the name meant",
    path: "a.go",
    code: `${HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
    findings: ["11:80 rewrite deepseek-chat request-site present"],
    output: `${HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n}\n`,
  },
  {
    name: "the request sets the other mode: review",
    path: "a.go",
    code: `${HEAD}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-reasoner"}, option.WithJSONSet("thinking.type", "disabled"))\n}\n`,
    findings: ["11:80 review deepseek-reasoner thinking-conflict"],
    output: null,
  },
  {
    name: "without the option package imported, its import is added next to openai-go's, once for two requests",
    path: "a.go",
    code: `${NO_OPTION}func f(c openai.Client) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"})\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-reasoner"})\n}\n`,
    findings: ["10:80 rewrite deepseek-chat request-site inserted", "11:80 rewrite deepseek-reasoner request-site inserted"],
    output:
      'package main\n\nimport (\n\t"context"\n\n\t"github.com/openai/openai-go/v2"\n\t"github.com/openai/openai-go/v2/option"\n)\n\n' +
      'func f(c openai.Client) {\n' +
      '\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "disabled"}))\n' +
      '\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, option.WithJSONSet("thinking", map[string]any{"type": "enabled"}))\n}\n',
  },
  {
    name: "a file with its own `option` cannot import the package under that name: a note",
    path: "a.go",
    code: `${NO_OPTION}func f(c openai.Client, option int) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"})\n}\n`,
    findings: ["10:80 rewrite deepseek-chat request-site note"],
    output: `${NO_OPTION}func f(c openai.Client, option int) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"})\n}\n`,
  },
  {
    name: "options passed as a slice may set it already: nothing is added",
    path: "a.go",
    code: `${HEAD}func f(c openai.Client, opts []option.RequestOption) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-chat"}, opts...)\n}\n`,
    findings: ["11:80 rewrite deepseek-chat request-site present"],
    output: `${HEAD}func f(c openai.Client, opts []option.RequestOption) {\n\tc.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{Model: "deepseek-v4-flash"}, opts...)\n}\n`,
  },
];

describe("go rule", () => {
  ruleTester({ valid, invalid });

  it("checks Go and Python files in one run (one tree-sitter runtime for both grammars)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-go-"));
    writeFileSync(path.join(dir, "a.py"), 'MODEL = "deepseek-chat"\n');
    writeFileSync(path.join(dir, "b.go"), 'package main\n\nconst Model = "deepseek-reasoner"\n');
    const r = spawnSync(process.execPath, [BIN, "apply", ".", "--yes", "--format", "json"], { cwd: dir, encoding: "utf8" });
    const report = JSON.parse(r.stdout) as { findings: { file: string; rule: string }[]; skipped: unknown[] };
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(["a.py python", "b.go go"]);
    expect(readFileSync(path.join(dir, "b.go"), "utf8")).toBe('package main\n\nconst Model = "deepseek-v4-flash"\n');
  });
});
