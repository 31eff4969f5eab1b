#!/usr/bin/env node
require("../dist/src/cli.cjs").run();
