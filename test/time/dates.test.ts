// Date arithmetic by hand must agree with the platform's Date on every day it will ever meet, and defer to it on
// what is not a plain YYYY-MM-DD.
import { describe, expect, it } from "vitest";
import { addDays, dateOfDayNumber, dayNumber, weekdayOfDate } from "../../src/time/dates.js";

const DAY_MS = 86_400_000;
const byDate = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

describe("calendar dates as day numbers", () => {
  it("agrees with Date both ways on every day from 1900 to 2200", () => {
    const wrong: string[] = [];
    for (let n = dayNumber("1900-01-01"); n <= dayNumber("2200-12-31"); n++) {
      const date = byDate(n);
      if (dateOfDayNumber(n) !== date || dayNumber(date) !== n) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(dayNumber("1900-01-01")).toBe(-25_567);
  });

  it("reads an out-of-range day as Date.UTC does, and gives NaN for what is no date", () => {
    expect(dayNumber("2026-02-30")).toBe(dayNumber("2026-03-02"));
    expect(dayNumber("2026-01-00")).toBe(dayNumber("2025-12-31"));
    expect(dayNumber("2026-13-01")).toBe(dayNumber("2027-01-01"));
    expect(dayNumber("abcd-01-01")).toBeNaN();
  });

  it("steps over month ends, leap days and DST-free weekdays", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(weekdayOfDate("2026-11-27")).toBe(5); // Black Friday
  });
});
