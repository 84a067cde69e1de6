// `peakplan analyze` called as a function: the bundled sample, --out, --json, and bad input writing nothing.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../src/commands/analyze.js";
import { InputError } from "../../src/errors.js";
import { analyze } from "../../src/ingest/analyze.js";
import type { HourlySeries, IngestSummary } from "../../src/ingest/types.js";
import { SAMPLE } from "../../src/io/paths.js";
import { memoryPrinter } from "../../src/io/terminal.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-analyze-"));
const fx = (name: string): string => fileURLToPath(new URL(`../ingest/fixtures/${name}`, import.meta.url));

describe("analyze command", () => {
  it("runs on the bundled sample and shows both seasons' peak, and the phone line closed at night", async () => {
    const p = memoryPrinter();
    const { analysis } = await analyzeCommand({ history: SAMPLE.history }, p);
    const out = p.stdout.join("\n");
    expect(out).toMatch(/Peak days/);
    expect(out).toMatch(/Season 2025: weekly volume/);
    // The closed hours in the table (test/forecast/analyze-closed.slow.test.ts checks them in --json).
    expect(out).toMatch(/Looks closed/);
    // The generator gives phone 06-07 a small weight (a few early calls): quiet, not closed.
    expect(out).toMatch(/phone: Mon 00-06, Mon 22-24/);
    expect(analysis.zone).toBe("Europe/Helsinki");
    expect(analysis.rows.read).toBe(analysis.rows.used + analysis.rows.skipped.reduce((n, s) => n + s.count, 0));
    expect(analysis.seasons.map((s) => s.season)).toEqual([2024, 2025]);
    const peakRise = analysis.seasons[1]?.peakRise ?? 0;
    expect(peakRise).toBeGreaterThan(1.5);
    expect(analysis.channelMix.find((m) => m.channel === "email")?.share).toBeGreaterThan(0.35);
  });

  it("--out writes hour_start,channel,tickets that sum to the rows used; --json prints parseable JSON", async () => {
    const out = join(dir, "hourly.csv");
    const p = memoryPrinter();
    const { analysis } = await analyzeCommand({ history: fx("zendesk.csv"), out, json: true, tz: "UTC" }, p);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toBe("hour_start,channel,tickets");
    expect(lines[1]).toBe("2025-11-28T08:00+00:00,email,1");
    const sum = lines.slice(1).reduce((n, l) => n + Number(l.split(",")[2]), 0);
    expect(sum).toBe(analysis.rows.used);
    expect(JSON.parse(p.stdout.join("")).totalTickets).toBe(5);
  });

  it("bad input throws InputError and writes nothing", async () => {
    const out = join(dir, "never.csv");
    await expect(analyzeCommand({ history: fx("no-time-column.csv"), out }, memoryPrinter())).rejects.toThrow(InputError);
    // No --history and no history in the config: the bundled sample no longer stands in (a lead's forgotten option).
    await expect(analyzeCommand({ out }, memoryPrinter())).rejects.toThrow(/--history: missing; expected your help-desk export/);
    await expect(analyzeCommand({ history: fx("zendesk.csv"), out, tz: "Nowhere/Land" }, memoryPrinter())).rejects.toThrow(/IANA/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("analyze (pure)", () => {
  const hours = ["2025-09-01T00:00+03:00", "2025-09-01T01:00+03:00"];
  const summary: IngestSummary = {
    file: "x", source: "generic", delimiter: ",", timeColumn: "t", dateFormat: "iso", rowsRead: 5, rowsUsed: 5, duplicates: 0,
    skipped: [], dstGap: 0, dstAmbiguous: 0, unknownChannels: {},
  };
  it("sums days, weekday hours and channel shares", () => {
    const series: HourlySeries = { zone: "Europe/Helsinki", hours, channels: ["email", "chat"], counts: new Map([["email", [1, 2]], ["chat", [2, 0]]]) };
    const a = analyze(series, summary);
    expect(a.daily).toEqual([{ date: "2025-09-01", tickets: 5 }]);
    expect(a.hourByWeekday[0]?.[0]).toBe(3); // Monday 00:00
    expect(a.busiestHours[0]).toEqual({ weekday: 1, hour: 0, meanTickets: 3 });
    expect(a.channelMix).toEqual([
      { channel: "email", tickets: 3, share: 0.6 },
      { channel: "chat", tickets: 2, share: 0.4 },
    ]);
    expect(a.seasons).toEqual([]);
  });
});
