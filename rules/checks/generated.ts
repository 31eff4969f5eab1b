// A generated file (by its name, or a "generated … do not edit" header) is rewritten by its
// generator: the source it comes from is what to change.
import type { FileCheck } from "./api.js";

export const generated: FileCheck = {
  reasons: ["generated"],
  scope: "all",
  check: (_d, file) => (file.context.kind === "generated" ? "generated" : null),
};
