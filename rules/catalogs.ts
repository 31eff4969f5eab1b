// Model catalogs in data files (JSON): lists of model entries carrying model metadata (`max_tokens`,
// `model_type`, `tags`, a context length...). Judged by shape, never by the names of particular hosts:
//   - a list held by a provider/factory entry named other than DeepSeek is that host's catalog: its IDs
//     are the host's own (an aggregator serving an old DeepSeek name), reviewed, never re-pointed;
//   - a list of such entries held by nothing named is a registry keyed by model name: an entry named
//     by a legacy ID, or listing one among its aliases, is a lookup key (capabilities, context sizes)
//     that a rename would merge or re-point.
// A DeepSeek provider's own catalog is left to the ordinary rules.
import type { Node } from "jsonc-parser";
import { members } from "./targets/json.js";

const META =
  /^(?:max_?tokens|max_?output(?:_?tokens)?|max_?input_?tokens|context(?:_?length|_?window|_?size)?|content_?length|model_?types?|tags|is_?tools|modalities|capabilities|pricing|(?:input|output)_?(?:cost|price)\w*)$/i;
/** Keys naming an entry: the host of a catalog, or a model of a registry. */
const NAME_KEYS = ["name", "id", "provider", "title", "vendor", "display_name", "llm_name", "model_name"];
const ALIAS_KEY = /^alias(?:es)?$/i;

export type CatalogVerdict = { readonly reason: "other-host"; readonly host: string } | { readonly reason: "mapping-key" };

function keyOf(value: Node): string | null {
  const p = value.parent;
  if (p?.type !== "property" || p.children?.[1] !== value) return null;
  const k = p.children[0];
  return k?.type === "string" ? String(k.value) : null;
}

function nameOf(obj: Node, keys: readonly string[]): string | null {
  const m = members(obj);
  for (const k of keys) {
    const v = m.get(k);
    if (v?.type === "string" && typeof v.value === "string" && v.value !== "") return v.value;
  }
  return null;
}

/**
 * The name of a provider entry holding a model list: one of several named objects in a list of
 * providers, or one of several objects keyed by provider name. Null when the holder is no such entry
 * (an application's own settings naming the models it uses).
 */
function hostName(holder: Node): string | null {
  const up = holder.parent;
  if (up?.type === "array") {
    const siblings = (up.children ?? []).filter((c) => c.type === "object" && nameOf(c, NAME_KEYS) !== null).length;
    return siblings >= 2 ? nameOf(holder, NAME_KEYS) : null;
  }
  if (up?.type === "property" && up.parent?.type === "object") {
    const siblings = (up.parent.children ?? []).filter((p) => p.children?.[1]?.type === "object").length;
    return siblings >= 2 ? (nameOf(holder, NAME_KEYS) ?? keyOf(holder)) : null;
  }
  return null;
}

/** How a string value holding a legacy ID sits in a model catalog, if it does. */
export function catalogVerdict(node: Node): CatalogVerdict | null {
  // The entry: the object the value is a member of, or whose alias list holds it.
  const alias = node.parent?.type === "array" && ALIAS_KEY.test(keyOf(node.parent) ?? "");
  const key = keyOf(node);
  const entry = alias ? node.parent?.parent?.parent : key !== null ? node.parent?.parent : undefined;
  if (entry?.type !== "object") return null;
  if (![...members(entry).keys()].some((k) => META.test(k))) return null;
  const list = entry.parent;
  if (list?.type !== "array") return null;
  const holder = list.parent?.type === "property" ? list.parent.parent : undefined;
  const host = holder?.type === "object" ? hostName(holder) : null;
  if (host !== null) return /deepseek/i.test(host) ? null : { reason: "other-host", host };
  // A registry: the entry is named by the value, or lists it as an alias; requests are not registries.
  const entries = (list.children ?? []).filter((c) => c.type === "object").length;
  if (entries < 2) return null;
  if (alias || (key !== null && NAME_KEYS.includes(key))) return { reason: "mapping-key" };
  return null;
}
