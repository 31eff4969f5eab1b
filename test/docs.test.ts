// The README and the docs/ pages: every relative link resolves to a file, and to a heading of it when
// it names one (as GitHub renders them); the README links every page under its own title.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/project.js";

const PAGES = ["README.md", ...readdirSync(path.join(REPO_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** The page's text outside fenced code blocks (links and headings there are not Markdown). */
function prose(text: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) fence = m[1]!;
    else if (fence !== null && m && m[1]!.startsWith(fence)) fence = null;
    else if (fence === null) out.push(line);
  }
  return out.join("\n");
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2… */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function links(text: string): { text: string; target: string }[] {
  // Inline code may hold brackets that are not links.
  const plain = prose(text).replace(/`[^`\n]*`/g, "``");
  return [...plain.matchAll(/\[([^\]\n]+)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1]!, target: m[2]! }));
}

function title(page: string): string {
  return /^# (.+)$/m.exec(readFileSync(path.join(REPO_ROOT, page), "utf8"))?.[1] ?? "";
}

describe("documentation links", () => {
  it("anchors follow GitHub's rules", () => {
    expect([...anchors("# What it changes, what it reports\n## `--fail-on` and exit codes\n## Notes\n## Notes\n```\n# not a heading\n```\n")]).toEqual([
      "what-it-changes-what-it-reports",
      "--fail-on-and-exit-codes",
      "notes",
      "notes-1",
    ]);
  });

  for (const page of PAGES) {
    it(`${page}: every relative link resolves`, () => {
      const text = readFileSync(path.join(REPO_ROOT, page), "utf8");
      const broken: string[] = [];
      for (const { target } of links(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
        const [file = "", anchor] = target.split("#");
        const resolved = file === "" ? path.join(REPO_ROOT, page) : path.resolve(path.dirname(path.join(REPO_ROOT, page)), decodeURIComponent(file));
        if (!existsSync(resolved)) broken.push(`${target}: no such file`);
        else if (anchor !== undefined && resolved.endsWith(".md") && !anchors(readFileSync(resolved, "utf8")).has(anchor)) broken.push(`${target}: no such heading`);
      }
      expect(broken).toEqual([]);
    });
  }

  it("the README links every docs/ page, with the page's title as the link text", () => {
    const readme = links(readFileSync(path.join(REPO_ROOT, "README.md"), "utf8"));
    for (const page of PAGES.filter((p) => p !== "README.md")) {
      const titled = readme.filter((l) => l.target === page);
      expect(titled.length, `${page} is linked from the README`).toBeGreaterThan(0);
      for (const l of titled) expect(l.text, page).toBe(title(page));
    }
  });
});
