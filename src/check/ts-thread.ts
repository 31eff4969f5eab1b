// TypeScript/JavaScript candidates are checked on a worker thread while the main thread checks the
// others. Parsing is CPU work on one thread in Node, and the TypeScript compiler is the largest
// single cost of a scan (loading it, then cold parsing): on its own thread it overlaps discovery
// and the other languages instead of following them. One thread, not a pool: each thread would load
// and warm up its own compiler. Used only from the compiled package (the worker is JavaScript).
import { existsSync } from "node:fs";
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

export class CheckWorker {
  private readonly waiting = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | null = null;
  private closed: (() => void) | null = null;
  private warming = false;

  private constructor(private readonly worker: WorkerType) {
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

  /** False when running from sources (tests), where there is no compiled worker. */
  static available(): boolean {
    // Read only to measure what the thread is worth (`npm run bench -- --switches check-thread`).
    if (process.env["DEEPSEEK_MIGRATE_NO_CHECK_THREAD"] === "1") return false;
    return existsSync(fileURLToPath(WORKER_URL));
  }

  /** Starts the thread; null when it is not available. */
  static async start(options: EngineOptions): Promise<CheckWorker | null> {
    if (!CheckWorker.available()) return null;
    const { Worker } = await import("node:worker_threads");
    return new CheckWorker(new Worker(WORKER_URL, { workerData: options }));
  }

  /** Starts loading the compiler on the thread (it also loads with the first file); repeats do nothing. */
  warmUp(): void {
    if (this.warming || this.failed) return;
    this.warming = true;
    this.worker.postMessage("warm-up");
  }

  /** The file's outcome, as `processFile` gives it; rejects when the thread has failed (the caller then checks it itself). */
  check(rel: string, abs: string, bytes?: Buffer): Promise<FileOutcome> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<FileOutcome>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, rel, abs, ...(bytes ? { bytes } : {}) } satisfies CheckRequest);
    });
  }

  /** Lets the thread write the compiler's code cache, then stops it. */
  async close(): Promise<void> {
    if (!this.failed) {
      await new Promise<void>((resolve) => {
        this.closed = resolve;
        this.worker.once("exit", () => resolve());
        this.worker.postMessage("close");
      });
    }
    await this.worker.terminate();
  }
}
