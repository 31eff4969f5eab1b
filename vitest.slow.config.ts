import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:slow`: the suites named `*.slow.test.ts`, each costing many seconds of CPU on its own
 * (compiler runs over SDK types, cold compiler caches). Same setup as `npm test` (vitest.config.ts);
 * `.ci/run` runs both. The installation tests have their own suite (vitest.install.config.ts).
 */
export default defineConfig({
  test: {
    include: ["test/**/*.slow.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
