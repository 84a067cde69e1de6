// forecast.csv round-trips exactly: what `staff` reads is what `forecast` computed, so both paths staff the same rows.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ForecastRow } from "../../src/forecast/types.js";
import { forecastToCsv, readForecastCsv } from "../../src/io/forecast-csv.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-forecast-csv-"));

describe("forecast.csv", () => {
  it("reads back every number exactly as written, however many decimals it has", async () => {
    const volume = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(volume, volume, volume), { minLength: 1, maxLength: 24 }), async (values) => {
        const rows: ForecastRow[] = values.map(([a, b, c], i) => {
          const [p10, p50, p90] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
          return { hourStart: `2026-11-27T${String(i).padStart(2, "0")}:00+02:00`, channel: "chat", volume: p50, p10, p50, p90, event: "black-friday", method: "event-aligned" };
        });
        const file = join(dir, "forecast.csv");
        writeFileSync(file, forecastToCsv(rows));
        expect(await readForecastCsv(file)).toEqual(rows);
      }),
      { numRuns: 40, seed: 15 },
    );
  });

  it("keeps the hour whose need sits on a rounding boundary (2.3599764 is not 2.36)", () => {
    const row: ForecastRow = { hourStart: "2026-11-01T00:00+02:00", channel: "email", volume: 2.359976443553085, p10: 1, p50: 2, p90: 4, event: "", method: "year-over-year" };
    expect(forecastToCsv([row]).split("\n")[1]).toBe("2026-11-01T00:00+02:00,email,2.359976443553085,1,2,4,,year-over-year");
  });
});
