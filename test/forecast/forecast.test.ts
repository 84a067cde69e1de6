import { describe, expect, it } from "vitest";
import { forecastSeason } from "../../src/forecast/index.js";
import { PEAK_MULTIPLIER, firstSeasonInputs } from "../../src/forecast/first-season.js";
import { channelHistory } from "../../src/forecast/series.js";
import { expectedDay, retailFactor, synthSeries, type SynthOptions } from "./synthetic.js";

const twoSeasons: SynthOptions = { from: "2024-09-01", to: "2026-01-15", base: 400, trendPerDay: 0.0003, dayFactor: retailFactor(3), seed: 7 };

describe("forecastSeason on two generated seasons", () => {
  const series = synthSeries(twoSeasons);
  const result = forecastSeason(series);

  it("defaults to the next season, 1 Nov to 15 Jan", () => {
    expect(result.window).toMatchObject({ from: "2026-11-01", to: "2027-01-15" });
    expect(result.daily).toHaveLength(76);
  });

  it("maps Black Friday 2025 (28 Nov) onto Black Friday 2026 (27 Nov) and recovers its uplift within 10 %", () => {
    const bf = result.daily.find((d) => d.date === "2026-11-27");
    expect(bf).toMatchObject({ event: "black-friday", method: "event-aligned", lastSeasonDate: "2025-11-28" });
    const truth = expectedDay(twoSeasons, "2026-11-27");
    expect(Math.abs((bf?.expected ?? 0) / truth - 1)).toBeLessThan(0.1);
    // The uplift itself: Black Friday against the Friday before it (no event, same ramp region).
    const before = result.daily.find((d) => d.date === "2026-11-20");
    const upliftTruth = truth / expectedDay(twoSeasons, "2026-11-20");
    expect(Math.abs((bf?.expected ?? 0) / (before?.expected ?? 1) / upliftTruth - 1)).toBeLessThan(0.1);
  });

  it("learns growth from the year-over-year comparison", () => {
    expect(result.growth.source).toMatch(/^year-over-year/);
    const truthGrowth = Math.exp(0.0003 * 364);
    expect(Math.abs(result.growth.value / truthGrowth - 1)).toBeLessThan(0.05);
  });

  it("reports last season's aligned actual and the change against it", () => {
    const bf = result.daily.find((d) => d.date === "2026-11-27");
    const lastBf = channelHistory(series, "all").byDate.get("2025-11-28")?.total;
    expect(bf?.lastSeason).toBe(lastBf);
    expect(bf?.change).toBeCloseTo((bf?.expected ?? 0) / (lastBf ?? 1) - 1, 9);
  });

  it("gives one row per clock hour over the window, channel all, ordered bands", () => {
    expect(result.rows).toHaveLength(76 * 24);
    expect(new Set(result.rows.map((r) => r.channel))).toEqual(new Set(["all"]));
    for (const r of result.rows) {
      expect(Number.isFinite(r.volume) && Number.isFinite(r.p90)).toBe(true);
      expect(0 <= r.p10 && r.p10 <= r.p50 && r.p50 <= r.p90).toBe(true);
    }
  });

  it("names which method covered which dates", () => {
    expect(result.methods.map((m) => m.method)).toContain("event-aligned");
    expect(result.methods.map((m) => m.method)).toContain("year-over-year");
    expect(result.methods.reduce((s, m) => s + m.days, 0)).toBe(76);
  });
});

describe("first season", () => {
  const o: SynthOptions = { from: "2025-03-01", to: "2025-10-31", base: 200, channels: { chat: 0.6, email: 0.4 }, seed: 3 };
  const series = synthSeries(o);
  const result = forecastSeason(series);

  it("gives three times the busiest history day, all channels together, on Black Friday, Cyber Monday and the last shipping day", () => {
    const byDate = new Map<string, number>();
    for (const c of ["chat", "email"] as const) for (const d of channelHistory(series, c).days) if (d.complete) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.total);
    const peak = PEAK_MULTIPLIER * Math.max(...byDate.values());
    // Not the sum of each channel's own busiest day, which would overstate the peak.
    const ownSum = ["chat", "email"].map((c) => Math.max(...channelHistory(series, c as "chat").days.filter((d) => d.complete).map((d) => d.total))).reduce((s, v) => s + v, 0);
    expect(PEAK_MULTIPLIER * ownSum).toBeGreaterThan(peak);
    for (const date of ["2025-11-28", "2025-12-01", "2025-12-20"]) {
      const day = result.daily.find((d) => d.date === date);
      expect(day?.method).toBe("first-season");
      expect(day?.expected).toBeCloseTo(peak, 6);
    }
  });

  it("leaves every other season day at the ordinary level (no invented ramp) and says the growth is the default", () => {
    const off = forecastSeason(series, { events: { enabled: false } });
    const peaks = new Set(["2025-11-28", "2025-12-01", "2025-12-20"]);
    for (const d of result.daily) {
      if (peaks.has(d.date)) continue;
      expect(d.method).not.toBe("first-season");
      expect(d.expected).toBeCloseTo(off.daily.find((x) => x.date === d.date)?.expected ?? -1, 6);
    }
    expect(result.daily.filter((d) => d.method === "first-season").map((d) => d.date)).toEqual([...peaks]);
    expect(result.growth).toEqual({ value: 1, source: "default" });
  });

  it("splits the peak over the channels by their mix", () => {
    const rows = result.rows.filter((r) => r.hourStart.startsWith("2025-11-28"));
    const chat = rows.filter((r) => r.channel === "chat").reduce((s, r) => s + r.volume, 0);
    const email = rows.filter((r) => r.channel === "email").reduce((s, r) => s + r.volume, 0);
    expect(chat / (chat + email)).toBeGreaterThan(0.55);
    expect(chat / (chat + email)).toBeLessThan(0.65);
    const inputs = firstSeasonInputs((["chat", "email"] as const).map((c) => channelHistory(series, c)));
    const chatDays = channelHistory(series, "chat");
    const emailDays = channelHistory(series, "email");
    const sums = chatDays.days.filter((d) => d.complete).map((d) => d.total + (emailDays.byDate.get(d.date)?.total ?? 0));
    expect(inputs.busiestDay).toBe(Math.max(...sums));
    expect((inputs.mix.chat ?? 0) + (inputs.mix.email ?? 0)).toBeCloseTo(1, 9);
  });

  it("applies --growth to the rule", () => {
    const grown = forecastSeason(series, { growth: { value: 1.2, source: "--growth" } });
    const a = result.daily.find((d) => d.date === "2025-11-28")?.expected ?? 0;
    const b = grown.daily.find((d) => d.date === "2025-11-28")?.expected ?? 0;
    expect(b / a).toBeCloseTo(1.2, 6);
    expect(grown.growth.source).toBe("--growth");
  });
});

describe("clock hours", () => {
  const series = synthSeries({ from: "2025-06-01", to: "2026-02-28", base: 300, seed: 5 });
  it.each([
    ["2026-03-29", 23],
    ["2026-10-25", 25],
    ["2026-03-30", 24],
  ])("%s has %i rows in Europe/Helsinki", (date, n) => {
    const r = forecastSeason(series, { from: "2026-03-28", to: "2026-10-26", events: { enabled: false } });
    expect(r.rows.filter((row) => row.hourStart.startsWith(date))).toHaveLength(n);
  });
});

describe("events none", () => {
  it("leaves every event out and uses the seasonal or year-over-year rules", () => {
    const r = forecastSeason(synthSeries(twoSeasons), { events: { enabled: false } });
    expect(r.rows.every((row) => row.event === "")).toBe(true);
    expect(new Set(r.rows.map((row) => row.method))).toEqual(new Set(["year-over-year"]));
    // A generous limit for a shared machine; nothing here measures time.
  }, 30_000);
});
