// An HTTP recording (VCR cassettes, HAR, nock, Polly) replays what was sent and received: the
// request side is a recorded request, the response side (by its key) a recorded response.
import { responseSideOfRecording } from "../../src/check/context.js";
import type { FileCheck } from "./api.js";

export const recording: FileCheck = {
  reasons: ["recorded-request", "recorded-response"],
  check(d, file) {
    if (file.context.kind !== "recording" || d.reason === "recorded-request") return null;
    return file.inResponse(d) || responseSideOfRecording(file.path, file.text, d.start) ? "recorded-response" : "recorded-request";
  },
};
