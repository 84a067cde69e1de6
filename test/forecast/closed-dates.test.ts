// Dates the store is closed every year (Christmas, a national holiday) are learnt from the history and forecast 0.
import { describe, expect, it } from "vitest";
import { closedByChannel, recurringClosedDates } from "../../src/forecast/closed.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { channelHistory } from "../../src/forecast/series.js";
import { synthSeries } from "./synthetic.js";

const off = { enabled: false } as const;
const shut = new Set(["12-26", "01-01", "04-25"]);

describe("a date with no ticket in every year of the history", () => {
  // Two and a half years at 40 a day, shut on 26 December, 1 January and 25 April; one stray zero on 3 March 2024.
  const series = synthSeries({ from: "2023-06-01", to: "2025-10-31", base: 40, dayFactor: (d) => (shut.has(d.slice(5)) || d === "2024-03-03" ? 0 : 1), seed: 51 });
  const days = channelHistory(series, "all").days;

  it("is seen as closed every year; a zero in one year only is not", () => {
    const found = recurringClosedDates(days);
    expect([...found].sort()).toEqual(["01-01", "04-25", "12-26"]);
    // What `analyze` lists under "Looks closed".
    expect(closedByChannel(series)[0]?.dates).toEqual(["01-01", "04-25", "12-26"]);
  });

  it("forecasts 0 on it, band included, without any closedDays in the config", () => {
    const r = forecastSeason(series, { events: off, from: "2025-12-01", to: "2026-01-15" });
    for (const date of ["2025-12-26", "2026-01-01"]) {
      expect(r.daily.find((d) => d.date === date)).toMatchObject({ expected: 0, p90: 0, method: "closed" });
      expect(r.rows.filter((row) => row.hourStart.startsWith(date)).every((row) => row.volume === 0 && row.p90 === 0)).toBe(true);
    }
    expect(r.daily.find((d) => d.date === "2025-12-27")?.expected).toBeGreaterThan(10);
  });
});

describe("too little evidence to call a date closed", () => {
  it("needs two years: a single zero day (an outage, a cut export) closes nothing", () => {
    const series = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d === "2024-11-14" ? 0 : 1), seed: 52 });
    expect(recurringClosedDates(channelHistory(series, "all").days).size).toBe(0);
  });

  it("takes one year for a fixed public holiday (New Year's Day, 24-26 December), if a zero there was unlikely by chance", () => {
    // One year each: Boxing Day and 14 November at 0 on a weekday; at 300 a day only the holiday closes.
    const busy = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 300, dayFactor: (d) => (d === "2024-12-26" || d === "2024-11-14" ? 0 : 1), seed: 52 });
    expect([...recurringClosedDates(channelHistory(busy, "all").days)]).toEqual(["12-26"]);
    // At about a ticket a day a zero on a holiday is no evidence: under the 2 expected tickets asked for.
    const quiet = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 0.5, dayFactor: (d) => (d === "2024-12-26" ? 0 : 1), seed: 52 });
    expect(recurringClosedDates(channelHistory(quiet, "all").days).has("12-26")).toBe(false);
  });

  it("takes one year for the store country's own fixed holidays too: Finland's 6 December, not in Rome", () => {
    // 6 December 2024 (a Friday) at 0: Independence Day in a Helsinki store, a day like any other in Rome.
    const zeroOn = (d: string): number => (d === "2024-12-06" ? 0 : 1);
    const helsinki = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 300, dayFactor: zeroOn, seed: 52, zone: "Europe/Helsinki" });
    expect([...recurringClosedDates(channelHistory(helsinki, "all").days, "Europe/Helsinki")]).toEqual(["12-06"]);
    expect(closedByChannel(helsinki)[0]?.dates).toEqual(["12-06"]);
    const rome = synthSeries({ from: "2024-09-01", to: "2025-10-31", base: 300, dayFactor: zeroOn, seed: 52, zone: "Europe/Rome" });
    expect(closedByChannel(rome)[0]?.dates).toEqual([]);
  });

  it("needs the zeros to be unlikely by chance: a desk at a ticket a day closes nothing on its quiet dates", () => {
    const series = synthSeries({ from: "2022-01-01", to: "2025-10-31", base: 0.6, seed: 53 });
    const days = channelHistory(series, "all").days;
    // At 0.6 a day some dates are empty in every year by chance; none of them holds 5 expected tickets.
    expect(recurringClosedDates(days).size).toBe(0);
  });
});
