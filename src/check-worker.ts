// Worker-thread side of `src/checker.ts`: checks the files it is sent with the same engine and rules
// as the main thread and answers with each file's outcome. The TypeScript compiler starts loading as
// soon as the thread starts, while the main thread is still discovering files.
import { parentPort, workerData } from "node:worker_threads";
import { processFile, type EngineOptions } from "./engine.js";
import { loadRules } from "./rules.js";
import type { CheckReply, CheckRequest } from "./checker.js";

const options = workerData as EngineOptions;
const warm = loadRules()
  .then((rules) => rules.find((r) => r.id === "ts-js")?.warmUp?.())
  .catch(() => undefined); // a load failure surfaces with the first file

parentPort?.on("message", (req: CheckRequest | "close") => {
  if (req === "close") {
    // Stopping a thread runs no exit handlers: the compiler's code cache is written here instead.
    void warm
      .then(() => import("../rules/ts-lib.js"))
      .then((lib) => lib.flushCodeCache())
      .catch(() => undefined)
      .finally(() => parentPort!.postMessage("closed"));
    return;
  }
  processFile(req.rel, req.abs, loadRules, options).then(
    (outcome) => parentPort!.postMessage({ id: req.id, outcome } satisfies CheckReply),
    (err: unknown) => parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies CheckReply),
  );
});
