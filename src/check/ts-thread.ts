// Candidates are checked on worker threads, one per core but one (checkThreads). Parsing is CPU work on one
// thread in Node, and the TypeScript compiler is the largest single cost of a scan (loading it, then
// cold parsing): on threads it overlaps discovery, which stays on the main thread. With one thread
// (one core), only TS/JS candidates go to it and the main thread checks the others, so the compiler
// still overlaps the rest; with more, every candidate goes to the pool and each thread keeps the
// parsers it has loaded. Used only from the compiled package (the worker is JavaScript).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker as WorkerType } from "node:worker_threads";
import type { EngineOptions, FileOutcome } from "./engine.js";

export interface CheckRequest {
  readonly id: number;
  readonly rel: string;
  readonly abs: string;
  /** The file's bytes when the caller has read them already (the result cache hashes them). */
  readonly bytes?: Uint8Array;
}

export type CheckReply = { readonly id: number; readonly outcome: FileOutcome } | { readonly id: number; readonly error: string };

// The built package runs the worker from the CommonJS core bundle (scripts/build-cli.mjs); the ESM
// file tsc writes is the fallback when the bundle is missing.
const WORKER_URL = ((): URL => {
  const bundled = new URL("../check-worker.cjs", import.meta.url);
  // DEEPSEEK_MIGRATE_NO_BUNDLE is read only to measure what the bundles are worth (scripts/bench.mjs).
  return process.env["DEEPSEEK_MIGRATE_NO_BUNDLE"] !== "1" && existsSync(fileURLToPath(bundled)) ? bundled : new URL("./ts-thread-worker.js", import.meta.url);
})();

/**
 * Threads to check candidates on: one per core but one, which the main thread keeps for discovery
 * (git, the walker, the probe) and the ordered output; at most MAX_THREADS, since each thread loads
 * its own parsers (~50 MiB of peak RSS each on the bench tree). DEEPSEEK_MIGRATE_CHECK_THREADS=N is
 * read only so that the bench can compare pool sizes (`npm run bench -- --switches check-pool`).
 */
export function checkThreads(): number {
  const n = Number(process.env["DEEPSEEK_MIGRATE_CHECK_THREADS"]);
  return Number.isInteger(n) && n >= 1 ? n : Math.max(1, Math.min(MAX_THREADS, availableParallelism() - 1));
}

/** Keeps peak RSS within the 300 MiB target on the bench tree (docs/performance.md). */
const MAX_THREADS = 3;

/** One thread of the pool. */
class Thread {
  readonly waiting = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void }>();
  failed: Error | null = null;
  closed: (() => void) | null = null;
  warming = false;

  constructor(readonly worker: WorkerType) {
    worker.on("message", (reply: CheckReply | "closed") => {
      if (reply === "closed") {
        this.closed?.();
        return;
      }
      const slot = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ("outcome" in reply) slot?.resolve(reply.outcome);
      else slot?.reject(new Error(reply.error));
    });
    const fail = (err: Error): void => {
      this.failed ??= err;
      for (const slot of this.waiting.values()) slot.reject(err);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`check worker exited with code ${code}`)));
  }
}

/**
 * Candidates checked on worker threads, each keeping its parsers warm from file to file. A file goes
 * to the thread with the fewest files outstanding (the lowest index on a tie), so each thread's
 * queue stays short and the results come back roughly in the order they are asked for; run.ts
 * reports them in path order whatever order they come in.
 */
export class CheckWorker {
  private nextId = 0;

  private constructor(private readonly threads: readonly Thread[]) {}

  /** False when running from sources (tests), where there is no compiled worker. */
  static available(): boolean {
    // Read only to measure what the threads are worth (`npm run bench -- --switches check-thread`).
    if (process.env["DEEPSEEK_MIGRATE_NO_CHECK_THREAD"] === "1") return false;
    return existsSync(fileURLToPath(WORKER_URL));
  }

  /** Starts `count` threads; null when they are not available. */
  static async start(options: EngineOptions, count: number): Promise<CheckWorker | null> {
    if (!CheckWorker.available()) return null;
    const { Worker } = await import("node:worker_threads");
    return new CheckWorker(Array.from({ length: count }, () => new Thread(new Worker(WORKER_URL, { workerData: options }))));
  }

  /** Starts loading the TypeScript compiler on every thread (it also loads with the first TS/JS file); repeats do nothing. */
  warmUp(): void {
    for (const t of this.threads) {
      if (t.warming || t.failed) continue;
      t.warming = true;
      t.worker.postMessage("warm-up");
    }
  }

  /** The file's outcome, as `processFile` gives it; rejects when the threads have failed (the caller then checks it itself). */
  check(rel: string, abs: string, bytes?: Buffer): Promise<FileOutcome> {
    let thread: Thread | null = null;
    for (const t of this.threads) if (!t.failed && (thread === null || t.waiting.size < thread.waiting.size)) thread = t;
    if (thread === null) return Promise.reject(this.threads[0]!.failed);
    const id = this.nextId++;
    const chosen = thread;
    return new Promise<FileOutcome>((resolve, reject) => {
      chosen.waiting.set(id, { resolve, reject });
      chosen.worker.postMessage({ id, rel, abs, ...(bytes ? { bytes } : {}) } satisfies CheckRequest);
    });
  }

  /** Lets each thread write the compiler's code cache, then stops it. */
  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(async (t) => {
        if (!t.failed) {
          await new Promise<void>((resolve) => {
            t.closed = resolve;
            t.worker.once("exit", () => resolve());
            t.worker.postMessage("close");
          });
        }
        await t.worker.terminate();
      }),
    );
  }
}
