// The command-line front: argv → options → run → reporter → exit code. The only module touching process.
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import type { Command as RunCommand, RunResult } from "../run.js";
import type { FailOn, Thinking } from "./options.js";
import type { Config } from "./config.js";
import { LEGACY_IDS, RETIRED_AT } from "../catalog.js";
import { FORMAT_NAMES, NEEDS_PATCHES, REPORTERS } from "../reporters/index.js";
import path from "node:path";

// Every static import above is paid by every start, `--help` and `--version` included, so this module
// keeps them to commander, the format table and the catalog's data; the rest is imported by the code path that uses it.
// bin/ loads this module as the CommonJS bundle scripts/build-cli.mjs makes, with commander inlined,
// so no ESM export scan runs over commander at start.
const VERSION: string = (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;

interface CliOptions {
  format?: string;
  output?: string;
  map: string[];
  to?: string;
  thinking?: string;
  failOn?: string;
  maxFileSize?: string;
  quiet?: boolean;
  debug?: boolean;
  allowDirty?: boolean;
  /** `--changed` alone is `true` (meaning HEAD); `--changed REF` is the ref. */
  changed?: string | boolean;
  /** A path from `--config FILE`, `false` from `--no-config`, unset to discover one. */
  config?: string | false;
  includeRecorded?: boolean;
  /** False from `--no-git-scan`: always walk and probe in Node. */
  gitScan?: boolean;
  /** False from `--no-cache`: neither read nor write stored per-file results. */
  cache?: boolean;
  /** `--cache-location DIR`: where stored results live (default node_modules/.cache/deepseek-migrate). */
  cacheLocation?: string;
  /** `apply --yes`: write outside a git repository without asking. */
  yes?: boolean;
}

const EXAMPLES = `
Examples:
  One-off migration (dry run, then write):
    $ npx deepseek-migrate                 # show the diff for this repository
    $ npx deepseek-migrate apply           # write it; review items are listed after
  CI check:
    $ deepseek-migrate check --format github              # annotations on the pull request
    $ deepseek-migrate check --changed origin/main        # only files this branch touched
    $ deepseek-migrate check --format sarif --output deepseek.sarif
    $ deepseek-migrate check --fail-on rewrite            # review items alone do not fail
  Dry-run report:
    $ deepseek-migrate diff --output migrate.patch && git apply --check migrate.patch
    $ deepseek-migrate check --format markdown --output migration-report.md
`;

const COMMAND_EXAMPLES: Readonly<Record<RunCommand, string>> = {
  diff: `
Examples:
  $ deepseek-migrate diff                          # the patch on stdout, review items on stderr
  $ deepseek-migrate diff src/llm.py config/       # only these files and folders
  $ deepseek-migrate diff --output migrate.patch && git apply --check migrate.patch
  $ deepseek-migrate diff --changed origin/main    # only files this branch touched
`,
  check: `
Examples:
  $ deepseek-migrate check                         # exit 1 while any legacy name remains
  $ deepseek-migrate check --fail-on rewrite       # review items alone do not fail
  $ deepseek-migrate check --changed origin/main   # only files this branch touched
  $ deepseek-migrate check --changed HEAD -- src   # changed files under src/
  $ deepseek-migrate check --format sarif --output deepseek.sarif
`,
  apply: `
Examples:
  $ deepseek-migrate apply                         # rewrite in place, then list what needs review
  $ deepseek-migrate apply src --to pro            # only src/, to deepseek-v4-pro
  $ deepseek-migrate apply --thinking off          # rename only, never add a thinking setting
  $ deepseek-migrate apply --yes                   # outside git: write without asking
`,
};

/** Options people bring from other tools, and what this one does instead. */
const OPTION_HINTS: Readonly<Record<string, string>> = {
  "--fix": "to rewrite the files, use the apply command: deepseek-migrate apply",
  "--write": "to rewrite the files, use the apply command: deepseek-migrate apply",
  "--dry-run": "the dry run is the diff command: deepseek-migrate diff",
  "--check": "to list findings, use the check command: deepseek-migrate check",
};

/** Words people type for a command, and the command they mean. */
const COMMAND_ALIASES: Readonly<Record<string, RunCommand>> = {
  fix: "apply",
  migrate: "apply",
  write: "apply",
  lint: "check",
  scan: "check",
  verify: "check",
  preview: "diff",
  "dry-run": "diff",
  dryrun: "diff",
  patch: "diff",
};

/** Edit distance with adjacent transpositions (`chekc` is one edit from `check`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The command a mistyped first word was meant to be, or null. A word that names an existing file or
 * folder is a path to scan (the bare command is `diff`), never a typo.
 */
async function misspeltCommand(word: string | undefined, cwd: string): Promise<RunCommand | null> {
  if (!word || !/^[a-z][a-z-]*$/i.test(word) || ["diff", "check", "apply", "help"].includes(word)) return null;
  if ((await import("node:fs")).existsSync(path.resolve(cwd, word))) return null;
  const lower = word.toLowerCase();
  if (COMMAND_ALIASES[lower]) return COMMAND_ALIASES[lower];
  const close = (["check", "diff", "apply"] as const).filter((c) => editDistance(lower, c) <= (lower.length <= 4 ? 1 : 2));
  return close[0] ?? null;
}

let stopRequested = false;
/** Ends the test pause (see testPause) when a signal arrives. */
let resumeOnSignal: (() => void) | undefined;
/** The file writer, once a command has loaded it: its temp files are removed if the run is cut short. */
let writer: typeof import("../fix/write.js") | undefined;

/** Entry point used by bin/: parses argv, runs, prints, sets the exit code. Never throws. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const debug = argv.includes("--debug");
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopRequested) return;
    stopRequested = true;
    process.stderr.write(`deepseek-migrate: ${signal} received, finishing the file in progress\n`);
    resumeOnSignal?.();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go,
  // which is not an error of the run. Without a listener Node throws EPIPE as an uncaught stack trace.
  process.stdout.on("error", closedPipe);
  process.stderr.on("error", closedPipe);
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    process.exitCode = await reportError(err, debug);
  } finally {
    const temps = writer?.pendingTempFiles() ?? [];
    if (temps.length > 0) {
      const { unlinkSync } = await import("node:fs");
      for (const tmp of temps) {
        try {
          unlinkSync(tmp);
        } catch {
          /* already gone */
        }
      }
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** Output errors: a closed pipe ends the writing quietly; anything else is reported once, as an exit code 2. */
function closedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
  process.exitCode = 2;
}

async function reportError(err: unknown, debug: boolean): Promise<number> {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  // Loaded here, not at start: only a failed run needs the marker classes to tell usage from crash.
  const [{ UsageError }, { ScanError }] = await Promise.all([import("./options.js"), import("../discover/walk.js")]);
  if (err instanceof UsageError || err instanceof ScanError) {
    process.stderr.write(`deepseek-migrate: ${err.message}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
  const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
  process.stderr.write(`deepseek-migrate: internal error: ${msg}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}

/** Commander's message for an option another tool has, with what to use here instead. */
function withHint(message: string): string {
  const m = /^unknown option '([^']+)'/.exec(message);
  const hint = m ? OPTION_HINTS[m[1]!.split("=")[0]!] : undefined;
  return hint ? `unknown option '${m![1]}' (${hint})` : message;
}

/** Parses argv and runs the chosen command; returns the exit code (0 clean, 1 findings, 2 usage). */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const meant = await misspeltCommand(argv[0], process.cwd());
  if (meant) {
    process.stderr.write(`deepseek-migrate: unknown command '${argv[0]}' (did you mean ${meant}?)\n`);
    return 2;
  }
  const program = new Command("deepseek-migrate")
    .description(`Move code off DeepSeek's retired model names (${LEGACY_IDS.join(", ")}, retired ${RETIRED_AT.slice(0, 10)}) to the V4 IDs.`)
    .version(VERSION, "-V, --version")
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`deepseek-migrate: ${withHint(s.replace(/^error: /, "").trim())}\n`),
    })
    .addHelpText("after", EXAMPLES);

  const addCommon = (cmd: Command, formats: readonly string[], defaultFormat: string): Command =>
    cmd
      .argument("[paths...]", "files or folders to scan", ["."])
      .addOption(new Option("-f, --format <name>", `output format: ${formats.join(", ")} (default: ${defaultFormat})`))
      .option("-o, --output <file>", "write the report or patch to a file instead of stdout (the summary stays on stderr)")
      .option("--map <legacy=target>", "map a retired name to a target ID (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option("--to <preset>", "target preset: v4 (deepseek-v4-flash), pro (deepseek-v4-pro), latest (deepseek-flash)")
      .option("--thinking <mode>", "explicit: add the thinking setting the old name implied; off: rename only (default: explicit)")
      .option("--fail-on <level>", "exit 1 when findings of this action remain: rewrite, review, none (default: review)")
      .option("--max-file-size <size>", "skip files larger than this (bytes, or 512k, 4M; default: 4M)")
      .option("--changed [ref]", "scan only files that differ from REF (default: HEAD) plus untracked, non-ignored files")
      .option("--config <file>", "read settings from this file instead of searching for deepseek-migrate.config.json")
      .option("--no-config", "ignore config files")
      .option("--include-recorded", "also report legacy names inside recorded API responses (cassettes, mocks, snapshots), as review")
      .option("--no-git-scan", "list and search files in Node even inside a git work tree (also DEEPSEEK_MIGRATE_NO_GIT_SCAN=1)")
      .option("--no-cache", "check every candidate again instead of reusing stored results of unchanged files")
      .option("--cache-location <dir>", "where stored results are kept (default: node_modules/.cache/deepseek-migrate)")
      .option("-q, --quiet", "print findings only: no summary, notes, advisories or progress")
      .option("--debug", "show stack traces for internal errors");

  const action = (command: RunCommand) => async (paths: string[], opts: CliOptions) => {
    exitCode = await execute(command, paths, opts);
  };

  addCommon(program.command("diff", { isDefault: true }).description("dry run: print a unified diff of the migration (writes nothing)"), [...FORMAT_NAMES], "diff")
    .addHelpText("after", COMMAND_EXAMPLES.diff)
    .action(action("diff"));
  addCommon(program.command("check").description("list legacy names; exit 1 while any remain"), FORMAT_NAMES.filter((f) => f !== "diff"), "pretty")
    .addHelpText("after", COMMAND_EXAMPLES.check)
    .action(action("check"));
  addCommon(program.command("apply").description("rewrite files in place, then list what needs review"), FORMAT_NAMES.filter((f) => f !== "diff"), "pretty")
    .option("--allow-dirty", "apply even when the git working tree has uncommitted changes")
    .option("-y, --yes", "outside a git repository (no way to undo), write without asking")
    .addHelpText("after", COMMAND_EXAMPLES.apply)
    .action(action("apply"));

  await program.parseAsync(argv as string[], { from: "user" });
  return exitCode;
}

/** Colour only for a terminal, unless FORCE_COLOR / NO_COLOR say otherwise; never in a file. */
function wantColor(env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (toFile) return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env["NO_COLOR"]) return false;
  return isTTY;
}

async function execute(command: RunCommand, paths: string[], opts: CliOptions): Promise<number> {
  const [{ DEFAULT_MAX_FILE_SIZE, parseChoice, parseSize }, { configMapping, configSelection, resolveConfig }] = await Promise.all([
    import("./options.js"),
    import("./config.js"),
  ]);
  const cwd = process.cwd();
  const config: Config | null = resolveConfig(cwd, opts.config);
  const allowed = command === "diff" ? FORMAT_NAMES : FORMAT_NAMES.filter((f) => f !== "diff");
  // A config's format is the CI report format; the diff command keeps printing its patch unless told.
  const defaultFormat = command === "diff" ? "diff" : (config?.format ?? "pretty");
  const format = parseChoice("--format", opts.format ?? defaultFormat, allowed);
  const thinking = parseChoice<Thinking>("--thinking", opts.thinking ?? config?.thinking ?? "explicit", ["explicit", "off"]);
  const failOn = parseChoice<FailOn>("--fail-on", opts.failOn ?? config?.failOn ?? "review", ["rewrite", "review", "none"]);
  const mapping = configMapping(config, opts.to, opts.map);
  const maxFileSize = opts.maxFileSize ? parseSize(opts.maxFileSize) : (config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  // Asked only once every option is valid, so a typo is not found after the user said yes.
  if (command === "apply" && !(await guardWorkingTree(cwd, paths, Boolean(opts.allowDirty), Boolean(opts.yes)))) return 1;
  const only = opts.changed ? await (await import("../discover/git.js")).changedFiles(cwd, opts.changed === true ? "HEAD" : opts.changed) : undefined;
  const quiet = Boolean(opts.quiet);
  const env = process.env;

  const [{ run: runMigration }, { createProgress }, { findRepoRoot }] = await Promise.all([
    import("../run.js"),
    import("./progress.js"),
    import("../discover/git.js"),
  ]);
  writer = await import("../fix/write.js");
  if (env["DEEPSEEK_MIGRATE_NO_HEAP_FLAG"] !== "1") boundHeapGrowth((await import("node:v8")).setFlagsFromString);
  // Per-file results of earlier runs (src/check/result-cache.ts), kept where JavaScript tools keep
  // theirs: a project without node_modules/ gets one only with --cache-location. apply rewrites the
  // files it checks, so what it could store would be stale at once.
  const cacheLocation =
    opts.cache === false || command === "apply"
      ? null
      : opts.cacheLocation
        ? path.resolve(cwd, opts.cacheLocation)
        : (await import("node:fs")).existsSync(path.join(cwd, "node_modules"))
          ? path.join(cwd, "node_modules", ".cache", "deepseek-migrate")
          : null;
  const progress = createProgress({ stream: process.stderr, env, format, quiet });
  let result: RunResult;
  try {
    result = await runMigration({
      command,
      cwd,
      paths,
      mapping,
      thinking,
      maxFileSize,
      ...configSelection(config),
      ...(only ? { only } : {}),
      patches: NEEDS_PATCHES.has(format),
      // Formats that carry the planned rewrite (patches, SARIF fixes) need it re-parsed first.
      validate: command !== "check" || NEEDS_PATCHES.has(format) || format === "sarif",
      includeRecorded: opts.includeRecorded ?? config?.includeRecorded ?? false,
      gitScan: opts.gitScan !== false && !["1", "true"].includes(env["DEEPSEEK_MIGRATE_NO_GIT_SCAN"] ?? ""),
      ...(cacheLocation ? { cache: { location: cacheLocation, config: config ?? null } } : {}),
      onProgress: (done, total, findings) => progress.update(done, total, findings),
      shouldStop: () => stopRequested,
      ...testPause(env["DEEPSEEK_MIGRATE_TEST_PAUSE_AFTER"]),
    });
  } finally {
    progress.finish();
  }

  // A repository git refuses to read (dubious ownership, a broken .git) was walked instead: say why.
  // Read only by the tests, to see that a repeat run reuses what it should (DEEPSEEK_MIGRATE_CACHE_STATS=1).
  if (result.cacheStats && env["DEEPSEEK_MIGRATE_CACHE_STATS"] === "1") process.stderr.write(`deepseek-migrate: cache: ${result.cacheStats.reused} reused, ${result.cacheStats.checked} checked\n`);
  if (result.gitFallback) {
    const refusal = await (await import("../discover/git.js")).gitRefusal(cwd);
    if (refusal) process.stderr.write(`deepseek-migrate: warning: git cannot read this repository: ${refusal}; files were listed without git\n`);
  }
  const color = wantColor(env, process.stdout.isTTY === true, Boolean(opts.output));
  const root = findRepoRoot(cwd) ?? cwd;
  const linkBase =
    env["GITHUB_SERVER_URL"] && env["GITHUB_REPOSITORY"] && env["GITHUB_SHA"]
      ? `${env["GITHUB_SERVER_URL"]}/${env["GITHUB_REPOSITORY"]}/blob/${env["GITHUB_SHA"]}/`
      : undefined;
  const render = await REPORTERS[format]!();
  // Lines are kept within a terminal's width; a pipe or a file gets them whole.
  const width = !opts.output && process.stdout.isTTY ? process.stdout.columns : undefined;
  const text = await render(result, { color, quiet, cwd, version: VERSION, root, failOn, ...(width ? { width } : {}), ...(linkBase ? { linkBase } : {}) });
  if (opts.output) await (await import("./output.js")).writeReport(opts.output, text);
  else process.stdout.write(text);

  // Pretty output ends with the summary and the next step itself; every other format, and any
  // report sent to a file, gets them on stderr.
  if (!quiet && (format !== "pretty" || opts.output)) {
    const { dryRunFootnotes, leftOutLine, nextStep, summaryLine } = await import("../reporters/pretty.js");
    const errColor = wantColor(env, process.stderr.isTTY === true, false);
    const errWidth = process.stderr.isTTY ? process.stderr.columns : undefined;
    if (format === "diff") process.stderr.write(dryRunFootnotes(result, errColor, errWidth));
    if (opts.output) process.stderr.write(`wrote ${format === "diff" ? "the patch" : `the ${format} report`} to ${opts.output}\n`);
    const named = leftOutLine(result);
    process.stderr.write(`${named ? `${named}\n` : ""}${summaryLine(result, undefined, failOn)}\n`);
    const next = nextStep(result, failOn, format === "diff" && result.summary.filesChanged > 0 ? opts.output : undefined);
    if (next) process.stderr.write(`${next}\n`);
  }
  const stepSummary = env["GITHUB_STEP_SUMMARY"];
  if (format === "github" && stepSummary) {
    const [{ renderStepSummary }, { appendFile }] = await Promise.all([import("../reporters/github.js"), import("node:fs/promises")]);
    try {
      await appendFile(stepSummary, renderStepSummary(result));
    } catch (err) {
      process.stderr.write(`deepseek-migrate: could not append the job summary to ${stepSummary} (${(err as NodeJS.ErrnoException).code ?? "error"})\n`);
    }
  }
  if (command === "diff" && !result.interrupted) warnUnapplicable(result);
  // The same verdict chose the summary's glyph and counts.
  return (await import("./verdict.js")).verdict(result, failOn).exitCode;
}

/**
 * For tests only: DEEPSEEK_MIGRATE_TEST_PAUSE_AFTER=<n> makes the run stop after its n-th reported
 * file, say so on stderr and wait for SIGINT or SIGTERM, so that a test can interrupt it at a known
 * point mid-run instead of racing it.
 */
function testPause(value: string | undefined): { afterFile?: () => Promise<void> | undefined } {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) return {};
  let seen = 0;
  return {
    afterFile: () => {
      if (++seen !== n || stopRequested) return undefined;
      process.stderr.write(`deepseek-migrate: test pause after ${n} files, waiting for a signal\n`);
      // A pending promise alone does not keep Node running: a timer does, until the signal comes.
      const keepAlive = setInterval(() => undefined, 1 << 30);
      return new Promise<void>((resolve) => (resumeOnSignal = () => (clearInterval(keepAlive), resolve())));
    },
  };
}

/**
 * Before apply writes: refuses (exit 2) over uncommitted changes to tracked files unless
 * `--allow-dirty`. Outside a git repository nothing could undo the run, so it asks on a terminal and
 * needs `--yes` otherwise. Returns false when the user declines.
 */
async function guardWorkingTree(cwd: string, paths: readonly string[], allowDirty: boolean, yes: boolean): Promise<boolean> {
  const [{ existsSync }, { checkWorkingTree }, { UsageError }] = await Promise.all([
    import("node:fs"),
    import("../fix/gitstate.js"),
    import("./options.js"),
  ]);
  // Missing paths are left for the scanner, which names them in its own error.
  const roots = paths.map((p) => path.resolve(cwd, p)).filter((p) => existsSync(p));
  const verdict = checkWorkingTree(roots, { allowDirty });
  if (verdict.error) throw new UsageError(verdict.error);
  if (!verdict.outside) return true;
  if (yes) {
    process.stderr.write("deepseek-migrate: warning: not inside a git repository: apply cannot be undone with git; writing anyway (--yes)\n");
    return true;
  }
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new UsageError("not inside a git repository, so apply cannot be undone with git: pass --yes to write anyway (deepseek-migrate diff shows what would change)");
  }
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  let answer = "";
  try {
    answer = await rl.question("deepseek-migrate: not inside a git repository, so apply cannot be undone with git. Rewrite the files in place? [y/N] ");
  } catch {
    /* input closed: no answer is no */
  } finally {
    rl.close();
  }
  if (/^\s*y(?:es)?\s*$/i.test(answer)) return true;
  process.stderr.write("deepseek-migrate: nothing written\n");
  return false;
}

/** Why a file's printed diff cannot give `git apply` its bytes, by `patchBlocker`. */
const NOT_FOR_GIT: Record<string, string> = {
  redacted: "diff shows <redacted> secret lines",
  utf16: "the file is UTF-16; its diff shows the text, not the bytes git matches",
  "not-utf8": "the file is not UTF-8, and lines in its diff hold bytes that UTF-8 output cannot reproduce",
};

/** Names each file whose printed diff `git apply` would reject (redacted lines, bytes a patch cannot carry). */
function warnUnapplicable(result: RunResult): void {
  for (const f of result.files) {
    if (f.patchApplicable === false) {
      const why = NOT_FOR_GIT[f.patchBlocker ?? "redacted"];
      process.stderr.write(`deepseek-migrate: ${f.file}: ${why}; migrate this file with 'deepseek-migrate apply', not 'git apply'\n`);
    }
  }
}

/**
 * Every candidate's syntax tree ends up in V8's old generation (it outlives the scavenges of its own
 * check) and is garbage right after, yet by default V8 lets the old generation grow to about three
 * times the live heap before collecting it. A growth factor of 1.5 collects the dead trees sooner
 * (what it is worth: `npm run bench -- --switches heap-flag`, docs/performance.md). The flag only
 * tunes when full collections start (never a hard limit) and V8 reads it at every collection, so
 * setting it at run time is safe; a growth factor given on the command line wins. It holds for the
 * whole process, so the CLI sets it and the library never does. DEEPSEEK_MIGRATE_NO_HEAP_FLAG=1 is
 * read only by the bench, to measure it.
 */
function boundHeapGrowth(setFlags: (flags: string) => void): void {
  if (process.execArgv.some((a) => /^--heap[-_]growing[-_]percent/.test(a))) return;
  setFlags("--heap-growing-percent=50");
}
