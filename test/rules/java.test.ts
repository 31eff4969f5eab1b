// Table tests for the Java rule: valid rows report nothing; invalid rows give exact findings and output.
// Every output is re-parsed by tree-sitter-java through the rule tester.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { BIN } from "../support/project.js";

const OAI = "import com.openai.client.OpenAIClient;\nimport com.openai.models.chat.completions.ChatCompletionCreateParams;\n";
const OAI_IMPORTED = "import com.openai.core.JsonValue;\nimport com.openai.models.chat.completions.ChatCompletionCreateParams;\nimport java.util.*;\n";
const LC4J = "import dev.langchain4j.model.openai.OpenAiChatModel;\n";

const valid: ValidRow[] = [
  { path: "A.java", code: 'class A {\n    String m = "deepseek-chat-v3-0324";\n    String u = "https://example.com/deepseek-chat";\n}\n' },
  { path: "A.java", code: 'class A {\n    String m = "deepseek-v4-flash";\n}\n' },
  { path: "A.java", code: 'class A {\n    String m = "deepseek-chat"; // deepseek-migrate-ignore\n}\n' },
];

const invalid: InvalidRow[] = [
  {
    name: "a constant and a text block are renamed with a note",
    path: "A.java",
    code: 'class A {\n    static final String MODEL = "deepseek-reasoner";\n    String body = """\n        {"model": "deepseek-chat"}\n        """;\n}\n',
    findings: ["2:34 rewrite deepseek-reasoner reference note", "4:20 rewrite deepseek-chat reference note"],
    output: 'class A {\n    static final String MODEL = "deepseek-v4-flash";\n    String body = """\n        {"model": "deepseek-v4-flash"}\n        """;\n}\n',
  },
  {
    name: "compared with equals, ==, startsWith: review",
    path: "A.java",
    code:
      'class A {\n    void f(String m) {\n        if (m.equals("deepseek-reasoner")) {}\n        if ("deepseek-chat".equalsIgnoreCase(m)) {}\n' +
      '        if (m == "deepseek-chat") {}\n        if (m.startsWith("deepseek-reasoner")) {}\n    }\n}\n',
    findings: ["3:23 review deepseek-reasoner comparison", "4:14 review deepseek-chat comparison", "5:19 review deepseek-chat comparison", "6:27 review deepseek-reasoner comparison"],
    output: null,
  },
  {
    name: "classic and arrow switch labels: review",
    path: "A.java",
    code: 'class A {\n    int f(String m) {\n        switch (m) {\n            case "deepseek-chat":\n                return 1;\n        }\n        return switch (m) {\n            case "deepseek-reasoner" -> 2;\n            default -> 0;\n        };\n    }\n}\n',
    findings: ["4:19 review deepseek-chat switch-case", "8:19 review deepseek-reasoner switch-case"],
    output: null,
  },
  {
    name: "map keys, lists and arrays of both names, an enum of both, a pattern: review",
    path: "A.java",
    code:
      "import java.util.*;\nimport java.util.regex.Pattern;\n\nclass A {\n" +
      '    Map<String, Double> price = Map.of("deepseek-chat", 0.27);\n' +
      '    List<String> both = List.of("deepseek-chat", "deepseek-reasoner");\n' +
      '    String[] arr = {"deepseek-chat", "deepseek-reasoner"};\n' +
      '    Pattern p = Pattern.compile("deepseek-reasoner");\n' +
      '    enum Model { CHAT("deepseek-chat"), REASONER("deepseek-reasoner"); Model(String s) {} }\n' +
      '    void f(Map<String, Integer> t) {\n        t.put("deepseek-reasoner", 1);\n    }\n}\n',
    findings: [
      "5:41 review deepseek-chat mapping-key",
      "6:34 review deepseek-chat collection-both",
      "6:51 review deepseek-reasoner collection-both",
      "7:22 review deepseek-chat collection-both",
      "7:39 review deepseek-reasoner collection-both",
      "8:34 review deepseek-reasoner regex",
      "9:24 review deepseek-chat collection-both",
      "9:51 review deepseek-reasoner collection-both",
      "11:16 review deepseek-reasoner mapping-key",
    ],
    output: null,
  },
  {
    name: "a map value and a getOrDefault default are values: renamed",
    path: "A.java",
    code: 'import java.util.Map;\n\nclass A {\n    Map<String, String> m = Map.of("model", "deepseek-chat");\n    String f(Map<String, String> c) {\n        return c.getOrDefault("model", "deepseek-chat");\n    }\n}\n',
    findings: ["4:46 rewrite deepseek-chat reference note", "6:41 rewrite deepseek-chat reference note"],
    output: 'import java.util.Map;\n\nclass A {\n    Map<String, String> m = Map.of("model", "deepseek-v4-flash");\n    String f(Map<String, String> c) {\n        return c.getOrDefault("model", "deepseek-v4-flash");\n    }\n}\n',
  },
  {
    name: "a Spring placeholder default in an annotation is renamed",
    path: "A.java",
    code: 'class A {\n    @Value("${app.model:deepseek-chat}")\n    String model;\n}\n',
    findings: ["2:25 rewrite deepseek-chat reference note"],
    output: 'class A {\n    @Value("${app.model:deepseek-v4-flash}")\n    String model;\n}\n',
  },
  {
    name: "comments and Javadoc are prose",
    path: "A.java",
    code: "/**\n * Talks to deepseek-chat.\n */\nclass A {\n    // use deepseek-chat or deepseek-reasoner here\n}\n",
    findings: ["2:13 rewrite deepseek-chat reference note", "5:12 review deepseek-chat collection-both", "5:29 review deepseek-reasoner collection-both"],
    output: "/**\n * Talks to deepseek-v4-flash.\n */\nclass A {\n    // use deepseek-chat or deepseek-reasoner here\n}\n",
  },
  {
    name: "an openai-java params builder, one link a line: the body property goes after the model, with its imports",
    path: "C.java",
    code:
      `package demo;\n\n${OAI}\nclass C {\n    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()\n` +
      '            .model("deepseek-chat")\n            .addUserMessage("hi")\n            .build();\n}\n',
    findings: ["8:21 rewrite deepseek-chat request-site inserted"],
    output:
      `package demo;\n\n${OAI}import com.openai.core.JsonValue;\nimport java.util.Map;\n\nclass C {\n    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()\n` +
      '            .model("deepseek-v4-flash")\n' +
      '            .putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled")))\n' +
      '            .addUserMessage("hi")\n            .build();\n}\n',
  },
  {
    name: "a chain on one line, imports already there, the model through ChatModel.of",
    path: "C.java",
    code: `${OAI_IMPORTED}\nclass C {\n    Object p = ChatCompletionCreateParams.builder().model(ChatModel.of("deepseek-reasoner")).build();\n}\n`,
    findings: ["6:73 rewrite deepseek-reasoner request-site inserted"],
    output:
      `${OAI_IMPORTED}\nclass C {\n    Object p = ChatCompletionCreateParams.builder().model(ChatModel.of("deepseek-v4-flash"))` +
      '.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "enabled"))).build();\n}\n',
  },
  {
    name: "the chain already sets the mode the name meant",
    path: "C.java",
    code: `${OAI_IMPORTED}\nclass C {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-chat").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
    findings: ["6:60 rewrite deepseek-chat request-site present"],
    output: `${OAI_IMPORTED}\nclass C {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-v4-flash").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
  },
  {
    name: "the chain sets the other mode: review",
    path: "C.java",
    code: `${OAI_IMPORTED}\nclass C {\n    Object p = ChatCompletionCreateParams.builder().model("deepseek-reasoner").putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled"))).build();\n}\n`,
    findings: ["6:60 review deepseek-reasoner thinking-conflict"],
    output: null,
  },
  {
    name: "a langchain4j OpenAI model through a constant: customParameters goes after modelName",
    path: "D.java",
    code: `${LC4J}\nclass D {\n    static final String MODEL = "deepseek-chat";\n    OpenAiChatModel m = OpenAiChatModel.builder()\n            .apiKey("k")\n            .modelName(MODEL)\n            .build();\n}\n`,
    findings: ["4:34 rewrite deepseek-chat request-site inserted"],
    output:
      `${LC4J}import java.util.Map;\n\nclass D {\n    static final String MODEL = "deepseek-v4-flash";\n    OpenAiChatModel m = OpenAiChatModel.builder()\n            .apiKey("k")\n            .modelName(MODEL)\n` +
      '            .customParameters(Map.of("thinking", Map.of("type", "disabled")))\n            .build();\n}\n',
  },
  {
    name: "custom parameters already given as a map without thinking: a note (no merge into Map.of by text)",
    path: "D.java",
    code: `${LC4J}import java.util.Map;\n\nclass D {\n    Object m = OpenAiStreamingChatModel.builder().modelName("deepseek-reasoner").customParameters(Map.of("seed", 1)).build();\n}\n`,
    findings: ["5:62 rewrite deepseek-reasoner request-site note"],
    output: `${LC4J}import java.util.Map;\n\nclass D {\n    Object m = OpenAiStreamingChatModel.builder().modelName("deepseek-v4-flash").customParameters(Map.of("seed", 1)).build();\n}\n`,
  },
  {
    name: "a file importing another Map cannot name java.util.Map: a note",
    path: "D.java",
    code: `${LC4J}import acme.Map;\n\nclass D {\n    Object m = OpenAiChatModel.builder().modelName("deepseek-chat").build();\n}\n`,
    findings: ["5:53 rewrite deepseek-chat request-site note"],
    output: `${LC4J}import acme.Map;\n\nclass D {\n    Object m = OpenAiChatModel.builder().modelName("deepseek-v4-flash").build();\n}\n`,
  },
];

describe("java rule", () => {
  ruleTester({ valid, invalid });

  it("checks Java, Python and Go files in one run (one tree-sitter runtime for every grammar)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dsm-java-"));
    writeFileSync(path.join(dir, "a.py"), 'MODEL = "deepseek-chat"\n');
    writeFileSync(path.join(dir, "b.go"), 'package main\n\nconst Model = "deepseek-reasoner"\n');
    writeFileSync(path.join(dir, "C.java"), 'class C {\n    static final String MODEL = "deepseek-chat";\n}\n');
    const r = spawnSync(process.execPath, [BIN, "apply", ".", "--yes", "--format", "json"], { cwd: dir, encoding: "utf8" });
    const report = JSON.parse(r.stdout) as { findings: { file: string; rule: string }[]; skipped: unknown[] };
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(["C.java java", "a.py python", "b.go go"]);
    expect(readFileSync(path.join(dir, "C.java"), "utf8")).toBe('class C {\n    static final String MODEL = "deepseek-v4-flash";\n}\n');
    expect(readFileSync(path.join(dir, "b.go"), "utf8")).toBe('package main\n\nconst Model = "deepseek-v4-flash"\n');
  });
});
