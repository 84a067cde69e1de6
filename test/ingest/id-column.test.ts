// The ticket-id column: rows repeating an id are counted once, which is right for an export and wrong for a column
// that only looks like one (a caller's number). So the lead is always told, and ingest.idColumn names the column.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig } from "../../src/config.js";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-id-"));
/** 40 calls from 10 callers: the Number column repeats, every row is a ticket. */
const calls = join(dir, "calls.csv");
writeFileSync(calls, `Created at,Channel,Number\n${Array.from({ length: 40 }, (_, i) => `2025-11-${String(3 + (i % 20)).padStart(2, "0")} ${String(8 + (i % 9)).padStart(2, "0")}:1${i % 10}:00,phone,+3584000${i % 10}`).join("\n")}\n`);
const read = (idColumn?: string) => ingestExport(calls, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1), ...(idColumn === undefined ? {} : { idColumn }) });

describe("the ticket-id column", () => {
  it("stops when a detected id repeats all over the file (a caller's number), naming the column and ingest.idColumn", async () => {
    await expect(read()).rejects.toThrow(/calls\.csv: column "Number": repeats a value at another created time on 30 of 40 rows \(75\.0 %\), spread through the file .*ingest\.idColumn .*or "none" to count every row$/);
  });

  it("says when rows were dropped as repeats of a column the lead named, naming the column and ingest.idColumn", async () => {
    const r = await read("Number");
    expect(r.summary.idColumn).toBe("Number");
    expect(r.summary.rowsUsed).toBe(10);
    const lines = ingestWarnings(r.summary).filter((l) => l.includes("repeat"));
    expect(lines).toEqual([expect.stringMatching(/calls\.csv: 30 rows repeat a ticket id in "Number" and were counted once \(lines 12, 13, 14, 15, 16, \.\.\.\); .*ingest\.idColumn, or "none" to count every row$/)]);
  });

  it('"none" counts every row; a column name picks that column', async () => {
    expect((await read("none")).summary.rowsUsed).toBe(40);
    expect((await read("none")).summary.idColumn).toBeUndefined();
    expect((await read("Created at")).summary.rowsUsed).toBe(40);
  });

  it("refuses a name the header does not have, and the config takes the key", async () => {
    await expect(read("Ticket")).rejects.toThrow(/no column "Ticket" \(from ingest\.idColumn\); expected a column of the header, or "none"/);
    expect(applyConfig(defaultConfig(), { ingest: { idColumn: "none" } }, join(dir, "c.json")).ingest.idColumn).toBe("none");
  });
});

describe("the other import lines", () => {
  it("names channel values read by their words, and UTC timestamps without calling the zone wrong", async () => {
    const file = join(dir, "words.csv");
    writeFileSync(file, `Created at,Via\n${Array.from({ length: 30 }, (_, i) => `2025-11-${String(3 + (i % 20)).padStart(2, "0")}T${String(8 + (i % 9)).padStart(2, "0")}:0${i % 10}:00Z,${i % 2 ? "Voice message" : "email"}`).join("\n")}\n`);
    const lines = ingestWarnings((await ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) })).summary);
    expect(lines).toContainEqual(expect.stringMatching(/words\.csv: channel values read by the words in them: "Voice message" as phone; if one is wrong, map it in the config's ingest\.channelMap$/));
    expect(lines).toContainEqual(expect.stringMatching(/words\.csv: timestamps are written in UTC \(30 of 30\); read as exact instants, their hours are counted in Europe\/Helsinki/));
    expect(lines.join("\n")).not.toMatch(/check --tz/);
  });
});
