import { describe, expect, it } from "vitest";
import { clockHours, hourKey, isoWeekKey } from "../../src/time/hours.js";

describe("clockHours", () => {
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
