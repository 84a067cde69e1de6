// The level: holidays and half days in the last weeks are holes, not a drop; the rolling check chooses the model.
import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import { bias } from "../../src/forecast/metrics.js";
import { unusuallyLow, type Point } from "../../src/forecast/level.js";
import { expectedDay, synthSeries, type SynthOptions } from "./synthetic.js";

const off = { enabled: false } as const;

describe("unusually low days", () => {
  const points = (values: readonly number[]): Point[] => values.map((v, t) => ({ t, v, y: Math.log(Math.max(v, 0.5)) }));

  it("finds a holiday and a half day among steady days, and nothing on the high side", () => {
    const v = Array.from({ length: 42 }, (_, t) => 1000 + ((t * 37) % 11) * 10);
    v[20] = 0;
    v[30] = 450;
    v[10] = 2500;
    expect([...unusuallyLow(points(v))].sort((a, b) => a - b)).toEqual([20, 30]);
  });

  it("calls nothing low on a desk of a few tickets a day, where a zero is ordinary", () => {
    const v = Array.from({ length: 42 }, (_, t) => [0, 2, 1, 4, 0, 3, 1][t % 7] ?? 0);
    expect(unusuallyLow(points(v)).size).toBe(0);
  });
});

describe("two weeks of holidays and half days in the last three weeks of the history", () => {
  const holidays = new Set(["2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16", "2025-10-17", "2025-10-20", "2025-10-21", "2025-10-22", "2025-10-23", "2025-10-24"]);
  const o: SynthOptions = { from: "2025-02-01", to: "2025-10-31", base: 800, dayFactor: (d) => (holidays.has(d) ? (d === "2025-10-15" ? 0 : 0.45) : 1), seed: 61 };
  const plain: SynthOptions = { ...o, dayFactor: () => 1 };

  // Taken as ordinary days they pull the level down by 10-20 %.
  it("does not drag the level of the weeks ahead down", () => {
    const r = forecastSeason(synthSeries(o), { events: off, from: "2025-11-01", to: "2025-12-12" });
    expect(Math.abs(bias(r.daily.map((d) => expectedDay(plain, d.date)), r.daily.map((d) => d.expected)))).toBeLessThan(0.04);
  });
});

describe("year-over-year against the level models, in the same rolling check", () => {
  it("keeps last season where it predicts the recent weeks as well as the level models do", () => {
    const o: SynthOptions = { from: "2024-06-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d.slice(5, 7) === "11" || d.slice(5, 7) === "12" ? 1.6 : 1), seed: 71 };
    const r = forecastSeason(synthSeries(o), { events: off });
    expect(r.fits.all?.level).toBe("year-over-year");
    expect(r.growth.source).toMatch(/^year-over-year/);
  });

  it("gives way where last autumn fell steeply and this year runs flat", () => {
    // Last autumn fell from twice to half the level (a product being wound down); this year runs flat. The growth
    // over the last 8 weeks still looks plausible, but last year's shape is not this year's.
    const fall = (d: string): number => 2 * 0.25 ** Math.min(1, Math.max(0, (Date.parse(d) - Date.parse("2024-09-01")) / (61 * 86_400_000)));
    const o: SynthOptions = { from: "2024-06-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d < "2025-01-01" ? fall(d) : 1), seed: 72 };
    const r = forecastSeason(synthSeries(o), { events: off, from: "2025-11-01", to: "2025-11-30" });
    expect(r.fits.all?.level).not.toBe("year-over-year");
    const truth = r.daily.map((d) => expectedDay({ ...o, dayFactor: () => 1 }, d.date));
    expect(Math.abs(bias(truth, r.daily.map((d) => d.expected)))).toBeLessThan(0.05);
  });
});

describe("a rise that is still steepening", () => {
  it("is followed by the level: the backtest bench's steepening rise, 9 weeks from 22 October, within 11 % bias", () => {
    // The same series as test/bench/backtest.bench.ts: 1 + 0.5 (t / 60 days)^1.5 from 1 September. The 8- and 12-week
    // trends average the slope of weeks that rose more slowly; a 4-week undamped trend carries today's.
    const rise = (d: string): number => (d < "2025-09-01" ? 1 : 1 + 0.5 * ((Date.parse(d) - Date.parse("2025-09-01")) / 86_400_000 / 60) ** 1.5);
    const o: SynthOptions = { from: "2025-03-01", to: "2025-10-21", base: 900, seed: 22, dayFactor: rise, channels: { email: 0.6, chat: 0.4 } };
    const r = forecastSeason(synthSeries(o), { events: off, from: "2025-10-22", to: "2025-12-23" });
    const truth = r.daily.map((d) => expectedDay(o, d.date));
    // -12.1 % with only the 8- and 12-week undamped trends, -9.1 % with the 4-week one (-9.6 % in the bench).
    expect(bias(truth, r.daily.map((d) => d.expected))).toBeGreaterThan(-0.11);
  });
});
