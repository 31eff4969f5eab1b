import type { Rule } from "../src/types.js";
import { docsRule } from "./docs.js";
import { iniEnvRule } from "./ini-env.js";
import { jsonRule } from "./json.js";
import { pythonRule } from "./python.js";
import { shellRule } from "./shell.js";
import { textRule } from "./text.js";
import { tomlRule } from "./toml.js";
import { tsJsRule } from "./ts-js.js";
import { yamlRule } from "./yaml.js";

/** Rules in the order they claim files; the text rule comes last and takes everything left. */
export const RULES: readonly Rule[] = [tsJsRule, pythonRule, jsonRule, yamlRule, tomlRule, iniEnvRule, shellRule, docsRule, textRule];
