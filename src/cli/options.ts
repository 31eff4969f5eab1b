import { isLegacyId, LEGACY_IDS, PRESETS, TARGET_PATTERN, type LegacyId, type Mapping } from "../catalog.js";

/** A problem with how the tool was invoked or configured: one line for the user, exit 2. */
export class UsageError extends Error {}

export type FailOn = "rewrite" | "review" | "none";
export type Thinking = "explicit" | "off";

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** Builds the legacy → target mapping from a `--to` preset and `--map legacy=target` overrides. */
export function buildMapping(to: string | undefined, maps: readonly string[]): Mapping {
  const preset = PRESETS[to ?? "v4"];
  if (!preset) throw new UsageError(`invalid --to '${to}': expected one of ${Object.keys(PRESETS).join(", ")}`);
  const mapping: Record<LegacyId, string> = { ...preset };
  for (const m of maps) {
    const eq = m.indexOf("=");
    const legacy = eq === -1 ? m : m.slice(0, eq);
    const target = eq === -1 ? "" : m.slice(eq + 1);
    if (eq === -1 || !target) throw new UsageError(`invalid --map '${m}': expected legacy=target, e.g. ${LEGACY_IDS[0]}=deepseek-v4-pro`);
    if (!isLegacyId(legacy)) throw new UsageError(`invalid --map '${m}': '${legacy}' is not a retired name (${LEGACY_IDS.join(", ")})`);
    if (isLegacyId(target)) throw new UsageError(`invalid --map '${m}': '${target}' is itself retired`);
    if (!TARGET_PATTERN.test(target)) throw new UsageError(`invalid --map '${m}': '${target}' is not a model ID`);
    mapping[legacy] = target;
  }
  return mapping;
}

export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`invalid ${flag} '${value}': expected one of ${choices.join(", ")}`);
  }
  return value as T;
}

/** Parses a size such as 4194304, 512k, 4M or 1G. */
export function parseSize(value: string): number {
  const m = /^(\d+)([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`invalid --max-file-size '${value}': expected bytes or a size like 512k, 4M`);
  const unit = (m[2] ?? "").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Number(m[1]) * mult;
}
