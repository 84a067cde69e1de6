// Shift templates with their own days, times and premium (a weekend shift): config, calendar, model, check and roster.csv.
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig } from "../../src/config.js";
import type { ShiftTemplate } from "../../src/config/types.js";
import { rosterToCsv } from "../../src/io/roster-csv.js";
import { buildCalendar, placeShift } from "../../src/schedule/calendar.js";
import { checkRoster } from "../../src/schedule/check.js";
import { agent, input, requirements, ZONE, solveChecked } from "./helpers.js";
import { BARE } from "./rule-fixtures.js";

// Friday 4 to Sunday 6 December 2026: one agent wanted 10-17 each day.
const FRI = "2026-12-04";
const SHIFTS: ShiftTemplate[] = [
  { name: "day", start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] },
  { name: "weekend", start: "10:00", end: "18:00", days: ["sat", "sun"], premium: 1.5 },
];
const reqs = requirements(FRI, "2026-12-06", (_, h) => ({ agents: h >= 10 && h < 17 ? 1 : 0 }));
const ana = agent("ana", "experienced", { hourlyCost: 20 });

describe("weekend shift templates", { timeout: 60_000 }, () => {
  it("are read from the config with their days and premium; a bad weekday names its key", () => {
    const c = applyConfig(defaultConfig(), { shifts: SHIFTS }, "config.json");
    expect(c.shifts[1]).toEqual({ name: "weekend", start: "10:00", end: "18:00", days: ["sat", "sun"], premium: 1.5 });
    expect(c.shifts[0]?.premium).toBeUndefined();
    expect(() => applyConfig(defaultConfig(), { shifts: [{ name: "w", start: "10:00", end: "18:00", days: ["sat", "sunday"] }] }, "c.json")).toThrow("shifts[0].days[1]");
    expect(() => applyConfig(defaultConfig(), { shifts: [{ name: "w", start: "10:00", end: "18:00", days: [] }] }, "c.json")).toThrow("shifts[0].days");
  });

  it("place each template only on its days", () => {
    const slots = buildCalendar(reqs, SHIFTS, ZONE).slots.map((s) => `${s.date} ${s.shift}`);
    expect(slots).toEqual([`${FRI} day`, "2026-12-05 weekend", "2026-12-06 weekend"]);
  });

  it("the solver uses them on their days and prices the premium, in the roster and its CSV", async () => {
    const r = await solveChecked(input(reqs, [ana], { shifts: SHIFTS, rules: BARE }));
    expect(r.roster.map((x) => `${x.date} ${x.shift} ${x.cost}`)).toEqual([`${FRI} day 160`, "2026-12-05 weekend 240", "2026-12-06 weekend 240"]);
    expect(r.check.cost.shifts).toBe(640);
    expect(rosterToCsv(r.roster)).toContain("2026-12-05,ana,ana,experienced,weekend,2026-12-05T10:00+02:00,2026-12-05T18:00+02:00,8,240");
  });

  it("check refuses a template on a day it does not run and prices a hand-made row with its premium", () => {
    const row = (date: string, t: ShiftTemplate) => {
      const s = placeShift(date, t, ZONE);
      return { date, agentId: "ana", name: "ana", seniority: "experienced" as const, shift: t.name, start: s.start, end: s.end, hours: s.hours, cost: 0 };
    };
    const [day, weekend] = SHIFTS as [ShiftTemplate, ShiftTemplate];
    const bad = checkRoster({ roster: [row(FRI, weekend)], requirements: reqs, agents: [ana], shifts: SHIFTS, rules: BARE, timezone: ZONE });
    expect(bad.violations.map((v) => [v.rule, v.message])).toEqual([["knownRow", `shift "weekend" does not run on ${FRI} (days: sat, sun)`]]);
    const good = checkRoster({ roster: [row(FRI, day), row("2026-12-05", weekend)], requirements: reqs, agents: [ana], shifts: SHIFTS, rules: BARE, timezone: ZONE });
    expect(good.violations).toEqual([]);
    expect(good.cost.shifts).toBe(160 + 240);
  });
});
