// `analyze` says which weekdays and hours look closed, per channel (the forecast puts them at zero).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../src/commands/analyze.js";
import { CLOSED_WEEKS } from "../../src/forecast/closed.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("analyze reports closed hours", () => {
  // The table's "Looks closed" lines for the bundled sample are checked in test/commands/analyze.test.ts, on the
  // analyze run that file makes of the sample anyway: reading the 7 MB export once more here only repeated it.
  it("names the bundled sample's phone line closed at night in --json", async () => {
    // Closed hours are read from the last CLOSED_WEEKS weeks, so the sample's last nine (from 13 November 2025 to its
    // last day, 15 January 2026) give the same answer for every channel of the sample but the stray "other" rows:
    // a third of the export to read. The rows run in time order, so the tail is whole rows.
    expect(CLOSED_WEEKS).toBeLessThan(9);
    const text = readFileSync(SAMPLE.history, "utf8");
    const tail = join(mkdtempSync(join(tmpdir(), "peakplan-closed-")), "tickets.csv");
    writeFileSync(tail, text.slice(0, text.indexOf("\n")) + text.slice(text.search(/\n\d+,2025-11-13 /)));
    const j = memoryPrinter();
    await analyzeCommand({ history: tail, json: true }, j);
    const closed = JSON.parse(j.stdout.join("")).closed as Array<{ channel: string; weekdays: string[]; hours: string[] }>;
    expect(closed.find((c) => c.channel === "phone")?.hours).toContain("Sun 22-24");
    expect(closed.find((c) => c.channel === "email")?.hours).toEqual([]);
    // A generous limit: it reads the bundled sample on a shared machine; nothing here measures time.
  }, 30_000);
});
