import type { Rule } from "../src/types.js";
import { docsRule } from "./languages/docs.js";
import { iniEnvRule } from "./languages/ini-env.js";
import { jsonRule } from "./languages/json.js";
import { pythonRule } from "./languages/python.js";
import { shellRule } from "./languages/shell.js";
import { textRule } from "./languages/text.js";
import { tomlRule } from "./languages/toml.js";
import { tsJsRule } from "./languages/ts-js.js";
import { yamlRule } from "./languages/yaml.js";

/** Rules in the order they claim files; the text rule comes last and takes everything left. */
export const RULES: readonly Rule[] = [tsJsRule, pythonRule, jsonRule, yamlRule, tomlRule, iniEnvRule, shellRule, docsRule, textRule];
