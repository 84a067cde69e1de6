// `analyze` says which weekdays and hours look closed, per channel (the forecast puts them at zero).
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../src/commands/analyze.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";

describe("analyze reports closed hours", () => {
  it("names the bundled sample's phone line closed at night, in the table and in --json", async () => {
    const p = memoryPrinter();
    await analyzeCommand({ history: SAMPLE.history }, p);
    const out = p.stdout.join("\n");
    expect(out).toMatch(/Looks closed/);
    // The generator gives phone 06-07 a small weight (a few early calls): quiet, not closed.
    expect(out).toMatch(/phone: Mon 00-06, Mon 22-24/);
    const j = memoryPrinter();
    await analyzeCommand({ history: SAMPLE.history, json: true }, j);
    const closed = JSON.parse(j.stdout.join("")).closed as Array<{ channel: string; weekdays: string[]; hours: string[] }>;
    expect(closed.find((c) => c.channel === "phone")?.hours).toContain("Sun 22-24");
    expect(closed.find((c) => c.channel === "email")?.hours).toEqual([]);
    // A generous limit: it reads the bundled sample twice on a shared machine; nothing here measures time.
  }, 30_000);
});
