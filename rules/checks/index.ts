// The review checks, in the order they run. File checks run on each file's occurrences after its
// language adapter (src/check/context.ts applyChecks); project checks after every file is checked
// (src/check/project.ts). For each occurrence the first check that names a reason decides; later
// checks see the result (a set found to be tested by `membershipSet` is a branch for `branchComment`).
// What kind of file it is comes first: a log, a snapshot, a generated file or a recording makes an
// occurrence history whatever the adapter saw.
import type { FileCheck, ProjectCheck } from "./api.js";
import { branchComment } from "./branch-comment.js";
import { coupledCliDoc } from "./coupled-cli-doc.js";
import { coupledPrompt } from "./coupled-prompt.js";
import { generated } from "./generated.js";
import { legacyTest } from "./legacy-test.js";
import { log } from "./log.js";
import { membershipSet } from "./membership-set.js";
import { recordedResponse } from "./recorded-response.js";
import { recording } from "./recording.js";
import { snapshot } from "./snapshot.js";
import { validatedValue } from "./validated-value.js";

export const FILE_CHECKS: readonly FileCheck[] = [log, snapshot, generated, recording, recordedResponse, validatedValue, membershipSet, branchComment];

export const PROJECT_CHECKS: readonly ProjectCheck[] = [legacyTest, coupledPrompt, coupledCliDoc];
