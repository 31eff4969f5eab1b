// Table tests for shell scripts and .http/.rest files, plus real-shell checks on migrated scripts:
// `bash -n` accepts them and the JSON bodies bash hands to curl parse and carry the thinking member.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleTester, type InvalidRow, type ValidRow } from "../support/rule-tester.js";
import { checkText } from "../support/harness.js";
import { lexShell, shellRule } from "../../rules/languages/shell.js";

const valid: ValidRow[] = [
  { path: "a.sh", code: "echo deepseek-chat-v3-0324 https://github.com/x/deepseek-chat ./deepseek-chat/run\n" },
  { path: "a.sh", code: "M=deepseek-chat # deepseek-migrate-ignore\n" },
  { path: "a.http", code: "GET https://example.com/deepseek-chat\n" },
];

const invalid: InvalidRow[] = [
  { path: "a.sh", code: "MODEL=deepseek-chat\n", findings: ["1:7 rewrite deepseek-chat config-value note"], output: "MODEL=deepseek-v4-flash\n" },
  { path: "a.bash", code: 'export M="${M:-deepseek-reasoner}"\n', findings: ["1:16 rewrite deepseek-reasoner config-value note"], output: 'export M="${M:-deepseek-v4-flash}"\n' },
  { path: "a.zsh", code: "llm --model deepseek-chat\n", findings: ["1:13 rewrite deepseek-chat reference note"], output: "llm --model deepseek-v4-flash\n" },
  {
    path: "a.sh",
    code: "curl -d '{\"model\": \"deepseek-chat\", \"messages\": []}' $URL\n",
    findings: ["1:21 rewrite deepseek-chat request-site inserted"],
    output: "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
  },
  {
    path: "a.sh",
    code: "curl -d '{\"model\": \"deepseek-chat\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
    findings: ["1:21 rewrite deepseek-chat request-site present"],
    output: "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
  },
  {
    path: "a.sh",
    code: "curl -d '{\"model\": \"deepseek-reasoner\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
    findings: ["1:21 review deepseek-reasoner thinking-conflict"],
    output: null,
  },
  {
    path: "a.sh",
    code: 'curl --json "{\\"model\\":\\"deepseek-reasoner\\",\\"messages\\":[]}" $URL\n',
    findings: ["1:27 rewrite deepseek-reasoner request-site inserted"],
    output: 'curl --json "{\\"model\\":\\"deepseek-v4-flash\\",\\"messages\\":[],\\"thinking\\":{\\"type\\":\\"enabled\\"}}" $URL\n',
  },
  {
    path: "a.sh",
    code: "curl --data-binary @- $URL <<'EOF'\n{\n  \"model\": \"deepseek-chat\",\n  \"messages\": []\n}\nEOF\n",
    findings: ["3:13 rewrite deepseek-chat request-site inserted"],
    output: "curl --data-binary @- $URL <<'EOF'\n{\n  \"model\": \"deepseek-v4-flash\",\n  \"messages\": [],\n  \"thinking\": {\"type\": \"disabled\"}\n}\nEOF\n",
  },
  { path: "a.sh", code: 'if [ "$M" == "deepseek-chat" ]; then :; fi\n', findings: ["1:15 review deepseek-chat comparison"], output: null },
  { path: "a.sh", code: 'case "$M" in\n  deepseek-reasoner) : ;;\nesac\n', findings: ["2:3 review deepseek-reasoner switch-case"], output: null },
  { path: "a.sh", code: "# deepseek-chat was retired\nx=1\n", findings: ["1:3 review deepseek-chat migration-prose"], output: null },
  {
    path: "a.http",
    code: "@model = deepseek-chat\n###\nPOST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{\"model\": \"deepseek-reasoner\", \"messages\": []}\n",
    findings: ["1:10 rewrite deepseek-chat config-value note", "6:12 rewrite deepseek-reasoner request-site inserted"],
    output: "@model = deepseek-v4-flash\n###\nPOST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"enabled\"}}\n",
  },
  {
    path: "a.rest",
    code: "POST {{host}}/chat/completions\n\n{\"model\": \"deepseek-chat\", \"messages\": [], \"n\": {{n}}}\n",
    findings: ["3:12 rewrite deepseek-chat config-value note"],
    output: "POST {{host}}/chat/completions\n\n{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"n\": {{n}}}\n",
  },
];

function bashSyntax(script: string): string {
  const r = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
  return r.status === 0 ? "ok" : r.stderr;
}

/** The bodies bash passes to curl when the script runs with curl replaced by a recorder. */
function curlBodies(script: string): string[] {
  const recorder = [
    "curl() {",
    '  while [ $# -gt 0 ]; do',
    '    case "$1" in',
    '      -d|--data|--data-raw|--data-binary|--json) if [ "$2" = "@-" ]; then cat; else printf "%s" "$2"; fi >>"$BODIES"; printf "\\0" >>"$BODIES"; shift 2 ;;',
    "      *) shift ;;",
    "    esac",
    "  done",
    "}",
  ].join("\n");
  const dir = mkdtempSync(path.join(tmpdir(), "dsm-sh-"));
  const file = path.join(dir, "run.sh");
  const bodies = path.join(dir, "bodies");
  writeFileSync(bodies, "");
  writeFileSync(file, `${recorder}\n${script}`);
  const r = spawnSync("bash", [file], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", BODIES: bodies, PROMPT: "say \\\"hi\\\"", MAX_TOKENS: "256", DEEPSEEK_API_KEY: "k", MODEL: "" },
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return readFileSync(bodies, "utf8").split("\0").filter((s) => s.trim() !== "");
}

describe("shell rule", () => {
  // The tester re-parses every migrated script with `bash -n`; the rule's validate() accepts it too.
  ruleTester({ valid, invalid }, { also: async (row, r) => expect(await shellRule.validate!(r.text, row.path)).toBeNull() });

  it("keeps the migrated fixture script valid for bash, and every curl body valid JSON with the right thinking", async () => {
    const input = readFileSync(path.resolve(__dirname, "../../fixtures/rules/shell/curl.input.sh"), "utf8");
    const { output } = await checkText("shell/curl.sh", input);
    expect(bashSyntax(output)).toBe("ok");
    const bodies = curlBodies(output).map((b) => JSON.parse(b) as { model: string; thinking?: { type: string } });
    expect(bodies.map((b) => [b.model, b.thinking?.type ?? null])).toEqual([
      ["deepseek-v4-flash", "disabled"],
      ["deepseek-v4-flash", "enabled"],
      ["deepseek-v4-flash", "disabled"],
      ["deepseek-v4-flash", "disabled"],
      // The spliced body could not be parsed, so it was renamed with a note instead.
      ["deepseek-v4-flash", null],
    ]);
  });

  it("never puts a single quote inside a single-quoted body", async () => {
    const { output, findings } = await checkText("a.sh", "curl -d '{\n  \"model\": \"deepseek-chat\",\n  \"messages\": []\n}' x\n");
    const inserted = findings.flatMap((f) => f.edits).filter((e) => e.start === e.end);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.text).not.toContain("'");
    expect(bashSyntax(output)).toBe("ok");
  });

  it("lexes comments, quotes and heredocs", () => {
    const r = lexShell("a='x' # c\nb=\"y\\\"z\" <<-E\n\tbody\n\tE\n");
    expect(r.error).toBeNull();
    expect(r.regions.map((g) => g.kind)).toEqual(["single", "comment", "double", "heredoc"]);
    expect(lexShell("a='x\n").error).toMatch(/unterminated/);
    expect(lexShell("cat <<EOF\nx\n").error).toMatch(/heredoc EOF/);
  });
});
