// Runs the byte-level probe over every scanned file, in batches, on worker threads when the scan is
// large enough to repay starting them (reading and searching is CPU work in Node: the syscalls and
// the search run on the calling thread), else on the main thread. Batches come back in path order.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker as WorkerType } from "node:worker_threads";
import { FileProbe, UNREADABLE } from "./probe.js";

export { CANDIDATE, NO_MATCH, UNREADABLE, type ProbeStatus } from "./probe.js";

export interface BatchRequest {
  readonly id: number;
  readonly paths: readonly string[];
}

export interface BatchReply {
  readonly id: number;
  /** One ProbeStatus per path of the request. */
  readonly status: Uint8Array;
  /** [index in the batch, errno code] for each UNREADABLE path. */
  readonly errors: readonly (readonly [number, string])[];
}

export interface PrefilterOptions {
  /** Worker threads to use; 0 probes on the calling thread. Default: chosen from the file count. */
  readonly workers?: number;
}

/** Paths per batch: large enough to amortise a message, small enough to keep results flowing. */
const BATCH = 1024;
/** Below this many files the threads' start-up (tens of ms of CPU each) costs more than it saves. */
const WORKER_MIN_FILES = 4000;
const WORKER_URL = new URL("./prefilter-worker.js", import.meta.url);

/** How many worker threads a scan of `files` files should use. */
export function defaultWorkers(files: number): number {
  if (files < WORKER_MIN_FILES) return 0;
  // The worker is compiled JavaScript; when running from TypeScript sources (tests) there is none.
  if (!existsSync(fileURLToPath(WORKER_URL))) return 0;
  return Math.min(availableParallelism(), 4);
}

/**
 * Probes `paths` and yields one reply per batch of consecutive paths, in order. Stopping the
 * iteration early (break) terminates the workers.
 */
export async function* prefilter(paths: readonly string[], options: PrefilterOptions = {}): AsyncGenerator<BatchReply> {
  const workers = options.workers ?? defaultWorkers(paths.length);
  if (workers === 0) {
    const probe = new FileProbe();
    for (let from = 0, id = 0; from < paths.length; from += BATCH, id++) {
      const batch = paths.slice(from, from + BATCH);
      const status = new Uint8Array(batch.length);
      const errors: [number, string][] = [];
      for (let i = 0; i < batch.length; i++) {
        const s = probe.probe(batch[i]!);
        status[i] = s;
        if (s === UNREADABLE) errors.push([i, probe.lastError]);
      }
      yield { id, status, errors };
    }
    return;
  }
  yield* onWorkers(paths, workers);
}

async function* onWorkers(paths: readonly string[], count: number): AsyncGenerator<BatchReply> {
  const { Worker } = await import("node:worker_threads");
  const pool: WorkerType[] = [];
  const waiting = new Map<number, { resolve: (r: BatchReply) => void; reject: (e: Error) => void }>();
  const fail = (err: Error): void => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  for (let i = 0; i < count; i++) {
    const w = new Worker(WORKER_URL);
    w.on("message", (reply: BatchReply) => {
      const slot = waiting.get(reply.id);
      waiting.delete(reply.id);
      slot?.resolve(reply);
    });
    w.on("error", fail);
    w.on("exit", (code) => {
      if (code !== 0) fail(new Error(`pre-filter worker exited with code ${code}`));
    });
    pool.push(w);
  }
  const batches = Math.ceil(paths.length / BATCH);
  const send = (id: number): Promise<BatchReply> =>
    new Promise<BatchReply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      const req: BatchRequest = { id, paths: paths.slice(id * BATCH, (id + 1) * BATCH) };
      pool[id % count]!.postMessage(req);
    });
  // Two batches queued per worker keep every thread busy while the main thread handles results.
  const inflight: Promise<BatchReply>[] = [];
  let next = 0;
  try {
    while (next < batches && inflight.length < count * 2) inflight.push(send(next++));
    while (inflight.length > 0) {
      const reply = await inflight.shift()!;
      if (next < batches) inflight.push(send(next++));
      yield reply;
    }
  } finally {
    // Replies still in flight are dropped with their workers.
    inflight.forEach((p) => p.catch(() => undefined));
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
