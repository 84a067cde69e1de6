// The kinds of series the forecast is re-measured on (held out from the team), generated with known truth.
import { describe, expect, it } from "vitest";
import { closedPattern, describeClosed } from "../../src/forecast/closed.js";
import { forecastSeason, lowForecastWarnings } from "../../src/forecast/index.js";
import { bias } from "../../src/forecast/metrics.js";
import type { ForecastModel } from "../../src/forecast/model.js";
import { comparableStart } from "../../src/forecast/regime.js";
import { WEEKDAY_NAMES, channelHistory } from "../../src/forecast/series.js";
import { expectedDay, synthSeries, type SynthOptions } from "./synthetic.js";

const off = { enabled: false } as const;
const isSaturday = (d: string): boolean => new Date(`${d}T00:00:00Z`).getUTCDay() === 6;

describe("a sparse first year, then hundreds a day (a migrated export)", () => {
  const o: SynthOptions = { from: "2023-02-01", to: "2024-11-30", base: 300, dayFactor: (d) => (d < "2024-02-01" ? 0.005 : 1), seed: 41 };
  const series = synthSeries(o);

  it("finds where the series becomes what it is now", () => {
    const start = comparableStart(channelHistory(series, "all").days) ?? "";
    expect(start >= "2024-01-20" && start <= "2024-02-10").toBe(true);
  });

  it("does not cut an ordinary summer from a history that ends in a peak three times its level", () => {
    const peak = synthSeries({ from: "2024-05-01", to: "2025-12-15", base: 300, dayFactor: (d) => (d >= "2025-10-20" ? 3 : d.slice(5, 7) === "07" ? 0.5 : 1), seed: 48 });
    expect(comparableStart(channelHistory(peak, "all").days)).toBeUndefined();
  });

  it("forecasts hundreds a day, not last year's handful, and warns of nothing", () => {
    const r = forecastSeason(series, { from: "2024-12-01", to: "2025-01-31", events: off });
    const mean = r.daily.reduce((s, d) => s + d.expected, 0) / r.daily.length;
    const truth = r.daily.reduce((s, d) => s + expectedDay(o, d.date), 0) / r.daily.length;
    expect(Math.abs(mean / truth - 1)).toBeLessThan(0.1);
    expect(r.fits.all?.comparableFrom).toBeDefined();
    expect(r.warnings).toEqual([]);
  });
});

describe("a weekday that never has tickets (closed Saturdays)", () => {
  const o: SynthOptions = { from: "2025-01-01", to: "2025-10-31", base: 400, dayFactor: (d) => (isSaturday(d) ? 0 : 1), seed: 42, channels: { email: 0.6, chat: 0.4 } };
  const series = synthSeries(o);
  const r = forecastSeason(series, { events: off });

  it("is seen as closed", () => {
    expect([...closedPattern(channelHistory(series, "email").days).weekdays]).toEqual([6]);
    expect(describeClosed(closedPattern(channelHistory(series, "chat").days), WEEKDAY_NAMES).weekdays).toEqual(["Sat"]);
  });

  it("forecasts 0 on it with a zero band, and open days at their level", () => {
    const saturdays = r.rows.filter((row) => isSaturday(row.hourStart.slice(0, 10)));
    expect(saturdays.length).toBeGreaterThan(0);
    expect(saturdays.every((row) => row.volume === 0 && row.p10 === 0 && row.p50 === 0 && row.p90 === 0 && row.method === "closed")).toBe(true);
    const open = r.daily.filter((d) => !isSaturday(d.date));
    expect(Math.abs(bias(open.map((d) => expectedDay(o, d.date)), open.map((d) => d.expected)))).toBeLessThan(0.1);
    expect(r.daily.filter((d) => isSaturday(d.date)).every((d) => d.expected === 0 && d.p90 === 0)).toBe(true);
  });
});

describe("closed hours of an open weekday (phone closed at night)", () => {
  const series = synthSeries({ from: "2025-06-01", to: "2025-09-30", base: 2000, seed: 43, channels: { phone: 1 } });
  // The generator's night hours are small but not zero; cut 00-05 to zero as a phone line closed at night.
  const counts = series.counts.get("phone") ?? [];
  series.hours.forEach((h, i) => {
    if (Number(h.slice(11, 13)) < 6) counts[i] = 0;
  });
  it("forecasts those hours at 0 and keeps the day's total on the open hours", () => {
    const r = forecastSeason(series, { from: "2025-10-06", to: "2025-10-12", events: off });
    const night = r.rows.filter((row) => Number(row.hourStart.slice(11, 13)) < 6);
    expect(night.every((row) => row.volume === 0 && row.p90 === 0)).toBe(true);
    expect(r.rows.filter((row) => Number(row.hourStart.slice(11, 13)) >= 6).every((row) => row.volume > 0)).toBe(true);
  });
});

describe("a channel without a ticket in the recent weeks", () => {
  it("is closed altogether and forecast 0, not half a ticket a day", () => {
    const series = synthSeries({ from: "2025-03-01", to: "2025-10-31", base: 300, seed: 49, channels: { email: 0.9, phone: 0.1 } });
    const phone = series.counts.get("phone") ?? [];
    series.hours.forEach((h, i) => {
      if (h >= "2025-08-01") phone[i] = 0;
    });
    expect([...closedPattern(channelHistory(series, "phone").days).weekdays]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const r = forecastSeason(series, { from: "2025-11-03", to: "2025-11-09", events: off });
    expect(r.rows.filter((row) => row.channel === "phone").every((row) => row.volume === 0 && row.p90 === 0)).toBe(true);
    expect(r.rows.filter((row) => row.channel === "email").some((row) => row.volume > 0)).toBe(true);
  });
});

describe("closedDays from the config (public holidays the store is closed on)", () => {
  const series = synthSeries({ from: "2025-03-01", to: "2025-10-31", base: 300, seed: 44 });
  it("forecasts those dates at 0, every year's MM-DD and one year's YYYY-MM-DD", () => {
    const r = forecastSeason(series, { closedDays: ["12-25", "2025-12-08"] });
    for (const date of ["2025-12-25", "2025-12-08"]) {
      expect(r.daily.find((d) => d.date === date)?.expected).toBe(0);
      expect(r.rows.filter((row) => row.hourStart.startsWith(date)).every((row) => row.volume === 0 && row.p90 === 0)).toBe(true);
    }
    expect(r.daily.find((d) => d.date === "2025-12-09")?.expected).toBeGreaterThan(0);
  });
});

describe("a level that rose 30 % over the last 8 weeks", () => {
  const rise = (d: string): number => (d < "2025-08-04" ? 1 : Math.exp((Math.log(1.3) / 56) * Math.min(56, (Date.parse(d) - Date.parse("2025-08-04")) / 86_400_000)));
  // The rise goes on at the same pace in the six weeks forecast (truth), as a store growing into the season.
  const grow = (d: string): number => (d < "2025-08-04" ? 1 : Math.exp((Math.log(1.3) / 56) * ((Date.parse(d) - Date.parse("2025-08-04")) / 86_400_000)));
  const o: SynthOptions = { from: "2025-02-01", to: "2025-09-28", base: 500, dayFactor: rise, seed: 45 };
  it("is forecast within 10 % over the next 6 weeks", () => {
    const r = forecastSeason(synthSeries(o), { from: "2025-09-29", to: "2025-11-09", events: off });
    const truth = r.daily.map((d) => expectedDay({ ...o, dayFactor: grow }, d.date));
    const flat = r.daily.map((d) => expectedDay(o, d.date));
    // Within 10 % of the level reached and of the level still rising: the forecast follows the rise, damped.
    expect(Math.abs(bias(flat, r.daily.map((d) => d.expected)))).toBeLessThan(0.1);
    expect(Math.abs(bias(truth, r.daily.map((d) => d.expected)))).toBeLessThan(0.1);
  });
});

describe("a forecast far below the recent run rate", () => {
  const series = synthSeries({ from: "2025-06-01", to: "2025-09-30", base: 300, seed: 46 });
  it("is a loud warning, not a quiet zero", () => {
    const zero: ForecastModel = { name: "zero", fit: () => ({ predict: (hours) => ({ mean: hours.map(() => 0), median: hours.map(() => 0), bands: [{ level: 80, lo: hours.map(() => 0), hi: hours.map(() => 0) }], method: hours.map(() => "zero") }) }) };
    const r = forecastSeason(series, { from: "2025-12-01", to: "2026-01-31", model: zero });
    expect(r.runRate).toBeGreaterThan(250);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/0 % of the last 4 weeks' run rate/);
    expect(forecastSeason(series, { from: "2025-12-01", to: "2026-01-31", events: off }).warnings).toEqual([]);
  });
  it("flags below half the run rate only", () => {
    const days = (x: number) => [{ date: "2025-12-01", weekday: "Mon", event: "", expected: x, p10: 0, p90: 0, method: "m" }];
    expect(lowForecastWarnings(days(49), 100)).toHaveLength(1);
    expect(lowForecastWarnings(days(51), 100)).toEqual([]);
    expect(lowForecastWarnings(days(0), 0)).toEqual([]);
  });
});

describe("two weeks ahead from seven weeks of history", () => {
  const o: SynthOptions = { from: "2025-04-07", to: "2025-05-25", base: 250, seed: 47, channels: { social: 1 } };
  it("forecasts the level within 10 %", () => {
    const r = forecastSeason(synthSeries(o), { from: "2025-05-26", to: "2025-06-08", events: off });
    expect(Math.abs(bias(r.daily.map((d) => expectedDay(o, d.date)), r.daily.map((d) => d.expected)))).toBeLessThan(0.1);
  });
});
