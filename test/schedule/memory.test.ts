import { afterEach, describe, expect, it } from "vitest";
import { fullCollection } from "../../src/io/collect.js";
import { onReleaseMemory, releaseMemory } from "../../src/schedule/memory.js";

describe("releasing memory between pieces", () => {
  afterEach(() => onReleaseMemory(() => {}));

  it("runs the collector the shell registered, each time it is asked", () => {
    let calls = 0;
    onReleaseMemory(() => calls++);
    releaseMemory();
    releaseMemory();
    expect(calls).toBe(2);
  });

  it("gets Node's full garbage collection at run time, without --expose-gc on the command line", () => {
    const gc = fullCollection();
    // A real collection frees a large dropped array: heap use falls.
    let big: object[] | undefined = Array.from({ length: 300_000 }, (_, i) => ({ i }));
    const before = process.memoryUsage().heapUsed;
    big = undefined;
    gc();
    expect(big).toBeUndefined();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 5_000_000);
  });
});
