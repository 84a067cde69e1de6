// `analyze` says which weekdays and hours look closed, per channel (the forecast puts them at zero).
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../src/commands/analyze.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("analyze reports closed hours", () => {
  // The table's "Looks closed" lines for the bundled sample are checked in test/commands/analyze.test.ts, on the
  // analyze run that file makes of the sample anyway: reading the 7 MB export once more here only repeated it.
  it("names the bundled sample's phone line closed at night in --json", async () => {
    const j = memoryPrinter();
    await analyzeCommand({ history: SAMPLE.history, json: true }, j);
    const closed = JSON.parse(j.stdout.join("")).closed as Array<{ channel: string; weekdays: string[]; hours: string[] }>;
    expect(closed.find((c) => c.channel === "phone")?.hours).toContain("Sun 22-24");
    expect(closed.find((c) => c.channel === "email")?.hours).toEqual([]);
    // A generous limit: it reads the bundled sample on a shared machine; nothing here measures time.
  }, 30_000);
});
