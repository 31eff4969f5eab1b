#!/usr/bin/env node
// DEEPSEEK_MIGRATE_NO_BUNDLE=1 runs tsc's ESM output instead of the esbuild bundle; it is read only
// so that `npm run bench -- --switches bundle` can measure what the bundle is worth (a development
// checkout only: the package does not ship the ESM files).
if (process.env.DEEPSEEK_MIGRATE_NO_BUNDLE === "1") import("../dist/src/cli/cli.js").then((m) => m.run());
else require("../dist/src/cli.cjs").run();
