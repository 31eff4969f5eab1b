import type { ThinkingMode } from "./catalog.js";
export interface RetiredName {
    readonly id: string;
    /** The thinking mode the name implied; V4 enables thinking by default. */
    readonly thinking: ThinkingMode;
    /** The model ID the default `--to v4` preset rewrites it to. */
    readonly defaultTarget: string;
}
export declare const RETIRED: readonly [{
    readonly id: "deepseek-chat";
    readonly thinking: "disabled";
    readonly defaultTarget: "deepseek-v4-flash";
}, {
    readonly id: "deepseek-reasoner";
    readonly thinking: "enabled";
    readonly defaultTarget: "deepseek-v4-flash";
}];
