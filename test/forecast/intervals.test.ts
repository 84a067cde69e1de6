// The p10-p90 band means what it says: it holds about 80 % of the actual hours on a backtest.
import { describe, expect, it } from "vitest";
import { scoreWindow } from "../../src/forecast/backtest.js";
import { eventCalendar } from "../../src/forecast/calendar.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import { synthSeries } from "./synthetic.js";

describe("p10-p90 coverage", () => {
  it("holds 75-85 % of the hours of two weeks forecast from seven, at 250 tickets a day and at 25", () => {
    for (const base of [250, 25]) {
      const series = synthSeries({ from: "2025-04-07", to: "2025-06-08", base, seed: 34, channels: { chat: 0.6, email: 0.4 } });
      const [s] = scoreWindow(series, [peakplanModel({ calendar: eventCalendar({ enabled: false }) })], "2025-05-26", "2025-06-08").scores;
      expect(s?.coverage80).toBeGreaterThanOrEqual(0.75);
      expect(s?.coverage80).toBeLessThanOrEqual(0.85);
    }
  });
});
