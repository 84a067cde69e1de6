// Events measured from the store's own last season: an uplift where it showed one, nothing where it did not.
import { describe, expect, it } from "vitest";
import { eventCalendar } from "../../src/forecast/calendar.js";
import { measuredUplift, storeEvidence, storeHistory, windowStandsOut } from "../../src/forecast/events.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { wape } from "../../src/forecast/metrics.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import { channelHistory } from "../../src/forecast/series.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { B2B, RETAIL, seasonStore } from "./seasons.js";
import { expectedDay, retailFactor, synthSeries } from "./synthetic.js";

/** The series up to and including `date`: what the store's export holds on that day. */
function until(series: HourlySeries, date: string): HourlySeries {
  const k = series.hours.findIndex((h) => h.slice(0, 10) > date);
  const n = k < 0 ? series.hours.length : k;
  return { ...series, hours: series.hours.slice(0, n), counts: new Map([...series.counts].map(([c, v]) => [c, v.slice(0, n)])) };
}

describe("a wave of event days (the returns fortnight) is judged as one run", () => {
  const fortnight = (k: number) => `2026-01-${String(2 + k).padStart(2, "0")}`;
  const store = (factor: (date: string) => number) => channelHistory(synthSeries({ from: "2025-06-01", to: "2026-03-31", base: 300, dayFactor: factor, seed: 61 }), "all");
  const calendar = eventCalendar({ enabled: true });

  it("sums the run against its chance spread: one day 30 % down in fourteen is not a wave, 1.5x fading is", () => {
    const days = (f: (k: number) => number) => Array.from({ length: 14 }, (_, k) => ({ actual: 300 * f(k), expected: 300 }));
    expect(windowStandsOut(days((k) => (k === 9 ? 0.7 : 1)), 0.005)).toBe(false);
    expect(windowStandsOut(days((k) => 1 + (0.5 * (14 - k)) / 14), 0.005)).toBe(true);
  });

  it("gives a chance dip inside it no effect, and keeps a real wave's days", () => {
    const dip = store((d) => (d === fortnight(9) ? 0.7 : 1));
    expect(storeEvidence(dip, calendar)(fortnight(9))).toBe(false);
    const wave = store((d) => (d >= fortnight(0) && d <= fortnight(13) ? 1 + (0.5 * (14 - (Number(d.slice(8, 10)) - 2))) / 14 : 1));
    expect(storeEvidence(wave, calendar)(fortnight(0))).toBe(true);
  });

  it("judges the same store again under another calendar: a one-day sale on the dip's date is a day of its own", () => {
    const dip = store((d) => (d === fortnight(9) ? 0.7 : 1));
    expect(storeEvidence(dip, calendar)(fortnight(9))).toBe(false);
    const sale = eventCalendar({ enabled: true, custom: [{ name: "sale", date: fortnight(9) }] });
    expect(storeEvidence(dip, sale)(fortnight(9))).toBe(true);
  });
});

describe("measuredUplift", () => {
  it("is 1 within two standard deviations of the level (count noise plus the day-to-day spread), the ratio beyond", () => {
    // 100 expected, α = 0.01: sd = sqrt(100 + 100) = 14.1, so 125 is noise and 130 is an effect.
    expect(measuredUplift(125, 100, 0.01)).toBe(1);
    expect(measuredUplift(75, 100, 0.01)).toBe(1);
    expect(measuredUplift(130, 100, 0.01)).toBeCloseTo(1.3, 12);
    expect(measuredUplift(0, 100, 0.01)).toBe(0);
    expect(measuredUplift(5, 0, 0.01)).toBe(1);
  });
});

describe("a B2B desk with a last season: closed weekends and Christmas, no retail event", () => {
  const { options, truth } = seasonStore(B2B, { from: "2025-03-01", to: "2026-10-31", base: 150, seed: 5 });
  const series = synthSeries(options);
  const on = forecastSeason(series, { from: "2026-11-01", to: "2027-01-15" });
  const off = forecastSeason(series, { from: "2026-11-01", to: "2027-01-15", events: { enabled: false } });
  const truthOf = (days: typeof on.daily): number[] => days.map((d) => expectedDay(truth, d.date));

  it("gets no Black Friday or Cyber Monday (within 10 % of an ordinary day's truth)", () => {
    for (const date of ["2026-11-27", "2026-11-30"]) {
      const day = on.daily.find((d) => d.date === date);
      expect(Math.abs((day?.expected ?? 0) / expectedDay(truth, date) - 1)).toBeLessThan(0.1);
    }
  });

  it("does not forecast a returns day that fell on last year's closed Sunday as closed", () => {
    // 2027-01-04 (Mon) lines up by offset with 2026-01-04, a Sunday.
    const day = on.daily.find((d) => d.date === "2027-01-04");
    expect(Math.abs((day?.expected ?? 0) / expectedDay(truth, "2027-01-04") - 1)).toBeLessThan(0.15);
  });

  it("is not made worse by the default calendar than with events off", () => {
    expect(wape(truthOf(on.daily), on.daily.map((d) => d.expected))).toBeLessThanOrEqual(wape(truthOf(off.daily), off.daily.map((d) => d.expected)) + 0.005);
  });
});

describe("a web shop with a last season whose events differ from the default calendar", () => {
  // Count noise only: with day-to-day noise on top, one season's single day carries its own draw into the
  // forecast (the accuracy bench scores the noisy variants over several seeds).
  const spec = { ...RETAIL, lastShipping: { monthDay: "12-18", uplift: [1, 1, 1.2, 1.8] as [number, number, number, number] }, dayNoise: 0 };
  const { options, truth } = seasonStore(spec, { from: "2025-03-01", to: "2027-01-15", base: 300, trendPerDay: 0.0005, seed: 2 });
  const history = until(synthSeries(options), "2026-10-31");
  const r = forecastSeason(history, { from: "2026-11-01", to: "2027-01-15", events: { enabled: true, lastShippingDay: "12-18" } });
  const err = (date: string): number => (r.daily.find((d) => d.date === date)?.expected ?? 0) / expectedDay(truth, date) - 1;

  it("carries each event's own uplift, aligned by event (Black Friday moved from 28 to 27 Nov)", () => {
    expect(r.daily.find((d) => d.date === "2026-11-27")).toMatchObject({ event: "black-friday", method: "event-aligned", lastSeasonDate: "2025-11-28" });
    for (const date of ["2026-11-27", "2026-11-30", "2026-12-18"]) expect(Math.abs(err(date))).toBeLessThan(0.1);
  });

  it("adds nothing on Singles' Day, which moved nothing last season", () => {
    expect(Math.abs(err("2026-11-11"))).toBeLessThan(0.1);
  });

  it("holds the season's daily WAPE against the truth within 0.07", () => {
    expect(wape(r.daily.map((d) => expectedDay(truth, d.date)), r.daily.map((d) => d.expected))).toBeLessThan(0.07);
  });
});

describe("an event judged on all channels together", () => {
  // Black Friday +15 % over chat, email and phone: on the phone's 60 tickets a day that is noise, on the store's 400 it is not.
  const spec = { ...B2B, closedWeekdays: [], christmas: [1, 1, 1] as [number, number, number], blackFriday: [1.15, 1, 1] as [number, number, number], dayNoise: 0 };
  const { options, truth } = seasonStore(spec, { from: "2025-03-01", to: "2026-10-31", base: 400, seed: 9, channels: { chat: 0.6, email: 0.25, phone: 0.15 } });
  const series = synthSeries(options);
  const histories = series.channels.map((c) => channelHistory(series, c));
  const calendar = eventCalendar({ enabled: true });

  it("sees last Black Friday stand out in the total (not in the phone alone), and an ordinary Friday not", () => {
    const store = storeHistory(histories);
    expect(store?.byDate.get("2025-11-28")?.total).toBe(histories.reduce((s, h) => s + (h.byDate.get("2025-11-28")?.total ?? 0), 0));
    const stood = storeEvidence(store ?? histories[0]!, calendar);
    expect(stood("2025-11-28")).toBe(true);
    expect(stood("2025-11-21")).toBe(false);
    const phone = histories.find((h) => h.channel === "phone");
    expect(phone && storeEvidence(phone, calendar)("2025-11-28")).toBe(false);
  });

  it("carries each channel's own uplift once the total shows the event: the phone's Black Friday is lifted", () => {
    const r = forecastSeason(series, { from: "2026-11-01", to: "2027-01-15" });
    const alone = forecastSeason(series, { from: "2026-11-01", to: "2027-01-15", model: peakplanModel() });
    const phoneOn = (x: typeof r, date: string): number => x.rows.filter((row) => row.channel === "phone" && row.hourStart.startsWith(date)).reduce((s, row) => s + row.volume, 0);
    expect(phoneOn(r, "2026-11-27") / phoneOn(r, "2026-11-20")).toBeGreaterThan(1.05);
    expect(Math.abs(phoneOn(alone, "2026-11-27") / phoneOn(alone, "2026-11-20") - 1)).toBeLessThan(0.05);
    const bf = r.daily.find((d) => d.date === "2026-11-27");
    expect(Math.abs((bf?.expected ?? 0) / expectedDay(truth, "2026-11-27") - 1)).toBeLessThan(0.1);
  });
});

describe("a store that tripled since its last season (no year-over-year growth to trust)", () => {
  // Volume × 3 from March 2026: the level model carries this year's level, last season still measured its events.
  const { options, truth } = seasonStore({ ...RETAIL, dayNoise: 0 }, { from: "2025-03-01", to: "2027-01-15", base: 100, seed: 11 });
  const tripled = { ...options, dayFactor: (d: string) => (options.dayFactor?.(d) ?? 1) * (d >= "2026-03-01" ? 3 : 1) };
  const r = forecastSeason(until(synthSeries(tripled), "2026-10-31"), { from: "2026-11-01", to: "2027-01-15" });

  it("still lifts Black Friday by last season's measured uplift", () => {
    const bf = r.daily.find((d) => d.date === "2026-11-27");
    expect(bf?.method).toBe("event-aligned");
    const before = r.daily.find((d) => d.date === "2026-11-20");
    const upliftTruth = expectedDay(truth, "2026-11-27") / expectedDay(truth, "2026-11-20");
    // Against the level the forecast holds on an ordinary Friday (the season's ramp is not known without growth).
    expect(Math.abs((bf?.expected ?? 0) / (before?.expected ?? 1) / upliftTruth - 1)).toBeLessThan(0.15);
  });
});

describe("two seasons in a history that stops on 15 January", () => {
  // The last season's January level is cut by the end of the history (a blur of December); the season before's is not.
  const o = { from: "2024-09-01", to: "2026-01-15", base: 400, trendPerDay: 0.0003, dayFactor: retailFactor(3), seed: 7 };
  const r = forecastSeason(synthSeries(o));

  it("does not mix the two seasons' uplifts where they disagree: the January days stay at January's level", () => {
    const jan = r.daily.filter((d) => d.date >= "2027-01-02" && d.date <= "2027-01-12");
    expect(wape(jan.map((d) => expectedDay(o, d.date)), jan.map((d) => d.expected))).toBeLessThan(0.1);
  });
});

describe("the retail calendar off, the store's own events kept (retail: false)", () => {
  const custom = [{ name: "spring-sale", date: "2026-11-05", days: 2 }, { name: "black-friday", date: "2026-12-01" }];
  const own = eventCalendar({ enabled: true, retail: false, custom });

  it("has the store's own days, under their own names, and no retail day", () => {
    expect([...own.datesBetween("2026-11-01", "2027-01-15")]).toEqual(["2026-11-05", "2026-11-06", "2026-12-01"]);
    expect(own.dayOf("2026-11-06")).toEqual({ date: "2026-11-06", event: "spring-sale", offset: 1 });
    expect(own.dayOf("2026-11-27")).toBeUndefined();
    expect(own.dayOf("2026-12-25")).toBeUndefined();
  });

  it("is the same calendar as before when retail is left out: every retail day and the store's own", () => {
    const both = eventCalendar({ enabled: true, custom });
    expect(both.dayOf("2026-11-27")?.event).toBe("black-friday");
    expect(both.dayOf("2026-11-05")?.event).toBe("spring-sale");
  });
});
