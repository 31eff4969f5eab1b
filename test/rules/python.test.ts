// Table tests for the Python rule: valid rows report nothing, invalid rows give exact findings and
// the migrated text; every migrated text must also compile with the real Python interpreter.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pythonRule } from "../../rules/languages/python.js";
import { brief, checkText } from "../support/harness.js";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { cli, git, tempProject, writeFiles } from "../support/project.js";
import { missingCommand, needs } from "../support/requires.js";

/** Rows without a path are the module `app/main.py`. */
type Row<T extends ValidRow> = Omit<T, "path" | "name"> & { readonly name: string; readonly path?: string };
const inApp = <T extends ValidRow>(r: Row<T>): T => ({ ...r, path: r.path ?? "app/main.py" }) as T;

const valid: readonly Row<ValidRow>[] = [
  { name: "longer model IDs", code: 'a = "deepseek-chat-v3-0324"\nb = "deepseek-chat:free"\nc = "deepseek/deepseek-r1"\n' },
  { name: "URLs and paths", code: 'u = "https://github.com/acme/deepseek-chat"\nfrom x import y  # see ./providers/deepseek-chat/\n' },
  { name: "identifiers and product names", code: "DEEPSEEK_CHAT = deepseek_chat\n# DeepSeek Chat is the app\n" },
  { name: "already migrated", code: 'client.chat.completions.create(model="deepseek-v4-flash", messages=[], extra_body={"thinking": {"type": "disabled"}})\n' },
  { name: "suppressed line", code: 'm = "deepseek-chat"  # deepseek-migrate-ignore\n' },
  { name: "recorded response (dropped by default)", code: 'R = {"object": "chat.completion", "model": "deepseek-chat", "choices": []}\n' },
];

const invalid: readonly Row<InvalidRow>[] = [
  {
    name: "openai call, one kwarg per line, trailing comma",
    code: 'r = client.chat.completions.create(\n    model="deepseek-chat",\n    messages=m,\n)\n',
    findings: ["2:12 rewrite deepseek-chat request-site inserted"],
    output: 'r = client.chat.completions.create(\n    model="deepseek-v4-flash",\n    messages=m,\n    extra_body={"thinking": {"type": "disabled"}},\n)\n',
  },
  {
    name: "openai call on one line, single quotes, reasoner",
    code: "r = client.chat.completions.create(model='deepseek-reasoner', messages=m)\n",
    findings: ["1:43 rewrite deepseek-reasoner request-site inserted"],
    output: "r = client.chat.completions.create(model='deepseek-v4-flash', messages=m, extra_body={'thinking': {'type': 'enabled'}})\n",
  },
  {
    name: "no trailing comma, closing paren on its own line, CRLF",
    code: 'r = client.chat.completions.create(\r\n    model="deepseek-chat",\r\n    messages=m\r\n)\r\n',
    findings: ["2:12 rewrite deepseek-chat request-site inserted"],
    output: 'r = client.chat.completions.create(\r\n    model="deepseek-v4-flash",\r\n    messages=m,\r\n    extra_body={"thinking": {"type": "disabled"}}\r\n)\r\n',
  },
  {
    name: "last kwarg followed by a comment",
    code: 'r = client.chat.completions.create(\n    model="deepseek-chat",\n    messages=m  # the turn\n)\n',
    findings: ["2:12 rewrite deepseek-chat request-site inserted"],
    output: 'r = client.chat.completions.create(\n    model="deepseek-v4-flash",\n    messages=m,  # the turn\n    extra_body={"thinking": {"type": "disabled"}}\n)\n',
  },
  {
    name: "merge into a single-line extra_body",
    code: 'r = c.chat.completions.create(model="deepseek-chat", messages=m, extra_body={"top_k": 3})\n',
    findings: ["1:38 rewrite deepseek-chat request-site inserted"],
    output: 'r = c.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"top_k": 3, "thinking": {"type": "disabled"}})\n',
  },
  {
    name: "extra_body from a variable: renamed with a note, nothing inserted",
    code: 'r = c.chat.completions.create(model="deepseek-chat", messages=m, extra_body=EB)\n',
    findings: ["1:38 rewrite deepseek-chat request-site note"],
    output: 'r = c.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body=EB)\n',
  },
  {
    name: "**kwargs may already carry extra_body: nothing inserted",
    code: 'r = c.chat.completions.create(model="deepseek-chat", messages=m, **opts)\n',
    findings: ["1:38 rewrite deepseek-chat request-site note"],
    output: 'r = c.chat.completions.create(model="deepseek-v4-flash", messages=m, **opts)\n',
  },
  {
    name: "consistent thinking already present",
    code: 'r = c.chat.completions.create(model="deepseek-reasoner", messages=m, extra_body={"thinking": {"type": "enabled"}})\n',
    findings: ["1:38 rewrite deepseek-reasoner request-site present"],
    output: 'r = c.chat.completions.create(model="deepseek-v4-flash", messages=m, extra_body={"thinking": {"type": "enabled"}})\n',
  },
  {
    name: "contradicting thinking: review, no rename",
    code: 'r = c.messages.create(model="deepseek-chat", messages=m, max_tokens=9, thinking={"type": "enabled", "budget_tokens": 512})\nimport anthropic\n',
    findings: ["1:30 review deepseek-chat thinking-conflict"],
    output: null,
  },
  {
    name: "openai<1.0 ChatCompletion.create sends unknown kwargs in the body: top-level thinking",
    code: 'r = openai.ChatCompletion.create(model="deepseek-chat", messages=m)\n',
    findings: ["1:41 rewrite deepseek-chat request-site inserted"],
    output: 'r = openai.ChatCompletion.create(model="deepseek-v4-flash", messages=m, thinking={"type": "disabled"})\n',
  },
  {
    name: "langchain ChatDeepSeek",
    code: 'llm = ChatDeepSeek(model="deepseek-chat", temperature=0)\n',
    findings: ["1:27 rewrite deepseek-chat request-site inserted"],
    output: 'llm = ChatDeepSeek(model="deepseek-v4-flash", temperature=0, extra_body={"thinking": {"type": "disabled"}})\n',
  },
  {
    name: "litellm with the deepseek/ prefix",
    code: 'r = completion(model="deepseek/deepseek-reasoner", messages=m)\n',
    findings: ["1:32 rewrite deepseek-reasoner request-site inserted"],
    output: 'r = completion(model="deepseek/deepseek-v4-flash", messages=m, thinking={"type": "enabled"})\n',
  },
  {
    name: "requests JSON body",
    code: 'r = requests.post(URL, json={"model": "deepseek-chat", "messages": m})\n',
    findings: ["1:40 rewrite deepseek-chat request-site inserted"],
    output: 'r = requests.post(URL, json={"model": "deepseek-v4-flash", "messages": m, "thinking": {"type": "disabled"}})\n',
  },
  {
    name: "defaults and env fallbacks are plain values",
    code: 'MODEL = os.getenv("MODEL", "deepseek-chat")\ndef f(model: str = "deepseek-reasoner"): ...\n',
    findings: ["1:29 rewrite deepseek-chat reference note", "2:21 rewrite deepseek-reasoner reference note"],
    output: 'MODEL = os.getenv("MODEL", "deepseek-v4-flash")\ndef f(model: str = "deepseek-v4-flash"): ...\n',
  },
  {
    name: "comments and docstrings, f-string and byte string literal parts",
    code: '"""Uses deepseek-chat."""\n# talks to deepseek-chat\nm = f"{p}: deepseek-chat"\nb = b"deepseek-chat"\n',
    // No thinking state for the docstring and the comment: the Python rule gives them none, where
    // every other family gives a note (the consistency table's pending row).
    findings: ["1:9 rewrite deepseek-chat reference", "2:12 rewrite deepseek-chat reference", "3:12 rewrite deepseek-chat reference note", "4:7 rewrite deepseek-chat reference note"],
    output: '"""Uses deepseek-v4-flash."""\n# talks to deepseek-v4-flash\nm = f"{p}: deepseek-v4-flash"\nb = b"deepseek-v4-flash"\n',
  },
  {
    name: "migration prose in comments, docstrings and messages",
    code: '# deepseek-chat is retired\n"""Replaces deepseek-reasoner with deepseek-v4-flash."""\nwarn("deepseek-chat is deprecated")\n',
    findings: ["1:3 review deepseek-chat migration-prose", "2:13 review deepseek-reasoner migration-prose", "3:7 review deepseek-chat migration-prose"],
    output: null,
  },
  {
    name: "comparisons, membership and startswith",
    code: 'a = m == "deepseek-chat"\nb = m is not "deepseek-reasoner"\nc = m not in ["deepseek-chat"]\nd = m.startswith("deepseek-chat")\n',
    findings: ["1:11 review deepseek-chat comparison", "2:15 review deepseek-reasoner comparison", "3:16 review deepseek-chat comparison", "4:19 review deepseek-chat comparison"],
    output: null,
  },
  {
    name: "match/case patterns",
    code: 'match m:\n    case "deepseek-chat":\n        pass\n',
    findings: ["2:11 review deepseek-chat switch-case"],
    output: null,
  },
  {
    name: "keys: dict literal, subscript, .get",
    code: 'P = {"deepseek-chat": 1}\nx = P["deepseek-chat"]\ny = P.get("deepseek-chat", 0)\n',
    findings: ["1:7 review deepseek-chat mapping-key", "2:8 review deepseek-chat mapping-key", "3:12 review deepseek-chat mapping-key"],
    output: null,
  },
  {
    name: "collections holding both names or a V4 ID",
    code: 'A = ["deepseek-chat", "deepseek-reasoner"]\nB = {"deepseek-chat", "deepseek-v4-pro"}\nT = Literal["deepseek-chat", "deepseek-reasoner"]\n',
    findings: [
      "1:7 review deepseek-chat collection-both",
      "1:24 review deepseek-reasoner collection-both",
      "2:7 review deepseek-chat collection-current",
      "3:14 review deepseek-chat collection-both",
      "3:31 review deepseek-reasoner collection-both",
    ],
    output: null,
  },
  {
    name: "enum holding both names",
    code: 'class M(str, Enum):\n    A = "deepseek-chat"\n    B = "deepseek-reasoner"\n',
    findings: ["2:10 review deepseek-chat collection-both", "3:10 review deepseek-reasoner collection-both"],
    output: null,
  },
  {
    name: "regular expressions",
    code: 'p = re.compile("deepseek-chat")\nq = r"^deepseek-reasoner"\n',
    findings: ["1:17 review deepseek-chat regex", "2:8 review deepseek-reasoner regex"],
    output: null,
  },
  {
    // `a` spells a longer ID (deepseek-chat-v3) in both source and value: not a reference at all.
    name: "escapes and concatenation that change the value",
    code: 'a = "deepseek-chat\\x2dv3"\nb = "deepseek-\\x63hat"\nc = "deepseek-chat" "-v3"\nd = "deepseek-chat\\n"\n',
    findings: ["2:6 review deepseek-chat escaped-literal", "3:6 review deepseek-chat escaped-literal", "4:6 rewrite deepseek-chat reference note"],
    output: 'a = "deepseek-chat\\x2dv3"\nb = "deepseek-\\x63hat"\nc = "deepseek-chat" "-v3"\nd = "deepseek-v4-flash\\n"\n',
  },
  {
    name: "exported constants in a public package __init__",
    path: "acme/__init__.py",
    code: 'CHAT_MODEL = "deepseek-chat"\n_INTERNAL = "deepseek-chat"\n',
    findings: ["1:15 review deepseek-chat exported-constant", "2:14 rewrite deepseek-chat reference note"],
    output: 'CHAT_MODEL = "deepseek-chat"\n_INTERNAL = "deepseek-v4-flash"\n',
  },
  {
    name: "constants listed in __all__",
    path: "acme/models.py",
    code: '__all__ = ["CHAT"]\nCHAT = "deepseek-chat"\nOTHER = "deepseek-chat"\n',
    findings: ["2:9 review deepseek-chat exported-constant", "3:10 rewrite deepseek-chat reference note"],
    output: '__all__ = ["CHAT"]\nCHAT = "deepseek-chat"\nOTHER = "deepseek-v4-flash"\n',
  },
  {
    // An asserted value echoes the test's input and is renamed with it (no thinking note: nothing is
    // sent from there); a test of code that branches on the name is the project pass's review.
    name: "assertions in tests",
    path: "tests/test_client.py",
    code: 'def test_a(self):\n    self.assertEqual(c.model, "deepseek-chat")\n    assert r.model == "deepseek-reasoner"\n    c = make(model="deepseek-chat")\n',
    findings: ["2:32 rewrite deepseek-chat reference none", "3:24 rewrite deepseek-reasoner reference none", "4:21 rewrite deepseek-chat reference note"],
    output: 'def test_a(self):\n    self.assertEqual(c.model, "deepseek-v4-flash")\n    assert r.model == "deepseek-v4-flash"\n    c = make(model="deepseek-v4-flash")\n',
  },
  {
    name: "OpenRouter slug",
    code: 'BASE = "https://openrouter.ai/api/v1"\nM = "deepseek/deepseek-chat"\n',
    findings: ["2:15 review deepseek-chat openrouter"],
    output: null,
  },
  // agno's DeepSeek model sends its `extra_body` field with every request; it is recognised by what
  // the callee is imported as.
  {
    name: "agno DeepSeek: id= in the constructor, thinking in extra_body",
    code: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-chat")\n',
    findings: ["2:18 rewrite deepseek-chat request-site inserted"],
    output: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-v4-flash", extra_body={"thinking": {"type": "disabled"}})\n',
  },
  {
    name: "agno DeepSeek under an alias, as model and reasoning_model of an Agent",
    code: 'from agno.models.deepseek import DeepSeek as DS\nagent = Agent(\n    model=DS(id="deepseek-chat"),\n    reasoning_model=DS(id="deepseek-reasoner"),\n)\n',
    findings: ["3:18 rewrite deepseek-chat request-site inserted", "4:28 rewrite deepseek-reasoner request-site inserted"],
    output:
      'from agno.models.deepseek import DeepSeek as DS\nagent = Agent(\n    model=DS(id="deepseek-v4-flash", extra_body={"thinking": {"type": "disabled"}}),\n    reasoning_model=DS(id="deepseek-v4-flash", extra_body={"thinking": {"type": "enabled"}}),\n)\n',
  },
  {
    name: "agno DeepSeek through a module alias, single quotes",
    code: "import agno.models.deepseek as m\nllm = m.DeepSeek(id='deepseek-reasoner')\n",
    findings: ["2:22 rewrite deepseek-reasoner request-site inserted"],
    output: "import agno.models.deepseek as m\nllm = m.DeepSeek(id='deepseek-v4-flash', extra_body={'thinking': {'type': 'enabled'}})\n",
  },
  {
    name: "agno DeepSeek by its full module path, merged into an existing extra_body",
    code: 'import agno.models.deepseek.deepseek\nm = agno.models.deepseek.deepseek.DeepSeek(\n    id="deepseek-chat",\n    extra_body={"seed": 1},\n)\n',
    findings: ["3:9 rewrite deepseek-chat request-site inserted"],
    output: 'import agno.models.deepseek.deepseek\nm = agno.models.deepseek.deepseek.DeepSeek(\n    id="deepseek-v4-flash",\n    extra_body={"seed": 1, "thinking": {"type": "disabled"}},\n)\n',
  },
  {
    name: "agno DeepSeek with use_thinking matching the old name: nothing to add",
    code: 'from agno.models.deepseek.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-chat", use_thinking=False)\n',
    findings: ["2:18 rewrite deepseek-chat request-site present"],
    output: 'from agno.models.deepseek.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-v4-flash", use_thinking=False)\n',
  },
  {
    name: "agno DeepSeek with use_thinking=None (agno's default) still gets the setting",
    code: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-reasoner", use_thinking=None)\n',
    findings: ["2:18 rewrite deepseek-reasoner request-site inserted"],
    output: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-v4-flash", use_thinking=None, extra_body={"thinking": {"type": "enabled"}})\n',
  },
  {
    name: "agno DeepSeek with use_thinking contradicting the old name: review",
    code: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(id="deepseek-reasoner", use_thinking=False)\n',
    findings: ["2:18 review deepseek-reasoner thinking-conflict"],
    output: null,
  },
  {
    name: "a value away from agno's constructor gets agno's form in its note",
    code: 'from agno.models.deepseek import DeepSeek\nMODEL_ID = "deepseek-chat"\n',
    findings: ["2:13 rewrite deepseek-chat reference note"],
    output: 'from agno.models.deepseek import DeepSeek\nMODEL_ID = "deepseek-v4-flash"\n',
    also: (r) => expect(r.findings[0]!.note).toContain('DeepSeek(id=..., extra_body={"thinking": {"type": "disabled"}})'),
  },
  {
    name: "a DeepSeek class from elsewhere is not agno's, whatever the file mentions",
    code: '# like agno.models.deepseek, with from agno.models.deepseek import DeepSeek\nfrom mylib import DeepSeek\nm = DeepSeek(id="deepseek-chat")\n',
    findings: ["3:18 rewrite deepseek-chat reference note"],
    output: '# like agno.models.deepseek, with from agno.models.deepseek import DeepSeek\nfrom mylib import DeepSeek\nm = DeepSeek(id="deepseek-v4-flash")\n',
  },
  {
    name: "agno DeepSeek passed the model by another keyword is not its request",
    code: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(name="deepseek-chat")\n',
    findings: ["2:20 rewrite deepseek-chat reference note"],
    output: 'from agno.models.deepseek import DeepSeek\nm = DeepSeek(name="deepseek-v4-flash")\n',
  },
];

describe("python rule: files", () => {
  it("owns .py, .pyi and .pyw, not notebooks", () => {
    expect(["a.py", "b/c.pyi", "d.PYW"].map((p) => pythonRule.appliesTo(p))).toEqual([true, true, true]);
    expect(["n.ipynb", "x.pyx", "py.txt"].map((p) => pythonRule.appliesTo(p))).toEqual([false, false, false]);
  });
});

// The tester re-parses every output with tree-sitter-python and migrates it again (nothing changes);
// the rule's own validate() accepts every output too.
describe("python rule: table", () => {
  ruleTester({ valid: valid.map(inApp), invalid: invalid.map(inApp) }, { also: async (_row, r) => expect(await pythonRule.validate!(r.text, "x.py")).toBeNull() });
});

describe("python rule: thinking states and notes", () => {
  it("marks inserted, present and note sites", async () => {
    const code = [
      'a = c.chat.completions.create(model="deepseek-chat", messages=m)',
      'b = c.chat.completions.create(model="deepseek-chat", messages=m, extra_body={"thinking": {"type": "disabled"}})',
      'M = "deepseek-reasoner"',
      "",
    ].join("\n");
    const r = await checkText("app/main.py", code);
    expect(r.findings.map((f) => [f.thinkingState, f.note === null])).toEqual([
      ["inserted", true],
      ["present", true],
      ["note", false],
    ]);
    expect(r.findings[2]!.note).toContain('extra_body={"thinking": {"type": "enabled"}}');
  });

  it("stubs get the Python snippet too", async () => {
    const r = await checkText("pkg/models.pyi", 'DEFAULT: str = "deepseek-chat"\n');
    expect(r.findings[0]!.note).toContain('extra_body={"thinking": {"type": "disabled"}}');
  });

  it("--thinking off renames without inserting and attaches the note", async () => {
    const code = 'a = c.chat.completions.create(model="deepseek-chat", messages=m)\n';
    const r = await checkText("app/main.py", code, { thinking: "off" });
    expect(r.output).toBe('a = c.chat.completions.create(model="deepseek-v4-flash", messages=m)\n');
    expect(r.findings[0]!.thinkingState).toBe("note");
    expect(r.findings[0]!.note).toContain("thinking disabled");
  });

  it("--map and --to choose the target", async () => {
    const code = 'llm = ChatDeepSeek(model="deepseek-reasoner")\n';
    const r = await checkText("app/main.py", code, { to: "pro" });
    expect(r.output).toBe('llm = ChatDeepSeek(model="deepseek-v4-pro", extra_body={"thinking": {"type": "enabled"}})\n');
  });
});

describe("python rule: advisories", () => {
  it("reports hazards at sites migrated with thinking enabled", async () => {
    const code = [
      "for turn in range(3):",
      '    r = client.chat.completions.create(model="deepseek-reasoner", messages=msgs, tools=tools, temperature=0.2,',
      '                                       tool_choice={"type": "function", "function": {"name": "f"}})',
      '    msgs.append({"role": "assistant", "content": r.choices[0].message.content})',
      '    msg.pop("reasoning_content", None)',
      'fim = client.completions.create(model="deepseek-reasoner", prompt="def f(", suffix="return 1")',
      "",
    ].join("\n");
    const r = await checkText("app/agent.py", code);
    expect(r.outcome.advisories.map((a) => `${a.line}:${a.column} ${a.code}`)).toEqual([
      "2:95 sampling-ignored",
      "3:40 forced-tool-choice",
      "4:17 reasoning-content-dropped",
      "5:5 reasoning-content-dropped",
      "6:7 fim-thinking",
    ]);
  });

  it("stays quiet for chat sites, where thinking is disabled", async () => {
    const code = 'r = client.chat.completions.create(model="deepseek-chat", messages=m, temperature=0.2)\n';
    const r = await checkText("app/chat.py", code);
    expect(r.outcome.advisories).toEqual([]);
  });
});

describe("python rule: validate", () => {
  it("accepts clean code and rejects ERROR and MISSING nodes", async () => {
    expect(await pythonRule.validate!("x = f(a, b)\n", "a.py")).toBeNull();
    expect(await pythonRule.validate!("x = f(a, b\n", "a.py")).toMatch(/^line \d+: /);
    expect(await pythonRule.validate!("def f(:\n  pass\n", "a.py")).toMatch(/^line 1: /);
  });

  it("refuses an edit that would break a file that parsed clean", async () => {
    // A file that does not parse is still migrated (nothing to protect), yet classification keeps working.
    const broken = 'print "deepseek-chat"\ndef f(:\n    return client.chat.completions.create(model="deepseek-chat", messages=m)\n';
    const r = await checkText("legacy/py2.py", broken);
    expect(brief(r.findings)).toEqual(["1:8 rewrite deepseek-chat reference", "3:50 rewrite deepseek-chat request-site"]);
    expect(r.outcome.skipped).toBeUndefined();
  });
});

describe("python rule: performance", () => {
  it("classifies a 2,000-line file quickly", async () => {
    const block = [
      "def handler_N(q):",
      '    """Answer with deepseek-chat."""',
      '    if q.model == "deepseek-reasoner":',
      "        return None",
      "    return client.chat.completions.create(",
      '        model="deepseek-chat",',
      '        messages=[{"role": "user", "content": q.text}],',
      "    )",
      "",
      "",
    ];
    const lines: string[] = [];
    for (let i = 0; lines.length < 2000; i++) lines.push(...block.map((l) => l.replace("N", String(i))));
    const code = lines.slice(0, 2000).join("\n") + "\n";
    await checkText("warm/up.py", 'x = "deepseek-chat"\n'); // parser load is a one-time cost, measured apart
    const t0 = performance.now();
    const r = await checkText("app/big.py", code);
    const ms = performance.now() - t0;
    console.info(`python rule: 2,000-line file with ${r.findings.length} findings in ${ms.toFixed(0)} ms`);
    expect(r.findings.length).toBe(600);
    expect(ms).toBeLessThan(3000);
  });
});

const noPython = missingCommand("python3");

describe("python rule: migrated Python compiles", () => {
  // With the end-to-end test below (apply writes exactly the .output.py files), this also covers what apply writes.
  needs(noPython)("every migrated fixture, fixture output and table output passes python3 -m py_compile", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-py-"));
    const root = path.resolve(__dirname, "../../fixtures/rules/python");
    const files: string[] = [];
    for (const f of readdirSync(root).filter((n) => n.endsWith(".input.py")).sort()) {
      const input = readFileSync(path.join(root, f), "utf8");
      const migrated = (await checkText(`python/${f.replace(".input", "")}`, input)).output;
      const out = path.join(dir, f.replace(".input", ".migrated"));
      writeFileSync(out, migrated);
      files.push(out);
    }
    // Copied, so that py_compile writes its __pycache__ into the temp folder, not into fixtures/.
    for (const f of readdirSync(root).filter((n) => n.endsWith(".output.py"))) {
      const out = path.join(dir, f.replace(".output", ".expected"));
      copyFileSync(path.join(root, f), out);
      files.push(out);
    }
    for (const [i, c] of invalid.entries()) {
      if (c.output === null || c.name.includes("py2")) continue;
      const out = path.join(dir, `table_${i}.py`);
      writeFileSync(out, c.output);
      files.push(out);
    }
    const r = spawnSync("python3", ["-m", "py_compile", ...files], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(files.length).toBeGreaterThanOrEqual(37);
  });
});

describe("python rule: end to end with the real CLI", () => {
  it("diff applies with git, apply writes compiling Python, check then lists only review items", async () => {
    const root = path.resolve(__dirname, "../../fixtures/rules/python");
    const files: Record<string, string> = {};
    for (const f of readdirSync(root).filter((n) => n.endsWith(".input.py"))) {
      files[`svc/${f.replace(".input", "")}`] = readFileSync(path.join(root, f), "utf8");
    }
    const dir = tempProject(null);
    writeFiles(dir, files);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "python sources");

    const diff = cli(dir, ["diff"]);
    expect(diff.status).toBe(0);
    const patch = path.join(dir, "..", `${path.basename(dir)}.py.patch`);
    writeFileSync(patch, diff.stdout);
    git(dir, "apply", "--check", patch);

    // The fixtures hold 23 review items: 10 in comparisons.py, 1 in conflict.py, 11 in
    // keys-collections.py, 1 in request-body.py. The in-memory engine sees them, and exactly they remain after `apply`.
    const reviews = 23;
    let seen = 0;
    for (const [rel, text] of Object.entries(files)) seen += (await checkText(rel, text)).findings.filter((f) => f.action === "review").length;
    expect(seen).toBe(reviews);

    expect(cli(dir, ["apply"]).status).toBe(0);
    const changed = git(dir, "diff", "--name-only").trim().split("\n").sort();
    expect(changed).toContain("svc/openai.py");
    expect(changed).not.toContain("svc/recorded-response.py");
    for (const f of changed) expect(readFileSync(path.join(dir, f), "utf8")).toBe(readFileSync(path.join(root, path.basename(f).replace(".py", ".output.py")), "utf8"));

    const after = JSON.parse(cli(dir, ["check", "--format", "json"]).stdout) as { findings: { action: string; rule: string }[] };
    expect(after.findings.map((f) => `${f.rule} ${f.action}`)).toEqual(Array<string>(reviews).fill("python review"));

    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "migrated");
    expect(cli(dir, ["apply"]).status).toBe(0);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
