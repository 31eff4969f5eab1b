// The project config file: found by walking up from the working directory, validated key by key.
import { readFileSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { isLegacyId, LEGACY_IDS, PRESETS, TARGET_PATTERN, type LegacyId, type Mapping } from "../catalog.js";
import { buildMapping, parseSize, UsageError, type FailOn, type Thinking } from "./options.js";

/** A config file that cannot be used as written: names the file and the key, exit 2. */
export class ConfigError extends UsageError {}

export const CONFIG_FILE = "deepseek-migrate.config.json";
export const PACKAGE_KEY = "deepseek-migrate";

/** Formats a config may choose; `diff` is the diff command's own output, not a setting. */
export const CONFIG_FORMATS = ["pretty", "json", "sarif", "github", "markdown"] as const;
export type ConfigFormat = (typeof CONFIG_FORMATS)[number];

export interface Config {
  /** The file the settings came from (a config file or a package.json). */
  readonly file: string;
  /** Folder that `include` and `exclude` patterns are relative to: the config file's folder. */
  readonly base: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly map?: Readonly<Partial<Record<LegacyId, string>>>;
  readonly thinking?: Thinking;
  readonly failOn?: FailOn;
  readonly format?: ConfigFormat;
  readonly to?: string;
  readonly maxFileSize?: number;
  readonly includeRecorded?: boolean;
}

type Validator = (value: unknown, where: string) => Partial<Omit<Config, "file" | "base">>;

const KEYS: Readonly<Record<string, Validator>> = {
  include: (v, w) => ({ include: patterns(v, w) }),
  exclude: (v, w) => ({ exclude: patterns(v, w) }),
  map: (v, w) => ({ map: mapping(v, w) }),
  thinking: (v, w) => ({ thinking: choice(v, w, ["explicit", "off"] as const) }),
  failOn: (v, w) => ({ failOn: choice(v, w, ["rewrite", "review", "none"] as const) }),
  format: (v, w) => ({ format: choice(v, w, CONFIG_FORMATS) }),
  to: (v, w) => ({ to: choice(v, w, Object.keys(PRESETS)) }),
  maxFileSize: (v, w) => ({ maxFileSize: size(v, w) }),
  includeRecorded: (v, w) => {
    if (typeof v !== "boolean") throw new ConfigError(`${w}: expected true or false`);
    return { includeRecorded: v };
  },
};

/** The config that applies: `choice` is a `--config FILE` path, false for `--no-config`, unset to discover one above cwd. */
export function resolveConfig(cwd: string, choice: string | false | undefined): Config | null {
  if (choice === false) return null;
  if (typeof choice === "string") return loadConfig(path.resolve(cwd, choice));
  return discoverConfig(cwd);
}

/**
 * Finds the config that applies to `cwd`: in each folder from `cwd` upwards, `deepseek-migrate.config.json`
 * first, then a `"deepseek-migrate"` key in package.json. The search stops at the repository top
 * (the folder holding `.git`), so a stray file above a checkout never changes its results.
 */
export function discoverConfig(cwd: string): Config | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const own = path.join(dir, CONFIG_FILE);
    if (isFile(own)) return loadConfig(own);
    const pkg = path.join(dir, "package.json");
    if (isFile(pkg)) {
      const found = fromPackageJson(pkg, false);
      if (found) return found;
    }
    if (existsSync(path.join(dir, ".git")) || path.dirname(dir) === dir) return null;
  }
}

/** Loads and validates one config file; a package.json contributes its `"deepseek-migrate"` key. */
export function loadConfig(file: string): Config {
  const abs = path.resolve(file);
  if (path.basename(abs) === "package.json") {
    const found = fromPackageJson(abs, true);
    if (!found) throw new ConfigError(`${abs}: no "${PACKAGE_KEY}" key`);
    return found;
  }
  return validateConfig(readJson(abs), abs, "");
}

function fromPackageJson(file: string, required: boolean): Config | null {
  const doc = readJson(file);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !(PACKAGE_KEY in doc)) {
    if (required) throw new ConfigError(`${file}: no "${PACKAGE_KEY}" key`);
    return null;
  }
  return validateConfig((doc as Record<string, unknown>)[PACKAGE_KEY], file, `${PACKAGE_KEY}.`);
}

/** Checks every key of a parsed config object; the first problem becomes a ConfigError. */
export function validateConfig(raw: unknown, file: string, prefix = ""): Config {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: ${prefix ? `"${prefix.slice(0, -1)}"` : "the config"} must be an object`);
  }
  let config: Config = { file, base: path.dirname(file) };
  for (const [key, value] of Object.entries(raw)) {
    const check = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!check) {
      throw new ConfigError(`${file}: unknown key "${prefix}${key}" (known: ${Object.keys(KEYS).join(", ")})`);
    }
    config = { ...config, ...check(value, `${file}: "${prefix}${key}"`) };
  }
  return config;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ConfigError(`${file}: cannot read the config file (${code})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message.split("\n")[0]})`);
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function patterns(v: unknown, where: string): readonly string[] {
  if (!Array.isArray(v) || v.some((p) => typeof p !== "string" || p.trim() === "")) {
    throw new ConfigError(`${where}: expected a list of gitignore-style patterns, e.g. ["src/", "*.py"]`);
  }
  return v as string[];
}

function choice<T extends string>(v: unknown, where: string, choices: readonly T[]): T {
  if (typeof v !== "string" || !(choices as readonly string[]).includes(v)) {
    throw new ConfigError(`${where}: expected one of ${choices.join(", ")}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}

function size(v: unknown, where: string): number {
  if (typeof v === "number" && Number.isSafeInteger(v) && v > 0) return v;
  if (typeof v === "string") {
    try {
      const n = parseSize(v);
      if (n > 0) return n;
    } catch {
      /* reported below with the config's own wording */
    }
  }
  throw new ConfigError(`${where}: expected a positive number of bytes or a size like "512k", "4M", got ${JSON.stringify(v)}`);
}

function mapping(v: unknown, where: string): Readonly<Partial<Record<LegacyId, string>>> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new ConfigError(`${where}: expected an object such as {"${LEGACY_IDS[0]}": "deepseek-v4-pro"}`);
  }
  const out: Partial<Record<LegacyId, string>> = {};
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

/** The mapping a run uses: `--to` and `--map` from the caller over the config's `to` and `map`. */
export function configMapping(config: Config | null, to: string | undefined, maps: readonly string[]): Mapping {
  const configMaps = Object.entries(config?.map ?? {}).map(([legacy, target]) => `${legacy}=${target}`);
  return buildMapping(to ?? config?.to, [...configMaps, ...maps]);
}

/** The config's file selection, as run options: include/exclude patterns relative to the config's folder. */
export function configSelection(config: Config | null): { include?: readonly string[]; exclude?: readonly string[]; patternBase?: string } {
  return {
    ...(config?.include ? { include: config.include } : {}),
    ...(config?.exclude ? { exclude: config.exclude } : {}),
    ...(config ? { patternBase: config.base } : {}),
  };
}
