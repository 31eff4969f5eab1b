// YAML files: docker-compose, GitHub workflows, Helm values, LiteLLM proxy / Dify / New API configs,
// VCR cassettes. eemeli/yaml gives every node's source range, so keys, values and sequence members
// are known exactly; whatever lies outside every node is a comment.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, type Scalar, type YAMLMap } from "yaml";
import { isResponseShape } from "../../src/check/recorded.js";
import { findOccurrences, lastAtMost, type Occurrence } from "../../src/check/tokens.js";
import type { Detection, Reason, Rule, RuleContext, RuleOutput, SdkId } from "../../src/types.js";
import { collectionReason, detect, lineHeuristic, mentionsCurrent, mentionsOther } from "../shared.js";
import { containerVerdicts, type ContainerVerdicts } from "../checks/collection.js";
import { sdkForFile } from "../sdks/index.js";
import { analyseEmbedded, sliceView } from "../embed.js";
import { commentDetection, defaultExpansions, valueDetection } from "../structured.js";
import { catalogVerdict, type DataTree } from "../catalogs.js";

const YAML_FILE = /\.ya?ml$/i;
const LOCKFILE = /(?:^|\/)(?:pnpm-lock|yarn-lock)\.ya?ml$/i;
const RESPONSE_TEXT = /"object"\s*:\s*"chat\.completion|chatcmpl-|object:\s*chat\.completion/;
// Keys whose mapping is environment variables: settings read one by one, as in a .env file.
const ENV_KEYS = new Set(["environment", "env", "variables"]);
// Keys whose value is a shell script (GitHub Actions, GitLab CI, Taskfile, docker-compose healthchecks).
const SCRIPT_KEYS = new Set(["run", "script", "before_script", "after_script", "cmds", "test"]);

interface Frame {
  readonly node: YamlNode;
  /** The key under which this node sits in its parent map, or the index in its parent sequence. */
  readonly key: string | number | null;
}

function mapGet(map: YAMLMap, key: string): unknown {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.value;
  }
  return undefined;
}

function scalarValue(node: unknown): string | null {
  return isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : null;
}

/** A mapping shaped like a chat-completion response. */
function isResponseMap(node: YamlNode): boolean {
  if (!isMap(node)) return false;
  return isResponseShape({
    has: (key) => mapGet(node, key) !== undefined,
    string: (key) => scalarValue(mapGet(node, key)),
    keys: (key) => {
      const v = mapGet(node, key);
      return isMap(v) ? v.items.flatMap((i) => (isPair(i) && isScalar(i.key) ? [String(i.key.value)] : [])) : [];
    },
  });
}

function isBareId(value: string): boolean {
  return value !== "" && !/[\s=]/.test(value);
}

interface ScalarSite {
  readonly scalar: Scalar;
  readonly frames: readonly Frame[];
  readonly isKey: boolean;
  readonly doc: Document;
}

function collectScalars(doc: Document): ScalarSite[] {
  const out: ScalarSite[] = [];
  const visit = (node: unknown, frames: Frame[]): void => {
    if (isAlias(node) || node === null || node === undefined) return;
    if (isScalar(node)) {
      out.push({ scalar: node, frames, isKey: false, doc });
      return;
    }
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const keyName = scalarValue(item.key);
        if (isScalar(item.key)) out.push({ scalar: item.key, frames: [...frames, { node, key: null }], isKey: true, doc });
        else visit(item.key, [...frames, { node, key: null }]);
        visit(item.value, [...frames, { node, key: keyName }]);
      }
      return;
    }
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...frames, { node, key: i }]));
  };
  visit(doc.contents, []);
  return out;
}

export const yamlRule: Rule = {
  id: "yaml",
  description: "Legacy model IDs in YAML: config values, mapping keys, sequences, workflow scripts, cassettes",
  appliesTo: (path) => YAML_FILE.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    if (LOCKFILE.test(ctx.path)) return { detections: [] };
    const text = ctx.text;
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs)) return { detections: [] };
    const litellm = /\bmodel_list\s*:|\blitellm_params\s*:|\blitellm_settings\s*:/.test(text);
    const fileSnippet: SdkId = litellm ? "litellm" : sdkForFile(ctx.path, text);
    const detections: Detection[] = [];
    const covered: { start: number; end: number }[] = [];

    const once = containerVerdicts();
    for (const doc of docs) {
      const root = doc.contents;
      const cassette = isMap(root) && (isSeq(mapGet(root, "interactions")) || isSeq(mapGet(root, "http_interactions")));
      for (const site of collectScalars(doc)) {
        const range = site.scalar.range;
        if (!range) continue;
        const [start, end] = range;
        covered.push({ start, end });
        const occs = [...findOccurrences(text, start, end), ...defaultExpansions(text, start, end)];
        if (occs.length === 0) continue;
        const path = site.frames.map((f) => f.key);
        const keyName = path[path.length - 1];
        // A script value: classify it as the shell script it is (request bodies, comparisons, comments).
        if (!site.isKey && typeof keyName === "string" && SCRIPT_KEYS.has(keyName) && !cassette) {
          // Through the registry (rules/embed.ts): the scalar's source is the script, offsets unchanged.
          const script = await analyseEmbedded(ctx, "embedded.sh", sliceView(text, start, end), { owner: "yaml", validate: false });
          detections.push(...(script?.detections ?? []));
          continue;
        }
        for (const occ of occs) detections.push(classify(ctx, site, occ, path, cassette, litellm, fileSnippet, once));
      }
    }
    // Outside every node: comments (the parser keeps them out of node ranges).
    // Scalar ranges do not overlap: the one that could hold an occurrence is the last starting at or before it.
    covered.sort((a, b) => a.start - b.start);
    const starts = covered.map((c) => c.start);
    for (const occ of findOccurrences(text)) {
      const c = covered[lastAtMost(starts, occ.start)];
      if (c && occ.start >= c.start && occ.end <= c.end) continue;
      const lineStart = text.lastIndexOf("\n", occ.start - 1) + 1;
      if (text.slice(lineStart, occ.start).includes("#")) detections.push(commentDetection(ctx, occ, fileSnippet));
      else detections.push(detect(occ, ctx, "rewrite", "reference", { snippet: fileSnippet }));
    }
    return { detections };
  },
  validate(text) {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs)) return null;
    for (const doc of docs) {
      const e = doc.errors[0];
      if (e) return e.message.split("\n")[0] ?? "YAML error";
    }
    return null;
  },
};

function classify(
  ctx: RuleContext,
  site: ScalarSite,
  occ: Occurrence,
  path: readonly (string | number | null)[],
  cassette: boolean,
  litellm: boolean,
  fileSnippet: SdkId,
  once: ContainerVerdicts,
): Detection {
  const value = scalarValue(site.scalar) ?? "";
  if (cassette) {
    if (path.includes("response")) return detect(occ, ctx, "review", "recorded-response");
    if (path.includes("request")) return detect(occ, ctx, "review", "recorded-request");
  }
  if (site.frames.some((f) => isResponseMap(f.node)) || RESPONSE_TEXT.test(value)) {
    return detect(occ, ctx, "review", "recorded-response");
  }
  const parent = site.frames[site.frames.length - 1]?.node;
  if (site.isKey && parent && isMap(parent)) {
    const keys = () => parent.items.map((p) => (isPair(p) ? scalarValue(p.key) ?? "" : "")).join("\n");
    return detect(occ, ctx, "review", once(parent, "keys", occ.legacy, () => (mentionsCurrent(keys()) ? "collection-current" : "mapping-key"))!);
  }
  if (parent && isSeq(parent) && isBareId(value)) {
    const members = () => parent.items.map((i) => scalarValue(i) ?? "").filter(isBareId).join("\n");
    const reason: Reason | null = once(parent, "items", occ.legacy, () => collectionReason(members(), occ.legacy));
    if (reason) return detect(occ, ctx, "review", reason);
  }
  if (!site.isKey && parent && isMap(parent) && isBareId(value)) {
    const reason = entryCollection(site, parent, occ, once);
    if (reason) return detect(occ, ctx, "review", reason);
  }
  if (!site.isKey && inExpression(ctx.text, site, occ, path[path.length - 1])) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason === "comparison" || reason === "switch-case") return detect(occ, ctx, "review", reason);
  }
  const catalog = site.isKey ? null : catalogVerdict(yamlTree(site), site.scalar);
  if (catalog) return detect(occ, ctx, "review", catalog.reason, catalog.reason === "other-host" ? { detail: { host: catalog.host } } : {});
  const keyPath = path.filter((k): k is string => typeof k === "string");
  if (keyPath[0] === "spring" && keyPath[1] === "ai") return valueDetection(ctx, occ, "spring-ai");
  if (litellm && keyPath.includes("litellm_params")) {
    // LiteLLM routes by the provider written in the string itself (`openrouter/...` vs `deepseek/...`),
    // so a mention of OpenRouter elsewhere in the file does not make a `deepseek/` entry an OpenRouter slug.
    return valueDetection({ openRouter: false }, occ, "litellm");
  }
  return valueDetection(ctx, occ, fileSnippet);
}

/** A scalar's ancestors as the catalog shapes (rules/catalogs.ts) read them. */
function yamlTree(site: ScalarSite): DataTree<unknown> {
  const up = new Map<unknown, { parent: unknown; key: string | number | null }>();
  const chain: unknown[] = [...site.frames.map((f) => f.node), site.scalar];
  for (let i = 1; i < chain.length; i++) up.set(chain[i], { parent: chain[i - 1], key: site.frames[i - 1]!.key });
  return {
    parent: (n) => up.get(n)?.parent ?? null,
    kind: (n) => (isMap(n) ? "object" : isSeq(n) ? "array" : "other"),
    keyOf: (n) => {
      const k = up.get(n)?.key;
      return typeof k === "string" ? k : null;
    },
    members: (n) => new Map(isMap(n) ? n.items.flatMap((p): [string, unknown][] => (isPair(p) && isScalar(p.key) ? [[String(p.key.value), p.value]] : [])) : []),
    items: (n) => (isSeq(n) ? n.items : []),
    text: (n) => (isScalar(n) && typeof n.value === "string" ? n.value : null),
  };
}

/** The bare-ID scalar values of a map's own entries. */
function mapValues(map: YAMLMap): string[] {
  return map.items.flatMap((p) => (isPair(p) ? [scalarValue(p.value) ?? ""] : [])).filter(isBareId);
}

/**
 * A value in a table of models: a list of entries (`- model: deepseek-chat`) whose entries name both
 * legacy names or one beside a V4 ID, or a nested mapping holding both names. A rename would leave
 * identical entries, as in a TOML array of tables or table, a Python dict or a TS object. The
 * document's top-level mapping is settings, like a module's constants, and so are environment
 * variables (compose `environment:`, CI `env:`), as in a .env file: their values are renamed.
 */
function entryCollection(site: ScalarSite, parent: YAMLMap, occ: Occurrence, once: ContainerVerdicts): Reason | null {
  const grand = site.frames[site.frames.length - 2]?.node;
  if (grand && isSeq(grand)) {
    const members = () => grand.items.flatMap((item) => (isMap(item) ? mapValues(item) : [])).join("\n");
    const reason = once(grand, "entries", occ.legacy, () => collectionReason(members(), occ.legacy));
    if (reason) return reason;
  }
  const parentKey = site.frames[site.frames.length - 2]?.key;
  if (typeof parentKey === "string" && ENV_KEYS.has(parentKey)) return null;
  if (parent === site.doc.contents) return null;
  return once(parent, "values", occ.legacy, () => (mentionsOther(mapValues(parent).join("\n"), occ.legacy) ? "collection-both" : null));
}

/** GitHub Actions (and Gitea, Forgejo) expressions: inside `${{ … }}`, and the whole value of an `if:` key. */
function inExpression(text: string, site: ScalarSite, occ: Occurrence, key: string | number | null | undefined): boolean {
  if (key === "if") return true;
  const [start] = site.scalar.range!;
  const before = text.slice(start, occ.start);
  const open = before.lastIndexOf("${{");
  return open !== -1 && !before.slice(open).includes("}}");
}
