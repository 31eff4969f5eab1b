// No output format may print a secret read from a scanned file; diffs stay applicable where they can.
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findSecrets, redact } from "../src/check/secrets.js";
import { makePatch, makeSafePatch } from "../src/fix/patch.js";
import { findingMessage } from "../src/check/codes.js";
import { processFile } from "../src/check/engine.js";
import { buildMapping } from "../src/cli/options.js";
import type { Rule } from "../src/types.js";
import { cli, git, tempProject, writeFiles } from "./support/project.js";

/** Every output format, written out; "covers every format the CLI accepts" fails if the CLI offers one more. */
const FORMATS = ["pretty", "json", "sarif", "github", "markdown", "diff"] as const;

// Each planted value is unique so that a leak anywhere is found by a plain substring search.
const PLANTED = {
  envKey: "sk-5f2c9a7e01b34d6f8a9c0e1d2b3a4f5e",
  envPassword: "hunter2-Kq8vZp",
  yamlToken: "ghp_Zq3Wm9Xr7Tb2Lk8Np4Vs6Yc1Hd5Jf0Ga2Qe",
  yamlBlock: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
  jsonSecret: "plain-json-secret-Wd83",
  propsCredential: "cred-Props-77xQ",
  iniAws: "AKIAIOSFODNN7QW3RT5Z",
  iniEntropy: "q8Zr3Lw0Xn5Tb7Vm2Kc9Pd4Hs6Jf1Ga8Ue3Yo",
  codeInline: "sk-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
  slack: "xoxb-2048-77777-AbCdEfGhIjKl",
} as const;

const FILES: Readonly<Record<string, string>> = {
  ".env": `DEEPSEEK_API_KEY=${PLANTED.envKey}\nDEEPSEEK_MODEL=deepseek-chat\nDB_PASSWORD=${PLANTED.envPassword}\n`,
  "config/app.yaml": [
    "llm:",
    "  model: deepseek-reasoner",
    `  auth_token: ${PLANTED.yamlToken}`,
    "  max_tokens: 1024",
    "  private_key: |",
    `    ${PLANTED.yamlBlock}`,
    "  fallback: deepseek-reasoner",
    "",
  ].join("\n"),
  "config/settings.json": `{"model":"deepseek-chat","apiSecret":"${PLANTED.jsonSecret}","slack":"${PLANTED.slack}"}\n`,
  "config/app.properties": `llm.model=deepseek-chat\nllm.credential=${PLANTED.propsCredential}\n`,
  "config/setup.ini": `[aws]\naccess_key_id = ${PLANTED.iniAws}\nsecret_access_key = ${PLANTED.iniEntropy}\nmodel = deepseek-chat\n`,
  "src/client.py": `MODEL = "deepseek-chat"; TOKEN = "${PLANTED.codeInline}"\n`,
};

function leaks(text: string): string[] {
  return Object.values(PLANTED).filter((v) => text.includes(v));
}

describe("secret detection", () => {
  it("finds keyed and key-shaped values in every config family, not settings or references", () => {
    const found = Object.entries(FILES).flatMap(([file, text]) => findSecrets(file, text).values);
    for (const v of Object.values(PLANTED)) expect(found, v).toContain(v);
    expect(found).not.toContain("1024");
    const refs = findSecrets("litellm.yaml", "api_key: os.environ/DEEPSEEK_API_KEY\ntoken: ${{ secrets.TOKEN }}\nkey: DEEPSEEK_API_KEY\npassword: <your-password>\n");
    expect(refs.values).toEqual([]);
  });

  it("marks the lines of a private key block and of repeated values", () => {
    const text = `a=1\n-----BEGIN RSA PRIVATE KEY-----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n-----END RSA PRIVATE KEY-----\nb=${PLANTED.envKey}\nc=${PLANTED.envKey}\n`;
    const s = findSecrets("notes.txt", text);
    expect([...s.lines].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(redact(`x ${PLANTED.envKey} y`, s)).toBe("x <redacted> y");
  });
});

describe("placeholders are not secrets", () => {
  // Each row: a file and a line that holds a credential-shaped key with a value that is no credential.
  const rows: readonly (readonly [file: string, line: string])[] = [
    ["src/tests/client.test.ts", `const client = new OpenAI({ apiKey: "test" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "dummy" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "xxx" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "sk-xxx" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "your-api-key" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "YOUR_API_KEY_HERE" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "changeme" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "test-key-123" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "fake_api_token" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "sk-1234567890abcdef" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "supersecret" });`],
    ["src/client.ts", `const client = new OpenAI({ apiKey: "abc123" });`],
    ["app.py", `client = OpenAI(api_key="${"${"}DEEPSEEK_API_KEY}")`],
    ["app.py", `API_KEY = "os.environ['DEEPSEEK_API_KEY']"`],
    ["src/client.ts", `const apiKey = "process.env.DEEPSEEK_API_KEY";`],
    [".env", "DEEPSEEK_API_KEY=${VAR}"],
    [".env", "DEEPSEEK_API_KEY=test"],
    [".env", "DB_PASSWORD=changeme"],
    ["config.yaml", "api_key: os.environ/DEEPSEEK_API_KEY"],
    ["config.json", `{"api_key": "sk-your-key-here"}`],
  ];
  it.each(rows)("%s: %s", (file, line) => {
    const s = findSecrets(file, `${line}\nmodel = "deepseek-chat"\n`);
    expect(s.values).toEqual([]);
    expect([...s.lines]).toEqual([]);
  });

  it("real keys beside them still are", () => {
    const s = findSecrets("src/client.ts", `const a = { apiKey: "test" };\nconst b = { apiKey: "${PLANTED.codeInline}" };\nconst c = { password: "hunter2-Kq8vZp" };\n`);
    expect(s.values).toEqual([PLANTED.codeInline, "hunter2-Kq8vZp"]);
    expect([...s.lines].sort()).toEqual([1, 2]);
  });
});

describe("redaction touches text copied from the file only", () => {
  it("a message's quoted detail is redacted, its own words and the path are not", async () => {
    const text = `const token = "${PLANTED.codeInline}";\nuse("deepseek-chat", token);\n`;
    // A rule whose detection quotes a stretch of the file holding the secret, as a compared
    // expression or a conflicting setting would.
    const quoting: Rule = {
      id: "quoting",
      description: "quotes the file in a detail",
      appliesTo: () => true,
      check: ({ text: t }) => ({
        detections: [{ start: t.indexOf("deepseek-chat"), end: t.indexOf("deepseek-chat") + 13, legacy: "deepseek-chat", action: "review", reason: "thinking-conflict", detail: { found: t.split("\n")[0]! } }],
      }),
    };
    const outcome = await processFile("src/tests/token.test.ts", "/virtual/src/tests/token.test.ts", [quoting], {
      mapping: buildMapping(undefined, []),
      thinking: "explicit",
      maxFileSize: 1 << 20,
    }, Buffer.from(text));
    expect(outcome.findings.map((f) => [f.file, f.reason, findingMessage(f)])).toEqual([
      [
        "src/tests/token.test.ts",
        "thinking-conflict",
        `request sets thinking const token = "<redacted>"; but deepseek-chat meant thinking disabled: decide which behaviour you want`,
      ],
    ]);
  });
});

describe("reports around a placeholder credential", () => {
  const dir = tempProject(null);
  writeFiles(dir, {
    "src/tests/client.test.ts": [
      `import OpenAI from "openai";`,
      `const client = new OpenAI({ apiKey: "test" });`,
      `test("model", async () => {`,
      `  const r = await client.chat.completions.create({ model: "deepseek-chat", messages: [] });`,
      `  expect(r.model).toBe("deepseek-chat");`,
      `});`,
      ``,
    ].join("\n"),
  });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "placeholder");

  it.each(FORMATS)("%s keeps paths, codes and words intact", (format) => {
    const r = cli(dir, format === "diff" ? ["diff"] : ["check", "--format", format]);
    expect(r.status, r.stderr).not.toBe(2);
    const out = r.stdout + r.stderr;
    expect(out).not.toContain("<redacted>");
    expect(out).not.toContain("redacted");
    expect(out).toContain("src/tests/client.test.ts");
    if (format === "json") {
      const doc = JSON.parse(r.stdout) as { findings: { file: string; reason: string; message: string }[] };
      expect(doc.findings.map((f) => [f.file, f.reason])).toEqual([
        ["src/tests/client.test.ts", "request-site"],
        ["src/tests/client.test.ts", "reference"],
      ]);
      expect(doc.findings[1]!.message).toBe("retired model name deepseek-chat: use deepseek-v4-flash");
    }
    if (format === "sarif") expect(r.stdout).toContain(`"ruleId": "legacy-reference"`);
    // The placeholder line is ordinary context: the patch carries it and stays applicable.
    if (format === "diff") expect(r.stdout).toContain(` const client = new OpenAI({ apiKey: "test" });`);
  });

  it.each(FORMATS)("%s leaves out a real key in the same file", (format) => {
    const work = tempProject(null);
    const key = "sk-9d41c07be2a85f36d0c9e7b1a4f28e53";
    writeFiles(work, {
      "src/tests/client.test.ts": [
        `import OpenAI from "openai";`,
        `const client = new OpenAI({ apiKey: "${key}" });`,
        `const other = new OpenAI({ apiKey: "test" });`,
        `test("model", async () => {`,
        `  const r = await client.chat.completions.create({ model: "deepseek-chat", messages: [] });`,
        `  expect(r.model).toBe("deepseek-chat");`,
        `});`,
        ``,
      ].join("\n"),
    });
    git(work, "add", "-A");
    git(work, "commit", "-qm", "key");
    const r = cli(work, format === "diff" ? ["diff"] : ["check", "--format", format]);
    expect(r.status, r.stderr).not.toBe(2);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout + r.stderr).not.toContain("9d41c07be2a85f36");
    expect(r.stdout + r.stderr).toContain("src/tests/client.test.ts");
  });
});

describe("secret-safe patches", () => {
  const applyWithGit = (before: string, patchText: string): string => {
    const dir = tempProject(null);
    writeFiles(dir, { "f.env": before });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    writeFiles(dir, { "p.patch": patchText });
    git(dir, "apply", "p.patch");
    return readFileSync(path.join(dir, "f.env"), "utf8");
  };

  it("equals the plain patch when secrets are far from the change", () => {
    const before = `SECRET_KEY=${PLANTED.envKey}\na=1\nb=2\nc=3\nd=4\nMODEL=deepseek-chat\ne=5\nf=6\n`;
    const after = before.replace("deepseek-chat", "deepseek-v4-flash");
    const safe = makeSafePatch("f.env", before, after, findSecrets("f.env", before));
    expect(safe).toEqual({ text: makePatch("f.env", before, after), applicable: true });
  });

  it("trims context at secret lines, splits hunks and stays applicable", () => {
    const before = `a=1\nSECRET_KEY=${PLANTED.envKey}\nMODEL=deepseek-chat\nb=2\nAPI_TOKEN=${PLANTED.yamlToken}\nc=3\nMODEL2=deepseek-reasoner\nd=4\n`;
    const after = before.replace("deepseek-chat", "deepseek-v4-flash").replace("deepseek-reasoner", "deepseek-v4-flash");
    const safe = makeSafePatch("f.env", before, after, findSecrets("f.env", before));
    expect(safe.applicable).toBe(true);
    expect(leaks(safe.text)).toEqual([]);
    expect(safe.text.match(/^@@/gm)).toHaveLength(2);
    expect(applyWithGit(before, safe.text)).toBe(after);
  });

  it("shows a redacted line only where git apply needs trailing context that is secret", () => {
    const before = `a=1\nMODEL=deepseek-chat\nDEEPSEEK_API_KEY=${PLANTED.envKey}\nb=2\n`;
    const after = before.replace("deepseek-chat", "deepseek-v4-flash");
    const safe = makeSafePatch("f.env", before, after, findSecrets("f.env", before));
    expect(safe.applicable).toBe(false);
    expect(safe.text).toContain(" DEEPSEEK_API_KEY=<redacted>\n");
    expect(leaks(safe.text)).toEqual([]);
  });

  it("a change at the end of the file needs no trailing context", () => {
    const before = `DEEPSEEK_API_KEY=${PLANTED.envKey}\nMODEL=deepseek-chat`;
    const after = before.replace("deepseek-chat", "deepseek-v4-flash");
    const safe = makeSafePatch("f.env", before, after, findSecrets("f.env", before));
    expect(safe.applicable).toBe(true);
    expect(applyWithGit(before, safe.text)).toBe(after);
  });
});

describe("no output format prints a planted secret", () => {
  const dir = tempProject(null);
  writeFiles(dir, FILES);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "secrets");

  const runs: [string, string[]][] = [
    ...FORMATS.filter((f) => f !== "diff").map((f): [string, string[]] => [`check --format ${f}`, ["check", "--format", f]]),
    ...FORMATS.map((f): [string, string[]] => [`diff --format ${f}`, ["diff", "--format", f]]),
  ];
  it("covers every format the CLI accepts", () => {
    const offered = /expected one of (.+)$/m.exec(cli(dir, ["diff", "--format", "no-such-format"]).stderr)?.[1];
    expect(offered?.split(", ")).toEqual(FORMATS);
  });
  it.each(runs)("%s", (_label, args) => {
    const r = cli(dir, args);
    expect(r.status, r.stderr).not.toBe(2);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it("diff -o writes a patch file without secrets and names the files that need apply", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "dsm-out-")), "migrate.patch");
    const r = cli(dir, ["diff", "-o", out]);
    const patchText = readFileSync(out, "utf8");
    expect(patchText).toContain("deepseek-v4-flash");
    expect(leaks(patchText + r.stdout + r.stderr)).toEqual([]);
    expect(r.stderr).toMatch(/src\/client\.py: .*'deepseek-migrate apply', not 'git apply'/);
  });

  it("apply prints no secret and edits the files, leaving every secret byte in place", () => {
    const work = tempProject(null);
    writeFiles(work, FILES);
    git(work, "add", "-A");
    git(work, "commit", "-qm", "secrets");
    const r = cli(work, ["apply"]);
    expect(r.status, r.stderr).toBe(0);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    for (const [file, text] of Object.entries(FILES)) {
      const now = readFileSync(path.join(work, file), "utf8");
      expect(now).not.toMatch(/deepseek-(?:chat|reasoner)\b/);
      expect(now.replace(/deepseek-v4-flash/g, "")).toBe(text.replace(/deepseek-(?:chat|reasoner)/g, ""));
    }
  });
});
