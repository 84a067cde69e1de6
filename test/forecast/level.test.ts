// The level: holidays and half days in the last weeks are holes, not a drop; the rolling check chooses the model.
import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import { bias } from "../../src/forecast/metrics.js";
import { unusuallyLow, type Point } from "../../src/forecast/level.js";
import { learnProfile } from "../../src/forecast/profile.js";
import { addDays, weekdayOfDate, type DayHistory } from "../../src/forecast/series.js";
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

describe("a weekday's intraday shape", () => {
  // Weekdays take tickets 09-17; Saturdays 12-20. `perDay` tickets spread evenly over the open hours.
  const days = (perDay: number): DayHistory[] =>
    Array.from({ length: 56 }, (_, k) => {
      const date = addDays("2025-03-03", k);
      const weekday = weekdayOfDate(date);
      const open = (h: number): boolean => (weekday === 6 ? h >= 12 && h < 20 : h >= 9 && h < 17);
      const hods = Array.from({ length: 24 }, (_, h) => h);
      const counts = hods.map((h) => (open(h) ? perDay / 8 : 0));
      return { date, weekday, hods, counts, total: perDay, complete: true };
    });
  const saturdayEvening = (perDay: number): number => learnProfile(days(perDay)).intraday[5]?.[19] ?? 0;

  it("is its own on a busy desk and leans on the whole week's shape on a quiet one", () => {
    expect(saturdayEvening(2000)).toBeGreaterThan(0.11);
    // 8 Saturdays of 16 tickets: 128 tickets are too few to trust an hour-by-hour shape of their own.
    expect(saturdayEvening(16)).toBeLessThan(0.05);
    expect(saturdayEvening(16)).toBeGreaterThan(0);
  });
});

describe("year-over-year against the level models, in the same rolling check", () => {
  const week = (d: string): number => Math.floor((Date.parse(d) - Date.parse("2024-01-01")) / (7 * 86_400_000));

  it("keeps last season where it predicts the recent weeks as well as the level models do", () => {
    const o: SynthOptions = { from: "2024-06-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d.slice(5, 7) === "11" || d.slice(5, 7) === "12" ? 1.6 : 1), seed: 71 };
    const r = forecastSeason(synthSeries(o), { events: off });
    expect(r.fits.all?.level).toBe("year-over-year");
    expect(r.growth.source).toMatch(/^year-over-year/);
  });

  it("gives way where a year ago swung week to week and this year runs steady", () => {
    // Last year's autumn alternated between half and one and a half times the level; its growth still looks plausible.
    const o: SynthOptions = { from: "2024-06-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d < "2025-01-01" ? (week(d) % 2 === 0 ? 0.5 : 1.5) : 1), seed: 72 };
    const r = forecastSeason(synthSeries(o), { events: off, from: "2025-11-01", to: "2025-11-30" });
    expect(r.fits.all?.level).not.toBe("year-over-year");
    const truth = r.daily.map((d) => expectedDay({ ...o, dayFactor: () => 1 }, d.date));
    expect(Math.abs(bias(truth, r.daily.map((d) => d.expected)))).toBeLessThan(0.05);
  });
});
