// The planner alone, over an in-memory target: what it decides from what a request holds.
import { describe, expect, it } from "vitest";
import type { JsonValue, KeyPath, RequestTarget, Sdk, Value } from "../../rules/api.js";
import { planThinking } from "../../rules/thinking/plan.js";

/** A request written as plain data; `opaque` marks values the source does not spell out. */
function target(params: Record<string, unknown>, appendable = true): RequestTarget & { appended: [KeyPath, JsonValue][] } {
  const appended: [KeyPath, JsonValue][] = [];
  return {
    callee: "client.chat.completions.create",
    keys: new Set(Object.keys(params)),
    appended,
    read(path: KeyPath): Value {
      let cur: unknown = params;
      for (const k of path) {
        if (cur === null || typeof cur !== "object" || !(k in cur)) return { kind: "absent" };
        cur = (cur as Record<string, unknown>)[k];
      }
      if (cur === "opaque") return { kind: "opaque", text: "cfg" };
      if (cur !== null && typeof cur === "object") return { kind: "object" };
      return { kind: "literal", value: cur as string, text: JSON.stringify(cur) };
    },
    append(path, value) {
      if (!appendable) return null;
      appended.push([path, value]);
      return [{ start: 0, end: 0, text: `${path.join(".")}` }];
    },
  };
}

const sdk: Sdk = { id: "test", thinkingAt: ["extra_body", "thinking"], alsoReadAt: [["thinking"]], snippet: () => "" };

describe("planThinking", () => {
  it("inserts the mode at the SDK's key path when the request does not set it", () => {
    const t = target({ model: "m", messages: [] });
    expect(planThinking(sdk, [{ target: t }], "disabled", "explicit")).toEqual({ kind: "insert", edits: [{ start: 0, end: 0, text: "extra_body.thinking" }] });
    expect(t.appended).toEqual([[["extra_body", "thinking"], { type: "disabled" }]]);
  });

  it("reads every path the SDK names: a matching setting is present, another one a conflict", () => {
    expect(planThinking(sdk, [{ target: target({ extra_body: { thinking: { type: "enabled" } } }) }], "enabled", "explicit")).toEqual({ kind: "present" });
    expect(planThinking(sdk, [{ target: target({ thinking: { type: "enabled" } }) }], "disabled", "explicit")).toEqual({ kind: "conflict", found: "enabled" });
  });

  it("calls a boolean or a string a conflict, and keeps what the source does not spell out", () => {
    expect(planThinking(sdk, [{ target: target({ thinking: true }) }], "enabled", "explicit")).toEqual({ kind: "conflict", found: "true" });
    expect(planThinking(sdk, [{ target: target({ thinking: "opaque" }) }], "disabled", "explicit")).toEqual({ kind: "present" });
    expect(planThinking(sdk, [{ target: target({ thinking: { type: "opaque" } }) }], "disabled", "explicit")).toEqual({ kind: "present" });
  });

  it("under --thinking off inserts nothing and turns a conflict into a note that says what it overrides", () => {
    const t = target({ model: "m" });
    expect(planThinking(sdk, [{ target: t }], "disabled", "off")).toEqual({ kind: "note" });
    expect(t.appended).toEqual([]);
    expect(planThinking(sdk, [{ target: target({ thinking: { type: "enabled" } }) }], "disabled", "off")).toEqual({ kind: "note", overridden: "enabled" });
  });

  it("notes instead of inserting for a noteOnly mode, a null key path, or a target that cannot take it", () => {
    expect(planThinking({ ...sdk, noteOnly: ["enabled"] }, [{ target: target({}) }], "enabled", "explicit")).toEqual({ kind: "note" });
    expect(planThinking({ ...sdk, thinkingAt: null }, [{ target: target({}) }], "enabled", "explicit")).toEqual({ kind: "note" });
    expect(planThinking(sdk, [{ target: target({}, false) }], "enabled", "explicit")).toEqual({ kind: "note" });
  });

  it("does not write a container a receiving call already passes itself", () => {
    const body = target({ model: "m", messages: [] });
    expect(planThinking(sdk, [{ target: body, alsoRead: [target({ extra_body: "opaque" })] }], "disabled", "explicit")).toEqual({ kind: "note" });
    expect(planThinking(sdk, [{ target: body, alsoRead: [target({ extra_body: { thinking: { type: "disabled" } } })] }], "disabled", "explicit")).toEqual({ kind: "present" });
    expect(body.appended).toEqual([]);
  });

  it("over several requests: a conflict anywhere wins, else every insertion, else present", () => {
    const a = target({});
    const b = target({ thinking: { type: "disabled" } });
    expect(planThinking(sdk, [{ target: a }, { target: b }], "disabled", "explicit")).toEqual({ kind: "insert", edits: [{ start: 0, end: 0, text: "extra_body.thinking" }] });
    expect(planThinking(sdk, [{ target: a }, { target: target({ thinking: { type: "enabled" } }) }], "disabled", "explicit")).toEqual({ kind: "conflict", found: "enabled" });
    expect(planThinking(sdk, [{ target: b }, { target: target({}, false) }], "disabled", "explicit")).toEqual({ kind: "present" });
  });
});
