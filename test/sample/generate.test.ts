// The sample generator: deterministic, streamed, shaped like a holiday season, readable in every dialect.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/ingest/analyze.js";
import { ingestExport } from "../../src/ingest/read.js";
import { sampleAgents } from "../../src/sample/agents.js";
import { SAMPLE_FORMATS } from "../../src/sample/formats.js";
import { sampleChunks, scaleForRows } from "../../src/sample/generate.js";
import { expectedDaily, seasonMultiplier } from "../../src/sample/shape.js";
import { blackFriday, cyberMonday } from "../../src/time/events.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-sample-"));
const text = (o: Parameters<typeof sampleChunks>[0]): string => [...sampleChunks(o)].join("");

describe("sample generator", () => {
  const base = { seed: 7, from: "2025-11-24", to: "2025-12-02", zone: "Europe/Helsinki" };

  it("is deterministic for a seed and differs between seeds", () => {
    expect(text(base)).toBe(text(base));
    expect(text({ ...base, seed: 8 })).not.toBe(text(base));
  });

  it("puts Black Friday and Cyber Monday at the top of their weeks", () => {
    for (const year of [2024, 2025, 2026]) {
      const bf = blackFriday(year);
      const cm = cyberMonday(year);
      expect(seasonMultiplier(bf)).toBeGreaterThan(seasonMultiplier(`${year}-11-20`) * 2);
      expect(seasonMultiplier(cm)).toBeGreaterThan(seasonMultiplier(`${year}-12-08`));
    }
  });

  it("late November to Christmas runs 200-300 % above the September-October baseline", () => {
    const mean = (from: string, to: string): number => {
      let s = 0;
      let n = 0;
      for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
        s += expectedDaily(new Date(t).toISOString().slice(0, 10));
        n++;
      }
      return s / n;
    };
    const rise = mean("2025-11-24", "2025-12-23") / mean("2025-09-01", "2025-10-31") - 1;
    expect(rise).toBeGreaterThan(1.9);
    expect(rise).toBeLessThan(3.1);
    expect(expectedDaily("2025-12-25")).toBeLessThan(expectedDaily("2025-10-15"));
  });

  it("--rows aims the total near the wish", () => {
    const rows = text({ ...base, rows: 5000, dirty: false }).split("\n").length - 2;
    expect(Math.abs(rows - 5000)).toBeLessThan(250);
    expect(scaleForRows(5000, base.from, base.to)).toBeGreaterThan(0);
  });

  for (const format of SAMPLE_FORMATS) {
    it(`${format}: ingests back with every row accounted for`, async () => {
      const file = join(dir, `${format}.csv`);
      writeFileSync(file, text({ ...base, format, dirty: true, scale: 0.5 }));
      const r = await ingestExport(file, { zone: "Europe/Helsinki" });
      const s = r.summary;
      const skipped = s.skipped.reduce((n, k) => n + k.count, 0);
      expect(s.rowsUsed + skipped).toBe(s.rowsRead);
      expect(s.rowsUsed).toBeGreaterThan(500);
      const reasons = s.skipped.map((k) => k.reason);
      expect(reasons).toContain("unparseable time");
      expect(format === "generic" ? s.source : s.source).toBe(format === "nordic" || format === "generic" ? "generic" : format);
    });
  }

  it("dirty rows are the realistic kinds and a few", async () => {
    const file = join(dir, "dirty.csv");
    writeFileSync(file, text({ seed: 3, from: "2025-03-01", to: "2026-01-15", zone: "Europe/Helsinki", dirty: true }));
    const r = await ingestExport(file, { zone: "Europe/Helsinki" });
    const reasons = Object.fromEntries(r.summary.skipped.map((k) => [k.reason, k.count]));
    expect(Object.keys(reasons).sort()).toEqual(["blank line", "duplicate ticket id", "empty time", "unparseable time"]);
    expect(r.summary.unknownChannels["Trustpilot review"]).toBeGreaterThan(0);
    expect(readFileSync(file, "utf8")).toMatch(/"Order 4411, two parcels\nsecond one missing"/);
    const a = analyze(r.series, r.summary);
    expect(a.peakDays[0]?.date).toMatch(/^2025-(11-28|12-01)$/);
    expect(a.seasons[0]?.peakRise).toBeGreaterThan(2);
  });
});

describe("sample agents", () => {
  it("has about 25 % seniors, 45 % experienced, 30 % new hires starting after training in November", () => {
    const rows = sampleAgents(30, 1, 2026);
    const by = (s: string): number => rows.filter((r) => r[2] === s).length;
    expect(by("senior")).toBe(8);
    expect(by("experienced")).toBe(14);
    expect(by("new")).toBe(8);
    for (const r of rows.filter((x) => x[2] === "new")) expect(["2026-11-16", "2026-11-23"]).toContain(r[3]);
    expect(new Set(rows.map((r) => r[1])).size).toBe(30);
  });
});
