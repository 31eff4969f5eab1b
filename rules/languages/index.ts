// The language adapters, one per file family, in the order they claim files: the first whose
// `appliesTo` accepts a path checks it, and the text adapter comes last and takes everything left.
//
// Adding a file family is adding one adapter here: a module exporting a `Rule` (src/types.ts) that
// says which paths it owns, checks a file's text, and (when the family has a parser) validates a
// migrated text before it is written; then listing it below, before any adapter that would also
// claim its files. Its fixtures go in fixtures/rules/<id>/ and its table test in test/rules/<id>.test.ts.
import type { Rule } from "../../src/types.js";
import { docsRule } from "./docs.js";
import { goRule } from "./go.js";
import { iniEnvRule } from "./ini-env.js";
import { javaRule } from "./java.js";
import { jsonRule } from "./json.js";
import { pythonRule } from "./python.js";
import { shellRule } from "./shell.js";
import { textRule } from "./text.js";
import { tomlRule } from "./toml.js";
import { tsJsRule } from "./ts-js.js";
import { yamlRule } from "./yaml.js";

export const LANGUAGES: readonly Rule[] = [tsJsRule, pythonRule, jsonRule, yamlRule, tomlRule, iniEnvRule, shellRule, goRule, javaRule, docsRule, textRule];
