import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { clockHours, hourKey, isoWeekKey, offsetText } from "../../src/time/hours.js";
import { synthHours } from "../forecast/synthetic.js";

describe("hourKey", () => {
  it("writes luxon's own yyyy-MM-dd'T'HH:mmZZ text, in zones east and west, on whole and odd offsets (property)", () => {
    const zones = ["Europe/Helsinki", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "UTC"];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const dt = DateTime.fromMillis(ms, { zone });
        expect(hourKey(dt)).toBe(dt.toFormat("yyyy-MM-dd'T'HH:mmZZ"));
      }),
      { seed: 16, numRuns: 500 },
    );
  });
});

describe("clockHours", () => {
  it.each(["Europe/Helsinki", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])("gives the synthetic series' hours in %s from October to April: both DST changes of each hemisphere", (zone) => {
    const hours = clockHours("2025-10-01", "2026-04-10", zone);
    expect(synthHours("2025-10-01", "2026-04-10", zone)).toEqual(hours.map((dt) => ({ key: hourKey(dt), date: dt.toFormat("yyyy-MM-dd"), hour: dt.hour })));
  });
  it("gives 23 hours on the spring-forward day in Helsinki", () => {
    const hours = clockHours("2026-03-29", "2026-03-29", "Europe/Helsinki");
    expect(hours).toHaveLength(23);
    expect(hours.map(hourKey)).not.toContain("2026-03-29T03:00+03:00");
  });
  it("gives 25 hours on the fall-back day in New York, the repeated hour twice with its own offset", () => {
    const keys = clockHours("2025-11-02", "2025-11-02", "America/New_York").map(hourKey);
    expect(keys).toHaveLength(25);
    expect(keys).toContain("2025-11-02T01:00-04:00");
    expect(keys).toContain("2025-11-02T01:00-05:00");
    expect(new Set(keys).size).toBe(25);
  });
  it("counts ISO weeks Monday to Sunday", () => {
    expect(isoWeekKey("2026-11-29")).toBe("2026-W48");
    expect(isoWeekKey("2026-11-30")).toBe("2026-W49");
  });
});

describe("offsetText", () => {
  it("writes an offset as ISO 8601 does, half and quarter hours and the west included", () => {
    expect([120, 0, -300, 330, 345, -210, -570].map(offsetText)).toEqual(["+02:00", "+00:00", "-05:00", "+05:30", "+05:45", "-03:30", "-09:30"]);
  });
});
