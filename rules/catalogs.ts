// Model catalogs in data files (JSON, YAML): lists of model entries carrying model metadata
// (`max_tokens`, `model_type`, `tags`, a context length...). Judged by shape, never by the names of
// particular hosts:
//   - a list held by a provider/factory entry named other than DeepSeek (one of several providers)
//     is that host's catalog: its IDs are the host's own (an aggregator serving an old DeepSeek name),
//     reviewed, never re-pointed;
//   - a list of such entries held by nothing named is a registry keyed by model name: an entry named
//     by a legacy ID, or listing one among its aliases, is a lookup key (capabilities, context sizes)
//     that a rename would merge or re-point.
// A DeepSeek provider's own catalog and an application's own settings are left to the ordinary rules.

/** What the shapes need from a parsed document, implemented by each data adapter. */
export interface DataTree<N> {
  /** The object or array holding a node (property wrappers skipped), or null at the root. */
  parent(node: N): N | null;
  kind(node: N): "object" | "array" | "other";
  /** The key under which a node sits in its parent object, or null. */
  keyOf(node: N): string | null;
  /** An object's members by key. */
  members(node: N): ReadonlyMap<string, N>;
  /** An array's items. */
  items(node: N): readonly N[];
  /** A scalar's string value, or null. */
  text(node: N): string | null;
}

const META =
  /^(?:max_?tokens|max_?output(?:_?tokens)?|max_?input_?tokens|context(?:_?length|_?window|_?size)?|content_?length|model_?types?|tags|is_?tools|modalities|capabilities|pricing|(?:input|output)_?(?:cost|price)\w*)$/i;
/** Keys naming an entry: the host of a catalog, or a model of a registry. */
const NAME_KEYS = ["name", "id", "provider", "title", "vendor", "display_name", "llm_name", "model_name"];
const ALIAS_KEY = /^alias(?:es)?$/i;

export type CatalogVerdict = { readonly reason: "other-host"; readonly host: string } | { readonly reason: "mapping-key" };

function nameOf<N>(t: DataTree<N>, obj: N): string | null {
  const m = t.members(obj);
  for (const k of NAME_KEYS) {
    const v = m.get(k);
    const s = v === undefined ? null : t.text(v);
    if (s) return s;
  }
  return null;
}

/**
 * The name of a provider entry holding a model list: one of several named objects in a list of
 * providers, or one of several objects keyed by provider name. Null when the holder is no such entry.
 */
function hostName<N>(t: DataTree<N>, holder: N): string | null {
  const up = t.parent(holder);
  if (up === null) return null;
  if (t.kind(up) === "array") {
    const named = t.items(up).filter((c) => t.kind(c) === "object" && nameOf(t, c) !== null).length;
    return named >= 2 ? nameOf(t, holder) : null;
  }
  if (t.kind(up) === "object") {
    const objects = [...t.members(up).values()].filter((c) => t.kind(c) === "object").length;
    return objects >= 2 ? (nameOf(t, holder) ?? t.keyOf(holder)) : null;
  }
  return null;
}

/** How a string value holding a legacy ID sits in a model catalog, if it does. */
export function catalogVerdict<N>(t: DataTree<N>, node: N): CatalogVerdict | null {
  // The entry: the object the value is a member of, or whose alias list holds it.
  const up = t.parent(node);
  if (up === null) return null;
  const alias = t.kind(up) === "array" && ALIAS_KEY.test(t.keyOf(up) ?? "");
  const key = t.keyOf(node);
  const entry = alias ? t.parent(up) : t.kind(up) === "object" ? up : null;
  if (entry === null || t.kind(entry) !== "object") return null;
  if (![...t.members(entry).keys()].some((k) => META.test(k))) return null;
  const list = t.parent(entry);
  if (list === null || t.kind(list) !== "array") return null;
  const holder = t.parent(list);
  const host = holder !== null && t.kind(holder) === "object" ? hostName(t, holder) : null;
  if (host !== null) return /deepseek/i.test(host) ? null : { reason: "other-host", host };
  // A registry: the entry is named by the value, or lists it as an alias; requests are not registries.
  const entries = t.items(list).filter((c) => t.kind(c) === "object").length;
  if (entries < 2) return null;
  if (alias || (key !== null && NAME_KEYS.includes(key))) return { reason: "mapping-key" };
  return null;
}
