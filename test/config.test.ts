import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig, isClosedDay, openingFor } from "../src/config.js";
import { InputError } from "../src/errors.js";
import { starterConfig } from "../src/plan/starter.js";

const load = (raw: unknown) => applyConfig(defaultConfig(), raw, "/tmp/peakplan.config.json");

describe("config", () => {
  it("resolves paths against the config's folder", () => {
    const c = load({ history: "tickets.csv", agents: "../team/agents.csv" });
    expect(c.history).toBe("/tmp/tickets.csv");
    expect(c.agents).toBe("/team/agents.csv");
  });

  it.each([
    [{ colour: "blue" }, "colour: unknown key"],
    [{ rules: { minRest: 11 } }, "rules.minRest: unknown key"],
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ shrinkage: 1.5 }, "shrinkage"],
    [{ channels: { chat: { model: "erlang-c", target: 1.0 } } }, "channels.chat.target"],
    [{ channels: { phone: { target: 1.0, answerSeconds: 0 } } }, "channels.phone.target"],
    [{ shifts: [{ name: "late", start: "22:00", end: "14:00" }] }, "shifts[0].end"],
    [{ season: { from: "2026-11-01", to: "2026-10-01" } }, "season.to"],
    [[1, 2], "(top level)"],
    [{ rules: { weeklyRestHours: 50 } }, "rules.weeklyRestHours"],
    [{ rules: { maxConsecutiveDays: 2.5 } }, "rules.maxConsecutiveDays"],
    [{ rules: { shiftTypeSwaps: "yes" } }, "rules.shiftTypeSwaps"],
    [{ shifts: [{ name: "weekend", start: "10:00", end: "18:00", premium: -1 }] }, "shifts[0].premium"],
    [{ schedule: { maxGap: 2 } }, "schedule.maxGap"],
  ])("refuses %j naming the key", (raw, key) => {
    expect(() => load(raw)).toThrow(InputError);
    expect(() => load(raw)).toThrow(key);
  });

  it("reads the roster rules and the schedule's gap limit", () => {
    const c = load({ rules: { maxConsecutiveDays: 5, weeklyRestHours: 36, shiftTypeChange: 0 }, schedule: { maxGap: 0.05 } });
    expect([c.rules.maxConsecutiveDays, c.rules.weeklyRestHours, c.rules.shiftTypeChange, c.schedule.maxGap]).toEqual([5, 36, 0, 0.05]);
    expect(defaultConfig().rules.maxConsecutiveDays).toBe(6);
    expect(defaultConfig().schedule.maxGap).toBe(0.02);
  });

  it("the starter config is valid and spells out the defaults", () => {
    const c = load(JSON.parse(starterConfig()));
    expect(c.shifts.map((s) => s.name)).toEqual(["early", "day", "evening"]);
    expect(c.rules.minRestHours).toBe(11);
    expect(c.channels.chat).toMatchObject({ model: "erlang-c", answerSeconds: 120, concurrency: 2 });
  });

  it("finds opening hours by channel, then weekday, then default", () => {
    const c = load({ supportHours: { default: "07:00-22:00", weekdays: { sun: "10:00-18:00" }, channels: { phone: { default: "09:00-17:00", weekdays: { sat: "closed" } } } } });
    expect(openingFor(c.supportHours, "email", 1)).toEqual({ open: "07:00", close: "22:00" });
    expect(openingFor(c.supportHours, "email", 7)).toEqual({ open: "10:00", close: "18:00" });
    expect(openingFor(c.supportHours, "phone", 2)).toEqual({ open: "09:00", close: "17:00" });
    expect(openingFor(c.supportHours, "phone", 6)).toBeNull();
  });

  it("a weekday the store closes closes a channel's default hours too, not its own weekday entry", () => {
    const c = load({ supportHours: { default: "07:00-22:00", weekdays: { sun: "closed" }, channels: { phone: { default: "09:00-17:00" }, chat: { weekdays: { sun: "10:00-14:00" } } } } });
    expect(openingFor(c.supportHours, "phone", 7)).toBeNull();
    expect(openingFor(c.supportHours, "email", 7)).toBeNull();
    expect(openingFor(c.supportHours, "chat", 7)).toEqual({ open: "10:00", close: "14:00" });
    expect(openingFor(c.supportHours, "phone", 6)).toEqual({ open: "09:00", close: "17:00" });
  });

  it("closed days match full dates and every-year month-days", () => {
    expect(isClosedDay(["12-25", "2027-01-01"], "2026-12-25")).toBe(true);
    expect(isClosedDay(["12-25", "2027-01-01"], "2027-01-01")).toBe(true);
    expect(isClosedDay(["12-25", "2027-01-01"], "2026-01-01")).toBe(false);
  });
});

describe("events.lastShippingDay", () => {
  it("takes a month-day (every year), a dated day (that season) or a list of dated days", () => {
    expect(load({ events: { lastShippingDay: "12-18" } }).events.lastShippingDay).toBe("12-18");
    expect(load({ events: { lastShippingDay: "2026-12-18" } }).events.lastShippingDay).toBe("2026-12-18");
    expect(load({ events: { lastShippingDay: ["2025-12-19", "2026-12-18"] } }).events.lastShippingDay).toBe("2025-12-19,2026-12-18");
  });

  it("refuses a day after Christmas Eve, a bad date and a month-day in a list, naming the key", () => {
    for (const raw of ["2026-12-28", "2026-02-30", ["12-18", "2026-12-18"]]) {
      expect(() => load({ events: { lastShippingDay: raw } })).toThrow(/events\.lastShippingDay/);
    }
  });
});
