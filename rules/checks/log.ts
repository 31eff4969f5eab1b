// A run log (`app.log`, `run.log.1`) records what a program printed then: history, whatever the line
// looks like, so every occurrence in it is a recorded response.
import type { FileCheck } from "./api.js";

export const log: FileCheck = {
  reasons: ["recorded-response"],
  scope: "all",
  check: (_d, file) => (file.context.kind === "log" ? "recorded-response" : null),
};
