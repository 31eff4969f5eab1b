// The installation tests (`npm run test:install`, run by .ci/run after `npm test`): they pack the
// package, install it the ways users do (tarball, git URL, npx, pre-commit, the GitHub Action's
// script) and run it. They take minutes and use the npm registry (preferring the local npm cache),
// so they are not part of `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/install/**/*.install.ts"],
    // Compiles dist/ when a source is newer; gives git (pre-commit, git-URL installs) the tests' own setup.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Each file installs packages with npm; one at a time keeps the machine and the npm cache calm.
    fileParallelism: false,
  },
});
