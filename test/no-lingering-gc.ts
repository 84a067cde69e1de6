// Vitest setup file: after each test, the schedule's release hook is a no-op again. main() registers Node's full
// garbage collection there (src/io/collect.ts), as the CLI process should; in a test worker (isolate: false) the hook
// outlived the test that called main, so every later solve in that worker, in any file, ran two or more full
// collections of the worker's whole heap (the suite's modules and every file's data): 23 s of the suite's CPU went to
// the collector. A test that calls main still gets the collections during its own run, as the CLI does.
import { afterAll, afterEach } from "vitest";
import { onReleaseMemory } from "../src/schedule/memory.js";

const none = (): void => {};
afterEach(() => onReleaseMemory(none));
afterAll(() => onReleaseMemory(none));
