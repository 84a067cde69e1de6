import { describe, expect, it } from "vitest";
import { windowSlots } from "../../src/forecast/slots.js";
import { clockHours, hourKey } from "../../src/time/hours.js";

describe("windowSlots", () => {
  it.each([
    ["Europe/Helsinki", "2025-10-24", "2025-10-28"],
    ["Europe/Helsinki", "2026-03-27", "2026-03-30"],
    ["America/New_York", "2025-11-01", "2025-11-03"],
    ["Asia/Kolkata", "2025-12-30", "2026-01-02"],
  ])("matches clockHours + hourKey in %s from %s to %s", (zone, from, to) => {
    const slots = windowSlots(from, to, zone);
    const expected = clockHours(from, to, zone).map((dt) => ({ key: hourKey(dt), hod: dt.hour, date: dt.toFormat("yyyy-MM-dd") }));
    expect(slots.map((s) => ({ key: s.hourStart, hod: s.hod, date: s.date }))).toEqual(expected);
  });
});
