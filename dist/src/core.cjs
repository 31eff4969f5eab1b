"use strict";
const __moduleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/retired.ts
var RETIRED;
var init_retired = __esm({
  "src/retired.ts"() {
    "use strict";
    RETIRED = [
      { id: "deepseek-chat", thinking: "disabled", defaultTarget: "deepseek-v4-flash" },
      { id: "deepseek-reasoner", thinking: "enabled", defaultTarget: "deepseek-v4-flash" }
    ];
  }
});

// src/catalog.ts
function isLegacyId(value) {
  return LEGACY_IDS.includes(value);
}
function legacyEntry(id) {
  const entry = LEGACY.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown legacy id ${id}`);
  return entry;
}
var RETIRED_AT, ANNOUNCED_AT, LEGACY, LEGACY_IDS, CURRENT_IDS, everyNameTo, PRESETS, SOURCES, PASS_THROUGH_PREFIXES, TARGET_PATTERN, LEGACY_ALTERNATION;
var init_catalog = __esm({
  "src/catalog.ts"() {
    "use strict";
    init_retired();
    RETIRED_AT = "2026-07-24T15:59:00Z";
    ANNOUNCED_AT = "2026-04-24";
    LEGACY = RETIRED;
    LEGACY_IDS = LEGACY.map((e) => e.id);
    CURRENT_IDS = ["deepseek-v4-flash", "deepseek-v4-pro", "deepseek-flash"];
    everyNameTo = (target) => Object.fromEntries(LEGACY_IDS.map((id) => [id, target]));
    PRESETS = {
      v4: Object.fromEntries(LEGACY.map((e) => [e.id, e.defaultTarget])),
      pro: everyNameTo("deepseek-v4-pro"),
      latest: everyNameTo("deepseek-flash")
    };
    SOURCES = [
      "https://api-docs.deepseek.com/quick_start/pricing",
      "https://api-docs.deepseek.com/guides/thinking_mode",
      "https://api-docs.deepseek.com/news/news260424"
    ];
    PASS_THROUGH_PREFIXES = ["deepseek/", "deepseek:", "@deepseek/"];
    TARGET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;
    LEGACY_ALTERNATION = [...LEGACY_IDS].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  }
});

// src/cli/options.ts
var options_exports = {};
__export(options_exports, {
  DEFAULT_MAX_FILE_SIZE: () => DEFAULT_MAX_FILE_SIZE,
  UsageError: () => UsageError,
  buildMapping: () => buildMapping,
  parseChoice: () => parseChoice,
  parseSize: () => parseSize
});
function buildMapping(to, maps) {
  const preset = PRESETS[to ?? "v4"];
  if (!preset) throw new UsageError(`invalid --to '${to}': expected one of ${Object.keys(PRESETS).join(", ")}`);
  const mapping2 = { ...preset };
  for (const m of maps) {
    const eq = m.indexOf("=");
    const legacy = eq === -1 ? m : m.slice(0, eq);
    const target = eq === -1 ? "" : m.slice(eq + 1);
    if (eq === -1 || !target) throw new UsageError(`invalid --map '${m}': expected legacy=target, e.g. ${LEGACY_IDS[0]}=deepseek-v4-pro`);
    if (!isLegacyId(legacy)) throw new UsageError(`invalid --map '${m}': '${legacy}' is not a retired name (${LEGACY_IDS.join(", ")})`);
    if (isLegacyId(target)) throw new UsageError(`invalid --map '${m}': '${target}' is itself retired`);
    if (!TARGET_PATTERN.test(target)) throw new UsageError(`invalid --map '${m}': '${target}' is not a model ID`);
    mapping2[legacy] = target;
  }
  return mapping2;
}
function parseChoice(flag, value, choices) {
  if (!choices.includes(value)) {
    throw new UsageError(`invalid ${flag} '${value}': expected one of ${choices.join(", ")}`);
  }
  return value;
}
function parseSize(value) {
  const m = /^(\d+)([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`invalid --max-file-size '${value}': expected bytes or a size like 512k, 4M`);
  const unit = (m[2] ?? "").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Number(m[1]) * mult;
}
var UsageError, DEFAULT_MAX_FILE_SIZE;
var init_options = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_catalog();
    UsageError = class extends Error {
    };
    DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
  }
});

// src/cli/config.ts
var config_exports = {};
__export(config_exports, {
  CONFIG_FILE: () => CONFIG_FILE,
  CONFIG_FORMATS: () => CONFIG_FORMATS,
  ConfigError: () => ConfigError,
  PACKAGE_KEY: () => PACKAGE_KEY,
  configMapping: () => configMapping,
  configSelection: () => configSelection,
  discoverConfig: () => discoverConfig,
  loadConfig: () => loadConfig,
  resolveConfig: () => resolveConfig,
  validateConfig: () => validateConfig
});
function resolveConfig(cwd, choice2) {
  if (choice2 === false) return null;
  if (typeof choice2 === "string") return loadConfig(import_node_path.default.resolve(cwd, choice2));
  return discoverConfig(cwd);
}
function discoverConfig(cwd) {
  for (let dir = import_node_path.default.resolve(cwd); ; dir = import_node_path.default.dirname(dir)) {
    const own = import_node_path.default.join(dir, CONFIG_FILE);
    if (isFile(own)) return loadConfig(own);
    const pkg = import_node_path.default.join(dir, "package.json");
    if (isFile(pkg)) {
      const found = fromPackageJson(pkg, false);
      if (found) return found;
    }
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(dir, ".git")) || import_node_path.default.dirname(dir) === dir) return null;
  }
}
function loadConfig(file) {
  const abs = import_node_path.default.resolve(file);
  if (import_node_path.default.basename(abs) === "package.json") {
    const found = fromPackageJson(abs, true);
    if (!found) throw new ConfigError(`${abs}: no "${PACKAGE_KEY}" key`);
    return found;
  }
  return validateConfig(readJson(abs), abs, "");
}
function fromPackageJson(file, required) {
  const doc = readJson(file);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !(PACKAGE_KEY in doc)) {
    if (required) throw new ConfigError(`${file}: no "${PACKAGE_KEY}" key`);
    return null;
  }
  return validateConfig(doc[PACKAGE_KEY], file, `${PACKAGE_KEY}.`);
}
function validateConfig(raw, file, prefix = "") {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: ${prefix ? `"${prefix.slice(0, -1)}"` : "the config"} must be an object`);
  }
  let config = { file, base: import_node_path.default.dirname(file) };
  for (const [key, value] of Object.entries(raw)) {
    const check = Object.hasOwn(KEYS, key) ? KEYS[key] : void 0;
    if (!check) {
      throw new ConfigError(`${file}: unknown key "${prefix}${key}" (known: ${Object.keys(KEYS).join(", ")})`);
    }
    config = { ...config, ...check(value, `${file}: "${prefix}${key}"`) };
  }
  return config;
}
function readJson(file) {
  let text7;
  try {
    text7 = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (err) {
    const code = err.code ?? "unreadable";
    throw new ConfigError(`${file}: cannot read the config file (${code})`);
  }
  try {
    return JSON.parse(text7.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${err.message.split("\n")[0]})`);
  }
}
function isFile(p) {
  try {
    return (0, import_node_fs.statSync)(p).isFile();
  } catch {
    return false;
  }
}
function patterns(v, where) {
  if (!Array.isArray(v) || v.some((p) => typeof p !== "string" || p.trim() === "")) {
    throw new ConfigError(`${where}: expected a list of gitignore-style patterns, e.g. ["src/", "*.py"]`);
  }
  return v;
}
function choice(v, where, choices) {
  if (typeof v !== "string" || !choices.includes(v)) {
    throw new ConfigError(`${where}: expected one of ${choices.join(", ")}, got ${JSON.stringify(v)}`);
  }
  return v;
}
function size(v, where) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v > 0) return v;
  if (typeof v === "string") {
    try {
      const n = parseSize(v);
      if (n > 0) return n;
    } catch {
    }
  }
  throw new ConfigError(`${where}: expected a positive number of bytes or a size like "512k", "4M", got ${JSON.stringify(v)}`);
}
function mapping(v, where) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new ConfigError(`${where}: expected an object such as {"${LEGACY_IDS[0]}": "deepseek-v4-pro"}`);
  }
  const out = {};
  for (const [legacy, target] of Object.entries(v)) {
    if (!isLegacyId(legacy)) throw new ConfigError(`${where}: "${legacy}" is not a retired name (${LEGACY_IDS.join(", ")})`);
    if (typeof target !== "string" || !TARGET_PATTERN.test(target)) {
      throw new ConfigError(`${where}: the target for ${legacy} must be a model ID, got ${JSON.stringify(target)}`);
    }
    if (isLegacyId(target)) throw new ConfigError(`${where}: the target for ${legacy} is itself retired`);
    out[legacy] = target;
  }
  return out;
}
function configMapping(config, to, maps) {
  const configMaps = Object.entries(config?.map ?? {}).map(([legacy, target]) => `${legacy}=${target}`);
  return buildMapping(to ?? config?.to, [...configMaps, ...maps]);
}
function configSelection(config) {
  return {
    ...config?.include ? { include: config.include } : {},
    ...config?.exclude ? { exclude: config.exclude } : {},
    ...config ? { patternBase: config.base } : {}
  };
}
var import_node_fs, import_node_path, ConfigError, CONFIG_FILE, PACKAGE_KEY, CONFIG_FORMATS, KEYS;
var init_config = __esm({
  "src/cli/config.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    init_catalog();
    init_options();
    ConfigError = class extends UsageError {
    };
    CONFIG_FILE = "deepseek-migrate.config.json";
    PACKAGE_KEY = "deepseek-migrate";
    CONFIG_FORMATS = ["pretty", "json", "sarif", "github", "markdown"];
    KEYS = {
      include: (v, w) => ({ include: patterns(v, w) }),
      exclude: (v, w) => ({ exclude: patterns(v, w) }),
      map: (v, w) => ({ map: mapping(v, w) }),
      thinking: (v, w) => ({ thinking: choice(v, w, ["explicit", "off"]) }),
      failOn: (v, w) => ({ failOn: choice(v, w, ["rewrite", "review", "none"]) }),
      format: (v, w) => ({ format: choice(v, w, CONFIG_FORMATS) }),
      to: (v, w) => ({ to: choice(v, w, Object.keys(PRESETS)) }),
      maxFileSize: (v, w) => ({ maxFileSize: size(v, w) }),
      includeRecorded: (v, w) => {
        if (typeof v !== "boolean") throw new ConfigError(`${w}: expected true or false`);
        return { includeRecorded: v };
      }
    };
  }
});

// src/check/codes.ts
function andList(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function findingMessage(f) {
  const to = f.replacement ?? f.target;
  return REASON_CODES[f.reason].message({ legacy: f.legacy, to, mode: legacyEntry(f.legacy).thinking, detail: f.detail ?? {} });
}
function advisoryDetailText(d) {
  if (!d) return null;
  if (d.legacy !== void 0) return `${d.legacy} meant thinking ${legacyEntry(d.legacy).thinking}`;
  if (d.key !== void 0) return d.value === void 0 ? d.key : `${d.key}: ${d.value}`;
  return d.how ?? null;
}
function advisoryMessage(a) {
  const extra = advisoryDetailText(a.detail);
  return extra ? `${ADVISORY_CODES[a.code].message} (${extra})` : ADVISORY_CODES[a.code].message;
}
var IDS, TARGETS, MODES, WHY, REASON_CODES, ADVISORY_CODES, SKIP_LEVELS;
var init_codes = __esm({
  "src/check/codes.ts"() {
    "use strict";
    init_catalog();
    IDS = LEGACY.map((e) => e.id);
    TARGETS = [...new Set(LEGACY.map((e) => e.defaultTarget))];
    MODES = IDS.map((id) => id.replace(/^deepseek-/, ""));
    WHY = `${andList(IDS)} were retired on ${RETIRED_AT.slice(0, 10)}; requests naming them fail with HTTP 400. ${IDS.length === 2 ? "Both" : "All"} map to ${andList(TARGETS)}, which thinks by default: ${LEGACY.map((e, i) => `${e.id} ${i === 0 ? "meant " : ""}thinking ${e.thinking}`).join(", ")}.`;
    REASON_CODES = {
      reference: {
        action: "rewrite",
        message: ({ legacy, to }) => `retired model name ${legacy}: use ${to}`,
        headline: "retired name",
        sarif: {
          short: "Retired DeepSeek model name",
          full: `A retired model name that the tool rewrites to its V4 ID. ${WHY}`,
          help: "Run `deepseek-migrate apply` (or apply this result's fix) to rename it, and set the thinking mode the old name implied where the request is built."
        }
      },
      "request-site": {
        action: "rewrite",
        message: ({ legacy, to, mode }) => `retired model name ${legacy} at a request site: use ${to} with thinking ${mode}`,
        headline: "request site",
        sarif: {
          short: "Retired DeepSeek model name at a request site",
          full: `A retired model name passed directly to an API call; the rewrite renames it and makes the thinking mode explicit in the same call. ${WHY}`,
          help: "Run `deepseek-migrate apply` (or apply this result's fix): it renames the model and adds the thinking setting the old name implied."
        }
      },
      "config-value": {
        action: "rewrite",
        message: ({ legacy, to, mode }) => `retired model name ${legacy} in configuration: use ${to} and set thinking ${mode} where the request is built`,
        headline: "configuration value",
        sarif: {
          short: "Retired DeepSeek model name in configuration",
          full: `A retired model name in a configuration value; the request that uses it is built elsewhere, so the thinking mode must be set there. ${WHY}`,
          help: `Apply the rename, then set thinking ${LEGACY.map((e) => `{type: ${e.thinking}} (for ${e.id})`).join(" or ")} in the code that sends the request.`
        }
      },
      comparison: {
        action: "review",
        message: () => "comparison on the legacy name: both modes now share one ID; test the thinking setting instead",
        headline: "compared: test the thinking setting instead",
        sarif: {
          short: "Comparison on a retired model name",
          full: "Code compares a model string with a retired name. After the migration both modes share one ID, so the comparison no longer tells them apart.",
          help: "Test the thinking setting instead of the model name."
        }
      },
      "switch-case": {
        action: "review",
        message: () => "branch on the legacy name: both modes now share one ID; branch on the thinking setting instead",
        headline: "branched on: branch on the thinking setting",
        sarif: {
          short: "Branch on a retired model name",
          full: "A switch/case label names a retired model. After the migration both modes share one ID, so the branch can no longer select a mode.",
          help: "Branch on the thinking setting instead of the model name."
        }
      },
      "mapping-key": {
        action: "review",
        message: () => `legacy name used as a key: renaming would merge the ${andList(MODES)} entries; decide what the V4 entry should hold`,
        headline: "table key: decide what the V4 entry holds",
        sarif: {
          short: "Retired model name used as a key",
          full: `A lookup table (pricing, capabilities, labels) is keyed by a retired name; renaming would merge the ${andList(MODES)} entries into one key.`,
          help: "Decide what the V4 entry should hold, then edit the table by hand."
        }
      },
      "collection-both": {
        action: "review",
        message: ({ to }) => `collection holds both legacy names: renaming collapses them into one ${to}; decide how the two modes are represented`,
        headline: "listed with the other name: they would merge",
        sarif: {
          short: "Collection holding both retired names",
          full: `A list, union or enum holds both ${andList(IDS)}; renaming both collapses them into one ID.`,
          help: "Decide how the two modes are represented now (for example one model ID plus a thinking flag)."
        }
      },
      "collection-current": {
        action: "review",
        message: () => "collection already holds a V4 ID: renaming would create a duplicate; remove the legacy entry instead",
        headline: "listed beside its V4 ID: remove this entry",
        sarif: {
          short: "Collection already holding a V4 ID",
          full: "A collection holds a retired name next to its V4 replacement; renaming would create a duplicate.",
          help: "Remove the retired entry."
        }
      },
      openrouter: {
        action: "review",
        message: ({ legacy, detail }) => `OpenRouter slug ${detail.slug ?? legacy}: OpenRouter's own catalog entry, not DeepSeek's retired alias; check the route you want`,
        headline: "OpenRouter's own slug: check the route",
        sarif: {
          short: "OpenRouter slug that looks like a retired name",
          full: `deepseek/${IDS[0]} in an OpenRouter context is OpenRouter's own catalog entry, not DeepSeek's retired alias; it is never re-pointed to V4 automatically.`,
          help: "Check which OpenRouter route you want and change it by hand if needed."
        }
      },
      "other-host": {
        action: "review",
        message: ({ legacy, detail }) => `${legacy} in ${detail.host ? `the model catalog of ${detail.host}` : "another host's model catalog"}: that host's own ID, not DeepSeek's API; check which IDs the host serves now`,
        headline: "another host's catalog: check what it serves",
        sarif: {
          short: "Retired name in another host's model catalog",
          full: "A third-party host or aggregator lists a model under a retired DeepSeek name; the ID is the host's own and follows its catalog, not DeepSeek's retirement.",
          help: "Check the host's current model list and change the entry by hand if needed."
        }
      },
      regex: {
        action: "review",
        message: ({ to }) => `pattern matching the legacy name: decide what it should match now that both modes share ${to}`,
        headline: "in a pattern: decide what it should match",
        sarif: {
          short: "Pattern matching a retired model name",
          full: "A regular expression matches a retired name; after the migration both modes share one ID.",
          help: "Decide what the pattern should match now and edit it by hand."
        }
      },
      "recorded-request": {
        action: "review",
        message: () => "legacy name in a recorded request: re-record this interaction instead of editing the recording",
        headline: "recorded request: re-record it",
        sarif: {
          short: "Retired model name in a recorded request",
          full: "A recorded HTTP interaction (cassette, fixture) sends a retired name; editing the recording would make it disagree with its recorded response.",
          help: "Re-record the interaction against the V4 model."
        }
      },
      "recorded-response": {
        action: "review",
        message: () => "legacy name in a recorded API response: history of what the server answered, not configuration",
        headline: "recorded response: history, re-record or leave",
        sarif: {
          short: "Retired model name in a recorded response",
          full: "A recorded API response names a retired model: a record of what the server answered, not configuration.",
          help: "Leave it, or re-record the interaction."
        }
      },
      snapshot: {
        action: "review",
        message: () => "legacy name in a test snapshot: update it by re-running the tests after the migration",
        headline: "test snapshot: re-run the tests to update it",
        sarif: {
          short: "Retired model name in a test snapshot",
          full: "A test snapshot contains a retired name; snapshots are regenerated, not edited.",
          help: "Re-run the tests with snapshot updating after the migration."
        }
      },
      generated: {
        action: "review",
        message: () => "legacy name in a generated file: change the source it is generated from and regenerate",
        headline: "generated file: change its source, regenerate",
        sarif: {
          short: "Retired model name in a generated file",
          full: "A generated file contains a retired name; edits would be overwritten by the next generation.",
          help: "Change the source it is generated from and regenerate."
        }
      },
      "exported-constant": {
        action: "review",
        message: ({ detail }) => `exported constant ${detail.constant ? `${detail.constant} ` : ""}holds the legacy name: changing it retargets every importer; add a new constant and deprecate this one`,
        headline: "exported constant: add a new one instead",
        sarif: {
          short: "Exported constant holding a retired name",
          full: "An exported constant holds a retired name; changing it silently retargets every importer.",
          help: "Add a new constant with the V4 ID and deprecate this one."
        }
      },
      "migration-prose": {
        action: "review",
        message: () => "text already discusses the migration: rewriting it would misstate history; edit by hand",
        headline: "text about the migration: edit by hand",
        sarif: {
          short: "Text that already discusses the migration",
          full: "Prose that talks about the retirement itself; rewriting the name would misstate history.",
          help: "Edit by hand if the text should change."
        }
      },
      "test-assertion": {
        action: "review",
        message: () => "test asserts legacy-specific behaviour: update the expectation by hand",
        headline: "test expectation: update it by hand",
        sarif: {
          short: "Test asserting legacy-specific behaviour",
          full: "A test feeds the retired name to code that branches on it (a capability check, a table keyed by the names, a validation list), so it expects behaviour tied to that name.",
          help: "Update the expectation by hand to the V4 behaviour."
        }
      },
      "branch-comment": {
        action: "review",
        message: () => "comment documents a branch on the legacy name next to it: rewrite it together with the branch",
        headline: "comment on a name-based branch",
        sarif: {
          short: "Comment documenting a branch on a retired name",
          full: "A comment or docstring explains code beside it that branches on the retired name; after migration both modes share one ID, so the branch and its comment change together.",
          help: "Make the branch test the thinking setting instead of the name, then update the comment."
        }
      },
      "validated-value": {
        action: "review",
        message: () => "value is checked against a validation list holding the legacy names (a schema enum, CLI choices): change the list and the value together",
        headline: "validated value: change it with its list",
        sarif: {
          short: "Retired name checked against a validation list",
          full: "A default or choice validated against a list (schema enum, CLI choices) that holds the retired names; renaming the value alone makes validation reject it.",
          help: "Decide the new list (one V4 ID plus a thinking option), then change the value with it."
        }
      },
      "coupled-text": {
        action: "review",
        message: () => "text tells a user or client to choose a model by the legacy name, and the project's code validates or branches on that name: change both together",
        headline: "text coupled to a name-based branch",
        sarif: {
          short: "Text naming a value the code branches on",
          full: "A prompt, tool description or document tells a client to pick a model by a retired name that code elsewhere in the project validates or branches on; renaming the text alone breaks the coupling.",
          help: "Change the code's validation or branch first (one V4 ID plus a thinking option), then the text."
        }
      },
      "thinking-conflict": {
        action: "review",
        message: ({ legacy, mode, detail }) => `request sets thinking ${detail.found ?? "differently"} but ${legacy} meant thinking ${mode}: decide which behaviour you want`,
        headline: "thinking set otherwise here: decide which",
        sarif: {
          short: "Thinking setting contradicts the retired name",
          full: "The request sets a thinking mode that differs from what the retired name implied.",
          help: "Decide which behaviour you want and make the thinking setting say so."
        }
      },
      "escaped-literal": {
        action: "review",
        message: () => "legacy name inside an escaped or computed string: the source text differs from its value; edit by hand",
        headline: "escaped or computed string: edit by hand",
        sarif: {
          short: "Retired model name in an escaped or computed string",
          full: "The source text of the string differs from its value (escapes, concatenation), so the tool does not guess an edit.",
          help: "Edit the string by hand."
        }
      }
    };
    ADVISORY_CODES = {
      "reasoning-content-dropped": {
        message: "reasoning_content is stripped or ignored: V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise)",
        headline: "reasoning_content dropped: V4 needs it back when tools are used",
        sarif: {
          short: "reasoning_content dropped under thinking mode",
          full: "Code strips or ignores reasoning_content. V4 in thinking mode requires it to be passed back when the request carries tools (HTTP 400 otherwise).",
          help: "Keep reasoning_content in the assistant messages you send back while tools are in use."
        }
      },
      "sampling-ignored": {
        message: "temperature/top_p/penalties are ignored when thinking is enabled",
        headline: "sampling settings are ignored while thinking is enabled",
        sarif: {
          short: "Sampling parameters ignored under thinking mode",
          full: "temperature, top_p and the penalties have no effect when thinking is enabled.",
          help: "Disable thinking for this call if the sampling settings matter."
        }
      },
      "forced-tool-choice": {
        message: "forcing a tool via tool_choice returns HTTP 400 when thinking is enabled",
        headline: "a forced tool_choice fails (HTTP 400) while thinking is enabled",
        sarif: {
          short: "Forced tool_choice fails under thinking mode",
          full: "Forcing a tool via tool_choice returns HTTP 400 when thinking is enabled.",
          help: "Disable thinking for this call or let the model choose the tool."
        }
      },
      "fim-thinking": {
        message: "FIM completion (/beta/completions) works only with thinking disabled",
        headline: "FIM completion works only with thinking disabled",
        sarif: {
          short: "FIM completion needs thinking disabled",
          full: "FIM completion (/beta/completions) works only with thinking disabled.",
          help: "Send thinking {type: disabled} with FIM requests."
        }
      }
    };
    SKIP_LEVELS = {
      binary: "warning",
      "too-large": "warning",
      unreadable: "warning",
      "changed-during-run": "error",
      "write-failed": "warning",
      "parse-error": "error",
      "rule-crash": "error"
    };
  }
});

// src/reporters/json.ts
var json_exports = {};
__export(json_exports, {
  advisoryJson: () => advisoryJson,
  findingJson: () => findingJson,
  jsonReport: () => jsonReport,
  renderJson: () => renderJson
});
function findingJson(f) {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    legacy: f.legacy,
    replacement: f.replacement,
    action: f.action,
    rule: f.rule,
    message: findingMessage(f),
    reason: f.reason,
    thinking: f.thinking,
    thinkingState: f.thinkingState,
    note: f.note
  };
}
function advisoryJson(a) {
  return { rule: a.rule, file: a.file, line: a.line, column: a.column, code: a.code, message: advisoryMessage(a) };
}
function jsonReport(result) {
  return {
    version: 1,
    tool: { name: "deepseek-migrate", retiredAt: RETIRED_AT },
    command: result.command,
    findings: result.files.flatMap((f) => f.findings.map(findingJson)),
    advisories: result.files.flatMap((f) => f.advisories.map(advisoryJson)),
    skipped: result.skipped.map((s) => ({ ...s })),
    leftOut: (result.leftOut ?? []).map((l) => ({ ...l })),
    summary: result.summary
  };
}
function renderJson(result) {
  return `${JSON.stringify(jsonReport(result), null, 2)}
`;
}
var init_json = __esm({
  "src/reporters/json.ts"() {
    "use strict";
    init_catalog();
    init_codes();
  }
});

// src/check/tokens.ts
function hasCandidate(text7) {
  return LEGACY_IDS.some((id) => text7.includes(id));
}
function findOccurrences(text7, from = 0, to = text7.length) {
  const out = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text7); m !== null && m.index < to; m = CANDIDATE.exec(text7)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    const occ = classifyAt(text7, start, end);
    if (occ) out.push(occ);
  }
  return out;
}
function stackedPassThrough(lower) {
  let rest = lower;
  let layers = 0;
  while (rest !== "") {
    const p = PASS_THROUGH_PREFIXES.find((x) => rest.startsWith(x));
    if (!p) return false;
    rest = rest.slice(p.length);
    layers++;
  }
  return layers > 1;
}
function classifyAt(text7, start, end) {
  const legacy = text7.slice(start, end);
  if (!isLegacyId(legacy)) return null;
  const before = start > 0 ? text7[start - 1] : "";
  const after = end < text7.length ? text7[end] : "";
  if (before && WORD_CHAR.test(before)) return null;
  if (after && WORD_CHAR.test(after)) return null;
  if ((after === "." || after === ":") && end + 1 < text7.length && ALNUM.test(text7[end + 1])) return null;
  if (after === "/" || after === "\\" && !/["']/.test(text7[end + 1] ?? "")) return null;
  let runStart = start;
  while (runStart > 0 && !RUN_STOP.test(text7[runStart - 1])) runStart--;
  const run2 = text7.slice(runStart, start);
  if (run2.includes("://") || /^(?:www\.|[a-z0-9-]+\.(?:com|io|ai|org|net|dev)\/)/i.test(run2)) return null;
  let segStart = start;
  while (segStart > 0 && !SEGMENT_STOP.test(text7[segStart - 1])) segStart--;
  const segment = text7.slice(segStart, start);
  if (segment === "") return { start, end, legacy, prefix: "", kind: "plain" };
  const lower = segment.toLowerCase();
  if (PASS_THROUGH_PREFIXES.includes(lower) || stackedPassThrough(lower)) {
    return { start, end, legacy, prefix: segment, kind: "plain" };
  }
  if (/(?:^|[/:])openrouter[/:]deepseek\/$/.test(lower) || lower === "openrouter/deepseek/" || lower === "openrouter:deepseek/") {
    return { start, end, legacy, prefix: segment, kind: "openrouter" };
  }
  if (segment.endsWith("/") || segment.endsWith("\\")) return null;
  if (segment.endsWith(":")) {
    return /^[-A-Za-z_.]*[A-Za-z_]:$/.test(segment) && /(?:model|name|id)$/i.test(segment.slice(0, -1)) ? { start, end, legacy, prefix: "", kind: "plain" } : null;
  }
  if (segment.endsWith(".") || segment.endsWith("@")) return null;
  return { start, end, legacy, prefix: "", kind: "plain" };
}
function lineStarts(text7) {
  const starts = [0];
  if (!text7.includes("\r")) {
    for (let i = text7.indexOf("\n"); i !== -1; i = text7.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text7.length; i++) {
    const c = text7.charCodeAt(i);
    if (c === 10 || c === 13 && text7.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function splitLines(text7) {
  return text7.includes("\r") ? text7.split(/\r\n?|\n/) : text7.split("\n");
}
function lastAtMost(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function position(starts, offset) {
  const i = lastAtMost(starts, offset);
  return { line: i + 1, column: offset - starts[i] + 1 };
}
function lineAround(text7, offset, window = LINE_WINDOW) {
  const lo = Math.max(0, offset - window);
  let start = offset;
  while (start > lo && text7.charCodeAt(start - 1) !== 10) start--;
  const hi = Math.min(text7.length, offset + window);
  let end = offset;
  while (end < hi && text7.charCodeAt(end) !== 10) end++;
  return { start, end };
}
var CANDIDATE, WORD_CHAR, ALNUM, SEGMENT_STOP, RUN_STOP, LINE_WINDOW;
var init_tokens = __esm({
  "src/check/tokens.ts"() {
    "use strict";
    init_catalog();
    CANDIDATE = new RegExp(LEGACY_ALTERNATION, "g");
    WORD_CHAR = /[A-Za-z0-9_-]/;
    ALNUM = /[A-Za-z0-9]/;
    SEGMENT_STOP = /[\s"'`()[\]{}<>,;=|&!?*+^$#%~\\]/;
    RUN_STOP = /[\s"'`()[\]{}<>,;|\\]/;
    LINE_WINDOW = 500;
  }
});

// src/fix/edits.ts
function applyEdits(text7, edits) {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i).map((x) => x.e);
  const parts = [];
  const applied = [];
  const skipped = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text7.length) {
      skipped.push(edit);
      continue;
    }
    parts.push(text7.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
    applied.push(edit);
  }
  parts.push(text7.slice(cursor));
  return { text: parts.join(""), applied, skipped };
}
function uniqueEdits(edits) {
  const seen = /* @__PURE__ */ new Set();
  return edits.filter((e) => {
    const key = `${e.start}:${e.end}:${e.text}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
var init_edits = __esm({
  "src/fix/edits.ts"() {
    "use strict";
  }
});

// rules/openrouter.ts
function enclosing(text7, at) {
  const from = Math.max(0, at - WINDOW);
  const stack = [];
  for (let i2 = from; i2 < at; i2++) {
    const c = text7[i2];
    if (OPEN.includes(c)) stack.push(i2);
    else if (CLOSE.includes(c)) {
      const top = stack[stack.length - 1];
      if (top !== void 0 && OPEN.indexOf(text7[top]) === CLOSE.indexOf(c)) stack.pop();
    }
  }
  const groups = [];
  const to = Math.min(text7.length, at + WINDOW);
  let i = at;
  for (let k = stack.length - 1; k >= 0; k--) {
    const open3 = stack[k];
    const want = CLOSE[OPEN.indexOf(text7[open3])];
    let depth = 0;
    let close = -1;
    for (; i < to; i++) {
      const c = text7[i];
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) {
        if (depth === 0) {
          if (c === want) close = i;
          break;
        }
        depth--;
      }
    }
    if (close === -1) break;
    groups.push({ open: open3, close });
    i = close + 1;
  }
  return groups;
}
function headOf(text7, open3) {
  let depth = 0;
  let i = open3 - 1;
  for (; i >= 0 && open3 - i < 400; i--) {
    const c = text7[i];
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === "," || c === ";" || c === "\n")) break;
  }
  return text7.slice(i + 1, open3);
}
function ownText(text7, g) {
  let out = "";
  let depth = 0;
  for (let i = g.open + 1; i < g.close; i++) {
    const c = text7[i];
    if (depth === 0 && (c === "{" || c === "[")) depth = 1;
    else if (depth > 0) {
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) depth--;
      out += c === "\n" ? "\n" : " ";
      continue;
    }
    out += depth === 0 ? c : " ";
  }
  return out;
}
function memberStart(text7, g, at) {
  const lineStart2 = text7.lastIndexOf("\n", at - 1) + 1;
  const floor = g ? Math.max(g.open + 1, lineStart2) : lineStart2;
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text7[i];
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) depth--;
    else if (depth === 0 && c === ",") return i + 1;
  }
  return floor;
}
function receiverEvidence(text7, head) {
  const m = /((?:self|this)\.[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+\s*$/.exec(head);
  if (!m) return false;
  const name = m[1].replace(/\./g, "\\.").replace(/\$/g, "\\$");
  const assign = new RegExp(`(?<![\\w$.])${name}\\s*(?::[^=\\n]*)?:?=(?!=)`, "g");
  for (let a = assign.exec(text7); a !== null; a = assign.exec(text7)) {
    let depth = 0;
    let end = a.index;
    for (; end < text7.length && end - a.index < 3e3; end++) {
      const c = text7[end];
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c)) depth--;
      else if (c === "\n" && depth <= 0) break;
    }
    if (AS_VALUE.test(text7.slice(a.index, end))) return true;
  }
  return false;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function isHeaderComment(line) {
  const t = line.trim();
  return /^(?:#|\/\/|;|--)/.test(t) && !/[=:]/.test(t.replace(/^(?:#|\/\/|;|--)+/, "").replace(/https?:\/\/\S+/g, ""));
}
function lineEvidence(full, start, path14, bracketed) {
  const from = start > LINES_BEFORE ? full.lastIndexOf("\n", start - LINES_BEFORE) + 1 : 0;
  const cut2 = full.indexOf("\n", Math.min(full.length, start + LINES_AFTER));
  const text7 = full.slice(from, cut2 === -1 ? full.length : cut2);
  const at = start - from;
  const lines = text7.split("\n");
  let row = 0;
  for (let off = 0; row < lines.length; row++) {
    const next = off + lines[row].length + 1;
    if (next > at) break;
    off = next;
  }
  const own = lines[row] ?? "";
  const indent2 = indentOf(own);
  let want = indent2;
  for (let r = row - 1; r >= 0 && want > 0 && row - r < 400; r--) {
    const l = lines[r];
    if (l.trim() === "") continue;
    const i = indentOf(l);
    if (i < want) {
      if (NAMED.test(l)) return true;
      want = i;
    }
  }
  if (DOC.test(path14)) {
    let heading = "";
    let fence = -1;
    for (let r = 0; r < row; r++) {
      const l = lines[r];
      if (/^\s*(?:```|~~~)/.test(l)) fence = fence === -1 ? r : -1;
      else if (fence === -1 && /^#{1,6}\s/.test(l)) heading = l;
    }
    if (NAMED.test(heading)) return true;
    if (fence === -1 || bracketed) return false;
    let end = row;
    while (end + 1 < lines.length && !/^\s*(?:```|~~~)/.test(lines[end + 1])) end++;
    return NAMED.test(lines[fence]) || AS_VALUE.test(lines.slice(fence + 1, end + 1).join("\n"));
  }
  if (bracketed) return false;
  let top = row;
  while (top > 0) {
    const l = lines[top - 1];
    if (l.trim() === "" || indentOf(l) < indent2) break;
    top--;
    if (indentOf(l) === indent2 && isHeaderComment(l)) break;
  }
  let bottom = row;
  while (bottom + 1 < lines.length) {
    const l = lines[bottom + 1];
    if (l.trim() === "" || indentOf(l) < indent2 || indentOf(l) === indent2 && isHeaderComment(l)) break;
    bottom++;
  }
  const section = lines.slice(top, bottom + 1).filter((l) => indentOf(l) === indent2);
  if (section.length > 0 && isHeaderComment(section[0]) && NAMED.test(section[0])) return true;
  return AS_VALUE.test(section.join("\n"));
}
function openRouterAt(text7, start, path14 = "") {
  const groups = enclosing(text7, start);
  const inner2 = groups[0];
  if (NAMED.test(text7.slice(memberStart(text7, inner2, start), start))) return true;
  let call = false;
  for (const g of groups) {
    const head = headOf(text7, g.open);
    if (NAMED.test(head)) return true;
    const bracket = text7[g.open];
    if (bracket !== "[" && AS_VALUE.test(ownText(text7, g))) return true;
    if (!call && bracket === "(") {
      call = true;
      if (receiverEvidence(text7, head)) return true;
    }
  }
  return lineEvidence(text7, start, path14, inner2 !== void 0);
}
var AS_VALUE, NAMED, WINDOW, OPEN, CLOSE, DOC, LINES_BEFORE, LINES_AFTER;
var init_openrouter = __esm({
  "rules/openrouter.ts"() {
    "use strict";
    AS_VALUE = /openrouter\.ai|\b\w*open_?router\w*\s*\(|\bOPEN_?ROUTER_[A-Z0-9_]+|\bopen_?router_\w+|["'`]open_?router["'`](?!\s*:)|\b(?:provider|vendor|host|router|gateway|platform|backend|api_type)["']?\s*[:=]\s*["'`]?open_?router\b/i;
    NAMED = /open_?router/i;
    WINDOW = 6e3;
    OPEN = "([{";
    CLOSE = ")]}";
    DOC = /\.(?:md|mdx|markdown|rst|txt)$/i;
    LINES_BEFORE = 2e4;
    LINES_AFTER = 4e3;
  }
});

// rules/embed.ts
function virtualName(tag) {
  const t = /^\{?\s*\.?([\w#+.-]+)/.exec(tag.trim().toLowerCase())?.[1];
  if (!t) return null;
  const ext = TAGS[t];
  if (!ext) return null;
  if (ext === "env") return "embedded.env";
  if (ext === "properties") return "embedded.properties";
  return `embedded.${ext}`;
}
function isSessionTag(tag) {
  return SESSION_TAGS.has(tag.trim().toLowerCase().split(/[\s{]/)[0] ?? "");
}
function rules() {
  registry ??= Promise.resolve().then(() => (init_rules(), rules_exports)).then((m) => m.RULES);
  return registry;
}
async function ruleForName(name) {
  return (await rules()).find((r) => r.appliesTo(name)) ?? null;
}
async function analyseEmbedded(host, name, view, options2 = {}) {
  const rule = await ruleForName(name);
  if (!rule || rule.id === options2.owner) return null;
  if (options2.validate !== false && rule.validate && await rule.validate(view.text, name) !== null) return null;
  const ctx = { path: name, text: view.text, thinking: host.thinking, openRouter: host.openRouter };
  const out = await rule.check(ctx);
  const checked = options2.validate !== false && rule.validate !== void 0;
  const inserted = out.detections.flatMap((d) => d.extraEdits ?? []);
  const safe = !checked || inserted.length === 0 || await rule.validate(applyEdits(view.text, inserted).text, name) === null;
  const detections = [];
  for (const raw of out.detections) {
    const d = safe ? raw : withoutEdits(raw);
    const start = view.toHost(d.start);
    const end = view.toHost(d.end - 1) + 1;
    if (host.text.slice(start, end) !== view.text.slice(d.start, d.end)) continue;
    detections.push(hostOpenRouter(host, mapEdits({ ...d, start, end }, view)));
  }
  const advisories = (out.advisories ?? []).map((a) => ({ ...a, start: view.toHost(a.start), end: view.toHost(a.end) }));
  return { detections, advisories };
}
function hostOpenRouter(host, d) {
  if (d.reason === "openrouter" || !host.openRouter) return d;
  const prefix = host.text.slice(Math.max(0, d.start - PREFIX.length), d.start);
  if (prefix.toLowerCase() !== PREFIX || !openRouterAt(host.text, d.start - PREFIX.length, host.path)) return d;
  return { start: d.start, end: d.end, legacy: d.legacy, action: "review", reason: "openrouter", detail: { slug: `${prefix}${d.legacy}` }, thinking: "none" };
}
function mapEdits(d, view) {
  if (!d.extraEdits || d.extraEdits.length === 0) return d;
  const edits = d.extraEdits.map((e) => view.edit(e));
  return edits.every((e) => e !== null) ? { ...d, extraEdits: edits } : withoutEdits(d);
}
function withoutEdits(d) {
  if (!d.extraEdits || d.extraEdits.length === 0) return d;
  const { extraEdits: _dropped, ...rest } = d;
  return { ...rest, thinking: "note" };
}
function sliceView(hostText, start, end) {
  return {
    text: hostText.slice(start, end),
    toHost: (i) => start + i,
    edit: (e) => ({ start: start + e.start, end: start + e.end, text: e.text })
  };
}
function linesView(hostText, lines, prefix) {
  const starts = [];
  let text7 = "";
  for (const l of lines) {
    starts.push(text7.length);
    text7 += `${hostText.slice(l.start, l.end)}
`;
  }
  const eol = lines.length > 0 && hostText[lines[0].end] === "\r" ? "\r\n" : "\n";
  const toHost = (i) => {
    if (lines.length === 0) return 0;
    const at = lastAtMost(starts, i);
    const l = lines[at];
    return Math.min(l.start + (i - starts[at]), l.end);
  };
  return {
    text: text7,
    toHost,
    edit(e) {
      const start = toHost(e.start);
      const end = toHost(e.end);
      const atLineEnd = text7[e.end] === "\n";
      const body = e.text.replace(
        /\n(?=([^\n]?))/g,
        (_m, next) => next === "\n" || next === "" && atLineEnd ? eol : `${eol}${prefix}`
      );
      return { start, end, text: body };
    }
  };
}
var TAGS, SESSION_TAGS, registry, PREFIX;
var init_embed = __esm({
  "rules/embed.ts"() {
    "use strict";
    init_tokens();
    init_edits();
    init_openrouter();
    TAGS = {
      python: "py",
      py: "py",
      python3: "py",
      py3: "py",
      ipython: "py",
      ipython3: "py",
      pycon: "py",
      ts: "ts",
      typescript: "ts",
      mts: "ts",
      cts: "ts",
      tsx: "tsx",
      js: "js",
      javascript: "js",
      node: "js",
      mjs: "js",
      cjs: "js",
      jsx: "jsx",
      bash: "sh",
      sh: "sh",
      shell: "sh",
      zsh: "sh",
      console: "sh",
      "shell-session": "sh",
      shellsession: "sh",
      terminal: "sh",
      curl: "sh",
      json: "json",
      jsonc: "jsonc",
      json5: "jsonc",
      yaml: "yaml",
      yml: "yaml",
      toml: "toml",
      env: "env",
      dotenv: "env",
      ini: "ini",
      cfg: "ini",
      properties: "properties",
      http: "http",
      rest: "http",
      go: "go",
      golang: "go",
      java: "java",
      kotlin: "kt",
      kt: "kt",
      rust: "rs",
      rs: "rs",
      ruby: "rb",
      rb: "rb",
      php: "php",
      csharp: "cs",
      cs: "cs",
      "c#": "cs"
    };
    SESSION_TAGS = /* @__PURE__ */ new Set(["console", "shell-session", "shellsession", "terminal"]);
    registry = null;
    PREFIX = "deepseek/";
  }
});

// rules/languages/docs-blocks.ts
function splitLines2(text7, from = 0, to = text7.length) {
  const out = [];
  for (let start = from; start <= to; ) {
    let nl = text7.indexOf("\n", start);
    if (nl === -1 || nl > to) nl = to;
    const end = nl > start && text7[nl - 1] === "\r" ? nl - 1 : nl;
    out.push({ start, end, text: text7.slice(start, end) });
    if (nl >= to) break;
    start = nl + 1;
  }
  return out;
}
function strip(l, n) {
  return { start: l.start + Math.min(n, leading(l.text)), end: l.end };
}
function fences(lines, fallback, prefix) {
  const blocks = [];
  const used = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const open3 = FENCE_OPEN.exec(lines[i].text);
    if (!open3) continue;
    const [, indent2, fence] = open3;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = FENCE_CLOSE.exec(lines[j].text);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
    }
    for (let k = i; k <= Math.min(j, lines.length - 1); k++) used.add(k);
    const tag = open3[3].trim() || fallback;
    if (j < lines.length && tag) {
      const body = lines.slice(i + 1, j).map((l) => strip(l, indent2.length));
      blocks.push({ tag, lines: body, prefix: prefix(lines[i], indent2.length) });
    }
    i = j;
  }
  return { blocks, used };
}
function indentedBody(lines, i, base, options2) {
  let j = i + 1;
  if (options2) while (j < lines.length && !blank(lines[j].text) && leading(lines[j].text) > base && /^\s*:[\w-]+:/.test(lines[j].text)) j++;
  let last2 = -1;
  let depth = Infinity;
  for (let k = j; k < lines.length; k++) {
    const t = lines[k].text;
    if (blank(t)) continue;
    if (leading(t) <= base) break;
    last2 = k;
    depth = Math.min(depth, leading(t));
  }
  if (last2 === -1) return null;
  while (j <= last2 && blank(lines[j].text)) j++;
  const body = lines.slice(j, last2 + 1).map((l) => strip(l, depth));
  return { lines: body, last: last2, indent: lines[j].text.slice(0, depth) };
}
function rstBlocks(lines) {
  const blocks = [];
  let highlight = "python";
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].text;
    const d = RST_DIRECTIVE.exec(l);
    if (d && d[2] === "highlight") {
      if (d[3]) highlight = d[3];
      continue;
    }
    const literal = !d && /::[ \t]*$/.test(l) && !/^\s*\.\./.test(l);
    if (!d && !literal) continue;
    const body = indentedBody(lines, i, leading(l), Boolean(d));
    if (!body) continue;
    const tag = d ? d[2] === "doctest" ? "python" : d[3] || highlight : highlight;
    blocks.push({ tag, lines: body.lines, prefix: body.indent });
    i = body.last;
  }
  return blocks;
}
function adocBlocks(lines) {
  const blocks = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const attr = /^\[(?:source)?,\s*([\w#+.-]+)[^\]]*\]\s*$/.exec(lines[i].text);
    if (!attr) continue;
    const delim = lines[i + 1].text.trim();
    if (!/^-{4,}$/.test(delim)) continue;
    let j = i + 2;
    while (j < lines.length && lines[j].text.trim() !== delim) j++;
    if (j >= lines.length) break;
    blocks.push({ tag: attr[1], lines: lines.slice(i + 2, j).map((l) => strip(l, 0)), prefix: "" });
    i = j;
  }
  return blocks;
}
function documentBlocks(path14, text7) {
  const lines = splitLines2(text7);
  if (MARKDOWN.test(path14)) return fences(lines, null, (l, n) => l.text.slice(0, n)).blocks;
  if (RST.test(path14)) return rstBlocks(lines);
  if (ADOC.test(path14)) return adocBlocks(lines);
  return [];
}
function commentBlocks(hostText, content, hostTag) {
  const lines = content.map((c) => ({ start: c.start, end: c.end, text: hostText.slice(c.start, c.end) }));
  const prefixOf = (l, indent2) => hostText.slice(lineStartOf(hostText, l.start), l.start) + l.text.slice(0, indent2);
  const { blocks, used } = fences(lines, hostTag, prefixOf);
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const t = lines[i].text;
    if (JSDOC_EXAMPLE.test(t)) {
      let j = i + 1;
      while (j < lines.length && !JSDOC_TAG.test(lines[j].text) && !used.has(j)) j++;
      const body = lines.slice(i + 1, j);
      const depth = Math.min(...body.filter((l) => !blank(l.text)).map((l) => leading(l.text)));
      if (Number.isFinite(depth) && body.length > 0) {
        const firstCode = body.find((l) => !blank(l.text));
        blocks.push({ tag: hostTag, lines: body.map((l) => strip(l, depth)), prefix: prefixOf(firstCode, depth) });
      }
      i = j - 1;
      continue;
    }
    if (EXAMPLE_HEADER.test(t) || /::[ \t]*$/.test(t) && !/^\s*\.\./.test(t) || /^[ \t]*>>>[ \t]/.test(t)) {
      if (/^[ \t]*>>>[ \t]/.test(t)) {
        let j = i;
        while (j < lines.length && !blank(lines[j].text) && !used.has(j)) j++;
        blocks.push({ tag: hostTag, lines: lines.slice(i, j).map((l) => strip(l, 0)), prefix: prefixOf(lines[i], 0) });
        i = j - 1;
        continue;
      }
      const body = indentedBody(lines, i, leading(t), false);
      if (!body) continue;
      const firstLine2 = lines.find((l) => l.start <= body.lines[0].start && body.lines[0].start <= l.end);
      blocks.push({ tag: hostTag, lines: body.lines, prefix: prefixOf(firstLine2, body.lines[0].start - firstLine2.start) });
      i = body.last;
    }
  }
  return blocks;
}
function lineStartOf(text7, offset) {
  return text7.lastIndexOf("\n", offset - 1) + 1;
}
function doctest(hostText, block) {
  const texts = block.lines.map((l) => hostText.slice(l.start, l.end));
  const first = texts.find((t) => !blank(t));
  if (first === void 0 || !/^[ \t]*>>>(?:[ \t]|$)/.test(first)) return null;
  const lines = [];
  let prompt = "";
  block.lines.forEach((l, i) => {
    const m = /^([ \t]*)(>>>|\.\.\.)([ \t]|$)/.exec(texts[i]);
    if (!m) return;
    if (!prompt) prompt = m[1];
    lines.push({ start: l.start + m[0].length, end: l.end });
  });
  return { tag: block.tag, lines, prefix: `${block.prefix}${prompt}... ` };
}
function session(hostText, block) {
  const lines = [];
  let continued = false;
  for (const l of block.lines) {
    const t = hostText.slice(l.start, l.end);
    const m = /^[ \t]*\$[ \t]/.exec(t);
    if (m && !continued) lines.push({ start: l.start + m[0].length, end: l.end });
    else if (continued) lines.push(l);
    else continue;
    continued = /\\$/.test(t);
  }
  return lines.length > 0 ? { tag: block.tag, lines, prefix: block.prefix } : null;
}
async function embedBlocks(ctx, blocks, owner) {
  const out = { detections: [], advisories: [], judged: /* @__PURE__ */ new Set() };
  for (const raw of blocks) {
    if (raw.lines.length === 0) continue;
    const from = raw.lines[0].start;
    const to = raw.lines[raw.lines.length - 1].end;
    if (findOccurrences(ctx.text, from, to).length === 0) continue;
    const name = virtualName(raw.tag);
    if (!name) continue;
    const block = (/\.py$/.test(name) ? doctest(ctx.text, raw) : isSessionTag(raw.tag) ? session(ctx.text, raw) : null) ?? raw;
    const result = await analyseEmbedded(ctx, name, linesView(ctx.text, block.lines, block.prefix), owner === void 0 ? {} : { owner });
    if (!result) continue;
    for (const d of result.detections) {
      if (out.judged.has(d.start)) continue;
      out.judged.add(d.start);
      out.detections.push(d);
    }
    out.advisories.push(...result.advisories ?? []);
  }
  return out;
}
var leading, blank, FENCE_OPEN, FENCE_CLOSE, RST_DIRECTIVE, MARKDOWN, RST, ADOC, EXAMPLE_HEADER, JSDOC_EXAMPLE, JSDOC_TAG;
var init_docs_blocks = __esm({
  "rules/languages/docs-blocks.ts"() {
    "use strict";
    init_tokens();
    init_embed();
    leading = (s) => /^[ \t]*/.exec(s)[0].length;
    blank = (s) => s.trim() === "";
    FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\n]*)$/;
    FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
    RST_DIRECTIVE = /^([ \t]*)\.\.[ \t]+(code-block|code|sourcecode|doctest|highlight)::[ \t]*(\S*)/;
    MARKDOWN = /\.(?:md|markdown|mdx)$/i;
    RST = /\.rst$/i;
    ADOC = /\.(?:adoc|asciidoc)$/i;
    EXAMPLE_HEADER = /^[ \t]*(?:examples?|usage|example usage|for example|e\.g\.)[ \t]*:{1,2}[ \t]*$/i;
    JSDOC_EXAMPLE = /^[ \t]*@example\b/;
    JSDOC_TAG = /^[ \t]*@\w+/;
  }
});

// rules/checks/collection.ts
function collectionReason(members2, legacy) {
  if (mentionsOther(members2, legacy)) return "collection-both";
  if (mentionsCurrent(members2)) return "collection-current";
  return null;
}
function containerVerdicts() {
  const judged = /* @__PURE__ */ new Map();
  return (container, what, legacy, judge) => {
    let answers = judged.get(container);
    if (!answers) judged.set(container, answers = /* @__PURE__ */ new Map());
    const key = `${what}:${legacy}`;
    if (!answers.has(key)) answers.set(key, judge());
    return answers.get(key);
  };
}
function collectionLine({ text: text7, occ, prose, litStart, litEnd }) {
  if (prose) return null;
  const span = enclosingList(text7, litStart, litEnd);
  return span ? collectionReason(text7.slice(span.start, span.end), occ.legacy) : null;
}
var init_collection = __esm({
  "rules/checks/collection.ts"() {
    "use strict";
    init_shared();
  }
});

// rules/checks/comparison.ts
function comparisonLine({ path: path14, prose, quoted, before, after }) {
  if (/(?:^|[^=!<>])(?:===?|!==?|<>)$/.test(before)) return "comparison";
  if (!prose && (/\s(?:-eq|-ne)$/.test(before) || quoted && /\s(?:eq|ne|is|is not|not in|in)$/.test(before))) return "comparison";
  if (/^(?:===?|!==?)(?!=)|^\.(?:equals|equalsIgnoreCase|contentEquals|startsWith|endsWith)\(/.test(after)) return "comparison";
  if (MEMBERSHIP_CALL.test(before)) return "comparison";
  if (/\.sql$/i.test(path14) && /(?:^|\s)(?:=|<>|!=|like|in\s*\()\s*$/i.test(before)) return "comparison";
  if (/\[\[?\s.*\s(?:==?|!=)\s*$/.test(before)) return "comparison";
  return null;
}
var MEMBERSHIP_CALL;
var init_comparison = __esm({
  "rules/checks/comparison.ts"() {
    "use strict";
    MEMBERSHIP_CALL = /(?:\.equals|\.equalsIgnoreCase|EqualFold|strcmp|strcasecmp|\.Contains|\.contains|\.includes|\.has|in_array|\.startsWith|HasPrefix|Equal|assertEquals?|assert_eq!?)\(\s*(?:[\w.$]+\s*,\s*)?$/;
  }
});

// rules/checks/mapping-key.ts
function mappingKeyLine({ prose, quoted, before, after }) {
  if (quoted && (prose ? /^(?::(?![:=])|=>)/ : /^(?::(?![:=])|=>|\s*to\s)/).test(after)) return "mapping-key";
  if (!prose && /\[$/.test(before) && /^\]/.test(after)) return "mapping-key";
  if (/\.(?:put|get|getOrDefault|set|containsKey|remove)\(\s*$/.test(before)) return "mapping-key";
  return null;
}
var init_mapping_key = __esm({
  "rules/checks/mapping-key.ts"() {
    "use strict";
  }
});

// rules/checks/regex.ts
function regexLine({ text: text7, occ, idStart, lineStart: lineStart2, before }) {
  if (text7[idStart - 1] === "^" || text7[occ.end] === "$" || /\\b$/.test(text7.slice(lineStart2, idStart))) return "regex";
  return PATTERN_CALL.test(before) ? "regex" : null;
}
var PATTERN_CALL;
var init_regex = __esm({
  "rules/checks/regex.ts"() {
    "use strict";
    PATTERN_CALL = /(?:MustCompile|Regexp?(?:\.new|\.compile)?|Pattern\.compile|preg_(?:match|replace)\w*|re\.(?:compile|match|search|fullmatch|sub)|=~|\bgrep(?:\s+-[-\w]+)*|\bsed\s+(?:-\w+\s+)*['"]?s)\s*\(?\s*[rR]?$/;
  }
});

// rules/checks/switch-case.ts
function switchCaseLine({ prose, quoted, before, after }) {
  if (prose) return null;
  if (quoted && /(?:^|[\s{;])(?:case|when)(?:\s+[^:]*,)?$/.test(before)) return "switch-case";
  if (/^\s*(?:\||\))/.test(after) && /^\s*(?:['"]?[\w./:@-]+['"]?\s*\|\s*)*$/.test(before)) return "switch-case";
  if (/^=>/.test(after) && /^\s*(?:\||$)/.test(before)) return "switch-case";
  return null;
}
var init_switch_case = __esm({
  "rules/checks/switch-case.ts"() {
    "use strict";
  }
});

// rules/checks/line.ts
function lineHeuristic(text7, occ, path14, prose = false) {
  const { start: ls, end: le } = lineAround(text7, occ.start);
  const idStart = occ.start - occ.prefix.length;
  const q = idStart > 0 ? text7[idStart - 1] : "";
  const quoted = QUOTES.has(q) && text7[occ.end] === q;
  const litStart = quoted ? idStart - 1 : idStart;
  const litEnd = quoted ? occ.end + 1 : occ.end;
  const before = text7.slice(Math.max(ls, litStart - WINDOW2), litStart).trimEnd();
  const after = text7.slice(litEnd, Math.min(le, litEnd + WINDOW2)).trimStart();
  const facts2 = { text: text7, path: path14, occ, prose, lineStart: ls, idStart, quoted, litStart, litEnd, before, after };
  for (const check of LINE_CHECKS) {
    const reason = check(facts2);
    if (reason !== null) return reason;
  }
  return null;
}
var LINE_CHECKS, WINDOW2, QUOTES;
var init_line = __esm({
  "rules/checks/line.ts"() {
    "use strict";
    init_tokens();
    init_collection();
    init_comparison();
    init_mapping_key();
    init_regex();
    init_switch_case();
    LINE_CHECKS = [regexLine, comparisonLine, switchCaseLine, mappingKeyLine, collectionLine];
    WINDOW2 = 400;
    QUOTES = /* @__PURE__ */ new Set(['"', "'", "`"]);
  }
});

// rules/shared.ts
function isOpenRouterSlug(occ, ctx) {
  if (occ.kind === "openrouter") return true;
  if (occ.prefix.toLowerCase() !== "deepseek/" || !ctx.openRouter) return false;
  return ctx.text === void 0 || openRouterAt(ctx.text, occ.start - occ.prefix.length, ctx.path);
}
function detect(occ, ctx, action, reason, extra = {}) {
  if (isOpenRouterSlug(occ, ctx)) {
    return { start: occ.start, end: occ.end, legacy: occ.legacy, action: "review", reason: "openrouter", detail: { slug: `${occ.prefix}${occ.legacy}` }, thinking: "none" };
  }
  const thinking = extra.thinking ?? (action === "review" ? "none" : void 0);
  return { start: occ.start, end: occ.end, legacy: occ.legacy, action, reason, ...extra, ...thinking ? { thinking } : {} };
}
function mentionsOther(text7, id) {
  return findOccurrences(text7).some((o) => o.legacy !== id);
}
function mentions(text7, id) {
  return findOccurrences(text7).some((o) => o.legacy === id);
}
function mentionsCurrent(text7) {
  return CURRENT_IDS.some((id) => new RegExp(`(?<![\\w-])${id.replace(/[-.]/g, "\\$&")}(?![\\w-])`).test(text7));
}
function enclosingList(text7, from, to) {
  const LIMIT2 = 2e3;
  let depth = 0;
  let open3 = -1;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT2); i--) {
    const c = text7[i];
    if (c === ")" || c === "]" || c === "}") depth++;
    else if (c === "(" || c === "[" || c === "{") {
      if (depth === 0) {
        open3 = i;
        break;
      }
      depth--;
    } else if (c === ";" && depth === 0) return null;
  }
  if (open3 === -1) return null;
  const closeChar = text7[open3] === "(" ? ")" : text7[open3] === "[" ? "]" : "}";
  depth = 0;
  for (let i = to; i < Math.min(text7.length, to + LIMIT2); i++) {
    const c = text7[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) {
        if (c !== closeChar) return null;
        const inner2 = text7.slice(open3 + 1, i);
        if (/;|\breturn\b|:=|\bif\b|\bfunc\b|\bdef\b/.test(inner2)) return null;
        return { start: open3 + 1, end: i };
      }
      depth--;
    }
  }
  return null;
}
function isMigrationProse(text7, start, end) {
  const { joined, at, atEnd } = proseBlock(text7, start, end);
  const sentence = sentenceAround(joined, at, atEnd);
  if (mentionsCurrent(sentence.text) || MIGRATION_WORDS.test(sentence.text)) return true;
  const next = nextSentence(joined, sentence.end);
  return ANAPHORA.test(next) && (mentionsCurrent(next) || MIGRATION_WORDS.test(next));
}
function proseNamesOther(text7, start, end, own) {
  const { joined } = proseBlock(text7, start, end);
  let from = 0;
  for (let i = 0; i <= joined.length; i++) {
    if (i < joined.length && !isTerminator(joined, i)) continue;
    const sentence = joined.slice(from, i + 1);
    if (mentionsOther(sentence, own) && !mentionsCurrent(sentence) && !MIGRATION_WORDS.test(sentence)) return true;
    from = i + 1;
  }
  return false;
}
function proseBlock(text7, start, end) {
  const { start: ls, end: le } = lineAround(text7, start, 2 * WINDOW3);
  const cut2 = ls > 0 && text7.charCodeAt(ls - 1) !== 10 || le < text7.length && text7.charCodeAt(le) !== 10;
  if (cut2) return { joined: text7.slice(ls, le), at: start - ls, atEnd: end - ls };
  const line = text7.slice(ls, le).replace(/\r$/, "");
  const mark = COMMENT_MARK.exec(line);
  const markText = mark?.[1] ?? null;
  const beforeOcc = text7.slice(ls, start);
  const commentAt2 = markText === null ? trailingComment(beforeOcc) : -1;
  if (commentAt2 !== -1) {
    const own = line.slice(commentAt2);
    return { joined: own, at: start - ls - commentAt2, atEnd: end - ls - commentAt2 };
  }
  const ownBody = markText === null ? line : line.slice(mark[0].length);
  const ownOffset = markText === null ? 0 : mark[0].length;
  if (CODE_LIKE.test(ownBody) || markText === null && insideFence(text7, ls)) {
    return { joined: ownBody, at: start - ls - ownOffset, atEnd: end - ls - ownOffset };
  }
  const strip2 = (l) => {
    const clean = l.replace(/\r$/, "");
    if (markText === null) return BLOCK_START.test(clean) || CODE_LIKE.test(clean) ? null : clean.trim();
    const m = COMMENT_MARK.exec(clean);
    if (!m || m[1] !== markText) return null;
    const body = clean.slice(m[0].length).replace(/\*\/\s*$|-->\s*$/, "").trim();
    return body === "" || CODE_LIKE.test(body) ? null : body;
  };
  const before = [];
  if (markText !== null || !BLOCK_START.test(line)) {
    for (const l of neighbourLines(text7, ls, -1)) {
      const body = strip2(l);
      if (body === null) break;
      before.unshift(body);
    }
  }
  const after = [];
  for (const l of neighbourLines(text7, le, 1)) {
    const body = strip2(l);
    if (body === null) break;
    after.push(body);
  }
  const prefix = before.length > 0 ? `${before.join(" ")} ` : "";
  const at = prefix.length + (start - ls - ownOffset);
  const joined = `${prefix}${ownBody}${after.length > 0 ? ` ${after.join(" ")}` : ""}`;
  return { joined, at, atEnd: at + (end - start) };
}
function trailingComment(beforeOcc) {
  const m = /(?:^|\s)(?:\/\/|#|--)\s|\/\*/.exec(beforeOcc);
  return m ? m.index + (m[0].length - m[0].trimStart().length) : -1;
}
function insideFence(text7, lineStart2) {
  if (fenceCache?.text !== text7) {
    const starts = [];
    for (const m of text7.matchAll(/^\s*(?:```|~~~)/gm)) starts.push(m.index);
    fenceCache = { text: text7, starts };
  }
  let count = 0;
  for (const at of fenceCache.starts) {
    if (at >= lineStart2) break;
    count++;
  }
  return count % 2 === 1;
}
function neighbourLines(text7, edge, direction) {
  const out = [];
  let cursor = edge;
  for (let i = 0; i < MAX_LINES; i++) {
    if (direction === -1) {
      if (cursor <= 0) break;
      const end = cursor - 1;
      const start = text7.lastIndexOf("\n", end - 1) + 1;
      out.push(text7.slice(Math.max(start, end - 2 * WINDOW3), end));
      cursor = start;
    } else {
      if (cursor >= text7.length) break;
      const start = cursor + 1;
      let end = text7.indexOf("\n", start);
      if (end === -1) end = text7.length;
      out.push(text7.slice(start, Math.min(end, start + 2 * WINDOW3)));
      cursor = end;
    }
  }
  return out;
}
function isTerminator(text7, i) {
  const c = text7[i];
  if (c !== "." && c !== "!" && c !== "?") return false;
  const next = text7[i + 1];
  if (next !== void 0 && !/\s/.test(next)) return false;
  return !(c === "." && ABBREVIATION.test(text7.slice(Math.max(0, i - 4), i + 1)));
}
function sentenceAround(text7, at, atEnd) {
  let s = at;
  while (s > 0 && !isTerminator(text7, s - 1)) s--;
  let e = atEnd;
  while (e < text7.length && !isTerminator(text7, e)) e++;
  return { text: text7.slice(s, Math.min(text7.length, e + 1)), end: Math.min(text7.length, e + 1) };
}
function nextSentence(text7, from) {
  const rest = text7.slice(from).trimStart();
  let e = 0;
  while (e < rest.length && !isTerminator(rest, e)) e++;
  return rest.slice(0, e + 1);
}
var WINDOW3, MIGRATION_WORDS, COMMENT_MARK, BLOCK_START, ANAPHORA, ABBREVIATION, MAX_LINES, CODE_LIKE, fenceCache;
var init_shared = __esm({
  "rules/shared.ts"() {
    "use strict";
    init_catalog();
    init_tokens();
    init_openrouter();
    init_collection();
    init_line();
    WINDOW3 = 400;
    MIGRATION_WORDS = /\b(?:deprecat\w*|retire[ds]?|retirement|legacy|alias(?:es|ed)?|sunset\w*|migrat\w*|renamed|replaced|superseded|successor|no longer|formerly|previously|discontinued|end[- ]of[- ]life|old (?:model )?names?)\b|\bV4\b|2026-07-24/i;
    COMMENT_MARK = /^\s*(\/\/+|#+|--|\/\*+|\*+(?!\/)|;+|%+|<!--|rem\s)\s?/i;
    BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\||```|~~~|$)/;
    ANAPHORA = /^(?:it|this|that|these|those|they|both|the (?:old|former|legacy) )\b/i;
    ABBREVIATION = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf)\.$/i;
    MAX_LINES = 4;
    CODE_LIKE = /^\s*(?:-\s+)?["'`]?[\w.$-]+["'`]?\s*(?:[:=]|=>)\s*["'`]?[^\s"'`]*["'`]?,?\s*(?:$|#|\/\/)|[{};]\s*$|^\s*[}\])]|[\w$]\([^)]*\)\s*;?\s*$/;
    fenceCache = null;
  }
});

// rules/checks/prose.ts
function splitLines3(text7) {
  const out = [];
  for (let start = 0; start <= text7.length; ) {
    let nl = text7.indexOf("\n", start);
    if (nl === -1) nl = text7.length;
    const end = text7[nl - 1] === "\r" ? nl - 1 : nl;
    out.push({ start, end, text: text7.slice(start, end) });
    if (nl === text7.length) break;
    start = nl + 1;
  }
  return out;
}
function isPipeDelimiter(line) {
  if (!line.includes("|") || !line.includes("-")) return false;
  const cells = line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  return cells.every((c) => PIPE_DELIMITER_CELL.test(c));
}
function docStructure(path14, text7) {
  const rst = /\.rst$/i.test(path14);
  const adoc = /\.(?:adoc|asciidoc)$/i.test(path14);
  const lines = splitLines3(text7);
  const n = lines.length;
  const role = new Array(n);
  const code = [];
  const tables = [];
  const lists = [];
  const headings = [];
  const span = (from, to) => ({ start: lines[from].start, end: lines[to].end });
  const indentedBody2 = (from, base) => {
    let last2 = from - 1;
    for (let j = from; j < n; j++) {
      const l = lines[j].text;
      if (blank2(l)) continue;
      if (indent(l) <= base) break;
      last2 = j;
    }
    return last2;
  };
  for (let i = 0; i < n; i++) {
    const l = lines[i].text;
    const fence = FENCE.exec(l);
    const adocOpen = adoc && ADOC_DELIMITER.test(l) ? l.trim() : null;
    if (fence || adocOpen) {
      let j = i + 1;
      for (; j < n; j++) {
        const t = lines[j].text;
        if (fence) {
          const close = /^\s*(`{3,}|~{3,})\s*$/.exec(t);
          if (close && close[1][0] === fence[1][0] && close[1].length >= fence[1].length) break;
        } else if (t.trim() === adocOpen) break;
      }
      const last2 = Math.min(j, n - 1);
      for (let k = i; k <= last2; k++) role[k] = "code";
      code.push(span(i, last2));
      i = last2;
      continue;
    }
    const directive = RST_CODE_DIRECTIVE.exec(l);
    const literal = rst && !directive && /::\s*$/.test(l) && !/^\s*\.\./.test(l);
    if (directive || literal) {
      const last2 = indentedBody2(i + 1, directive ? directive[1].length : indent(l));
      if (last2 > i) {
        for (let k = directive ? i : i + 1; k <= last2; k++) role[k] = "code";
        code.push(span(directive ? i : i + 1, last2));
        i = last2;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (role[i]) continue;
    const l = lines[i].text;
    const directive = RST_TABLE_DIRECTIVE.exec(l);
    if (directive) {
      const last2 = indentedBody2(i + 1, directive[1].length);
      for (let k = i; k <= last2; k++) role[k] = "table";
      tables.push(span(i, Math.max(i, last2)));
      i = Math.max(i, last2);
      continue;
    }
    if (SIMPLE_TABLE_BORDER.test(l)) {
      let j2 = i + 1;
      for (; j2 < n; j2++) {
        if (role[j2]) break;
        if (SIMPLE_TABLE_BORDER.test(lines[j2].text) && (j2 + 1 >= n || blank2(lines[j2 + 1].text))) break;
      }
      if (j2 < n && !role[j2]) {
        for (let k = i; k <= j2; k++) role[k] = "table";
        tables.push(span(i, j2));
        i = j2;
      }
      continue;
    }
    const cellLine = (t) => /^\s*\|/.test(t) || GRID_BORDER.test(t) || t.includes("|") && !blank2(t);
    if (!cellLine(l)) continue;
    let j = i;
    while (j + 1 < n && !role[j + 1] && cellLine(lines[j + 1].text)) j++;
    const run2 = lines.slice(i, j + 1).map((x) => x.text);
    const delimited = run2.some(isPipeDelimiter) || run2.some((t) => GRID_BORDER.test(t));
    const piped = run2.length >= 2 && run2.every((t) => /^\s*[|+]/.test(t));
    if (delimited || piped) {
      for (let k = i; k <= j; k++) role[k] = "table";
      tables.push(span(i, j));
    }
    i = j;
  }
  const styles = [];
  for (let i = 0; i < n; i++) {
    if (role[i]) continue;
    const l = lines[i].text;
    if (blank2(l)) continue;
    const atx = rst ? null : (adoc ? ADOC_HEADING : ATX_HEADING).exec(l);
    let level = 0;
    if (atx) level = atx[1].length;
    else if (i + 1 < n && !role[i + 1] && !LIST_ITEM.test(l) && !UNDERLINE.test(l)) {
      const under = UNDERLINE.exec(lines[i + 1].text);
      const ch = under?.[1];
      if (ch && (rst || ch === "=" || ch === "-")) {
        const over = i > 0 && !role[i - 1] && lines[i - 1].text.trim() === lines[i + 1].text.trim();
        if (rst) {
          const style = `${ch}${over ? "o" : ""}`;
          if (!styles.includes(style)) styles.push(style);
          level = styles.indexOf(style) + 1;
        } else level = ch === "=" ? 1 : 2;
        role[i + 1] = "adornment";
        if (over) role[i - 1] = "adornment";
      }
    }
    if (level === 0) continue;
    role[i] = "title";
    let parent = headings.length - 1;
    while (parent >= 0 && headings[parent].level >= level) parent = headings[parent].parent;
    headings.push({ start: lines[i].start, end: lines[i].end, level, parent });
  }
  for (let i = 0; i < n; i++) {
    if (role[i] || !LIST_ITEM.test(lines[i].text)) continue;
    let last2 = i;
    for (let j = i + 1; j < n; j++) {
      const t = lines[j].text;
      if (role[j] === "title" || role[j] === "adornment" || role[j] === "table") break;
      if (role[j] === "code") {
        if (indent(t) === 0) break;
        last2 = j;
        continue;
      }
      if (blank2(t)) {
        let k = j + 1;
        while (k < n && blank2(lines[k].text)) k++;
        if (k >= n || role[k] || !LIST_ITEM.test(lines[k].text) && indent(lines[k].text) === 0) break;
        j = k - 1;
        continue;
      }
      last2 = j;
    }
    lists.push(span(i, last2));
    i = last2;
  }
  return { code, tables, lists, headings, memo: /* @__PURE__ */ new Map(), titleCounts: /* @__PURE__ */ new Map() };
}
function rangeAt(ranges, offset) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const r = ranges[mid];
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return r;
  }
  return null;
}
function inCodeBlock(doc, offset) {
  return rangeAt(doc.code, offset) !== null;
}
function proseOf(doc, text7, range) {
  let out = "";
  let at = range.start;
  let lo = 0;
  let hi = doc.code.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (doc.code[mid].end < range.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.code.length && doc.code[i].start <= range.end; i++) {
    const c = doc.code[i];
    out += text7.slice(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  return out + text7.slice(at, Math.max(at, range.end));
}
function headingAt(doc, start, end) {
  let lo = 0;
  let hi = doc.headings.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const h = doc.headings[mid];
    if (end <= h.start) hi = mid - 1;
    else if (start >= h.end) lo = mid + 1;
    else return h.start <= start && end <= h.end ? mid : -1;
  }
  return -1;
}
function titleFlags(title) {
  return Object.fromEntries([...LEGACY_IDS.map((id) => [id, mentions(title, id) ? 1 : 0]), [CURRENT, mentionsCurrent(title) ? 1 : 0]]);
}
function titleCounts(doc, text7, h) {
  if (doc.titleCounts.size === 0) {
    for (const x of doc.headings) {
      const key = `${x.parent}:${x.level}`;
      const c = doc.titleCounts.get(key);
      const f = titleFlags(text7.slice(x.start, x.end));
      doc.titleCounts.set(key, c ? Object.fromEntries(Object.entries(f).map(([k, n]) => [k, n + c[k]])) : f);
    }
  }
  return doc.titleCounts.get(`${h.parent}:${h.level}`);
}
function memo(doc, key, compute) {
  if (doc.memo.has(key)) return doc.memo.get(key);
  const v = compute();
  doc.memo.set(key, v);
  return v;
}
function inlineCode(text7, start, end) {
  let ls = start;
  while (ls > 0 && text7[ls - 1] !== "\n" && start - ls < 2e3) ls--;
  let le = end;
  while (le < text7.length && text7[le] !== "\n" && le - end < 2e3) le++;
  const line = text7.slice(ls, le);
  const runs = [...line.matchAll(/`+/g)];
  for (let a = 0; a < runs.length; a++) {
    const open3 = runs[a];
    const close = runs.slice(a + 1).find((r) => r[0].length === open3[0].length);
    if (!close) continue;
    const from = ls + open3.index + open3[0].length;
    const to = ls + close.index;
    if (from <= start && end <= to) {
      const inner2 = text7.slice(from, to).trim().replace(/^["']|["']$/g, "");
      return NAME_ONLY.test(inner2) ? null : { start: from, end: to };
    }
    a = runs.indexOf(close);
  }
  return null;
}
function proseReason(text7, occ, doc = null) {
  if (isMigrationProse(text7, occ.start, occ.end)) return "migration-prose";
  const code = doc ? inlineCode(text7, occ.start, occ.end) : null;
  const local = code ? lineHeuristic(text7.slice(code.start, code.end), { ...occ, start: occ.start - code.start, end: occ.end - code.start }, "inline-code") : lineHeuristic(text7, occ, "prose", true);
  if (local) return local;
  if (doc) {
    const group = rangeAt(doc.tables, occ.start) ?? rangeAt(doc.lists, occ.start);
    if (group) {
      const reason = memo(doc, `${group.start}:${occ.legacy}`, () => collectionReason(proseOf(doc, text7, group), occ.legacy));
      if (reason) return reason;
    }
    const h = headingAt(doc, occ.start, occ.end);
    if (h !== -1) {
      const own = doc.headings[h];
      const counts = titleCounts(doc, text7, own);
      const mine = titleFlags(text7.slice(own.start, own.end));
      if (LEGACY_IDS.some((id) => id !== occ.legacy && counts[id] - mine[id] > 0)) return "collection-both";
      if (counts[CURRENT] - mine[CURRENT] > 0) return "collection-current";
    }
  }
  if (proseNamesOther(text7, occ.start, occ.end, occ.legacy)) return "collection-both";
  return null;
}
var FENCE, RST_CODE_DIRECTIVE, RST_TABLE_DIRECTIVE, ADOC_DELIMITER, PIPE_DELIMITER_CELL, GRID_BORDER, SIMPLE_TABLE_BORDER, ATX_HEADING, ADOC_HEADING, UNDERLINE, LIST_ITEM, indent, blank2, CURRENT, NAME_ONLY;
var init_prose = __esm({
  "rules/checks/prose.ts"() {
    "use strict";
    init_catalog();
    init_shared();
    FENCE = /^\s*(`{3,}|~{3,})/;
    RST_CODE_DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode|highlight|literalinclude|parsed-literal|doctest|productionlist)::/;
    RST_TABLE_DIRECTIVE = /^(\s*)\.\.\s+(?:list-table|csv-table|table)::/;
    ADOC_DELIMITER = /^(?:-{4,}|\.{4,})\s*$/;
    PIPE_DELIMITER_CELL = /^\s*:?-+:?\s*$/;
    GRID_BORDER = /^\s*\+[-=+:]+\+\s*$/;
    SIMPLE_TABLE_BORDER = /^\s*=+(?:[ \t]+=+)+\s*$/;
    ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
    ADOC_HEADING = /^(={1,6})[ \t]+\S/;
    UNDERLINE = /^\s*([=\-~^"'`#*+:.<>_])\1{2,}\s*$/;
    LIST_ITEM = /^(\s*)(?:[-*+•]|\d{1,3}[.)]|#\.)[ \t]+\S/;
    indent = (s) => /^\s*/.exec(s)[0].length;
    blank2 = (s) => s.trim() === "";
    CURRENT = "current";
    NAME_ONLY = new RegExp(`^(?:@?deepseek[/:])?(?:${LEGACY_ALTERNATION})$`);
  }
});

// rules/sdks/agno.ts
var ORIGIN, OPENAI, text, agno;
var init_agno = __esm({
  "rules/sdks/agno.ts"() {
    "use strict";
    ORIGIN = /^agno\.models\.deepseek(?:\.deepseek)?\.DeepSeek$/;
    OPENAI = /^agno\.models\.openai(?:\.like|\.chat)?\.(?:OpenAILike|OpenAIChat)$/;
    text = (v) => v.kind === "literal" || v.kind === "opaque" ? v.text : "";
    agno = {
      id: "agno",
      recognise: (r) => {
        if (r.language !== "python" || r.via !== "id") return false;
        const origin = r.origin ?? "";
        return ORIGIN.test(origin) || OPENAI.test(origin) && /deepseek/i.test(text(r.target.read(["base_url"])));
      },
      thinkingAt: ["extra_body", "thinking"],
      switchAt: ["use_thinking"],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+agno\.models\.deepseek\b/m }],
      snippet: (mode) => `DeepSeek(id=..., extra_body={"thinking": {"type": "${mode}"}})`
    };
  }
});

// rules/sdks/agno-litellm.ts
var ORIGIN2, agnoLitellm;
var init_agno_litellm = __esm({
  "rules/sdks/agno-litellm.ts"() {
    "use strict";
    ORIGIN2 = /^agno\.models\.litellm(?:\.chat)?\.LiteLLM$/;
    agnoLitellm = {
      id: "agno-litellm",
      recognise: (r) => r.language === "python" && r.via === "id" && ORIGIN2.test(r.origin ?? "") && r.prefix.toLowerCase() === "deepseek/",
      thinkingAt: ["request_params", "thinking"],
      alsoReadAt: [["extra_body", "thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+agno\.models\.litellm\b/m }],
      snippet: (mode) => `LiteLLM(id="deepseek/...", request_params={"thinking": {"type": "${mode}"}})`
    };
  }
});

// rules/sdks/aigne.ts
var ORIGIN3, aigne;
var init_aigne = __esm({
  "rules/sdks/aigne.ts"() {
    "use strict";
    ORIGIN3 = /^@aigne\/deepseek\.DeepSeekChatModel$/;
    aigne = {
      id: "aigne",
      recognise: (r) => r.language === "ts" && r.via === "model" && ORIGIN3.test(r.origin ?? ""),
      thinkingAt: null,
      files: [{ tier: 0, path: /\.(?:[cm]?[jt]sx?|mdx?)$/i, text: /["'](?:npm:)?@aigne\/deepseek\b/ }],
      snippet: (mode) => mode === "enabled" ? `DeepSeekChatModel has no option that sends "thinking"; V4 thinks by default, so the rename alone keeps "thinking": {"type": "enabled"}` : `DeepSeekChatModel has no option that sends "thinking": {"type": "disabled"} (it builds the body from a fixed list of fields); add it to the body through a custom clientOptions.fetch, or expect V4's default, thinking enabled`
    };
  }
});

// rules/sdks/ai-sdk.ts
var AI_SDK_CALLS, aiSdk;
var init_ai_sdk = __esm({
  "rules/sdks/ai-sdk.ts"() {
    "use strict";
    AI_SDK_CALLS = /(?:^|\.)(?:generateText|streamText|generateObject|streamObject|ToolLoopAgent|Experimental_Agent)$/;
    aiSdk = {
      id: "ai-sdk",
      recognise: (r) => r.language === "ts" && r.via === "provider:ai-sdk" && AI_SDK_CALLS.test(r.target.callee),
      provider: { module: "@ai-sdk/deepseek", exports: ["deepseek", "deepSeek"], factories: ["createDeepSeek"], methods: ["chat", "languageModel"] },
      thinkingAt: ["providerOptions", "deepseek", "thinking"],
      sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
      toolChoice: "toolChoice",
      files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /@ai-sdk\/deepseek|from ["']ai["']/ }],
      snippet: (mode) => `providerOptions: { deepseek: { thinking: { type: "${mode}" } } }`
    };
  }
});

// rules/sdks/ai-sdk-openai-compatible.ts
var text2, camel, aiSdkOpenaiCompatible;
var init_ai_sdk_openai_compatible = __esm({
  "rules/sdks/ai-sdk-openai-compatible.ts"() {
    "use strict";
    init_ai_sdk();
    text2 = (v) => v && (v.kind === "literal" || v.kind === "opaque") ? v.text : "";
    camel = (name) => name.replace(/[_-]([a-z])/g, (_m, c) => c.toUpperCase());
    aiSdkOpenaiCompatible = {
      id: "ai-sdk-openai-compatible",
      recognise: (r) => {
        if (r.language !== "ts" || r.via !== "provider:ai-sdk-openai-compatible" || !AI_SDK_CALLS.test(r.target.callee)) return false;
        const settings = r.providerSettings;
        return settings !== void 0 && /deepseek/i.test(`${text2(settings.read(["baseURL"]))} ${text2(settings.read(["name"]))}`);
      },
      keysFor: (r) => {
        const name = r.providerSettings?.read(["name"]);
        if (name?.kind !== "literal" || typeof name.value !== "string" || name.value === "") return { thinkingAt: null };
        const raw = name.value.split(".")[0].trim();
        const at = ["providerOptions", camel(raw), "thinking"];
        return { thinkingAt: at, alsoReadAt: raw === camel(raw) ? [] : [["providerOptions", raw, "thinking"]] };
      },
      provider: { module: "@ai-sdk/openai-compatible", exports: [], factories: ["createOpenAICompatible"], methods: ["chatModel", "languageModel"] },
      thinkingAt: null,
      sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
      toolChoice: "toolChoice",
      files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /["'](?:npm:)?@ai-sdk\/openai-compatible["']/ }],
      snippet: (mode) => `providerOptions: { <the provider's name, camel-cased>: { thinking: { type: "${mode}" } } }`
    };
  }
});

// rules/sdks/anthropic.ts
var CALLEE, anthropic;
var init_anthropic = __esm({
  "rules/sdks/anthropic.ts"() {
    "use strict";
    CALLEE = /\.messages\.(?:create|stream)$/;
    anthropic = {
      id: "anthropic",
      recognise: (r) => (r.via === "model" || r.via === "**") && CALLEE.test(r.target.callee) && r.mentions(/\banthropic\b|deepseek\.com\/anthropic/i),
      thinkingAt: ["thinking"],
      alsoReadAt: [["extra_body", "thinking"]],
      noteOnly: ["enabled"],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      snippet: (mode) => `"thinking": {"type": "${mode}"} in the messages request (Anthropic's own field, no budget_tokens needed)`
    };
  }
});

// rules/sdks/crewai.ts
var ORIGIN4, isCrewLlm, crewai;
var init_crewai = __esm({
  "rules/sdks/crewai.ts"() {
    "use strict";
    ORIGIN4 = /^crewai(?:\.llm)?\.LLM$/;
    isCrewLlm = (origin, callee2) => ORIGIN4.test(origin) || origin === "" && callee2 === "LLM";
    crewai = {
      id: "crewai",
      recognise: (r) => {
        if (r.language !== "python" || r.via !== "model" && r.via !== "argument" || !isCrewLlm(r.origin ?? "", r.target.callee)) return false;
        const provider = r.target.read(["provider"]);
        return r.prefix.toLowerCase() === "deepseek/" || provider.kind === "literal" && provider.value === "deepseek";
      },
      thinkingAt: ["extra_body", "thinking"],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+crewai\b/m }],
      snippet: (mode) => `LLM(model=..., extra_body={"thinking": {"type": "${mode}"}})`
    };
  }
});

// rules/sdks/generic.ts
var generic;
var init_generic = __esm({
  "rules/sdks/generic.ts"() {
    "use strict";
    generic = {
      id: "generic",
      thinkingAt: null,
      files: [{ tier: 1, path: /\.(?:java|kt|kts)$/i }],
      snippet: (mode) => `"thinking": {"type": "${mode}"} in the request body`
    };
  }
});

// rules/sdks/http-json.ts
var HTTP_CALL, httpJson;
var init_http_json = __esm({
  "rules/sdks/http-json.ts"() {
    "use strict";
    HTTP_CALL = /(?:^|\.)(?:post|put|request|stream|send)$/;
    httpJson = {
      id: "http-json",
      recognise: (r) => r.language === "json" && r.target.keys.has("messages") || r.language === "python" && r.via === "json=" && HTTP_CALL.test(r.target.callee),
      thinkingAt: ["thinking"],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [{ tier: 2, path: /\.(?:sh|bash|zsh|http|rest|curl)$/i }, { tier: 2, text: /\bcurl\b/ }],
      snippet: (mode) => `"thinking": {"type": "${mode}"}`
    };
  }
});

// rules/sdks/langchain4j.ts
var langchain4j;
var init_langchain4j = __esm({
  "rules/sdks/langchain4j.ts"() {
    "use strict";
    langchain4j = {
      id: "langchain4j",
      recognise: (r) => r.language === "java" && /(?:^|\.)OpenAi(?:Streaming)?ChatModel\.builder$/.test(r.target.callee),
      thinkingAt: ["thinking"],
      files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /langchain4j/i }],
      snippet: (mode) => `.customParameters(Map.of("thinking", Map.of("type", "${mode}")))`
    };
  }
});

// rules/sdks/langchaingo.ts
var langchaingo;
var init_langchaingo = __esm({
  "rules/sdks/langchaingo.ts"() {
    "use strict";
    langchaingo = {
      id: "langchaingo",
      thinkingAt: null,
      files: [{ tier: 0, path: /\.go$/i, text: /"github\.com\/tmc\/langchaingo\// }],
      snippet: (mode) => `langchaingo's openai client has no option for body fields: add "thinking": {"type": "${mode}"} to the request JSON in the HTTP client given to openai.WithHTTPClient`
    };
  }
});

// rules/sdks/langchain-js.ts
var text3, langchainJs;
var init_langchain_js = __esm({
  "rules/sdks/langchain-js.ts"() {
    "use strict";
    text3 = (v) => v.kind === "literal" || v.kind === "opaque" ? v.text : "";
    langchainJs = {
      id: "langchain-js",
      recognise: (r) => {
        if (r.language !== "ts" || !["model", "modelName", "argument"].includes(r.via)) return false;
        const origin = r.origin ?? "";
        if (origin === "@langchain/deepseek.ChatDeepSeek") return true;
        if (origin === "@langchain/openai.ChatOpenAI") {
          const base = [["configuration", "baseURL"], ["configuration", "basePath"]].map((k) => r.target.read(k)).find((v) => v.kind !== "absent");
          return base !== void 0 && /deepseek/i.test(text3(base));
        }
        if (origin === "langchain.initChatModel" || origin === "langchain/chat_models/universal.initChatModel") {
          const provider = r.target.read(["modelProvider"]);
          return provider.kind !== "absent" ? /deepseek/i.test(text3(provider)) : r.prefix.toLowerCase() === "deepseek:";
        }
        return false;
      },
      thinkingAt: ["modelKwargs", "thinking"],
      sampling: ["temperature", "topP", "presencePenalty", "frequencyPenalty"],
      files: [{ tier: 0, path: /\.[cm]?[jt]sx?$/i, text: /["'](?:npm:)?(?:@langchain\/(?:deepseek|openai)|langchain\/chat_models\/universal)\b/ }],
      snippet: (mode) => `new ChatDeepSeek({ model, modelKwargs: { thinking: { type: "${mode}" } } })`
    };
  }
});

// rules/sdks/langchain-python.ts
var ALWAYS, WITH_BASE, last, text4, langchainPython;
var init_langchain_python = __esm({
  "rules/sdks/langchain-python.ts"() {
    "use strict";
    ALWAYS = /^(?:ChatDeepSeek)$/;
    WITH_BASE = /^(?:ChatOpenAI|BaseChatOpenAI|AzureChatOpenAI)$/;
    last = (callee2) => callee2.slice(callee2.lastIndexOf(".") + 1);
    text4 = (v) => v.kind === "literal" || v.kind === "opaque" ? v.text : "";
    langchainPython = {
      id: "langchain-python",
      recognise: (r) => {
        if (r.language !== "python" || r.via !== "model" && r.via !== "model_name" && r.via !== "argument") return false;
        const origin = r.origin ?? "";
        if (origin !== "" && !/^langchain(?:_[a-z0-9_]+)?\./.test(origin)) return false;
        const name = last(r.target.callee);
        if (r.via === "argument" && name !== "init_chat_model") return false;
        if (name === "init_chat_model") {
          const provider = r.target.read(["model_provider"]);
          return provider.kind !== "absent" ? /deepseek/i.test(text4(provider)) : r.prefix.toLowerCase() === "deepseek:";
        }
        if (ALWAYS.test(name)) return true;
        if (!WITH_BASE.test(name)) return false;
        const base = ["base_url", "openai_api_base", "api_base"].map((k) => r.target.read([k])).find((v) => v.kind !== "absent");
        return base !== void 0 && /deepseek/i.test(text4(base));
      },
      thinkingAt: ["extra_body", "thinking"],
      alsoReadAt: [["thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+langchain/m }],
      snippet: (mode) => `ChatDeepSeek(model=..., extra_body={"thinking": {"type": "${mode}"}})`
    };
  }
});

// rules/sdks/litellm.ts
var CALLEE2, litellm;
var init_litellm = __esm({
  "rules/sdks/litellm.ts"() {
    "use strict";
    CALLEE2 = /^a?completion$|(?:^|\.)litellm\.a?completion$/;
    litellm = {
      id: "litellm",
      // `completion(model, messages=...)` also takes the model positionally (litellm/main.py).
      recognise: (r) => r.language === "python" && (r.via === "model" || r.via === "**" || r.via === "argument") && CALLEE2.test(r.target.callee) && r.prefix.toLowerCase() === "deepseek/",
      thinkingAt: ["thinking"],
      alsoReadAt: [["extra_body", "thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [
        { tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+litellm\b/m },
        { tier: 2, text: /\blitellm\b/i }
      ],
      snippet: (mode) => `completion(..., thinking={"type": "${mode}"})`
    };
  }
});

// rules/sdks/llamaindex.ts
var DEEPSEEK, LIKE, text5, llamaindex;
var init_llamaindex = __esm({
  "rules/sdks/llamaindex.ts"() {
    "use strict";
    DEEPSEEK = /^llama_index\.llms\.deepseek(?:\.base)?\.DeepSeek$/;
    LIKE = /^llama_index\.llms\.openai_like(?:\.base)?\.OpenAILike$/;
    text5 = (v) => v.kind === "literal" || v.kind === "opaque" ? v.text : "";
    llamaindex = {
      id: "llamaindex",
      recognise: (r) => {
        if (r.language !== "python" || r.via !== "model" && r.via !== "argument") return false;
        const origin = r.origin ?? "";
        if (DEEPSEEK.test(origin)) return true;
        return LIKE.test(origin) && /deepseek/i.test(text5(r.target.read(["api_base"])));
      },
      thinkingAt: ["additional_kwargs", "extra_body", "thinking"],
      sampling: ["temperature"],
      files: [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+llama_index\b/m }],
      snippet: (mode) => `DeepSeek(model=..., additional_kwargs={"extra_body": {"thinking": {"type": "${mode}"}}})`
    };
  }
});

// rules/sdks/openai-python.ts
var METHOD, PY, openaiPython;
var init_openai_python = __esm({
  "rules/sdks/openai-python.ts"() {
    "use strict";
    METHOD = /(?:^|\.)(?:create|stream|parse)$/;
    PY = /\.(?:py|ipynb)$/i;
    openaiPython = {
      id: "openai-python",
      recognise: (r) => r.language === "python" && METHOD.test(r.target.callee) && (r.via === "model" && r.target.keys.has("messages") || r.via === "**"),
      thinkingAt: ["extra_body", "thinking"],
      alsoReadAt: [["thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [{ tier: 1, path: PY }],
      snippet: (mode) => `extra_body={"thinking": {"type": "${mode}"}}`
    };
  }
});

// rules/sdks/openai-completions.ts
var CALLEE3, openaiCompletions;
var init_openai_completions = __esm({
  "rules/sdks/openai-completions.ts"() {
    "use strict";
    init_openai_python();
    CALLEE3 = /(?:^|\.)completions\.create$/;
    openaiCompletions = {
      id: "openai-completions",
      recognise: (r) => r.language === "python" && r.via === "model" && CALLEE3.test(r.target.callee) && r.target.keys.has("prompt"),
      thinkingAt: null,
      alsoReadAt: [["thinking"], ["extra_body", "thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      snippet: openaiPython.snippet
    };
  }
});

// rules/sdks/openai-go.ts
var openaiGo;
var init_openai_go = __esm({
  "rules/sdks/openai-go.ts"() {
    "use strict";
    openaiGo = {
      id: "openai-go",
      recognise: (r) => r.language === "go" && /(?:^|\.)Completions\.New(?:Streaming)?$/.test(r.target.callee),
      thinkingAt: ["thinking"],
      // Only files importing openai-go: another Go client (go-openai, langchaingo) has no such option.
      files: [{ tier: 0, path: /\.go$/i, text: /"github\.com\/openai\/openai-go(?:\/v\d+)?(?:\/option)?"/ }],
      snippet: (mode) => `option.WithJSONSet("thinking", map[string]any{"type": "${mode}"})`
    };
  }
});

// rules/sdks/openai-java.ts
var openaiJava;
var init_openai_java = __esm({
  "rules/sdks/openai-java.ts"() {
    "use strict";
    openaiJava = {
      id: "openai-java",
      recognise: (r) => r.language === "java" && /(?:^|\.)ChatCompletionCreateParams\.builder$/.test(r.target.callee),
      thinkingAt: ["thinking"],
      files: [{ tier: 0, path: /\.(?:java|kt|kts)$/i, text: /^\s*import\s+com\.openai\./m }],
      snippet: (mode) => `.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "${mode}"))) on the params builder`
    };
  }
});

// rules/sdks/openai-node.ts
var CHAT, LEGACY_COMPLETIONS, openaiNode;
var init_openai_node = __esm({
  "rules/sdks/openai-node.ts"() {
    "use strict";
    init_ai_sdk();
    CHAT = /(?:^|\.)chat\.completions\.(?:create|stream|parse|runTools)$|(?:^|\.)responses\.(?:create|stream|parse)$/;
    LEGACY_COMPLETIONS = /(?:^|\.)completions\.create$/;
    openaiNode = {
      id: "openai-node",
      // An SDK call, or any object holding `messages` beside the model (built here, sent elsewhere);
      // never the legacy completions API, where FIM works only with thinking disabled.
      recognise: (r) => {
        const callee2 = r.target.callee;
        if (r.language !== "ts" || r.via !== "model" || AI_SDK_CALLS.test(callee2)) return false;
        return CHAT.test(callee2) || r.target.keys.has("messages") && !LEGACY_COMPLETIONS.test(callee2);
      },
      thinkingAt: ["thinking"],
      undeclared: true,
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      files: [{ tier: 1, path: /\.[cm]?[jt]sx?$/i }],
      snippet: (mode) => `client.chat.completions.create({ model, messages, thinking: { type: "${mode}" } })`
    };
  }
});

// rules/sdks/openai-python-v0.ts
var CALLEE4, openaiPythonV0;
var init_openai_python_v0 = __esm({
  "rules/sdks/openai-python-v0.ts"() {
    "use strict";
    CALLEE4 = /(?:^|\.)ChatCompletion\.a?create$/;
    openaiPythonV0 = {
      id: "openai-python-v0",
      recognise: (r) => r.language === "python" && (r.via === "model" || r.via === "**") && CALLEE4.test(r.target.callee),
      thinkingAt: ["thinking"],
      alsoReadAt: [["extra_body", "thinking"]],
      sampling: ["temperature", "top_p", "presence_penalty", "frequency_penalty"],
      toolChoice: "tool_choice",
      snippet: (mode) => `"thinking": {"type": "${mode}"}`
    };
  }
});

// rules/sdks/pydantic-ai.ts
var AGENT, MODEL, PROVIDER_IMPORT, FILES, text6, pydanticAiAgent, pydanticAiModel;
var init_pydantic_ai = __esm({
  "rules/sdks/pydantic-ai.ts"() {
    "use strict";
    AGENT = /^pydantic_ai(?:\.agent)?\.Agent$/;
    MODEL = /^pydantic_ai\.models\.openai\.(?:OpenAIChatModel|OpenAIModel)$/;
    PROVIDER_IMPORT = /^\s*from\s+pydantic_ai\.providers\.deepseek\s+import\b/m;
    FILES = [{ tier: 0, path: /\.(?:py|ipynb)$/i, text: /^[ \t"']*(?:from|import)\s+pydantic_ai\b/m }];
    text6 = (v) => v.kind === "literal" || v.kind === "opaque" ? v.text : "";
    pydanticAiAgent = {
      id: "pydantic-ai-agent",
      recognise: (r) => r.language === "python" && (r.via === "argument" || r.via === "model") && AGENT.test(r.origin ?? "") && r.prefix.toLowerCase() === "deepseek:",
      thinkingAt: ["model_settings", "extra_body", "thinking"],
      files: FILES,
      snippet: (mode) => `Agent(..., model_settings={"extra_body": {"thinking": {"type": "${mode}"}}})`
    };
    pydanticAiModel = {
      id: "pydantic-ai-model",
      recognise: (r) => {
        if (r.language !== "python" || r.via !== "argument" && r.via !== "model_name" || !MODEL.test(r.origin ?? "")) return false;
        const provider = r.target.read(["provider"]);
        if (provider.kind === "literal") return provider.value === "deepseek";
        return /^DeepSeekProvider\s*\(/.test(text6(provider)) && r.mentions(PROVIDER_IMPORT);
      },
      thinkingAt: ["settings", "extra_body", "thinking"],
      files: FILES,
      snippet: (mode) => `OpenAIChatModel(..., settings={"extra_body": {"thinking": {"type": "${mode}"}}})`
    };
  }
});

// rules/sdks/spring-ai.ts
var springAi;
var init_spring_ai = __esm({
  "rules/sdks/spring-ai.ts"() {
    "use strict";
    springAi = {
      id: "spring-ai",
      thinkingAt: null,
      files: [
        { tier: 0, path: /\.(?:java|kt|kts)$/i, text: /spring/i },
        { tier: 2, text: /spring\.ai\./ }
      ],
      snippet: (mode) => `no first-class option: send "thinking": {"type": "${mode}"} in the request body`
    };
  }
});

// rules/sdks/index.ts
function recogniseRequest(request) {
  return REGISTRY.find((s) => s.recognise?.(request) === true) ?? null;
}
function providerSdks() {
  return REGISTRY.filter((s) => s.provider !== void 0);
}
function sdkById(id) {
  return BY_ID.get(id);
}
function snippet(id, mode) {
  return (BY_ID.get(id) ?? generic).snippet(mode);
}
function sdkForFile(path14, text7) {
  for (const tier of [0, 1, 2]) {
    for (const s of REGISTRY) {
      for (const hint of s.files ?? []) {
        if (hint.tier === tier && (!hint.path || hint.path.test(path14)) && (!hint.text || hint.text.test(text7))) return s.id;
      }
    }
  }
  return "generic";
}
var SDKS, REGISTRY, BY_ID;
var init_sdks = __esm({
  "rules/sdks/index.ts"() {
    "use strict";
    init_agno();
    init_agno_litellm();
    init_aigne();
    init_ai_sdk();
    init_ai_sdk_openai_compatible();
    init_anthropic();
    init_crewai();
    init_generic();
    init_http_json();
    init_langchain4j();
    init_langchaingo();
    init_langchain_js();
    init_langchain_python();
    init_litellm();
    init_llamaindex();
    init_openai_completions();
    init_openai_go();
    init_openai_java();
    init_openai_node();
    init_openai_python();
    init_openai_python_v0();
    init_pydantic_ai();
    init_spring_ai();
    SDKS = [
      aiSdkOpenaiCompatible,
      aiSdk,
      langchainJs,
      aigne,
      anthropic,
      openaiNode,
      openaiPythonV0,
      openaiJava,
      langchain4j,
      springAi,
      agnoLitellm,
      litellm,
      agno,
      pydanticAiAgent,
      pydanticAiModel,
      crewai,
      llamaindex,
      langchainPython,
      openaiPython,
      openaiCompletions,
      httpJson,
      langchaingo,
      openaiGo,
      generic
    ];
    REGISTRY = SDKS;
    BY_ID = new Map(REGISTRY.map((s) => [s.id, s]));
  }
});

// rules/lines.ts
function lineDetections(ctx, from = 0, to = ctx.text.length, document = false) {
  const snippet2 = sdkForFile(ctx.path, ctx.text);
  const occs = findOccurrences(ctx.text, from, to);
  const doc = document && occs.length > 0 ? docStructure(ctx.path, ctx.text) : null;
  return occs.map((occ) => {
    const lineStart2 = lineAround(ctx.text, occ.start).start;
    const comment = COMMENT_LINE.test(ctx.text.slice(lineStart2, occ.start));
    if (doc ? !inCodeBlock(doc, occ.start) : comment) {
      const reason2 = proseReason(ctx.text, occ, doc);
      return reason2 ? detect(occ, ctx, "review", reason2) : detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 });
    }
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason) return detect(occ, ctx, "review", reason);
    if (doc && isMigrationProse(ctx.text, occ.start, occ.end)) return detect(occ, ctx, "review", "migration-prose");
    return detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 });
  });
}
var COMMENT_LINE;
var init_lines = __esm({
  "rules/lines.ts"() {
    "use strict";
    init_tokens();
    init_prose();
    init_shared();
    init_sdks();
    COMMENT_LINE = /^\s*(?:\/\/|#|--|\/\*|\*|;|%|rem\s|<!--)/i;
  }
});

// rules/languages/docs.ts
var DOCS, docsRule;
var init_docs = __esm({
  "rules/languages/docs.ts"() {
    "use strict";
    init_docs_blocks();
    init_lines();
    DOCS = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|textile|org)$/i;
    docsRule = {
      id: "docs",
      description: "Legacy model IDs in documentation prose, and code blocks analysed by their language's rule",
      appliesTo: (path14) => DOCS.test(path14),
      async check(ctx) {
        const code = await embedBlocks(ctx, documentBlocks(ctx.path, ctx.text), "docs");
        const rest = lineDetections(ctx, 0, ctx.text.length, true).filter((d) => !code.judged.has(d.start));
        return { detections: [...code.detections, ...rest].sort((a, b) => a.start - b.start), advisories: code.advisories };
      }
    };
  }
});

// rules/targets/go.ts
function importedAs(root, path14, fallback) {
  for (const spec of root.descendantsOfType("import_spec")) {
    const p = spec?.childForFieldName("path")?.text.slice(1, -1);
    if (!spec || !p || !path14.test(p)) continue;
    const name = spec.childForFieldName("name")?.text;
    return name === void 0 ? fallback : name === "_" || name === "." ? null : name;
  }
  return null;
}
function render(v) {
  if (v === null) return "nil";
  if (typeof v === "object") return `map[string]any{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${render(x)}`).join(", ")}}`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
function stringValue(n) {
  if (!n) return null;
  if (n.type === "raw_string_literal") return n.text.slice(1, -1);
  if (n.type === "interpreted_string_literal" && !n.text.includes("\\")) return n.text.slice(1, -1);
  return null;
}
function readExpr(n, path14) {
  if (path14.length === 0) {
    if (n.type === "composite_literal" && n.childForFieldName("type")?.type === "map_type") return { kind: "object" };
    const s = stringValue(n);
    if (s !== null) return { kind: "literal", value: s, text: n.text };
    if (n.type === "true" || n.type === "false") return { kind: "literal", value: n.type === "true", text: n.text };
    if (n.type === "nil") return { kind: "literal", value: null, text: n.text };
    return { kind: "opaque", text: n.text };
  }
  if (n.type !== "composite_literal" || n.childForFieldName("type")?.type !== "map_type") return { kind: "opaque", text: n.text };
  for (const kv of n.childForFieldName("body")?.namedChildren ?? []) {
    if (kv?.type !== "keyed_element") continue;
    if (stringValue(kv.childForFieldName("key")?.namedChild(0)) !== path14[0]) continue;
    const value = kv.childForFieldName("value")?.namedChild(0);
    return value ? readExpr(value, path14.slice(1)) : { kind: "opaque", text: kv.text };
  }
  return { kind: "absent" };
}
function callOptionsTarget(call, text7, option) {
  const fn = call.childForFieldName("function");
  const args2 = call.childForFieldName("arguments");
  const list = (args2?.namedChildren ?? []).filter((a) => a !== null && a.type !== "comment");
  const setters = list.filter((a) => a.type === "call_expression" && /(?:^|\.)WithJSONSet$/.test(a.childForFieldName("function")?.text ?? ""));
  const spread = args2 ? /\.\.\.\s*\)$/.test(args2.text) : false;
  return {
    callee: fn?.text ?? "",
    keys: /* @__PURE__ */ new Set(),
    read(path14) {
      for (const s of setters) {
        const [key, value] = (s.childForFieldName("arguments")?.namedChildren ?? []).filter((a) => a !== null);
        const k = stringValue(key);
        if (k === null || !value) return { kind: "opaque", text: s.text };
        const keyPath = k.split(".");
        if (keyPath.every((part, i) => part === path14[i])) return readExpr(value, path14.slice(keyPath.length));
        if (path14.every((part, i) => part === keyPath[i])) return { kind: "object" };
      }
      return spread ? { kind: "opaque", text: args2.text } : { kind: "absent" };
    },
    append(path14, value) {
      if (!option || !args2 || spread || path14.length === 0 || setters.length > 0) return null;
      const last2 = list[list.length - 1];
      if (!last2) return null;
      const setter = `${option}.WithJSONSet(${JSON.stringify(path14.join("."))}, ${render(value)})`;
      const rest = text7.slice(last2.endIndex, args2.endIndex - 1);
      if (/^\s*,\s*$/.test(rest) && rest.includes("\n")) {
        const lineStart2 = text7.lastIndexOf("\n", last2.startIndex) + 1;
        const indent2 = /^[ \t]*/.exec(text7.slice(lineStart2))[0];
        const comma = last2.endIndex + rest.indexOf(",") + 1;
        const eol = text7.includes("\r\n") ? "\r\n" : "\n";
        return [{ start: comma, end: comma, text: `${eol}${indent2}${setter},` }];
      }
      if (!/^\s*$/.test(rest)) return null;
      return [{ start: last2.endIndex, end: last2.endIndex, text: `, ${setter}` }];
    }
  };
}
var init_go = __esm({
  "rules/targets/go.ts"() {
    "use strict";
  }
});

// rules/thinking/plan.ts
function planThinking(sdk, reaches, mode, option) {
  const plans = reaches.map((r) => planOne(sdk, r, mode, option));
  const conflict = plans.find((p) => p.kind === "conflict");
  if (conflict?.kind === "conflict") return option === "off" ? { kind: "note", overridden: conflict.found } : conflict;
  const edits = plans.flatMap((p) => p.kind === "insert" ? p.edits : []);
  if (edits.length > 0) return { kind: "insert", edits };
  if (plans.some((p) => p.kind === "present")) return { kind: "present" };
  return { kind: "note" };
}
function planOne(sdk, reach, mode, option) {
  const readAt = [...sdk.thinkingAt ? [sdk.thinkingAt] : [], ...sdk.alsoReadAt ?? []];
  for (const t of [reach.target, ...reach.alsoRead ?? []]) {
    for (const path14 of readAt) {
      const found = existing(t, path14, mode);
      if (found) return found;
    }
    const flag = sdk.switchAt ? switchSetting(t, sdk.switchAt, mode) : null;
    if (flag) return flag;
  }
  const at = sdk.thinkingAt;
  if (option === "off" || at === null || sdk.noteOnly?.includes(mode)) return { kind: "unreachable" };
  if ((reach.alsoRead ?? []).some((t) => t.read([at[0]]).kind !== "absent")) return { kind: "unreachable" };
  const edits = reach.target.append(at, { type: mode }, { undeclared: sdk.undeclared === true });
  return edits && edits.length > 0 ? { kind: "insert", edits } : { kind: "unreachable" };
}
function existing(t, path14, mode) {
  const v = t.read(path14);
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
      return compareType(t.read([...path14, "type"]), mode);
  }
}
function switchSetting(t, path14, mode) {
  const v = t.read(path14);
  if (v.kind === "absent" || v.kind === "literal" && v.value === null) return null;
  if (v.kind !== "literal") return { kind: "present" };
  if (v.value === (mode === "enabled")) return { kind: "present" };
  return { kind: "conflict", found: v.text };
}
function compareType(type, mode) {
  if (type.kind !== "literal") return { kind: "present" };
  if (type.value === mode) return { kind: "present" };
  return { kind: "conflict", found: typeof type.value === "string" ? type.value : type.text };
}
var init_plan = __esm({
  "rules/thinking/plan.ts"() {
    "use strict";
  }
});

// rules/languages/tree-sitter.ts
function loadRuntime() {
  runtime ??= (async () => {
    const mod = await import("web-tree-sitter");
    await mod.Parser.init();
    return mod;
  })();
  runtime.catch(() => runtime = null);
  return runtime;
}
function loadGrammar(wasm) {
  let p = parsers.get(wasm);
  if (!p) {
    p = (async () => {
      const { Parser: TSParser, Language } = await loadRuntime();
      const language = await Language.load((0, import_node_module.createRequire)(__moduleUrl("../rules/languages/tree-sitter.js")).resolve(wasm));
      const parser = new TSParser();
      parser.setLanguage(language);
      return parser;
    })();
    p.catch(() => parsers.delete(wasm));
    parsers.set(wasm, p);
  }
  return p;
}
async function withTree(wasm, text7, fn) {
  const parser = await loadGrammar(wasm);
  const tree = parser.parse(text7);
  if (!tree) throw new Error("tree-sitter returned no tree");
  try {
    return fn(tree.rootNode);
  } finally {
    tree.delete();
  }
}
function firstError(root) {
  if (!root.hasError) return null;
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.isError || n.isMissing) {
      const what = n.isMissing ? `missing ${n.type}` : "syntax error";
      return `line ${n.startPosition.row + 1}: ${what}`;
    }
    if (n.hasError) stack.push(...n.children.filter((c) => c !== null).reverse());
  }
  return "syntax error";
}
function requestVerdict(plan, snippet2, also = []) {
  switch (plan.kind) {
    case "conflict":
      return { action: "review", reason: "thinking-conflict", extra: { detail: { found: plan.found } } };
    case "present":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "present", snippet: snippet2 } };
    case "insert":
      if (also === null) return { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: snippet2 } };
      return { action: "rewrite", reason: "request-site", extra: { thinking: "inserted", extraEdits: [...plan.edits, ...also], snippet: snippet2 } };
    case "note":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: snippet2 } };
  }
}
function outsideLiteral(ctx, occ, comment, snippet2) {
  if (comment) {
    const reason2 = proseReason(ctx.text, occ, null);
    return reason2 ? detect(occ, ctx, "review", reason2) : detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 });
  }
  const reason = lineHeuristic(ctx.text, occ, ctx.path);
  return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: snippet2 });
}
function treeSitterRule(spec) {
  const analyse2 = (root, ctx) => {
    const facts2 = spec.facts(root, ctx);
    const detections = [];
    for (const occ of findOccurrences(ctx.text)) {
      let n = root.descendantForIndex(occ.start, occ.end);
      while (n && !spec.literals.has(n.type) && !spec.comments.has(n.type)) n = n.parent;
      if (n && spec.literals.has(n.type)) {
        const v = spec.classify(facts2, occ, n);
        detections.push(detect(occ, ctx, v.action, v.reason, v.extra));
      } else detections.push(outsideLiteral(ctx, occ, n !== null, facts2.snippet));
    }
    return { detections };
  };
  return {
    id: spec.id,
    description: spec.description,
    appliesTo: (path14) => spec.path.test(path14),
    check: (ctx) => withTree(spec.wasm, ctx.text, (root) => analyse2(root, ctx)),
    warmUp: () => loadGrammar(spec.wasm),
    validate: (text7) => withTree(spec.wasm, text7, firstError)
  };
}
var import_node_module, parsers, runtime;
var init_tree_sitter = __esm({
  "rules/languages/tree-sitter.ts"() {
    "use strict";
    import_node_module = require("node:module");
    init_tokens();
    init_prose();
    init_shared();
    parsers = /* @__PURE__ */ new Map();
    runtime = null;
  }
});

// rules/languages/go.ts
function optionPackage(root, text7) {
  const imported = importedAs(root, /^github\.com\/openai\/openai-go(?:\/v\d+)?\/option$/, "option");
  if (imported) return { option: imported, optionImport: null };
  for (const spec of root.descendantsOfType("import_spec")) {
    const m = spec ? OPENAI_GO.exec(spec.childForFieldName("path")?.text.slice(1, -1) ?? "") : null;
    if (!spec || !m || spec.parent?.type !== "import_spec_list") continue;
    if (root.descendantsOfType(["identifier", "package_identifier"]).some((n) => n?.text === "option")) return { option: null, optionImport: null };
    const lineStart2 = text7.lastIndexOf("\n", spec.startIndex) + 1;
    const indent2 = /^[ \t]*/.exec(text7.slice(lineStart2))[0];
    const eol = text7.includes("\r\n") ? "\r\n" : "\n";
    return { option: "option", optionImport: { start: spec.endIndex, end: spec.endIndex, text: `${eol}${indent2}"github.com/openai/openai-go${m[1] ?? ""}/option"` } };
  }
  return { option: null, optionImport: null };
}
function outerOf(lit) {
  let n = lit;
  for (; ; ) {
    const p = n.parent;
    if (p?.type === "parenthesized_expression") n = p;
    else if (p?.type === "argument_list" && p.namedChildCount === 1 && /(?:^|\.)ChatModel$/.test(p.parent?.childForFieldName("function")?.text ?? "")) n = p.parent;
    else return n;
  }
}
function operatorOf(bin) {
  return bin.children.find((c) => c !== null && !c.isNamed)?.type ?? "";
}
function callsPassing(scope, name, after) {
  const out = [];
  for (const id of scope.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex < after) continue;
    if (id.parent?.type === "argument_list" && id.parent.parent?.type === "call_expression") out.push(id.parent.parent);
  }
  return out;
}
function requestCalls(params) {
  const p = params.parent;
  if (p?.type === "argument_list" && p.parent?.type === "call_expression") return [p.parent];
  if (p?.type === "unary_expression" && p.parent?.type === "argument_list" && p.parent.parent?.type === "call_expression") return [p.parent.parent];
  if (p?.type === "expression_list" && (p.parent?.type === "short_var_declaration" || p.parent?.type === "var_spec" || p.parent?.type === "assignment_statement")) {
    const decl = p.parent;
    const left = decl.childForFieldName(decl.type === "var_spec" ? "name" : "left");
    const name = left?.type === "identifier" ? left.text : left?.namedChildCount === 1 ? left.namedChild(0)?.text : void 0;
    if (!name) return [];
    let scope = decl;
    while (scope && scope.type !== "function_declaration" && scope.type !== "method_declaration" && scope.type !== "func_literal" && scope.type !== "source_file") scope = scope.parent;
    return scope ? callsPassing(scope, name, decl.endIndex) : [];
  }
  return [];
}
function requestSite(f, occ, field) {
  const params = field.parent?.parent;
  if (params?.type !== "composite_literal") return null;
  const calls = requestCalls(params);
  const targets = calls.map((c) => callOptionsTarget(c, f.ctx.text, f.option));
  const sdks = targets.map((target) => recogniseRequest({ language: "go", target, via: "Model", prefix: occ.prefix, mentions: (re) => re.test(f.ctx.text) }));
  const sdk = sdks[0];
  if (!sdk || sdks.some((s) => s !== sdk)) return null;
  const plan = planThinking(sdk, targets.map((target) => ({ target })), legacyEntry(occ.legacy).thinking, f.ctx.thinking);
  return requestVerdict(plan, sdk.id, f.optionImport ? [f.optionImport] : []);
}
function boundFields(f, lit) {
  const list = lit.parent;
  const spec = list?.parent;
  if (list?.type !== "expression_list" || spec?.type !== "const_spec" && spec?.type !== "var_spec" && spec?.type !== "short_var_declaration") return [];
  const names2 = spec.type === "short_var_declaration" ? spec.childForFieldName("left")?.namedChildren ?? [] : spec.childrenForFieldName("name");
  const values = list.namedChildren;
  const i = values.findIndex((v) => v?.startIndex === lit.startIndex);
  const name = names2[i]?.text;
  if (!name || names2.length !== values.length) return [];
  const out = [];
  for (const id of f.root.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex === names2[i].startIndex) continue;
    const el = outerOf(id).parent;
    const kv = el?.type === "literal_element" ? el.parent : null;
    if (kv?.type === "keyed_element" && kv.childForFieldName("value")?.startIndex === el.startIndex && kv.childForFieldName("key")?.text === "Model") out.push(kv);
  }
  return out;
}
function classifyLiteral(f, occ, lit) {
  const { ctx } = f;
  const note = { action: "rewrite", reason: "reference", extra: { thinking: "note", snippet: f.snippet } };
  const content = lit.text.slice(1, -1);
  if (content !== `${occ.prefix}${occ.legacy}`) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  const outer2 = outerOf(lit);
  const p = outer2.parent;
  if (p?.type === "binary_expression" && /^(?:==|!=)$/.test(operatorOf(p))) return { action: "review", reason: "comparison" };
  if (p?.type === "expression_list" && p.parent?.type === "expression_case") return { action: "review", reason: "switch-case" };
  if (p?.type === "index_expression" && p.childForFieldName("index")?.startIndex === outer2.startIndex) return { action: "review", reason: "mapping-key" };
  if (p?.type === "argument_list") {
    const fn = p.parent?.childForFieldName("function")?.text ?? "";
    if (REGEX_CALL.test(fn)) return { action: "review", reason: "regex" };
    if (COMPARING_CALL.test(fn)) return { action: "review", reason: "comparison" };
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason) return { action: "review", reason };
  }
  if (p?.type === "literal_element") {
    const holder = p.parent;
    if (holder?.type === "keyed_element") {
      if (holder.childForFieldName("key")?.startIndex === p.startIndex) return { action: "review", reason: "mapping-key" };
      if (holder.childForFieldName("key")?.text === "Model") return requestSite(f, occ, holder) ?? note;
    }
    if (holder?.type === "literal_value") {
      const reason = collectionReason(holder.text, occ.legacy);
      if (reason) return { action: "review", reason };
    }
  }
  const fields = boundFields(f, lit);
  if (fields.length > 0) {
    const verdicts = fields.map((field) => requestSite(f, occ, field));
    const first = verdicts[0];
    if (first && verdicts.every((v) => v && v.action === first.action && v.extra?.thinking === first.extra?.thinking)) {
      const edits = verdicts.flatMap((v) => v?.extra?.extraEdits ?? []);
      return { ...first, extra: { ...first.extra, ...edits.length > 0 ? { extraEdits: edits } : {} } };
    }
  }
  return note;
}
var GO, WASM, STRING, COMMENT, COMPARING_CALL, REGEX_CALL, OPENAI_GO, goRule;
var init_go2 = __esm({
  "rules/languages/go.ts"() {
    "use strict";
    init_catalog();
    init_shared();
    init_sdks();
    init_go();
    init_plan();
    init_tree_sitter();
    GO = /\.go$/i;
    WASM = "tree-sitter-go/tree-sitter-go.wasm";
    STRING = /* @__PURE__ */ new Set(["interpreted_string_literal", "raw_string_literal"]);
    COMMENT = /* @__PURE__ */ new Set(["comment"]);
    COMPARING_CALL = /(?:^|\.)(?:Contains|ContainsAny|HasPrefix|HasSuffix|EqualFold|Index|TrimPrefix|TrimSuffix|CutPrefix|CutSuffix)$/;
    REGEX_CALL = /(?:^|\.)(?:MustCompile|Compile|MatchString|QuoteMeta)$/;
    OPENAI_GO = /^github\.com\/openai\/openai-go(\/v\d+)?$/;
    goRule = treeSitterRule({
      id: "go",
      description: "Legacy model IDs in Go: strings, comments, comparisons, switch cases, map keys, and openai-go requests with the thinking option",
      path: GO,
      wasm: WASM,
      literals: STRING,
      comments: COMMENT,
      facts: (root, ctx) => ({ ctx, root, snippet: sdkForFile(ctx.path, ctx.text), ...optionPackage(root, ctx.text) }),
      classify: classifyLiteral
    });
  }
});

// rules/structured.ts
function decodeJsonString(text7, start, end) {
  if (text7[start] !== '"' || text7[end - 1] !== '"' || end - start < 2) return null;
  let value = "";
  const map = [];
  for (let i = start + 1; i < end - 1; i++) {
    const c = text7[i];
    if (c !== "\\") {
      value += c;
      map.push(i);
      continue;
    }
    const n = text7[i + 1];
    if (n === "u") {
      const hex = text7.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      value += String.fromCharCode(parseInt(hex, 16));
      map.push(i);
      i += 5;
    } else if (n !== void 0 && JSON_ESCAPES[n] !== void 0) {
      value += JSON_ESCAPES[n];
      map.push(i);
      i += 1;
    } else return null;
  }
  map.push(end - 1);
  return { value, map };
}
function sourceRange(text7, d, from, to) {
  const start = d.map[from];
  const end = d.map[to - 1] + 1;
  return text7.slice(start, end) === d.value.slice(from, to) ? { start, end } : null;
}
function moveOccurrence(occ, start, end) {
  return { ...occ, start, end };
}
function commentDetection(ctx, occ, snippet2) {
  const reason = proseReason(ctx.text, occ);
  if (reason) return detect(occ, ctx, "review", reason);
  return detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 });
}
function valueDetection(ctx, occ, snippet2) {
  return detect(occ, ctx, "rewrite", "config-value", { snippet: snippet2, thinking: "note" });
}
function defaultExpansions(text7, from = 0, to = text7.length) {
  const out = [];
  const part = text7.slice(from, to + 1);
  if (!part.includes("${")) return out;
  DEFAULT_EXPANSION.lastIndex = 0;
  for (let m = DEFAULT_EXPANSION.exec(part); m !== null; m = DEFAULT_EXPANSION.exec(part)) {
    const end = from + m.index + m[0].length - 1;
    const start = end - m[1].length;
    out.push({ start, end, legacy: m[1], prefix: "", kind: "plain" });
  }
  return out;
}
var JSON_ESCAPES, DEFAULT_EXPANSION;
var init_structured = __esm({
  "rules/structured.ts"() {
    "use strict";
    init_catalog();
    init_prose();
    init_shared();
    JSON_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
    DEFAULT_EXPANSION = new RegExp(`\\$\\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+](${LEGACY_ALTERNATION})\\}`, "g");
  }
});

// rules/languages/ini-env.ts
function splitLines4(text7) {
  const out = [];
  for (let i = 0; i <= text7.length; ) {
    let le = i;
    while (le < text7.length && text7.charCodeAt(le) !== 10 && text7.charCodeAt(le) !== 13) le++;
    out.push({ start: i, end: le, text: text7.slice(i, le) });
    i = le + (text7.charCodeAt(le) === 13 && text7.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return out;
}
function splitAssignment(line, properties) {
  const m = properties ? /^(\s*(?:[^=:\s\\]|\\.)+)(\s*[=:]\s*|\s+)/.exec(line) : /^(\s*(?:export\s+)?[^=:\s[;#][^=:]*?)(\s*[=:]\s*)/.exec(line);
  if (!m) return null;
  return { keyEnd: m[1].length, valueStart: m[1].length + m[2].length };
}
function sectionValues(lines) {
  const out = /* @__PURE__ */ new Map();
  let section = -1;
  for (const [i, line] of lines.entries()) {
    if (SECTION.test(line.text)) {
      section = i;
      continue;
    }
    const assign = /^\s*[#;]/.test(line.text) ? null : splitAssignment(line.text, false);
    if (assign && section !== -1) out.set(section, `${out.get(section) ?? ""}${line.text.slice(assign.valueStart)}
`);
  }
  return out;
}
function lineDetections2(ctx) {
  const text7 = ctx.text;
  const properties = /\.properties$/i.test(ctx.path);
  const ini = INI_FILE.test(ctx.path) && !properties;
  const fileSnippet = /spring\.ai\./.test(text7) ? "spring-ai" : sdkForFile(ctx.path, text7);
  const out = [];
  let continuation = false;
  const lines = splitLines4(text7);
  const sections = ini ? sectionValues(lines) : /* @__PURE__ */ new Map();
  let section = -1;
  for (const [index, line] of lines.entries()) {
    if (ini && SECTION.test(line.text)) section = index;
    const lineEnd2 = line.start + line.text.length;
    const occs = [...findOccurrences(text7, line.start, lineEnd2), ...defaultExpansions(text7, line.start, lineEnd2)];
    const wasContinuation = continuation;
    continuation = properties && /(?:^|[^\\])(?:\\\\)*\\$/.test(line.text);
    if (occs.length === 0) continue;
    const t = line.text;
    if (!wasContinuation && /^\s*[#;!]/.test(t)) {
      for (const occ of occs) out.push(commentDetection(ctx, occ, fileSnippet));
      continue;
    }
    if (!wasContinuation && SECTION.test(t)) {
      for (const occ of occs) out.push(detect(occ, ctx, "review", "mapping-key"));
      continue;
    }
    const assign = wasContinuation ? { keyEnd: 0, valueStart: 0 } : splitAssignment(t, properties);
    const key = assign ? t.slice(0, assign.keyEnd).trim() : "";
    const value = assign ? t.slice(assign.valueStart) : t;
    const snippet2 = /^spring\.ai\./.test(key) ? "spring-ai" : fileSnippet;
    for (const occ of occs) {
      const col = occ.start - line.start;
      if (assign && col < assign.keyEnd) {
        out.push(detect(occ, ctx, "review", "mapping-key"));
        continue;
      }
      const hash = /\s[#;]/.exec(value);
      if (hash && col >= (assign?.valueStart ?? 0) + hash.index + 1) {
        out.push(commentDetection(ctx, occ, fileSnippet));
        continue;
      }
      if (/[,\s]/.test(value.trim())) {
        const reason = collectionReason(value.split(/[,\s]+/).join("\n"), occ.legacy);
        if (reason) {
          out.push(detect(occ, ctx, "review", reason));
          continue;
        }
      }
      if (section !== -1 && mentionsOther(sections.get(section) ?? "", occ.legacy)) {
        out.push(detect(occ, ctx, "review", "collection-both"));
        continue;
      }
      out.push(valueDetection(ctx, occ, snippet2));
    }
  }
  return out;
}
var ENV_FILE, INI_FILE, SECTION, iniEnvRule;
var init_ini_env = __esm({
  "rules/languages/ini-env.ts"() {
    "use strict";
    init_tokens();
    init_shared();
    init_sdks();
    init_structured();
    ENV_FILE = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/i;
    INI_FILE = /\.(?:ini|cfg|conf|properties)$/i;
    SECTION = /^\s*\[[^\]]*\]\s*(?:[#;].*)?$/;
    iniEnvRule = {
      id: "ini-env",
      description: "Legacy model IDs in .env, INI, .cfg, .conf and .properties files",
      appliesTo: (path14) => ENV_FILE.test(path14) || INI_FILE.test(path14),
      check(ctx) {
        return { detections: lineDetections2(ctx) };
      },
      validate(text7, path14) {
        if (ENV_FILE.test(path14)) {
          let open3 = null;
          for (const line of splitLines4(text7)) {
            const t = line.text;
            if (open3) {
              if (t.includes(open3)) open3 = null;
              continue;
            }
            if (/^\s*(?:#|$)/.test(t)) continue;
            const m = /^\s*(?:export\s+)?[A-Za-z_][\w.-]*\s*=\s*(["'`]?)(.*)$/.exec(t);
            if (!m) return `not a KEY=value line: ${t.slice(0, 60)}`;
            const q = m[1];
            if (q && !m[2].includes(q)) open3 = q;
          }
          return open3 ? `unterminated ${open3} value` : null;
        }
        return null;
      }
    };
  }
});

// rules/targets/java.ts
function renderJava(v) {
  if (v === null) return "null";
  if (typeof v === "object") return `Map.of(${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}, ${renderJava(x)}`).join(", ")})`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
function args(call) {
  return (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a) => a !== null && a.type !== "line_comment" && a.type !== "block_comment");
}
function stringValue2(n) {
  if (n?.type !== "string_literal" || n.text.startsWith('"""') || n.text.includes("\\")) return null;
  return n.text.slice(1, -1);
}
function isMapOf(n) {
  return n.type === "method_invocation" && /^(?:java\.util\.)?Map\.of$/.test(`${n.childForFieldName("object")?.text ?? ""}.${n.childForFieldName("name")?.text ?? ""}`);
}
function readExpr2(n, path14) {
  if (path14.length === 0) {
    if (isMapOf(n)) return { kind: "object" };
    const s = stringValue2(n);
    if (s !== null) return { kind: "literal", value: s, text: n.text };
    if (n.type === "true" || n.type === "false") return { kind: "literal", value: n.type === "true", text: n.text };
    if (n.type === "null_literal") return { kind: "literal", value: null, text: n.text };
    return { kind: "opaque", text: n.text };
  }
  if (!isMapOf(n)) return { kind: "opaque", text: n.text };
  const a = args(n);
  for (let i = 0; i + 1 < a.length; i += 2) {
    const k = stringValue2(a[i]);
    if (k === null) return { kind: "opaque", text: n.text };
    if (k === path14[0]) return readExpr2(a[i + 1], path14.slice(1));
  }
  return { kind: "absent" };
}
function chainOf(link2) {
  let top = link2;
  while (top.parent?.type === "method_invocation" && top.parent.childForFieldName("object")?.startIndex === top.startIndex && top.parent.childForFieldName("object")?.endIndex === top.endIndex) top = top.parent;
  const out = [];
  for (let n = top; n?.type === "method_invocation"; n = n.childForFieldName("object")) out.unshift(n);
  return out;
}
function builderChainTarget(chain, at, text7, setter) {
  const root = chain[0];
  const callee2 = root ? `${root.childForFieldName("object")?.text ?? ""}.${root.childForFieldName("name")?.text ?? ""}`.replace(/^\./, "") : "";
  const nameOf2 = (n) => n.childForFieldName("name")?.text ?? "";
  const setters = chain.filter((n) => nameOf2(n) === setter.method);
  const bulk = chain.filter((n) => setter.kind === "put" && /^(?:putAll)?[aA]dditionalBodyProperties$/.test(nameOf2(n)));
  return {
    callee: callee2,
    keys: /* @__PURE__ */ new Set(),
    read(path14) {
      for (const s of setters) {
        const a = args(s);
        if (setter.kind === "map") {
          if (a.length !== 1) return { kind: "opaque", text: s.text };
          return readExpr2(a[0], path14);
        }
        const k = stringValue2(a[0]);
        if (k === null || a.length !== 2) return { kind: "opaque", text: s.text };
        if (k !== path14[0]) continue;
        let value = a[1];
        if (value.type === "method_invocation" && /(?:^|\.)JsonValue\.from$/.test(`${value.childForFieldName("object")?.text ?? ""}.${nameOf2(value)}`) && args(value).length === 1) value = args(value)[0];
        return readExpr2(value, path14.slice(1));
      }
      const b = bulk[0];
      return b ? { kind: "opaque", text: b.text } : { kind: "absent" };
    },
    append(path14, value) {
      if (path14.length !== 1 || setter.kind === "map" && setters.length > 0 || bulk.length > 0) return null;
      const call = setter.kind === "put" ? `.${setter.method}(${JSON.stringify(path14[0])}, ${setter.wrap}(${renderJava(value)}))` : `.${setter.method}(${renderJava({ [path14[0]]: value })})`;
      const next = chain.find((n) => n.childForFieldName("object")?.startIndex === at.startIndex && n.childForFieldName("object")?.endIndex === at.endIndex);
      if (!next) return [{ start: at.endIndex, end: at.endIndex, text: call }];
      const dot = text7.indexOf(".", at.endIndex);
      const gap = dot >= 0 && dot < next.endIndex ? text7.slice(at.endIndex, dot) : "";
      if (!/^\s*$/.test(gap)) return null;
      return [{ start: at.endIndex, end: at.endIndex, text: `${gap}${call}` }];
    }
  };
}
var init_java = __esm({
  "rules/targets/java.ts"() {
    "use strict";
  }
});

// rules/languages/java.ts
function contentOf(lit) {
  const t = lit.text;
  return t.startsWith('"""') ? t.slice(3, -3).trim() : t.slice(1, -1);
}
function outerOf2(lit) {
  let n = lit;
  for (; ; ) {
    const p = n.parent;
    if (p?.type === "parenthesized_expression" || p?.type === "cast_expression") n = p;
    else if (p?.type === "argument_list" && p.namedChildCount === 1 && p.parent?.type === "method_invocation" && /(?:^|\.)ChatModel\.of$/.test(calleeOf(p.parent).callee)) n = p.parent;
    else return n;
  }
}
function operatorOf2(bin) {
  return bin.childForFieldName("operator")?.type ?? "";
}
function calleeOf(call) {
  const name = call.childForFieldName("name")?.text ?? "";
  const object = call.childForFieldName("object");
  return { name, callee: object ? `${object.text}.${name}` : name };
}
function importEdits(root, text7, names2) {
  const imports = root.namedChildren.filter((n) => n?.type === "import_declaration");
  const paths = imports.map((i) => i.text.replace(/^import\s+(?:static\s+)?/, "").replace(/\s*;$/, "").replace(/\s+/g, ""));
  const missing = [];
  for (const name of names2) {
    const pkg2 = name.slice(0, name.lastIndexOf("."));
    const simple = name.slice(name.lastIndexOf(".") + 1);
    if (paths.includes(name) || paths.includes(`${pkg2}.*`)) continue;
    if (paths.some((p) => p.endsWith(`.${simple}`))) return null;
    missing.push(name);
  }
  if (missing.length === 0) return [];
  const eol = text7.includes("\r\n") ? "\r\n" : "\n";
  const last2 = imports[imports.length - 1];
  if (last2) return [{ start: last2.endIndex, end: last2.endIndex, text: missing.map((m) => `${eol}import ${m};`).join("") }];
  const pkg = root.namedChildren.find((n) => n?.type === "package_declaration");
  if (!pkg) return null;
  return [{ start: pkg.endIndex, end: pkg.endIndex, text: `${eol}${missing.map((m) => `${eol}import ${m};`).join("")}` }];
}
function requestSite2(f, occ, link2) {
  const chain = chainOf(link2);
  const probe = builderChainTarget(chain, link2, f.ctx.text, { kind: "map", method: "" });
  const via = link2.childForFieldName("name")?.text ?? "model";
  const facts2 = (target2) => ({ language: "java", target: target2, via, prefix: occ.prefix, mentions: (re) => re.test(f.ctx.text) });
  const found = recogniseRequest(facts2(probe));
  const how = found ? SETTERS[found.id] : void 0;
  if (!found || !how) return null;
  const target = builderChainTarget(chain, link2, f.ctx.text, how.setter);
  const plan = planThinking(found, [{ target }], legacyEntry(occ.legacy).thinking, f.ctx.thinking);
  return requestVerdict(plan, found.id, plan.kind === "insert" ? importEdits(f.root, f.ctx.text, how.imports) : []);
}
function modelLinks(f, outer2) {
  const p = outer2.parent;
  if (p?.type === "argument_list" && p.namedChildCount === 1 && p.parent?.type === "method_invocation" && MODEL_LINK.test(p.parent.childForFieldName("name")?.text ?? "")) return [p.parent];
  const decl = outer2.parent;
  if (decl?.type !== "variable_declarator" || decl.childForFieldName("value")?.startIndex !== outer2.startIndex) return [];
  const name = decl.childForFieldName("name")?.text;
  if (!name) return [];
  const out = [];
  for (const id of f.root.descendantsOfType("identifier")) {
    if (!id || id.text !== name || id.startIndex === decl.childForFieldName("name").startIndex) continue;
    const args2 = id.parent;
    if (args2?.type === "argument_list" && args2.namedChildCount === 1 && args2.parent?.type === "method_invocation" && MODEL_LINK.test(args2.parent.childForFieldName("name")?.text ?? "")) out.push(args2.parent);
  }
  return out;
}
function classifyLiteral2(f, occ, lit) {
  const { ctx } = f;
  const note = { action: "rewrite", reason: "reference", extra: { thinking: "note", snippet: f.snippet } };
  const outer2 = outerOf2(lit);
  const p = outer2.parent;
  if (p?.type === "method_invocation" && p.childForFieldName("object")?.startIndex === outer2.startIndex) {
    const { name } = calleeOf(p);
    if (EQUALS.test(name) || COMPARING.test(name)) return { action: "review", reason: "comparison" };
    if (REGEX.test(name)) return { action: "review", reason: "regex" };
  }
  const exact = contentOf(lit) === `${occ.prefix}${occ.legacy}`;
  if (!exact && p?.type !== "argument_list") {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  if (p?.type === "binary_expression" && /^(?:==|!=)$/.test(operatorOf2(p))) return { action: "review", reason: "comparison" };
  if (p?.type === "switch_label") return { action: "review", reason: "switch-case" };
  if (p?.type === "argument_list" && p.parent?.type === "method_invocation") {
    const call = p.parent;
    const { name, callee: callee2 } = calleeOf(call);
    const args2 = p.namedChildren.filter((a) => a !== null && !COMMENT2.has(a.type));
    const index = args2.findIndex((a) => a.startIndex === outer2.startIndex);
    if (REGEX.test(name) && index === 0) return { action: "review", reason: "regex" };
    if (EQUALS.test(name) || COMPARING.test(name)) return { action: "review", reason: "comparison" };
    if (/(?:^|\.)(?:Map|ImmutableMap)\.of$/.test(callee2) && index % 2 === 0) return { action: "review", reason: "mapping-key" };
    if (MAP_KEY.test(name) && index === 0 && args2.length <= 2) return { action: "review", reason: "mapping-key" };
    if (COLLECTION.test(callee2) || COLLECTION.test(name)) {
      const reason = collectionReason(p.text, occ.legacy);
      if (reason) return { action: "review", reason };
    }
    if (!exact) {
      const reason = lineHeuristic(ctx.text, occ, ctx.path);
      return reason ? { action: "review", reason } : note;
    }
  }
  if (p?.type === "argument_list" && p.parent?.type === "enum_constant") {
    const body = p.parent.parent;
    const reason = body ? collectionReason(body.text, occ.legacy) : null;
    if (reason) return { action: "review", reason };
  }
  if (!exact) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    return reason ? { action: "review", reason } : note;
  }
  const links = modelLinks(f, outer2);
  if (links.length > 0) {
    const verdicts = links.map((l) => requestSite2(f, occ, l));
    const first = verdicts[0];
    if (first && verdicts.every((v) => v && v.action === first.action && v.extra?.thinking === first.extra?.thinking)) {
      const edits = verdicts.flatMap((v) => v?.extra?.extraEdits ?? []);
      return { ...first, extra: { ...first.extra, ...edits.length > 0 ? { extraEdits: edits } : {} } };
    }
  }
  if (p?.type === "array_initializer" || p?.type === "element_value_array_initializer") {
    const reason = collectionReason(p.text, occ.legacy);
    if (reason) return { action: "review", reason };
  }
  return note;
}
var JAVA, WASM2, COMMENT2, STRING2, EQUALS, COMPARING, REGEX, MAP_KEY, COLLECTION, MODEL_LINK, SETTERS, javaRule;
var init_java2 = __esm({
  "rules/languages/java.ts"() {
    "use strict";
    init_catalog();
    init_shared();
    init_sdks();
    init_java();
    init_plan();
    init_tree_sitter();
    JAVA = /\.java$/i;
    WASM2 = "tree-sitter-java/tree-sitter-java.wasm";
    COMMENT2 = /* @__PURE__ */ new Set(["line_comment", "block_comment"]);
    STRING2 = /* @__PURE__ */ new Set(["string_literal"]);
    EQUALS = /^(?:equals|equalsIgnoreCase|contentEquals|compareTo|compareToIgnoreCase)$/;
    COMPARING = /^(?:startsWith|endsWith|contains|containsIgnoreCase|indexOf|lastIndexOf|regionMatches|startsWithIgnoreCase|endsWithIgnoreCase)$/;
    REGEX = /^(?:compile|matches|replaceAll|replaceFirst|split)$/;
    MAP_KEY = /^(?:get|getOrDefault|put|putIfAbsent|containsKey|remove|computeIfAbsent|computeIfPresent|compute|merge|entry|immutableEntry)$/;
    COLLECTION = /^(?:(?:List|Set|Stream|EnumSet|ImmutableList|ImmutableSet)\.of|Arrays\.asList|Arrays\.stream|(?:Lists|Sets)\.new\w+|Collections\.unmodifiable\w+|Collections\.singletonList|asList|listOf|setOf)$/;
    MODEL_LINK = /^(?:model|modelName)$/;
    SETTERS = {
      "openai-java": { setter: { kind: "put", method: "putAdditionalBodyProperty", wrap: "JsonValue.from" }, imports: ["com.openai.core.JsonValue", "java.util.Map"] },
      langchain4j: { setter: { kind: "map", method: "customParameters" }, imports: ["java.util.Map"] }
    };
    javaRule = treeSitterRule({
      id: "java",
      description: "Legacy model IDs in Java: strings and text blocks, comments, comparisons, switch labels, map keys, lists and annotation defaults",
      path: JAVA,
      wasm: WASM2,
      // Comments and Javadoc are prose.
      literals: STRING2,
      comments: COMMENT2,
      facts: (root, ctx) => ({ ctx, root, snippet: sdkForFile(ctx.path, ctx.text) }),
      classify: classifyLiteral2
    });
  }
});

// src/check/recorded.ts
function isResponseShape(p) {
  const object = p.string("object");
  if (object !== null && RESPONSE_OBJECT.test(object)) return true;
  if (p.string("id")?.startsWith("chatcmpl-")) return true;
  if (p.has("choices") && p.has("usage")) return true;
  if (!p.has("model") || p.has("messages")) return false;
  return p.has("finish_reason") || p.has("system_fingerprint") || p.keys("usage").some((k) => TOKEN_COUNT.test(k));
}
function inRecordedResponse(text7, start, end) {
  const { start: ls, end: le } = lineAround(text7, start);
  if (SSE_LINE.test(text7.slice(ls, le))) return true;
  for (const span of enclosingSpans(text7, start, end)) {
    if (isResponseShape(lexicalProbe(text7.slice(span.start + 1, span.end - 1), text7[span.start] === "("))) return true;
  }
  return false;
}
function enclosingSpans(text7, from, to) {
  const opens = [];
  let depth = 0;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT) && opens.length < DEPTH; i--) {
    const c = text7[i];
    if (c === "}" || c === ")" || c === "]") depth++;
    else if (c === "{" || c === "(" || c === "[") {
      if (depth > 0) depth--;
      else if (c !== "[") opens.push(i);
    }
  }
  const out = [];
  depth = 0;
  let k = 0;
  for (let i = to; i < Math.min(text7.length, to + LIMIT) && k < opens.length; i++) {
    const c = text7[i];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c === "]") continue;
      const open3 = opens[k];
      if (text7[open3] === "{" !== (c === "}")) return out;
      out.push({ start: open3, end: i + 1 });
      k++;
    }
  }
  return out;
}
function lexicalMembers(body, call) {
  const src = body.includes('\\"') ? body.replace(/\\\\/g, "\\").replace(/\\"/g, '"') : body;
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === "`") {
      const close = closingQuote(src, i);
      if (close === -1) break;
      i = close;
    } else if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(src.slice(from));
  const sep = call ? "=(?!=)" : ":(?!:)|=>";
  const member = new RegExp(`^\\s*(["'\`]?)([\\w$.-]+)\\1\\s*(?:${sep})\\s*([\\s\\S]*)$`);
  const out = [];
  for (const part of parts) {
    const m = member.exec(part);
    if (m) out.push({ key: m[2], value: m[3].trim() });
  }
  return out;
}
function closingQuote(text7, at) {
  const q = text7[at];
  for (let i = at + 1; i < text7.length; i++) {
    const c = text7[i];
    if (c === "\\") i++;
    else if (c === q) return i;
    else if (c === "\n" && q !== "`") return -1;
  }
  return -1;
}
function unquote(value) {
  const m = /^(["'`])([^"'`]*)\1$/.exec(value);
  return m ? m[2] : null;
}
function lexicalProbe(body, call) {
  const members2 = /* @__PURE__ */ new Map();
  for (const m of lexicalMembers(body, call)) if (!members2.has(m.key)) members2.set(m.key, m.value);
  return {
    has: (key) => members2.has(key),
    string: (key) => {
      const v = members2.get(key);
      return v === void 0 ? null : unquote(v);
    },
    keys: (key) => {
      const v = members2.get(key);
      if (v === void 0) return [];
      const inner2 = /^\{([\s\S]*)\}$/.exec(v) ?? /^[\w.]*\(([\s\S]*)\)$/.exec(v);
      if (!inner2) return [];
      return lexicalMembers(inner2[1], !v.startsWith("{")).map((m) => m.key);
    }
  };
}
var RESPONSE_OBJECT, TOKEN_COUNT, SSE_LINE, LIMIT, DEPTH;
var init_recorded = __esm({
  "src/check/recorded.ts"() {
    "use strict";
    init_tokens();
    RESPONSE_OBJECT = /^chat\.completion(?:\.chunk)?$/;
    TOKEN_COUNT = /^(?:prompt|completion|total|input|output|reasoning|cached)_?tokens$|^(?:prompt|completion|total|input|output|reasoning)Tokens$/i;
    SSE_LINE = /^\s*data:\s*\{.*(?:chat\.completion|chatcmpl-)/;
    LIMIT = 8e3;
    DEPTH = 6;
  }
});

// rules/targets/json.ts
function members(obj) {
  const out = /* @__PURE__ */ new Map();
  if (obj?.type !== "object") return out;
  for (const p of obj.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k?.type === "string" && typeof k.value === "string" && v) out.set(k.value, v);
  }
  return out;
}
function valueOf(node, text7) {
  const src = text7.slice(node.offset, node.offset + node.length);
  if (node.type === "object") return { kind: "object" };
  if (node.type === "string" || node.type === "number" || node.type === "boolean" || node.type === "null") {
    return { kind: "literal", value: node.value, text: src };
  }
  return { kind: "opaque", text: src };
}
function render2(v, compact) {
  if (v !== null && typeof v === "object") {
    const sep = compact ? ":" : ": ";
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${sep}${render2(x, compact)}`).join(compact ? "," : ", ")}}`;
  }
  return JSON.stringify(v);
}
function objectTarget(src, obj) {
  return {
    callee: "",
    keys: new Set(members(obj).keys()),
    read(path14) {
      let cur = obj;
      for (const key of path14) {
        if (cur?.type !== "object") return { kind: "absent" };
        cur = members(cur).get(key);
      }
      return cur ? valueOf(cur, src.text) : { kind: "absent" };
    },
    append(path14, value) {
      let cur = obj;
      let i = 0;
      for (; i < path14.length; i++) {
        const next2 = members(cur).get(path14[i]);
        if (!next2) break;
        if (next2.type !== "object" || i === path14.length - 1) return null;
        cur = next2;
      }
      const nested = path14.slice(i + 1).reduceRight((v, k) => ({ [k]: v }), value);
      const ins = memberInsertion(src.text, cur, (compact) => `${JSON.stringify(path14[i])}${compact ? ":" : ": "}${render2(nested, compact)}`);
      const next = src.text.slice(0, ins.offset) + ins.text + src.text.slice(ins.offset);
      const errors = [];
      (0, import_jsonc_parser.parseTree)(next, errors, PARSE_OPTIONS);
      if (errors.length > 0) return null;
      const at = ins.offset === 0 ? src.toFile(0) : src.toFile(ins.offset - 1) + 1;
      return [{ start: at, end: at, text: src.encode(ins.text) }];
    }
  };
}
function memberInsertion(text7, obj, member) {
  const objStart = obj.offset;
  const objEnd = obj.offset + obj.length;
  const body = text7.slice(objStart, objEnd);
  const children = obj.children ?? [];
  const last2 = children[children.length - 1];
  const compact = !/"\s*:\s/.test(body) && /":[^\s]/.test(body);
  if (!last2) return { offset: objStart + 1, text: member(false) };
  const lastStart = last2.offset;
  const lastEnd = last2.offset + last2.length;
  const multiLine = text7.slice(objStart, lastStart).includes("\n");
  if (multiLine) {
    const lineStart2 = text7.lastIndexOf("\n", lastStart - 1) + 1;
    const lead = text7.slice(lineStart2, lastStart);
    const indent2 = /^\s*$/.test(lead) ? lead : /^\s*/.exec(lead)?.[0] ?? "";
    const eol = text7[lineStart2 - 2] === "\r" ? "\r\n" : "\n";
    return { offset: lastEnd, text: `,${eol}${indent2}${member(false)}` };
  }
  const sep = /,\s/.test(body) || !compact ? ", " : ",";
  return { offset: lastEnd, text: `${sep}${member(compact)}` };
}
var import_jsonc_parser, PARSE_OPTIONS;
var init_json2 = __esm({
  "rules/targets/json.ts"() {
    "use strict";
    import_jsonc_parser = require("jsonc-parser");
    PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };
  }
});

// rules/catalogs.ts
function nameOf(t, obj) {
  const m = t.members(obj);
  for (const k of NAME_KEYS) {
    const v = m.get(k);
    const s = v === void 0 ? null : t.text(v);
    if (s) return s;
  }
  return null;
}
function hostName(t, holder) {
  const up = t.parent(holder);
  if (up === null) return null;
  if (t.kind(up) === "array") {
    const named = t.items(up).filter((c) => t.kind(c) === "object" && nameOf(t, c) !== null).length;
    return named >= 2 ? nameOf(t, holder) : null;
  }
  if (t.kind(up) === "object") {
    const objects = [...t.members(up).values()].filter((c) => t.kind(c) === "object").length;
    return objects >= 2 ? nameOf(t, holder) ?? t.keyOf(holder) : null;
  }
  return null;
}
function catalogVerdict(t, node) {
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
  const entries = t.items(list).filter((c) => t.kind(c) === "object").length;
  if (entries < 2) return null;
  if (alias || key !== null && NAME_KEYS.includes(key)) return { reason: "mapping-key" };
  return null;
}
var META, NAME_KEYS, ALIAS_KEY;
var init_catalogs = __esm({
  "rules/catalogs.ts"() {
    "use strict";
    META = /^(?:max_?tokens|max_?output(?:_?tokens)?|max_?input_?tokens|context(?:_?length|_?window|_?size)?|content_?length|model_?types?|tags|is_?tools|modalities|capabilities|pricing|(?:input|output)_?(?:cost|price)\w*)$/i;
    NAME_KEYS = ["name", "id", "provider", "title", "vendor", "display_name", "llm_name", "model_name"];
    ALIAS_KEY = /^alias(?:es)?$/i;
  }
});

// rules/languages/notebook.ts
async function program(ctx) {
  const errors = [];
  const root = (0, import_jsonc_parser2.parseTree)(ctx.text, errors, { allowTrailingComma: true });
  const cells = members(root).get("cells");
  if (!root || errors.length > 0 || cells?.type !== "array") return null;
  const meta = members(root).get("metadata");
  const language = stringAt(members(members(meta).get("kernelspec")).get("language")) ?? stringAt(members(members(meta).get("language_info")).get("name")) ?? "python";
  const name = virtualName(language);
  const rule = name ? await ruleForName(name) : null;
  if (!name || !rule) return null;
  const parts = [];
  let text7 = "";
  for (const cell of cells.children ?? []) {
    const props = members(cell);
    if (stringAt(props.get("cell_type")) !== "code") continue;
    const source = props.get("source");
    const strings = source?.type === "array" ? source.children ?? [] : source ? [source] : [];
    const decoded = strings.map((s) => s.type === "string" ? decodeJsonString(ctx.text, s.offset, s.offset + s.length) : null);
    if (decoded.some((d) => d === null)) continue;
    const code = decoded.map((d) => d.value).join("");
    if (/^\s*%%/.test(code)) continue;
    const plain = code.replace(IPYTHON_LINE, (_m, ws) => `${ws}#`);
    if (rule.validate && await rule.validate(plain, name) !== null) continue;
    let at = text7.length;
    strings.forEach((s, i) => {
      const d = decoded[i];
      const lineStart2 = ctx.text.lastIndexOf("\n", s.offset - 1) + 1;
      parts.push({ at, value: d.value, map: d.map, listed: source?.type === "array", indent: ctx.text.slice(lineStart2, s.offset) });
      at += d.value.length;
    });
    text7 += `${plain}
`;
  }
  if (parts.length === 0) return null;
  const ats = parts.map((p) => p.at);
  const partAt = (i) => {
    let lo = lastAtMost(ats, i);
    let p = parts[lo];
    while (lo + 1 < parts.length && parts[lo + 1].at === p.at && p.value.length === 0) p = parts[++lo];
    return { part: p, k: Math.min(i - p.at, p.value.length) };
  };
  const toHost = (i) => {
    const { part, k } = partAt(i);
    return part.map[k];
  };
  const edit = (e) => {
    const a = partAt(e.start);
    const b = partAt(e.end);
    if (a.part !== b.part) return null;
    const { part } = a;
    const after = part.value.slice(0, a.k) + e.text + part.value.slice(b.k);
    let out = "";
    let pos = a.k;
    for (const ch of e.text) {
      out += JSON.stringify(ch).slice(1, -1);
      pos += ch.length;
      if (ch === "\n" && part.listed && pos < after.length) out += /^[ \t]*$/.test(part.indent) ? `",
${part.indent}"` : `", "`;
    }
    return { start: part.map[a.k], end: part.map[b.k], text: out };
  };
  return { name, view: { text: text7, toHost, edit } };
}
function stringAt(node) {
  return node?.type === "string" && typeof node.value === "string" ? node.value : void 0;
}
async function withNotebookCells(ctx, out) {
  if (!/\.ipynb$/i.test(ctx.path)) return out;
  const code = await program(ctx);
  if (!code) return out;
  const embedded = await analyseEmbedded(ctx, code.name, code.view, { owner: "json" });
  if (!embedded || embedded.detections.length === 0) return out;
  const judged = new Set(embedded.detections.map((d) => d.start));
  return {
    detections: [...out.detections.filter((d) => !judged.has(d.start)), ...embedded.detections].sort((a, b) => a.start - b.start),
    advisories: [...out.advisories ?? [], ...embedded.advisories ?? []]
  };
}
var import_jsonc_parser2, IPYTHON_LINE;
var init_notebook = __esm({
  "rules/languages/notebook.ts"() {
    "use strict";
    import_jsonc_parser2 = require("jsonc-parser");
    init_tokens();
    init_embed();
    init_json2();
    init_structured();
    IPYTHON_LINE = /^([ \t]*)[%!?]/gm;
  }
});

// rules/languages/json.ts
function plainView(fileText, start, end, kind = "body") {
  return { text: fileText.slice(start, end), toFile: (i) => start + i, encode: (s) => s, kind };
}
function ancestors(node) {
  const out = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}
function isResponseObject(obj) {
  const p = members(obj);
  return isResponseShape({
    has: (key) => p.has(key),
    string: (key) => {
      const v = p.get(key);
      return v?.type === "string" ? String(v.value) : null;
    },
    keys: (key) => [...members(p.get(key)).keys()]
  });
}
function recordedReason(root, node, path14) {
  for (const a of ancestors(node)) if (a.type === "object" && isResponseObject(a)) return "recorded-response";
  const rootProps = members(root);
  const cassette = rootProps.get("interactions")?.type === "array" || rootProps.get("http_interactions")?.type === "array" || members(rootProps.get("log")).get("entries")?.type === "array";
  const nock = root.type === "array" && (root.children ?? []).some((c) => members(c).has("scope") && members(c).has("method"));
  if (cassette || nock) {
    if (path14.includes("response") || path14.includes("responses")) return "recorded-response";
    if (path14.includes("request") || nock && path14[1] === "body") return "recorded-request";
  }
  for (const a of ancestors(node)) {
    const p = members(a);
    if (p.has("request") && p.has("response")) {
      const idx = path14.findIndex((seg, i) => i > 0 && (seg === "request" || seg === "response") && nodeAtPath(root, path14.slice(0, i)) === a);
      if (idx !== -1) return path14[idx] === "response" ? "recorded-response" : "recorded-request";
    }
  }
  return null;
}
function nodeAtPath(root, path14) {
  let n = root;
  for (const seg of path14) {
    if (!n) return void 0;
    if (typeof seg === "number") n = n.type === "array" ? n.children?.[seg] : void 0;
    else n = members(n).get(seg);
  }
  return n;
}
function isKey(node) {
  return node.parent?.type === "property" && node.parent.children?.[0] === node;
}
function propertyName(valueNode) {
  const p = valueNode.parent;
  if (p?.type !== "property" || p.children?.[1] !== valueNode) return null;
  const k = p.children[0];
  return k?.type === "string" ? String(k.value) : null;
}
function stringValues(nodes) {
  return (nodes ?? []).filter((n) => n.type === "string").map((n) => String(n.value)).join("\n");
}
function propertyValues(obj) {
  return stringValues((obj.children ?? []).map((p) => p.children?.[1]).filter((v) => v !== void 0));
}
function entryCollection(root, node, legacy, once) {
  const prop = node.parent;
  const obj = prop?.type === "property" && prop.children?.[1] === node ? prop.parent : void 0;
  if (!obj || obj.type !== "object") return null;
  if ((obj.children ?? []).some((p) => REQUEST_KEYS.has(String(p.children?.[0]?.value)))) return null;
  const list = obj.parent;
  if (list?.type === "array") {
    const reason = once(list, "entries", legacy, () => collectionReason((list.children ?? []).filter((e) => e.type === "object").map(propertyValues).join("\n"), legacy));
    if (reason) return reason;
  }
  if (obj === root) return null;
  const key = obj.parent?.type === "property" ? obj.parent.children?.[0]?.value : void 0;
  if (typeof key === "string" && ENV_KEYS.has(key)) return null;
  return once(obj, "values", legacy, () => mentionsOther(propertyValues(obj), legacy) ? "collection-both" : null);
}
function requestSite3(ctx, view, obj, legacy, owners) {
  const target = objectTarget(view, obj);
  const facts2 = { language: "json", target, via: "model", prefix: "", mentions: (re) => re.test(ctx.text) };
  const sdk = recogniseRequest(facts2);
  if (!sdk) return null;
  const mode = legacyEntry(legacy).thinking;
  const owner = owners.get(obj.offset);
  if (owner !== void 0) {
    if (owner === mode) return { action: "rewrite", reason: "request-site", extra: { thinking: ctx.thinking === "off" ? "note" : "inserted", snippet: sdk.id } };
    return ctx.thinking === "off" ? { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: sdk.id } } : { action: "review", reason: "thinking-conflict", extra: { detail: { found: owner } } };
  }
  const plan = planThinking(sdk, [{ target }], mode, ctx.thinking);
  switch (plan.kind) {
    case "conflict":
      return { action: "review", reason: "thinking-conflict", extra: { detail: { found: plan.found } } };
    case "present":
      return { action: "rewrite", reason: "request-site", extra: { thinking: "present", snippet: sdk.id } };
    case "insert":
      owners.set(obj.offset, mode);
      return { action: "rewrite", reason: "request-site", extra: { thinking: "inserted", snippet: sdk.id, extraEdits: plan.edits } };
    case "note":
      return ctx.thinking === "off" ? { action: "rewrite", reason: "request-site", extra: { thinking: "note", snippet: sdk.id } } : null;
  }
}
function analyzeJson(ctx, view, snippet2) {
  const errors = [];
  const root = (0, import_jsonc_parser3.parseTree)(view.text, errors, PARSE_OPTIONS2);
  const valid = errors.length === 0;
  const detections = [];
  if (!root) return { detections, valid };
  const file = ctx.text;
  const isPackageJson = view.kind === "file" && /(?:^|\/)package\.json$/i.test(ctx.path);
  const rootProps = members(root);
  const notebook = view.kind === "file" && /\.ipynb$/i.test(ctx.path) && rootProps.get("cells")?.type === "array";
  const schema = view.kind === "file" && (/\.schema\.json$/i.test(ctx.path) || rootProps.has("$schema"));
  const owners = /* @__PURE__ */ new Map();
  const once = containerVerdicts();
  const visitString = (node) => {
    const decoded = decodeJsonString(view.text, node.offset, node.offset + node.length);
    if (!decoded) return;
    const occs = findOccurrences(decoded.value);
    if (occs.length === 0) return;
    const path14 = (0, import_jsonc_parser3.getNodePath)(node);
    if (isPackageJson && (PACKAGE_SECTIONS.has(String(path14[0])) || path14.length === 1 && path14[0] === "name")) return;
    for (const occ of occs) {
      const range = toFileRange(view, decoded, occ.start, occ.end);
      if (!range) {
        const start = view.toFile(decoded.map[occ.start]);
        const end = view.toFile(decoded.map[occ.end]);
        detections.push(detect(moveOccurrence(occ, start, end), ctx, "review", "escaped-literal"));
        continue;
      }
      const fileOcc = moveOccurrence(occ, range.start, range.end);
      detections.push(classify3(node, path14, decoded, occ, fileOcc));
    }
  };
  const classify3 = (node, path14, decoded, occ, fileOcc) => {
    if (notebook && path14[0] === "cells" && typeof path14[1] === "number") {
      if (path14[2] === "outputs") return detect(fileOcc, ctx, "review", "recorded-response");
      if (path14[2] === "source") {
        const cell = cellSource(path14[1], node);
        const at = { ...occ, start: occ.start + cell.offset, end: occ.end + cell.offset };
        return notebookSource(cell.text, at, fileOcc, nodeAtPath(root, ["cells", path14[1], "cell_type"])?.value);
      }
    }
    const recorded = recordedReason(root, node, path14) ?? (RESPONSE_TEXT.test(decoded.value) ? "recorded-response" : null);
    if (recorded) return detect(fileOcc, ctx, "review", recorded);
    if (isKey(node)) {
      const keys = (node.parent?.parent?.children ?? []).map((p) => p.children?.[0]).filter((k) => k !== void 0);
      return detect(fileOcc, ctx, "review", mentionsCurrent(stringValues(keys)) ? "collection-current" : "mapping-key");
    }
    const parent = node.parent;
    if (parent?.type === "array") {
      if (schema && parent.parent && propertyName(parent) === "enum") return detect(fileOcc, ctx, "review", "generated");
      const reason = once(parent, "items", occ.legacy, () => collectionReason(stringValues(parent.children), occ.legacy));
      if (reason) return detect(fileOcc, ctx, "review", reason);
    }
    const catalog2 = catalogVerdict(JSON_TREE, node);
    if (catalog2) return detect(fileOcc, ctx, "review", catalog2.reason, catalog2.reason === "other-host" ? { detail: { host: catalog2.host } } : {});
    const entries = entryCollection(root, node, occ.legacy, once);
    if (entries) return detect(fileOcc, ctx, "review", entries);
    if (schema && enumMentions(node, occ.legacy)) return detect(fileOcc, ctx, "review", "generated");
    if (propertyName(node) === "model" && node.parent?.parent?.type === "object") {
      const site = requestSite3(ctx, view, node.parent.parent, occ.legacy, owners);
      if (site) return detect(fileOcc, ctx, site.action, site.reason, site.extra);
    }
    return valueDetection(ctx, fileOcc, snippet2);
  };
  const cells = /* @__PURE__ */ new Map();
  const cellSource = (index, node) => {
    let cell = cells.get(index);
    if (!cell) {
      const source = nodeAtPath(root, ["cells", index, "source"]);
      const parts = source?.type === "array" ? source.children ?? [] : source ? [source] : [];
      let text7 = "";
      const starts = /* @__PURE__ */ new Map();
      for (const part of parts) {
        const d = part.type === "string" ? decodeJsonString(view.text, part.offset, part.offset + part.length) : null;
        starts.set(part.offset, text7.length);
        text7 += d?.value ?? "";
      }
      cells.set(index, cell = { text: text7, starts });
    }
    const offset = cell.starts.get(node.offset);
    return offset === void 0 ? { text: decodeJsonString(view.text, node.offset, node.offset + node.length)?.value ?? "", offset: 0 } : { text: cell.text, offset };
  };
  const notebookSource = (source, occ, fileOcc, cellType) => {
    const nbSnippet = sdkForFile(ctx.path, file);
    const markdown = cellType === "markdown" || cellType === "raw";
    const doc = markdown ? docStructure("cell.md", source) : null;
    const lineStart2 = source.lastIndexOf("\n", occ.start - 1) + 1;
    const comment = !markdown && /^\s*#/.test(source.slice(lineStart2, occ.start));
    if (doc && !inCodeBlock(doc, occ.start) || comment) {
      const reason2 = proseReason(source, occ, doc);
      return reason2 ? detect(fileOcc, ctx, "review", reason2) : detect(fileOcc, ctx, "rewrite", "reference", { snippet: nbSnippet });
    }
    if (markdown && isMigrationProse(source, occ.start, occ.end)) return detect(fileOcc, ctx, "review", "migration-prose");
    const reason = lineHeuristic(source, occ, "cell.py");
    if (reason) return detect(fileOcc, ctx, "review", reason);
    return detect(fileOcc, ctx, "rewrite", "reference", { snippet: nbSnippet });
  };
  const walk = (node) => {
    if (node.type === "string") visitString(node);
    for (const c of node.children ?? []) walk(c);
  };
  walk(root);
  return { detections, valid };
}
function enumMentions(node, legacy) {
  for (const a of ancestors(node)) {
    const e = members(a).get("enum");
    if (e?.type === "array") return mentions(stringValues(e.children), legacy);
  }
  return false;
}
function toFileRange(view, decoded, from, to) {
  const inView = sourceRange(view.text, decoded, from, to);
  if (!inView) return null;
  return { start: view.toFile(inView.start), end: view.toFile(inView.end - 1) + 1 };
}
function commentRanges(text7) {
  const out = [];
  const scanner = (0, import_jsonc_parser3.createScanner)(text7, false);
  for (let kind = scanner.scan(); kind !== import_jsonc_parser3.SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === import_jsonc_parser3.SyntaxKind.LineCommentTrivia || kind === import_jsonc_parser3.SyntaxKind.BlockCommentTrivia) {
      out.push({ start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() });
    }
  }
  return out;
}
function jsonError(text7) {
  const error = valueError(text7, 0, text7.length);
  if (error === null || jsonLines(text7) !== null) return null;
  return error;
}
function valueError(text7, start, end) {
  const errors = [];
  (0, import_jsonc_parser3.parseTree)(text7.slice(start, end), errors, PARSE_OPTIONS2);
  const e = errors[0];
  return e ? `${(0, import_jsonc_parser3.printParseErrorCode)(e.error)} at offset ${start + e.offset}` : null;
}
function jsonLines(text7, strict = true) {
  const out = [];
  for (let start = 0; start < text7.length; ) {
    let end = text7.indexOf("\n", start);
    if (end === -1) end = text7.length;
    const stop = text7[end - 1] === "\r" ? end - 1 : end;
    if (text7.slice(start, stop).trim() !== "") {
      if (strict && valueError(text7, start, stop) !== null) return null;
      out.push({ start, end: stop });
    }
    start = end + 1;
  }
  return out.length >= (strict ? 2 : 1) ? out : null;
}
function fileDetections(ctx, snippet2) {
  const { path: path14, text: text7 } = ctx;
  const perLine = (lines2) => lines2.flatMap((l) => analyzeJson(ctx, plainView(text7, l.start, l.end, "file"), snippet2).detections);
  if (JSON_LINES_FILE.test(path14)) return perLine(jsonLines(text7, false) ?? []);
  const whole = analyzeJson(ctx, plainView(text7, 0, text7.length, "file"), snippet2);
  const lines = whole.valid ? null : jsonLines(text7);
  return lines ? perLine(lines) : whole.detections;
}
var import_jsonc_parser3, JSON_FILE, JSON_LINES_FILE, LOCKFILE, PARSE_OPTIONS2, PACKAGE_SECTIONS, RESPONSE_TEXT, JSON_TREE, ENV_KEYS, REQUEST_KEYS, jsonRule;
var init_json3 = __esm({
  "rules/languages/json.ts"() {
    "use strict";
    import_jsonc_parser3 = require("jsonc-parser");
    init_catalog();
    init_recorded();
    init_prose();
    init_tokens();
    init_shared();
    init_collection();
    init_sdks();
    init_json2();
    init_catalogs();
    init_sdks();
    init_plan();
    init_notebook();
    init_structured();
    JSON_FILE = /\.(?:json|jsonc|ipynb|code-workspace|jsonl|ndjson)$/i;
    JSON_LINES_FILE = /\.(?:jsonl|ndjson)$/i;
    LOCKFILE = /(?:^|\/)(?:package-lock|npm-shrinkwrap|composer)\.json$/i;
    PARSE_OPTIONS2 = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };
    PACKAGE_SECTIONS = /* @__PURE__ */ new Set([
      "keywords",
      "dependencies",
      "devDependencies",
      "peerDependencies",
      "optionalDependencies",
      "bundleDependencies",
      "bundledDependencies",
      "overrides",
      "resolutions",
      "peerDependenciesMeta",
      "dependenciesMeta",
      "bin"
    ]);
    RESPONSE_TEXT = /"object"\s*:\s*"chat\.completion|chatcmpl-/;
    JSON_TREE = {
      parent: (n) => (n.parent?.type === "property" ? n.parent.parent : n.parent) ?? null,
      kind: (n) => n.type === "object" ? "object" : n.type === "array" ? "array" : "other",
      keyOf: (n) => propertyName(n),
      members: (n) => members(n),
      items: (n) => n.type === "array" ? n.children ?? [] : [],
      text: (n) => n.type === "string" && typeof n.value === "string" ? n.value : null
    };
    ENV_KEYS = /* @__PURE__ */ new Set(["env", "environment", "variables", "containerEnv", "remoteEnv"]);
    REQUEST_KEYS = /* @__PURE__ */ new Set(["messages", "prompt", "input"]);
    jsonRule = {
      id: "json",
      description: "Legacy model IDs in JSON/JSONC files and notebooks: values, keys, arrays, request bodies, recordings",
      appliesTo: (path14) => JSON_FILE.test(path14),
      async check(ctx) {
        if (LOCKFILE.test(ctx.path)) return { detections: [] };
        const snippet2 = sdkForFile(ctx.path, ctx.text);
        const detections = fileDetections(ctx, snippet2);
        for (const c of commentRanges(ctx.text)) {
          for (const occ of findOccurrences(ctx.text, c.start, c.end)) detections.push(commentDetection(ctx, occ, snippet2));
        }
        return withNotebookCells(ctx, { detections });
      },
      validate: (text7) => jsonError(text7)
    };
  }
});

// rules/targets/python.ts
function kids(node) {
  return node.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function calleeText(call, text7) {
  const fn = call.childForFieldName("function");
  return fn ? text7.slice(fn.startIndex, fn.endIndex).replace(/\s+/g, "") : "";
}
function dictEntries(dict, text7) {
  const out = /* @__PURE__ */ new Map();
  for (const p of kids(dict)) {
    if (p.type !== "pair") continue;
    const key = plainKey(p.childForFieldName("key"), text7);
    const value = p.childForFieldName("value");
    if (key !== null && value) out.set(key, value);
  }
  return out;
}
function plainKey(node, text7) {
  if (!node || node.type !== "string") return null;
  const parts = node.namedChildren.filter((c) => c !== null);
  if (parts.some((c) => c.type === "interpolation")) return null;
  const content = parts.find((c) => c.type === "string_content");
  if (content && content.namedChildren.length > 0) return null;
  return content ? text7.slice(content.startIndex, content.endIndex) : "";
}
function keywordArgs(args2) {
  const out = /* @__PURE__ */ new Map();
  if (!args2 || args2.type !== "argument_list") return out;
  for (const a of kids(args2)) {
    if (a.type !== "keyword_argument") continue;
    const name = a.childForFieldName("name");
    const value = a.childForFieldName("value");
    if (name && value) out.set(name.text, value);
  }
  return out;
}
function valueOf2(node, text7) {
  const src = text7.slice(node.startIndex, node.endIndex);
  switch (node.type) {
    case "dictionary":
      return { kind: "object" };
    case "string": {
      const key = plainKey(node, text7);
      return key === null ? { kind: "opaque", text: src } : { kind: "literal", value: key, text: src };
    }
    case "true":
    case "false":
      return { kind: "literal", value: node.type === "true", text: src };
    case "integer":
    case "float":
      return { kind: "literal", value: Number(src), text: src };
    case "none":
      return { kind: "literal", value: null, text: src };
    default:
      return { kind: "opaque", text: src };
  }
}
function readBelow(first, rest, text7) {
  let cur = first;
  for (const key of rest) {
    if (!cur) return { kind: "absent" };
    if (cur.type !== "dictionary") return { kind: "absent" };
    cur = dictEntries(cur, text7).get(key);
  }
  return cur ? valueOf2(cur, text7) : { kind: "absent" };
}
function appendBelow(src, first, rest, value, q) {
  let cur = first;
  let i = 0;
  for (; i < rest.length; i++) {
    if (cur.type !== "dictionary" || hasSplat(cur) || cur.hasError) return null;
    const next = dictEntries(cur, src.text).get(rest[i]);
    if (!next) break;
    if (i === rest.length - 1) return null;
    cur = next;
  }
  if (cur.type !== "dictionary" || hasSplat(cur) || cur.hasError) return null;
  return appendItem(src, cur, `${q}${rest[i]}${q}: ${render3(nest(rest.slice(i + 1), value), q)}`);
}
function nest(path14, value) {
  return path14.reduceRight((v, k) => ({ [k]: v }), value);
}
function render3(v, q) {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `${q}${v}${q}`;
  return `{${Object.entries(v).map(([k, x]) => `${q}${k}${q}: ${render3(x, q)}`).join(", ")}}`;
}
function callTarget(src, call, q) {
  const args2 = call.childForFieldName("arguments");
  const byName = keywordArgs(args2);
  return {
    callee: calleeText(call, src.text),
    keys: new Set(byName.keys()),
    read: (path14) => readBelow(byName.get(path14[0]), path14.slice(1), src.text),
    append(path14, value) {
      const existing2 = byName.get(path14[0]);
      if (existing2) return path14.length > 1 ? appendBelow(src, existing2, path14.slice(1), value, q) : null;
      if (!args2 || args2.type !== "argument_list" || hasSplat(args2) || call.hasError) return null;
      return appendItem(src, args2, `${path14[0]}=${render3(nest(path14.slice(1), value), q)}`);
    }
  };
}
function dictTarget(src, dict, callee2, q) {
  const entries = dictEntries(dict, src.text);
  return {
    callee: callee2,
    keys: new Set(entries.keys()),
    read: (path14) => readBelow(dict, path14, src.text),
    append: (path14, value) => appendBelow(src, dict, path14, value, q)
  };
}
function appendItem(src, container, item) {
  const { text: text7 } = src;
  const open3 = container.firstChild;
  if (!open3) return [];
  const items = kids(container);
  const last2 = items[items.length - 1];
  if (!last2) return [{ start: open3.endIndex, end: open3.endIndex, text: item }];
  let comma = null;
  for (let s = last2.nextSibling; s; s = s.nextSibling) {
    if (s.type === ",") comma = s;
    if (s.type !== "comment") break;
  }
  const lineOf = (i) => text7.lastIndexOf("\n", i - 1);
  if (lineOf(last2.startIndex) === lineOf(open3.startIndex)) {
    return [{ start: last2.endIndex, end: last2.endIndex, text: `, ${item}` }];
  }
  const lineStart2 = lineOf(last2.startIndex) + 1;
  const indent2 = /^[ \t]*/.exec(text7.slice(lineStart2, last2.startIndex))[0];
  const anchor = comma ? comma.endIndex : last2.endIndex;
  let lineEnd2 = text7.indexOf("\n", anchor);
  if (lineEnd2 === -1) lineEnd2 = text7.length;
  const eol = text7[lineEnd2 - 1] === "\r" ? "\r\n" : src.eol;
  if (text7[lineEnd2 - 1] === "\r") lineEnd2--;
  const rest = text7.slice(anchor, lineEnd2).trim();
  const tail = comma ? "," : "";
  if (rest === "" || rest.startsWith("#")) {
    const edits = [];
    if (!comma) edits.push({ start: last2.endIndex, end: last2.endIndex, text: "," });
    edits.push({ start: lineEnd2, end: lineEnd2, text: `${eol}${indent2}${item}${tail}` });
    return edits;
  }
  return [{ start: anchor, end: anchor, text: `${comma ? "" : ","}${eol}${indent2}${item}${tail}` }];
}
var hasSplat;
var init_python = __esm({
  "rules/targets/python.ts"() {
    "use strict";
    hasSplat = (container) => kids(container).some((k) => k.type === "dictionary_splat");
  }
});

// rules/languages/doc-comments.ts
function firstStatement(stmt) {
  const parent = stmt.parent;
  if (!parent || parent.type !== "module" && parent.type !== "block") return false;
  const first = parent.namedChildren.find((c) => c !== null && c.type !== "comment");
  return first?.startIndex === stmt.startIndex;
}
function pythonDocstrings(root, text7) {
  const out = /* @__PURE__ */ new Map();
  for (const occ of findOccurrences(text7)) {
    let n = root.descendantForIndex(occ.start, occ.end);
    while (n && n.type !== "string") n = n.type === "comment" ? null : n.parent;
    if (!n || out.has(n.startIndex)) continue;
    const stmt = n.parent;
    if (stmt?.type !== "expression_statement" || stmt.namedChildCount !== 1 || !firstStatement(stmt)) continue;
    const open3 = n.children.find((c) => c?.type === "string_start");
    const close = n.children.find((c) => c?.type === "string_end");
    if (!open3 || !close || /f/i.test(open3.text)) continue;
    out.set(n.startIndex, { start: open3.endIndex, end: close.startIndex });
  }
  return [...out.values()];
}
function jsDocComments(text7) {
  const out = [];
  if (!text7.includes("/**")) return out;
  const occs = findOccurrences(text7);
  if (occs.length === 0) return out;
  for (let i = 0; i < text7.length; i++) {
    const c = text7[i];
    if (c === "/" && text7[i + 1] === "/") {
      const nl = text7.indexOf("\n", i);
      i = nl === -1 ? text7.length : nl;
    } else if (c === "/" && text7[i + 1] === "*") {
      const close = text7.indexOf("*/", i + 2);
      const end = close === -1 ? text7.length : close;
      if (text7[i + 2] === "*" && text7[i + 3] !== "/" && occs.some((o) => o.start > i && o.end <= end)) out.push({ start: i + 3, end });
      i = end + 1;
    } else if (c === '"' || c === "'" || c === "`") {
      let k = i + 1;
      while (k < text7.length && text7[k] !== c && !(c !== "`" && text7[k] === "\n")) k += text7[k] === "\\" ? 2 : 1;
      i = k;
    }
  }
  return out;
}
function contentLines(text7, range, jsdoc) {
  const lines = [];
  for (let start = range.start; start <= range.end; ) {
    let nl = text7.indexOf("\n", start);
    if (nl === -1 || nl > range.end) nl = range.end;
    const end = nl > start && text7[nl - 1] === "\r" ? nl - 1 : nl;
    let from = start;
    if (jsdoc) {
      const star = /^[ \t]*\*(?!\/)[ \t]?/.exec(text7.slice(start, end));
      if (star) from = start + star[0].length;
      else if (start === range.start) from = start + (/^[ \t]?/.exec(text7.slice(start, end))?.[0].length ?? 0);
    }
    lines.push({ start: from, end });
    if (nl >= range.end) break;
    start = nl + 1;
  }
  return lines;
}
async function withDocExamples(ctx, out, ranges, host) {
  if (ranges.length === 0) return out;
  const tag = host === "python" ? "python" : TS_HOST.find(([re]) => re.test(ctx.path))?.[1] ?? "ts";
  const blocks = ranges.flatMap((r) => commentBlocks(ctx.text, contentLines(ctx.text, r, host === "jsdoc"), tag));
  if (blocks.length === 0) return out;
  const code = await embedBlocks(ctx, blocks);
  if (code.judged.size === 0) return out;
  return {
    detections: [...out.detections.filter((d) => !code.judged.has(d.start)), ...code.detections].sort((a, b) => a.start - b.start),
    advisories: [...out.advisories ?? [], ...code.advisories]
  };
}
var TS_HOST;
var init_doc_comments = __esm({
  "rules/languages/doc-comments.ts"() {
    "use strict";
    init_tokens();
    init_docs_blocks();
    TS_HOST = [
      [/\.tsx$/i, "tsx"],
      [/\.jsx$/i, "jsx"],
      [/\.[cm]?js$/i, "js"]
    ];
  }
});

// rules/languages/python.ts
function kids2(node) {
  return node.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function allKids(node) {
  return node.children.filter((c) => c !== null);
}
function same(a, b) {
  return a !== null && b !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
function parentOf(node) {
  let p = node.parent;
  while (p && p.type === "parenthesized_expression") p = p.parent;
  return p;
}
function outerOf3(node) {
  let n = node;
  while (n.parent && n.parent.type === "parenthesized_expression") n = n.parent;
  return n;
}
function callee(call, text7) {
  const fn = call.childForFieldName("function");
  const full = fn ? text7.slice(fn.startIndex, fn.endIndex).replace(/\s+/g, "") : "";
  return { full, last: full.slice(full.lastIndexOf(".") + 1) };
}
function keywordArgs2(call) {
  const args2 = call.childForFieldName("arguments");
  const byName = /* @__PURE__ */ new Map();
  let splat = false;
  if (args2 && args2.type === "argument_list") {
    for (const a of kids2(args2)) {
      if (a.type === "keyword_argument") {
        const name = a.childForFieldName("name");
        const value = a.childForFieldName("value");
        if (name && value) byName.set(name.text, value);
      } else if (a.type === "dictionary_splat") splat = true;
    }
  }
  return { byName, splat, args: args2 };
}
function plainString(node, text7) {
  if (!node || node.type !== "string") return null;
  if (allKids(node).some((n) => n.type === "interpolation")) return null;
  return literalValue(node, text7).value;
}
function dictEntries2(dict, text7) {
  const out = /* @__PURE__ */ new Map();
  for (const p of kids2(dict)) {
    if (p.type !== "pair") continue;
    const key = plainString(p.childForFieldName("key"), text7);
    const value = p.childForFieldName("value");
    if (key !== null && value) out.set(key, value);
  }
  return out;
}
function decodeEscape(esc) {
  const body = esc.slice(1);
  switch (body[0]) {
    case "\n":
    case "\r":
      return "";
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    case "x":
    case "u":
    case "U": {
      const code = Number.parseInt(body.slice(1), 16);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : PLACEHOLDER;
    }
    case "N":
      return PLACEHOLDER;
    default:
      if (/^[0-7]{1,3}$/.test(body)) return String.fromCodePoint(Number.parseInt(body, 8));
      return body.length === 1 ? body : esc;
  }
}
function literalValue(lit, text7) {
  const value = [];
  const rawStart = [];
  const rawEnd = [];
  const contents = [];
  const push = (s, from, to) => {
    for (const ch of s) {
      value.push(ch);
      rawStart.push(from);
      rawEnd.push(to);
    }
  };
  const pieces = lit.type === "concatenated_string" ? kids2(lit).filter((k) => k.type === "string") : [lit];
  for (const piece of pieces) {
    const start = piece.child(0);
    const raw = start ? /[rR]/.test(text7.slice(start.startIndex, start.endIndex)) : false;
    for (const part of allKids(piece)) {
      if (part.type === "interpolation") {
        push(PLACEHOLDER, part.startIndex, part.endIndex);
        continue;
      }
      if (part.type !== "string_content") continue;
      contents.push({ start: part.startIndex, end: part.endIndex });
      let cursor = part.startIndex;
      for (const inner2 of allKids(part)) {
        for (let i = cursor; i < inner2.startIndex; i++) push(text7[i], i, i + 1);
        const src = text7.slice(inner2.startIndex, inner2.endIndex);
        const decoded = inner2.type === "escape_interpolation" ? src[0] : raw ? src : decodeEscape(src);
        push(decoded, inner2.startIndex, inner2.endIndex);
        cursor = inner2.endIndex;
      }
      for (let i = cursor; i < part.endIndex; i++) push(text7[i], i, i + 1);
    }
  }
  return { value: value.join(""), rawStart, rawEnd, contents };
}
function nameIndex(root) {
  const add = (m, k, n) => {
    const list = m.get(k);
    if (list) list.push(n);
    else m.set(k, [n]);
  };
  const ids = /* @__PURE__ */ new Map();
  const attrs = /* @__PURE__ */ new Map();
  const assigns = /* @__PURE__ */ new Map();
  for (const n of root.descendantsOfType(["identifier", "attribute", "assignment", "augmented_assignment"])) {
    if (!n) continue;
    if (n.type === "identifier") add(ids, n.text, n);
    else if (n.type === "attribute") {
      const t = n.text.replace(/\s+/g, "");
      if (/^(?:self|cls)\.\w+$/.test(t)) add(attrs, t, n);
    } else {
      const left = n.childForFieldName("left");
      if (left) add(assigns, left.text.replace(/\s+/g, ""), n);
    }
  }
  return { ids, attrs, assigns };
}
function isTestPath(path14) {
  const base = path14.slice(path14.lastIndexOf("/") + 1);
  return /^test_.*\.py[iw]?$|_test\.py[iw]?$|^conftest\.py$/.test(base) || /(?:^|\/)tests?\//.test(path14);
}
function isPublicInit(path14) {
  const parts = path14.split("/");
  if (parts[parts.length - 1] !== "__init__.py") return false;
  if (isTestPath(path14)) return false;
  return !parts.slice(0, -1).some((p) => p.startsWith("_") || p.startsWith(".") || /^(?:examples?|scripts?|docs?)$/.test(p));
}
function importedNames(root) {
  const out = /* @__PURE__ */ new Map();
  const dotted = (n) => n?.type === "dotted_name" ? n.text.replace(/\s+/g, "") : null;
  for (const stmt of root.descendantsOfType(["import_statement", "import_from_statement"])) {
    if (!stmt) continue;
    const from = stmt.type === "import_from_statement" ? dotted(stmt.childForFieldName("module_name")) : "";
    if (from === null) continue;
    for (const item of stmt.childrenForFieldName("name")) {
      if (!item) continue;
      const aliased = item.type === "aliased_import";
      const path14 = dotted(aliased ? item.childForFieldName("name") : item);
      if (path14 === null) continue;
      const full = from ? `${from}.${path14}` : path14;
      const alias = aliased ? item.childForFieldName("alias")?.text : void 0;
      if (alias) out.set(alias, full);
      else if (from) out.set(path14, full);
      else out.set(path14.split(".")[0], path14.split(".")[0]);
    }
  }
  return out;
}
function originOf(calleeText3, imports) {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(calleeText3)) return "";
  const dot = calleeText3.indexOf(".");
  const head = dot === -1 ? calleeText3 : calleeText3.slice(0, dot);
  const bound = imports.get(head);
  return bound === void 0 ? "" : bound + (dot === -1 ? "" : calleeText3.slice(dot));
}
function exportedNames(root, text7) {
  const names2 = /* @__PURE__ */ new Set();
  for (const stmt of kids2(root)) {
    if (stmt.type !== "expression_statement") continue;
    const expr = stmt.firstNamedChild;
    if (!expr || expr.type !== "assignment" && expr.type !== "augmented_assignment") continue;
    const left = expr.childForFieldName("left");
    const right = expr.childForFieldName("right");
    if (!left || left.text !== "__all__" || !right) continue;
    for (const item of kids2(right)) {
      const v = plainString(item, text7);
      if (v !== null) names2.add(v);
    }
  }
  return names2;
}
function responseShaped(node, text7) {
  if (node.type !== "dictionary" && node.type !== "call") return false;
  const src = text7.slice(node.startIndex, node.endIndex);
  if (!/chat\.completion|chatcmpl-|choices[\s\S]*usage|usage[\s\S]*choices/.test(src)) return false;
  const membersOf = (n) => n?.type === "dictionary" ? dictEntries2(n, text7) : n?.type === "call" ? keywordArgs2(n).byName : /* @__PURE__ */ new Map();
  const members2 = membersOf(node);
  return isResponseShape({
    has: (key) => members2.has(key),
    string: (key) => plainString(members2.get(key) ?? null, text7),
    keys: (key) => [...membersOf(members2.get(key)).keys()]
  });
}
function ancestors2(node) {
  const out = [];
  for (let p = node.parent; p; p = p.parent) {
    out.push(p);
    if (STATEMENT_STOP.has(p.type)) break;
  }
  return out;
}
function isRegexLike(value, vs, ve, rawPrefix) {
  const before = value.slice(Math.max(0, vs - 2), vs);
  const after = value.slice(ve, ve + 2);
  if (before.endsWith("^") || after.startsWith("$") || before === "\\b" || after === "\\b") return true;
  return rawPrefix && (/[|(]$/.test(before) || /^[|)]/.test(after));
}
function outermostContainer(lit) {
  let found = null;
  let n = outerOf3(lit);
  for (let p = parentOf(n); p && CONTAINERS.has(p.type); p = parentOf(n)) {
    if (p.type !== "pair") found = p;
    n = outerOf3(p);
  }
  return found;
}
function classifyString(facts2, occ, lit, lv, vs, ve) {
  const { text: text7 } = facts2;
  const plain = (reason) => ({ detection: {}, action: "review", reason, call: null });
  const chain = ancestors2(lit);
  const outer2 = outerOf3(lit);
  const parent = parentOf(outer2);
  if (chain.some((a) => responseShaped(a, text7)) || RESPONSE_TEXT2.test(lv.value)) return plain("recorded-response");
  if (parent?.type === "expression_statement" && kids2(parent).length === 1) {
    if (isMigrationProse(text7, occ.start, occ.end)) return plain("migration-prose");
    return { detection: { thinking: "none" }, action: "rewrite", reason: "reference", call: null };
  }
  if (facts2.isTest) {
    const asserting = chain.some(
      (a) => a.type === "assert_statement" || a.type === "call" && /^assert/i.test(callee(a, text7).last)
    );
    if (asserting) return { detection: { thinking: "none" }, action: "rewrite", reason: "reference", call: null };
  }
  const start = lit.type === "string" ? lit.child(0) : lit.child(0)?.child(0) ?? null;
  const rawPrefix = start ? /[rR]/.test(text7.slice(start.startIndex, start.endIndex)) : false;
  if (isRegexLike(lv.value, vs, ve, rawPrefix)) return plain("regex");
  let argOf = outer2;
  let argParent = parent;
  if (argParent?.type === "keyword_argument") {
    argOf = outerOf3(argParent);
    argParent = argParent.parent;
  } else if (argParent?.type === "tuple" && parentOf(outerOf3(argParent))?.type === "argument_list") {
    argOf = outerOf3(argParent);
    argParent = parentOf(argOf);
  }
  const call = argParent?.type === "argument_list" && argParent.parent?.type === "call" ? argParent.parent : null;
  if (call) {
    const { full, last: last2 } = callee(call, text7);
    if (REGEX_CALL2.test(full)) return plain("regex");
    const positional = kids2(argParent).filter((a) => a.type !== "keyword_argument");
    if (COMPARE_METHODS.has(last2) && full.includes(".")) return plain("comparison");
    if (KEY_METHODS.has(last2) && full.includes(".") && same(positional[0] ?? null, argOf)) return plain("mapping-key");
  }
  let n = outer2;
  let p = parent;
  while (p && (p.type === "tuple" || p.type === "list" || p.type === "set")) {
    n = outerOf3(p);
    p = parentOf(n);
  }
  if (p?.type === "comparison_operator") return plain("comparison");
  if (chain.some((a) => a.type === "case_pattern")) return plain("switch-case");
  if (parent?.type === "pair" && same(parent.childForFieldName("key"), outer2)) {
    const dict = parentOf(outerOf3(parent));
    const keys = dict ? [...dictEntries2(dict, text7).keys()].join(" ") : "";
    return plain(mentionsCurrent(keys) ? "collection-current" : "mapping-key");
  }
  if (parent?.type === "subscript" && same(parent.childForFieldName("subscript"), outer2)) {
    const value = parent.childForFieldName("value");
    if (!value || !/(?:^|\.)Literal$/.test(value.text)) return plain("mapping-key");
  }
  if (parent?.type === "subscript" || parent && CONTAINERS.has(parent.type)) {
    const container = parent.type === "subscript" ? parent : outermostContainer(lit);
    if (container) {
      const reason = collectionReason(text7.slice(container.startIndex, container.endIndex), occ.legacy);
      if (reason) return plain(reason);
    }
  }
  if (parent?.type === "conditional_expression") {
    const reason = collectionReason(text7.slice(parent.startIndex, parent.endIndex), occ.legacy);
    if (reason) return plain(reason);
  }
  if (parent?.type === "assignment" && same(parent.childForFieldName("right"), outer2)) {
    const stmt = parent.parent;
    const block = stmt?.parent;
    const cls = block?.type === "block" ? block.parent : null;
    if (cls?.type === "class_definition") {
      const bases = cls.childForFieldName("superclasses");
      if (bases && kids2(bases).some((b) => ENUM_BASE.test(b.text))) {
        const reason = collectionReason(text7.slice(block.startIndex, block.endIndex), occ.legacy);
        if (reason) return plain(reason);
      }
    }
    const left = parent.childForFieldName("left");
    if (block?.type === "module" && left?.type === "identifier") {
      const name = left.text;
      if (/^[A-Z][A-Z0-9_]*$/.test(name) && (facts2.publicInit && !name.startsWith("_") || facts2.exported.has(name))) {
        return { detection: { detail: { constant: name } }, action: "review", reason: "exported-constant", call: null };
      }
    }
  }
  const litText = text7.slice(lit.startIndex, lit.endIndex);
  if (/\s/.test(lv.value) && isMigrationProse(litText, occ.start - lit.startIndex, occ.end - lit.startIndex)) {
    return plain("migration-prose");
  }
  return requestSite4(facts2, occ, lit, parent, outer2);
}
function quoteOf(lit, text7) {
  const start = lit.type === "string" ? lit.child(0) : null;
  const q = start ? text7.slice(start.startIndex, start.endIndex).replace(/^[A-Za-z]+/, "") : '"';
  return q === "'" ? "'" : '"';
}
function recognise(facts2, target, via, occ) {
  const request = {
    language: "python",
    target,
    via,
    prefix: occ.prefix,
    mentions: (re) => re.test(facts2.text),
    origin: originOf(target.callee, facts2.imports)
  };
  return recogniseRequest(request);
}
function planned(plan, sdk, call, body) {
  const where = { call, ...body ? { body } : {}, sdk };
  const reason = call ? "request-site" : "reference";
  switch (plan.kind) {
    case "conflict":
      return { detection: { detail: { found: plan.found } }, action: "review", reason: "thinking-conflict", ...where };
    case "present":
      return { detection: { thinking: "present", snippet: sdk.id }, action: "rewrite", reason, ...where };
    case "insert":
      return { detection: { thinking: "inserted", extraEdits: plan.edits, snippet: sdk.id }, action: "rewrite", reason, ...where };
    case "note":
      return { detection: { thinking: "note", snippet: sdk.id }, action: "rewrite", reason, ...where, ...plan.overridden ? { overridden: true } : {} };
  }
}
function requestSite4(facts2, occ, lit, parent, outer2) {
  const note = { detection: { thinking: "note", snippet: facts2.snippet }, action: "rewrite", reason: "reference", call: null };
  const mode = legacyEntry(occ.legacy).thinking;
  const q = quoteOf(lit, facts2.text);
  if (parent?.type === "pair" && same(parent.childForFieldName("value"), outer2) && plainString(parent.childForFieldName("key"), facts2.text) === "model") {
    const dict = parentOf(outerOf3(parent));
    if (!dict || dict.type !== "dictionary") return note;
    return bodySite(facts2, occ, dict, mode, q, note);
  }
  if (parent?.type === "argument_list" && parent.parent?.type === "call" && same(kids2(parent)[0] ?? null, outer2)) {
    const call2 = parent.parent;
    const target2 = callTarget(facts2, call2, q);
    const sdk2 = recognise(facts2, target2, "argument", occ);
    return sdk2 ? planned(planThinking(sdk2, [{ target: target2 }], mode, facts2.option), sdk2, call2) : note;
  }
  const flow = flowSite(facts2, occ, outer2, mode, q);
  if (flow) return flow;
  if (parent?.type !== "keyword_argument" || !same(parent.childForFieldName("value"), outer2)) return note;
  const keyword = parent.childForFieldName("name")?.text ?? "";
  const call = parent.parent?.parent ?? null;
  if (!call || call.type !== "call") return note;
  const target = callTarget(facts2, call, q);
  const sdk = recognise(facts2, target, keyword, occ);
  if (!sdk) return note;
  return planned(planThinking(sdk, [{ target }], mode, facts2.option), sdk, call);
}
function bodyUses(facts2, dict) {
  const { text: text7 } = facts2;
  const outer2 = outerOf3(dict);
  const holder = parentOf(outer2);
  if (holder?.type === "keyword_argument") {
    const call = holder.parent?.parent ?? null;
    const name2 = holder.childForFieldName("name")?.text;
    return name2 === "json" && call?.type === "call" && HTTP_CALL2.test(callee(call, text7).full) ? [{ via: "json=", calls: [call] }] : null;
  }
  if (holder?.type !== "assignment" || !same(holder.childForFieldName("right"), outer2)) return null;
  const left = holder.childForFieldName("left");
  if (left?.type !== "identifier") return null;
  const name = left.text;
  let scope = holder;
  while (scope && scope.type !== "function_definition" && scope.type !== "module") scope = scope.parent;
  if (!scope) return null;
  const uses = [];
  for (const id of scope.descendantsOfType("identifier")) {
    if (!id || id.text !== name || same(id, left) || id.startIndex < holder.endIndex) continue;
    const p = id.parent;
    let via = null;
    let call = null;
    if (p?.type === "keyword_argument" && same(p.childForFieldName("value"), id) && p.childForFieldName("name")?.text === "json") {
      call = p.parent?.parent ?? null;
      if (call?.type === "call" && HTTP_CALL2.test(callee(call, text7).full)) via = "json=";
    } else if (p?.type === "dictionary_splat" && p.parent?.type === "argument_list") {
      call = p.parent.parent;
      if (call?.type === "call") via = "**";
    } else if (p?.type === "subscript" && same(p.childForFieldName("value"), id)) {
      const key = plainString(p.childForFieldName("subscript"), text7);
      if (key !== "thinking" && key !== "extra_body") continue;
    }
    if (via === null || !call) return null;
    uses.push({ via, calls: [call] });
  }
  return uses.length > 0 ? uses : null;
}
function bodySite(facts2, occ, dict, mode, q, note) {
  const entries = dictEntries2(dict, facts2.text);
  const uses = entries.has("messages") ? bodyUses(facts2, dict) : null;
  let sdk = null;
  const calls = [];
  for (const use of uses ?? []) {
    for (const call of use.calls) {
      const found = recognise(facts2, dictTarget(facts2, dict, callee(call, facts2.text).full, q), use.via, occ);
      if (!found || sdk !== null && found !== sdk) {
        sdk = null;
        calls.length = 0;
        break;
      }
      sdk = found;
      calls.push(call);
    }
    if (!sdk) break;
  }
  const target = dictTarget(facts2, dict, calls[0] ? callee(calls[0], facts2.text).full : "", q);
  if (!sdk) {
    const plan = planThinking(BODY_READ_ONLY, [{ target }], mode, facts2.option);
    const http = entries.has("messages") && /\b(?:requests|httpx|aiohttp|urllib3?)\b/.test(facts2.text);
    if (plan.kind === "note" && !http) return { ...note, ...plan.overridden ? { overridden: true } : {} };
    return planned(plan, httpJson, null, dict);
  }
  const alsoRead = calls.map((c) => callTarget(facts2, c, q));
  return planned(planThinking(sdk, [{ target, alsoRead }], mode, facts2.option), sdk, calls[0] ?? null, dict);
}
function enclosingOf(node, types) {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return null;
}
function parameterNames(fn) {
  const out = /* @__PURE__ */ new Set();
  const params = fn.childForFieldName("parameters");
  for (const p of params ? kids2(params) : []) {
    const name = p.type === "identifier" ? p : p.childForFieldName("name") ?? p.namedChildren.find((c) => c?.type === "identifier") ?? null;
    if (name?.type === "identifier") out.add(name.text);
  }
  return out;
}
function assignmentsTo(facts2, scope, target) {
  return (facts2.names().assigns.get(target) ?? []).filter((a) => within(a, scope));
}
function fallbackAssignment(assign, target) {
  const stmt = assign.parent;
  const block = stmt?.parent;
  const ifs = block?.type === "block" ? block.parent : null;
  if (ifs?.type !== "if_statement" || !same(ifs.childForFieldName("consequence"), block ?? null)) return false;
  const cond = ifs.childForFieldName("condition")?.text.replace(/\s+/g, " ") ?? "";
  const t = target.replace(/\./g, "\\.");
  return new RegExp(`^(?:not ${t}|${t} is None|${t} == (?:None|""|''))$`).test(cond);
}
function requestsOf(facts2, occ, use, mode, q, cls, depth = 0) {
  const { text: text7 } = facts2;
  const u = outerOf3(use);
  const p = parentOf(u);
  if (p?.type === "keyword_argument" && same(p.childForFieldName("value"), u)) {
    const call = p.parent?.parent ?? null;
    if (call?.type !== "call") return [];
    const keyword = p.childForFieldName("name")?.text ?? "";
    const target = callTarget(facts2, call, q);
    const sdk = recognise(facts2, target, keyword, occ);
    return sdk ? [{ call, site: planned(planThinking(sdk, [{ target }], mode, facts2.option), sdk, call) }] : [];
  }
  if (p?.type === "pair" && same(p.childForFieldName("value"), u) && plainString(p.childForFieldName("key"), text7) === "model") {
    const dict = parentOf(outerOf3(p));
    if (dict?.type !== "dictionary") return [];
    const site = bodySite(facts2, occ, dict, mode, q, { detection: {}, action: "rewrite", reason: "reference", call: null });
    return site.call && site.sdk ? [{ call: site.call, site }] : [];
  }
  if (depth === 0 && cls && p?.type === "assignment" && same(p.childForFieldName("right"), u)) {
    const left = p.childForFieldName("left");
    if (left?.type === "attribute" && /^self\.\w+$/.test(left.text.replace(/\s+/g, ""))) return fieldRequests(facts2, occ, left.text.replace(/\s+/g, ""), cls, mode, q, 1);
  }
  return [];
}
function fieldRequests(facts2, occ, field, cls, mode, q, depth) {
  if (assignmentsTo(facts2, cls, field).length > 1) return null;
  const out = [];
  for (const attr of facts2.names().attrs.get(field) ?? []) {
    if (!within(attr, cls)) continue;
    const p = attr.parent;
    if (p?.type === "assignment" && same(p.childForFieldName("left"), attr)) continue;
    out.push(...requestsOf(facts2, occ, attr, mode, q, cls, depth) ?? []);
  }
  return out;
}
function nameRequests(facts2, occ, name, scope, decl, mode, q) {
  const out = [];
  for (const id of facts2.names().ids.get(name) ?? []) {
    if (!within(id, scope) || within(id, decl)) continue;
    const fn = enclosingOf(id, ["function_definition"]);
    if (fn && !same(fn, scope) && (parameterNames(fn).has(name) || assignmentsTo(facts2, fn, name).length > 0)) continue;
    const cls = enclosingOf(id, ["class_definition"]);
    out.push(...requestsOf(facts2, occ, id, mode, q, cls) ?? []);
  }
  return out;
}
function flowSite(facts2, occ, outer2, mode, q) {
  const { text: text7 } = facts2;
  let e = outer2;
  let overridable2 = false;
  for (; ; ) {
    const p2 = parentOf(e);
    if (p2?.type === "boolean_operator" && same(p2.childForFieldName("right"), e) && p2.childForFieldName("operator")?.text === "or") {
      overridable2 = true;
      e = outerOf3(p2);
      continue;
    }
    if (p2?.type === "argument_list" && p2.parent?.type === "call" && /(?:^|\.)(?:getenv|get)$/.test(callee(p2.parent, text7).full)) {
      const positional = kids2(p2).filter((a) => a.type !== "keyword_argument");
      if (positional.length === 2 && same(positional[1] ?? null, e)) {
        overridable2 = true;
        e = outerOf3(p2.parent);
        continue;
      }
    }
    break;
  }
  const p = parentOf(e);
  let reached = null;
  if (overridable2 && p?.type === "keyword_argument" && same(p.childForFieldName("value"), e)) {
    reached = requestsOf(facts2, occ, e, mode, q, null);
  } else if ((p?.type === "default_parameter" || p?.type === "typed_default_parameter") && same(p.childForFieldName("value"), e)) {
    const name = p.childForFieldName("name")?.text;
    const fn = enclosingOf(p, ["function_definition"]);
    if (!name || !fn) return null;
    overridable2 = true;
    reached = nameRequests(facts2, occ, name, fn, p, mode, q);
  } else if (p?.type === "assignment" && same(p.childForFieldName("right"), e)) {
    const left = p.childForFieldName("left");
    const target = left?.text.replace(/\s+/g, "") ?? "";
    const fn = enclosingOf(p, ["function_definition", "class_definition"]);
    if (left?.type === "identifier" && fn?.type === "class_definition" && same(p.parent?.parent ?? null, fn.childForFieldName("body") ?? null)) {
      reached = [...fieldRequests(facts2, occ, `self.${target}`, fn, mode, q, 0) ?? [], ...fieldRequests(facts2, occ, `cls.${target}`, fn, mode, q, 0) ?? []];
    } else if (left?.type === "identifier") {
      const scope = fn?.type === "function_definition" ? fn : enclosingOf(p, ["module"]);
      if (!scope) return null;
      const sets = assignmentsTo(facts2, scope, target);
      if (sets.length !== 1 || fn?.type === "function_definition" && parameterNames(fn).has(target)) overridable2 = true;
      if (fallbackAssignment(p, target)) overridable2 = true;
      reached = nameRequests(facts2, occ, target, scope, p, mode, q);
    } else if (left?.type === "attribute" && /^self\.\w+$/.test(target)) {
      const cls = enclosingOf(p, ["class_definition"]);
      if (!cls) return null;
      if (fallbackAssignment(p, target)) overridable2 = true;
      reached = fieldRequests(facts2, occ, target, cls, mode, q, 0);
      if (reached === null) {
        overridable2 = true;
        reached = [];
        for (const attr of facts2.names().attrs.get(target) ?? []) if (within(attr, cls)) reached.push(...requestsOf(facts2, occ, attr, mode, q, cls, 1) ?? []);
      }
    }
  }
  if (!reached || reached.length === 0) return null;
  const sdk = reached[0].site.sdk;
  const calls = [...new Map(reached.map((r) => [r.call.startIndex, r.call])).values()];
  const note = { detection: { thinking: "note", snippet: sdk.id, usedAt: calls.map((c) => c.startIndex) }, action: "rewrite", reason: "reference", call: null };
  if (overridable2 || reached.some((r) => r.site.sdk !== sdk)) return note;
  if (reached.length === 1) return reached[0].site;
  const conflict = reached.find((r) => r.site.action === "review");
  if (conflict) return conflict.site;
  if (reached.some((r) => r.site.detection.thinking === "note")) return note;
  const edits = reached.flatMap((r) => r.site.detection.extraEdits ?? []);
  const thinking = reached.some((r) => r.site.detection.thinking === "inserted") ? "inserted" : "present";
  return { ...reached[0].site, detection: { ...reached[0].site.detection, thinking, ...edits.length ? { extraEdits: edits } : {} } };
}
function siteAdvisories(call, facts2, sdk, body) {
  const out = [];
  const byName = new Map([...keywordArgs2(call).byName, ...body ? dictEntries2(body, facts2.text) : []]);
  for (const name of sdk.sampling ?? []) {
    const v = byName.get(name);
    if (v) out.push({ start: v.parent.startIndex, end: v.parent.endIndex, code: "sampling-ignored", detail: { key: name } });
  }
  const choice2 = sdk.toolChoice ? byName.get(sdk.toolChoice) : void 0;
  if (choice2) {
    const forced = choice2.type === "dictionary" && /["']function["']/.test(choice2.text) || plainString(choice2, facts2.text) === "required";
    if (forced) out.push({ start: choice2.parent.startIndex, end: choice2.parent.endIndex, code: "forced-tool-choice" });
  }
  const { full } = callee(call, facts2.text);
  if (/(?:^|\.)completions\.create$/.test(full) && !/chat\.completions\.create$/.test(full) && (byName.has("suffix") || /\/beta\b/.test(facts2.text))) {
    out.push({ start: call.startIndex, end: call.endIndex, code: "fim-thinking" });
  }
  return out;
}
function reasoningAdvisories(root, facts2) {
  const { text: text7 } = facts2;
  const out = [];
  if (text7.includes("reasoning_content")) {
    for (const call of root.descendantsOfType("call")) {
      if (!call) continue;
      const { last: last2 } = callee(call, text7);
      const args2 = call.childForFieldName("arguments");
      const first = args2 ? kids2(args2)[0] ?? null : null;
      if ((last2 === "pop" || last2 === "popitem") && plainString(first, text7) === "reasoning_content") {
        out.push({ start: call.startIndex, end: call.endIndex, code: "reasoning-content-dropped", detail: { how: "pop" } });
      }
    }
    for (const del of root.descendantsOfType("delete_statement")) {
      if (del && /["']reasoning_content["']/.test(del.text)) {
        out.push({ start: del.startIndex, end: del.endIndex, code: "reasoning-content-dropped", detail: { how: "del" } });
      }
    }
  }
  if (findOccurrences(text7).some((o) => o.legacy === "deepseek-reasoner") && /\btools\s*=/.test(text7)) {
    for (const dict of root.descendantsOfType("dictionary")) {
      if (!dict) continue;
      const entries = dictEntries2(dict, text7);
      if (plainString(entries.get("role") ?? null, text7) !== "assistant" || !entries.has("content") || entries.has("reasoning_content")) continue;
      let inLoop = false;
      for (let p = dict.parent; p && p.type !== "function_definition"; p = p.parent) {
        if (p.type === "for_statement" || p.type === "while_statement") inLoop = true;
      }
      if (inLoop) out.push({ start: dict.startIndex, end: dict.endIndex, code: "reasoning-content-dropped", detail: { how: "assistant message built without it" } });
    }
  }
  return out;
}
function stringNodeAt(root, start, end) {
  for (let n = root.descendantForIndex(start, end); n; n = n.parent) {
    if (n.type === "string") return n;
    if (n.type === "comment" || n.type === "ERROR") return null;
  }
  return null;
}
function commentAt(root, start, end) {
  const n = root.descendantForIndex(start, end);
  return n && n.type === "comment" ? n : null;
}
function analyse(root, ctx) {
  const text7 = ctx.text;
  let index;
  const path14 = ctx.path;
  const facts2 = {
    text: text7,
    isTest: isTestPath(path14),
    publicInit: isPublicInit(path14),
    exported: text7.includes("__all__") ? exportedNames(root, text7) : /* @__PURE__ */ new Set(),
    // Stubs and windowed scripts are Python too; the shared helper knows files by `.py`.
    snippet: sdkForFile(path14.replace(/\.py[iw]$/i, ".py"), text7),
    eol: text7.includes("\r\n") ? "\r\n" : "\n",
    option: ctx.thinking,
    imports: importedNames(root),
    names: () => index ??= nameIndex(root)
  };
  const detections = [];
  const advisories = [];
  const done = /* @__PURE__ */ new Set();
  const calls = /* @__PURE__ */ new Map();
  const literals = /* @__PURE__ */ new Map();
  for (let i = text7.indexOf("deepseek"); i !== -1; i = text7.indexOf("deepseek", i + 1)) {
    const str = stringNodeAt(root, i, i + 8);
    if (!str) continue;
    const lit = str.parent?.type === "concatenated_string" ? str.parent : str;
    literals.set(lit.startIndex, lit);
  }
  for (const lit of literals.values()) {
    const lv = literalValue(lit, text7);
    const rawOccs = lv.contents.flatMap((c) => findOccurrences(text7, c.start, c.end)).filter((o) => !done.has(o.start));
    const valueOccs = findOccurrences(lv.value);
    const matched = /* @__PURE__ */ new Set();
    for (const v of valueOccs) {
      const rs = lv.rawStart[v.start];
      const re = lv.rawEnd[v.end - 1];
      const raw = rawOccs.find((o) => o.start === rs && o.end === re) ?? (text7.slice(rs, re) === v.legacy ? { ...v, start: rs, end: re } : void 0);
      if (!raw) {
        detections.push({ start: rs, end: re, legacy: v.legacy, action: "review", reason: "escaped-literal", thinking: "none" });
        continue;
      }
      matched.add(raw.start);
      done.add(raw.start);
      const site = classifyString(facts2, raw, lit, lv, v.start, v.end);
      detections.push(detect(raw, ctx, site.action, site.reason, site.detection));
      if (site.call && site.sdk && site.action === "rewrite" && !site.overridden && legacyEntry(raw.legacy).thinking === "enabled" && !calls.has(site.call.startIndex)) {
        calls.set(site.call.startIndex, { call: site.call, sdk: site.sdk, ...site.body ? { body: site.body } : {} });
      }
    }
    for (const o of rawOccs) {
      if (matched.has(o.start)) continue;
      done.add(o.start);
      detections.push({ start: o.start, end: o.end, legacy: o.legacy, action: "review", reason: "escaped-literal", thinking: "none" });
    }
  }
  for (const occ of findOccurrences(text7)) {
    if (done.has(occ.start)) continue;
    const comment = commentAt(root, occ.start, occ.end);
    if (comment) {
      const reason2 = proseReason(text7, occ, null);
      detections.push(reason2 ? detect(occ, ctx, "review", reason2) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: facts2.snippet }));
      continue;
    }
    if (stringNodeAt(root, occ.start, occ.end)) continue;
    const reason = lineHeuristic(text7, occ, path14);
    detections.push(reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: facts2.snippet }));
  }
  for (const { call, sdk, body } of calls.values()) advisories.push(...siteAdvisories(call, facts2, sdk, body));
  advisories.push(...reasoningAdvisories(root, facts2));
  detections.sort((a, b) => a.start - b.start);
  advisories.sort((a, b) => a.start - b.start);
  return { detections, advisories };
}
var PYTHON, WASM3, loadParser, withTree2, CONTAINERS, PLACEHOLDER, within, COMPARE_METHODS, KEY_METHODS, REGEX_CALL2, ENUM_BASE, STATEMENT_STOP, RESPONSE_TEXT2, HTTP_CALL2, BODY_READ_ONLY, pythonRule;
var init_python2 = __esm({
  "rules/languages/python.ts"() {
    "use strict";
    init_catalog();
    init_recorded();
    init_tokens();
    init_shared();
    init_python();
    init_sdks();
    init_http_json();
    init_plan();
    init_tree_sitter();
    init_prose();
    init_doc_comments();
    PYTHON = /\.(?:py|pyi|pyw)$/i;
    WASM3 = "tree-sitter-python/tree-sitter-python.wasm";
    loadParser = () => loadGrammar(WASM3);
    withTree2 = (text7, fn) => withTree(WASM3, text7, fn);
    CONTAINERS = /* @__PURE__ */ new Set(["list", "tuple", "set", "dictionary", "pair", "expression_list"]);
    PLACEHOLDER = "\0";
    within = (n, scope) => n.startIndex >= scope.startIndex && n.endIndex <= scope.endIndex;
    COMPARE_METHODS = /* @__PURE__ */ new Set(["startswith", "endswith", "removeprefix", "removesuffix", "find", "rfind", "index", "rindex", "count", "replace"]);
    KEY_METHODS = /* @__PURE__ */ new Set(["get", "pop", "setdefault", "__getitem__", "__contains__"]);
    REGEX_CALL2 = /^(?:re|regex)\.(?:compile|match|search|fullmatch|sub|subn|split|findall|finditer)$/;
    ENUM_BASE = /(?:^|\.)(?:Enum|StrEnum|IntEnum|Flag|IntFlag)$/;
    STATEMENT_STOP = /* @__PURE__ */ new Set(["function_definition", "class_definition", "module", "block", "decorated_definition"]);
    RESPONSE_TEXT2 = /["']object["']\s*:\s*["']chat\.completion(?:\.chunk)?["']|["']id["']\s*:\s*["']chatcmpl-|["']choices["'][\s\S]*["']usage["']|["']usage["'][\s\S]*["']choices["']/;
    HTTP_CALL2 = /(?:^|\.)(?:post|put|request|stream|send)$/;
    BODY_READ_ONLY = { ...httpJson, thinkingAt: null, alsoReadAt: [["thinking"], ["extra_body", "thinking"]] };
    pythonRule = {
      id: "python",
      description: "Legacy model IDs in Python: strings, comments, comparisons, keys, and request sites with the thinking setting",
      appliesTo: (path14) => PYTHON.test(path14),
      async check(ctx) {
        const { out, docstrings } = await withTree2(ctx.text, (root) => ({ out: analyse(root, ctx), docstrings: pythonDocstrings(root, ctx.text) }));
        return withDocExamples(ctx, out, docstrings, "python");
      },
      warmUp: loadParser,
      async validate(text7) {
        return withTree2(text7, firstError);
      }
    };
  }
});

// rules/languages/shell.ts
function lexShell(text7, from = 0, to = text7.length) {
  const regions = [];
  const pending = [];
  let i = from;
  const atWordStart = (k) => k === from || WORD_BREAK.test(text7[k - 1]);
  while (i < to) {
    const c = text7[i];
    if (c === "\n") {
      i++;
      while (pending.length > 0) {
        const { delim, strip: strip2 } = pending.shift();
        const bodyStart = i;
        let found = false;
        while (i < to) {
          let le = text7.indexOf("\n", i);
          if (le === -1 || le > to) le = to;
          const line = text7.slice(i, le).replace(/\r$/, "");
          if ((strip2 ? line.replace(/^\s+/, "") : line.trimStart()) === delim) {
            regions.push({ kind: "heredoc", start: bodyStart, end: i });
            i = le + 1;
            found = true;
            break;
          }
          i = le + 1;
        }
        if (!found) return { regions, error: `heredoc ${delim} is not terminated` };
      }
      continue;
    }
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "#" && atWordStart(i)) {
      let le = text7.indexOf("\n", i);
      if (le === -1 || le > to) le = to;
      regions.push({ kind: "comment", start: i, end: le });
      i = le;
      continue;
    }
    if (c === "'") {
      const close = text7.indexOf("'", i + 1);
      if (close === -1 || close >= to) return { regions, error: `unterminated single quote at offset ${i}` };
      regions.push({ kind: "single", start: i + 1, end: close });
      i = close + 1;
      continue;
    }
    if (c === "$" && text7[i + 1] === "'") {
      let k = i + 2;
      while (k < to && text7[k] !== "'") k += text7[k] === "\\" ? 2 : 1;
      if (k >= to) return { regions, error: `unterminated $'...' string at offset ${i}` };
      regions.push({ kind: "ansi", start: i + 2, end: k });
      i = k + 1;
      continue;
    }
    if (c === '"') {
      let k = i + 1;
      while (k < to && text7[k] !== '"') k += text7[k] === "\\" ? 2 : 1;
      if (k >= to) return { regions, error: `unterminated double quote at offset ${i}` };
      regions.push({ kind: "double", start: i + 1, end: k });
      i = k + 1;
      continue;
    }
    if (c === "<" && text7[i + 1] === "<" && text7[i + 2] !== "<") {
      const m = /^<<(-?)\s*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z_][\w-]*))/.exec(text7.slice(i, Math.min(to, i + 200)));
      if (m) {
        pending.push({ delim: m[2] ?? m[3] ?? m[4] ?? "", strip: m[1] === "-" });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  if (pending.length > 0) return { regions, error: `heredoc ${pending[0].delim} is not terminated` };
  return { regions, error: null };
}
function regionView(text7, r) {
  if (r.kind === "single" || r.kind === "heredoc") return plainView(text7, r.start, r.end);
  if (r.kind !== "double") return null;
  let value = "";
  const map = [];
  for (let i = r.start; i < r.end; i++) {
    const c = text7[i];
    if (c === "\\" && i + 1 < r.end && '"\\$`'.includes(text7[i + 1])) {
      value += text7[i + 1];
      map.push(i + 1);
      i++;
    } else {
      value += c;
      map.push(i);
    }
  }
  map.push(r.end);
  return { text: value, toFile: (k) => map[k], encode: (s) => s.replace(/["\\$`]/g, "\\$&"), kind: "body" };
}
function looksLikeJson(s) {
  return /^\s*[{[]/.test(s);
}
function shellOccurrence(ctx, occ) {
  const reason = lineHeuristic(ctx.text, occ, ctx.path);
  if (reason) return detect(occ, ctx, "review", reason);
  const lineStart2 = ctx.text.lastIndexOf("\n", occ.start - 1) + 1;
  const loop = FOR_WORDS.exec(ctx.text.slice(lineStart2, lineStart2 + 2e3));
  if (loop && occ.start - lineStart2 >= loop[0].length - loop[1].length && occ.end - lineStart2 <= loop[0].length) {
    const listed = collectionReason(loop[1].split(/\s+/).join("\n"), occ.legacy);
    if (listed) return detect(occ, ctx, "review", listed);
  }
  if (/^\s*(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?[A-Za-z_]\w*=["']?$/.test(ctx.text.slice(lineStart2, occ.start))) {
    return valueDetection(ctx, occ, "http-json");
  }
  return detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" });
}
function shellDetections(ctx, from = 0, to = ctx.text.length) {
  const text7 = ctx.text;
  const { regions } = lexShell(text7, from, to);
  const out = [];
  const handled = /* @__PURE__ */ new Set();
  for (const r of regions) {
    if (r.kind === "comment") {
      for (const occ of findOccurrences(text7, r.start, r.end)) {
        out.push(commentDetection(ctx, occ, "http-json"));
        handled.add(occ.start);
      }
      continue;
    }
    const view = regionView(text7, r);
    if (!view) continue;
    const occs = findOccurrences(view.text).map((o) => ({ ...o, start: view.toFile(o.start), end: view.toFile(o.end - 1) + 1 }));
    if (occs.length === 0) continue;
    if (!looksLikeJson(view.text)) {
      const raw = new Set(findOccurrences(text7, r.start, r.end).map((o) => o.start));
      for (const occ of occs.filter((o) => !raw.has(o.start))) {
        out.push(detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" }));
        handled.add(occ.start);
      }
      continue;
    }
    const analysis2 = analyzeJson(ctx, view, "http-json");
    if (analysis2.valid) {
      out.push(...analysis2.detections);
      analysis2.detections.forEach((d) => handled.add(d.start));
    } else {
      for (const occ of occs) out.push(valueDetection(ctx, occ, "http-json"));
      occs.forEach((o) => handled.add(o.start));
    }
  }
  for (const occ of findOccurrences(text7, from, to)) {
    if (!handled.has(occ.start)) out.push(shellOccurrence(ctx, occ));
  }
  for (const occ of defaultExpansions(text7, from, to)) {
    if (!handled.has(occ.start)) out.push(valueDetection(ctx, occ, "http-json"));
  }
  return out;
}
function httpBodies(text7) {
  const bodies = [];
  const lines = [];
  for (let i = 0; i <= text7.length; ) {
    let le = text7.indexOf("\n", i);
    if (le === -1) le = text7.length;
    lines.push({ start: i, end: le, text: text7.slice(i, le).replace(/\r$/, "") });
    i = le + 1;
  }
  let state = "pre";
  let bodyStart = -1;
  let bodyEnd = -1;
  const close = () => {
    if (bodyStart !== -1 && bodyEnd > bodyStart) bodies.push({ start: bodyStart, end: bodyEnd });
    bodyStart = -1;
    bodyEnd = -1;
  };
  for (const line of lines) {
    const t = line.text;
    if (/^###/.test(t)) {
      close();
      state = "pre";
      continue;
    }
    if (state === "pre") {
      if (/^\s*$/.test(t) || /^\s*(?:#|\/\/)/.test(t) || /^\s*@[\w.-]+\s*=/.test(t)) continue;
      state = "headers";
      continue;
    }
    if (state === "headers") {
      if (/^\s*$/.test(t)) state = "body";
      continue;
    }
    if (/^(?:>\s|<>\s|>>)/.test(t)) {
      close();
      state = "pre";
      continue;
    }
    if (bodyStart === -1) {
      if (/^\s*$/.test(t)) continue;
      bodyStart = line.start;
    }
    if (!/^\s*$/.test(t)) bodyEnd = line.start + t.length;
  }
  close();
  return bodies;
}
function httpDetections(ctx) {
  const text7 = ctx.text;
  const out = [];
  const handled = /* @__PURE__ */ new Set();
  for (const b of httpBodies(text7)) {
    const occs = findOccurrences(text7, b.start, b.end);
    if (occs.length === 0) continue;
    const view = plainView(text7, b.start, b.end);
    const analysis2 = looksLikeJson(view.text) ? analyzeJson(ctx, view, "http-json") : null;
    if (analysis2?.valid) {
      out.push(...analysis2.detections);
      analysis2.detections.forEach((d) => handled.add(d.start));
    } else {
      for (const occ of occs) out.push(valueDetection(ctx, occ, "http-json"));
      occs.forEach((o) => handled.add(o.start));
    }
  }
  for (const occ of findOccurrences(text7)) {
    if (handled.has(occ.start)) continue;
    const lineStart2 = text7.lastIndexOf("\n", occ.start - 1) + 1;
    const lead = text7.slice(lineStart2, occ.start);
    if (/^\s*(?:#|\/\/)/.test(lead)) out.push(commentDetection(ctx, occ, "http-json"));
    else if (/^\s*@[\w.-]+\s*=\s*$/.test(lead)) out.push(valueDetection(ctx, occ, "http-json"));
    else out.push(detect(occ, ctx, "rewrite", "reference", { snippet: "http-json" }));
  }
  return out;
}
var SHELL_FILE, HTTP_FILE, WORD_BREAK, FOR_WORDS, shellRule;
var init_shell = __esm({
  "rules/languages/shell.ts"() {
    "use strict";
    init_tokens();
    init_shared();
    init_json3();
    init_structured();
    SHELL_FILE = /\.(?:sh|bash|zsh)$/i;
    HTTP_FILE = /\.(?:http|rest)$/i;
    WORD_BREAK = /[\s;&|()<>]/;
    FOR_WORDS = /^\s*(?:for|select)\s+[A-Za-z_]\w*\s+in\s+([^;\n]*)/;
    shellRule = {
      id: "shell",
      description: "Legacy model IDs in shell scripts and .http/.rest files, with thinking added to JSON request bodies",
      appliesTo: (path14) => SHELL_FILE.test(path14) || HTTP_FILE.test(path14),
      check(ctx) {
        return { detections: HTTP_FILE.test(ctx.path) ? httpDetections(ctx) : shellDetections(ctx) };
      },
      validate(text7, path14) {
        if (HTTP_FILE.test(path14)) {
          for (const b of httpBodies(text7)) {
            const body = text7.slice(b.start, b.end);
            if (!looksLikeJson(body) || body.includes("{{")) continue;
            const err = jsonError(body);
            if (err) return `request body: ${err}`;
          }
          return null;
        }
        const lexed = lexShell(text7);
        if (lexed.error) return lexed.error;
        for (const r of lexed.regions) {
          const view = regionView(text7, r);
          if (!view || !looksLikeJson(view.text) || !view.text.includes('"thinking"') || /\$/.test(view.text)) continue;
          const err = jsonError(view.text);
          if (err) return `JSON body: ${err}`;
        }
        return null;
      }
    };
  }
});

// rules/languages/text.ts
var textRule;
var init_text = __esm({
  "rules/languages/text.ts"() {
    "use strict";
    init_lines();
    textRule = {
      id: "text",
      description: "Legacy model IDs in any other text file, with line-level checks for branches, keys and patterns",
      appliesTo: () => true,
      check(ctx) {
        return { detections: lineDetections(ctx) };
      }
    };
  }
});

// rules/languages/toml.ts
function lexToml(text7) {
  const tokens = [];
  const stack = [];
  let expectKey = true;
  let nextId = 0;
  let i = 0;
  const n = text7.length;
  let table = ROOT_TABLE;
  nextId++;
  let tableList = -1;
  const tableLists = /* @__PURE__ */ new Map();
  const place = (role) => {
    if (role !== "value") return { array: -1, table: -1, list: -1, within: [] };
    const top = stack[stack.length - 1];
    const within2 = [...tableList === -1 ? [] : [tableList], ...stack.map((e) => e.id)];
    if (!top) return { array: -1, table, list: tableList, within: within2 };
    if (top.kind === "array") return { array: top.id, table: -1, list: -1, within: within2 };
    return { array: -1, table: top.id, list: top.list, within: within2 };
  };
  const readString = (at, role) => {
    const q = text7[at];
    const triple = text7.startsWith(q.repeat(3), at);
    let k = at + (triple ? 3 : 1);
    while (k < n) {
      if (q === '"' && text7[k] === "\\") {
        k += 2;
        continue;
      }
      if (triple ? text7.startsWith(q.repeat(3), k) : text7[k] === q) break;
      if (!triple && text7[k] === "\n") break;
      k++;
    }
    let end = triple ? k + 3 : k + 1;
    while (triple && text7[end] === q && end - k < 5) end++;
    end = Math.min(end, n);
    const inner2 = text7.slice(at + (triple ? 3 : 1), Math.max(at + (triple ? 3 : 1), end - (triple ? 3 : 1)));
    tokens.push({ start: at, end, role, ...place(role), value: inner2, multiline: triple });
    return end;
  };
  while (i < n) {
    const c = text7[i];
    if (c === "\n") {
      if (stack.length === 0) expectKey = true;
      i++;
    } else if (c === " " || c === "	" || c === "\r") i++;
    else if (c === "#") {
      let le = text7.indexOf("\n", i);
      if (le === -1) le = n;
      tokens.push({ start: i, end: le, role: "comment", ...place("comment"), value: "", multiline: false });
      i = le;
    } else if (c === "[" && stack.length === 0 && expectKey) {
      let k = i;
      while (k < n && text7[k] === "[") k++;
      const arrayOfTables = k - i === 2;
      const nameStart = k;
      while (k < n && text7[k] !== "]" && text7[k] !== "\n") {
        if (text7[k] === '"' || text7[k] === "'") k = readString(k, "header");
        else {
          const m = /^[A-Za-z0-9_-]+/.exec(text7.slice(k, k + 200));
          if (m) {
            tokens.push({ start: k, end: k + m[0].length, role: "header", ...place("header"), value: m[0], multiline: false });
            k += m[0].length;
          } else k++;
        }
      }
      const name = text7.slice(nameStart, k).replace(/\s+/g, "");
      table = nextId++;
      tableList = -1;
      if (arrayOfTables) {
        if (!tableLists.has(name)) tableLists.set(name, nextId++);
        tableList = tableLists.get(name);
      }
      while (k < n && text7[k] === "]") k++;
      i = k;
    } else if (c === '"' || c === "'") i = readString(i, expectKey ? "key" : "value");
    else if (c === "=") {
      expectKey = false;
      i++;
    } else if (c === "[") {
      stack.push({ kind: "array", id: nextId++, list: -1 });
      i++;
    } else if (c === "{") {
      const top = stack[stack.length - 1];
      stack.push({ kind: "inline", id: nextId++, list: top?.kind === "array" ? top.id : -1 });
      expectKey = true;
      i++;
    } else if (c === "]" || c === "}") {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === ",") {
      if (stack[stack.length - 1]?.kind === "inline") expectKey = true;
      i++;
    } else {
      const m = expectKey ? /^[A-Za-z0-9_-]+/.exec(text7.slice(i, i + 200)) : /^[^\s,\]}#]+/.exec(text7.slice(i, i + 200));
      const len = m ? m[0].length : 1;
      if (m) tokens.push({ start: i, end: i + len, role: expectKey ? "key" : "value", ...place(expectKey ? "key" : "value"), value: m[0], multiline: false });
      i += len;
    }
  }
  return tokens;
}
function collection(tokens, tok, legacy, once) {
  const values = (keep) => tokens.filter((t) => t.role === "value" && keep(t)).map((t) => t.value).join("\n");
  if (tok.array !== -1) return once(tokens, `array ${tok.array}`, legacy, () => collectionReason(values((t) => t.array === tok.array), legacy));
  if (tok.list !== -1) return once(tokens, `list ${tok.list}`, legacy, () => collectionReason(values((t) => t.within.includes(tok.list)), legacy));
  if (tok.table !== -1 && tok.table !== ROOT_TABLE) {
    return once(tokens, `table ${tok.table}`, legacy, () => mentionsOther(values((t) => t.table === tok.table), legacy) ? "collection-both" : null);
  }
  return null;
}
var import_smol_toml, ROOT_TABLE, tomlRule;
var init_toml = __esm({
  "rules/languages/toml.ts"() {
    "use strict";
    import_smol_toml = require("smol-toml");
    init_tokens();
    init_shared();
    init_collection();
    init_sdks();
    init_structured();
    ROOT_TABLE = 0;
    tomlRule = {
      id: "toml",
      description: "Legacy model IDs in TOML: values, keys and table names, arrays, comments",
      appliesTo: (path14) => /\.toml$/i.test(path14),
      check(ctx) {
        const text7 = ctx.text;
        const snippet2 = sdkForFile(ctx.path, text7);
        const tokens = lexToml(text7);
        const detections = [];
        const once = containerVerdicts();
        for (const tok of tokens) {
          for (const occ of findOccurrences(text7, tok.start, tok.end)) {
            if (tok.role === "comment") detections.push(commentDetection(ctx, occ, snippet2));
            else if (tok.role === "key" || tok.role === "header") detections.push(detect(occ, ctx, "review", "mapping-key"));
            else if (tok.multiline) {
              detections.push(
                isMigrationProse(text7, occ.start, occ.end) ? detect(occ, ctx, "review", "migration-prose") : detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 })
              );
            } else {
              const reason = collection(tokens, tok, occ.legacy, once);
              detections.push(reason ? detect(occ, ctx, "review", reason) : valueDetection(ctx, occ, snippet2));
            }
          }
        }
        return { detections };
      },
      validate(text7) {
        try {
          (0, import_smol_toml.parse)(text7);
          return null;
        } catch (err) {
          const msg = err instanceof Error ? err.message : String(err);
          return msg.split("\n")[0] ?? "TOML error";
        }
      }
    };
  }
});

// src/check/run-end.ts
function atRunEnd(task) {
  tasks.add(task);
}
function endOfRun() {
  const due = [...tasks];
  tasks.clear();
  for (const task of due) {
    try {
      task();
    } catch {
    }
  }
}
var tasks;
var init_run_end = __esm({
  "src/check/run-end.ts"() {
    "use strict";
    tasks = /* @__PURE__ */ new Set();
  }
});

// rules/languages/ts-lib.ts
var ts_lib_exports = {};
__export(ts_lib_exports, {
  flushCodeCache: () => flushCodeCache,
  ts: () => ts
});
function flushCodeCache() {
  const write = pendingCache;
  pendingCache = null;
  write?.();
}
function compiler() {
  const main = (0, import_node_module2.createRequire)(requireHere.resolve("ts-morph")).resolve("@ts-morph/common");
  let version2 = "unknown";
  try {
    version2 = JSON.parse((0, import_node_fs2.readFileSync)(import_node_path2.default.join(import_node_path2.default.dirname(main), "..", "package.json"), "utf8")).version ?? version2;
  } catch {
  }
  return { file: import_node_path2.default.join(import_node_path2.default.dirname(main), "typescript.js"), version: version2 };
}
function loadCompiler() {
  const { file, version: version2 } = compiler();
  if (process.env["DEEPSEEK_MIGRATE_NO_CACHE"] === "1") return requireHere(file);
  const raw = (0, import_node_fs2.readFileSync)(file);
  const cacheDir = import_node_path2.default.join(import_node_path2.default.dirname((0, import_node_url.fileURLToPath)(__moduleUrl("../rules/languages/ts-lib.js"))), "..", "..", ".v8-cache");
  const key = `typescript-${version2}-${raw.length}-${process.version}-${process.arch}`;
  const asciiFile = import_node_path2.default.join(cacheDir, `${key}-ascii.bin`);
  let cached2 = readCache(asciiFile);
  const ascii = cached2 !== void 0 || (0, import_node_buffer.isAscii)(raw);
  const source = ascii ? raw.toString("latin1") : raw.toString("utf8");
  const cacheFile = ascii ? asciiFile : import_node_path2.default.join(cacheDir, `${key}-utf8.bin`);
  cached2 ??= ascii ? void 0 : readCache(cacheFile);
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
  const script = new import_node_vm.Script(wrapper, { filename: file, ...cached2 ? { cachedData: cached2 } : {} });
  const mod = { exports: {} };
  script.runInThisContext()(
    mod.exports,
    (0, import_node_module2.createRequire)(file),
    mod,
    file,
    import_node_path2.default.dirname(file)
  );
  if (!cached2 || script.cachedDataRejected === true) {
    pendingCache = () => writeCache(cacheDir, cacheFile, script);
    atRunEnd(flushCodeCache);
  }
  return mod.exports;
}
function digest(data) {
  return (0, import_node_crypto.createHash)("sha256").update(data).digest();
}
function readCache(file) {
  let raw;
  try {
    raw = (0, import_node_fs2.readFileSync)(file);
  } catch {
    return void 0;
  }
  if (raw.length <= DIGEST_BYTES) return void 0;
  const data = raw.subarray(DIGEST_BYTES);
  return digest(data).equals(raw.subarray(0, DIGEST_BYTES)) ? data : void 0;
}
function writeCache(dir, file, script) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
    const data = script.createCachedData();
    const fd = (0, import_node_fs2.openSync)(temp, "wx", 420);
    try {
      (0, import_node_fs2.writeSync)(fd, digest(data));
      (0, import_node_fs2.writeSync)(fd, data);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
    (0, import_node_fs2.renameSync)(temp, file);
  } catch {
    try {
      (0, import_node_fs2.unlinkSync)(temp);
    } catch {
    }
  }
}
var import_node_fs2, import_node_buffer, import_node_crypto, import_node_module2, import_node_path2, import_node_url, import_node_vm, pendingCache, requireHere, DIGEST_BYTES, ts;
var init_ts_lib = __esm({
  "rules/languages/ts-lib.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_buffer = require("node:buffer");
    import_node_crypto = require("node:crypto");
    import_node_module2 = require("node:module");
    import_node_path2 = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    import_node_vm = require("node:vm");
    init_run_end();
    pendingCache = null;
    requireHere = (0, import_node_module2.createRequire)(__moduleUrl("../rules/languages/ts-lib.js"));
    DIGEST_BYTES = 32;
    ts = loadCompiler();
  }
});

// rules/languages/ts-js-ast.ts
function buildIndex(sf) {
  const declarations = /* @__PURE__ */ new Map();
  const membershipReceivers = /* @__PURE__ */ new Set();
  const modelRefs = /* @__PURE__ */ new Map();
  const visit = (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) declarations.set(n.name.text, (declarations.get(n.name.text) ?? 0) + 1);
    else if (ts.isIdentifier(n) && isMembershipReceiver(n)) membershipReceivers.add(n.text);
    else if (ts.isObjectLiteralExpression(n)) {
      const m = findProp(n, "model");
      const ref = m && ts.isShorthandPropertyAssignment(m) ? "model" : m && ts.isPropertyAssignment(m) && ts.isIdentifier(inner(m.initializer)) ? inner(m.initializer).text : null;
      if (ref !== null) modelRefs.set(ref, [...modelRefs.get(ref) ?? [], n]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { declarations, membershipReceivers, modelRefs };
}
function isMembershipReceiver(node) {
  const o = outer(node);
  const p = o.parent;
  return ts.isPropertyAccessExpression(p) && p.expression === o && MEMBERSHIP.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p;
}
function scriptKind(path14) {
  const ext = /\.([^./]+)$/.exec(path14.toLowerCase())?.[1] ?? "";
  switch (ext) {
    case "tsx":
      return ts.ScriptKind.TSX;
    case "ts":
    case "mts":
    case "cts":
      return ts.ScriptKind.TS;
    case "jsx":
      return ts.ScriptKind.JSX;
    default:
      return ts.ScriptKind.JS;
  }
}
function parse(text7, path14) {
  return ts.createSourceFile(path14, text7, ts.ScriptTarget.Latest, true, scriptKind(path14));
}
function firstParseError(sf) {
  const diagnostics = sf.parseDiagnostics ?? [];
  const d = diagnostics[0];
  if (!d) return null;
  const { line, character } = sf.getLineAndCharacterOfPosition(d.start);
  return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
}
function locate(sf, pos) {
  let node = sf;
  descend: for (; ; ) {
    for (const child of node.getChildren(sf)) {
      if (child.pos <= pos && pos < child.end) {
        node = child;
        continue descend;
      }
    }
    break;
  }
  if (isJsDoc(node)) return { node, trivia: true };
  return { node, trivia: node.kind !== ts.SyntaxKind.JsxText && pos < node.getStart(sf) };
}
function isJsDoc(node) {
  for (let n = node; n; n = n.parent) {
    if (n.kind >= ts.SyntaxKind.FirstJSDocNode && n.kind <= ts.SyntaxKind.LastJSDocNode) return true;
  }
  return false;
}
function isWrapper(node) {
  return ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node);
}
function outer(node) {
  let n = node;
  while (n.parent && isWrapper(n.parent)) n = n.parent;
  return n;
}
function inner(node) {
  let n = node;
  while (isWrapper(n)) n = n.expression;
  return n;
}
function propName(name) {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}
function findProp(obj, name) {
  let found;
  for (const p of obj.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propName(p.name) === name) found = p;
  }
  return found;
}
function objectValue(p) {
  if (!p || !ts.isPropertyAssignment(p)) return void 0;
  const v = inner(p.initializer);
  return ts.isObjectLiteralExpression(v) ? v : void 0;
}
function stringValue3(p) {
  if (!p || !ts.isPropertyAssignment(p)) return void 0;
  const v = inner(p.initializer);
  return ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v) ? v.text : void 0;
}
function calleeChain(expr) {
  const e = inner(expr);
  if (ts.isIdentifier(e)) return [e.text];
  if (e.kind === ts.SyntaxKind.ThisKeyword) return ["this"];
  if (e.kind === ts.SyntaxKind.ImportKeyword) return ["import"];
  if (ts.isPropertyAccessExpression(e)) return [...calleeChain(e.expression), e.name.text];
  if (ts.isCallExpression(e)) return [...calleeChain(e.expression), "()"];
  if (ts.isElementAccessExpression(e)) return [...calleeChain(e.expression), "[]"];
  if (ts.isMetaProperty(e)) return [e.keywordToken === ts.SyntaxKind.ImportKeyword ? "import" : "new", e.name.text];
  return ["?"];
}
function calleeName(call) {
  const e = inner(call.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}
function isArgument(call, node, index) {
  const args2 = call.arguments ?? [];
  return index === void 0 ? args2.some((a) => a === node) : args2[index] === node;
}
function lineStart(text7, pos) {
  return text7.lastIndexOf("\n", pos - 1) + 1;
}
function lineEnd(text7, pos) {
  let end = text7.indexOf("\n", pos);
  if (end === -1) return text7.length;
  if (end > 0 && text7[end - 1] === "\r") end--;
  return end;
}
function indentAt(text7, start) {
  return /^[ \t]*/.exec(text7.slice(start))[0];
}
function commaAfter(text7, pos) {
  let i = pos;
  while (i < text7.length) {
    const c = text7[i];
    if (c === ",") return i + 1;
    if (/\s/.test(c)) i++;
    else if (text7.startsWith("//", i)) i = lineEnd(text7, i);
    else if (text7.startsWith("/*", i)) {
      const close = text7.indexOf("*/", i + 2);
      if (close === -1) return -1;
      i = close + 2;
    } else return -1;
  }
  return -1;
}
function moduleName(specifier) {
  return specifier.replace(/^npm:/, "").replace(/^((?:@[^/@]+\/)?[^/@]+)@[^/]*/, "$1");
}
function loaded(expr) {
  let e = inner(expr);
  if (ts.isAwaitExpression(e)) e = inner(e.expression);
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return null;
  const arg = e.arguments[0];
  const callee2 = inner(e.expression);
  const isLoad = ts.isIdentifier(callee2) && callee2.text === "require" || callee2.kind === ts.SyntaxKind.ImportKeyword;
  return isLoad && ts.isStringLiteralLike(arg) ? moduleName(arg.text) : null;
}
function importsOf(sf) {
  const out = /* @__PURE__ */ new Map();
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const module2 = moduleName(st.moduleSpecifier.text);
      const clause = st.importClause;
      if (!clause) continue;
      if (clause.name) out.set(clause.name.text, { module: module2, name: "default" });
      const b = clause.namedBindings;
      if (b && ts.isNamespaceImport(b)) out.set(b.name.text, { module: module2, name: "*" });
      if (b && ts.isNamedImports(b)) for (const el of b.elements) out.set(el.name.text, { module: module2, name: (el.propertyName ?? el.name).text });
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      out.set(st.name.text, { module: moduleName(st.moduleReference.expression.text), name: "*" });
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const module2 = d.initializer ? loaded(d.initializer) : null;
        if (!module2) continue;
        if (ts.isIdentifier(d.name)) out.set(d.name.text, { module: module2, name: "*" });
        else if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) {
            const imported = propName(el.propertyName ?? el.name);
            if (!el.dotDotDotToken && ts.isIdentifier(el.name) && imported !== null) out.set(el.name.text, { module: module2, name: imported });
          }
        }
      }
    }
  }
  return out;
}
function importedCallee(expr, imports) {
  const e = inner(expr);
  if (ts.isIdentifier(e)) return imports.get(e.text) ?? null;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(inner(e.expression))) {
    const ns = imports.get(inner(e.expression).text);
    if (ns && (ns.name === "*" || ns.name === "default")) return { module: ns.module, name: e.name.text };
  }
  return null;
}
var MEMBERSHIP;
var init_ts_js_ast = __esm({
  "rules/languages/ts-js-ast.ts"() {
    "use strict";
    init_ts_lib();
    MEMBERSHIP = /* @__PURE__ */ new Set(["includes", "has", "startsWith", "endsWith", "indexOf", "lastIndexOf"]);
  }
});

// rules/targets/ts-js.ts
function callOf(obj) {
  const o = outer(obj);
  const p = o.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.[0] === o) return p;
  return null;
}
function calleeText2(call) {
  return ts.isCallExpression(call) ? calleeChain(call.expression).join(".") : calleeName(call) ?? "";
}
function objectTarget2(f, obj, quote) {
  const call = callOf(obj);
  const m = findProp(obj, "model");
  const keyQuote = m !== void 0 && ts.isStringLiteral(m.name) ? m.name.getText()[0] : "";
  const keys = /* @__PURE__ */ new Set();
  for (const p of obj.properties) {
    const name = propName(p.name);
    if (name !== null) keys.add(name);
  }
  const key = (name) => keyQuote === "" && /^[A-Za-z_$][\w$]*$/.test(name) ? name : `${keyQuote || quote}${name}${keyQuote || quote}`;
  const render4 = (v) => {
    if (v !== null && typeof v === "object") return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${render4(x)}`).join(", ")} }`;
    return typeof v === "string" ? `${quote}${v}${quote}` : String(v);
  };
  return {
    callee: call ? calleeText2(call) : "",
    keys,
    read(path14) {
      let cur = obj;
      for (let i = 0; i < path14.length; i++) {
        const p = findProp(cur, path14[i]);
        if (!p) return { kind: "absent" };
        if (i === path14.length - 1) return valueOf3(p);
        const next = objectValue(p);
        if (!next) return { kind: "absent" };
        cur = next;
      }
      return { kind: "object" };
    },
    append(path14, value, options2 = {}) {
      let cur = obj;
      let i = 0;
      for (; i < path14.length; i++) {
        const p = findProp(cur, path14[i]);
        if (!p) break;
        const next = objectValue(p);
        if (!next || i === path14.length - 1) return null;
        cur = next;
      }
      let text7 = render4(value);
      for (let j = path14.length - 1; j > i; j--) text7 = `{ ${key(path14[j])}: ${text7} }`;
      const edits = insertProperty(f, cur, `${key(path14[i])}: ${text7}`, options2.undeclared === true && i === 0 && f.typed && excessChecked(obj));
      return edits.length > 0 ? edits : null;
    }
  };
}
function valueOf3(p) {
  if (!ts.isPropertyAssignment(p)) return { kind: "opaque", text: p.getText() };
  const v = inner(p.initializer);
  const text7 = v.getText();
  if (ts.isObjectLiteralExpression(v)) return { kind: "object" };
  if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) return { kind: "literal", value: v.text, text: text7 };
  if (v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword) return { kind: "literal", value: v.kind === ts.SyntaxKind.TrueKeyword, text: text7 };
  if (ts.isNumericLiteral(v)) return { kind: "literal", value: Number(v.text), text: text7 };
  if (v.kind === ts.SyntaxKind.NullKeyword) return { kind: "literal", value: null, text: text7 };
  return { kind: "opaque", text: text7 };
}
function excessChecked(obj) {
  let n = obj;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isCallExpression(p) && p.arguments[0] === n) return OPENAI_CALL.test(calleeText2(p));
  if (ts.isVariableDeclaration(p) && p.initializer === n && p.type) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  if (ts.isSatisfiesExpression(p)) return OPENAI_PARAMS_TYPE.test(p.type.getText());
  return false;
}
function commentableLine(f, pos) {
  const { node, trivia } = locate(f.sf, pos);
  if (trivia) return true;
  if (node.getStart(f.sf) !== pos) return false;
  const p = node.parent;
  return node.kind !== ts.SyntaxKind.JsxText && !(p && ts.SyntaxKind[p.kind].startsWith("Jsx"));
}
function insertProperty(f, obj, prop, expectError) {
  const { text: text7, newline: nl } = f;
  const open3 = obj.getStart(f.sf);
  const close = obj.end - 1;
  const props = obj.properties;
  const last2 = props[props.length - 1];
  if (!last2) {
    if (text7.slice(open3 + 1, close).trim() !== "" || expectError) return [];
    return [{ start: open3 + 1, end: close, text: ` ${prop} ` }];
  }
  const firstStart = props[0].getStart(f.sf);
  const multiLine = text7.slice(open3 + 1, firstStart).includes("\n");
  if (!multiLine) {
    const edits = [{ start: last2.end, end: last2.end, text: `, ${prop}` }];
    if (!expectError) return edits;
    const ls = lineStart(text7, last2.end);
    const indent3 = indentAt(text7, ls);
    if (commentableLine(f, ls + indent3.length)) return [...edits, { start: ls, end: ls, text: `${indent3}${EXPECT_ERROR}${nl}` }];
    const own = `${indentAt(text7, lineStart(text7, open3))}  `;
    return [{ start: last2.end, end: last2.end, text: `,${nl}${own}${EXPECT_ERROR}${nl}${own}${prop}` }];
  }
  const firstLine2 = lineStart(text7, firstStart);
  const indent2 = text7.slice(firstLine2, firstStart).trim() === "" ? text7.slice(firstLine2, firstStart) : `${indentAt(text7, lineStart(text7, open3))}  `;
  const comma = props.hasTrailingComma ? commaAfter(text7, last2.end) : -1;
  const trailing = comma !== -1;
  const anchor = trailing ? comma : last2.end;
  const body = `${expectError ? `${indent2}${EXPECT_ERROR}${nl}` : ""}${indent2}${prop}${trailing ? "," : ""}`;
  const eol = lineEnd(text7, anchor);
  const rest = text7.slice(anchor, eol);
  if (/^\s*(?:\/\/.*|\/\*.*?\*\/\s*)?$/.test(rest)) {
    const edits = trailing ? [] : [{ start: last2.end, end: last2.end, text: "," }];
    return [...edits, { start: eol, end: eol, text: `${nl}${body}` }];
  }
  return [{ start: anchor, end: anchor, text: `${trailing ? "" : ","}${nl}${body}` }];
}
var EXPECT_ERROR, OPENAI_PARAMS_TYPE, OPENAI_CALL;
var init_ts_js = __esm({
  "rules/targets/ts-js.ts"() {
    "use strict";
    init_ts_lib();
    init_ts_js_ast();
    EXPECT_ERROR = "// @ts-expect-error thinking is a DeepSeek parameter the openai types do not declare";
    OPENAI_PARAMS_TYPE = /\b(?:ChatCompletion|Response|Completion)\w*Params\w*\b/;
    OPENAI_CALL = /(?:^|\.)chat\.completions\.(?:create|stream|parse|runTools)$|(?:^|\.)responses\.(?:create|stream|parse)$/;
  }
});

// rules/languages/ts-js-sites.ts
function isFimCall(call) {
  const names2 = calleeChain(call.expression);
  const n = names2.length;
  return names2[n - 1] === "create" && names2[n - 2] === "completions" && names2[n - 3] !== "chat";
}
function providerRole(origin) {
  if (!origin) return null;
  for (const s of providerSdks()) {
    const p = s.provider;
    if (!p || p.module !== origin.module) continue;
    if (p.exports.includes(origin.name)) return { sdk: s.id, kind: "export" };
    if (p.factories.includes(origin.name)) return { sdk: s.id, kind: "factory" };
  }
  return null;
}
function factoryCall(call, factories, imports) {
  const callee2 = inner(call.expression);
  const role = ts.isIdentifier(callee2) ? null : providerRole(importedCallee(callee2, imports));
  const sdk = ts.isIdentifier(callee2) ? factories.get(callee2.text) ?? null : role?.kind === "factory" ? role.sdk : null;
  if (!sdk) return null;
  const first = call.arguments[0] ? inner(call.arguments[0]) : null;
  return { sdk, settings: first && ts.isObjectLiteralExpression(first) ? first : null };
}
function providerOf(call, f) {
  const provider = (e) => {
    const x = inner(e);
    if (ts.isIdentifier(x)) return f.providers.get(x.text) ?? null;
    if (ts.isCallExpression(x)) return factoryCall(x, f.providerFactories, f.imports);
    const role = providerRole(importedCallee(x, f.imports));
    return role?.kind === "export" ? { sdk: role.sdk, settings: null } : null;
  };
  const callee2 = inner(call.expression);
  const direct = provider(callee2);
  if (direct) return direct;
  if (!ts.isPropertyAccessExpression(callee2)) return null;
  const made = provider(callee2.expression);
  const methods = made ? sdkById(made.sdk)?.provider?.methods : void 0;
  return made && methods?.includes(callee2.name.text) ? made : null;
}
function modelObjects(value, f) {
  const p = value.parent;
  if (ts.isPropertyAssignment(p) && p.initializer === value && MODEL_KEYS.has(propName(p.name) ?? "") && ts.isObjectLiteralExpression(p.parent)) return [p.parent];
  if (!ts.isVariableDeclaration(p) || p.initializer !== value || !ts.isIdentifier(p.name)) return [];
  if (!(ts.getCombinedNodeFlags(p) & ts.NodeFlags.Const)) return [];
  const index = f.index();
  if (index.declarations.get(p.name.text) !== 1) return [];
  return [...index.modelRefs.get(p.name.text) ?? []];
}
function overridableObjects(value, f) {
  let e = value;
  let p = e.parent;
  let wrapped = false;
  for (; ; ) {
    if (ts.isParenthesizedExpression(p)) {
      e = p;
      p = p.parent;
    } else if (ts.isBinaryExpression(p) && p.right === e && (p.operatorToken.kind === ts.SyntaxKind.BarBarToken || p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      wrapped = true;
      e = p;
      p = p.parent;
    } else break;
  }
  let name = null;
  if (wrapped && ts.isPropertyAssignment(p) && p.initializer === e && MODEL_KEYS.has(propName(p.name) ?? "") && ts.isObjectLiteralExpression(p.parent)) return [p.parent];
  if (wrapped && ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name)) name = p.name.text;
  if (!wrapped && (ts.isParameter(p) || ts.isBindingElement(p)) && p.initializer === e && ts.isIdentifier(p.name)) name = p.name.text;
  if (name === null) return null;
  let scope = p;
  while (!ts.isSourceFile(scope) && !(ts.isFunctionLike(scope) && scope !== p)) scope = scope.parent;
  if (ts.isVariableDeclaration(p) && !ts.isSourceFile(scope)) {
    let block = p;
    while (!ts.isSourceFile(block) && !ts.isBlock(block)) block = block.parent;
    scope = block;
  }
  const within2 = (n) => n.pos >= scope.pos && n.end <= scope.end;
  return (f.index().modelRefs.get(name) ?? []).filter(within2);
}
function argumentOptions(value) {
  const call = value.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || call.arguments?.[0] !== value) return null;
  const options2 = call.arguments[1];
  return options2 && ts.isObjectLiteralExpression(inner(options2)) ? inner(options2) : null;
}
function requestSite5(literal, mode, f, option, prefix = "") {
  const quote = f.text[inner(literal).getStart(f.sf)] === "'" ? "'" : '"';
  const call = literal.parent;
  const provider = ts.isCallExpression(call) && call.arguments[0] === literal ? providerOf(call, f) : null;
  const options2 = provider ? null : argumentOptions(literal);
  const overridable2 = provider || options2 ? null : overridableObjects(literal, f);
  const objects = provider ? modelObjects(outer(call), f) : options2 ? [options2] : overridable2 ?? modelObjects(literal, f);
  const key = ts.isPropertyAssignment(literal.parent) && literal.parent.initializer === literal ? propName(literal.parent.name) : null;
  const via = provider ? `provider:${provider.sdk}` : options2 ? "argument" : key === "modelName" ? "modelName" : "model";
  let sdk = null;
  const reached = [];
  for (const obj of objects) {
    const target = objectTarget2(f, obj, quote);
    const owner = options2 ? literal.parent : callOf(obj);
    const imported = owner ? importedCallee(owner.expression, f.imports) : null;
    const origin = imported ? `${imported.module}.${imported.name}` : "";
    const settings = provider?.settings ? { providerSettings: objectTarget2(f, provider.settings, quote) } : {};
    const facts2 = { language: "ts", target, via, prefix, mentions: (re) => re.test(f.text), origin, ...settings };
    const recognised = recogniseRequest(facts2);
    const found = recognised?.keysFor ? { ...recognised, ...recognised.keysFor(facts2) } : recognised;
    if (!found || sdk !== null && found.id !== sdk.id) continue;
    sdk = found;
    reached.push({ obj, target });
  }
  if (!sdk) return null;
  const plan = planThinking(sdk, reached.map((r) => ({ target: r.target })), mode, option);
  return { sdk, plan, objects: reached.map((r) => r.obj), ...overridable2 ? { overridable: true } : {} };
}
function thinkingAdvisories(site, f) {
  const out = [];
  const toolChoice = site.sdk.toolChoice;
  for (const obj of site.objects) {
    for (const name of site.sdk.sampling ?? []) {
      const p = findProp(obj, name);
      if (p) out.push({ start: p.getStart(f.sf), end: p.end, code: "sampling-ignored", detail: { key: name } });
    }
    if (!toolChoice) continue;
    const choice2 = findProp(obj, toolChoice);
    const value = choice2 && ts.isPropertyAssignment(choice2) ? inner(choice2.initializer) : null;
    if (choice2 && value && (ts.isObjectLiteralExpression(value) || ts.isStringLiteralLike(value))) {
      const v = stringValue3(choice2);
      if (v !== "auto" && v !== "none") out.push({ start: choice2.getStart(f.sf), end: choice2.end, code: "forced-tool-choice", detail: { key: toolChoice, value: v ?? "a specific tool" } });
    }
  }
  return out;
}
var MODEL_KEYS;
var init_ts_js_sites = __esm({
  "rules/languages/ts-js-sites.ts"() {
    "use strict";
    init_ts_lib();
    init_sdks();
    init_plan();
    init_ts_js_ast();
    init_ts_js();
    MODEL_KEYS = /* @__PURE__ */ new Set(["model", "modelName"]);
  }
});

// rules/languages/ts-js-analyze.ts
var ts_js_analyze_exports = {};
__export(ts_js_analyze_exports, {
  analyze: () => analyze,
  parseError: () => parseError
});
function parseError(text7, path14) {
  return firstParseError(parse(text7, path14));
}
function analyze(ctx) {
  const sf = parse(ctx.text, ctx.path);
  const facts2 = fileFacts(sf, ctx);
  const snippet2 = sdkForFile(ctx.path, ctx.text);
  const detections = [];
  const advisories = [];
  const seen = /* @__PURE__ */ new Set();
  for (const occ of findOccurrences(ctx.text)) {
    seen.add(occ.start);
    const d = classify(occ, facts2, ctx, snippet2, advisories);
    if (d) detections.push(d);
  }
  scanTree(facts2, seen, (lit, occ) => {
    if (seen.has(occ.start)) return;
    const d = classifyLiteral3(occ, lit, facts2, ctx, snippet2, advisories);
    if (d) detections.push(d);
  }, detections, advisories);
  return { detections, advisories: advisories.sort((a, b) => a.start - b.start) };
}
function fileFacts(sf, ctx) {
  const imports = importsOf(sf);
  const providers = /* @__PURE__ */ new Map();
  const factories = /* @__PURE__ */ new Map();
  for (const [local, origin] of imports) {
    const role = providerRole(origin);
    if (role?.kind === "export") providers.set(local, { sdk: role.sdk, settings: null });
    if (role?.kind === "factory") factories.set(local, role.sdk);
  }
  for (const s of providerSdks()) {
    for (const name of s.provider?.factories ?? []) if (!factories.has(name) && !providers.has(name) && ctx.text.includes(name)) factories.set(name, s.id);
  }
  const visit = (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const init = inner(n.initializer);
      const made = ts.isCallExpression(init) ? factoryCall(init, factories, imports) : null;
      if (made) providers.set(n.name.text, made);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let index;
  return {
    sf,
    text: ctx.text,
    path: ctx.path,
    typed: /\.(?:ts|tsx|mts|cts)$/i.test(ctx.path),
    newline: ctx.text.includes("\r\n") ? "\r\n" : "\n",
    providers,
    providerFactories: factories,
    imports,
    index: () => index ??= buildIndex(sf)
  };
}
function classify(occ, f, ctx, snippet2, advisories) {
  const { node, trivia } = locate(f.sf, occ.start);
  if (trivia || node.kind === ts.SyntaxKind.JsxText) {
    const from = trivia ? 0 : node.getStart(f.sf);
    const reason = proseReason(trivia ? f.text : f.text.slice(from, node.end), { ...occ, start: occ.start - from, end: occ.end - from });
    return reason ? detect(occ, ctx, "review", reason) : detect(occ, ctx, "rewrite", "reference", { snippet: snippet2 });
  }
  switch (node.kind) {
    case ts.SyntaxKind.RegularExpressionLiteral:
      return detect(occ, ctx, "review", "regex");
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      return classifyLiteral3(occ, node, f, ctx, snippet2, advisories);
    default:
      return null;
  }
}
function literalExpression(lit) {
  if (ts.isTemplateHead(lit)) return lit.parent;
  if (ts.isTemplateMiddle(lit) || ts.isTemplateTail(lit)) return lit.parent.parent;
  return lit;
}
function contentRange(lit, f) {
  const start = lit.getStart(f.sf) + 1;
  const closing = ts.isTemplateHead(lit) || ts.isTemplateMiddle(lit) ? 2 : 1;
  return { start, end: Math.max(start, lit.end - closing) };
}
function classifyLiteral3(occ, lit, f, ctx, snippet2, advisories) {
  const expr = outer(literalExpression(lit));
  if (isModuleSpecifier(expr)) return null;
  const range = contentRange(lit, f);
  const content = f.text.slice(range.start, range.end);
  if (RECORDED_TEXT.test(content) || inRecordedResponse2(expr)) return detect(occ, ctx, "review", "recorded-response");
  if (/\s/.test(content) && isMigrationProse(content, occ.start - range.start, occ.end - range.start)) {
    return detect(occ, ctx, "review", "migration-prose");
  }
  const verdict2 = contextVerdict(expr, occ.legacy, f);
  if (verdict2 === ASSERTED) return detect(occ, ctx, "rewrite", "reference", { thinking: "none" });
  if (verdict2) return detect(occ, ctx, "review", verdict2.reason, verdict2.detail === void 0 ? {} : { detail: verdict2.detail });
  const mode = legacyEntry(occ.legacy).thinking;
  const site = ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit) ? requestSite5(expr, mode, f, ctx.thinking, occ.prefix) : null;
  if (site && !isOpenRouterSlug(occ, ctx)) {
    const { plan } = site;
    const snippet3 = site.sdk.id;
    if (site.overridable) {
      const usedAt = site.objects.map((o) => (callOf(o) ?? o).getStart(f.sf));
      return detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: snippet3, usedAt });
    }
    if (plan.kind === "conflict") return detect(occ, ctx, "review", "thinking-conflict", { detail: { found: plan.found } });
    if (mode === "enabled" && !(plan.kind === "note" && plan.overridden)) advisories.push(...thinkingAdvisories(site, f));
    if (plan.kind === "insert") return detect(occ, ctx, "rewrite", "request-site", { thinking: "inserted", extraEdits: plan.edits, snippet: snippet3 });
    if (plan.kind === "present") return detect(occ, ctx, "rewrite", "request-site", { thinking: "present", snippet: snippet3 });
    return detect(occ, ctx, "rewrite", "request-site", { thinking: "note", snippet: snippet3 });
  }
  const fim = fimCall(expr);
  if (fim) advisories.push({ start: fim.getStart(f.sf), end: fim.end, code: "fim-thinking", detail: { legacy: occ.legacy } });
  return detect(occ, ctx, "rewrite", "reference", { thinking: "note", snippet: snippet2 });
}
function fimCall(expr) {
  const p = expr.parent;
  if (!ts.isPropertyAssignment(p) || propName(p.name) !== "model" || !ts.isObjectLiteralExpression(p.parent)) return null;
  const o = outer(p.parent);
  const call = o.parent;
  return ts.isCallExpression(call) && call.arguments[0] === o && isFimCall(call) ? call : null;
}
function isModuleSpecifier(expr) {
  const p = expr.parent;
  if ((ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) && p.moduleSpecifier === expr) return true;
  if (ts.isExternalModuleReference(p) || ts.isModuleDeclaration(p) && p.name === expr) return true;
  if (ts.isLiteralTypeNode(p) && ts.isImportTypeNode(p.parent)) return true;
  if (ts.isCallExpression(p) && p.arguments[0] === expr) {
    const names2 = calleeChain(p.expression);
    const first = names2[0];
    const last2 = names2[names2.length - 1] ?? "";
    if (names2.length === 1 && (first === "require" || first === "import")) return true;
    if (first === "require" && last2 === "resolve") return true;
    if (first === "import" && names2[1] === "meta" && last2 === "resolve") return true;
    if ((first === "jest" || first === "vi") && MOCK_METHODS.has(last2)) return true;
  }
  return false;
}
function inRecordedResponse2(expr) {
  let n = expr;
  for (let depth = 0; depth < 12 && n.parent; depth++) {
    const p = n.parent;
    if (ts.isObjectLiteralExpression(p) && isResponseShaped(p)) return true;
    if (!(ts.isObjectLiteralExpression(p) || ts.isPropertyAssignment(p) || ts.isArrayLiteralExpression(p) || inner(p) !== p)) return false;
    n = p;
  }
  return false;
}
function isResponseShaped(obj) {
  return isResponseShape({
    has: (key) => findProp(obj, key) !== void 0,
    string: (key) => stringValue3(findProp(obj, key)) ?? null,
    keys: (key) => (objectValue(findProp(obj, key))?.properties ?? []).flatMap((p) => p.name ? [propName(p.name) ?? ""] : [])
  });
}
function contextVerdict(expr, legacy, f) {
  const p = expr.parent;
  if ((ts.isNewExpression(p) || ts.isCallExpression(p)) && calleeName(p) === "RegExp" && isArgument(p, expr, 0)) return { reason: "regex" };
  if (ts.isCallExpression(p) && isArgument(p, expr, 0) && PATTERN_METHODS.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "regex" };
  if (ts.isBinaryExpression(p) && EQUALITY.has(p.operatorToken.kind)) return { reason: "comparison" };
  if (ts.isCallExpression(p) && isArgument(p, expr) && MEMBERSHIP.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "comparison" };
  if (isMembershipReceiver(expr)) return { reason: "comparison" };
  if (ts.isArrayLiteralExpression(p) && isMembershipSet(p, f)) return { reason: "comparison" };
  if (ts.isLiteralTypeNode(p) && ts.isConditionalTypeNode(p.parent) && p.parent.extendsType === p) return { reason: "comparison" };
  if (ts.isCaseClause(p) && p.expression === expr) return { reason: "switch-case" };
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isEnumMember(p)) && p.name === expr) return { reason: "mapping-key" };
  if (ts.isComputedPropertyName(p)) return { reason: "mapping-key" };
  if (ts.isElementAccessExpression(p) && p.argumentExpression === expr) return { reason: "mapping-key" };
  if (ts.isCallExpression(p) && isArgument(p, expr, 0) && MAP_METHODS.has(calleeName(p) ?? "") && ts.isPropertyAccessExpression(inner(p.expression))) return { reason: "mapping-key" };
  if (TEST_FILE.test(f.path) && inAssertion(expr)) return ASSERTED;
  const exported = exportedName(expr, f);
  if (exported) return { reason: "exported-constant", detail: { constant: exported } };
  const members2 = collectionText(expr, legacy, f);
  if (members2 !== null) {
    const reason = collectionReason(members2, legacy);
    if (reason) return { reason };
  }
  return null;
}
function isMembershipSet(array, f) {
  let holder = outer(array);
  if (ts.isNewExpression(holder.parent) && calleeName(holder.parent) === "Set") holder = outer(holder.parent);
  if (isMembershipReceiver(holder)) return true;
  const decl = holder.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== holder || !ts.isIdentifier(decl.name)) return false;
  return f.index().membershipReceivers.has(decl.name.text);
}
function inAssertion(expr) {
  for (let n = expr; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isStatement(p) || ts.isBlock(p) || ts.isFunctionLike(p) || ts.isClassLike(p) || ts.isSourceFile(p)) return false;
    if (!ts.isCallExpression(p) || !isArgument(p, n)) continue;
    const names2 = calleeChain(p.expression);
    const root = names2[0] ?? "";
    if (root === "expect") return true;
    if (ASSERT_ROOTS.has(root) && !names2.includes("()") && (root === "assert" || names2.length === 2)) return true;
  }
  return false;
}
function exportedName(expr, f) {
  if (!PACKAGE_API.test(f.path)) return null;
  const p = expr.parent;
  if (ts.isVariableDeclaration(p) && p.initializer === expr) return exportedConst(p);
  if (ts.isEnumMember(p) && p.initializer === expr && ts.isSourceFile(p.parent.parent) && isExported(p.parent)) return `${p.parent.name.text}.${propName(p.name) ?? "?"}`;
  if (ts.isExportAssignment(p) && ts.isSourceFile(p.parent)) return "default";
  if (ts.isPropertyAssignment(p) && p.initializer === expr && ts.isObjectLiteralExpression(p.parent)) {
    const decl = outer(p.parent).parent;
    if (ts.isVariableDeclaration(decl) && decl.initializer === outer(p.parent)) {
      const name = exportedConst(decl);
      if (name) return `${name}.${propName(p.name) ?? "?"}`;
    }
  }
  return null;
}
function exportedConst(decl) {
  const list = decl.parent;
  const statement = list.parent;
  if (!ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent) || !isExported(statement)) return null;
  if (!(list.flags & ts.NodeFlags.Const) || !ts.isIdentifier(decl.name)) return null;
  return decl.name.text;
}
function isExported(node) {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}
function collectionText(expr, legacy, f) {
  const p = expr.parent;
  if (ts.isArrayLiteralExpression(p)) return p.getText(f.sf);
  if (ts.isLiteralTypeNode(p) && ts.isUnionTypeNode(p.parent)) {
    let u = p.parent;
    while (ts.isUnionTypeNode(u.parent) || ts.isParenthesizedTypeNode(u.parent)) u = u.parent;
    return u.getText(f.sf);
  }
  if (ts.isEnumMember(p) && p.initializer === expr) return p.parent.members.map((m) => m.initializer?.getText(f.sf) ?? "").join(" ");
  if (ts.isConditionalExpression(p) && p.condition !== expr) return `${p.whenTrue.getText(f.sf)} ${p.whenFalse.getText(f.sf)}`;
  if (ts.isPropertyAssignment(p) && p.initializer === expr && ts.isObjectLiteralExpression(p.parent)) {
    const obj = p.parent;
    const holder = outer(obj).parent;
    if (ts.isArrayLiteralExpression(holder)) return holder.getText(f.sf);
    const values = obj.properties.flatMap((q) => ts.isPropertyAssignment(q) && ts.isStringLiteralLike(inner(q.initializer)) ? [inner(q.initializer).getText(f.sf)] : []);
    const text7 = values.join(" ");
    return mentionsOther(text7, legacy) ? text7 : null;
  }
  if (ts.isJsxAttribute(p) || ts.isJsxExpression(p) && ts.isJsxAttribute(p.parent)) return jsxSiblings(ts.isJsxAttribute(p) ? p : p.parent, f);
  return null;
}
function jsxSiblings(attr, f) {
  const opening = attr.parent.parent;
  const element = ts.isJsxOpeningElement(opening) ? opening.parent : opening;
  const container = element.parent;
  if (!ts.isJsxElement(container) && !ts.isJsxFragment(container)) return null;
  return container.children.flatMap((c) => ts.isJsxElement(c) ? [c.openingElement.getText(f.sf)] : ts.isJsxSelfClosingElement(c) ? [c.getText(f.sf)] : []).join(" ");
}
function scanTree(f, seen, literal, detections, advisories) {
  const visit = (n) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      escapes(n, f, literal, detections);
    } else if (ts.isRegularExpressionLiteral(n)) {
      const start = n.getStart(f.sf) + 1;
      const body = f.text.slice(start, f.text.lastIndexOf("/", n.end - 1));
      for (const o of findOccurrences(body)) {
        if (!seen.has(o.start + start)) detections.push({ start: o.start + start, end: o.end + start, legacy: o.legacy, action: "review", reason: "regex", thinking: "none" });
      }
    } else {
      const hazard = droppedReasoning(n);
      if (hazard) advisories.push({ start: n.getStart(f.sf), end: n.end, code: "reasoning-content-dropped", detail: { how: hazard } });
    }
    ts.forEachChild(n, visit);
  };
  visit(f.sf);
}
function escapes(lit, f, literal, detections) {
  const range = contentRange(lit, f);
  const raw = f.text.slice(range.start, range.end);
  if (!raw.includes("\\")) return;
  if (isModuleSpecifier(outer(literalExpression(lit)))) return;
  const unquoted = raw.replace(/\\(.)/gs, (m, c) => c === '"' || c === "'" || c === "`" ? ` ${c}` : m);
  const exact = findOccurrences(unquoted);
  for (const o of exact) literal(lit, { ...o, start: o.start + range.start, end: o.end + range.start });
  const inValue = findOccurrences(lit.text);
  if (inValue.length <= exact.length) return;
  detections.push({ start: range.start, end: range.end, legacy: inValue[0].legacy, action: "review", reason: "escaped-literal", thinking: "none" });
}
function droppedReasoning(n) {
  if (ts.isDeleteExpression(n)) {
    const e = inner(n.expression);
    if (ts.isPropertyAccessExpression(e) && e.name.text === REASONING) return `delete ${e.getText()}`;
    if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === REASONING) return `delete ${e.getText()}`;
  }
  if (ts.isObjectBindingPattern(n) && n.elements.some((el) => el.dotDotDotToken)) {
    if (n.elements.some((el) => !el.dotDotDotToken && propName(el.propertyName ?? el.name) === REASONING)) return "destructured away before the message is sent back";
  }
  if (ts.isPropertyAssignment(n) && propName(n.name) === REASONING) {
    const v = inner(n.initializer);
    if (v.kind === ts.SyntaxKind.NullKeyword || ts.isIdentifier(v) && v.text === "undefined") return `${REASONING} set to ${v.getText()}`;
  }
  if (ts.isCallExpression(n) && calleeName(n) === "omit" && n.arguments.some((a) => a.getText().includes(`"${REASONING}"`) || a.getText().includes(`'${REASONING}'`))) {
    return "omitted";
  }
  return null;
}
var EQUALITY, PATTERN_METHODS, MAP_METHODS, MOCK_METHODS, ASSERT_ROOTS, TEST_FILE, PACKAGE_API, RECORDED_TEXT, ASSERTED, REASONING;
var init_ts_js_analyze = __esm({
  "rules/languages/ts-js-analyze.ts"() {
    "use strict";
    init_ts_lib();
    init_catalog();
    init_recorded();
    init_tokens();
    init_shared();
    init_sdks();
    init_ts_js_ast();
    init_prose();
    init_ts_js_sites();
    init_ts_js();
    EQUALITY = /* @__PURE__ */ new Set([
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken
    ]);
    PATTERN_METHODS = /* @__PURE__ */ new Set(["replace", "replaceAll", "match", "matchAll", "search", "split"]);
    MAP_METHODS = /* @__PURE__ */ new Set(["get", "set", "delete"]);
    MOCK_METHODS = /* @__PURE__ */ new Set(["mock", "doMock", "unmock", "requireActual", "importActual", "requireMock", "importMock", "createMockFromModule"]);
    ASSERT_ROOTS = /* @__PURE__ */ new Set(["assert", "t", "tap"]);
    TEST_FILE = /(?:^|\/)__tests__\/|\.(?:test|spec)\.[cm]?[jt]sx?$/i;
    PACKAGE_API = /(?:^|\/)src\/|(?:^|\/)index\.[cm]?[jt]sx?$/i;
    RECORDED_TEXT = /\bchat\.completion(?:\.chunk)?\b|\bchatcmpl-/;
    ASSERTED = { reason: "reference" };
    REASONING = "reasoning_content";
  }
});

// rules/languages/ts-js.ts
function loadAnalysis() {
  analysis ??= Promise.resolve().then(() => (init_ts_js_analyze(), ts_js_analyze_exports));
  return analysis;
}
var analysis, TS_JS_SOURCE, tsJsRule;
var init_ts_js2 = __esm({
  "rules/languages/ts-js.ts"() {
    "use strict";
    init_doc_comments();
    analysis = null;
    TS_JS_SOURCE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;
    tsJsRule = {
      id: "ts-js",
      description: "Legacy model IDs in TypeScript/JavaScript strings, templates, JSX and comments, with thinking insertion at OpenAI and AI SDK request sites",
      appliesTo: (path14) => TS_JS_SOURCE.test(path14),
      async check(ctx) {
        const out = await (await loadAnalysis()).analyze(ctx);
        const ranges = jsDocComments(ctx.text);
        return ranges.length === 0 ? out : withDocExamples(ctx, out, ranges, "jsdoc");
      },
      async validate(text7, path14) {
        return (await loadAnalysis()).parseError(text7, path14);
      },
      warmUp: loadAnalysis
    };
  }
});

// rules/languages/yaml.ts
function mapGet(map, key) {
  for (const item of map.items) {
    if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key) return item.value;
  }
  return void 0;
}
function scalarValue(node) {
  return (0, import_yaml.isScalar)(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : null;
}
function isResponseMap(node) {
  if (!(0, import_yaml.isMap)(node)) return false;
  return isResponseShape({
    has: (key) => mapGet(node, key) !== void 0,
    string: (key) => scalarValue(mapGet(node, key)),
    keys: (key) => {
      const v = mapGet(node, key);
      return (0, import_yaml.isMap)(v) ? v.items.flatMap((i) => (0, import_yaml.isPair)(i) && (0, import_yaml.isScalar)(i.key) ? [String(i.key.value)] : []) : [];
    }
  });
}
function isBareId(value) {
  return value !== "" && !/[\s=]/.test(value);
}
function collectScalars(doc) {
  const out = [];
  const visit = (node, frames) => {
    if ((0, import_yaml.isAlias)(node) || node === null || node === void 0) return;
    if ((0, import_yaml.isScalar)(node)) {
      out.push({ scalar: node, frames, isKey: false, doc });
      return;
    }
    if ((0, import_yaml.isMap)(node)) {
      for (const item of node.items) {
        if (!(0, import_yaml.isPair)(item)) continue;
        const keyName = scalarValue(item.key);
        if ((0, import_yaml.isScalar)(item.key)) out.push({ scalar: item.key, frames: [...frames, { node, key: null }], isKey: true, doc });
        else visit(item.key, [...frames, { node, key: null }]);
        visit(item.value, [...frames, { node, key: keyName }]);
      }
      return;
    }
    if ((0, import_yaml.isSeq)(node)) node.items.forEach((item, i) => visit(item, [...frames, { node, key: i }]));
  };
  visit(doc.contents, []);
  return out;
}
function classify2(ctx, site, occ, path14, cassette, litellm2, fileSnippet, once) {
  const value = scalarValue(site.scalar) ?? "";
  if (cassette) {
    if (path14.includes("response")) return detect(occ, ctx, "review", "recorded-response");
    if (path14.includes("request")) return detect(occ, ctx, "review", "recorded-request");
  }
  if (site.frames.some((f) => isResponseMap(f.node)) || RESPONSE_TEXT3.test(value)) {
    return detect(occ, ctx, "review", "recorded-response");
  }
  const parent = site.frames[site.frames.length - 1]?.node;
  if (site.isKey && parent && (0, import_yaml.isMap)(parent)) {
    const keys = () => parent.items.map((p) => (0, import_yaml.isPair)(p) ? scalarValue(p.key) ?? "" : "").join("\n");
    return detect(occ, ctx, "review", once(parent, "keys", occ.legacy, () => mentionsCurrent(keys()) ? "collection-current" : "mapping-key"));
  }
  if (parent && (0, import_yaml.isSeq)(parent) && isBareId(value)) {
    const members2 = () => parent.items.map((i) => scalarValue(i) ?? "").filter(isBareId).join("\n");
    const reason = once(parent, "items", occ.legacy, () => collectionReason(members2(), occ.legacy));
    if (reason) return detect(occ, ctx, "review", reason);
  }
  if (!site.isKey && parent && (0, import_yaml.isMap)(parent) && isBareId(value)) {
    const reason = entryCollection2(site, parent, occ, once);
    if (reason) return detect(occ, ctx, "review", reason);
  }
  if (!site.isKey && inExpression(ctx.text, site, occ, path14[path14.length - 1])) {
    const reason = lineHeuristic(ctx.text, occ, ctx.path);
    if (reason === "comparison" || reason === "switch-case") return detect(occ, ctx, "review", reason);
  }
  const catalog2 = site.isKey ? null : catalogVerdict(yamlTree(site), site.scalar);
  if (catalog2) return detect(occ, ctx, "review", catalog2.reason, catalog2.reason === "other-host" ? { detail: { host: catalog2.host } } : {});
  const keyPath = path14.filter((k) => typeof k === "string");
  if (keyPath[0] === "spring" && keyPath[1] === "ai") return valueDetection(ctx, occ, "spring-ai");
  if (litellm2 && keyPath.includes("litellm_params")) {
    return valueDetection({ openRouter: false }, occ, "litellm");
  }
  return valueDetection(ctx, occ, fileSnippet);
}
function yamlTree(site) {
  const up = /* @__PURE__ */ new Map();
  const chain = [...site.frames.map((f) => f.node), site.scalar];
  for (let i = 1; i < chain.length; i++) up.set(chain[i], { parent: chain[i - 1], key: site.frames[i - 1].key });
  return {
    parent: (n) => up.get(n)?.parent ?? null,
    kind: (n) => (0, import_yaml.isMap)(n) ? "object" : (0, import_yaml.isSeq)(n) ? "array" : "other",
    keyOf: (n) => {
      const k = up.get(n)?.key;
      return typeof k === "string" ? k : null;
    },
    members: (n) => new Map((0, import_yaml.isMap)(n) ? n.items.flatMap((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) ? [[String(p.key.value), p.value]] : []) : []),
    items: (n) => (0, import_yaml.isSeq)(n) ? n.items : [],
    text: (n) => (0, import_yaml.isScalar)(n) && typeof n.value === "string" ? n.value : null
  };
}
function mapValues(map) {
  return map.items.flatMap((p) => (0, import_yaml.isPair)(p) ? [scalarValue(p.value) ?? ""] : []).filter(isBareId);
}
function entryCollection2(site, parent, occ, once) {
  const grand = site.frames[site.frames.length - 2]?.node;
  if (grand && (0, import_yaml.isSeq)(grand)) {
    const members2 = () => grand.items.flatMap((item) => (0, import_yaml.isMap)(item) ? mapValues(item) : []).join("\n");
    const reason = once(grand, "entries", occ.legacy, () => collectionReason(members2(), occ.legacy));
    if (reason) return reason;
  }
  const parentKey = site.frames[site.frames.length - 2]?.key;
  if (typeof parentKey === "string" && ENV_KEYS2.has(parentKey)) return null;
  if (parent === site.doc.contents) return null;
  return once(parent, "values", occ.legacy, () => mentionsOther(mapValues(parent).join("\n"), occ.legacy) ? "collection-both" : null);
}
function inExpression(text7, site, occ, key) {
  if (key === "if") return true;
  const [start] = site.scalar.range;
  const before = text7.slice(start, occ.start);
  const open3 = before.lastIndexOf("${{");
  return open3 !== -1 && !before.slice(open3).includes("}}");
}
var import_yaml, YAML_FILE, LOCKFILE2, RESPONSE_TEXT3, ENV_KEYS2, SCRIPT_KEYS, yamlRule;
var init_yaml = __esm({
  "rules/languages/yaml.ts"() {
    "use strict";
    import_yaml = require("yaml");
    init_recorded();
    init_tokens();
    init_shared();
    init_collection();
    init_sdks();
    init_embed();
    init_structured();
    init_catalogs();
    YAML_FILE = /\.ya?ml$/i;
    LOCKFILE2 = /(?:^|\/)(?:pnpm-lock|yarn-lock)\.ya?ml$/i;
    RESPONSE_TEXT3 = /"object"\s*:\s*"chat\.completion|chatcmpl-|object:\s*chat\.completion/;
    ENV_KEYS2 = /* @__PURE__ */ new Set(["environment", "env", "variables"]);
    SCRIPT_KEYS = /* @__PURE__ */ new Set(["run", "script", "before_script", "after_script", "cmds", "test"]);
    yamlRule = {
      id: "yaml",
      description: "Legacy model IDs in YAML: config values, mapping keys, sequences, workflow scripts, cassettes",
      appliesTo: (path14) => YAML_FILE.test(path14),
      async check(ctx) {
        if (LOCKFILE2.test(ctx.path)) return { detections: [] };
        const text7 = ctx.text;
        const docs = (0, import_yaml.parseAllDocuments)(text7);
        if (!Array.isArray(docs)) return { detections: [] };
        const litellm2 = /\bmodel_list\s*:|\blitellm_params\s*:|\blitellm_settings\s*:/.test(text7);
        const fileSnippet = litellm2 ? "litellm" : sdkForFile(ctx.path, text7);
        const detections = [];
        const covered = [];
        const once = containerVerdicts();
        for (const doc of docs) {
          const root = doc.contents;
          const cassette = (0, import_yaml.isMap)(root) && ((0, import_yaml.isSeq)(mapGet(root, "interactions")) || (0, import_yaml.isSeq)(mapGet(root, "http_interactions")));
          for (const site of collectScalars(doc)) {
            const range = site.scalar.range;
            if (!range) continue;
            const [start, end] = range;
            covered.push({ start, end });
            const occs = [...findOccurrences(text7, start, end), ...defaultExpansions(text7, start, end)];
            if (occs.length === 0) continue;
            const path14 = site.frames.map((f) => f.key);
            const keyName = path14[path14.length - 1];
            if (!site.isKey && typeof keyName === "string" && SCRIPT_KEYS.has(keyName) && !cassette) {
              const script = await analyseEmbedded(ctx, "embedded.sh", sliceView(text7, start, end), { owner: "yaml", validate: false });
              detections.push(...script?.detections ?? []);
              continue;
            }
            for (const occ of occs) detections.push(classify2(ctx, site, occ, path14, cassette, litellm2, fileSnippet, once));
          }
        }
        covered.sort((a, b) => a.start - b.start);
        const starts = covered.map((c) => c.start);
        for (const occ of findOccurrences(text7)) {
          const c = covered[lastAtMost(starts, occ.start)];
          if (c && occ.start >= c.start && occ.end <= c.end) continue;
          const lineStart2 = text7.lastIndexOf("\n", occ.start - 1) + 1;
          if (text7.slice(lineStart2, occ.start).includes("#")) detections.push(commentDetection(ctx, occ, fileSnippet));
          else detections.push(detect(occ, ctx, "rewrite", "reference", { snippet: fileSnippet }));
        }
        return { detections };
      },
      validate(text7) {
        const docs = (0, import_yaml.parseAllDocuments)(text7);
        if (!Array.isArray(docs)) return null;
        for (const doc of docs) {
          const e = doc.errors[0];
          if (e) return e.message.split("\n")[0] ?? "YAML error";
        }
        return null;
      }
    };
  }
});

// rules/languages/index.ts
var LANGUAGES;
var init_languages = __esm({
  "rules/languages/index.ts"() {
    "use strict";
    init_docs();
    init_go2();
    init_ini_env();
    init_java2();
    init_json3();
    init_python2();
    init_shell();
    init_text();
    init_toml();
    init_ts_js2();
    init_yaml();
    LANGUAGES = [tsJsRule, pythonRule, jsonRule, yamlRule, tomlRule, iniEnvRule, shellRule, goRule, javaRule, docsRule, textRule];
  }
});

// rules/index.ts
var rules_exports = {};
__export(rules_exports, {
  RULES: () => RULES
});
var RULES;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_languages();
    RULES = LANGUAGES;
  }
});

// src/check/rule-list.ts
function loadRules() {
  cached ??= Promise.resolve().then(() => (init_rules(), rules_exports)).then((m) => m.RULES);
  return cached;
}
var cached;
var init_rule_list = __esm({
  "src/check/rule-list.ts"() {
    "use strict";
    cached = null;
  }
});

// rules/checks/branches.ts
function branchLines(text7, starts, detections) {
  const lines = /* @__PURE__ */ new Set();
  const textLines = splitLines(text7);
  for (const d of detections) {
    const n = position(starts, d.start).line;
    if (BRANCH_REASONS.has(d.reason) && !COMMENT_LINE2.test(textLines[n - 1] ?? "")) lines.add(n);
  }
  textLines.forEach((l, i) => {
    if (l.length < 2e3 && CAPABILITY.test(l) && !COMMENT_LINE2.test(l)) lines.add(i + 1);
  });
  if (lines.size === 0) return lines;
  const names2 = /* @__PURE__ */ new Set();
  for (const n of [...lines]) {
    for (let k = n; k >= Math.max(1, n - 3); k--) {
      const l = textLines[k - 1] ?? "";
      const m = ASSIGNED.exec(l);
      if (m) {
        names2.add(m[1]);
        break;
      }
      if (k !== n - 1 && k !== n) break;
      if (!/^\s*["'`][^"'`]*["'`]\s*,?\s*$/.test(textLines[n - 1] ?? "")) break;
    }
  }
  if (names2.size > 0) {
    const uses = new RegExp(`(?<![\\w$])(?:${[...names2].map((n) => n.replace(/\$/g, "\\$")).join("|")})(?![\\w$])`);
    textLines.forEach((l, i) => {
      if (l.length < 2e3 && uses.test(l)) lines.add(i + 1);
    });
  }
  return lines;
}
var BRANCH_REASONS, CAPABILITY, COMMENT_LINE2, ASSIGNED;
var init_branches = __esm({
  "rules/checks/branches.ts"() {
    "use strict";
    init_tokens();
    BRANCH_REASONS = /* @__PURE__ */ new Set([
      "comparison",
      "switch-case",
      "mapping-key",
      "regex",
      "collection-both",
      "collection-current",
      "validated-value"
    ]);
    CAPABILITY = /(["'])(?:deepseek-)?(?:reasoner|chat)\1\s+(?:not\s+)?in\s|\.(?:includes|startsWith|endsWith|startswith|endswith|contains|Contains)\(\s*(["'])(?:deepseek-)?(?:reasoner|chat)\2|\b(?:Contains|HasPrefix|HasSuffix)\(\s*[\w.]+\s*,\s*"(?:deepseek-)?(?:reasoner|chat)"/;
    COMMENT_LINE2 = /^\s*(?:\/\/|#|\*|\/\*|--\s|<!--)/;
    ASSIGNED = /^\s*(?:export\s+)?(?:(?:const|let|var|final|val)\s+)?(?:self\.|this\.)?([A-Za-z_$][\w$]*)\s*(?::[^=\n]*)?=(?!=)/;
  }
});

// rules/checks/branch-comment.ts
function facts(file) {
  if (memo2?.text !== file.text || memo2.detections !== file.detections) {
    memo2 = { text: file.text, detections: file.detections, branch: branchLines(file.text, file.lineStarts, file.detections), lines: splitLines(file.text) };
  }
  return memo2;
}
function insideDocstring(text7, offset) {
  const re = /"""|'''/g;
  let open3 = null;
  let quote = "";
  for (let m = re.exec(text7); m !== null && m.index < offset; m = re.exec(text7)) {
    if (open3 === null) {
      open3 = m.index;
      quote = m[0];
    } else if (m[0] === quote) open3 = null;
  }
  return open3;
}
var COMMENT_LINE3, TRAILING_COMMENT, CODE_FILE, STATEMENT_LINES, memo2, branchComment;
var init_branch_comment = __esm({
  "rules/checks/branch-comment.ts"() {
    "use strict";
    init_tokens();
    init_branches();
    COMMENT_LINE3 = /^\s*(?:\/\/|#|\*|\/\*|--\s)/;
    TRAILING_COMMENT = /(?:^|\s)(?:\/\/|#)\s/;
    CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rs|rb|php|cs|swift|scala)$/i;
    STATEMENT_LINES = 3;
    memo2 = null;
    branchComment = {
      reasons: ["branch-comment"],
      check(d, file) {
        if (!CODE_FILE.test(file.path)) return null;
        const { branch, lines } = facts(file);
        const at = position(file.lineStarts, d.start).line;
        const own = lines[at - 1] ?? "";
        const column = d.start - file.lineStarts[at - 1];
        const docstring = /\.py$/i.test(file.path) ? insideDocstring(file.text, d.start) : null;
        const comment = COMMENT_LINE3.test(own) || TRAILING_COMMENT.test(own.slice(0, column));
        if (!comment && docstring === null) return null;
        if (branch.size === 0) return null;
        if (docstring !== null) {
          const defLine = position(file.lineStarts, docstring).line - 1;
          const def = lines[defLine - 1] ?? "";
          if (!/^\s*(?:async\s+)?(?:def|class)\s/.test(def)) return null;
          const indent2 = /^\s*/.exec(def)[0].length;
          for (let n2 = defLine + 1; n2 <= lines.length; n2++) {
            const l = lines[n2 - 1];
            if (l.trim() !== "" && /^\s*/.exec(l)[0].length <= indent2) break;
            if (branch.has(n2)) return "branch-comment";
          }
          return null;
        }
        if (!COMMENT_LINE3.test(own)) return branch.has(at) || branch.has(at + 1) ? "branch-comment" : null;
        let n = at + 1;
        while (n <= lines.length && COMMENT_LINE3.test(lines[n - 1])) n++;
        for (let k = 0; k < STATEMENT_LINES && n + k <= lines.length; k++) {
          if (lines[n + k - 1].trim() === "") break;
          if (branch.has(n + k)) return "branch-comment";
        }
        return null;
      }
    };
  }
});

// rules/checks/coupled-cli-doc.ts
var DOC_FILE, REACH, memo3, coupledCliDoc;
var init_coupled_cli_doc = __esm({
  "rules/checks/coupled-cli-doc.ts"() {
    "use strict";
    init_tokens();
    DOC_FILE = /\.(?:md|mdx|markdown|rst|txt|adoc)$/i;
    REACH = 3;
    memo3 = null;
    coupledCliDoc = {
      reason: "coupled-text",
      check(f, file, project) {
        if (file.text === null || !DOC_FILE.test(file.file) || !project.branchesAnywhere(f.legacy)) return null;
        const flag = new RegExp(`(?:^|[\\s\`'"(])--[\\w-]+(?:=|\\s+)["']?(?:[\\w-]+[/:])?${f.legacy.replace(/[-.]/g, "\\$&")}(?![\\w-])`);
        if (memo3?.text !== file.text) memo3 = { text: file.text, lines: splitLines(file.text) };
        const { lines } = memo3;
        const at = f.line - 1;
        for (let i = Math.max(0, at - REACH); i <= Math.min(lines.length - 1, at + REACH); i++) {
          if (flag.test(lines[i])) return "coupled-text";
        }
        return null;
      }
    };
  }
});

// rules/checks/coupled-prompt.ts
function inDocstring(text7, offset) {
  const re = /"""|'''/g;
  let open3 = -1;
  let quote = "";
  for (let m = re.exec(text7); m !== null && m.index < offset; m = re.exec(text7)) {
    if (open3 === -1) {
      open3 = m.index;
      quote = m[0];
    } else if (m[0] === quote) open3 = -1;
  }
  if (open3 === -1) return false;
  const lineStart2 = text7.lastIndexOf("\n", open3 - 1) + 1;
  return /^\s*[rRuUbB]?$/.test(text7.slice(lineStart2, open3));
}
var CODE_FILE2, TEST_PATH, COMMENT_LINE4, SENTENCE, coupledPrompt;
var init_coupled_prompt = __esm({
  "rules/checks/coupled-prompt.ts"() {
    "use strict";
    init_tokens();
    CODE_FILE2 = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rs|rb|php|cs)$/i;
    TEST_PATH = /(?:^|\/)(?:tests?|__tests__|specs?|__mocks__|mocks?|fixtures?)\/|\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$/i;
    COMMENT_LINE4 = /^\s*(?:\/\/|#|\*|\/\*)/;
    SENTENCE = /(?:[A-Za-z][\w'’-]*[ \t,]+){3,}[A-Za-z][\w'’-]*/;
    coupledPrompt = {
      reason: "coupled-text",
      check(f, file, project) {
        if (file.text === null || !CODE_FILE2.test(file.file) || TEST_PATH.test(file.file)) return null;
        if (!project.validatesAnywhere(f.legacy)) return null;
        const { start, end } = lineAround(file.text, f.start);
        const line = file.text.slice(start, end);
        if (COMMENT_LINE4.test(line) || inDocstring(file.text, f.start)) return null;
        const before = file.text.slice(Math.max(start, f.start - 120), f.start);
        if (/(?:\/\/|#)\s/.test(before)) return null;
        const after = file.text.slice(f.end, Math.min(end, f.end + 120)).replace(/\s(?:\/\/|#)\s.*$/, "");
        return SENTENCE.test(before) || SENTENCE.test(after) ? "coupled-text" : null;
      }
    };
  }
});

// rules/checks/generated.ts
var generated;
var init_generated = __esm({
  "rules/checks/generated.ts"() {
    "use strict";
    generated = {
      reasons: ["generated"],
      scope: "all",
      check: (_d, file) => file.context.kind === "generated" ? "generated" : null
    };
  }
});

// rules/checks/legacy-test.ts
function testBlock(text7, line) {
  if (memo4?.text !== text7) memo4 = { text: text7, lines: splitLines(text7) };
  const { lines } = memo4;
  const indent2 = (l) => /^\s*/.exec(l)[0].length;
  let bound = indent2(lines[line - 1] ?? "");
  let opener = -1;
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.trim() === "" || i !== line - 1 && indent2(l) >= bound) continue;
    if (TEST_OPENER.test(l)) {
      opener = i;
      break;
    }
    if (i !== line - 1) bound = indent2(l);
    if (bound === 0) return null;
  }
  if (opener === -1) return null;
  const own = indent2(lines[opener]);
  let end = opener + 1;
  while (end < lines.length && (lines[end].trim() === "" || indent2(lines[end]) > own)) end++;
  return lines.slice(opener, Math.min(lines.length, end + 1)).join("\n");
}
var TEST_DIR, TEST_FILE2, LIVE_TEST, TEST_OPENER, branching, kept, legacyTest, memo4;
var init_legacy_test = __esm({
  "rules/checks/legacy-test.ts"() {
    "use strict";
    init_tokens();
    TEST_DIR = /(?:^|\/)(?:tests?|__tests__|specs?)\//i;
    TEST_FILE2 = /\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$|Tests?\.(?:java|kt|cs)$|_spec\.rb$/;
    LIVE_TEST = /(?:^|\/)(?:integration|e2e|end[-_]to[-_]end|live|smoke)[^/]*\//i;
    TEST_OPENER = /^\s*(?:(?:it|test|beforeEach|beforeAll)\b[\w.$]*\s*\(|(?:async\s+)?def\s|func\s)/;
    branching = (imp) => imp.modules.some((m) => m.branches.length > 0 || m.capability);
    kept = (imp) => imp.names.filter((n) => imp.modules.some((m) => m.keeps.includes(n)));
    legacyTest = {
      reason: "test-assertion",
      check(f, file, project) {
        if (!(TEST_FILE2.test(file.file) || TEST_DIR.test(file.file)) || LIVE_TEST.test(file.file)) return null;
        const imports = project.importsOf(file.file);
        if (!imports.some((imp) => branching(imp) || kept(imp).length > 0)) return null;
        const block = file.text === null ? null : testBlock(file.text, f.line);
        if (block === null) return imports.some(branching) ? "test-assertion" : null;
        const uses = (names2) => names2.some((n) => new RegExp(`(?<![\\w$])${n.replace(/\$/g, "\\$")}(?![\\w$])`).test(block));
        if (imports.some((imp) => branching(imp) && (imp.names.length === 0 || uses(imp.names)))) return "test-assertion";
        if (imports.some((imp) => uses(kept(imp)))) return "test-assertion";
        if (imports.some((imp) => uses(imp.names))) return null;
        return "test-assertion";
      }
    };
    memo4 = null;
  }
});

// rules/checks/log.ts
var log;
var init_log = __esm({
  "rules/checks/log.ts"() {
    "use strict";
    log = {
      reasons: ["recorded-response"],
      scope: "all",
      check: (_d, file) => file.context.kind === "log" ? "recorded-response" : null
    };
  }
});

// rules/checks/membership-set.ts
var BINDING, membershipSet;
var init_membership_set = __esm({
  "rules/checks/membership-set.ts"() {
    "use strict";
    init_shared();
    BINDING = /(?:^|[\s(,;])(?:self\.|cls\.|this\.)?([A-Za-z_$][\w$]*)\s*(?::[^=\n]{0,80})?=\s*(?:(?:frozenset|set|Set|new Set|tuple|list)\s*\(\s*)?$/;
    membershipSet = {
      reasons: ["comparison"],
      check(d, file) {
        const { text: text7 } = file;
        const list = enclosingList(text7, d.start, d.end);
        if (!list) return null;
        const opener = text7.slice(Math.max(0, list.start - 1 - 200), list.start - 1);
        const m = BINDING.exec(opener);
        if (!m) return null;
        const name = m[1].replace(/\$/g, "\\$");
        const tested = new RegExp(`\\bin\\s+(?:self\\.|cls\\.|this\\.)?${name}\\b|(?<![\\w$])${name}\\s*\\.\\s*(?:has|includes|contains|__contains__)\\(`);
        return tested.test(text7) ? "comparison" : null;
      }
    };
  }
});

// rules/checks/recorded-response.ts
var recordedResponse;
var init_recorded_response = __esm({
  "rules/checks/recorded-response.ts"() {
    "use strict";
    recordedResponse = {
      reasons: ["recorded-response"],
      check: (d, file) => file.context.kind === "plain" && file.inResponse(d) ? "recorded-response" : null
    };
  }
});

// src/check/context.ts
function fileContext(path14, text7) {
  const testLike = TEST_DIR2.test(path14) || TEST_FILE3.test(path14);
  const responseHints = [];
  RESPONSE_HINT.lastIndex = 0;
  for (let m = RESPONSE_HINT.exec(text7); m !== null; m = RESPONSE_HINT.exec(text7)) responseHints.push(m.index);
  return { kind: fileKind(path14, text7), testLike, inlineSnapshots: inlineSnapshotRanges(path14, text7), responseHints };
}
function fileKind(path14, text7) {
  if (LOG_PATH.test(path14)) return "log";
  if (SNAPSHOT_PATH.test(path14)) return "snapshot";
  if (GENERATED_PATH.test(path14) || hasGeneratedHeader(text7)) return "generated";
  if (RECORDING_EXT.test(path14) && (RECORDING_DIR.test(path14) || RECORDING_MAYBE_DIR.test(path14) && looksLikeRecording(text7))) return "recording";
  return "plain";
}
function hasGeneratedHeader(text7) {
  const head = text7.split("\n", 5);
  return head.some((line) => GENERATED_WORD.test(line) && GENERATED_MARK.test(line));
}
function looksLikeRecording(text7) {
  if (/(?:^|\n)\s*["']?interactions["']?\s*:/.test(text7)) return true;
  const request = /["']?request["']?\s*:/.test(text7);
  const response = /["']?response["']?\s*:/.test(text7);
  return request && response || /"scope"\s*:/.test(text7) && response || /"entries"\s*:/.test(text7) && response;
}
function review(d, reason) {
  if (d.action === "review" && d.reason === reason) return d;
  return { start: d.start, end: d.end, legacy: d.legacy, action: "review", reason, thinking: "none" };
}
function overridable(d) {
  return d.action === "rewrite" || REASON_CODES[d.reason].action === "rewrite";
}
function isRecordedResponse(ctx, text7, d) {
  if (!nearHint(ctx.responseHints, d.start)) return false;
  if (inRecordedResponse(text7, d.start, d.end)) return true;
  if (!ctx.testLike && ctx.kind === "plain" && ctx.inlineSnapshots.length === 0) return false;
  if (!MODEL_FIELD.test(text7.slice(Math.max(0, d.start - 40), d.start))) return false;
  const obj = enclosingObject(text7, d.start, d.end);
  return obj !== null && !STATEMENT.test(obj) && RESPONSE_MARK.test(obj);
}
function nearHint(hints, offset) {
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (hints[mid] < offset - HINT_REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < hints.length && hints[lo] <= offset + HINT_REACH;
}
function enclosingObject(text7, from, to) {
  const LIMIT2 = 8e3;
  let depth = 0;
  let open3 = -1;
  for (let i = from - 1; i >= Math.max(0, from - LIMIT2); i--) {
    const c = text7[i];
    if (c === "}" || c === ")" || c === "]") depth++;
    else if (c === "{" || c === "(" || c === "[") {
      if (depth > 0) depth--;
      else if (c !== "[") {
        open3 = i;
        break;
      }
    }
  }
  if (open3 === -1) return null;
  depth = 0;
  for (let i = to; i < Math.min(text7.length, to + LIMIT2); i++) {
    const c = text7[i];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      if (depth === 0) return text7.slice(open3, i + 1);
      depth--;
    }
  }
  return null;
}
function responseSideOfRecording(path14, text7, offset) {
  const keys = /\.(?:json|har)$/i.test(path14) ? jsonPath(text7, offset) : yamlAncestors(text7, offset);
  return keys.some((k) => RESPONSE_KEY.test(k));
}
function jsonPath(text7, offset) {
  return (0, import_jsonc_parser4.getLocation)(text7, offset).path.filter((seg) => typeof seg === "string");
}
function yamlAncestors(text7, offset) {
  const lines = text7.slice(0, offset).split("\n");
  const own = lines.pop() ?? "";
  let indent2 = indentOf2(own);
  const keys = [];
  const ownKey = /^(\s*)(?:-\s+)*["']?([\w.-]+)["']?\s*:/.exec(own);
  if (ownKey) keys.push(ownKey[2]);
  for (let i = lines.length - 1; i >= 0 && indent2 > 0; i--) {
    const m = /^(\s*(?:-\s+)*)["']?([\w.-]+)["']?\s*:(?:\s|$)/.exec(lines[i]);
    if (!m) continue;
    const keyIndent = m[1].length;
    if (keyIndent < indent2) {
      keys.push(m[2]);
      indent2 = indentOf2(lines[i]);
    }
  }
  return keys;
}
function indentOf2(line) {
  return /^\s*/.exec(line)[0].length;
}
function inlineSnapshotRanges(path14, text7) {
  let call;
  if (/\.[cm]?[jt]sx?$/i.test(path14)) call = INLINE_SNAPSHOT_CALL;
  else if (/\.py$/i.test(path14) && /\bfrom\s+inline_snapshot\s+import\b/.test(text7)) call = PY_INLINE_SNAPSHOT_CALL;
  else return [];
  const out = [];
  call.lastIndex = 0;
  for (let m = call.exec(text7); m !== null; m = call.exec(text7)) {
    const open3 = m.index + m[0].length;
    const close = closingParen(text7, open3);
    if (close !== -1) out.push([open3, close]);
  }
  return out;
}
function closingParen(text7, from) {
  let depth = 0;
  for (let i = from; i < text7.length; i++) {
    const c = text7[i];
    if (c === '"' || c === "'" || c === "`") {
      i = stringEnd(text7, i);
      if (i === -1) return -1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return c === ")" ? i : -1;
      depth--;
    }
  }
  return -1;
}
function stringEnd(text7, start) {
  const q = text7[start];
  const triple = q !== "`" && text7.startsWith(q.repeat(3), start);
  const closer = triple ? q.repeat(3) : q;
  for (let i = start + closer.length; i < text7.length; i++) {
    const c = text7[i];
    if (c === "\\") i++;
    else if (text7.startsWith(closer, i)) return i + closer.length - 1;
    else if (c === "\n" && q !== "`" && !triple) return -1;
  }
  return -1;
}
function applyChecks(path14, text7, detections) {
  let current = [...detections].sort((a, b) => a.start - b.start);
  if (current.length === 0) return current;
  let context = null;
  const view = {
    path: path14,
    text: text7,
    detections: current,
    lineStarts: lineStarts(text7),
    get context() {
      return context ??= fileContext(path14, text7);
    },
    inResponse(d) {
      return overridable(d) && isRecordedResponse(this.context, text7, d);
    }
  };
  const decided = /* @__PURE__ */ new Set();
  for (const check of FILE_CHECKS) {
    let changed = false;
    const next = current.map((d, i) => {
      if (decided.has(i) || d.reason === "recorded-response") return d;
      if ((check.scope ?? "rewrite") === "rewrite" && !overridable(d)) return d;
      const reason = check.check(d, view);
      if (reason === null) return d;
      decided.add(i);
      changed = true;
      return review(d, reason);
    });
    if (changed) view.detections = current = next;
  }
  return current;
}
var import_jsonc_parser4, LOG_PATH, SNAPSHOT_PATH, GENERATED_PATH, GENERATED_WORD, GENERATED_MARK, RECORDING_DIR, RECORDING_MAYBE_DIR, RECORDING_EXT, TEST_DIR2, TEST_FILE3, RESPONSE_MARK, MODEL_FIELD, STATEMENT, RESPONSE_HINT, HINT_REACH, RESPONSE_KEY, INLINE_SNAPSHOT_CALL, PY_INLINE_SNAPSHOT_CALL;
var init_context = __esm({
  "src/check/context.ts"() {
    "use strict";
    import_jsonc_parser4 = require("jsonc-parser");
    init_codes();
    init_recorded();
    init_tokens();
    init_checks();
    LOG_PATH = /\.log(?:\.\d+)?$/i;
    SNAPSHOT_PATH = /(?:^|\/)__snapshots__\/|\.(?:snap|ambr)$/i;
    GENERATED_PATH = /\.(?:generated|gen)\.[^/]+$|_pb2(?:_grpc)?\.pyi?$|\.pb(?:\.gw)?\.go$|\.pb\.(?:cc|h|ts|js)$|_pb\.(?:ts|js|d\.ts)$/i;
    GENERATED_WORD = /generated/i;
    GENERATED_MARK = /do not edit|don'?t edit|@generated|auto-?generated|automatically generated|code generated/i;
    RECORDING_DIR = /(?:^|\/)(?:cassettes?|vcr_cassettes|__recordings__|recordings)\//i;
    RECORDING_MAYBE_DIR = /(?:^|\/)(?:vcr|fixtures?|testdata|test_data|mocks?|__mocks__)\//i;
    RECORDING_EXT = /\.(?:ya?ml|json|har)$/i;
    TEST_DIR2 = /(?:^|\/)(?:tests?|__tests__|specs?|__mocks__|mocks?|fixtures?|testdata|test_data|e2e|cassettes?|__recordings__)\//i;
    TEST_FILE3 = /\.(?:test|spec)\.[^/]+$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$|(?:^|\/)conftest\.py$|Tests?\.(?:java|kt|cs)$|_spec\.rb$/;
    RESPONSE_MARK = /chat\.completion|chatcmpl-|\bchoices\b|finish_reason|system_fingerprint|completion_tokens/;
    MODEL_FIELD = /\bmodel\\?["'`]?\s*[:=]\s*\\?["'`]?(?:[\w.@-]+[/:])?$/i;
    STATEMENT = /;\s*\n|=>|\b(?:const|let|var)\s+[\w$]+\s*=|^\s*(?:return|await|if|for|while|def|func|expect|assert)\b|\s:=\s/m;
    RESPONSE_HINT = /chat\.completion|chatcmpl-|\bchoices\b|\busage\b|finish_reason|system_fingerprint/g;
    HINT_REACH = 8e3;
    RESPONSE_KEY = /^(?:response|responses|res|resp|response_?body|responseBody|recorded_?response)$/i;
    INLINE_SNAPSHOT_CALL = /\b(?:toMatchInlineSnapshot|toThrowErrorMatchingInlineSnapshot)\s*\(/g;
    PY_INLINE_SNAPSHOT_CALL = /\bsnapshot\s*\(/g;
  }
});

// rules/checks/recording.ts
var recording;
var init_recording = __esm({
  "rules/checks/recording.ts"() {
    "use strict";
    init_context();
    recording = {
      reasons: ["recorded-request", "recorded-response"],
      check(d, file) {
        if (file.context.kind !== "recording" || d.reason === "recorded-request") return null;
        return file.inResponse(d) || responseSideOfRecording(file.path, file.text, d.start) ? "recorded-response" : "recorded-request";
      }
    };
  }
});

// rules/checks/snapshot.ts
var snapshot;
var init_snapshot = __esm({
  "rules/checks/snapshot.ts"() {
    "use strict";
    snapshot = {
      reasons: ["snapshot", "recorded-response"],
      scope: "all",
      check(d, file) {
        const { context } = file;
        const inline = context.kind === "plain" && context.inlineSnapshots.some(([s, e]) => d.start >= s && d.end <= e);
        if (context.kind !== "snapshot" && !inline) return null;
        return file.inResponse(d) ? "recorded-response" : "snapshot";
      }
    };
  }
});

// rules/checks/validated-value.ts
var VALIDATION_HEAD, validatedValue;
var init_validated_value = __esm({
  "rules/checks/validated-value.ts"() {
    "use strict";
    init_shared();
    init_tokens();
    VALIDATION_HEAD = /(?:\.enum|\bz\.enum|\bEnum|\bchoices\s*=|\bLiteral|\benum\s*:|"enum"\s*:|\bvalidValues|\ballowed_?values\s*=|\bisIn|\boneOf|\bIsIn)\s*\(?\s*$/i;
    validatedValue = {
      reasons: ["validated-value"],
      check(d, file) {
        const { text: text7 } = file;
        const list = enclosingList(text7, d.start, d.end);
        if (list) {
          const head = text7.slice(Math.max(0, list.start - 1 - 120), list.start - 1);
          if (VALIDATION_HEAD.test(head)) return "validated-value";
          const outer2 = enclosingList(text7, list.start - 1, list.end + 1);
          if (outer2 && VALIDATION_HEAD.test(text7.slice(Math.max(0, outer2.start - 1 - 120), outer2.start - 1))) return "validated-value";
        }
        const before = text7.slice(Math.max(0, d.start - 400), d.start);
        const chained = /\.enum\s*\(\s*\[([^\]]*)\]\s*\)\s*\.default\s*\(\s*["'`]?$/.exec(before);
        if (chained && findOccurrences(chained[1]).length > 0) return "validated-value";
        return null;
      }
    };
  }
});

// rules/checks/index.ts
var FILE_CHECKS, PROJECT_CHECKS;
var init_checks = __esm({
  "rules/checks/index.ts"() {
    "use strict";
    init_branch_comment();
    init_coupled_cli_doc();
    init_coupled_prompt();
    init_generated();
    init_legacy_test();
    init_log();
    init_membership_set();
    init_recorded_response();
    init_recording();
    init_snapshot();
    init_validated_value();
    FILE_CHECKS = [log, snapshot, generated, recording, recordedResponse, validatedValue, membershipSet, branchComment];
    PROJECT_CHECKS = [legacyTest, coupledPrompt, coupledCliDoc];
  }
});

// src/check/project.ts
var project_exports = {};
__export(project_exports, {
  projectPass: () => projectPass
});
function projectPass(outcomes) {
  const facts2 = /* @__PURE__ */ new Map();
  for (const o of outcomes) if (o.facts) facts2.set(o.file, o.facts);
  if (facts2.size === 0) return [...outcomes];
  const project = projectView(facts2);
  return outcomes.map((o) => {
    if (!o.findings.some((f) => f.action === "rewrite")) return o;
    const view = { file: o.file, text: o.edit?.before ?? null, facts: o.facts };
    let changed = false;
    const findings = o.findings.map((f) => {
      if (f.action !== "rewrite") return f;
      for (const check of PROJECT_CHECKS) {
        const reason = safely(() => check.check(f, view, project));
        if (reason === null) continue;
        changed = true;
        return { ...f, action: "review", reason, replacement: null, thinkingState: "none", note: null, edits: [] };
      }
      return f;
    });
    if (!changed) return o;
    if (!o.edit || o.skipped) return { ...o, findings };
    const edits = findings.flatMap((f) => f.edits);
    if (edits.length === 0) {
      const { edit: _dropped, ...rest } = o;
      return { ...rest, findings };
    }
    const after = applyEdits(o.edit.before, uniqueEdits(edits)).text;
    if (after === o.edit.before) {
      const { edit: _dropped, ...rest } = o;
      return { ...rest, findings };
    }
    return { ...o, findings, edit: { ...o.edit, after } };
  });
}
function safely(run2) {
  try {
    return run2();
  } catch {
    return null;
  }
}
function projectView(facts2) {
  const files = [...facts2.keys()];
  const validated = /* @__PURE__ */ new Set();
  const branched = /* @__PURE__ */ new Set();
  for (const f of facts2.values()) {
    if (f.validates.length > 1) for (const id of f.validates) validated.add(id);
    for (const id of f.branches) branched.add(id);
  }
  const reexported = (from, names2, modules, depth) => {
    const out = new Set(modules);
    if (depth === 0) return [...out];
    for (const m of modules) {
      for (const imp of facts2.get(m)?.imports ?? []) {
        if (!imp.names.some((n) => names2.includes(n))) continue;
        const next = resolve(m, imp.from, files).filter((t) => t !== from && !out.has(t));
        for (const t of reexported(m, names2, next, depth - 1)) out.add(t);
      }
    }
    return [...out];
  };
  return {
    facts: facts2,
    importsOf: (file) => {
      const own = facts2.get(file);
      const out = [];
      for (const imp of own?.imports ?? []) {
        const modules = reexported(file, imp.names, resolve(file, imp.from, files).filter((t) => t !== file), 2);
        if (modules.length > 0) out.push({ names: imp.names, modules: modules.map((t) => facts2.get(t)) });
      }
      if (/_test\.go$/.test(file)) {
        const dir = dirOf(file);
        const pkg = files.filter((f) => f !== file && dirOf(f) === dir && /\.go$/.test(f) && !/_test\.go$/.test(f));
        if (pkg.length > 0) out.push({ names: [], modules: pkg.map((t) => facts2.get(t)) });
      }
      return out;
    },
    validatesAnywhere: (id) => validated.has(id),
    branchesAnywhere: (id) => branched.has(id)
  };
}
function resolve(from, spec, files) {
  if (/\.[cm]?[jt]sx?$|\.vue$|\.svelte$/i.test(from)) {
    if (!spec.startsWith(".")) return [];
    const base = normalise(`${dirOf(from)}/${spec}`).replace(/\.(?:[cm]?js|jsx)$/, "");
    const wanted = new Set(JS_EXT.map((e) => `${base}${e}`));
    return files.filter((f) => wanted.has(f) || wanted.has(f.replace(/\.(?:[cm]?js|jsx)$/, "")));
  }
  if (/\.pyi?$/i.test(from)) {
    let path14;
    let anchored = true;
    const dots = /^\.*/.exec(spec)[0].length;
    if (dots > 0) {
      let dir = dirOf(from);
      for (let i = 1; i < dots; i++) dir = dirOf(dir);
      const rest = spec.slice(dots).replace(/\./g, "/");
      path14 = normalise(rest ? `${dir}/${rest}` : dir);
    } else {
      path14 = spec.replace(/\./g, "/");
      anchored = false;
    }
    const matches = (p) => p === path14 || !anchored && p.endsWith(`/${path14}`);
    const packageOk = anchored || path14.includes("/");
    return files.filter((f) => /\.pyi?$/i.test(f) && (matches(f.replace(/\.pyi?$/i, "")) || packageOk && matches(dirOf(f))));
  }
  return [];
}
function dirOf(path14) {
  const i = path14.lastIndexOf("/");
  return i === -1 ? "" : path14.slice(0, i);
}
function normalise(path14) {
  const out = [];
  for (const part of path14.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
var JS_EXT;
var init_project = __esm({
  "src/check/project.ts"() {
    "use strict";
    init_checks();
    init_edits();
    JS_EXT = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.mjs"];
  }
});

// src/discover/names.ts
function decodeName(buf, start = 0, end = buf.length) {
  const text7 = buf.toString("utf8", start, end);
  return text7.includes("\uFFFD") ? decodeStrict(buf, start, end) : text7;
}
function decodeStrict(buf, start, end) {
  let out = "";
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 128) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const need = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
    let cp = need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
    const lo = b === 224 ? 160 : b === 240 ? 144 : 128;
    const hi = b === 237 ? 159 : b === 244 ? 143 : 191;
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const c = j < end ? buf[j] : -1;
      if (c < (k === 0 ? lo : 128) || c > (k === 0 ? hi : 191)) ok = false;
      else cp = cp << 6 | c & 63;
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i = j;
    } else {
      out += String.fromCharCode(56320 + b);
      i++;
    }
  }
  return out;
}
function hasEscapedBytes(name) {
  return ESCAPED.test(name);
}
function encodeName(name) {
  if (!ESCAPED.test(name)) return Buffer.from(name, "utf8");
  const parts = [];
  let run2 = "";
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 56448 && code <= 56575) {
      parts.push(Buffer.from(run2, "utf8"), Buffer.from([code - 56320]));
      run2 = "";
    } else run2 += ch;
  }
  parts.push(Buffer.from(run2, "utf8"));
  return Buffer.concat(parts);
}
function fsPath(name) {
  return ESCAPED.test(name) ? encodeName(name) : name;
}
function shownName(name) {
  if (!ESCAPED.test(name) && !/[\x00-\x1f\x7f]/.test(name) && !name.startsWith('"')) return name;
  let out = '"';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 56448 && code <= 56575) out += `\\${(code - 56320).toString(8)}`;
    else if (C_ESCAPES[code] !== void 0) out += `\\${C_ESCAPES[code]}`;
    else if (code < 32 || code === 127) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
function nameOfShown(shown) {
  if (!shown.startsWith('"') || shown.length < 2 || !shown.endsWith('"')) return shown;
  const bytes = [];
  const body = Buffer.from(shown.slice(1, -1), "utf8");
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b !== 92 || i + 1 >= body.length) {
      bytes.push(b);
      continue;
    }
    const next = body[++i];
    const letter = Object.entries(C_ESCAPES).find(([, v]) => v.charCodeAt(0) === next);
    if (letter) bytes.push(Number(letter[0]));
    else if (next >= 48 && next <= 55) {
      let value = 0;
      let n = 0;
      for (; n < 3 && i < body.length && body[i] >= 48 && body[i] <= 55; n++, i++) value = value * 8 + (body[i] - 48);
      i--;
      bytes.push(value & 255);
    } else bytes.push(next);
  }
  return decodeName(Buffer.from(bytes));
}
function listFolder(dir) {
  const at = fsPath(dir);
  const entries = (0, import_node_fs3.readdirSync)(at, { withFileTypes: true });
  if (!entries.some((e) => e.name.includes("\uFFFD"))) return entries;
  const raw = (0, import_node_fs3.readdirSync)(at, { withFileTypes: true, encoding: "buffer" });
  return raw.map((e) => ({ name: decodeName(e.name), isFile: () => e.isFile(), isDirectory: () => e.isDirectory() }));
}
var import_node_fs3, ESCAPED, C_ESCAPES;
var init_names = __esm({
  "src/discover/names.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
    C_ESCAPES = { 7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 34: '"', 92: "\\" };
  }
});

// src/discover/probe.ts
function sharedHead(ids) {
  let head = ids[0] ?? "";
  for (const id of ids) while (!id.startsWith(head)) head = head.slice(0, -1);
  return head;
}
function holdsLegacyBytes(buf, end) {
  let at = buf.indexOf(HEAD);
  while (at !== -1 && at < end) {
    const tailAt = at + HEAD.length;
    for (const tail of TAILS) {
      if (tailAt + tail.length <= end && buf.compare(tail, 0, tail.length, tailAt, tailAt + tail.length) === 0) return true;
    }
    at = buf.indexOf(HEAD, at + 1);
  }
  return false;
}
function errnoOf(err) {
  const code = err?.code;
  return code ?? (err instanceof Error ? err.message.split("\n")[0] ?? "error" : String(err));
}
var import_node_fs4, OPEN_FLAGS, NO_MATCH, CANDIDATE2, UNREADABLE, HEAD_TEXT, HEAD, TAILS, OVERLAP, CHUNK, FileProbe;
var init_probe = __esm({
  "src/discover/probe.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_names();
    init_retired();
    OPEN_FLAGS = import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW | import_node_fs4.constants.O_NONBLOCK;
    NO_MATCH = 0;
    CANDIDATE2 = 1;
    UNREADABLE = 2;
    HEAD_TEXT = sharedHead(RETIRED.map((e) => e.id));
    HEAD = Buffer.from(HEAD_TEXT);
    TAILS = RETIRED.map((e) => Buffer.from(e.id.slice(HEAD_TEXT.length)));
    OVERLAP = Math.max(...RETIRED.map((e) => Buffer.byteLength(e.id))) - 1;
    CHUNK = 1 << 20;
    FileProbe = class {
      buf = Buffer.allocUnsafe(CHUNK + OVERLAP);
      /** errno code of the last UNREADABLE result (e.g. EACCES). */
      lastError = "";
      /** CANDIDATE when the bytes may hold a legacy ID (UTF-16 files always may), NO_MATCH, or UNREADABLE. */
      probe(absPath) {
        let fd;
        try {
          fd = (0, import_node_fs4.openSync)(fsPath(absPath), OPEN_FLAGS);
        } catch (err) {
          this.lastError = errnoOf(err);
          return UNREADABLE;
        }
        try {
          return this.scanOpen(fd);
        } catch (err) {
          this.lastError = errnoOf(err);
          return UNREADABLE;
        } finally {
          (0, import_node_fs4.closeSync)(fd);
        }
      }
      scanOpen(fd) {
        const buf = this.buf;
        let n = (0, import_node_fs4.readSync)(fd, buf, 0, CHUNK, null);
        if (n >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) return CANDIDATE2;
        let filled = n;
        for (; ; ) {
          if (holdsLegacyBytes(buf.subarray(0, filled), filled)) return CANDIDATE2;
          if (n < CHUNK) return NO_MATCH;
          const keep = Math.min(OVERLAP, filled);
          buf.copy(buf, 0, filled - keep, filled);
          n = (0, import_node_fs4.readSync)(fd, buf, keep, CHUNK, null);
          if (n === 0) return NO_MATCH;
          filled = keep + n;
        }
      }
    };
  }
});

// builtin-view:node:worker_threads
var require_node_worker_threads = __commonJS({
  "builtin-view:node:worker_threads"(exports2, module2) {
    module2.exports = require("node:worker_threads");
  }
});

// src/discover/prefilter.ts
function defaultWorkers(files) {
  if (files < WORKER_MIN_FILES) return 0;
  if (process.env["DEEPSEEK_MIGRATE_NO_PROBE_THREADS"] === "1") return 0;
  if (!(0, import_node_fs5.existsSync)((0, import_node_url2.fileURLToPath)(WORKER_URL))) return 0;
  return Math.min((0, import_node_os.availableParallelism)(), 4);
}
async function* prefilterStream(source, pathOf, options2 = {}) {
  const it = source[Symbol.iterator]();
  const take = (n) => {
    const out = [];
    while (out.length < n) {
      const r = it.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  };
  let head = [];
  let workers = options2.workers;
  if (workers === void 0) {
    head = take(WORKER_MIN_FILES);
    workers = defaultWorkers(head.length);
  }
  const nextBatch = () => {
    if (head.length === 0) return take(BATCH);
    const batch = head.length <= BATCH ? head : head.slice(0, BATCH);
    head = head.length <= BATCH ? [] : head.slice(BATCH);
    return batch.length === BATCH ? batch : batch.concat(take(BATCH - batch.length));
  };
  if (workers === 0) {
    const probe = new FileProbe();
    for (let items = nextBatch(); items.length > 0; items = nextBatch()) {
      const status = new Uint8Array(items.length);
      const errors = [];
      for (let i = 0; i < items.length; i++) {
        const s = probe.probe(pathOf(items[i]));
        status[i] = s;
        if (s === UNREADABLE) errors.push([i, probe.lastError]);
      }
      yield { items, status, errors };
    }
    return;
  }
  yield* onWorkers(nextBatch, pathOf, workers);
}
async function* onWorkers(nextBatch, pathOf, count) {
  const { Worker } = await Promise.resolve().then(() => __toESM(require_node_worker_threads(), 1));
  const pool = [];
  const waiting = /* @__PURE__ */ new Map();
  const fail = (err) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  for (let i = 0; i < count; i++) {
    const w = new Worker(WORKER_URL);
    w.on("message", (reply) => {
      const slot = waiting.get(reply.id);
      waiting.delete(reply.id);
      slot?.resolve(reply);
    });
    w.on("error", fail);
    w.on("exit", (code) => {
      if (code !== 0) fail(new Error(`pre-filter worker exited with code ${code}`));
    });
    pool.push(w);
  }
  let id = 0;
  const send = () => {
    const items = nextBatch();
    if (items.length === 0) return null;
    const n = id++;
    const reply = new Promise((resolve2, reject) => {
      waiting.set(n, { resolve: resolve2, reject });
      const req = { id: n, paths: items.map(pathOf) };
      pool[n % count].postMessage(req);
    });
    return { items, reply };
  };
  const inflight = [];
  let more = true;
  try {
    while (more && inflight.length < count * 2) {
      const s = send();
      if (s) inflight.push(s);
      else more = false;
    }
    while (inflight.length > 0) {
      const head = inflight.shift();
      const reply = await head.reply;
      if (more) {
        const s = send();
        if (s) inflight.push(s);
        else more = false;
      }
      yield { items: head.items, status: reply.status, errors: reply.errors };
    }
  } finally {
    inflight.forEach((p) => p.reply.catch(() => void 0));
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
var import_node_fs5, import_node_os, import_node_url2, BATCH, WORKER_MIN_FILES, WORKER_URL;
var init_prefilter = __esm({
  "src/discover/prefilter.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_os = require("node:os");
    import_node_url2 = require("node:url");
    init_probe();
    init_probe();
    BATCH = 1024;
    WORKER_MIN_FILES = 4e3;
    WORKER_URL = (() => {
      const bundled = new URL("../prefilter-worker.cjs", __moduleUrl("discover/prefilter.js"));
      return process.env["DEEPSEEK_MIGRATE_NO_BUNDLE"] !== "1" && (0, import_node_fs5.existsSync)((0, import_node_url2.fileURLToPath)(bundled)) ? bundled : new URL("./prefilter-worker.js", __moduleUrl("discover/prefilter.js"));
    })();
  }
});

// src/check/ts-thread.ts
function checkThreads() {
  const n = Number(process.env["DEEPSEEK_MIGRATE_CHECK_THREADS"]);
  return Number.isInteger(n) && n >= 1 ? n : Math.max(1, Math.min(MAX_THREADS, (0, import_node_os2.availableParallelism)() - 1));
}
var import_node_fs6, import_node_os2, import_node_url3, WORKER_URL2, MAX_THREADS, Thread, CheckWorker;
var init_ts_thread = __esm({
  "src/check/ts-thread.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_url3 = require("node:url");
    WORKER_URL2 = (() => {
      const bundled = new URL("../check-worker.cjs", __moduleUrl("check/ts-thread.js"));
      return process.env["DEEPSEEK_MIGRATE_NO_BUNDLE"] !== "1" && (0, import_node_fs6.existsSync)((0, import_node_url3.fileURLToPath)(bundled)) ? bundled : new URL("./ts-thread-worker.js", __moduleUrl("check/ts-thread.js"));
    })();
    MAX_THREADS = 3;
    Thread = class {
      constructor(worker) {
        this.worker = worker;
        worker.on("message", (reply) => {
          if (reply === "closed") {
            this.closed?.();
            return;
          }
          const slot = this.waiting.get(reply.id);
          this.waiting.delete(reply.id);
          if ("outcome" in reply) slot?.resolve(reply.outcome);
          else slot?.reject(new Error(reply.error));
        });
        const fail = (err) => {
          this.failed ??= err;
          for (const slot of this.waiting.values()) slot.reject(err);
          this.waiting.clear();
        };
        worker.on("error", fail);
        worker.on("exit", (code) => fail(new Error(`check worker exited with code ${code}`)));
      }
      worker;
      waiting = /* @__PURE__ */ new Map();
      failed = null;
      closed = null;
      warming = false;
    };
    CheckWorker = class _CheckWorker {
      constructor(threads) {
        this.threads = threads;
      }
      threads;
      nextId = 0;
      /** False when running from sources (tests), where there is no compiled worker. */
      static available() {
        if (process.env["DEEPSEEK_MIGRATE_NO_CHECK_THREAD"] === "1") return false;
        return (0, import_node_fs6.existsSync)((0, import_node_url3.fileURLToPath)(WORKER_URL2));
      }
      /** Starts `count` threads; null when they are not available. */
      static async start(options2, count) {
        if (!_CheckWorker.available()) return null;
        const { Worker } = await Promise.resolve().then(() => __toESM(require_node_worker_threads(), 1));
        return new _CheckWorker(Array.from({ length: count }, () => new Thread(new Worker(WORKER_URL2, { workerData: options2 }))));
      }
      /** Starts loading the TypeScript compiler on every thread (it also loads with the first TS/JS file); repeats do nothing. */
      warmUp() {
        for (const t of this.threads) {
          if (t.warming || t.failed) continue;
          t.warming = true;
          t.worker.postMessage("warm-up");
        }
      }
      /** The file's outcome, as `processFile` gives it; rejects when the threads have failed (the caller then checks it itself). */
      check(rel, abs, bytes) {
        let thread = null;
        for (const t of this.threads) if (!t.failed && (thread === null || t.waiting.size < thread.waiting.size)) thread = t;
        if (thread === null) return Promise.reject(this.threads[0].failed);
        const id = this.nextId++;
        const chosen = thread;
        return new Promise((resolve2, reject) => {
          chosen.waiting.set(id, { resolve: resolve2, reject });
          chosen.worker.postMessage({ id, rel, abs, ...bytes ? { bytes } : {} });
        });
      }
      /** Lets each thread write the compiler's code cache, then stops it. */
      async close() {
        await Promise.all(
          this.threads.map(async (t) => {
            if (!t.failed) {
              await new Promise((resolve2) => {
                t.closed = resolve2;
                t.worker.once("exit", () => resolve2());
                t.worker.postMessage("close");
              });
            }
            await t.worker.terminate();
          })
        );
      }
    };
  }
});

// src/discover/walk.ts
var walk_exports = {};
__export(walk_exports, {
  DEFAULT_EXCLUDED_DIRS: () => DEFAULT_EXCLUDED_DIRS,
  ScanError: () => ScanError,
  byRel: () => byRel,
  compileRules: () => compileRules,
  ignoredFolder: () => ignoredFolder,
  isExcludedFileName: () => isExcludedFileName,
  openScan: () => openScan,
  scan: () => scan,
  toRel: () => toRel,
  userFilter: () => userFilter
});
function isExcludedFileName(name) {
  return HISTORY_FILE.test(name) || LOCK_FILE.test(name);
}
function toRel(cwd, abs) {
  const cut2 = cwd.endsWith(import_node_path3.default.sep) ? cwd.length : cwd.length + 1;
  if (import_node_path3.default.sep === "/" && abs.length > cut2 && abs.startsWith(cwd) && abs[cut2 - 1] === "/" && !abs.includes("/.", cut2 - 1)) {
    return abs.slice(cut2);
  }
  const rel = import_node_path3.default.relative(cwd, abs);
  return (rel === "" ? import_node_path3.default.basename(abs) : rel).split(import_node_path3.default.sep).join("/");
}
function openScan(roots, options2) {
  const cwd = options2.cwd;
  const userWants = userFilter(options2);
  const walker = { cwd, userWants, onSkip: options2.onSkip, repos: /* @__PURE__ */ new Map() };
  const resolved = [];
  const named = [];
  for (const root of roots) {
    const abs = import_node_path3.default.resolve(cwd, root);
    let st;
    try {
      st = (0, import_node_fs7.lstatSync)(abs);
    } catch {
      throw new ScanError(`path not found: ${root}`);
    }
    if (st.isSymbolicLink()) {
      let real;
      try {
        real = decodeName((0, import_node_fs7.realpathSync)(abs, { encoding: "buffer" }));
        st = (0, import_node_fs7.lstatSync)(fsPath(real));
      } catch {
        throw new ScanError(`path not found: ${root} (dangling symlink)`);
      }
      if (st.isFile()) {
        named.push({ target: { abs: real, rel: toRel(cwd, abs) }, at: abs, linked: true });
        continue;
      }
    }
    if (st.isFile()) {
      named.push({ target: { abs, rel: toRel(cwd, abs) }, at: abs, linked: false });
      continue;
    }
    if (!st.isDirectory()) throw new ScanError(`not a file or folder: ${root}`);
    const { rules: rules2, repo } = enclosing2(abs, walker);
    resolved.push({ kind: "dir", abs, inherited: rules2, repo });
  }
  const folders = resolved.flatMap((r) => r.kind === "dir" ? [r.abs] : []);
  for (const n of named) {
    const reason = leftOutReason(n.at, folders, walker);
    if (reason === null) resolved.push({ kind: "file", target: n.target, linked: n.linked });
    else options2.onLeftOut?.(n.target, reason);
  }
  return { [Symbol.iterator]: () => streamRoots(resolved, walker) };
}
function below(abs, dir) {
  const rel = import_node_path3.default.relative(dir, abs);
  return rel !== "" && !rel.startsWith("..") && !import_node_path3.default.isAbsolute(rel);
}
function leftOutReason(abs, folders, walker) {
  const name = import_node_path3.default.basename(abs);
  if (HISTORY_FILE.test(name)) return "history-file";
  if (LOCK_FILE.test(name)) return "lock-file";
  if (!walker.userWants(abs, false)) return "config";
  let bases = folders.filter((d) => below(abs, d));
  if (bases.length === 0) {
    const top = below(abs, walker.cwd) ? null : enclosing2(import_node_path3.default.dirname(abs), walker).repo?.top;
    bases = [below(abs, walker.cwd) ? walker.cwd : top ?? import_node_path3.default.dirname(abs)];
  }
  let first = null;
  for (const base of bases) {
    const why = walkTo(base, abs, walker);
    if (why === null) return null;
    first ??= why;
  }
  return first;
}
function ignoredFolder(dir) {
  const walker = { cwd: dir, userWants: () => true, repos: /* @__PURE__ */ new Map() };
  const top = enclosing2(dir, walker).repo?.top;
  if (!top || top === dir) return false;
  let rules2 = [];
  let at = top;
  for (const part of import_node_path3.default.relative(top, dir).split(import_node_path3.default.sep)) {
    const own = readGitignore(at);
    if (own) rules2 = [...rules2, own];
    const next = import_node_path3.default.join(at, part);
    if (rules2.length > 0 && ignoredBy(rules2, next, part, true)) return true;
    at = next;
  }
  return false;
}
function walkTo(base, abs, walker) {
  let { rules: rules2, repo } = enclosing2(base, walker);
  let ignored = false;
  let dir = base;
  const parts = import_node_path3.default.relative(base, abs).split(import_node_path3.default.sep);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isDir = i < parts.length - 1;
    if (!ignored) {
      const own = readGitignore(dir);
      if (own) rules2 = [...rules2, own];
      if (dir !== base && exists(import_node_path3.default.join(dir, ".git"))) repo = repoAt(dir, walker);
    }
    const next = import_node_path3.default.join(dir, part);
    if (isDir && DEFAULT_EXCLUDED_DIRS.has(part)) return "excluded-folder";
    if (isDir && !walker.userWants(next, true)) return "config";
    if (!ignored && rules2.length > 0 && ignoredBy(rules2, next, part, isDir)) ignored = true;
    dir = next;
  }
  if (ignored && !(repo && isTrackedIn(repo, abs))) return "gitignored";
  return null;
}
async function scan(roots, options2) {
  return [...openScan(roots, options2)];
}
function byRel(a, b) {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
function* streamRoots(roots, walker) {
  const files = roots.flatMap((r) => r.kind === "file" ? [r.target] : []).sort(byRel);
  const streams = [files[Symbol.iterator]()];
  for (const r of roots) if (r.kind === "dir") streams.push(walkFolder(r.abs, r.inherited, walker, r.repo, false));
  const linked = new Set(roots.flatMap((r) => r.kind === "file" && r.linked ? [r.target.abs] : []));
  const linkedSeen = /* @__PURE__ */ new Set();
  let last2 = null;
  for (const t of mergeSorted(streams)) {
    if (last2 !== null && last2.abs === t.abs && last2.rel === t.rel) continue;
    last2 = t;
    if (linked.has(t.abs)) {
      if (linkedSeen.has(t.abs)) continue;
      linkedSeen.add(t.abs);
    }
    yield t;
  }
}
function* mergeSorted(streams) {
  if (streams.length === 1) {
    for (let r = streams[0].next(); !r.done; r = streams[0].next()) yield r.value;
    return;
  }
  const heads = streams.map((s) => {
    const r = s.next();
    return r.done ? null : r.value;
  });
  for (; ; ) {
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (pick === -1 || h.rel < heads[pick].rel)) pick = i;
    }
    if (pick === -1) return;
    yield heads[pick];
    const r = streams[pick].next();
    heads[pick] = r.done ? null : r.value;
  }
}
function userFilter(options2) {
  const userExclude = options2.exclude && options2.exclude.length > 0 ? matcher([...options2.exclude]) : null;
  const userInclude = options2.include && options2.include.length > 0 ? matcher([...options2.include]) : null;
  const patternBase = options2.patternBase ?? options2.cwd;
  return (abs, isDir) => {
    if (!userExclude && !userInclude) return true;
    const rel = import_node_path3.default.relative(patternBase, abs).split(import_node_path3.default.sep).join("/");
    if (rel === "") return true;
    if (rel.startsWith("../")) return true;
    const probe = isDir ? `${rel}/` : rel;
    if (userExclude?.ignores(probe)) return false;
    if (!isDir && userInclude && !userInclude.ignores(rel)) return false;
    return true;
  };
}
function enclosing2(dir, walker) {
  if (exists(import_node_path3.default.join(dir, ".git"))) return { rules: [], repo: repoAt(dir, walker) };
  const above = [];
  for (let probe = import_node_path3.default.dirname(dir); ; probe = import_node_path3.default.dirname(probe)) {
    above.unshift(probe);
    if (exists(import_node_path3.default.join(probe, ".git"))) break;
    if (import_node_path3.default.dirname(probe) === probe) return { rules: [], repo: null };
  }
  const rules2 = [];
  for (const folder of above) {
    const r = readGitignore(folder);
    if (r) rules2.push(r);
  }
  return { rules: rules2, repo: repoAt(above[0], walker) };
}
function lowerBound(t, key) {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (Buffer.compare(t.listing.subarray(t.starts[mid], t.starts[mid + 1] - 1), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function relKey(top, abs, folder) {
  const rel = import_node_path3.default.relative(top, abs).split(import_node_path3.default.sep).join("/");
  return encodeName(folder ? `${rel}/` : rel);
}
function isTracked(t, top, abs) {
  const key = relKey(top, abs, false);
  const i = lowerBound(t, key);
  return i < t.starts.length - 1 && Buffer.compare(t.listing.subarray(t.starts[i], t.starts[i + 1] - 1), key) === 0;
}
function holdsTracked(t, top, abs) {
  const key = relKey(top, abs, true);
  const i = lowerBound(t, key);
  if (i >= t.starts.length - 1) return false;
  const name = t.listing.subarray(t.starts[i], t.starts[i + 1] - 1);
  return name.length > key.length && name.subarray(0, key.length).equals(key);
}
function repoAt(top, walker) {
  let repo = walker.repos.get(top);
  if (!repo) walker.repos.set(top, repo = { top });
  return repo;
}
function isTrackedIn(repo, abs) {
  const t = trackedFiles(repo);
  return t !== null && isTracked(t, repo.top, abs);
}
function holdsTrackedIn(repo, abs) {
  const t = trackedFiles(repo);
  return t !== null && holdsTracked(t, repo.top, abs);
}
function trackedFiles(repo) {
  if (repo.tracked !== void 0) return repo.tracked;
  repo.tracked = null;
  if (hasEscapedBytes(repo.top)) return null;
  const r = process.getBuiltinModule("node:child_process").spawnSync("git", ["ls-files", "-z", "-c"], {
    cwd: repo.top,
    env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 2 * 1024 * 1024 * 1024
  });
  if (r.error || r.status !== 0) return null;
  const out = r.stdout;
  let count = 0;
  for (let nul = out.indexOf(0); nul !== -1; nul = out.indexOf(0, nul + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let k = 0;
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) starts[k++] = from;
  starts[k] = out.length + (out.length > 0 && out[out.length - 1] === 0 ? 0 : 1);
  return repo.tracked = { listing: out, starts };
}
function exists(p) {
  try {
    (0, import_node_fs7.lstatSync)(fsPath(p));
    return true;
  } catch {
    return false;
  }
}
function readGitignore(dir) {
  let text7;
  try {
    text7 = (0, import_node_fs7.readFileSync)(fsPath(import_node_path3.default.join(dir, ".gitignore")), "utf8");
  } catch {
    return null;
  }
  return compileRules(dir, text7);
}
function matcher(patterns2) {
  let ig = ignoreFactory().add(patterns2);
  let answers = 0;
  const current = () => {
    if (++answers > MATCHER_RENEWAL) {
      ig = ignoreFactory().add(patterns2);
      answers = 1;
    }
    return ig;
  };
  return { ignores: (p) => current().ignores(p), test: (p) => current().test(p) };
}
function compileRules(dir, text7) {
  const cut2 = dir.endsWith(import_node_path3.default.sep) ? dir.length : dir.length + 1;
  const names2 = [];
  const paths = [];
  for (const raw of text7.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const pattern = line.trimEnd();
    if (pattern === "" || pattern.startsWith("#")) continue;
    if (pattern.startsWith("!")) return { base: dir, cut: cut2, all: matcher(text7), byName: null, byPath: null };
    (pattern.replace(/\/$/, "").includes("/") ? paths : names2).push(line);
  }
  return {
    base: dir,
    cut: cut2,
    all: null,
    byName: names2.length > 0 ? matcher(names2) : null,
    byPath: paths.length > 0 ? matcher(paths) : null
  };
}
function ignoredBy(rules2, abs, name, isDir) {
  let ignored = false;
  const slash = isDir ? "/" : "";
  for (const r of rules2) {
    if (abs.length <= r.cut) continue;
    if (r.all === null) {
      const byName = r.byName && !/^\.+$/.test(name) ? r.byName.ignores(name + slash) : r.byName?.ignores(relTo(r, abs) + slash);
      if (byName || r.byPath?.ignores(relTo(r, abs) + slash)) ignored = true;
      continue;
    }
    const res = r.all.test(relTo(r, abs) + slash);
    if (res.ignored) ignored = true;
    else if (res.unignored) ignored = false;
  }
  return ignored;
}
function relTo(r, abs) {
  return import_node_path3.default.sep === "/" ? abs.slice(r.cut) : abs.slice(r.cut).split(import_node_path3.default.sep).join("/");
}
function walkFolder(dir, inherited, walker, repo, ignored) {
  const cwd = walker.cwd;
  const relPrefix = dir === cwd ? "" : `${toRel(cwd, dir)}/`;
  const frame = listFolder2(dir, relPrefix, inherited, walker, repo, ignored);
  if (!frame) return NOTHING;
  if (cwd.length > frame.prefix.length && cwd.startsWith(frame.prefix)) {
    const rest = cwd.slice(frame.prefix.length);
    const sep = rest.indexOf(import_node_path3.default.sep);
    const child = sep === -1 ? rest : rest.slice(0, sep);
    const at = frame.keys.indexOf(`${child}/`);
    if (at !== -1) {
      const keys = frame.keys.filter((_, i) => i !== at);
      const inside2 = walkFolder(frame.prefix + child, frame.rules, walker, frame.repo, frame.ignored || (frame.ignoredKeys?.has(`${child}/`) ?? false));
      return mergeSorted([descend({ ...frame, keys }, walker), inside2]);
    }
  }
  return descend(frame, walker);
}
function* descend(top, walker) {
  const stack = [top];
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.next === f.keys.length) {
      stack.pop();
      continue;
    }
    const key = f.keys[f.next++];
    if (key.charCodeAt(key.length - 1) === SLASH) {
      const sub = listFolder2(f.prefix + key.slice(0, -1), f.relPrefix + key, f.rules, walker, f.repo, f.ignored || (f.ignoredKeys?.has(key) ?? false));
      if (sub) stack.push(sub);
    } else {
      yield { abs: f.prefix + key, rel: f.relPrefix + key };
    }
  }
}
function listFolder2(dir, relPrefix, inherited, walker, repo, ignored) {
  let entries;
  try {
    entries = listFolder(dir);
  } catch (err) {
    walker.onSkip?.(dir, `cannot list folder (${err.code ?? "error"})`);
    return null;
  }
  let own = null;
  let here = repo;
  if (!ignored) {
    for (const e of entries) {
      if (e.name === ".gitignore" && e.isFile()) own = readGitignore(dir);
      else if (e.name === ".git" && repo?.top !== dir) here = repoAt(dir, walker);
    }
  }
  const rules2 = own ? [...inherited, own] : inherited;
  const prefix = dir.endsWith(import_node_path3.default.sep) ? dir : dir + import_node_path3.default.sep;
  const keys = [];
  let ignoredKeys = null;
  for (const e of entries) {
    if (e.isDirectory()) {
      if (DEFAULT_EXCLUDED_DIRS.has(e.name)) continue;
      const abs = prefix + e.name;
      if (ignored || rules2.length > 0 && ignoredBy(rules2, abs, e.name, true)) {
        if (!(here && holdsTrackedIn(here, abs))) continue;
        if (!walker.userWants(abs, true)) continue;
        (ignoredKeys ??= /* @__PURE__ */ new Set()).add(`${e.name}/`);
      } else if (!walker.userWants(abs, true)) continue;
      keys.push(`${e.name}/`);
    } else if (e.isFile()) {
      if (isExcludedFileName(e.name)) continue;
      const abs = prefix + e.name;
      if ((ignored || rules2.length > 0 && ignoredBy(rules2, abs, e.name, false)) && !(here && isTrackedIn(here, abs))) continue;
      if (!walker.userWants(abs, false)) continue;
      keys.push(e.name);
    }
  }
  keys.sort();
  return { prefix, relPrefix, rules: rules2, repo: here, ignored, keys, ignoredKeys, next: 0 };
}
var import_node_fs7, import_node_path3, import_node_module3, ignoreFactory, DEFAULT_EXCLUDED_DIRS, HISTORY_FILE, LOCK_FILE, ScanError, MATCHER_RENEWAL, SLASH, NOTHING;
var init_walk = __esm({
  "src/discover/walk.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
    import_node_module3 = require("node:module");
    init_names();
    ignoreFactory = (0, import_node_module3.createRequire)(__moduleUrl("discover/walk.js"))("ignore");
    DEFAULT_EXCLUDED_DIRS = /* @__PURE__ */ new Set([
      "node_modules",
      ".git",
      ".hg",
      ".svn",
      "dist",
      "build",
      "out",
      "coverage",
      "vendor",
      ".next",
      ".venv",
      "venv",
      "__pycache__",
      "target"
    ]);
    HISTORY_FILE = /^(?:changelog|changes|history|releases?|release[-_ ]?notes|news)(?:\.[^/]*)?$/i;
    LOCK_FILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|uv\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock)$/;
    ScanError = class extends Error {
    };
    MATCHER_RENEWAL = 8192;
    SLASH = 47;
    NOTHING = [][Symbol.iterator]();
  }
});

// src/check/secrets.ts
function familyOf(path14) {
  const name = path14.slice(path14.lastIndexOf("/") + 1).toLowerCase();
  if (name.startsWith(".env") || name.endsWith(".env")) return "config";
  if (/\.(?:properties|ini|cfg|conf|toml|npmrc|pypirc|netrc)$/.test(name) || /^\.(?:npmrc|pypirc|netrc)$/.test(name)) return "config";
  if (/\.ya?ml$/.test(name)) return "yaml";
  if (/\.(?:json|jsonc|json5|ipynb)$/.test(name)) return "json";
  return "code";
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function highEntropy(token) {
  const t = token.replace(/=+$/, "");
  if (t.length < 32) return false;
  const digits = t.replace(/\D/g, "").length;
  const letters = t.replace(/[^A-Za-z]/g, "").length;
  return digits >= 3 && letters >= 3 && entropy(t) >= 3.5;
}
function cleanValue(raw, family) {
  let v = raw.trim();
  if (family !== "json") v = v.replace(/\s+#.*$/, "").replace(/\s+;.*$/, "").trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) v = v.slice(1, -1);
  return v.replace(/,$/, "").trim();
}
function filler(token) {
  return token.length >= 3 && ("abcdefghijklmnopqrstuvwxyz".includes(token) || "01234567890".includes(token) || /^(.)\1*$/.test(token));
}
function placeholderWords(value) {
  const tokens = value.toLowerCase().match(/[a-z]+|[0-9]+/g);
  if (!tokens) return true;
  const others = tokens.filter((t) => !PLACEHOLDER_WORDS.has(t) && !filler(t));
  return others.length === 0 || others.length === 1 && /^[0-9]{1,4}$/.test(others[0]);
}
function wordLike(value) {
  if (!/^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/.test(value)) return false;
  return value.split(/[-_. ]/).every((part) => /^(?:[a-z]+|[A-Z]+|(?:[A-Z]?[a-z]{2,})+)$/.test(part));
}
function worthHiding(value) {
  return value.length >= MIN_SECRET_LENGTH && !PLAIN_VALUE.test(value) && !REFERENCE.test(value) && !PLACEHOLDER2.test(value) && !placeholderWords(value) && !wordLike(value) && !LEGACY_IDS.some((id) => value.includes(id));
}
function findSecrets(path14, text7) {
  const family = familyOf(path14);
  const values = /* @__PURE__ */ new Set();
  const lines = /* @__PURE__ */ new Set();
  const all = text7.split("\n");
  let inKey = false;
  let blockIndent = -1;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const found = [];
    if (inKey || PRIVATE_KEY_BEGIN.test(line)) {
      lines.add(i);
      const body = line.trim();
      if (body.length >= 4) found.push(body);
      inKey = !PRIVATE_KEY_END.test(line);
    }
    if (blockIndent >= 0) {
      const indent2 = line.length - line.trimStart().length;
      if (line.trim() === "" || indent2 > blockIndent) {
        lines.add(i);
        if (line.trim().length >= 4) values.add(line.trim());
        continue;
      }
      blockIndent = -1;
    }
    if (SHAPE_HINT.test(line)) for (const re of SHAPES) for (const m of line.matchAll(re)) found.push(m[0]);
    if (!LONG_RUN.test(line)) {
    } else if (family !== "code") {
      for (const m of line.matchAll(LONG_TOKEN)) if (highEntropy(m[0])) found.push(m[0]);
    } else {
      for (const m of line.matchAll(QUOTED)) if (highEntropy(m[2])) found.push(m[2]);
    }
    const keyed = SECRET_NAME.test(line);
    if (keyed && (family === "json" || family === "code")) {
      for (const m of line.matchAll(JSON_ENTRY)) if (SECRET_NAME.test(m[1])) found.push(m[2]);
    }
    if (!keyed) {
    } else if (family === "code") {
      for (const m of line.matchAll(CODE_ENTRY)) if (SECRET_NAME.test(m[1])) found.push(m[3]);
    } else if (family !== "json") {
      const m = CONFIG_ENTRY.exec(line);
      if (m && SECRET_NAME.test(m[1])) {
        const v = cleanValue(m[2], family);
        if (family === "yaml" && /^[|>][-+]?\d*$/.test(v)) blockIndent = line.length - line.trimStart().length;
        found.push(v);
      }
    }
    for (const v of found) {
      if (!worthHiding(v)) continue;
      values.add(v);
      lines.add(i);
    }
  }
  if (values.size === 0 && lines.size === 0) return NO_SECRETS;
  const long = [...values].filter((v) => v.length >= 8);
  if (long.length > 0) {
    for (let i = 0; i < all.length; i++) if (!lines.has(i) && long.some((v) => all[i].includes(v))) lines.add(i);
  }
  return { values: [...values].sort((a, b) => b.length - a.length), lines };
}
function redact(text7, secrets) {
  let out = text7;
  for (const v of secrets.values) if (out.includes(v)) out = out.split(v).join(REDACTED);
  for (const re of SHAPES) out = out.replace(re, (m) => worthHiding(m) ? REDACTED : m);
  return out;
}
var NO_SECRETS, REDACTED, SECRET_NAME, PLAIN_VALUE, SHAPES, SHAPE_HINT, LONG_RUN, LONG_TOKEN, QUOTED, PRIVATE_KEY_BEGIN, PRIVATE_KEY_END, CONFIG_ENTRY, JSON_ENTRY, CODE_ENTRY, REFERENCE, PLACEHOLDER2, MIN_SECRET_LENGTH, PLACEHOLDER_WORDS;
var init_secrets = __esm({
  "src/check/secrets.ts"() {
    "use strict";
    init_catalog();
    NO_SECRETS = { values: [], lines: /* @__PURE__ */ new Set() };
    REDACTED = "<redacted>";
    SECRET_NAME = /key|secret|passw(?:or)?d|credential|authorization|token(?!s|iz|_?(?:limit|count|budget|usage))/i;
    PLAIN_VALUE = /^(?:true|false|null|none|nil|yes|no|on|off|~|-?\d+(?:\.\d+)?|[|>][-+]?\d*)$/i;
    SHAPES = [
      /\bsk-[A-Za-z0-9_-]{16,}/g,
      // DeepSeek, OpenAI, Anthropic (sk-ant-...)
      /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
      // GitHub tokens
      /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
      /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
      // Slack
      /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
      // AWS access key IDs
      /\bAIza[0-9A-Za-z_-]{35}/g,
      // Google API keys
      /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g
      // JWTs
    ];
    SHAPE_HINT = /sk-|gh[pousr]_|github_pat_|xox[abposr]-|AKIA|ASIA|AIza|eyJ/;
    LONG_RUN = /[A-Za-z0-9+/=_-]{32}/;
    LONG_TOKEN = /[A-Za-z0-9+_-]{32,}={0,2}/g;
    QUOTED = /(["'`])([A-Za-z0-9+/=_-]{32,})\1/g;
    PRIVATE_KEY_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
    PRIVATE_KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY-----/;
    CONFIG_ENTRY = /^\s*(?:export\s+|-\s+)?["']?([A-Za-z0-9_.\-[\]]+)["']?\s*[:=]\s*(.*)$/;
    JSON_ENTRY = /"((?:[^"\\\n]|\\.)*)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
    CODE_ENTRY = /(?<![\w$.-])([A-Za-z_$][\w$.-]*)["']?\s*(?:[:=]|:=|=>)\s*(["'`])([^"'`\n]*)\2/g;
    REFERENCE = /^(?:\$\{\{.*\}\}|\$\{?[\w.:-]+\}?|\{\{.*\}\}|%\(\w+\)s|os\.environ\S*|os\.getenv\S*|(?:process\.)?env[.\[(]\S*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|<[^>]*>)$/;
    PLACEHOLDER2 = /your[-_ ]|replace[-_ ]?me|example|placeholder|change[-_ ]?me|dummy|x{3,}|\*{3,}|\.{3}/i;
    MIN_SECRET_LENGTH = 8;
    PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
      "test",
      "tests",
      "testing",
      "dummy",
      "fake",
      "mock",
      "mocked",
      "stub",
      "sample",
      "demo",
      "example",
      "placeholder",
      "changeme",
      "change",
      "replace",
      "me",
      "your",
      "my",
      "here",
      "insert",
      "put",
      "fill",
      "api",
      "key",
      "keys",
      "token",
      "secret",
      "password",
      "passwd",
      "pass",
      "pwd",
      "auth",
      "access",
      "bearer",
      "client",
      "id",
      "sk",
      "pk",
      "proj",
      "none",
      "null",
      "nil",
      "todo",
      "tbd",
      "foo",
      "bar",
      "baz",
      "qux",
      "dev",
      "local",
      "default",
      "redacted",
      "invalid",
      "empty",
      "unset",
      "not",
      "set",
      "value",
      "any",
      "whatever",
      "the",
      "for",
      "use",
      "real"
    ]);
  }
});

// src/discover/encoding.ts
function looksBinary(buf) {
  return buf.subarray(0, 8192).includes(0);
}
function hashBytes(buf) {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(buf).digest("hex");
}
function decode(buf) {
  const hash = hashBytes(buf);
  const utf16 = buf.length >= 2 && buf.length % 2 === 0;
  if (utf16 && buf[0] === 255 && buf[1] === 254) {
    return { text: buf.subarray(2).toString("utf16le"), encoding: { kind: "utf16le", bom: true, hash } };
  }
  if (utf16 && buf[0] === 254 && buf[1] === 255) {
    const body2 = Buffer.from(buf.subarray(2));
    body2.swap16();
    return { text: body2.toString("utf16le"), encoding: { kind: "utf16be", bom: true, hash } };
  }
  if (looksBinary(buf)) return null;
  const bom = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const body = bom ? buf.subarray(3) : buf;
  try {
    return { text: UTF8.decode(body), encoding: { kind: "utf8", bom, hash } };
  } catch {
    return { text: body.toString("latin1"), encoding: { kind: "latin1", bom, hash } };
  }
}
function encode(text7, encoding) {
  switch (encoding.kind) {
    case "utf8":
      return Buffer.concat([encoding.bom ? Buffer.from([239, 187, 191]) : Buffer.alloc(0), Buffer.from(text7, "utf8")]);
    case "latin1":
      return Buffer.concat([encoding.bom ? Buffer.from([239, 187, 191]) : Buffer.alloc(0), Buffer.from(text7, "latin1")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text7, "utf16le")]);
    case "utf16be": {
      const body = Buffer.from(text7, "utf16le");
      body.swap16();
      return Buffer.concat([Buffer.from([254, 255]), body]);
    }
  }
}
var UTF8;
var init_encoding = __esm({
  "src/discover/encoding.ts"() {
    "use strict";
    UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  }
});

// src/fix/write.ts
var write_exports = {};
__export(write_exports, {
  TEMP_SUFFIX: () => TEMP_SUFFIX,
  WriteConflict: () => WriteConflict,
  pendingTempFiles: () => pendingTempFiles,
  readRegularFile: () => readRegularFile,
  writeAtomic: () => writeAtomic
});
function pendingTempFiles() {
  return [...pendingTemps].map(fsPath);
}
function inside(dir, root) {
  const rel = import_node_path4.default.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !import_node_path4.default.isAbsolute(rel);
}
async function writeAtomic(absPath, text7, encoding, options2 = {}) {
  const dir = decodeName(await (0, import_promises.realpath)(fsPath(import_node_path4.default.dirname(absPath)), { encoding: "buffer" }));
  if (options2.roots && options2.roots.length > 0 && !options2.roots.some((r) => inside(dir, r))) {
    throw new WriteConflict("resolves outside the scanned folders; not writing");
  }
  const target = import_node_path4.default.join(dir, import_node_path4.default.basename(absPath));
  const st = await (0, import_promises.lstat)(fsPath(target)).catch((err) => {
    throw err.code === "ENOENT" ? new WriteConflict("disappeared since it was read; skipped") : err;
  });
  if (st.isSymbolicLink()) throw new WriteConflict("is a symlink; not writing through it");
  if (!st.isFile()) throw new WriteConflict("is no longer a regular file");
  if (hashBytes(await (0, import_promises.readFile)(fsPath(target))) !== encoding.hash) throw new WriteConflict("changed on disk since it was read; skipped");
  const bytes = encode(text7, encoding);
  const tmp = import_node_path4.default.join(dir, `.${import_node_path4.default.basename(target)}.${process.pid}-${process.getBuiltinModule("node:crypto").randomBytes(4).toString("hex")}${TEMP_SUFFIX}`);
  pendingTemps.add(tmp);
  try {
    const fh = await (0, import_promises.open)(fsPath(tmp), import_node_fs8.constants.O_WRONLY | import_node_fs8.constants.O_CREAT | import_node_fs8.constants.O_EXCL | import_node_fs8.constants.O_NOFOLLOW, 384);
    try {
      await fh.writeFile(bytes);
      if (process.getuid?.() === 0 && (st.uid !== 0 || st.gid !== 0)) await fh.chown(st.uid, st.gid);
      await fh.chmod(st.mode & 4095);
      await fh.sync();
    } finally {
      await fh.close();
    }
    const now = await (0, import_promises.lstat)(fsPath(target));
    if (now.isSymbolicLink() || now.ino !== st.ino || hashBytes(await (0, import_promises.readFile)(fsPath(target))) !== encoding.hash) {
      throw new WriteConflict("changed on disk while it was being written; skipped");
    }
    await (0, import_promises.rename)(fsPath(tmp), fsPath(target));
    pendingTemps.delete(tmp);
  } catch (err) {
    await (0, import_promises.unlink)(fsPath(tmp)).catch(() => void 0);
    pendingTemps.delete(tmp);
    throw err;
  }
  await syncFolder(dir);
}
async function readRegularFile(absPath, maxBytes = Number.POSITIVE_INFINITY) {
  const fh = await (0, import_promises.open)(fsPath(absPath), import_node_fs8.constants.O_RDONLY | import_node_fs8.constants.O_NOFOLLOW | import_node_fs8.constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error(`${absPath} is not a regular file`), { code: "ENOTREG" });
    if (st.size > maxBytes) return st.size;
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}
async function syncFolder(dir) {
  let fh;
  try {
    fh = await (0, import_promises.open)(fsPath(dir), import_node_fs8.constants.O_RDONLY | import_node_fs8.constants.O_DIRECTORY);
    await fh.sync();
  } catch {
  } finally {
    await fh?.close().catch(() => void 0);
  }
}
var import_node_fs8, import_promises, import_node_path4, WriteConflict, pendingTemps, TEMP_SUFFIX;
var init_write = __esm({
  "src/fix/write.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_promises = require("node:fs/promises");
    import_node_path4 = __toESM(require("node:path"), 1);
    init_encoding();
    init_names();
    WriteConflict = class extends Error {
    };
    pendingTemps = /* @__PURE__ */ new Set();
    TEMP_SUFFIX = ".deepseek-migrate.tmp";
  }
});

// rules/checks/facts.ts
function fileFacts2(path14, text7, detections) {
  const branches = /* @__PURE__ */ new Set();
  const validates = /* @__PURE__ */ new Set();
  const keeps = /* @__PURE__ */ new Set();
  const keyed = /* @__PURE__ */ new Set();
  const code = !DOC_FILE2.test(path14);
  const lines = code ? splitLines(text7) : [];
  const starts = code ? lineStarts(text7) : [];
  for (const d of detections) {
    if (d.action !== "review" || !code || COMMENT_LINE2.test(lines[position(starts, d.start).line - 1] ?? "")) continue;
    if (d.reason === "mapping-key") keyed.add(d.legacy);
    else if (BRANCH_REASONS.has(d.reason)) branches.add(d.legacy);
    if (d.reason === "exported-constant" && d.detail?.constant) keeps.add(d.detail.constant.split(".")[0]);
    if (d.reason === "validated-value" || d.reason === "collection-both" && /\.enum\s*\(|\bchoices\s*=|\bLiteral\[|"enum"\s*:/.test(text7)) validates.add(d.legacy);
  }
  if (keyed.size > 1) for (const id of keyed) branches.add(id);
  return {
    branches: LEGACY_IDS.filter((id) => branches.has(id)),
    capability: code && lines.some((l) => l.length < 2e3 && CAPABILITY.test(l) && !COMMENT_LINE2.test(l)),
    keeps: [...keeps].sort(),
    validates: LEGACY_IDS.filter((id) => validates.has(id)),
    imports: importsOf2(path14, text7)
  };
}
function importsOf2(path14, text7) {
  const out = /* @__PURE__ */ new Map();
  const add = (from, names2) => {
    const set = out.get(from) ?? /* @__PURE__ */ new Set();
    for (const n of names2) if (/^[A-Za-z_$][\w$]*$/.test(n)) set.add(n);
    out.set(from, set);
  };
  if (JS_FILE.test(path14)) {
    for (const m of text7.matchAll(JS_IMPORT)) {
      const spec = m[2] ?? m[3] ?? m[5];
      if (spec.startsWith(".")) add(spec, jsNames(m[1] ?? m[4] ?? ""));
    }
  } else if (PY_FILE.test(path14)) {
    for (const m of text7.matchAll(PY_IMPORT)) {
      if (m[3]) {
        add(m[3], [m[4] ?? m[3].split(".")[0]]);
        continue;
      }
      const from = m[1];
      const names2 = m[2].replace(/[()\\]/g, "").split(",").map((n) => n.trim().split(/\s+as\s+/));
      if (!/^\.+$/.test(from)) add(from, names2.map((n) => n[n.length - 1].trim()));
      for (const n of names2) {
        const name = n[0].trim();
        if (name && name !== "*") add(from.endsWith(".") ? `${from}${name}` : `${from}.${name}`, [n[n.length - 1].trim()]);
      }
    }
  }
  return [...out].map(([from, names2]) => ({ from, names: [...names2] }));
}
function jsNames(clause) {
  const names2 = [];
  const body = clause.replace(/\btype\s+/g, "");
  for (const part of body.replace(/[{}]/g, ",").split(",")) {
    const p = part.trim().replace(/^\*\s+as\s+/, "");
    if (!p) continue;
    const alias = /(?:\s+as\s+|\s*:\s*)([\w$]+)$/.exec(p);
    names2.push(alias ? alias[1] : p.split(/\s/)[0]);
  }
  return names2;
}
var DOC_FILE2, JS_FILE, PY_FILE, JS_IMPORT, PY_IMPORT;
var init_facts = __esm({
  "rules/checks/facts.ts"() {
    "use strict";
    init_catalog();
    init_branches();
    init_tokens();
    DOC_FILE2 = /\.(?:md|mdx|markdown|rst|txt|adoc|ipynb)$/i;
    JS_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;
    PY_FILE = /\.pyi?$/i;
    JS_IMPORT = /\b(?:import|export)\s+((?:type\s+)?[^;'"]*?)\s*\bfrom\s*["']([^"'\n]+)["']|\bimport\s*["']([^"'\n]+)["']|(?:\b(?:const|let|var)\s+([^=;]+?)\s*=\s*(?:await\s+)?)?\b(?:require|import)\s*\(\s*["']([^"'\n]+)["']\s*\)/g;
    PY_IMPORT = /^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)|import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?)/gm;
  }
});

// src/check/messages.ts
function noteLead(legacy, mode) {
  return mode === "disabled" ? `${legacy} meant thinking disabled; V4 enables thinking by default: send thinking {type: disabled} where this value is used` : `${legacy} meant thinking enabled (the V4 default); set thinking {type: enabled} explicitly where this value is used`;
}
function thinkingNote(legacy, snippet2, lines = []) {
  const lead = noteLead(legacy, legacyEntry(legacy).thinking);
  if (lines.length === 0) return `${lead}: ${snippet2}`;
  const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
  return `${lead} (the request${lines.length === 1 ? "" : "s"} at ${where}; this value is a default a caller can override, so set the mode that call${lines.length === 1 ? "" : "s"} need${lines.length === 1 ? "s" : ""}): ${snippet2}`;
}
function noteSnippet(note, legacy) {
  const lead = `${noteLead(legacy, legacyEntry(legacy).thinking)}: `;
  return note.startsWith(lead) ? note.slice(lead.length) : null;
}
var init_messages = __esm({
  "src/check/messages.ts"() {
    "use strict";
    init_catalog();
  }
});

// src/check/suppress.ts
function fileSuppressed(text7) {
  return WHOLE_FILE.test(text7);
}
function lineSuppressed(lines, line) {
  const own = lines[line - 1] ?? "";
  if (SAME_LINE.test(own)) return true;
  const prev = line >= 2 ? lines[line - 2] ?? "" : "";
  return NEXT_LINE.test(prev);
}
var SAME_LINE, NEXT_LINE, WHOLE_FILE;
var init_suppress = __esm({
  "src/check/suppress.ts"() {
    "use strict";
    SAME_LINE = /deepseek-migrate-ignore(?![-\w])/;
    NEXT_LINE = /deepseek-migrate-ignore-next-line(?![-\w])/;
    WHOLE_FILE = /deepseek-migrate-ignore-file(?![-\w])/;
  }
});

// src/check/engine.ts
var engine_exports = {};
__export(engine_exports, {
  bytesMayMatch: () => bytesMayMatch,
  isMinified: () => isMinified,
  oneLine: () => oneLine,
  processFile: () => processFile,
  ruleFor: () => ruleFor
});
function bytesMayMatch(buf) {
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) return true;
  return NEEDLES.some((n) => buf.includes(n));
}
function isMinified(text7) {
  if (text7.length < 256 * 1024) return false;
  let newlines = 0;
  for (let i = text7.indexOf("\n"); i !== -1 && newlines * 1e3 < text7.length; i = text7.indexOf("\n", i + 1)) newlines++;
  return newlines * 1e3 < text7.length;
}
function ruleFor(rules2, path14) {
  const rule = rules2.find((r) => r.appliesTo(path14));
  if (!rule) throw new Error(`no rule for ${path14}`);
  return rule;
}
async function processFile(file, absPath, rules2, options2, preloaded) {
  const base = { file, absPath, findings: [], advisories: [] };
  let buf;
  try {
    const read = preloaded ?? await readRegularFile(absPath, options2.maxFileSize);
    if (typeof read === "number") return { ...base, skipped: { reason: "too-large", detail: `${read} bytes > --max-file-size ${options2.maxFileSize}` } };
    buf = read;
  } catch (err) {
    return { ...base, skipped: { reason: "unreadable", detail: errorCode(err) } };
  }
  if (!bytesMayMatch(buf)) return base;
  if (buf.length > options2.maxFileSize) {
    return { ...base, skipped: { reason: "too-large", detail: `${buf.length} bytes > --max-file-size ${options2.maxFileSize}` } };
  }
  const decoded = decode(buf);
  if (!decoded) return { ...base, skipped: { reason: "binary", detail: "binary file (NUL bytes)" } };
  const { text: text7, encoding } = decoded;
  if (!hasCandidate(text7) || fileSuppressed(text7)) return base;
  const ruleList = typeof rules2 === "function" ? await rules2() : rules2;
  const rule = isMinified(text7) ? ruleList[ruleList.length - 1] : ruleFor(ruleList, file);
  let detections;
  let advisoryDetections;
  try {
    const out = await rule.check({ path: file, text: text7, thinking: options2.thinking, openRouter: OPENROUTER.test(text7) });
    detections = applyChecks(file, text7, out.detections);
    advisoryDetections = out.advisories ?? [];
  } catch (err) {
    const secrets2 = findSecrets(file, text7);
    return { ...base, skipped: { reason: "rule-crash", detail: `rule ${rule.id} failed: ${redact(oneLine(err), secrets2)}` }, secrets: secrets2 };
  }
  let secretSet;
  const secretsOf = () => secretSet ??= findSecrets(file, text7);
  const quoted = (detail) => detail === void 0 ? {} : { detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, typeof v === "string" && k !== "legacy" ? redact(v, secretsOf()) : v])) };
  const starts = lineStarts(text7);
  const lines = splitLines(text7);
  const suppressedMemo = /* @__PURE__ */ new Map();
  const suppressed = (line) => {
    let v = suppressedMemo.get(line);
    if (v === void 0) suppressedMemo.set(line, v = lineSuppressed(lines, line));
    return v;
  };
  const findings = [];
  const edits = [];
  for (const d of [...detections].sort((a, b) => a.start - b.start)) {
    if (d.reason === "recorded-response" && !options2.includeRecorded) continue;
    const from = position(starts, d.start);
    if (suppressed(from.line)) continue;
    const to = position(starts, d.end);
    const entry = legacyEntry(d.legacy);
    const replacement = d.action === "rewrite" ? options2.mapping[d.legacy] : null;
    const findingEdits = [];
    if (replacement !== null) {
      findingEdits.push({ start: d.start, end: d.end, text: replacement });
      if (options2.thinking === "explicit" && d.extraEdits) findingEdits.push(...d.extraEdits);
    }
    edits.push(...findingEdits);
    const state = d.thinking ?? (d.action === "rewrite" ? "note" : "none");
    findings.push({
      rule: rule.id,
      file,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: d.start,
      end: d.end,
      legacy: d.legacy,
      replacement,
      target: options2.mapping[d.legacy],
      action: d.action,
      reason: d.reason,
      ...quoted(d.detail),
      thinking: entry.thinking,
      thinkingState: options2.thinking === "off" && state === "inserted" ? "note" : state,
      note: d.action === "rewrite" && (state === "note" || options2.thinking === "off") ? thinkingNote(d.legacy, snippet(d.snippet ?? "generic", entry.thinking), (d.usedAt ?? []).map((o) => position(starts, o).line)) : null,
      edits: findingEdits
    });
  }
  const advisories = advisoryDetections.filter((a) => !suppressed(position(starts, a.start).line)).map((a) => {
    const p = position(starts, a.start);
    return { rule: rule.id, file, line: p.line, column: p.column, code: a.code, ...quoted(a.detail) };
  });
  const secrets = findings.length > 0 || advisories.length > 0 ? secretsOf() : void 0;
  const facts2 = detections.length > 0 ? fileFacts2(file, text7, detections) : void 0;
  if (edits.length === 0) return { file, absPath, findings, advisories, secrets, facts: facts2 };
  const after = applyEdits(text7, uniqueEdits(edits)).text;
  if (after === text7) return { file, absPath, findings, advisories, secrets, facts: facts2 };
  if (rule.validate && options2.validate !== false) {
    const broken = await rule.validate(after, file);
    if (broken !== null && await rule.validate(text7, file) === null) {
      const detail = `edit would break the syntax: ${redact(broken, secrets ?? NO_SECRETS)}`;
      return { file, absPath, findings, advisories, secrets, facts: facts2, skipped: { reason: "parse-error", detail } };
    }
  }
  return { file, absPath, findings, advisories, secrets, facts: facts2, edit: { before: text7, after, encoding } };
}
function errorCode(err) {
  const code = err?.code;
  if (code === "ELOOP") return "became a symlink; not following it";
  if (code === "ENOENT") return "disappeared before it could be read";
  if (code === "ENOTREG") return "is no longer a regular file";
  return code ? `cannot read (${code})` : `cannot read: ${oneLine(err)}`;
}
function oneLine(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0] ?? msg;
}
var NEEDLES, OPENROUTER;
var init_engine = __esm({
  "src/check/engine.ts"() {
    "use strict";
    init_catalog();
    init_context();
    init_facts();
    init_encoding();
    init_edits();
    init_messages();
    init_sdks();
    init_secrets();
    init_write();
    init_suppress();
    init_tokens();
    NEEDLES = LEGACY_IDS.map((id) => Buffer.from(id));
    OPENROUTER = /openrouter/i;
  }
});

// src/check/result-cache.ts
var result_cache_exports = {};
__export(result_cache_exports, {
  DEFAULT_CACHE_DIR: () => DEFAULT_CACHE_DIR,
  ResultCache: () => ResultCache
});
function toolId() {
  const seam = process.env["DEEPSEEK_MIGRATE_CACHE_TOOL_ID"];
  if (seam) return seam;
  const bundle = (0, import_node_url4.fileURLToPath)(new URL("../core.cjs", __moduleUrl("check/result-cache.js")));
  if (!(0, import_node_fs9.existsSync)(bundle)) return null;
  const { version: version2 } = (0, import_node_module4.createRequire)(__moduleUrl("check/result-cache.js"))("deepseek-migrate/package.json");
  return `${version2}+${(0, import_node_crypto2.createHash)("sha256").update((0, import_node_fs9.readFileSync)(bundle)).digest("hex")}`;
}
function sha256(s) {
  return (0, import_node_crypto2.createHash)("sha256").update(s).digest("hex");
}
function readStore(file) {
  try {
    const raw = (0, import_node_fs9.readFileSync)(file, "utf8");
    const nl = raw.indexOf("\n");
    const body = raw.slice(nl + 1);
    if (nl !== 64 || raw.slice(0, 64) !== sha256(body)) return /* @__PURE__ */ new Map();
    const doc = JSON.parse(body);
    if (doc.format !== FORMAT || typeof doc.entries !== "object" || doc.entries === null) return /* @__PURE__ */ new Map();
    return new Map(Object.entries(doc.entries));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function rebuild(stored, rel, abs, bytes) {
  const { $rebuild, ...rest } = stored;
  if (typeof $rebuild !== "object" || $rebuild === null || !Array.isArray(rest["findings"]) || !Array.isArray(rest["advisories"])) return null;
  const outcome = { ...rest, file: rel, absPath: abs };
  if (!$rebuild.edit && !$rebuild.secrets) return outcome;
  const decoded = decode(bytes);
  if (!decoded) return null;
  if ($rebuild.secrets) outcome["secrets"] = findSecrets(rel, decoded.text);
  if ($rebuild.edit) {
    const edits = rest["findings"].flatMap((f) => f.edits);
    outcome["edit"] = { before: decoded.text, after: applyEdits(decoded.text, edits).text, encoding: decoded.encoding };
  }
  return outcome;
}
var import_node_crypto2, import_node_fs9, import_node_module4, import_node_path5, import_node_url4, DEFAULT_CACHE_DIR, STORE, FORMAT, MAX_ENTRIES, TEXT_FIELDS, ResultCache;
var init_result_cache = __esm({
  "src/check/result-cache.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_fs9 = require("node:fs");
    import_node_module4 = require("node:module");
    import_node_path5 = __toESM(require("node:path"), 1);
    import_node_url4 = require("node:url");
    init_encoding();
    init_edits();
    init_secrets();
    DEFAULT_CACHE_DIR = import_node_path5.default.join("node_modules", ".cache", "deepseek-migrate");
    STORE = "results.json";
    FORMAT = 1;
    MAX_ENTRIES = 5e4;
    TEXT_FIELDS = ["edit", "secrets"];
    ResultCache = class _ResultCache {
      constructor(file, runKey, old) {
        this.file = file;
        this.runKey = runKey;
        this.old = old;
      }
      file;
      runKey;
      old;
      fresh = /* @__PURE__ */ new Map();
      changed = false;
      hits = 0;
      misses = 0;
      /** Opens the store for a run with these engine options; null when results cannot be identified (no bundle). */
      static open(settings, engine) {
        const tool = toolId();
        if (tool === null) return null;
        const e = { mapping: engine.mapping, thinking: engine.thinking, maxFileSize: engine.maxFileSize, includeRecorded: engine.includeRecorded ?? false, validate: engine.validate ?? true };
        const runKey = sha256(JSON.stringify({ format: FORMAT, tool, engine: e, config: settings.config ?? null }));
        const file = import_node_path5.default.join(settings.location, STORE);
        return new _ResultCache(file, runKey, readStore(file));
      }
      /** The file's content hash, to look it up and store it under. */
      hash(bytes) {
        return (0, import_node_crypto2.createHash)("sha256").update(bytes).digest("hex");
      }
      key(rel, contentHash) {
        return sha256(`${this.runKey}\0${rel}\0${contentHash}`);
      }
      /** The stored outcome of this exact file, rebuilt for `abs`, or null. */
      get(rel, abs, contentHash, bytes) {
        const k = this.key(rel, contentHash);
        const stored = this.fresh.get(k) ?? this.old.get(k);
        const outcome = stored ? rebuild(stored, rel, abs, bytes) : null;
        if (!outcome) {
          this.misses++;
          return null;
        }
        this.hits++;
        if (!this.fresh.has(k)) this.fresh.set(k, stored);
        return outcome;
      }
      set(rel, contentHash, outcome) {
        const stored = { ...outcome, $rebuild: { edit: outcome.edit !== void 0, secrets: outcome.secrets !== void 0 } };
        for (const f of TEXT_FIELDS) delete stored[f];
        delete stored["absPath"];
        this.fresh.set(this.key(rel, contentHash), stored);
        this.changed = true;
      }
      /** Writes the store when this run added to it; a failure to write leaves the old store in place and is not an error. */
      save() {
        if (!this.changed) return;
        const entries = [...this.fresh];
        for (const [k, v] of this.old) {
          if (entries.length >= MAX_ENTRIES) break;
          if (!this.fresh.has(k)) entries.push([k, v]);
        }
        const body = JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) });
        const dir = import_node_path5.default.dirname(this.file);
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
          (0, import_node_fs9.mkdirSync)(dir, { recursive: true });
          if (!(0, import_node_fs9.existsSync)(import_node_path5.default.join(dir, ".gitignore"))) (0, import_node_fs9.writeFileSync)(import_node_path5.default.join(dir, ".gitignore"), "*\n");
          (0, import_node_fs9.writeFileSync)(tmp, `${sha256(body)}
${body}`);
          (0, import_node_fs9.renameSync)(tmp, this.file);
        } catch {
          (0, import_node_fs9.rmSync)(tmp, { force: true });
        }
      }
    };
  }
});

// src/discover/gitscan.ts
var gitscan_exports = {};
__export(gitscan_exports, {
  gitDiscover: () => gitDiscover
});
function git(cwd, args2, onRecord, input) {
  return new Promise((resolve2) => {
    const child = (0, import_node_child_process.spawn)("git", [...args2], {
      cwd,
      env: { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" },
      stdio: [input ? "pipe" : "ignore", "pipe", "pipe"]
    });
    let stderr = false;
    let carry = null;
    child.stdout?.on("data", (chunk) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      for (let nul = buf.indexOf(0, from); nul !== -1; nul = buf.indexOf(0, from)) {
        onRecord(buf, from, nul);
        from = nul + 1;
      }
      carry = from < buf.length ? buf.subarray(from) : null;
    });
    child.stderr?.on("data", () => stderr = true);
    child.on("error", () => resolve2({ ok: false, code: null }));
    child.on("close", (code) => resolve2({ ok: !stderr && carry === null, code }));
    if (input) {
      child.stdin?.on("error", () => void 0);
      child.stdin?.end(input);
    }
  });
}
async function gitDiscover(roots, options2, hooks = {}) {
  const cwd = options2.cwd;
  const prefixes = [];
  for (const root of roots) {
    const abs = import_node_path6.default.resolve(cwd, root);
    const rel = import_node_path6.default.relative(cwd, abs);
    if (rel.startsWith("..") || import_node_path6.default.isAbsolute(rel)) return null;
    try {
      if (!(0, import_node_fs10.lstatSync)(abs).isDirectory()) return null;
    } catch {
      return null;
    }
    if (ignoredFolder(abs)) return null;
    prefixes.push(rel === "" ? "" : `${rel.split(import_node_path6.default.sep).join("/")}/`);
  }
  const filtered = (options2.include?.length ?? 0) > 0 || (options2.exclude?.length ?? 0) > 0;
  const wanted = filtered ? userFilter(options2) : null;
  const only = hooks.only;
  const accepted = (name) => {
    const slash = name.lastIndexOf("/");
    if (isExcludedFileName(slash === -1 ? name : name.slice(slash + 1))) return false;
    if (wanted || only) {
      const abs = import_node_path6.default.resolve(cwd, name);
      if (wanted && !wanted(abs, false)) return false;
      if (only && !only.has(abs)) return false;
    }
    for (const prefix of prefixes) {
      if (!name.startsWith(prefix)) continue;
      let from = prefix.length;
      let excluded = false;
      for (let cut2 = name.indexOf("/", from); cut2 !== -1; from = cut2 + 1, cut2 = name.indexOf("/", from)) {
        if (DEFAULT_EXCLUDED_DIRS.has(name.slice(from, cut2))) {
          excluded = true;
          break;
        }
      }
      if (!excluded) return true;
    }
    return false;
  };
  const specs = prefixes.map((p) => p === "" ? "." : p.slice(0, -1));
  const base = ["--literal-pathspecs", "-c", "core.quotePath=false"];
  const named = /* @__PURE__ */ new Map();
  const nameCandidate = (name) => {
    if (named.has(name) || !accepted(name)) return;
    const abs = import_node_path6.default.resolve(cwd, name);
    const target = { abs, rel: toRel(cwd, abs) };
    named.set(name, target);
    hooks.onCandidate?.(target);
  };
  const grep = git(
    cwd,
    [...base, "-c", "grep.fullName=false", "grep", "--threads", String(GREP_THREADS), "-l", "-z", "--no-color", "-F", "-f", "-", "--", ...specs],
    (buf, start, end) => nameCandidate(decodeName(buf, start, end)),
    PATTERNS
  );
  let count = 0;
  let declined = false;
  const count1 = (name) => {
    if (!accepted(name)) return;
    count++;
    hooks.onFile?.(name);
  };
  let probe = null;
  let folder = null;
  let inFolder = [];
  const flushFolder = () => {
    if (folder === null) return;
    let regular = null;
    try {
      regular = new Set(listFolder(import_node_path6.default.resolve(cwd, folder || ".")).filter((e) => e.isFile()).map((e) => e.name));
    } catch {
    }
    for (const name of inFolder) {
      if (!regular?.has(name.slice(name.lastIndexOf("/") + 1))) continue;
      count1(name);
      const status = (probe ??= new FileProbe()).probe(import_node_path6.default.resolve(cwd, name));
      if (status === UNREADABLE) declined = true;
      else if (status === CANDIDATE2) nameCandidate(name);
    }
    folder = null;
    inFolder = [];
  };
  let entryName = null;
  let entryKeep = false;
  let entryDeleted = false;
  const flushEntry = () => {
    if (entryName !== null && entryKeep && !entryDeleted) count1(entryName);
    entryName = null;
  };
  const onListed = (buf, start, end) => {
    if (declined) return;
    const tag = buf[start];
    if (tag === 63) {
      const name2 = decodeName(buf, start + 2, end);
      if (name2.endsWith("/")) {
        declined = true;
        return;
      }
      if (!accepted(name2)) return;
      const dir = name2.slice(0, Math.max(0, name2.lastIndexOf("/")));
      if (dir !== folder) {
        flushFolder();
        folder = dir;
      }
      inFolder.push(name2);
      return;
    }
    flushFolder();
    const tab = buf.indexOf(TAB, start);
    if (tab === -1 || tab >= end) {
      declined = true;
      return;
    }
    const name = decodeName(buf, tab + 1, end);
    if (name !== entryName) {
      flushEntry();
      entryName = name;
      entryKeep = false;
      entryDeleted = false;
    }
    const modeAt = start + 2;
    if (buf.compare(GITLINK_MODE, 0, GITLINK_MODE.length, modeAt, modeAt + GITLINK_MODE.length) === 0) {
      declined = true;
      return;
    }
    if (tag === 82) entryDeleted = true;
    else if (tag !== 83 && buf.compare(SYMLINK_MODE, 0, SYMLINK_MODE.length, modeAt, modeAt + SYMLINK_MODE.length) !== 0) entryKeep = true;
  };
  const listed = await git(cwd, [...base, "ls-files", "-z", "-t", "-s", "-c", "-o", "-d", "--exclude-standard", "--", ...specs], onListed);
  flushFolder();
  flushEntry();
  const found = await grep;
  if (declined || !listed.ok || listed.code !== 0) return null;
  if (!found.ok || found.code !== 0 && found.code !== 1) return null;
  const candidates = [];
  for (const target of named.values()) {
    try {
      if (!(0, import_node_fs10.lstatSync)(fsPath(target.abs)).isFile()) continue;
    } catch {
      continue;
    }
    candidates.push(target);
  }
  candidates.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { count, candidates };
}
var import_node_child_process, import_node_fs10, import_node_os3, import_node_path6, PATTERNS, GREP_THREADS, TAB, SYMLINK_MODE, GITLINK_MODE;
var init_gitscan = __esm({
  "src/discover/gitscan.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs10 = require("node:fs");
    import_node_os3 = require("node:os");
    import_node_path6 = __toESM(require("node:path"), 1);
    init_catalog();
    init_names();
    init_probe();
    init_walk();
    PATTERNS = Buffer.concat([Buffer.from(LEGACY_IDS.map((id) => `${id}
`).join("")), Buffer.from([255, 254, 10, 254, 255, 10])]);
    GREP_THREADS = Math.max(8, (0, import_node_os3.availableParallelism)());
    TAB = 9;
    SYMLINK_MODE = Buffer.from("120000 ");
    GITLINK_MODE = Buffer.from("160000 ");
  }
});

// src/fix/patch.ts
var patch_exports = {};
__export(patch_exports, {
  gitQuote: () => gitQuote,
  hunks: () => hunks,
  makePatch: () => makePatch,
  makeSafePatch: () => makeSafePatch,
  renderPatch: () => renderPatch
});
function gitQuote(p) {
  if (!/[^\x20-\x7e]|["\\]/.test(p)) return p;
  let out = '"';
  for (const byte of encodeName(p)) {
    const ch = String.fromCharCode(byte);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "	") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (byte < 32 || byte >= 127) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
function hunks(before, after, context = 3) {
  const p = (0, import_diff.structuredPatch)("a", "b", before, after, "", "", { context });
  return p.hunks.map((h) => ({ oldStart: h.oldStart, oldLines: h.oldLines, newStart: h.newStart, newLines: h.newLines, lines: h.lines }));
}
function renderPatch(file, list) {
  const a = gitQuote(`a/${file}`);
  const b = gitQuote(`b/${file}`);
  const out = [`diff --git ${a} ${b}`, `--- ${a}`, `+++ ${b}`];
  for (const h of list) {
    const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
    out.push(`@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@`, ...h.lines);
  }
  return `${out.join("\n")}
`;
}
function makePatch(file, before, after) {
  return renderPatch(file, hunks(before, after));
}
function makeSafePatch(file, before, after, secrets, encoding) {
  const bom = encoding?.bom && (encoding.kind === "utf8" || encoding.kind === "latin1") ? BOM : "";
  const { list, redacted } = safeHunks(bom + before, bom + after, secrets);
  const text7 = renderPatch(file, list);
  const blocker = encoding?.kind === "utf16le" || encoding?.kind === "utf16be" ? "utf16" : encoding?.kind === "latin1" && list.some((h) => h.lines.some((l) => NON_ASCII_BYTE.test(l))) ? "not-utf8" : redacted ? "redacted" : null;
  return blocker ? { text: text7, applicable: false, blocker } : { text: text7, applicable: true };
}
function safeHunks(before, after, secrets) {
  if (secrets.lines.size === 0 && secrets.values.length === 0) return { list: hunks(before, after), redacted: false };
  const oldLines = before.split("\n");
  const missingNewline = !before.endsWith("\n");
  if (!missingNewline) oldLines.pop();
  const total = oldLines.length;
  const secretAt = (i) => secrets.lines.has(i);
  const blocks = (0, import_diff.structuredPatch)("a", "b", before, after, "", "", { context: 0 }).hunks;
  let redacted = false;
  const contextLines = (from, to, redacted2 = false) => {
    const out = [];
    for (let i = from; i < to; i++) {
      out.push(` ${redacted2 ? redact(oldLines[i], secrets) : oldLines[i]}`);
      if (i === total - 1 && missingNewline) out.push("\\ No newline at end of file");
    }
    return out;
  };
  const result = [];
  let current = null;
  const flush = () => {
    if (!current) return;
    let oldCount = 0;
    let newCount = 0;
    for (const l of current.lines) {
      if (l[0] === " ") {
        oldCount++;
        newCount++;
      } else if (l[0] === "-") oldCount++;
      else if (l[0] === "+") newCount++;
    }
    result.push({ oldStart: current.oldStart, oldLines: oldCount, newStart: current.newStart, newLines: newCount, lines: current.lines });
    current = null;
  };
  const close = (limit) => {
    if (!current) return;
    const at = current.oldEnd;
    let n = 0;
    while (n < CONTEXT && at + n < limit && !secretAt(at + n)) n++;
    if (n > 0) current.lines.push(...contextLines(at, at + n));
    else if (at < total) {
      current.lines.push(...contextLines(at, at + 1, true));
      redacted = true;
    }
    flush();
  };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const oldIdx = block.oldStart - 1;
    const newIdx = block.newStart - 1;
    const changed = block.lines.map((l) => {
      if (l[0] !== "-" && l[0] !== "+") return l;
      const body = l.slice(1);
      const safe = redact(body, secrets);
      if (safe !== body) redacted = true;
      return `${l[0]}${safe}`;
    });
    if (current) {
      const gap = oldIdx - current.oldEnd;
      let clean = true;
      for (let i = current.oldEnd; i < oldIdx; i++) if (secretAt(i)) clean = false;
      if (clean && gap <= 2 * CONTEXT) {
        current.lines.push(...contextLines(current.oldEnd, oldIdx), ...changed);
        current.oldEnd = oldIdx + block.oldLines;
        continue;
      }
      close(oldIdx);
    }
    const floor = blockFloor(blocks, b);
    let lead = 0;
    while (lead < CONTEXT && oldIdx - lead - 1 >= floor && !secretAt(oldIdx - lead - 1)) lead++;
    current = {
      oldStart: oldIdx - lead + 1,
      newStart: newIdx - lead + 1,
      lines: [...contextLines(oldIdx - lead, oldIdx), ...changed],
      oldEnd: oldIdx + block.oldLines
    };
  }
  close(total);
  return { list: result, redacted };
}
function blockFloor(blocks, b) {
  if (b === 0) return 0;
  const prev = blocks[b - 1];
  return prev.oldStart - 1 + prev.oldLines;
}
var import_diff, CONTEXT, BOM, NON_ASCII_BYTE;
var init_patch = __esm({
  "src/fix/patch.ts"() {
    "use strict";
    import_diff = require("diff");
    init_names();
    init_secrets();
    CONTEXT = 3;
    BOM = "\uFEFF";
    NON_ASCII_BYTE = /[\u0080-\u00ff]/;
  }
});

// src/run.ts
var run_exports = {};
__export(run_exports, {
  editKey: () => editKey,
  placeEdits: () => placeEdits,
  run: () => run
});
function editKey(edit) {
  return `${edit.start}:${edit.end}`;
}
function warmUp(abs, pooled) {
  if (pooled) return;
  void loadEngine().catch(() => void 0);
  void loadRules().then((rules2) => {
    const rule = rules2.find((r) => r.appliesTo(abs));
    if (!rule || warmed.has(rule.id)) return;
    warmed.add(rule.id);
    return rule.warmUp?.();
  }).catch(() => void 0);
}
async function run(options2) {
  const folderSkips = [];
  const leftOut = [];
  const scanOptions = {
    cwd: options2.cwd,
    include: options2.include,
    exclude: options2.exclude,
    patternBase: options2.patternBase,
    onSkip: (abs, detail) => folderSkips.push({ file: shownName(toRel(options2.cwd, abs)), reason: "unreadable", detail }),
    onLeftOut: (t, reason) => leftOut.push({ file: shownName(t.rel), reason })
  };
  const engineOptions = { mapping: options2.mapping, thinking: options2.thinking, maxFileSize: options2.maxFileSize, includeRecorded: options2.includeRecorded ?? false, validate: options2.validate ?? true };
  const threads = checkThreads();
  const pooled = CheckWorker.available() && threads > 1;
  let worker = null;
  let cacheOpened = null;
  let cache = null;
  const openCache = (settings) => cacheOpened ??= Promise.resolve().then(() => (init_result_cache(), result_cache_exports)).then((m) => cache = m.ResultCache.open(settings, engineOptions));
  const examine = async (t, probed) => {
    if (!probed) {
      const status = (probe ??= new FileProbe()).probe(t.abs);
      if (status === NO_MATCH) return { file: t.rel, absPath: t.abs, findings: [], advisories: [] };
      if (status === UNREADABLE) return unreadable(t, probe.lastError);
    }
    const cache2 = options2.cache ? await openCache(options2.cache) : null;
    if (!cache2) return check(t);
    let bytes;
    try {
      const read = await readRegularFile(t.abs, options2.maxFileSize);
      if (typeof read !== "number") bytes = read;
    } catch {
    }
    if (!bytes) {
      cache2.misses++;
      return check(t);
    }
    const hash = cache2.hash(bytes);
    const stored = cache2.get(t.rel, t.abs, hash, bytes);
    if (stored) return stored;
    const outcome = await check(t, bytes);
    cache2.set(t.rel, hash, outcome);
    return outcome;
  };
  const check = async (t, bytes) => {
    warmUp(t.abs, pooled);
    startWorker();
    if (pooled) {
      const w = await (worker ??= CheckWorker.start(engineOptions, threads).catch(() => null));
      if (w) {
        try {
          return await w.check(t.rel, t.abs, bytes);
        } catch {
        }
      }
    }
    const { processFile: processFile2 } = await loadEngine();
    return processFile2(t.rel, t.abs, loadRules, engineOptions, bytes);
  };
  let probe = null;
  const early = /* @__PURE__ */ new Map();
  let sourcesListed = false;
  const startWorker = () => {
    if (!pooled) return;
    worker ??= CheckWorker.start(engineOptions, threads).catch(() => null);
    if (sourcesListed) void worker.then((w) => w?.warmUp());
  };
  const onFile = pooled ? (rel) => {
    if (sourcesListed || !TS_JS_SOURCE.test(rel)) return;
    sourcesListed = true;
    if (worker) startWorker();
  } : void 0;
  const onCandidate = (t) => {
    if (early.size >= EARLY_LIMIT || options2.only && !options2.only.has(t.abs)) return;
    if (!options2.cache) {
      warmUp(t.abs, pooled);
      startWorker();
    }
    const outcome = examine(t, false);
    outcome.catch(() => void 0);
    early.set(t.abs, outcome);
  };
  const viaGit = options2.gitScan === false ? null : await (await Promise.resolve().then(() => (init_gitscan(), gitscan_exports))).gitDiscover(options2.paths, scanOptions, { onCandidate, onFile, only: options2.only });
  let work;
  const listed = { count: 0, complete: false };
  const total = () => viaGit ? viaGit.count : listed.complete ? listed.count : null;
  if (viaGit) {
    work = toAsync([{ targets: viaGit.candidates, status: null, errors: /* @__PURE__ */ new Map() }]);
  } else {
    early.clear();
    const listing = openScan(options2.paths, scanOptions);
    work = probeBatches(counted(options2.only ? onlyThese(listing, options2.only) : listing, listed));
  }
  const roots = options2.command === "apply" ? await realRoots(options2.cwd, options2.paths) : [];
  const files = [];
  const skipped = [];
  let findingsSoFar = 0;
  let done = 0;
  let interrupted = false;
  const handle = async (o, write2) => {
    const secrets = o.secrets ?? NO_SECRETS;
    const file = shownName(o.file);
    if (o.skipped) skipped.push({ file, reason: o.skipped.reason, detail: o.skipped.detail });
    if (o.findings.length === 0 && o.advisories.length === 0) return;
    let patch = null;
    let blocker;
    let written = false;
    let editRegions;
    if (o.edit && !o.skipped && options2.command !== "apply") editRegions = placeEdits(o.edit.before, o.findings);
    if (o.edit && !o.skipped && (options2.command !== "check" || options2.patches)) {
      const { makeSafePatch: makeSafePatch2 } = await Promise.resolve().then(() => (init_patch(), patch_exports));
      const safe = makeSafePatch2(o.file, o.edit.before, o.edit.after, secrets, o.edit.encoding);
      patch = safe.text;
      blocker = safe.blocker;
      if (write2) {
        if (write2.ok) written = true;
        else {
          const err = write2.error;
          const conflict = err instanceof WriteConflict;
          const detail = conflict ? err.message : `write failed: ${writeErrorText(err)}`;
          skipped.push({ file, reason: conflict ? "changed-during-run" : "write-failed", detail });
          patch = null;
          blocker = void 0;
        }
      }
    }
    const shown = file === o.file ? null : file;
    files.push({
      file,
      findings: shown ? o.findings.map((f) => ({ ...f, file: shown })) : o.findings,
      advisories: shown ? o.advisories.map((a) => ({ ...a, file: shown })) : o.advisories,
      patch,
      written,
      ...blocker ? { patchApplicable: false, patchBlocker: blocker } : {},
      ...editRegions ? { editRegions } : {}
    });
  };
  const processAndWrite = async (t, probed) => {
    const ahead = early.get(t.abs);
    early.delete(t.abs);
    return { outcome: await (ahead ?? examine(t, probed)), write: null };
  };
  const write = async (outcome) => {
    if (options2.command !== "apply" || !outcome.edit || outcome.skipped) return null;
    try {
      await writeAtomic(outcome.absPath, outcome.edit.after, outcome.edit.encoding, { roots });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const checked = [];
  const pending = viaGit ? viaGit.candidates.length : 0;
  const inflight = [];
  const settle = async () => {
    const head = inflight.shift();
    const { outcome } = await head.outcome;
    checked.push(outcome);
    findingsSoFar += outcome.findings.length;
    done = head.after;
    options2.onProgress?.(done, total(), findingsSoFar);
    await options2.afterFile?.();
  };
  const stop = () => interrupted ||= options2.shouldStop?.() ?? false;
  let base = viaGit ? viaGit.count - pending : 0;
  scanning: for await (const batch of work) {
    for (let j = 0; j < batch.targets.length; j++) {
      const status = batch.status ? batch.status[j] : CANDIDATE2;
      if (status === NO_MATCH) continue;
      const t = batch.targets[j];
      const outcome = status === CANDIDATE2 ? processAndWrite(t, batch.status !== null) : Promise.resolve({ outcome: unreadable(t, batch.errors.get(j) ?? "error"), write: null });
      inflight.push({ after: base + j + 1, outcome });
      while (inflight.length >= CONCURRENCY) {
        if (stop()) break scanning;
        await settle();
      }
    }
    base += batch.targets.length;
    if (stop()) break;
    if (inflight.length === 0) {
      done = base;
      options2.onProgress?.(done, total(), findingsSoFar);
    }
  }
  while (inflight.length > 0 && !stop()) await settle();
  while (inflight.length > 0) await settle();
  await Promise.allSettled(early.values());
  const started = worker;
  await (await started)?.close();
  if (!interrupted) done = viaGit ? viaGit.count : listed.count;
  const final = projectPass(checked);
  for (let i = 0; i < final.length; i += CONCURRENCY) {
    const batch = final.slice(i, i + CONCURRENCY);
    const writes = await Promise.all(batch.map(write));
    for (let j = 0; j < batch.length; j++) await handle(batch[j], writes[j]);
  }
  const usedCache = cache;
  usedCache?.save();
  endOfRun();
  const allSkipped = [...folderSkips, ...skipped];
  const gitFallback = options2.gitScan !== false && viaGit === null;
  return { command: options2.command, files, skipped: allSkipped, leftOut, summary: summarize(files, allSkipped, done), interrupted, ...gitFallback ? { gitFallback } : {}, ...usedCache ? { cacheStats: { reused: usedCache.hits, checked: usedCache.misses } } : {} };
}
async function* toAsync(batches) {
  yield* batches;
}
async function* probeBatches(targets) {
  for await (const batch of prefilterStream(targets, (t) => t.abs)) {
    yield { targets: batch.items, status: batch.status, errors: new Map(batch.errors) };
  }
}
function* onlyThese(targets, only) {
  for (const t of targets) if (only.has(t.abs)) yield t;
}
function* counted(targets, listed) {
  for (const t of targets) {
    listed.count++;
    yield t;
  }
  listed.complete = true;
}
function unreadable(t, code) {
  return { file: t.rel, absPath: t.abs, findings: [], advisories: [], skipped: { reason: "unreadable", detail: `cannot read (${code})` } };
}
async function realRoots(cwd, paths) {
  const out = [];
  for (const p of paths) {
    try {
      const real = decodeName(await (0, import_promises2.realpath)(import_node_path7.default.resolve(cwd, p), { encoding: "buffer" }));
      out.push((await (0, import_promises2.stat)(fsPath(real))).isDirectory() ? real : import_node_path7.default.dirname(real));
    } catch {
    }
  }
  return out;
}
function writeErrorText(err) {
  const code = err?.code;
  const msg = err instanceof Error ? err.message.split("\n")[0] ?? err.message : String(err);
  return code ? `${code}` : msg;
}
function placeEdits(text7, findings) {
  const starts = lineStarts(text7);
  const out = {};
  for (const e of findings.flatMap((f) => f.edits)) {
    const from = position(starts, e.start);
    const to = position(starts, e.end);
    out[editKey(e)] = { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }
  return out;
}
function summarize(files, skipped, scanned) {
  const byLegacy = Object.fromEntries(LEGACY_IDS.map((id) => [id, { rewrite: 0, review: 0 }]));
  let rewrite = 0;
  let review2 = 0;
  let advisories = 0;
  for (const f of files) {
    advisories += f.advisories.length;
    for (const x of f.findings) {
      byLegacy[x.legacy][x.action]++;
      if (x.action === "rewrite") rewrite++;
      else review2++;
    }
  }
  return {
    filesScanned: scanned,
    filesWithFindings: files.filter((f) => f.findings.length > 0).length,
    filesChanged: files.filter((f) => f.patch !== null).length,
    rewrite,
    review: review2,
    advisories,
    skipped: skipped.length,
    byLegacy
  };
}
var import_promises2, import_node_path7, CONCURRENCY, engineModule, loadEngine, warmed, EARLY_LIMIT;
var init_run = __esm({
  "src/run.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_catalog();
    init_project();
    init_prefilter();
    init_probe();
    init_ts_thread();
    init_run_end();
    init_ts_js2();
    init_rule_list();
    init_walk();
    init_names();
    init_secrets();
    init_write();
    init_tokens();
    CONCURRENCY = 32;
    engineModule = null;
    loadEngine = () => engineModule ??= Promise.resolve().then(() => (init_engine(), engine_exports));
    warmed = /* @__PURE__ */ new Set();
    EARLY_LIMIT = 256;
  }
});

// builtin-view:node:child_process
var require_node_child_process = __commonJS({
  "builtin-view:node:child_process"(exports2, module2) {
    module2.exports = require("node:child_process");
  }
});

// src/discover/git.ts
var git_exports = {};
__export(git_exports, {
  GitError: () => GitError,
  changedFiles: () => changedFiles,
  findRepoRoot: () => findRepoRoot,
  gitReason: () => gitReason,
  gitRefusal: () => gitRefusal
});
async function git2(cwd, args2) {
  const out = await gitRaw(cwd, args2);
  return { ok: out.ok, stdout: out.stdout.toString("utf8"), stderr: out.stderr, ...out.missing ? { missing: true } : {} };
}
async function gitRaw(cwd, args2) {
  const { execFile } = await Promise.resolve().then(() => __toESM(require_node_child_process(), 1));
  return new Promise((resolve2) => {
    execFile("git", [...args2], { cwd, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      const missing = err?.code === "ENOENT";
      resolve2({ ok: err === null, stdout: Buffer.from(stdout), stderr: Buffer.from(stderr).toString("utf8"), ...missing ? { missing } : {} });
    });
  });
}
async function changedFiles(cwd, ref) {
  const dashed = ref.startsWith("-");
  const probe = await git2(cwd, ["rev-parse", "--show-toplevel", ...dashed ? [] : ["--verify", "--quiet", `${ref}^{commit}`]]);
  const [root = "", commit = ""] = probe.stdout.split(/\r?\n/);
  if (root === "") {
    if (probe.missing) throw new GitError("--changed needs git, and git could not be started (is it installed and on PATH?)");
    if (!NOT_A_REPO.test(probe.stderr)) throw new GitError(`--changed: git cannot read this repository: ${gitReason(probe.stderr)}`);
    throw new GitError(`--changed needs a git repository, and ${cwd} is not inside one`);
  }
  if (dashed) throw new GitError(`--changed: '${ref}' is not a git ref`);
  const verified = probe.ok && commit !== "";
  if (!verified && ref === "HEAD" && !(await git2(root, ["rev-parse", "--verify", "--quiet", "HEAD"])).ok) {
    throw new GitError("--changed: the repository has no commits yet, so there is no HEAD to compare with");
  }
  if (!verified && (0, import_node_fs11.existsSync)(import_node_path8.default.resolve(cwd, ref))) {
    throw new GitError(`--changed: '${ref}' is a path, not a git ref; to scan it for changes use --changed REF -- PATH (e.g. --changed HEAD -- ${ref})`);
  }
  if (!verified) throw new GitError(`--changed: unknown git ref '${ref}' (try HEAD, main or origin/main)`);
  const [diff, untracked] = await Promise.all([
    gitRaw(root, ["diff", "--name-only", "--no-renames", "-z", ref, "--"]),
    gitRaw(root, ["ls-files", "-z", "--others", "--exclude-standard"])
  ]);
  if (!diff.ok) throw new GitError(`--changed: git diff against '${ref}' failed: ${firstLine(diff.stderr)}`);
  if (!untracked.ok) throw new GitError(`--changed: git ls-files failed: ${firstLine(untracked.stderr)}`);
  const realCwd = await (0, import_promises3.realpath)(cwd);
  const out = /* @__PURE__ */ new Set();
  for (const name of [...names(diff.stdout), ...names(untracked.stdout)]) {
    const abs = import_node_path8.default.join(root, ...name.split("/"));
    out.add(import_node_path8.default.resolve(cwd, import_node_path8.default.relative(realCwd, abs)));
  }
  return out;
}
function names(out) {
  const list = [];
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) if (nul > from) list.push(decodeName(out, from, nul));
  return list;
}
function findRepoRoot(start) {
  const ceilings = (process.env["GIT_CEILING_DIRECTORIES"] ?? "").split(":").filter((d) => import_node_path8.default.isAbsolute(d)).map((d) => import_node_path8.default.resolve(d));
  for (let dir = import_node_path8.default.resolve(start); ; dir = import_node_path8.default.dirname(dir)) {
    if ((0, import_node_fs11.existsSync)(import_node_path8.default.join(dir, ".git"))) return dir;
    const parent = import_node_path8.default.dirname(dir);
    if (parent === dir || ceilings.includes(parent)) return null;
  }
}
function gitReason(stderr) {
  const reason = firstLine(stderr).replace(/^(?:fatal|error):\s*/, "") || "git failed without a message";
  const trust = /^\s*(git config --global --add safe\.directory .+)$/m.exec(stderr);
  return trust ? `${reason} (to trust it: ${trust[1].trim()})` : reason;
}
async function gitRefusal(cwd) {
  if (findRepoRoot(cwd) === null) return null;
  const r = await git2(cwd, ["rev-parse", "--show-toplevel"]);
  if (r.ok) return null;
  if (r.missing) return "git could not be started (is it installed and on PATH?)";
  return NOT_A_REPO.test(r.stderr) ? null : gitReason(r.stderr);
}
function firstLine(s) {
  return s.trim().split("\n")[0] ?? "";
}
var import_node_fs11, import_promises3, import_node_path8, GitError, NOT_A_REPO;
var init_git = __esm({
  "src/discover/git.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    import_node_path8 = __toESM(require("node:path"), 1);
    init_names();
    init_options();
    GitError = class extends UsageError {
    };
    NOT_A_REPO = /not a git repository/i;
  }
});

// src/api.ts
var api_exports = {};
__export(api_exports, {
  catalog: () => catalog,
  migrateText: () => migrateText,
  scan: () => scan2,
  version: () => version
});
async function scan2(options2 = {}) {
  const cwd = options2.cwd ?? process.cwd();
  const config = resolveConfig(cwd, options2.config);
  const thinking = parseChoice("thinking", options2.thinking ?? config?.thinking ?? "explicit", ["explicit", "off"]);
  const mapping2 = configMapping(config, options2.to, mapStrings(options2.map));
  const maxFileSize = options2.maxFileSize ?? config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const only = options2.changed === void 0 ? void 0 : await (await Promise.resolve().then(() => (init_git(), git_exports))).changedFiles(cwd, options2.changed);
  const result = await run({
    command: "check",
    cwd,
    paths: options2.paths && options2.paths.length > 0 ? options2.paths : ["."],
    mapping: mapping2,
    thinking,
    maxFileSize,
    ...configSelection(config),
    ...only ? { only } : {},
    patches: false,
    validate: false,
    includeRecorded: options2.includeRecorded ?? config?.includeRecorded ?? false,
    gitScan: options2.gitScan !== false,
    ...options2.cacheLocation === void 0 ? {} : { cache: { location: import_node_path9.default.resolve(cwd, options2.cacheLocation), config: config ?? null } }
  });
  return jsonReport(result);
}
async function migrateText(path14, text7, settings = {}) {
  if (typeof path14 !== "string" || path14 === "") throw new TypeError("migrateText: path must be a non-empty string");
  if (typeof text7 !== "string") throw new TypeError("migrateText: text must be a string");
  const file = path14.split("\\").join("/");
  const thinking = parseChoice("thinking", settings.thinking ?? "explicit", ["explicit", "off"]);
  const mapping2 = buildMapping(settings.to, mapStrings(settings.map));
  const bom = text7.startsWith("\uFEFF");
  const body = bom ? text7.slice(1) : text7;
  const bytes = Buffer.concat([Buffer.from([255, 254]), Buffer.from(body, "utf16le")]);
  const { processFile: processFile2 } = await Promise.resolve().then(() => (init_engine(), engine_exports));
  const { projectPass: projectPass2 } = await Promise.resolve().then(() => (init_project(), project_exports));
  const [outcome] = projectPass2([await processFile2(file, file, loadRules, { mapping: mapping2, thinking, maxFileSize: Number.POSITIVE_INFINITY, includeRecorded: settings.includeRecorded ?? false, validate: true }, bytes)]);
  const after = outcome.edit && !outcome.skipped ? `${bom ? "\uFEFF" : ""}${outcome.edit.after}` : text7;
  return {
    text: after,
    changed: after !== text7,
    // The engine redacts what it copies from the text (message and skip details), as for the report.
    findings: outcome.findings.map(findingJson),
    advisories: outcome.advisories.map(advisoryJson),
    skipped: outcome.skipped ? { reason: outcome.skipped.reason, detail: outcome.skipped.detail } : null
  };
}
function mapStrings(map) {
  return Object.entries(map ?? {}).map(([legacy, target]) => `${legacy}=${target}`);
}
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
var import_node_module5, import_node_path9, version, catalog;
var init_api = __esm({
  "src/api.ts"() {
    "use strict";
    import_node_module5 = require("node:module");
    import_node_path9 = __toESM(require("node:path"), 1);
    init_catalog();
    init_config();
    init_options();
    init_json();
    init_rule_list();
    init_run();
    version = (0, import_node_module5.createRequire)(__moduleUrl("api.js"))("deepseek-migrate/package.json").version;
    catalog = deepFreeze(
      structuredClone({ retiredAt: RETIRED_AT, announcedAt: ANNOUNCED_AT, legacy: LEGACY, currentIds: CURRENT_IDS, presets: PRESETS, sources: SOURCES })
    );
  }
});

// src/check/ts-thread-worker.ts
var ts_thread_worker_exports = {};
var import_node_worker_threads, options, warm, warmed2, warmUp2;
var init_ts_thread_worker = __esm({
  "src/check/ts-thread-worker.ts"() {
    "use strict";
    import_node_worker_threads = require("node:worker_threads");
    init_engine();
    init_rule_list();
    init_ts_js2();
    options = import_node_worker_threads.workerData;
    warm = Promise.resolve();
    warmed2 = false;
    warmUp2 = () => {
      if (warmed2) return;
      warmed2 = true;
      warm = loadRules().then((rules2) => rules2.find((r) => r.id === "ts-js")?.warmUp?.()).catch(() => void 0);
    };
    import_node_worker_threads.parentPort?.on("message", (req) => {
      if (req === "warm-up") {
        warmUp2();
        return;
      }
      if (req === "close") {
        void warm.then(() => warmed2 ? Promise.resolve().then(() => (init_ts_lib(), ts_lib_exports)) : null).then((lib) => lib?.flushCodeCache()).catch(() => void 0).finally(() => import_node_worker_threads.parentPort.postMessage("closed"));
        return;
      }
      if (TS_JS_SOURCE.test(req.rel)) warmUp2();
      const bytes = req.bytes ? Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength) : void 0;
      processFile(req.rel, req.abs, loadRules, options, bytes).then(
        (outcome) => import_node_worker_threads.parentPort.postMessage({ id: req.id, outcome }),
        (err) => import_node_worker_threads.parentPort.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) })
      );
    });
  }
});

// src/cli/output.ts
var output_exports = {};
__export(output_exports, {
  writeReport: () => writeReport
});
async function writeReport(file, text7) {
  const abs = import_node_path10.default.resolve(file);
  const tmp = import_node_path10.default.join(import_node_path10.default.dirname(abs), `.${import_node_path10.default.basename(abs)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const fh = await (0, import_promises4.open)(tmp, "wx");
    try {
      await fh.writeFile(text7);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await (0, import_promises4.rename)(tmp, abs);
  } catch (err) {
    await (0, import_promises4.unlink)(tmp).catch(() => void 0);
    const code = err.code ?? err.message;
    throw new UsageError(`cannot write --output ${file} (${code})`);
  }
}
var import_promises4, import_node_path10;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    import_promises4 = require("node:fs/promises");
    import_node_path10 = __toESM(require("node:path"), 1);
    init_options();
  }
});

// src/cli/progress.ts
var progress_exports = {};
__export(progress_exports, {
  createProgress: () => createProgress,
  progressAllowed: () => progressAllowed
});
function progressAllowed(options2) {
  const ci = options2.env["CI"];
  const inCi = ci !== void 0 && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
  return options2.stream.isTTY === true && !inCi && !options2.quiet && !MACHINE_FORMATS.has(options2.format);
}
function createProgress(options2) {
  if (!progressAllowed(options2)) return { update: () => void 0, finish: () => void 0 };
  const minFiles = options2.minFiles ?? 200;
  const interval = options2.intervalMs ?? 100;
  const now = options2.now ?? Date.now;
  let drawn = false;
  let last2 = -Infinity;
  return {
    update(done, total, findings) {
      if ((total ?? done) <= minFiles) return;
      const t = now();
      if (t - last2 < interval) return;
      last2 = t;
      drawn = true;
      const files = total === null ? `${done}` : `${done}/${total}`;
      options2.stream.write(`${CLEAR}scanning ${files} files, ${findings} finding${findings === 1 ? "" : "s"}`);
    },
    finish() {
      if (!drawn) return;
      drawn = false;
      options2.stream.write(CLEAR);
    }
  };
}
var MACHINE_FORMATS, CLEAR;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    MACHINE_FORMATS = /* @__PURE__ */ new Set(["json", "sarif", "github"]);
    CLEAR = "\r\x1B[2K";
  }
});

// src/cli/verdict.ts
var verdict_exports = {};
__export(verdict_exports, {
  verdict: () => verdict
});
function verdict(result, failOn = "review") {
  const { summary } = result;
  const review2 = summary.review;
  let rewrite = summary.rewrite;
  let unwritten = 0;
  let failing;
  if (result.command === "apply") {
    rewrite = 0;
    for (const f of result.files) {
      const n = f.findings.filter((x) => x.action === "rewrite").length;
      if (f.written) rewrite += n;
      else unwritten += n;
    }
    failing = result.skipped.some((s) => UNWRITTEN.has(s.reason));
  } else if (result.command === "diff") {
    failing = false;
  } else {
    failing = failOn !== "none" && summary.rewrite + (failOn === "review" ? review2 : 0) > 0;
  }
  const exitCode = result.interrupted ? 130 : failing ? 1 : 0;
  const left = result.command === "apply" ? unwritten + review2 : summary.rewrite + review2;
  const status = result.interrupted ? "interrupted" : failing ? "failed" : summary.rewrite + review2 === 0 ? "clean" : left === 0 ? "done" : "open";
  return { exitCode, status, rewrite, unwritten, review: review2 };
}
var UNWRITTEN;
var init_verdict = __esm({
  "src/cli/verdict.ts"() {
    "use strict";
    UNWRITTEN = /* @__PURE__ */ new Set(["changed-during-run", "parse-error", "write-failed"]);
  }
});

// src/fix/gitstate.ts
var gitstate_exports = {};
__export(gitstate_exports, {
  checkWorkingTree: () => checkWorkingTree,
  treeState: () => treeState
});
function treeState(root) {
  let dir = root;
  let spec = ".";
  try {
    if (!(0, import_node_fs12.statSync)(root).isDirectory()) {
      dir = import_node_path11.default.dirname(root);
      spec = import_node_path11.default.basename(root);
    }
  } catch {
    return { kind: "unknown", reason: `cannot stat ${root}` };
  }
  const r = (0, import_node_child_process2.spawnSync)("git", ["status", "--porcelain", "--untracked-files=no", "--", spec], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
  });
  if (r.error) {
    const code = r.error.code;
    return code === "ENOENT" ? { kind: "no-repo" } : { kind: "unknown", reason: r.error.message };
  }
  if (r.status !== 0) {
    const stderr = r.stderr || "";
    if (/not a git repository/i.test(stderr)) return { kind: "no-repo" };
    return { kind: "unknown", reason: stderr.trim() ? gitReason(stderr) : `git status exited ${r.status}` };
  }
  const files = r.stdout.split("\n").filter((l) => l.length > 3).map((l) => l.slice(3));
  return files.length === 0 ? { kind: "clean" } : { kind: "dirty", files };
}
function checkWorkingTree(roots, options2 = {}) {
  if (options2.allowDirty) return { outside: roots.some((r) => findRepoRoot(r) === null) };
  const dirty = [];
  let outside = false;
  for (const root of roots) {
    const state = treeState(root);
    if (state.kind === "unknown") {
      return { error: `cannot check the git working tree: ${state.reason}; pass --allow-dirty to apply anyway`, outside };
    }
    if (state.kind === "no-repo") outside = true;
    if (state.kind === "dirty") {
      for (const f of state.files) if (!dirty.includes(f)) dirty.push(f);
    }
  }
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 3).join(", ") + (dirty.length > 3 ? `, and ${dirty.length - 3} more` : "");
    return {
      error: `the git working tree has uncommitted changes to ${dirty.length} tracked file${dirty.length === 1 ? "" : "s"} (${shown}); commit or stash them first, or pass --allow-dirty`,
      outside
    };
  }
  return { outside };
}
var import_node_child_process2, import_node_fs12, import_node_path11;
var init_gitstate = __esm({
  "src/fix/gitstate.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    import_node_fs12 = require("node:fs");
    import_node_path11 = __toESM(require("node:path"), 1);
    init_git();
  }
});

// src/reporters/diff.ts
var diff_exports = {};
__export(diff_exports, {
  renderDiff: () => renderDiff
});
function renderDiff(result, ctx) {
  const text7 = result.files.map((f) => f.patch ?? "").join("");
  if (!ctx?.color || text7 === "") return text7;
  const c = pc.createColors(true);
  const lines = text7.split("\n");
  let header = false;
  return lines.map((line) => {
    if (line.startsWith("diff --git ")) header = true;
    else if (line.startsWith("@@")) header = false;
    if (line === "") return line;
    if (header) return c.bold(line);
    if (line.startsWith("@@")) return c.cyan(line);
    if (line.startsWith("+")) return c.green(line);
    if (line.startsWith("-")) return c.red(line);
    if (line.startsWith("\\")) return c.dim(line);
    return line;
  }).join("\n");
}
var import_node_module6, pc;
var init_diff = __esm({
  "src/reporters/diff.ts"() {
    "use strict";
    import_node_module6 = require("node:module");
    pc = (0, import_node_module6.createRequire)(__moduleUrl("reporters/diff.js"))("picocolors");
  }
});

// src/reporters/paths.ts
function rootRelative(file, ctx) {
  const root = ctx.root ?? ctx.cwd;
  const abs = import_node_path12.default.resolve(ctx.cwd, nameOfShown(file));
  const rel = import_node_path12.default.relative(root, abs).split(import_node_path12.default.sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || import_node_path12.default.isAbsolute(rel)) return null;
  return shownName(rel);
}
function absolutePath(file, ctx) {
  return shownName(import_node_path12.default.resolve(ctx.cwd, nameOfShown(file)));
}
function fileUrl(file, ctx) {
  const abs = import_node_path12.default.resolve(ctx.cwd, nameOfShown(file));
  if (!hasEscapedBytes(abs)) return (0, import_node_url5.pathToFileURL)(abs).href;
  const posix = abs.split(import_node_path12.default.sep).join("/");
  return `file://${posix.startsWith("/") ? "" : "/"}${posix.split("/").map(encodeSegment).join("/")}`;
}
function encodePath(rel) {
  return nameOfShown(rel).split("/").map(encodeSegment).join("/");
}
function encodeSegment(segment) {
  if (!hasEscapedBytes(segment)) return encodeURIComponent(segment);
  let out = "";
  for (const byte of encodeName(segment)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.!~*'()]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
var import_node_path12, import_node_url5;
var init_paths = __esm({
  "src/reporters/paths.ts"() {
    "use strict";
    import_node_path12 = __toESM(require("node:path"), 1);
    import_node_url5 = require("node:url");
    init_names();
  }
});

// src/reporters/pretty.ts
var pretty_exports = {};
__export(pretty_exports, {
  dryRunFootnotes: () => dryRunFootnotes,
  leftOutLine: () => leftOutLine,
  nextStep: () => nextStep,
  renderPretty: () => renderPretty,
  summaryLine: () => summaryLine
});
function cut(text7, room) {
  if (text7.length <= room) return text7;
  return room > 1 ? `${text7.slice(0, room - 1)}\u2026` : "";
}
function findingLine(x, written, c, width) {
  const loc = `${x.file}:${x.line}:${x.column}`;
  const tag = x.action === "review" ? "review" : written ? "fixed" : "rewrite";
  const what = x.replacement ? `${x.legacy} \u2192 ${x.replacement}` : x.legacy;
  let tail = x.action === "review" ? REASON_CODES[x.reason].headline : x.thinkingState === "inserted" ? `adds thinking ${x.thinking}` : x.thinkingState === "present" ? "thinking already set" : "";
  const head = `${loc}  ${tag.padEnd(7)}  ${what}`;
  if (width !== void 0 && tail) tail = cut(tail, width - head.length - 2);
  const colouredTag = (x.action === "review" ? c.yellow : written ? c.green : c.red)(tag.padEnd(7));
  const colouredWhat = x.replacement ? `${x.legacy} ${c.dim("\u2192")} ${c.green(x.replacement)}` : x.legacy;
  return `${c.bold(loc)}  ${colouredTag}  ${colouredWhat}${tail ? `  ${c.dim(tail)}` : ""}`;
}
function noteLines(x, c, width = NOTE_WIDTH) {
  const snippet2 = noteSnippet(x.note, x.legacy);
  if (snippet2 === null) return [`  ${c.cyan("\u21B3")} ${x.note}`];
  const lead = `thinking ${x.thinking} where this value is used:`;
  if (`  \u21B3 ${lead} ${snippet2}`.length <= width) return [`  ${c.cyan("\u21B3")} ${lead} ${c.cyan(snippet2)}`];
  return [`  ${c.cyan("\u21B3")} ${lead}`, `    ${c.cyan(snippet2)}`];
}
function renderPretty(result, options2 = { color: false }) {
  const c = pc2.createColors(options2.color);
  const out = [];
  for (const f of result.files) {
    for (const x of f.findings) {
      out.push(findingLine(x, f.written, c, options2.width));
      if (x.note && !options2.quiet) out.push(...noteLines(x, c, options2.width));
    }
  }
  if (out.length > 0) out.push("");
  const advisories = result.files.flatMap((f) => f.advisories);
  if (advisories.length > 0 && !options2.quiet) {
    out.push(c.bold("Advisories (not failing):"));
    for (const a of advisories) {
      const loc = `${a.file}:${a.line}:${a.column}`;
      const headline = ADVISORY_CODES[a.code].headline;
      const text7 = options2.width === void 0 ? headline : cut(headline, options2.width - loc.length - 2);
      out.push(`${c.bold(loc)}  ${text7}`);
    }
    out.push("");
  }
  if (result.skipped.length > 0 && !options2.quiet) {
    out.push(c.bold("Skipped:"));
    for (const s of result.skipped) out.push(`  ${s.file}  ${c.dim(s.reason)}  ${s.detail}`);
    out.push("");
  }
  const named = leftOutLine(result);
  if (named && !options2.quiet) out.push(named);
  if (!options2.quiet) {
    out.push(summaryLine(result, c, options2.failOn));
    const next = nextStep(result, options2.failOn);
    if (next) out.push(next);
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
function leftOutLine(result) {
  const list = result.leftOut ?? [];
  if (list.length === 0) return null;
  const shown = list.slice(0, 10).map((l) => `${l.file} (${LEFT_OUT_WHY[l.reason] ?? l.reason})`);
  const more = list.length > 10 ? `, and ${list.length - 10} more` : "";
  return `${list.length} named file${list.length === 1 ? "" : "s"} left out: ${shown.join(", ")}${more}`;
}
function summaryLine(result, c = pc2.createColors(false), failOn = "review") {
  const s = result.summary;
  const v = verdict(result, failOn);
  const total = s.rewrite + s.review;
  const files = `${s.filesWithFindings} file${s.filesWithFindings === 1 ? "" : "s"}`;
  const scanned = `${s.filesScanned} file${s.filesScanned === 1 ? "" : "s"} scanned`;
  const extra = [
    s.advisories ? `${s.advisories} advisor${s.advisories === 1 ? "y" : "ies"}` : "",
    s.skipped ? `${s.skipped} skipped` : ""
  ].filter(Boolean);
  const glyph = v.exitCode !== 0 ? c.red("\u2716") : v.status === "open" ? c.yellow("\u26A0") : c.green("\u2714");
  const stopped = result.interrupted ? "interrupted: " : "";
  if (total === 0) return `${glyph} ${stopped}no legacy DeepSeek model names (${[scanned, ...extra].join(", ")})`;
  const counts = result.command === "apply" ? [`${v.rewrite} rewritten`, ...v.unwritten > 0 ? [`${v.unwritten} not written`] : [], `${v.review} to review`] : [`${v.rewrite} to rewrite`, `${v.review} to review`];
  const head = `${total} legacy reference${total === 1 ? "" : "s"} in ${files}: ${counts.join(", ")}`;
  return `${glyph} ${stopped}${head} (${[scanned, ...extra].join(", ")})`;
}
function nextStep(result, failOn = "review", patchFile) {
  if (result.interrupted) return null;
  const v = verdict(result, failOn);
  const review2 = v.review > 0 ? `${v.review} need${v.review === 1 ? "s" : ""} review` : null;
  if (result.command === "apply") {
    const unwritten = v.unwritten > 0 ? `${v.unwritten} could not be written (see the skipped files); fix that and run deepseek-migrate apply again` : null;
    const parts2 = [unwritten, review2].filter((p) => p !== null);
    return parts2.length > 0 ? parts2.join("; ") : null;
  }
  const fixable = v.rewrite > 0 ? `${v.rewrite} can be fixed with deepseek-migrate apply${patchFile ? ` (or git apply ${patchFile})` : ""}` : null;
  const parts = [fixable, review2].filter((p) => p !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}
function dryRunFootnotes(result, color = false, width) {
  const c = pc2.createColors(color);
  const out = [];
  const reviews = result.files.flatMap((f) => f.findings.filter((x) => x.action === "review"));
  if (reviews.length > 0) {
    out.push(c.bold(`Needs review (not in the diff): ${reviews.length}`));
    for (const x of reviews) out.push(findingLine(x, false, c, width));
  }
  const notes = result.files.flatMap((f) => f.findings.filter((x) => x.note !== null));
  if (notes.length > 0) {
    out.push(c.bold(`Set the thinking mode where these renamed values are used: ${notes.length}`));
    for (const x of notes) out.push(findingLine(x, false, c, width), ...noteLines(x, c, width));
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
var import_node_module7, pc2, NOTE_WIDTH, LEFT_OUT_WHY;
var init_pretty = __esm({
  "src/reporters/pretty.ts"() {
    "use strict";
    import_node_module7 = require("node:module");
    init_codes();
    init_messages();
    init_verdict();
    pc2 = (0, import_node_module7.createRequire)(__moduleUrl("reporters/pretty.js"))("picocolors");
    NOTE_WIDTH = 100;
    LEFT_OUT_WHY = {
      "history-file": "history file",
      "lock-file": "lock file",
      "excluded-folder": "excluded folder",
      gitignored: "ignored by .gitignore",
      config: "excluded by config"
    };
  }
});

// src/reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  escapeMd: () => escapeMd,
  fenceFor: () => fenceFor,
  renderMarkdown: () => renderMarkdown,
  summaryTable: () => summaryTable
});
function escapeMd(s) {
  return s.replace(/[\\`*_[\]|]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fenceFor(body) {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}
function summaryTable(result) {
  const rows = ["| legacy name | files | rewrites | reviews |", "|---|--:|--:|--:|"];
  const filesWith = (id) => result.files.filter((f) => f.findings.some((x) => x.legacy === id)).length;
  for (const id of LEGACY_IDS) {
    const c = result.summary.byLegacy[id];
    rows.push(`| \`${id}\` | ${filesWith(id)} | ${c.rewrite} | ${c.review} |`);
  }
  const s = result.summary;
  rows.push(`| **total** | ${s.filesWithFindings} | ${s.rewrite} | ${s.review} |`);
  return rows.join("\n");
}
function link(file, line, ctx) {
  const rel = rootRelative(file, ctx);
  const text7 = escapeMd(`${rel ?? file}:${line}`);
  if (rel === null) return text7;
  return `[${text7}](${ctx.linkBase ?? ""}${encodePath(rel)}#L${line})`;
}
function renderMarkdown(result, ctx) {
  const out = ["## deepseek-migrate report", ""];
  const named = leftOutLine(result);
  if (!ctx.quiet) out.push(...named ? [escapeMd(named), ""] : [], escapeMd(summaryLine(result, void 0, ctx.failOn)), "");
  out.push(summaryTable(result), "");
  const patched = result.files.filter((f) => f.patch);
  if (patched.length > 0) {
    out.push(`### ${result.command === "apply" ? "Changes written" : "Planned changes"} (${patched.length} file${patched.length === 1 ? "" : "s"})`, "");
    for (const f of patched) {
      const body = f.patch.endsWith("\n") ? f.patch : `${f.patch}
`;
      const fence = fenceFor(body);
      out.push(`#### ${escapeMd(f.file)}`, "", `${fence}diff`, body.slice(0, -1), fence, "");
    }
  }
  const reviews = result.files.flatMap((f) => f.findings.filter((x) => x.action === "review"));
  if (reviews.length > 0) {
    out.push(`### Needs review (${reviews.length})`, "");
    for (const x of reviews) out.push(`- ${link(x.file, x.line, ctx)} \`${x.legacy}\` (${x.reason}): ${escapeMd(findingMessage(x))}`);
    out.push("");
  }
  const notes = result.files.flatMap((f) => f.findings.filter((x) => x.action === "rewrite" && x.note));
  if (notes.length > 0 && !ctx.quiet) {
    out.push(`### Thinking mode to set by hand (${notes.length})`, "");
    for (const x of notes) out.push(`- ${link(x.file, x.line, ctx)} \`${x.legacy}\`: ${escapeMd(x.note)}`);
    out.push("");
  }
  const advisories = result.files.flatMap((f) => f.advisories);
  if (advisories.length > 0 && !ctx.quiet) {
    out.push(`### Advisories (${advisories.length}, not failing)`, "");
    for (const a of advisories) out.push(`- ${link(a.file, a.line, ctx)} ${escapeMd(advisoryMessage(a))}`);
    out.push("");
  }
  if (result.skipped.length > 0 && !ctx.quiet) {
    out.push(`### Skipped (${result.skipped.length})`, "");
    for (const s of result.skipped) out.push(`- ${escapeMd(s.file)}: ${escapeMd(s.reason)}, ${escapeMd(s.detail)}`);
    out.push("");
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
var init_markdown = __esm({
  "src/reporters/markdown.ts"() {
    "use strict";
    init_catalog();
    init_codes();
    init_paths();
    init_pretty();
  }
});

// src/reporters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  renderGithub: () => renderGithub,
  renderStepSummary: () => renderStepSummary
});
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, props, message) {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}
function filePath(file, ctx) {
  return rootRelative(file, ctx) ?? absolutePath(file, ctx);
}
function findingLine2(f, ctx) {
  const title = f.action === "rewrite" && f.replacement ? `${f.legacy} \u2192 ${f.replacement}` : `${f.legacy} needs review`;
  const message = [findingMessage(f), ...f.thinkingState === "inserted" ? [`the fix also sets thinking {"type": "${f.thinking}"}`] : [], ...f.note ? [f.note] : []].join("\n");
  return command(
    f.action === "rewrite" ? "error" : "warning",
    [
      ["file", filePath(f.file, ctx)],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", title]
    ],
    message
  );
}
function advisoryLine(a, ctx) {
  return command(
    "notice",
    [
      ["file", filePath(a.file, ctx)],
      ["line", a.line],
      ["col", a.column],
      ["title", `thinking-mode advisory: ${a.code}`]
    ],
    advisoryMessage(a)
  );
}
function renderGithub(result, ctx) {
  const lines = [];
  for (const f of result.files) {
    for (const x of f.findings) lines.push(findingLine2(x, ctx));
    if (!ctx.quiet) for (const a of f.advisories) lines.push(advisoryLine(a, ctx));
  }
  for (const s of result.skipped) {
    if (ctx.quiet) break;
    const level = SKIP_LEVELS[s.reason];
    lines.push(command(level, [["file", filePath(s.file, ctx)], ["title", `skipped: ${s.reason}`]], s.detail));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function renderStepSummary(result) {
  return `### deepseek-migrate

${summaryTable(result)}
`;
}
var init_github = __esm({
  "src/reporters/github.ts"() {
    "use strict";
    init_codes();
    init_markdown();
    init_paths();
  }
});

// src/reporters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  renderSarif: () => renderSarif,
  ruleIdForAdvisory: () => ruleIdForAdvisory,
  ruleIdForReason: () => ruleIdForReason,
  sarifLog: () => sarifLog
});
function ruleIdForReason(reason) {
  return `legacy-${reason}`;
}
function ruleIdForAdvisory(code) {
  return `advisory-${code}`;
}
function descriptors() {
  const one = (id, t, level) => ({
    id,
    name: id.replace(/^[^/]+\//, "").replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
    shortDescription: { text: t.short },
    fullDescription: { text: t.full },
    help: { text: `${t.full} ${t.help}`, markdown: `${t.full}

**What to do:** ${t.help}` },
    helpUri: INFO_URI,
    defaultConfiguration: { level }
  });
  return [
    ...REASON_IDS.map((r) => one(ruleIdForReason(r), REASON_CODES[r].sarif, LEVEL[REASON_CODES[r].action])),
    ...ADVISORY_IDS.map((a) => one(ruleIdForAdvisory(a), ADVISORY_CODES[a].sarif, "note"))
  ];
}
function artifactLocation(file, ctx) {
  const rel = rootRelative(file, ctx);
  if (rel !== null) return { uri: encodePath(rel), uriBaseId: SRCROOT };
  const up = import_node_path13.default.relative(ctx.root ?? ctx.cwd, absolutePath(file, ctx));
  if (import_node_path13.default.isAbsolute(up)) return { uri: fileUrl(file, ctx) };
  return { uri: encodePath(up.split(import_node_path13.default.sep).join("/")), uriBaseId: SRCROOT };
}
function messageText(f) {
  const message = findingMessage(f);
  const parts = [f.action === "rewrite" && f.replacement ? `${message} (${f.legacy} \u2192 ${f.replacement})` : message];
  if (f.thinkingState === "inserted") parts.push(`The fix also sets thinking {"type": "${f.thinking}"} at the request site.`);
  if (f.note) parts.push(f.note);
  return parts.join("\n");
}
function fixFor(f, report, location) {
  const regions = report.editRegions;
  if (f.action !== "rewrite" || f.edits.length === 0 || !regions) return [];
  const replacements = [];
  for (const e of [...f.edits].sort((a, b) => a.start - b.start)) {
    const r = regions[editKey(e)];
    if (!r) return [];
    replacements.push({ deletedRegion: { ...r }, insertedContent: { text: e.text } });
  }
  const extra = f.edits.length > 1 ? ` and set thinking {"type": "${f.thinking}"}` : "";
  return [
    {
      description: { text: `Replace ${f.legacy} with ${f.replacement ?? "its V4 ID"}${extra}` },
      artifactChanges: [{ artifactLocation: location, replacements }]
    }
  ];
}
function fingerprint(uri, kind, rank) {
  return (0, import_node_crypto3.createHash)("sha256").update(`${uri}\0${kind}\0${rank}`).digest("hex").slice(0, 32);
}
function results(result, ctx, ruleIndex) {
  const out = [];
  for (const report of result.files) {
    const location = artifactLocation(report.file, ctx);
    const ranks = /* @__PURE__ */ new Map();
    const rankOf = (kind) => {
      const n = ranks.get(kind) ?? 0;
      ranks.set(kind, n + 1);
      return n;
    };
    for (const f of report.findings) {
      const ruleId = ruleIdForReason(f.reason);
      const kind = `${ruleId}\0${f.legacy}`;
      const fixes = fixFor(f, report, location);
      out.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        level: LEVEL[f.action],
        message: { text: messageText(f) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT]: fingerprint(location.uri ?? "", kind, rankOf(kind)) },
        ...fixes.length > 0 ? { fixes } : {},
        properties: {
          legacy: f.legacy,
          replacement: f.replacement,
          action: f.action,
          thinking: f.thinking,
          thinkingState: f.thinkingState,
          rule: f.rule
        }
      });
    }
    for (const a of report.advisories) {
      const ruleId = ruleIdForAdvisory(a.code);
      out.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        level: "note",
        message: { text: advisoryMessage(a) },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: a.line, startColumn: a.column } } }],
        partialFingerprints: { [FINGERPRINT]: fingerprint(location.uri ?? "", ruleId, rankOf(ruleId)) }
      });
    }
  }
  return out;
}
function sarifLog(result, ctx) {
  const rules2 = descriptors();
  const ruleIndex = new Map(rules2.map((r, i) => [r.id, i]));
  const notifications = result.skipped.map((s) => ({
    level: SKIP_LEVELS[s.reason],
    message: { text: `${s.file}: skipped (${s.reason}): ${s.detail}` },
    descriptor: { id: s.reason },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file, ctx) } }]
  }));
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "deepseek-migrate",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFO_URI,
            rules: rules2
          }
        },
        // Named, not located: the consumer (code scanning, an editor) knows where its checkout is.
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The top of the repository the scan ran in (the folder it ran in, outside git)." } } },
        columnKind: "utf16CodeUnits",
        // Regions count a lone CR as a line break too (src/check/tokens.ts); SARIF's default is CRLF and LF only.
        newlineSequences: ["\r\n", "\n", "\r"],
        invocations: [
          {
            executionSuccessful: !result.interrupted,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        results: results(result, ctx, ruleIndex)
      }
    ]
  };
}
function renderSarif(result, ctx) {
  return `${JSON.stringify(sarifLog(result, ctx), null, 2)}
`;
}
var import_node_crypto3, import_node_path13, SCHEMA, INFO_URI, SRCROOT, FINGERPRINT, REASON_IDS, ADVISORY_IDS, LEVEL;
var init_sarif = __esm({
  "src/reporters/sarif.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_path13 = __toESM(require("node:path"), 1);
    init_codes();
    init_run();
    init_paths();
    SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    INFO_URI = "https://www.npmjs.com/package/deepseek-migrate";
    SRCROOT = "%SRCROOT%";
    FINGERPRINT = "deepseekMigrate/v1";
    REASON_IDS = Object.keys(REASON_CODES);
    ADVISORY_IDS = Object.keys(ADVISORY_CODES);
    LEVEL = { rewrite: "error", review: "warning" };
  }
});

// core-entry.js
module.exports.modules = {
  get "src/api.ts"() {
    return init_api(), __toCommonJS(api_exports);
  },
  get "src/check/ts-thread-worker.ts"() {
    return init_ts_thread_worker(), __toCommonJS(ts_thread_worker_exports);
  },
  get "src/cli/config.ts"() {
    return init_config(), __toCommonJS(config_exports);
  },
  get "src/cli/options.ts"() {
    return init_options(), __toCommonJS(options_exports);
  },
  get "src/cli/output.ts"() {
    return init_output(), __toCommonJS(output_exports);
  },
  get "src/cli/progress.ts"() {
    return init_progress(), __toCommonJS(progress_exports);
  },
  get "src/cli/verdict.ts"() {
    return init_verdict(), __toCommonJS(verdict_exports);
  },
  get "src/discover/git.ts"() {
    return init_git(), __toCommonJS(git_exports);
  },
  get "src/discover/walk.ts"() {
    return init_walk(), __toCommonJS(walk_exports);
  },
  get "src/fix/gitstate.ts"() {
    return init_gitstate(), __toCommonJS(gitstate_exports);
  },
  get "src/fix/write.ts"() {
    return init_write(), __toCommonJS(write_exports);
  },
  get "src/reporters/diff.ts"() {
    return init_diff(), __toCommonJS(diff_exports);
  },
  get "src/reporters/github.ts"() {
    return init_github(), __toCommonJS(github_exports);
  },
  get "src/reporters/json.ts"() {
    return init_json(), __toCommonJS(json_exports);
  },
  get "src/reporters/markdown.ts"() {
    return init_markdown(), __toCommonJS(markdown_exports);
  },
  get "src/reporters/pretty.ts"() {
    return init_pretty(), __toCommonJS(pretty_exports);
  },
  get "src/reporters/sarif.ts"() {
    return init_sarif(), __toCommonJS(sarif_exports);
  },
  get "src/run.ts"() {
    return init_run(), __toCommonJS(run_exports);
  }
};
