// Worker-thread side of `src/check/ts-thread.ts` (one thread of the pool): checks the files it is sent with the same engine and rules
// as the main thread and answers with each file's outcome. The TypeScript compiler starts loading when
// the main thread says TS/JS files are coming ("warm-up"), while it is still discovering files.
import { parentPort, workerData } from "node:worker_threads";
import { processFile, type EngineOptions } from "./engine.js";
import { loadRules } from "./rule-list.js";
import { TS_JS_SOURCE } from "../../rules/languages/ts-js.js";
import type { CheckReply, CheckRequest } from "./ts-thread.js";

const options = workerData as EngineOptions;
let warm: Promise<unknown> = Promise.resolve();
let warmed = false;
/** Loads the rules and the compiler once; a load failure surfaces with the first file. */
const warmUp = (): void => {
  if (warmed) return;
  warmed = true;
  warm = loadRules()
    .then((rules) => rules.find((r) => r.id === "ts-js")?.warmUp?.())
    .catch(() => undefined);
};

parentPort?.on("message", (req: CheckRequest | "warm-up" | "close") => {
  if (req === "warm-up") {
    warmUp();
    return;
  }
  if (req === "close") {
    // Stopping a thread runs no exit handlers: the compiler's code cache is written here instead
    // (only when this thread loaded the compiler: importing ts-lib would load it).
    void warm
      .then(() => (warmed ? import("../../rules/languages/ts-lib.js") : null))
      .then((lib) => lib?.flushCodeCache())
      .catch(() => undefined)
      .finally(() => parentPort!.postMessage("closed"));
    return;
  }
  if (TS_JS_SOURCE.test(req.rel)) warmUp(); // the compiler's code cache is then written on close
  const bytes = req.bytes ? Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength) : undefined;
  processFile(req.rel, req.abs, loadRules, options, bytes).then(
    (outcome) => parentPort!.postMessage({ id: req.id, outcome } satisfies CheckReply),
    (err: unknown) => parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies CheckReply),
  );
});
