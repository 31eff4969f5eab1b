// The command-line front: argv → options → run → reporter → exit code. The only module touching process.
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { ScanError } from "./scan.js";
import { buildMapping, DEFAULT_MAX_FILE_SIZE, parseChoice, parseSize, UsageError, type FailOn, type Thinking } from "./options.js";
import type { Command as RunCommand, RunResult } from "./run.js";
import { FORMAT_NAMES, REPORTERS } from "./reporters/index.js";
import { pendingTempFiles } from "./write.js";
import { existsSync, unlinkSync } from "node:fs";
import path from "node:path";
import { checkWorkingTree } from "./gitstate.js";

const require = createRequire(import.meta.url);
const VERSION: string = (require("../../package.json") as { version: string }).version;

interface CliOptions {
  format?: string;
  output?: string;
  map: string[];
  to?: string;
  thinking: string;
  failOn: string;
  maxFileSize?: string;
  quiet?: boolean;
  debug?: boolean;
  allowDirty?: boolean;
  includeRecorded?: boolean;
}

const EXAMPLES = `
Examples:
  One-off migration (dry run, then write):
    $ npx deepseek-migrate                 # show the diff for this repository
    $ npx deepseek-migrate apply           # write it; review items are listed after
  CI check:
    $ deepseek-migrate check --format github
    $ deepseek-migrate check --format json > findings.json
  Dry-run report:
    $ deepseek-migrate diff > migrate.patch && git apply --check migrate.patch
`;

let stopRequested = false;

/** Entry point used by bin/: parses argv, runs, prints, sets the exit code. Never throws. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const debug = argv.includes("--debug");
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopRequested) return;
    stopRequested = true;
    process.stderr.write(`deepseek-migrate: ${signal} received, finishing the file in progress\n`);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    process.exitCode = reportError(err, debug);
  } finally {
    for (const tmp of pendingTempFiles()) {
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof UsageError || err instanceof ScanError) {
    process.stderr.write(`deepseek-migrate: ${err.message}\n`);
    return 2;
  }
  const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
  process.stderr.write(`deepseek-migrate: internal error: ${msg}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}

/** Parses argv and runs the chosen command; returns the exit code (0 clean, 1 findings, 2 usage). */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("deepseek-migrate")
    .description("Move code off DeepSeek's retired model names (deepseek-chat, deepseek-reasoner, retired 2026-07-24) to the V4 IDs.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`deepseek-migrate: ${s.replace(/^error: /, "").trim()}\n`),
    })
    .addHelpText("after", EXAMPLES);

  const addCommon = (cmd: Command, formats: readonly string[], defaultFormat: string): Command =>
    cmd
      .argument("[paths...]", "files or folders to scan", ["."])
      .addOption(new Option("-f, --format <name>", `output format: ${formats.join(", ")}`).default(defaultFormat))
      .option("-o, --output <file>", "write the report or patch to a file instead of stdout")
      .option("--map <legacy=target>", "map a retired name to a target ID (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option("--to <preset>", "target preset: v4 (deepseek-v4-flash), pro (deepseek-v4-pro), latest (deepseek-flash)")
      .option("--thinking <mode>", "explicit: add the thinking setting the old name implied; off: rename only", "explicit")
      .option("--fail-on <level>", "exit 1 when findings of this action remain: rewrite, review, none", "review")
      .option("--max-file-size <size>", "skip files larger than this (bytes, or 512k, 4M)")
      .option("--include-recorded", "also report legacy names inside recorded API responses (cassettes, mocks, snapshots), as review")
      .option("-q, --quiet", "print findings only")
      .option("--debug", "show stack traces for internal errors");

  const action = (command: RunCommand) => async (paths: string[], opts: CliOptions) => {
    exitCode = await execute(command, paths, opts);
  };

  addCommon(program.command("diff", { isDefault: true }).description("dry run: print a unified diff of the migration (writes nothing)"), [...FORMAT_NAMES], "diff").action(action("diff"));
  addCommon(program.command("check").description("list legacy names; exit 1 while any remain"), FORMAT_NAMES.filter((f) => f !== "diff"), "pretty").action(action("check"));
  addCommon(program.command("apply").description("rewrite files in place, then list what needs review"), FORMAT_NAMES.filter((f) => f !== "diff"), "pretty")
    .option("--allow-dirty", "apply even when the git working tree has uncommitted changes")
    .action(action("apply"));

  await program.parseAsync(argv as string[], { from: "user" });
  return exitCode;
}

async function execute(command: RunCommand, paths: string[], opts: CliOptions): Promise<number> {
  const allowed = command === "diff" ? FORMAT_NAMES : FORMAT_NAMES.filter((f) => f !== "diff");
  const format = parseChoice("--format", opts.format ?? "pretty", allowed);
  const thinking = parseChoice<Thinking>("--thinking", opts.thinking, ["explicit", "off"]);
  const failOn = parseChoice<FailOn>("--fail-on", opts.failOn, ["rewrite", "review", "none"]);
  const mapping = buildMapping(opts.to, opts.map);
  const maxFileSize = opts.maxFileSize ? parseSize(opts.maxFileSize) : DEFAULT_MAX_FILE_SIZE;
  const cwd = process.cwd();
  if (command === "apply" && !opts.allowDirty) guardWorkingTree(cwd, paths);

  const { run: runMigration } = await import("./run.js");
  const result = await runMigration({
    command,
    cwd,
    paths,
    mapping,
    thinking,
    maxFileSize,
    includeRecorded: Boolean(opts.includeRecorded),
    shouldStop: () => stopRequested,
  });

  const color = !opts.output && process.stdout.isTTY === true && !process.env["NO_COLOR"] ? true : Boolean(process.env["FORCE_COLOR"] && process.env["FORCE_COLOR"] !== "0");
  const render = await REPORTERS[format]!();
  const text = await render(result, { color, quiet: Boolean(opts.quiet), cwd, version: VERSION });
  if (opts.output) await writeFile(opts.output, text);
  else process.stdout.write(text);

  if (format === "diff" || (format !== "pretty" && !opts.quiet)) {
    const { summaryLine } = await import("./reporters/pretty.js");
    if (!opts.quiet || format === "diff") process.stderr.write(`${summaryLine(result)}\n`);
  }
  if (result.interrupted) return 130;
  if (command === "diff") warnUnapplicable(result);
  if (command === "apply") return result.skipped.some((s) => s.reason === "changed-during-run" || s.reason === "parse-error" || s.reason === "write-failed") ? 1 : 0;
  if (command === "diff") return 0;
  const failing = result.summary.rewrite + (failOn === "review" ? result.summary.review : 0);
  return failOn === "none" || failing === 0 ? 0 : 1;
}

/** Refuses (exit 2) to apply over uncommitted changes to tracked files; outside git, only warns. */
function guardWorkingTree(cwd: string, paths: readonly string[]): void {
  // Missing paths are left for the scanner, which names them in its own error.
  const roots = paths.map((p) => path.resolve(cwd, p)).filter((p) => existsSync(p));
  const verdict = checkWorkingTree(roots);
  if (verdict.error) throw new UsageError(verdict.error);
  if (verdict.warning) process.stderr.write(`deepseek-migrate: warning: ${verdict.warning}\n`);
}

/** Names each file whose printed diff had to show redacted lines, so `git apply` would reject it. */
function warnUnapplicable(result: RunResult): void {
  for (const f of result.files) {
    if (f.patchApplicable === false) {
      process.stderr.write(`deepseek-migrate: ${f.file}: diff shows <redacted> secret lines; migrate this file with 'deepseek-migrate apply', not 'git apply'\n`);
    }
  }
}
