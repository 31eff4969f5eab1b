// Prose and code blocks in documentation: Markdown, MDX, reStructuredText, AsciiDoc and plain text.
// Code blocks in a language an adapter owns go to that adapter through the registry (docs-blocks.ts),
// so a request shown in a ```python block gets its thinking setting as in a .py file; the prose, and
// blocks that do not parse in their language, are judged line by line.
import type { Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { documentBlocks, embedBlocks } from "./docs-blocks.js";
import { lineDetections } from "../lines.js";

const DOCS = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|textile|org)$/i;

export const docsRule: Rule = {
  id: "docs",
  description: "Legacy model IDs in documentation prose, and code blocks analysed by their language's rule",
  appliesTo: (path) => DOCS.test(path),
  async check(ctx: RuleContext): Promise<RuleOutput> {
    const code = await embedBlocks(ctx, documentBlocks(ctx.path, ctx.text), "docs");
    const rest = lineDetections(ctx, 0, ctx.text.length, true).filter((d) => !code.judged.has(d.start));
    return { detections: [...code.detections, ...rest].sort((a, b) => a.start - b.start), advisories: code.advisories };
  },
};
