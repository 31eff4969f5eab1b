import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * `npm test`: every test but the slow suites (`*.slow.test.ts`: `npm run test:slow`, vitest.slow.config.ts).
 * Most tests spend their time waiting on a child process (the CLI, git), so two workers keep a 2-core
 * machine busy where vitest's default (cores - 1) would run one file at a time.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.slow.test.ts", "**/node_modules/**"],
    // Builds dist/ when a source is newer; gives git and the CLI the tests' own git setup.
    globalSetup: ["test/support/global-setup.ts"],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
