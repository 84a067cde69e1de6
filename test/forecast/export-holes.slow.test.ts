// Days the export lost (no ticket where the store was open) are missing data, not a zero: last season's lost event
// day carries no uplift of 0, a lost week mid-season does not scale the season down, and each is named in a warning.
import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { RETAIL, seasonStore } from "./seasons.js";
import { synthSeries } from "./synthetic.js";

/** The series with every channel's hours on the given dates set to 0 (one channel's only, when named). */
export function withoutDates(series: HourlySeries, from: string, to: string, channel?: string): HourlySeries {
  const counts = new Map([...series.counts].map(([c, v]) => [c, channel !== undefined && c !== channel ? v : v.map((n, i) => {
    const date = (series.hours[i] ?? "").slice(0, 10);
    return date >= from && date <= to ? 0 : n;
  })]));
  return { ...series, counts };
}

const dayOf = (r: ReturnType<typeof forecastSeason>, date: string) => r.daily.find((d) => d.date === date);

/**
 * One last season (from August 2024) seen up to 31 October, for the first and the last block: generating a season
 * costs about what a forecast of it does, and every channel adds to each forecast, so the silent line's block shares
 * this two-channel store (its phone line gets the 80 tickets a day of the three-channel store it had before).
 */
const autumn = synthSeries(seasonStore({ ...RETAIL, dayNoise: 0 }, { from: "2024-08-01", to: "2025-10-31", base: 400, seed: 21, channels: { email: 0.8, phone: 0.2 } }).options);

describe("last season's Black Friday lost from the export", () => {
  // Black Friday 2024-11-29 at 2.6x; the export failed that day.
  const full = autumn;
  const window = { from: "2025-11-01", to: "2025-12-10" } as const;
  const whole = forecastSeason(full, window);
  const lost = forecastSeason(withoutDates(full, "2024-11-29", "2024-11-29"), window);

  it("is not forecast 0: Black Friday 2025 gets at least an ordinary Friday, not last year's missing zero", () => {
    const bf = dayOf(lost, "2025-11-28");
    const friday = dayOf(lost, "2025-11-21");
    expect(bf?.expected ?? 0).toBeGreaterThan(0.8 * (friday?.expected ?? 0));
    expect(bf?.p90 ?? 0).toBeGreaterThan(0);
    // Nor is it compared with the lost day: "vs last season" is blank rather than "+inf %".
    expect(bf?.lastSeason).toBeUndefined();
    // The rest of the season is as without the hole.
    expect(Math.abs((dayOf(lost, "2025-12-01")?.expected ?? 0) / (dayOf(whole, "2025-12-01")?.expected ?? 1) - 1)).toBeLessThan(0.05);
  });

  it("says once which day of last season the export lacks", () => {
    expect(whole.exportWarnings).toEqual([]);
    expect(lost.exportWarnings).toEqual([expect.stringMatching(/^last season's 2024-11-29 has no tickets in the export \(email, phone\).*2025-11-28/)]);
    expect(lost.notes).toContain(lost.exportWarnings[0]);
  });

  it("falls back to the season before last where the history holds it", () => {
    const { options: two } = seasonStore({ ...RETAIL, dayNoise: 0 }, { from: "2023-08-01", to: "2025-10-31", base: 400, seed: 22, channels: { email: 0.6, chat: 0.4 } });
    const series = synthSeries(two);
    const r = forecastSeason(withoutDates(series, "2024-11-29", "2024-11-29"), window);
    const ref = forecastSeason(series, window);
    const bf = dayOf(r, "2025-11-28")?.expected ?? 0;
    expect(bf / (dayOf(ref, "2025-11-28")?.expected ?? 1)).toBeGreaterThan(0.85);
    expect(dayOf(r, "2025-11-28")?.method).toBe("event-aligned");
  });
});

/**
 * One season seen up to 6 December, for the next two blocks: a generated season and its forecasts are most of this
 * file's CPU, so the lost week reads it cut after 4 December rather than a series of its own.
 */
const lateSeason = synthSeries(seasonStore({ ...RETAIL, dayNoise: 0 }, { from: "2024-08-01", to: "2025-12-06", base: 400, seed: 24, channels: { email: 0.6, chat: 0.4 } }).options);

describe("a week lost from the export mid-season", () => {
  // The season seen up to 4 December at the level last season predicts; the export lost 16-22 November.
  const full = cutAfter(lateSeason, "2025-12-04T23");
  const whole = forecastSeason(full);
  const lost = forecastSeason(withoutDates(full, "2025-11-16", "2025-11-22"));

  it("leaves the empty days out of tracking: the rest of the season is scaled as without the hole", () => {
    expect(whole.tracking?.days).toBe(34);
    expect(lost.tracking?.days).toBe(27);
    expect(Math.abs((lost.tracking?.applied ?? 0) - (whole.tracking?.applied ?? 0))).toBeLessThan(0.03);
  });

  it("names the run of empty dates once", () => {
    expect(whole.exportWarnings).toEqual([]);
    expect(lost.exportWarnings).toEqual([expect.stringMatching(/^no tickets on any channel on 2025-11-16\.\.2025-11-22, where [\d,]+ were forecast: left out of the tracking/)]);
  });

  it("but a channel at 0 beside busy ones is tracked as it is (a real drop, not a hole)", () => {
    const r = forecastSeason(withoutDates(full, "2025-11-16", "2025-11-22", "chat"));
    expect(r.tracking?.days).toBe(34);
    expect(r.exportWarnings).toEqual([]);
  });
});

/** The series cut after the hour `lastHour` (a key prefix such as 2025-12-05T04): an export pulled during that hour. */
function cutAfter(series: HourlySeries, lastHour: string): HourlySeries {
  const n = series.hours.findIndex((h) => h.slice(0, 13) > lastHour);
  return { ...series, hours: series.hours.slice(0, n), counts: new Map([...series.counts].map(([c, v]) => [c, v.slice(0, n)])) };
}

describe("an export pulled in the small hours, with today's first tickets", () => {
  const full = lateSeason;

  it("forecasts today again, whole, and does not track it", () => {
    const r = forecastSeason(cutAfter(full, "2025-12-05T04"));
    expect(r.rowsFrom).toBe("2025-12-05");
    expect(r.tracking?.to).toBe("2025-12-04");
    expect(r.tracking?.days).toBe(34);
    expect(r.rows.filter((row) => row.hourStart.startsWith("2025-12-05")).length).toBe(48);
    expect(dayOf(r, "2025-12-05")?.actual).toBeUndefined();
  });

  it("but a day that ended with the desk's last open hour is done: a desk closed at night starts tomorrow", () => {
    const nightClosed: HourlySeries = { ...full, counts: new Map([...full.counts].map(([c, v]) => [c, v.map((n, i) => {
      const hod = Number((full.hours[i] ?? "").slice(11, 13));
      return hod >= 22 || hod < 7 ? 0 : n;
    })])) };
    const r = forecastSeason(cutAfter(nightClosed, "2025-12-04T21"));
    expect(r.rowsFrom).toBe("2025-12-05");
  });
});

describe("a channel silent for the last weeks of the export", () => {
  const full = autumn;
  const window = { from: "2025-11-01", to: "2025-11-30" } as const;
  const phoneOn = (r: ReturnType<typeof forecastSeason>): number => r.rows.filter((row) => row.channel === "phone").reduce((s, row) => s + row.volume, 0);

  it("is forecast 0 after three weeks without a ticket, with one warning naming it", () => {
    const r = forecastSeason(withoutDates(full, "2025-10-10", "2025-10-31", "phone"), window);
    expect(phoneOn(r)).toBe(0);
    expect(r.rows.filter((row) => row.channel === "phone").every((row) => row.p90 === 0 && row.method === "closed")).toBe(true);
    expect(r.exportWarnings).toEqual(["phone: no tickets since 2025-10-09; forecast 0: if the line is open, check the export"]);
    // The other channels are forecast as before.
    const ref = forecastSeason(full, window);
    const email = (x: typeof r) => x.rows.filter((row) => row.channel === "email").reduce((s, row) => s + row.volume, 0);
    expect(Math.abs(email(r) / email(ref) - 1)).toBeLessThan(0.02);
  });

  it("but a burst of stray tickets that stopped is not a line that shut: no warning", () => {
    const burst = withoutDates(withoutDates(full, "2024-08-01", "2025-09-30", "phone"), "2025-10-03", "2025-10-31", "phone");
    expect(forecastSeason(burst, window).exportWarnings).toEqual([]);
  });

  it("but two quiet weeks are not three: still forecast", () => {
    const r = forecastSeason(withoutDates(full, "2025-10-18", "2025-10-31", "phone"), window);
    expect(phoneOn(r)).toBeGreaterThan(0);
    expect(r.exportWarnings).toEqual([]);
  });
});
