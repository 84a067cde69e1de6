// Test settings: a roomier per-test timeout than vitest's 5 s, because the suite runs on a 2-core machine that other
// jobs share, where a small solve can take several seconds of wall time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
