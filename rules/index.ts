import type { Rule } from "../src/types.js";
import { docsRule } from "./docs.js";
import { pythonRule } from "./python.js";
import { textRule } from "./text.js";
import { tsJsRule } from "./ts-js.js";

/** Rules in the order they claim files; the text rule comes last and takes everything left. */
export const RULES: readonly Rule[] = [tsJsRule, pythonRule, docsRule, textRule];
