// A store's own event with no last-season day of its name is forecast as an ordinary day, and says so.
import { describe, expect, it } from "vitest";
import { unalignedCustomEventLines } from "../../src/forecast/calendar.js";

const day = (date: string, event: string, method: string, expected = 100) => ({ date, event, method, expected });
const custom = [{ name: "winter-sale", date: "2025-12-05", days: 2 }, { name: "flash", date: "2025-12-09" }];

describe("unalignedCustomEventLines", () => {
  it("names each store event once, with its dates as runs, when its days were not event-aligned", () => {
    const days = [day("2025-12-04", "", "seasonal"), day("2025-12-05", "winter-sale", "year-over-year/seasonal"), day("2025-12-06", "winter-sale", "seasonal"), day("2025-12-09", "flash", "seasonal")];
    expect(unalignedCustomEventLines(days, custom)).toEqual([
      "winter-sale on 2025-12-05 to 2025-12-06: no last-season day of that name in the history, forecast as an ordinary day (no uplift); to learn its uplift, add last season's winter-sale to the events under the same name",
      "flash on 2025-12-09: no last-season day of that name in the history, forecast as an ordinary day (no uplift); to learn its uplift, add last season's flash to the events under the same name",
    ]);
  });
  it("is silent for aligned days, retail days, closed days and days already seen", () => {
    const days = [
      day("2025-12-05", "winter-sale", "event-aligned/seasonal"),
      day("2025-11-28", "black-friday", "first-season"),
      day("2025-12-09", "flash", "closed", 0),
      { ...day("2025-12-10", "flash", "seasonal"), actual: 80 },
    ];
    expect(unalignedCustomEventLines(days, custom)).toEqual([]);
  });
});
