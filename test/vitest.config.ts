// Test settings: a roomier per-test timeout than vitest's 5 s, because the suite runs on a 2-core machine that other
// jobs share, where a small solve can take several seconds of wall time. It lives under test/ (the design card fixes
// the top level), so the root is set back to the repository.
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The files share a worker's module graph (isolate: false): a fresh process per file cost a fork and a fresh import of
// src, luxon, commander and the HiGHS runtime, about 0.6 s of CPU a file. No test mocks a module (cli.test.ts hands
// buildProgram a recording runner instead: a mocking file needed a project of its own, which vitest ran alone before
// the others, one core idle), spies are restored after each test and runMain restores the working folder.

/**
 * The longest files first, so the other worker takes the many short ones meanwhile instead of one long file ending the
 * run alone: the sample's byte check (one solve of the bundled season) and the cron recipe (npm pack and install).
 * Vitest orders by the durations it cached from the last run, by file size on a fresh clone; these go first either way.
 */
const SLOW = "test/**/*.slow.test.ts";
/** `npm run test:fast` (npm names the script it runs) leaves the slow files out; `npm test` and plain vitest run all. */
const FAST = process.env.npm_lifecycle_event === "test:fast";

const FIRST = ["test/plan/sample-bytes.slow.test.ts", "test/workflow.slow.test.ts"];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const at = FIRST.findIndex((name) => f.moduleId.endsWith(name));
      if (at >= 0) return at;
      return f.moduleId.endsWith(".slow.test.ts") ? FIRST.length : FIRST.length + 1;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    testTimeout: 30_000,
    globalSetup: ["test/temp-root.ts"],
    // Puts the full collection main() registers back to a no-op after each test (see the file).
    setupFiles: ["test/no-lingering-gc.ts"],
    // Keeps each file's TypeScript transform between runs (in node_modules/.experimental-vitest-cache, keyed by the
    // file's content): 2.5-4 s of CPU a run on the 2-core machine; a fresh clone's first run fills it.
    experimental: { fsModuleCache: true },
    // Vitest's default is one worker per core less one: a single worker on the 2-core machine. Many files wait on
    // child processes (the CLI, npm, chromium), so two workers overlap them: measured 119 s against 186 s idle.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // A *.slow.test.ts file spawns the CLI, solves more than a tiny roster or drives the browser; `npm run test:fast`
    // leaves them out. In one run with the fast files, the long solve overlaps the short files.
    isolate: false,
    exclude: [...(FAST ? [SLOW] : []), ...configDefaults.exclude],
  },
});
