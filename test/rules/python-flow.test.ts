// Python values that flow to a request in the same file. A value nothing else can change (a module
// constant, a class attribute, a field set once) gets the thinking setting at the requests that use
// it; an overridable default (a parameter default, `x or "…"`, `os.getenv("X", "…")`, `if not x: x = …`)
// is renamed with a note that names the request lines, never a fixed mode a caller may not want.
import { describe, expect } from "vitest";
import { ruleTester } from "../support/rule-tester.js";

const OPENAI = 'from openai import OpenAI\n\nclient = OpenAI(base_url="https://api.deepseek.com")\n';

describe("Python values that flow to a request", () => {
  ruleTester({
    invalid: [
      {
        name: "a module constant used by two requests: both get the setting",
        path: "app/chat.py",
        code: `${OPENAI}MODEL = "deepseek-chat"\n\n\ndef one(m):\n    return client.chat.completions.create(model=MODEL, messages=m)\n\n\ndef two(m):\n    return client.chat.completions.create(model=MODEL, messages=m, stream=True)\n`,
        findings: ["4:10 rewrite deepseek-chat request-site inserted"],
        output:
          `${OPENAI}MODEL = "deepseek-v4-flash"\n\n\ndef one(m):\n    return client.chat.completions.create(model=MODEL, messages=m, extra_body={"thinking": {"type": "disabled"}})\n\n\n` +
          'def two(m):\n    return client.chat.completions.create(model=MODEL, messages=m, stream=True, extra_body={"thinking": {"type": "disabled"}})\n',
      },
      {
        name: "a field set once from a literal, read by the class's request",
        path: "app/bot.py",
        code:
          'from openai import OpenAI\n\n\nclass Bot:\n    def __init__(self):\n        self.client = OpenAI(base_url="https://api.deepseek.com")\n        self.model = "deepseek-reasoner"\n\n' +
          "    def ask(self, messages):\n        return self.client.chat.completions.create(model=self.model, messages=messages)\n",
        findings: ["7:23 rewrite deepseek-reasoner request-site inserted"],
        output:
          'from openai import OpenAI\n\n\nclass Bot:\n    def __init__(self):\n        self.client = OpenAI(base_url="https://api.deepseek.com")\n        self.model = "deepseek-v4-flash"\n\n' +
          '    def ask(self, messages):\n        return self.client.chat.completions.create(model=self.model, messages=messages, extra_body={"thinking": {"type": "enabled"}})\n',
      },
      {
        name: "a class attribute read as self.NAME",
        path: "app/agent.py",
        code: `${OPENAI}\n\nclass Agent:\n    MODEL = "deepseek-chat"\n\n    def run(self, m):\n        return client.chat.completions.create(model=self.MODEL, messages=m)\n`,
        findings: ["7:14 rewrite deepseek-chat request-site inserted"],
        output: `${OPENAI}\n\nclass Agent:\n    MODEL = "deepseek-v4-flash"\n\n    def run(self, m):\n        return client.chat.completions.create(model=self.MODEL, messages=m, extra_body={"thinking": {"type": "disabled"}})\n`,
      },
      {
        name: "a constructor default stored in self.model and sent in a JSON body: a note naming the request",
        path: "app/wrapper.py",
        code:
          'import requests\n\n\nclass ChatModel:\n    def __init__(self, model: str = "deepseek-chat", base: str = "https://api.deepseek.com"):\n        self.model = model\n        self.base = base\n\n' +
          '    def complete(self, prompt):\n        data = {"model": self.model, "messages": [{"role": "user", "content": prompt}]}\n        return requests.post(f"{self.base}/chat/completions", json=data).json()\n',
        findings: ["5:38 rewrite deepseek-chat reference note"],
        output:
          'import requests\n\n\nclass ChatModel:\n    def __init__(self, model: str = "deepseek-v4-flash", base: str = "https://api.deepseek.com"):\n        self.model = model\n        self.base = base\n\n' +
          '    def complete(self, prompt):\n        data = {"model": self.model, "messages": [{"role": "user", "content": prompt}]}\n        return requests.post(f"{self.base}/chat/completions", json=data).json()\n',
        also: (r) => expect(r.findings[0]!.note).toContain("(the request at line 11; this value is a default a caller can override"),
      },
      {
        name: "os.getenv default and an `if not model:` fallback: notes naming each request",
        path: "app/env.py",
        code:
          `import os\n${OPENAI}MODEL = os.getenv("CHAT_MODEL", "deepseek-chat")\n\n\ndef ask(messages, model=None):\n    if not model:\n        model = "deepseek-reasoner"\n` +
          "    client.chat.completions.create(model=MODEL, messages=messages)\n    return client.chat.completions.create(model=model, messages=messages)\n",
        findings: ["5:34 rewrite deepseek-chat reference note", "10:18 rewrite deepseek-reasoner reference note"],
        output:
          `import os\n${OPENAI}MODEL = os.getenv("CHAT_MODEL", "deepseek-v4-flash")\n\n\ndef ask(messages, model=None):\n    if not model:\n        model = "deepseek-v4-flash"\n` +
          "    client.chat.completions.create(model=MODEL, messages=messages)\n    return client.chat.completions.create(model=model, messages=messages)\n",
        also: (r) => {
          expect(r.findings[0]!.note).toContain("(the request at line 11;");
          expect(r.findings[1]!.note).toContain("(the request at line 12;");
        },
      },
      {
        name: "`model or \"…\"` inside the request: the caller's mode, so a note",
        path: "app/orr.py",
        code: `${OPENAI}\n\ndef ask(messages, model=None):\n    return client.chat.completions.create(model=model or "deepseek-chat", messages=messages)\n`,
        findings: ["7:59 rewrite deepseek-chat reference note"],
        output: `${OPENAI}\n\ndef ask(messages, model=None):\n    return client.chat.completions.create(model=model or "deepseek-v4-flash", messages=messages)\n`,
        also: (r) => expect(r.findings[0]!.note).toContain("(the request at line 7;"),
      },
      {
        name: "a settings class field default and its description: both renamed, the value with a note",
        path: "app/settings.py",
        code:
          "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n" +
          '    CHAT_MODEL: str = Field("deepseek-chat", description="model name, e.g. deepseek-reasoner")\n',
        findings: ["6:30 rewrite deepseek-chat reference note", "6:76 rewrite deepseek-reasoner reference note"],
        output:
          "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n" +
          '    CHAT_MODEL: str = Field("deepseek-v4-flash", description="model name, e.g. deepseek-v4-flash")\n',
      },
      {
        name: "a field that another method changes is overridable",
        path: "app/switch.py",
        code:
          `${OPENAI}\n\nclass Bot:\n    def __init__(self):\n        self.model = "deepseek-chat"\n\n    def use(self, name):\n        self.model = name\n\n` +
          "    def ask(self, m):\n        return client.chat.completions.create(model=self.model, messages=m)\n",
        findings: ["8:23 rewrite deepseek-chat reference note"],
        output:
          `${OPENAI}\n\nclass Bot:\n    def __init__(self):\n        self.model = "deepseek-v4-flash"\n\n    def use(self, name):\n        self.model = name\n\n` +
          "    def ask(self, m):\n        return client.chat.completions.create(model=self.model, messages=m)\n",
        also: (r) => expect(r.findings[0]!.note).toContain("(the request at line 14;"),
      },
    ],
  });
});
