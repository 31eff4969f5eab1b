// Test snapshots (`__snapshots__/`, `.snap`, `.ambr`) and inline snapshot arguments
// (`toMatchInlineSnapshot(...)`, inline_snapshot's `snapshot(...)`) record what the code produced:
// a response inside one is a recorded response, anything else a snapshot to update by re-running.
import type { FileCheck } from "./api.js";

export const snapshot: FileCheck = {
  reasons: ["snapshot", "recorded-response"],
  scope: "all",
  check(d, file) {
    const { context } = file;
    const inline = context.kind === "plain" && context.inlineSnapshots.some(([s, e]) => d.start >= s && d.end <= e);
    if (context.kind !== "snapshot" && !inline) return null;
    return file.inResponse(d) ? "recorded-response" : "snapshot";
  },
};
