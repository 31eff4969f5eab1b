import { createRequire } from "node:module";
import type { RunResult } from "../run.js";
import type { RenderContext } from "./index.js";

// picocolors is CommonJS: require() avoids the CommonJS export scan of an ESM import.
const pc = createRequire(import.meta.url)("picocolors") as typeof import("picocolors");

/**
 * The concatenated unified diff of every planned rewrite, ready for `git apply`. Coloured like
 * `git diff` only when the context asks for colour (a terminal, or FORCE_COLOR), never in a file.
 */
export function renderDiff(result: RunResult, ctx?: Pick<RenderContext, "color">): string {
  const text = result.files.map((f) => f.patch ?? "").join("");
  if (!ctx?.color || text === "") return text;
  const c = pc.createColors(true);
  const lines = text.split("\n");
  let header = false;
  return lines
    .map((line) => {
      if (line.startsWith("diff --git ")) header = true;
      else if (line.startsWith("@@")) header = false;
      if (line === "") return line;
      if (header) return c.bold(line);
      if (line.startsWith("@@")) return c.cyan(line);
      if (line.startsWith("+")) return c.green(line);
      if (line.startsWith("-")) return c.red(line);
      if (line.startsWith("\\")) return c.dim(line);
      return line;
    })
    .join("\n");
}
