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
// The built package runs the worker as its own small CommonJS bundle (scripts/build-cli.mjs); the
// ESM file tsc writes is the fallback when the bundle is missing.
const WORKER_URL = ((): URL => {
  const bundled = new URL("../prefilter-worker.cjs", import.meta.url);
  // DEEPSEEK_MIGRATE_NO_BUNDLE is read only to measure what the bundles are worth (scripts/bench.mjs).
  return process.env["DEEPSEEK_MIGRATE_NO_BUNDLE"] !== "1" && existsSync(fileURLToPath(bundled)) ? bundled : new URL("./prefilter-worker.js", import.meta.url);
})();

/** How many worker threads a scan of `files` files should use. */
export function defaultWorkers(files: number): number {
  if (files < WORKER_MIN_FILES) return 0;
  // Read only to measure what the threads are worth (`npm run bench -- --switches probe-threads`).
  if (process.env["DEEPSEEK_MIGRATE_NO_PROBE_THREADS"] === "1") return 0;
  // The worker is compiled JavaScript; when running from TypeScript sources (tests) there is none.
  if (!existsSync(fileURLToPath(WORKER_URL))) return 0;
  return Math.min(availableParallelism(), 4);
}

/** One batch of a stream's items with one ProbeStatus each. */
export interface ProbedBatch<T> {
  readonly items: readonly T[];
  readonly status: Uint8Array;
  /** [index in the batch, errno code] for each UNREADABLE item. */
  readonly errors: readonly (readonly [number, string])[];
}

/**
 * Probes `paths` and yields one reply per batch of consecutive paths, in order. Stopping the
 * iteration early (break) terminates the workers.
 */
export async function* prefilter(paths: readonly string[], options: PrefilterOptions = {}): AsyncGenerator<BatchReply> {
  let id = 0;
  const workers = options.workers ?? defaultWorkers(paths.length);
  for await (const batch of prefilterStream(paths, (p) => p, { workers })) yield { id: id++, status: batch.status, errors: batch.errors };
}

/**
 * Probes the items of `source`, pulled lazily a batch at a time, and yields them batch by batch in
 * order with their status. On worker threads the next batches are pulled (for a walker: its folders
 * listed) while the threads read the batches already sent, so listing and reading overlap; only the
 * batches in flight are held. Without `options.workers`, threads start only once the stream has
 * shown WORKER_MIN_FILES items. Stopping the iteration early (break) terminates the workers.
 */
export async function* prefilterStream<T>(source: Iterable<T>, pathOf: (item: T) => string, options: PrefilterOptions = {}): AsyncGenerator<ProbedBatch<T>> {
  const it = source[Symbol.iterator]();
  const take = (n: number): T[] => {
    const out: T[] = [];
    while (out.length < n) {
      const r = it.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  };
  // The items looked at to choose the thread count are handed out first.
  let head: T[] = [];
  let workers = options.workers;
  if (workers === undefined) {
    head = take(WORKER_MIN_FILES);
    workers = defaultWorkers(head.length);
  }
  const nextBatch = (): T[] => {
    if (head.length === 0) return take(BATCH);
    const batch = head.length <= BATCH ? head : head.slice(0, BATCH);
    head = head.length <= BATCH ? [] : head.slice(BATCH);
    return batch.length === BATCH ? batch : batch.concat(take(BATCH - batch.length));
  };
  if (workers === 0) {
    const probe = new FileProbe();
    for (let items = nextBatch(); items.length > 0; items = nextBatch()) {
      const status = new Uint8Array(items.length);
      const errors: [number, string][] = [];
      for (let i = 0; i < items.length; i++) {
        const s = probe.probe(pathOf(items[i]!));
        status[i] = s;
        if (s === UNREADABLE) errors.push([i, probe.lastError]);
      }
      yield { items, status, errors };
    }
    return;
  }
  yield* onWorkers(nextBatch, pathOf, workers);
}

async function* onWorkers<T>(nextBatch: () => T[], pathOf: (item: T) => string, count: number): AsyncGenerator<ProbedBatch<T>> {
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
  let id = 0;
  /** Pulls the next batch from the stream and sends it; null once the stream is done. */
  const send = (): { readonly items: T[]; readonly reply: Promise<BatchReply> } | null => {
    const items = nextBatch();
    if (items.length === 0) return null;
    const n = id++;
    const reply = new Promise<BatchReply>((resolve, reject) => {
      waiting.set(n, { resolve, reject });
      const req: BatchRequest = { id: n, paths: items.map(pathOf) };
      pool[n % count]!.postMessage(req);
    });
    return { items, reply };
  };
  // Two batches queued per worker keep every thread busy while the main thread lists and handles results.
  const inflight: { readonly items: T[]; readonly reply: Promise<BatchReply> }[] = [];
  let more = true;
  try {
    while (more && inflight.length < count * 2) {
      const s = send();
      if (s) inflight.push(s);
      else more = false;
    }
    while (inflight.length > 0) {
      const head = inflight.shift()!;
      const reply = await head.reply;
      if (more) {
        const s = send();
        if (s) inflight.push(s);
        else more = false;
      }
      yield { items: head.items, status: reply.status, errors: reply.errors };
    }
  } finally {
    // Replies still in flight are dropped with their workers.
    inflight.forEach((p) => p.reply.catch(() => undefined));
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
