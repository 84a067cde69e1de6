import { describe, expect, it } from "vitest";
import { eightWeekAverageModel } from "../../src/forecast/baselines.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { bias } from "../../src/forecast/metrics.js";
import { channelHistory, historyBefore } from "../../src/forecast/series.js";
import { windowSlots } from "../../src/forecast/slots.js";
import { expectedDay, retailFactor, synthSeries, type SynthOptions } from "./synthetic.js";

describe("volume rising into the season, no last season, events off", () => {
  // +0.6 %/day: about +30 % over the seven weeks ahead, the kind of rise that sinks the baselines.
  const o: SynthOptions = { from: "2025-04-01", to: "2025-12-31", base: 300, trendPerDay: 0.006, seed: 9 };
  const full = synthSeries(o);
  const cut = "2025-10-01";
  const history = { ...full, hours: full.hours.filter((h) => h < cut), counts: new Map([["all" as const, (full.counts.get("all") ?? []).slice(0, full.hours.filter((h) => h < cut).length)]]) };
  const r = forecastSeason(history, { from: "2025-11-12", to: "2025-11-25", events: { enabled: false } });
  const truth = r.daily.map((d) => expectedDay(o, d.date));

  it("keeps the bias within 10 % six weeks ahead, with the seasonal (trend) method", () => {
    expect(r.methods.map((m) => m.method)).toEqual(["seasonal"]);
    expect(Math.abs(bias(truth, r.daily.map((d) => d.expected)))).toBeLessThan(0.1);
  });

  it("where the 8-week average under-forecasts by more than 15 %", () => {
    const slots = windowSlots("2025-11-12", "2025-11-25", full.zone);
    const p = eightWeekAverageModel().fit(historyBefore(channelHistory(full, "all"), cut)).predict(slots, [80]);
    const total = p.mean.reduce((s, v) => s + v, 0);
    expect(total / truth.reduce((s, v) => s + v, 0) - 1).toBeLessThan(-0.15);
  });
});

describe("mid-season re-run", () => {
  // This season runs 25 % above what last season and the pre-season growth predict.
  const base = retailFactor(3);
  const o: SynthOptions = { from: "2024-08-01", to: "2025-12-05", base: 400, seed: 4, dayFactor: (d) => base(d) * (d >= "2025-11-01" ? 1.25 : 1) };
  const r = forecastSeason(synthSeries(o));

  it("forecasts the rest of the season the history ends in and reports the tracking ratio", () => {
    expect(r.window).toMatchObject({ from: "2025-11-01", to: "2026-01-15" });
    expect(r.rowsFrom).toBe("2025-12-06");
    expect(r.tracking?.days).toBe(35);
    expect(Math.abs((r.tracking?.ratio ?? 0) - 1.25)).toBeLessThan(0.06);
  });

  it("scales the remaining days by the (shrunk) ratio and marks them recalibrated", () => {
    expect(new Set(r.rows.map((x) => x.method))).toEqual(new Set(["recalibrated"]));
    const dec10 = r.daily.find((d) => d.date === "2025-12-10");
    expect(Math.abs((dec10?.expected ?? 0) / expectedDay(o, "2025-12-10") - 1)).toBeLessThan(0.1);
    const seen = r.daily.filter((d) => d.actual !== undefined);
    expect(seen).toHaveLength(35);
    expect(r.methods[0]).toMatchObject({ method: "seen", from: "2025-11-01" });
  });
});
