// Table tests for the migration-prose check: sentence-level, across wrapped lines of one comment
// or paragraph, never across code, and never firing on an ordinary line that merely names the model.
import { describe, expect, it } from "vitest";
import { isMigrationProse } from "../../rules/shared.js";

/** Runs the check on the first legacy ID in `text` (the one marked by `^` if several). */
function prose(text: string): boolean {
  const marked = text.indexOf("^deepseek-");
  const clean = text.replace("^deepseek-", "deepseek-");
  const start = marked !== -1 ? marked : clean.search(/deepseek-(?:chat|reasoner)/);
  const end = start + /^deepseek-(?:chat|reasoner)/.exec(clean.slice(start))![0].length;
  return isMigrationProse(clean, start, end);
}

describe("isMigrationProse", () => {
  const valid: readonly (readonly [string, string])[] = [
    ["config line with a trailing comment", "model: deepseek-chat # default model"],
    ["comment naming the model", "# Use deepseek-chat for short answers"],
    ["JS comment", "  // deepseek-reasoner handles the planning step"],
    ["prose sentence", "The bot answers with deepseek-chat and streams the reply."],
    ["another sentence mentions V4", "Set the model to deepseek-chat. Then run deepseek-v4-flash benchmarks separately, see bench.md."],
    ["paragraph boundary", "Deprecated options are listed below.\n\nThe service calls deepseek-chat for every request."],
    ["list items are separate", "- deepseek-v4-pro: the large model\n- deepseek-chat: fast replies"],
    ["heading is separate", "## Legacy notes\nThe service uses deepseek-chat."],
    ["code neighbour mentioning V4", "model: deepseek-chat # default model\nfallback: deepseek-v4-flash"],
    ["commented config neighbours", "# model: deepseek-chat\n# fallback: deepseek-v4-flash"],
    ["fenced code block line", "Deprecated flags were removed.\n```yaml\nmodel: deepseek-chat\nlegacy: true\n```"],
    ["different comment markers", "x = 1  # retired flag\n// deepseek-chat is used here"],
    ["an abbreviation does not end the sentence early", "Models, e.g. deepseek-chat, are set in config."],
    ["non-anaphoric next sentence", "Use deepseek-chat here. Legacy exporters live in /old."],
  ];
  const invalid: readonly (readonly [string, string])[] = [
    ["names a V4 ID", "deepseek-chat now maps to deepseek-v4-flash with thinking disabled."],
    ["says retired", "Note that deepseek-reasoner was retired on 2026-07-24."],
    ["says alias", "`deepseek-chat` is an alias kept for compatibility"],
    ["says legacy", "# legacy name deepseek-chat kept for old clients"],
    ["mentions V4", "deepseek-chat is the V4 Flash model in non-thinking mode."],
    ["wrapped comment", "// deepseek-chat was the chat alias until it was\n// deprecated in April"],
    ["wrapped paragraph", "Older releases sent deepseek-reasoner in every\nrequest; that name is deprecated now."],
    ["wrapped paragraph, word before", "After the retirement of\n^deepseek-chat, requests fail."],
    ["anaphoric next sentence", "We used deepseek-chat for months. It was retired in July."],
    ["trailing comment on code", "x = 1  # deepseek-chat is deprecated"],
    ["markdown table row naming V4", "| deepseek-chat | deepseek-v4-flash | disabled |"],
    ["block comment", "/* deepseek-reasoner: superseded by the V4 models */"],
  ];
  it.each(valid)("does not fire: %s", (_label, text) => {
    expect(prose(text)).toBe(false);
  });
  it.each(invalid)("fires: %s", (_label, text) => {
    expect(prose(text)).toBe(true);
  });
});
