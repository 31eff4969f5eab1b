import path from "node:path";
import type { RenderContext } from "./index.js";

/**
 * A finding's path relative to the report root (repository top), with `/` separators, or null when
 * the file lies outside that root. Findings carry paths relative to cwd; CI systems want them
 * relative to the checkout.
 */
export function rootRelative(file: string, ctx: Pick<RenderContext, "cwd" | "root">): string | null {
  const root = ctx.root ?? ctx.cwd;
  const abs = path.resolve(ctx.cwd, file);
  const rel = path.relative(root, abs).split(path.sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || path.isAbsolute(rel)) return null;
  return rel;
}

/** The absolute path of a finding's file, for formats that must name files outside the root. */
export function absolutePath(file: string, ctx: Pick<RenderContext, "cwd">): string {
  return path.resolve(ctx.cwd, file);
}

/** Percent-encodes each path segment so the result is a valid relative URI reference. */
export function encodePath(rel: string): string {
  return rel.split("/").map(encodeURIComponent).join("/");
}
