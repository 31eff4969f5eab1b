// The review checks, in the order they run. File checks run on each file's rewrite occurrences after
// its language adapter; project checks after every file is checked (src/check/project.ts). The first
// check that names a reason decides; later ones see the result (a set found to be tested by
// `membershipSet` is a branch for `branchComment`).
import type { FileCheck, ProjectCheck } from "./api.js";
import { branchComment } from "./branch-comment.js";
import { coupledCliDoc } from "./coupled-cli-doc.js";
import { coupledPrompt } from "./coupled-prompt.js";
import { legacyTest } from "./legacy-test.js";
import { membershipSet } from "./membership-set.js";
import { validatedValue } from "./validated-value.js";

export const FILE_CHECKS: readonly FileCheck[] = [validatedValue, membershipSet, branchComment];

export const PROJECT_CHECKS: readonly ProjectCheck[] = [legacyTest, coupledPrompt, coupledCliDoc];
