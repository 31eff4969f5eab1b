// The thinking planner: given the requests a legacy model value reaches, the SDK they belong to and
// the mode the legacy name implied, decide once, for every language, whether the mode is already
// set, contradicted, can be inserted, or must be left to a note.
import type { ThinkingMode } from "../../src/catalog.js";
import type { Edit } from "../../src/types.js";
import type { KeyPath, RequestTarget, Sdk, Value } from "../api.js";

/** One request reached: the target written to, and other targets the same request reads (a call receiving `**body`). */
export interface Reach {
  readonly target: RequestTarget;
  readonly alsoRead?: readonly RequestTarget[];
}

export type Plan =
  | { readonly kind: "present" }
  | { readonly kind: "conflict"; readonly found: string }
  | { readonly kind: "insert"; readonly edits: readonly Edit[] }
  /** `overridden`: the request sets thinking otherwise (kept under --thinking off). */
  | { readonly kind: "note"; readonly overridden?: string };

type One = Plan | { readonly kind: "unreachable" };

/**
 * The plan for all the requests a value reaches: a conflict anywhere wins; otherwise the insertions
 * of every request that lacks the setting; otherwise present when one request already sets it.
 * With `option` "off" nothing is inserted and a contradicting setting is the author's to keep: both
 * come back as a note (the rename alone, with what the old name implied).
 */
export function planThinking(sdk: Sdk, reaches: readonly Reach[], mode: ThinkingMode, option: "explicit" | "off"): Plan {
  const plans = reaches.map((r) => planOne(sdk, r, mode, option));
  const conflict = plans.find((p) => p.kind === "conflict");
  if (conflict?.kind === "conflict") return option === "off" ? { kind: "note", overridden: conflict.found } : conflict;
  const edits = plans.flatMap((p) => (p.kind === "insert" ? p.edits : []));
  if (edits.length > 0) return { kind: "insert", edits };
  if (plans.some((p) => p.kind === "present")) return { kind: "present" };
  return { kind: "note" };
}

function planOne(sdk: Sdk, reach: Reach, mode: ThinkingMode, option: "explicit" | "off"): One {
  const readAt = [...(sdk.thinkingAt ? [sdk.thinkingAt] : []), ...(sdk.alsoReadAt ?? [])];
  for (const t of [reach.target, ...(reach.alsoRead ?? [])]) {
    for (const path of readAt) {
      const found = existing(t, path, mode);
      if (found) return found;
    }
    const flag = sdk.switchAt ? switchSetting(t, sdk.switchAt, mode) : null;
    if (flag) return flag;
  }
  const at = sdk.thinkingAt;
  if (option === "off" || at === null || sdk.noteOnly?.includes(mode)) return { kind: "unreachable" };
  // A receiving call that already writes the container (`create(**body, extra_body=...)`) would get it twice.
  if ((reach.alsoRead ?? []).some((t) => t.read([at[0]!]).kind !== "absent")) return { kind: "unreachable" };
  const edits = reach.target.append(at, { type: mode }, { undeclared: sdk.undeclared === true });
  return edits && edits.length > 0 ? { kind: "insert", edits } : { kind: "unreachable" };
}

/** An existing setting at `path`, compared with `mode`; null when there is none. */
function existing(t: RequestTarget, path: KeyPath, mode: ThinkingMode): Plan | null {
  const v = t.read(path);
  switch (v.kind) {
    case "absent":
      return null;
    // A value the source does not spell out (a variable, a call) is the author's deliberate choice: keep it.
    case "opaque":
      return { kind: "present" };
    // The API takes an object: a boolean or a string here is not the legacy behaviour, whatever it meant.
    case "literal":
      return { kind: "conflict", found: v.text };
    case "object":
      return compareType(t.read([...path, "type"]), mode);
  }
}

/** A boolean switch at `path` compared with `mode`; null when it is absent or None (the SDK's default). */
function switchSetting(t: RequestTarget, path: KeyPath, mode: ThinkingMode): Plan | null {
  const v = t.read(path);
  if (v.kind === "absent" || (v.kind === "literal" && v.value === null)) return null;
  if (v.kind !== "literal") return { kind: "present" };
  if (v.value === (mode === "enabled")) return { kind: "present" };
  return { kind: "conflict", found: v.text };
}

function compareType(type: Value, mode: ThinkingMode): Plan {
  if (type.kind !== "literal") return { kind: "present" };
  if (type.value === mode) return { kind: "present" };
  return { kind: "conflict", found: typeof type.value === "string" ? type.value : type.text };
}
