import path from "node:path";
import { pathToFileURL } from "node:url";
import { encodeName, hasEscapedBytes, nameOfShown, shownName } from "../discover/names.js";
import type { RenderContext } from "./index.js";

/**
 * A finding's path relative to the report root (repository top), with `/` separators, or null when
 * the file lies outside that root. Findings carry paths relative to cwd; CI systems want them
 * relative to the checkout. Paths come and go as reports show them (quoted when the name is not
 * UTF-8, see src/discover/names.ts).
 */
export function rootRelative(file: string, ctx: Pick<RenderContext, "cwd" | "root">): string | null {
  const root = ctx.root ?? ctx.cwd;
  const abs = path.resolve(ctx.cwd, nameOfShown(file));
  const rel = path.relative(root, abs).split(path.sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || path.isAbsolute(rel)) return null;
  return shownName(rel);
}

/** The absolute path of a finding's file, for formats that must name files outside the root. */
export function absolutePath(file: string, ctx: Pick<RenderContext, "cwd">): string {
  return shownName(path.resolve(ctx.cwd, nameOfShown(file)));
}

/** The `file:` URL of a finding's file (a name that is not UTF-8 as its bytes, percent-encoded). */
export function fileUrl(file: string, ctx: Pick<RenderContext, "cwd">): string {
  const abs = path.resolve(ctx.cwd, nameOfShown(file));
  if (!hasEscapedBytes(abs)) return pathToFileURL(abs).href;
  const posix = abs.split(path.sep).join("/");
  return `file://${posix.startsWith("/") ? "" : "/"}${posix.split("/").map(encodeSegment).join("/")}`;
}

/** Percent-encodes each path segment so the result is a valid relative URI reference (of the name's bytes). */
export function encodePath(rel: string): string {
  return nameOfShown(rel).split("/").map(encodeSegment).join("/");
}

function encodeSegment(segment: string): string {
  if (!hasEscapedBytes(segment)) return encodeURIComponent(segment);
  let out = "";
  for (const byte of encodeName(segment)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.!~*'()]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
