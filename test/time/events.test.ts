import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { blackFriday, cyberMonday, peakDates, seasonEvents, seasonYearOf } from "../../src/time/events.js";

describe("seasonYearOf", () => {
  it("puts November-December in their own year and January-October in the year before (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const d = DateTime.utc(1990, 1, 1).plus({ days: n });
        expect(seasonYearOf(d.toISODate() ?? "")).toBe(d.month >= 11 ? d.year : d.year - 1);
      }),
      { seed: 16, numRuns: 500 },
    );
  });
  it("reads a date with a time the luxon way, and gives no year for a date that does not exist", () => {
    expect(seasonYearOf("2026-11-01T00:30:00Z")).toBe(2026);
    expect(seasonYearOf("2026-02-30")).toBeNaN();
  });
});

describe("event calendar", () => {
  it.each([
    [2024, "2024-11-29"],
    [2025, "2025-11-28"],
    [2026, "2026-11-27"],
    [2027, "2027-11-26"],
  ])("Black Friday %i is %s", (year, date) => {
    expect(blackFriday(year)).toBe(date);
  });
  it("Cyber Monday follows Black Friday by three days", () => {
    expect(cyberMonday(2026)).toBe("2026-11-30");
  });
  it("gives each day one event and aligns offsets to the anchor", () => {
    const days = seasonEvents(2026);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    expect(days.find((d) => d.date === "2026-11-27")).toMatchObject({ event: "black-friday", offset: 0 });
    expect(days.find((d) => d.date === "2026-11-30")).toMatchObject({ event: "cyber-monday", offset: 0 });
    expect(days.find((d) => d.date === "2027-01-05")).toMatchObject({ event: "returns", offset: 3 });
  });
  it("marks Black Friday to Cyber Monday and the last shipping day with the two before as peak", () => {
    const peak = peakDates(2026);
    expect([...peak].sort()).toEqual(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-18", "2026-12-19", "2026-12-20"]);
  });
});

describe("the last shipping day", () => {
  const anchor = (year: number, spec: string): string | undefined => seasonEvents(year, { lastShippingDay: spec }).find((e) => e.event === "last-shipping-day" && e.offset === 0)?.date;

  it("moves every year with a month-day, and only that season with a dated day: last season keeps 12-20", () => {
    expect([anchor(2025, "12-18"), anchor(2026, "12-18")]).toEqual(["2025-12-18", "2026-12-18"]);
    expect([anchor(2025, "2026-12-18"), anchor(2026, "2026-12-18")]).toEqual(["2025-12-20", "2026-12-18"]);
    expect([anchor(2025, "2025-12-19,2026-12-18"), anchor(2026, "2025-12-19,2026-12-18"), anchor(2027, "2025-12-19,2026-12-18")]).toEqual(["2025-12-19", "2026-12-18", "2027-12-20"]);
    expect([...peakDates(2025, "2026-12-18")].filter((d) => d >= "2025-12-10")).toEqual(["2025-12-18", "2025-12-19", "2025-12-20"]);
  });
});
