// An occurrence inside a recorded response, in any file: an SSE line of a stream, an object shaped
// like a completion (src/check/recorded.ts), or in test code a `model` field of an object holding
// response words. It is history; the engine hides it unless asked.
import type { FileCheck } from "./api.js";

export const recordedResponse: FileCheck = {
  reasons: ["recorded-response"],
  check: (d, file) => (file.context.kind === "plain" && file.inResponse(d) ? "recorded-response" : null),
};
