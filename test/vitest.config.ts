// Test settings: a roomier per-test timeout than vitest's 5 s, because the suite runs on a 2-core machine that other
// jobs share, where a small solve can take several seconds of wall time. It lives under test/ (the design card fixes
// the top level), so the root is set back to the repository.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    testTimeout: 30_000,
    // Vitest's default is one worker per core less one: a single worker on the 2-core machine. Many files wait on
    // child processes (the CLI, npm, chromium), so two workers overlap them: measured 119 s against 186 s idle.
    maxWorkers: 2,
  },
});
