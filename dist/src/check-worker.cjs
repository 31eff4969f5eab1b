"use strict";
require("./core.cjs").modules["src/check-worker.ts"];
