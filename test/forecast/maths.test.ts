import { describe, expect, it } from "vitest";
import { fitDispersion, nbQuantile } from "../../src/forecast/intervals.js";
import { fitTrend, theilSen, trendLevel } from "../../src/forecast/level.js";
import { bias, coverage, dailySums, wape } from "../../src/forecast/metrics.js";
import { closedDates, learnProfile, trimmedMean } from "../../src/forecast/profile.js";
import { trackingRatio } from "../../src/forecast/recalibrate.js";
import { resolveWindow } from "../../src/forecast/window.js";
import { isFirstSeasonPeak } from "../../src/forecast/first-season.js";
import { channelHistory } from "../../src/forecast/series.js";
import { WEEKLY, rng, synthSeries } from "./synthetic.js";

describe("metrics", () => {
  it("WAPE is absolute error over actual volume; bias is signed", () => {
    expect(wape([10, 10], [12, 6])).toBeCloseTo(0.3, 12);
    expect(bias([10, 10], [12, 6])).toBeCloseTo(-0.1, 12);
    expect(Number.isNaN(wape([0], [1]))).toBe(true);
    expect(coverage([1, 5, 9], [0, 0, 0], [4, 6, 8])).toBeCloseTo(2 / 3, 12);
    expect(dailySums(["a", "a", "b"], [1, 2, 3])).toEqual([3, 3]);
  });
});

describe("negative binomial bands", () => {
  it("is Poisson at α = 0 and widens with over-dispersion", () => {
    // Continuous quantiles whose ceiling is the integer one: Poisson(10) has F(13) = 0.8645, P(14) = 0.0521.
    expect(Math.ceil(nbQuantile(10, 0, 0.5))).toBe(10);
    expect(nbQuantile(10, 0, 0.9)).toBeCloseTo(13 + (0.9 - 0.8645) / 0.0521, 2);
    // μ = 0.3: P(0) = 0.741, so p90 sits inside (0, 1] and a band [0, p90] holds the hours with no ticket only.
    expect(nbQuantile(0.3, 0, 0.9)).toBeCloseTo((0.9 - Math.exp(-0.3)) / (0.3 * Math.exp(-0.3)), 6);
    expect(nbQuantile(0.3, 0, 0.1)).toBe(0);
    expect(nbQuantile(10, 0.5, 0.9)).toBeGreaterThan(14);
    expect(nbQuantile(0, 0.3, 0.9)).toBe(0);
    expect(nbQuantile(1000, 0.01, 0.1)).toBeLessThan(nbQuantile(1000, 0.01, 0.5));
  });
  it("fits α near zero on Poisson counts and above it on over-dispersed ones", () => {
    const rand = rng(3);
    const mu = Array.from({ length: 4000 }, () => 20);
    const poissonish = mu.map((m) => {
      let k = 0;
      let p = 1;
      const l = Math.exp(-m);
      do {
        k++;
        p *= rand();
      } while (p > l);
      return k - 1;
    });
    expect(fitDispersion(poissonish, mu)).toBeLessThan(0.01);
    const doubled = poissonish.map((v, i) => (i % 2 === 0 ? v * 1.5 : v * 0.5));
    expect(fitDispersion(doubled, mu)).toBeGreaterThan(0.1);
  });
});

describe("level and trend", () => {
  it("Theil-Sen ignores one wild point", () => {
    const pts = Array.from({ length: 30 }, (_, t) => ({ t, y: 2 + 0.01 * t, v: Math.exp(2 + 0.01 * t) }));
    pts[10] = { t: 10, y: 50, v: Math.exp(50) };
    expect(theilSen(pts, 30).slope).toBeCloseTo(0.01, 9);
  });
  it("damps the trend ahead and never leaves the cap", () => {
    const trend = fitTrend(Array.from({ length: 56 }, (_, t) => ({ t, y: Math.log(100) + 0.01 * t, v: 100 * Math.exp(0.01 * t) })), 56, 56, 0.97);
    expect(trend.level).toBeCloseTo(100 * Math.exp(0.56), 6);
    const far = trendLevel(trend, 56 + 1000);
    expect(far / trend.level).toBeCloseTo(Math.exp(0.01 * (0.97 / 0.03)), 6);
    expect(trendLevel({ ...trend, phi: 1, slope: 0.1 }, 56 + 1000) / trend.level).toBeCloseTo(2.5, 9);
  });
});

describe("profile", () => {
  it("learns the weekly shape and ignores a closed day", () => {
    const series = synthSeries({ from: "2025-08-04", to: "2025-10-26", base: 500, seed: 2 });
    const h = channelHistory(series, "all");
    const tue = h.byDate.get("2025-09-16");
    if (tue) tue.total = 0;
    expect(closedDates(h.days).has("2025-09-16")).toBe(true);
    const p = learnProfile(h.days.filter((d) => d.complete && d.date !== "2025-09-16"));
    const mean = WEEKLY.reduce((s, v) => s + v, 0) / 7;
    p.weekday.forEach((f, i) => expect(Math.abs(f - (WEEKLY[i] ?? 0) / mean)).toBeLessThan(0.04));
    for (const day of p.intraday) expect(day.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    expect(trimmedMean([1, 2, 3, 4, 100])).toBe(3);
  });
});

describe("windows, ramp and tracking", () => {
  it.each([
    ["2025-10-20", {}, "2025-11-01", "2026-01-15"],
    ["2026-01-15", {}, "2026-11-01", "2027-01-15"],
    ["2025-12-10", {}, "2025-11-01", "2026-01-15"],
    ["2025-12-10", { season: 2027 }, "2027-11-01", "2028-01-15"],
    ["2025-12-10", { from: "2025-12-11", to: "2025-12-24" }, "2025-12-11", "2025-12-24"],
  ])("history to %s with %j forecasts %s..%s", (last, opts, from, to) => {
    expect(resolveWindow(last, opts)).toMatchObject({ from, to });
  });
  it("lifts Black Friday, Cyber Monday and the last shipping day only in a first season", () => {
    expect(isFirstSeasonPeak({ date: "2026-11-27", event: "black-friday", offset: 0 })).toBe(true);
    expect(isFirstSeasonPeak({ date: "2026-11-30", event: "cyber-monday", offset: 0 })).toBe(true);
    expect(isFirstSeasonPeak({ date: "2026-12-20", event: "last-shipping-day", offset: 0 })).toBe(true);
    expect(isFirstSeasonPeak({ date: "2026-11-28", event: "black-friday", offset: 1 })).toBe(false);
    expect(isFirstSeasonPeak({ date: "2026-11-11", event: "singles-day", offset: 0 })).toBe(false);
    expect(isFirstSeasonPeak(undefined)).toBe(false);
  });
  it("shrinks the tracking ratio toward 1 with few days seen, and caps it", () => {
    expect(trackingRatio(120, 100, 3)).toEqual({ ratio: 1.2, applied: 1.1 });
    expect(trackingRatio(0, 100, 30).applied).toBeCloseTo(1 / 3, 9);
    expect(trackingRatio(5, 0, 3)).toEqual({ ratio: 1, applied: 1 });
  });
});
