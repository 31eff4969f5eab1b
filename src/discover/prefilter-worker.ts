// Worker-thread side of the pre-filter: probes batches of paths and answers with one status byte per
// path. It imports only the probe, so starting it costs little more than a bare thread.
import { parentPort } from "node:worker_threads";
import { FileProbe, UNREADABLE } from "./probe.js";
import type { BatchReply, BatchRequest } from "./prefilter.js";

const probe = new FileProbe();
parentPort?.on("message", (req: BatchRequest) => {
  const status = new Uint8Array(req.paths.length);
  const errors: [number, string][] = [];
  for (let i = 0; i < req.paths.length; i++) {
    const s = probe.probe(req.paths[i]!);
    status[i] = s;
    if (s === UNREADABLE) errors.push([i, probe.lastError]);
  }
  const reply: BatchReply = { id: req.id, status, errors };
  parentPort!.postMessage(reply, [status.buffer]);
});
