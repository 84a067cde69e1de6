import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eightWeekAverageModel, lastWeekModel } from "../../src/forecast/baselines.js";
import { eventCalendar } from "../../src/forecast/calendar.js";
import { forecastSeason } from "../../src/forecast/index.js";
import type { ForecastModel } from "../../src/forecast/model.js";
import { levelModels, peakplanModel } from "../../src/forecast/seasonal.js";
import { channelHistory, historyBefore } from "../../src/forecast/series.js";
import { windowSlots } from "../../src/forecast/slots.js";
import { retailFactor, synthSeries } from "./synthetic.js";

const models: ForecastModel[] = [
  peakplanModel(),
  peakplanModel({ calendar: eventCalendar({ enabled: false }) }),
  lastWeekModel(),
  eightWeekAverageModel(),
  // Two of the level models the rolling check chooses from, each on its own.
  ...levelModels({ calendar: eventCalendar({ enabled: false }) }).filter((m) => m.name === "mean-28d" || m.name.startsWith("ets-0.1")),
];

// One history for every model (generating a year of hours is the costly part of this file, so it is made once).
const series = synthSeries({ from: "2025-01-01", to: "2025-12-31", base: 150, trendPerDay: 0.001, dayFactor: retailFactor(2.5), seed: 11 });
const history = historyBefore(channelHistory(series, "all"), "2025-10-01");
const slots = windowSlots("2025-10-01", "2025-11-30", series.zone);

describe.each(models.map((m, i) => [`${m.name} #${i}`, m] as const))("every model: %s", (_name, model) => {
  const p = model.fit(history).predict(slots, [50, 80]);

  it("predicts one finite, non-negative mean per hour, DST day included", () => {
    expect(slots.filter((s) => s.date === "2025-10-26")).toHaveLength(25);
    expect(p.mean).toHaveLength(slots.length);
    expect(p.median).toHaveLength(slots.length);
    expect(p.method).toHaveLength(slots.length);
    expect(p.mean.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(p.mean.reduce((s, v) => s + v, 0)).toBeGreaterThan(0);
  });

  it("nests its bands around the median: lo80 ≤ lo50 ≤ median ≤ hi50 ≤ hi80", () => {
    const [b50, b80] = p.bands;
    expect(b50?.level).toBe(50);
    const unordered = slots.filter((_, i) => {
      const chain = [b80?.lo[i], b50?.lo[i], p.median[i], b50?.hi[i], b80?.hi[i]].map((v) => v ?? Number.NaN);
      return !chain.every((v, k) => Number.isFinite(v) && v >= 0 && (k === 0 || v >= (chain[k - 1] ?? 0)));
    });
    expect(unordered.map((s) => s.hourStart)).toEqual([]);
  });
});

const sunday = (d: string): boolean => new Date(`${d}T00:00:00Z`).getUTCDay() === 0;
const closedSundays = synthSeries({ from: "2025-03-01", to: "2025-09-30", base: 200, seed: 12, dayFactor: (d) => (sunday(d) ? 0 : 1) });
const threeWeeks = windowSlots("2025-10-01", "2025-10-21", closedSundays.zone);

describe.each(models.map((m, i) => [`${m.name} #${i}`, m] as const))("every model, through the path the tool runs: %s", (_name, model) => {
  const series = closedSundays;
  const slots = threeWeeks;

  it("fit then predict equals forecastSeason(series, model)", () => {
    const p = model.fit(channelHistory(series, "all")).predict(slots, [80]);
    const r = forecastSeason(series, { from: "2025-10-01", to: "2025-10-21", model });
    expect(r.rows.map((row) => row.volume)).toEqual(p.mean);
    expect(r.rows.map((row) => row.p90)).toEqual(p.bands[0]?.hi);
    expect(r.rows.map((row) => row.method)).toEqual(p.method);
  });

  it("is deterministic: two fits of the same history predict the same", () => {
    const a = model.fit(channelHistory(series, "all")).predict(slots, [80]);
    const b = model.fit(channelHistory(series, "all")).predict(slots, [80]);
    expect(b).toEqual(a);
  });

  it("survives a short history (10 days) with finite, non-negative hours", () => {
    const short = historyBefore(channelHistory(series, "all"), "2025-03-11");
    const p = model.fit(short).predict(slots, [80]);
    expect(p.mean.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(p.bands[0]?.hi.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  });

  it("forecasts a weekday that never has tickets at 0, band included", () => {
    const p = model.fit(channelHistory(series, "all")).predict(slots, [80]);
    const sundays = slots.map((s, i) => [s, i] as const).filter(([s]) => sunday(s.date));
    expect(sundays.length).toBe(3 * 24);
    for (const [, i] of sundays) {
      expect(p.mean[i]).toBe(0);
      expect(p.bands[0]?.hi[i]).toBe(0);
    }
  });
});

describe("property: any generated history", () => {
  it("gives finite, non-negative forecasts with p10 ≤ p50 ≤ p90", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.5, max: 2000, noNaN: true }),
        fc.double({ min: -0.004, max: 0.006, noNaN: true }),
        fc.boolean(),
        (seed, base, trend, events) => {
          const series = synthSeries({ from: "2025-07-01", to: "2025-10-20", base, trendPerDay: trend, seed });
          const r = forecastSeason(series, { from: "2025-11-20", to: "2025-12-05", events: { enabled: events } });
          expect(r.rows).toHaveLength(16 * 24);
          const bad = r.rows.filter((row) => !(Number.isFinite(row.volume) && row.volume >= 0 && Number.isFinite(row.p90) && 0 <= row.p10 && row.p10 <= row.p50 && row.p50 <= row.p90));
          expect(bad).toEqual([]);
        },
      ),
      { numRuns: 10, seed: 42 },
    );
    // A generous limit: the machine is shared; nothing here measures time.
  }, 60_000);
});
