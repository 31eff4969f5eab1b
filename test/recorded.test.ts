// Recorded responses in every file family: an object is a recorded response because of what it is
// (its `object` is chat.completion or chat.completion.chunk, its id is a chatcmpl- ID, it carries
// choices and usage, or a model beside token counts), never because of the file's name or folder.
// Streamed chunks saved as JSON lines, console dumps of response objects (Node's inspect format,
// Python reprs), SSE captures and run logs are history: left out unless --include-recorded asks
// for them (as review). Request bodies next to them are still rewritten.
import { describe, expect, it } from "vitest";
import { brief, checkText } from "./support/harness.js";
import { inRecordedResponse, isResponseShape, lexicalMembers } from "../src/check/recorded.js";

const CHUNK = (n: number): string =>
  `{"id":"5b1e${n}","object":"chat.completion.chunk","created":1700000000,"model":"deepseek-chat","choices":[{"index":0,"delta":{"content":"w${n}"},"finish_reason":null}]}`;
const CHUNKS = `${CHUNK(1)}\n${CHUNK(2)}\n${CHUNK(3)}\n`;
const CHUNK_ROWS = ["1:78 review deepseek-chat recorded-response", "2:78 review deepseek-chat recorded-response", "3:78 review deepseek-chat recorded-response"];

const NODE_DUMP = `> reply {
  id: '0c2f4e1a-77aa-4d5e-9b1e-2f4c8d0e6a11',
  object: 'chat.completion',
  created: 1700000123,
  model: 'deepseek-reasoner',
  choices: [
    {
      index: 0,
      message: [Object],
      logprobs: null,
      finish_reason: 'stop'
    }
  ],
  usage: { prompt_tokens: 12, completion_tokens: 40, total_tokens: 52 }
}
`;

const PY_REPR =
  "ChatCompletion(id='chatcmpl-91f', choices=[Choice(finish_reason='stop', index=0, message=ChatCompletionMessage(content='Hi', role='assistant'))], created=1700000000, model='deepseek-chat', object='chat.completion', usage=CompletionUsage(completion_tokens=1, prompt_tokens=5, total_tokens=6))\n";

interface Row {
  readonly label: string;
  readonly path: string;
  readonly text: string;
  readonly findings: readonly string[];
  /** With --include-recorded, when different. */
  readonly recorded?: readonly string[];
  /** The file after apply, when it changes. */
  readonly output?: string;
}

const rows: readonly Row[] = [
  ...["samples/stream.txt", "samples/stream.log", "samples/stream.chunks", "samples/stream.ndjson", "samples/stream.jsonl", "samples/stream", "samples/stream.json"].map(
    (path): Row => ({ label: `JSON lines of stream chunks in ${path}`, path, text: CHUNKS, findings: [], recorded: CHUNK_ROWS }),
  ),
  {
    label: "SSE capture of a whole completion (not a chunk)",
    path: "samples/reply.sse",
    text: `data: {"id":"x1","object":"chat.completion","model":"deepseek-reasoner","choices":[]}\n\ndata: [DONE]\n`,
    findings: [],
    recorded: ["1:54 review deepseek-reasoner recorded-response"],
  },
  {
    label: "a Node console dump of a response object, outside any test folder",
    path: "notes/first-run.txt",
    text: NODE_DUMP,
    findings: [],
    recorded: ["5:11 review deepseek-reasoner recorded-response"],
  },
  {
    label: "a Python repr of a response object",
    path: "notes/answer.out",
    text: PY_REPR,
    findings: [],
    recorded: ["1:174 review deepseek-chat recorded-response"],
  },
  {
    label: "a run log: what the program printed then",
    path: "logs/2025-03-02.log",
    text: "[09:12:01] worker up\n> model deepseek-chat\n> messages [ { role: 'user', content: 'hi' } ]\n[09:12:03] done\n",
    findings: [],
    recorded: ["2:9 review deepseek-chat recorded-response"],
  },
  {
    label: "an example reply in a Markdown document; the prose around it is rewritten",
    path: "README.md",
    text: 'Asks deepseek-chat one question.\n\n```json\n{\n  "id": "4c1",\n  "object": "chat.completion",\n  "model": "deepseek-chat",\n  "choices": []\n}\n```\n',
    findings: ["1:6 rewrite deepseek-chat reference"],
    recorded: ["1:6 rewrite deepseek-chat reference", "7:13 review deepseek-chat recorded-response"],
    output: 'Asks deepseek-v4-flash one question.\n\n```json\n{\n  "id": "4c1",\n  "object": "chat.completion",\n  "model": "deepseek-chat",\n  "choices": []\n}\n```\n',
  },
  {
    label: "a result with token counts shown in a document (a response, whatever the SDK)",
    path: "docs/usage.md",
    text: '```ts\nconsole.log(result);\n// { model: "deepseek-chat", usage: { inputTokens: 7, outputTokens: 12 } }\n```\n',
    findings: [],
    recorded: ["3:14 review deepseek-chat recorded-response"],
  },
  {
    label: "a response with token counts in TypeScript source",
    path: "src/fake.ts",
    text: 'export const reply = { model: "deepseek-chat", usage: { prompt_tokens: 1, completion_tokens: 2 } };\n',
    findings: [],
    recorded: ["1:32 review deepseek-chat recorded-response"],
  },
  {
    label: "a response map with token counts in YAML",
    path: "examples/reply.yaml",
    text: "model: deepseek-chat\nusage:\n  prompt_tokens: 3\n  completion_tokens: 9\n",
    findings: [],
    recorded: ["1:8 review deepseek-chat recorded-response"],
  },
  {
    label: "a usage field that holds no token counts is configuration",
    path: "src/limits.js",
    text: 'const limits = { model: "deepseek-chat", usage: { maxRequests: 10 } };\n',
    findings: ["1:26 rewrite deepseek-chat reference"],
    output: 'const limits = { model: "deepseek-v4-flash", usage: { maxRequests: 10 } };\n',
  },
  {
    label: "JSON lines of request bodies (a batch file): every line is a request",
    path: "batch/requests.jsonl",
    text: '{"custom_id":"a","body":{"model":"deepseek-chat","messages":[]}}\n{"custom_id":"b","body":{"model":"deepseek-reasoner","messages":[]}}\n',
    findings: ["1:35 rewrite deepseek-chat request-site", "2:35 rewrite deepseek-reasoner request-site"],
    output:
      '{"custom_id":"a","body":{"model":"deepseek-v4-flash","messages":[],"thinking":{"type":"disabled"}}}\n{"custom_id":"b","body":{"model":"deepseek-v4-flash","messages":[],"thinking":{"type":"enabled"}}}\n',
  },
  {
    label: "JSON lines in a .json file: the lines after the first are read too",
    path: "samples/requests.json",
    text: '{"model": "deepseek-chat", "messages": []}\n{"model": "deepseek-reasoner", "messages": []}\n',
    findings: ["1:12 rewrite deepseek-chat request-site", "2:12 rewrite deepseek-reasoner request-site"],
    output:
      '{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "disabled"}}\n{"model": "deepseek-v4-flash", "messages": [], "thinking": {"type": "enabled"}}\n',
  },
  {
    label: "a request body in a text file is not a response",
    path: "notes/request.txt",
    text: '{"model": "deepseek-chat", "messages": [{"role": "user", "content": "list the choices"}]}\n',
    findings: ["1:12 rewrite deepseek-chat reference"],
    output: '{"model": "deepseek-v4-flash", "messages": [{"role": "user", "content": "list the choices"}]}\n',
  },
];

describe("recorded responses are recognised by their shape, in any file", () => {
  it.each(rows.map((r) => [r.label, r] as const))("%s", async (_label, row) => {
    const plain = await checkText(row.path, row.text);
    expect(brief(plain.findings)).toEqual(row.findings);
    expect(plain.output).toBe(row.output ?? row.text);
    const all = await checkText(row.path, row.text, { includeRecorded: true });
    expect(brief(all.findings)).toEqual(row.recorded ?? row.findings);
    for (const f of all.findings) expect(row.text.split("\n")[f.line - 1]!.slice(f.column - 1).startsWith(f.legacy)).toBe(true);
  });
});

describe("the lexical reading of objects", () => {
  it("splits members at top-level commas, skipping strings and nested brackets", () => {
    expect(lexicalMembers(`"a": "x, y", 'b': [1, 2], c: { d: 1 }, e => 2`, false)).toEqual([
      { key: "a", value: '"x, y"' },
      { key: "b", value: "[1, 2]" },
      { key: "c", value: "{ d: 1 }" },
      { key: "e", value: "2" },
    ]);
    expect(lexicalMembers(`id='c,1', n=2`, true)).toEqual([
      { key: "id", value: "'c,1'" },
      { key: "n", value: "2" },
    ]);
  });

  it("reads escaped JSON held in a string", () => {
    const text = String.raw`String body = "{\"object\":\"chat.completion\",\"model\":\"deepseek-chat\"}";`;
    const at = text.indexOf("deepseek-chat");
    expect(inRecordedResponse(text, at, at + 13)).toBe(true);
  });

  it("needs the object's own members, not words elsewhere in the file", () => {
    const text = `// see the choices and usage docs\nconst req = { model: "deepseek-chat", messages: [] };\n`;
    const at = text.indexOf("deepseek-chat");
    expect(inRecordedResponse(text, at, at + 13)).toBe(false);
  });

  it("defines a response by its members", () => {
    const probe = (members: Record<string, unknown>) => ({
      has: (k: string) => k in members,
      string: (k: string) => (typeof members[k] === "string" ? (members[k] as string) : null),
      keys: (k: string) => (typeof members[k] === "object" && members[k] !== null ? Object.keys(members[k] as object) : []),
    });
    expect(isResponseShape(probe({ object: "chat.completion.chunk" }))).toBe(true);
    expect(isResponseShape(probe({ id: "chatcmpl-1" }))).toBe(true);
    expect(isResponseShape(probe({ choices: [], usage: {} }))).toBe(true);
    expect(isResponseShape(probe({ model: "m", finish_reason: "stop" }))).toBe(true);
    expect(isResponseShape(probe({ model: "m", usage: { output_tokens: 1 } }))).toBe(true);
    expect(isResponseShape(probe({ object: "list" }))).toBe(false);
    expect(isResponseShape(probe({ model: "m", messages: [], usage: { total_tokens: 1 } }))).toBe(false);
    expect(isResponseShape(probe({ model: "m", usage: { quota: 1 } }))).toBe(false);
  });
});
