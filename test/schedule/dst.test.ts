// Daylight saving: rest is counted in real hours, and a shift across the change has 7 or 9 hours and costs them.
import { describe, expect, it } from "vitest";
import { placeShift } from "../../src/schedule/calendar.js";
import { restHoursBetween } from "../../src/schedule/rules.js";
import { agent, input, requirements, shiftsOf, solveChecked, ZONE } from "./helpers.js";

const evening = { name: "evening", start: "14:00", end: "22:00" };
const day = { name: "day", start: "09:00", end: "17:00" };
const night = { name: "night", start: "00:00", end: "08:00" };

describe("rest across a DST change (Europe/Helsinki springs forward on 2026-03-29)", () => {
  it("counts 10 real hours from Saturday 22:00 to Sunday 09:00 on the spring-forward night, 11 on others", () => {
    expect(restHoursBetween(placeShift("2026-03-28", evening, ZONE), placeShift("2026-03-29", day, ZONE))).toBe(10);
    expect(restHoursBetween(placeShift("2026-03-21", evening, ZONE), placeShift("2026-03-22", day, ZONE))).toBe(11);
    expect(restHoursBetween(placeShift("2026-10-24", evening, ZONE), placeShift("2026-10-25", day, ZONE))).toBe(12);
  });

  it.each([
    ["2026-03-21", "2026-03-22", 2],
    ["2026-03-28", "2026-03-29", 1],
  ])("evening on %s then day on %s: %i shift(s) for one agent", async (sat, sun, count) => {
    const reqs = requirements(sat, sun, (d, h) => ({ agents: (d === sat && h >= 20 && h < 22) || (d === sun && h >= 9 && h < 11) ? 1 : 0 }));
    const r = await solveChecked(input(reqs, [agent("ana")], { shifts: [evening, day] }));
    expect(shiftsOf(r)).toHaveLength(count);
  });
});

describe("shift hours across a DST change", () => {
  it("gives a 00:00-08:00 shift 7 real hours in spring and 9 in autumn", () => {
    expect(placeShift("2026-03-29", night, ZONE).hours).toBe(7);
    expect(placeShift("2026-10-25", night, ZONE).hours).toBe(9);
    expect(placeShift("2026-11-01", night, ZONE).hours).toBe(8);
  });

  it("rosters and prices the 9-hour autumn shift, covering both 03:00 hours", async () => {
    const reqs = requirements("2026-10-25", "2026-10-25", (_, h) => ({ agents: h < 8 ? 1 : 0 }));
    expect(reqs.filter((r) => r.hourStart.startsWith("2026-10-25T03"))).toHaveLength(2);
    const r = await solveChecked(input(reqs, [agent("ana")], { shifts: [night] }));
    expect(r.roster).toHaveLength(1);
    expect(r.roster[0]?.hours).toBe(9);
    expect(r.roster[0]?.cost).toBe(9 * 25 * 1.25); // a Sunday
    expect(r.roster[0]?.start).toBe("2026-10-25T00:00+03:00");
    expect(r.roster[0]?.end).toBe("2026-10-25T08:00+02:00");
    expect(r.check.shortfall.agentHours).toBe(0);
  });

  it("rosters the 7-hour spring shift", async () => {
    const reqs = requirements("2026-03-29", "2026-03-29", (_, h) => ({ agents: h < 8 ? 1 : 0 }));
    const r = await solveChecked(input(reqs, [agent("ana")], { shifts: [night] }));
    expect(r.roster[0]?.hours).toBe(7);
    expect(r.check.hours).toBe(7);
  });
});
