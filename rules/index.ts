// What the engine loads: the language adapters (rules/languages/index.ts) in the order they claim files.
import { LANGUAGES } from "./languages/index.js";

export const RULES = LANGUAGES;
