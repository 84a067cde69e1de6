// Mail sent on a config closedDays date is forecast 0 that day and carried to the next open day's first hour.
import { describe, expect, it } from "vitest";
import { carryLines, type DailyForecast } from "../../src/forecast/daily.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { carryTargets } from "../../src/forecast/seasonal.js";
import { synthSeries } from "./synthetic.js";

const off = { enabled: false } as const;
// A year and a bit of email and chat, Christmas 2024 included: the mail kept coming on 25 December.
const series = synthSeries({ from: "2024-10-01", to: "2025-10-31", base: 300, channels: { email: 0.5, chat: 0.5 }, seed: 61 });
const window = { events: off, from: "2025-12-20", to: "2025-12-31" } as const;
const dayOf = (r: ReturnType<typeof forecastSeason>, channel: string, date: string): number =>
  r.rows.filter((row) => row.channel === channel && row.hourStart.startsWith(date)).reduce((s, row) => s + row.volume, 0);

describe("a closedDays date's backlog mail", () => {
  const carried = forecastSeason(series, { ...window, closedDays: ["12-25"], carryChannels: ["email"] });
  const plain = forecastSeason(series, { ...window, closedDays: ["12-25"] });
  const open = forecastSeason(series, { ...window, closedDays: [] });

  it("is still forecast 0 on the closed date, band included", () => {
    expect(carried.daily.find((d) => d.date === "2025-12-25")).toMatchObject({ expected: 0, p90: 0, method: "closed" });
    expect(carried.rows.filter((row) => row.hourStart.startsWith("2025-12-25")).every((row) => row.volume === 0 && row.p90 === 0)).toBe(true);
  });

  it("lands on the next day: 26 December's email is higher by what 25 December would have had open", () => {
    const would = dayOf(open, "email", "2025-12-25");
    expect(would).toBeGreaterThan(50);
    expect(dayOf(carried, "email", "2025-12-26") - dayOf(plain, "email", "2025-12-26")).toBeCloseTo(would, 6);
    // All of it in the first hour the desk could meet it: 00:00, as mail arrives round the clock in this store.
    const first = carried.rows.find((row) => row.channel === "email" && row.hourStart.startsWith("2025-12-26"));
    const before = plain.rows.find((row) => row.channel === "email" && row.hourStart.startsWith("2025-12-26"));
    expect((first?.volume ?? 0) - (before?.volume ?? 0)).toBeCloseTo(would, 6);
    const note = carried.daily.find((d) => d.date === "2025-12-25")?.carried;
    expect(note).toMatchObject([{ channel: "email", to: first?.hourStart }]);
    expect(note?.[0]?.volume).toBeCloseTo(would, 6);
  });

  it("is not carried for chat, whose customers met the closed day's auto-reply", () => {
    expect(dayOf(carried, "chat", "2025-12-26")).toBe(dayOf(plain, "chat", "2025-12-26"));
  });

  it("is named in one line per closed date", () => {
    expect(carried.notes).toEqual([`12-25 closed: ${Math.round(dayOf(open, "email", "2025-12-25"))} email messages carried to 12-26 00:00`]);
    expect(plain.notes).toEqual([]);
  });
});

describe("carryTargets", () => {
  const day = (method: string, shape: number[]) => ({ method, shape });
  it("skips closed days and days without an open hour, lands on the first open hour, and has nowhere past the end", () => {
    const days = [day("closed", [0, 0, 0]), day("closed", [0, 0.5, 0.5]), day("seasonal", [0, 0, 0]), day("seasonal", [0, 0.2, 0.8]), day("closed", [1, 0, 0])];
    const at = { day: 3, hour: 1 };
    expect(carryTargets(days)).toEqual([at, at, at, undefined, undefined]);
  });
});

describe("carryLines", () => {
  const d = (date: string, carried: DailyForecast["carried"]): DailyForecast => ({ date, weekday: "Fri", event: "", expected: 0, p10: 0, p90: 0, method: "closed", ...(carried ? { carried } : {}) });
  it("says where the mail went, and what falls past the window's end", () => {
    const lines = carryLines([
      d("2026-12-24", undefined),
      d("2026-12-25", [{ channel: "email", volume: 30.4, to: "2026-12-26T07:00+01:00" }, { channel: "social", volume: 4.6, to: "2026-12-26T07:00+01:00" }, { channel: "other", volume: 0.2, to: "2026-12-26T07:00+01:00" }]),
      d("2026-12-31", [{ channel: "email", volume: 20 }]),
    ]);
    expect(lines).toEqual(["12-25 closed: 35 email/social messages carried to 12-26 07:00", "12-31 closed: 20 email messages would wait past the window's end and are not planned"]);
  });
});
