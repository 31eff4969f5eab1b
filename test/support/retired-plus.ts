// The shipped table of retired names plus one more, for test/catalog.test.ts: linked into a build
// of the library in place of src/retired.ts, it stands for the day another name is retired.
import { RETIRED as SHIPPED } from "../../src/retired.js";

export const RETIRED = [...SHIPPED, { id: "deepseek-coder", thinking: "disabled", defaultTarget: "deepseek-v4-pro" }] as const;
