"use strict";
require("./core.cjs").modules["src/check/ts-thread-worker.ts"];
