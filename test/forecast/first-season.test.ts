// The first-season rule's inputs name the busiest day, and a busiest day far above the other busy ones is told apart.
import { describe, expect, it } from "vitest";
import { busiestDayStandsAlone, firstSeasonInputs } from "../../src/forecast/first-season.js";
import { channelHistory } from "../../src/forecast/series.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { synthSeries } from "./synthetic.js";

/** The inputs as forecastSeason reads them: one history per channel. */
const firstSeasonInputsOf = (s: HourlySeries) => firstSeasonInputs(s.channels.map((c) => channelHistory(s, c)));

const series = synthSeries({ from: "2025-03-01", to: "2025-10-31", base: 200, channels: { chat: 0.6, email: 0.4 }, seed: 3, noise: false });

/** The series with `extra` email tickets added at 10:00 on `date`. */
function withFlood(s: HourlySeries, date: string, extra: number): HourlySeries {
  const i = s.hours.findIndex((h) => h.startsWith(`${date}T10:00`));
  const counts = new Map(s.counts);
  const email = [...(counts.get("email") ?? [])];
  email[i] = (email[i] ?? 0) + extra;
  counts.set("email", email);
  return { ...s, counts };
}

describe("first-season inputs", () => {
  it("carry the busiest day's date with its count, and the median of the ten busiest days", () => {
    const flooded = firstSeasonInputsOf(withFlood(series, "2025-06-11", 2000));
    expect(flooded.busiestDate).toBe("2025-06-11");
    const day = (["chat", "email"] as const).reduce((sum, c) => sum + (channelHistory(series, c).byDate.get("2025-06-11")?.total ?? 0), 0);
    expect(flooded.busiestDay).toBe(day + 2000);
    const plain = firstSeasonInputsOf(series);
    expect(plain.busiestDate).not.toBe("");
    expect(plain.busyMedian).toBeGreaterThan(0);
    expect(plain.busyMedian).toBeLessThanOrEqual(plain.busiestDay);
  });
  it("a real busiest day sits among the busy ones; a flood of 2,000 on one day stands alone", () => {
    const plain = firstSeasonInputsOf(series);
    expect(busiestDayStandsAlone(plain)).toBe(false);
    const flooded = firstSeasonInputsOf(withFlood(series, "2025-06-11", 2000));
    expect(flooded.busyMedian).toBeLessThan(plain.busiestDay + 1);
    expect(busiestDayStandsAlone(flooded)).toBe(true);
  });
});
