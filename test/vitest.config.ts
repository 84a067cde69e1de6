// Test settings: a roomier per-test timeout than vitest's 5 s, because the suite runs on a 2-core machine that other
// jobs share, where a small solve can take several seconds of wall time. It lives under test/ (the design card fixes
// the top level), so the root is set back to the repository.
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

/** Files that replace modules with vi.mock: each gets a fresh module graph of its own. */
const MOCKING = ["test/cli.test.ts"];
const SLOW_MOCKING = ["test/commands/demo.slow.test.ts"];
const SLOW = "test/**/*.slow.test.ts";
// The other files share a worker's module graph (isolate: false): a fresh process per file cost a fork and a fresh
// import of src, luxon, commander and the HiGHS runtime, about 0.6 s of CPU a file. No test there mocks a module,
// spies are restored after each test and runMain restores the working folder.

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    testTimeout: 30_000,
    // Vitest's default is one worker per core less one: a single worker on the 2-core machine. Many files wait on
    // child processes (the CLI, npm, chromium), so two workers overlap them: measured 119 s against 186 s idle.
    maxWorkers: 2,
    // Four projects: `npm run test:fast` runs two of them (--project fast --project mocking), `npm test` all four.
    // A *.slow.test.ts file spawns the CLI, solves more than a tiny roster or drives the browser.
    projects: [
      { extends: true, test: { name: "fast", exclude: [...MOCKING, SLOW, ...configDefaults.exclude], isolate: false } },
      { extends: true, test: { name: "slow", include: [SLOW], exclude: [...SLOW_MOCKING, ...configDefaults.exclude], isolate: false } },
      { extends: true, test: { name: "mocking", include: MOCKING, isolate: true } },
      { extends: true, test: { name: "slow-mocking", include: SLOW_MOCKING, isolate: true } },
    ],
  },
});
