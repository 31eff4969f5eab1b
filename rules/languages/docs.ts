// Prose and code blocks in documentation: Markdown, MDX, reStructuredText, AsciiDoc and plain text.
import type { Rule, RuleContext, RuleOutput } from "../../src/types.js";
import { textDetections } from "./text.js";

const DOCS = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|textile|org)$/i;

export const docsRule: Rule = {
  id: "docs",
  description: "Legacy model IDs in documentation prose and code blocks",
  appliesTo: (path) => DOCS.test(path),
  check(ctx: RuleContext): RuleOutput {
    return { detections: textDetections(ctx, 0, ctx.text.length, true) };
  },
};
