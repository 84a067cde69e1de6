// Rule 6 binds a new hire's first worked days (min(firstWeekDays, max_days_per_week)), not the calendar week after
// available_from: in check, in the model, and across the weekly pieces.
import { describe, expect, it } from "vitest";
import { checkRoster } from "../../src/schedule/check.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { agent, input, requirements, RULES, SHIFTS, solveChecked, ZONE } from "./helpers.js";

const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
const day = (id: string, seniority: RosterRow["seniority"], date: string): RosterRow => ({
  date, agentId: id, name: id, seniority, shift: "day", start: `${date}T09:00+02:00`, end: `${date}T17:00+02:00`, hours: 8, cost: 200,
});

describe("rule 6: a new hire's first worked days are paired", { timeout: 60_000 }, () => {
  it("check flags a hire alone on their first worked day, a week after available_from", () => {
    const neo = agent("neo", "new", { availableFrom: "2026-11-23" });
    const reqs = requirements("2026-11-30", "2026-11-30", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 }));
    const report = checkRoster({ roster: [day("neo", "new", "2026-11-30")], requirements: reqs, agents: [neo], shifts: SHIFTS, rules: RULES, timezone: ZONE });
    expect(report.violations.map((v) => `${v.rule} ${v.date} ${v.agentId}`)).toEqual(["pairing 2026-11-30 neo"]);
  });

  it("check counts min(firstWeekDays, max_days_per_week) worked days: a 3-day hire works alone on the 4th", () => {
    const neo = agent("neo", "new", { availableFrom: "2026-11-23", maxDaysPerWeek: 3 });
    const mia = agent("mia");
    const reqs = requirements("2026-11-23", "2026-11-30", () => ({}));
    const paired = ["2026-11-23", "2026-11-24", "2026-11-25"].flatMap((d) => [day("neo", "new", d), day("mia", "experienced", d)]);
    const ok = checkRoster({ roster: [...paired, day("neo", "new", "2026-11-30")], requirements: reqs, agents: [neo, mia], shifts: SHIFTS, rules: RULES, timezone: ZONE });
    expect(ok.violations).toEqual([]);
    const early = checkRoster({ roster: [...paired.slice(0, 4), day("neo", "new", "2026-11-30")], requirements: reqs, agents: [neo, mia], shifts: SHIFTS, rules: RULES, timezone: ZONE });
    expect(early.violations.map((v) => `${v.rule} ${v.date}`)).toEqual(["pairing 2026-11-30"]);
  });

  it("weekly pieces carry the days worked: paired days in week 1, time off in week 2, alone in week 3", async () => {
    // The mentor is there Thursday 26 to Monday 30 November only; the hire is off 1-6 December.
    const mia = agent("mia", "experienced", { unavailable: [{ from: "2026-11-23", to: "2026-11-25" }, { from: "2026-12-01", to: "2026-12-13" }], hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-23", unavailable: [{ from: "2026-12-01", to: "2026-12-06" }], hourlyCost: 10 });
    const reqs = requirements("2026-11-23", "2026-12-13", (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
    const r = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, decompose: "weekly" }));
    expect(r.solver.pieces).toBe(3);
    const neoDays = r.roster.filter((x) => x.agentId === "neo").map((x) => x.date);
    // paired on the five days the mentor works, then alone in week 3 (the five days were over a week before)
    expect(neoDays.filter((d) => d <= "2026-11-30")).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"]);
    expect(neoDays.filter((d) => d >= "2026-12-07").length).toBe(5);
  });
});
