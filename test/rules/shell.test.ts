// Table tests for shell scripts and .http/.rest files, plus real-shell checks on migrated scripts:
// `bash -n` accepts them and the JSON bodies bash hands to curl parse and carry the thinking member.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkText, ruleTable } from "../support/harness.js";
import { lexShell, shellRule } from "../../rules/shell.js";

const valid: [string, string][] = [
  ["a.sh", "echo deepseek-chat-v3-0324 https://github.com/x/deepseek-chat ./deepseek-chat/run\n"],
  ["a.sh", "M=deepseek-chat # deepseek-migrate-ignore\n"],
  ["a.http", "GET https://example.com/deepseek-chat\n"],
];

const invalid: [string, string, string[], string][] = [
  ["a.sh", "MODEL=deepseek-chat\n", ["1:7 rewrite deepseek-chat config-value"], "MODEL=deepseek-v4-flash\n"],
  ["a.bash", 'export M="${M:-deepseek-reasoner}"\n', ["1:16 rewrite deepseek-reasoner config-value"], 'export M="${M:-deepseek-v4-flash}"\n'],
  ["a.zsh", "llm --model deepseek-chat\n", ["1:13 rewrite deepseek-chat reference"], "llm --model deepseek-v4-flash\n"],
  [
    "a.sh",
    "curl -d '{\"model\": \"deepseek-chat\", \"messages\": []}' $URL\n",
    ["1:21 rewrite deepseek-chat request-site"],
    "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
  ],
  [
    "a.sh",
    "curl -d '{\"model\": \"deepseek-chat\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
    ["1:21 rewrite deepseek-chat request-site"],
    "curl -d '{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
  ],
  [
    "a.sh",
    "curl -d '{\"model\": \"deepseek-reasoner\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
    ["1:21 review deepseek-reasoner thinking-conflict"],
    "curl -d '{\"model\": \"deepseek-reasoner\", \"messages\": [], \"thinking\": {\"type\": \"disabled\"}}' $URL\n",
  ],
  [
    "a.sh",
    'curl --json "{\\"model\\":\\"deepseek-reasoner\\",\\"messages\\":[]}" $URL\n',
    ["1:27 rewrite deepseek-reasoner request-site"],
    'curl --json "{\\"model\\":\\"deepseek-v4-flash\\",\\"messages\\":[],\\"thinking\\":{\\"type\\":\\"enabled\\"}}" $URL\n',
  ],
  [
    "a.sh",
    "curl --data-binary @- $URL <<'EOF'\n{\n  \"model\": \"deepseek-chat\",\n  \"messages\": []\n}\nEOF\n",
    ["3:13 rewrite deepseek-chat request-site"],
    "curl --data-binary @- $URL <<'EOF'\n{\n  \"model\": \"deepseek-v4-flash\",\n  \"messages\": [],\n  \"thinking\": {\"type\": \"disabled\"}\n}\nEOF\n",
  ],
  ["a.sh", 'if [ "$M" == "deepseek-chat" ]; then :; fi\n', ["1:15 review deepseek-chat comparison"], 'if [ "$M" == "deepseek-chat" ]; then :; fi\n'],
  ["a.sh", 'case "$M" in\n  deepseek-reasoner) : ;;\nesac\n', ["2:3 review deepseek-reasoner switch-case"], 'case "$M" in\n  deepseek-reasoner) : ;;\nesac\n'],
  ["a.sh", "# deepseek-chat was retired\nx=1\n", ["1:3 review deepseek-chat migration-prose"], "# deepseek-chat was retired\nx=1\n"],
  [
    "a.http",
    "@model = deepseek-chat\n###\nPOST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{\"model\": \"deepseek-reasoner\", \"messages\": []}\n",
    ["1:10 rewrite deepseek-chat config-value", "6:12 rewrite deepseek-reasoner request-site"],
    "@model = deepseek-v4-flash\n###\nPOST https://api.deepseek.com/chat/completions\nContent-Type: application/json\n\n{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"thinking\": {\"type\": \"enabled\"}}\n",
  ],
  [
    "a.rest",
    "POST {{host}}/chat/completions\n\n{\"model\": \"deepseek-chat\", \"messages\": [], \"n\": {{n}}}\n",
    ["3:12 rewrite deepseek-chat config-value"],
    "POST {{host}}/chat/completions\n\n{\"model\": \"deepseek-v4-flash\", \"messages\": [], \"n\": {{n}}}\n",
  ],
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
  ruleTable(shellRule, valid, invalid, (p, output) => {
    if (/\.(?:sh|bash|zsh)$/.test(p)) expect(bashSyntax(output)).toBe("ok");
  });

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
