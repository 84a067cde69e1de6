// Rule 6b: a new hire who works after their first week (firstWeekDays calendar days from available_from) worked at
// least min(5, max_days_per_week, their weekly hours' shifts, the first-week dates they could work) days in it: in
// check, in the model with a re-plan's published days, and across the weekly pieces.
import { describe, expect, it } from "vitest";
import { checkRoster } from "../../src/schedule/check.js";
import { firstWeekNeed } from "../../src/schedule/first-week.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { agent, input, requirements, RULES, SHIFTS, shiftsOf, solveChecked, ZONE } from "./helpers.js";

const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
const day = (id: string, seniority: RosterRow["seniority"], date: string): RosterRow => ({
  date, agentId: id, name: id, seniority, shift: "day", start: `${date}T09:00+02:00`, end: `${date}T17:00+02:00`, hours: 8, cost: 200,
});
const paired = (dates: string[]): RosterRow[] => dates.flatMap((d) => [day("neo", "new", d), day("mia", "experienced", d)]);
const violations = (roster: RosterRow[], team = [agent("neo", "new", { availableFrom: "2026-11-23" }), agent("mia")]): string[] => {
  const reqs = requirements("2026-11-23", "2026-11-30", () => ({}));
  return checkRoster({ roster, requirements: reqs, agents: team, shifts: SHIFTS, rules: RULES, timezone: ZONE }).violations.map((v) => `${v.rule} ${v.date} ${v.agentId}`);
};

describe("rule 6b: a hire works after their first week only once it held a working week of theirs", { timeout: 60_000 }, () => {
  it("check flags a hire alone on day 8 after 1 first-week day, not after 5", () => {
    expect(violations([...paired(["2026-11-23"]), day("neo", "new", "2026-11-30")])).toEqual(["pairing 2026-11-30 neo"]);
    const five = paired(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
    expect(violations([...five, day("neo", "new", "2026-11-30")])).toEqual([]);
    // kept off the whole first week, alone from day 8: the dodge the review found
    expect(violations([day("neo", "new", "2026-11-30")])).toEqual(["pairing 2026-11-30 neo"]);
  });

  it("a 3-day part-timer (24 h) needs 3 first-week days", () => {
    const team = [agent("neo", "new", { availableFrom: "2026-11-23", maxDaysPerWeek: 3, maxHoursPerWeek: 24 }), agent("mia")];
    const three = paired(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(violations([...three, day("neo", "new", "2026-11-30")], team)).toEqual([]);
    expect(violations([...three.slice(0, 4), day("neo", "new", "2026-11-30")], team)).toEqual(["pairing 2026-11-30 neo"]);
  });

  it("the need: min(5, max days, weekly hours / shortest shift, first-week dates the hire could work)", () => {
    const neo = agent("neo", "new", { availableFrom: "2026-11-23" });
    expect(firstWeekNeed(neo, 7, 8)).toBe(5);
    expect(firstWeekNeed({ ...neo, maxDaysPerWeek: 3 }, 7, 8)).toBe(3);
    expect(firstWeekNeed({ ...neo, maxHoursPerWeek: 20 }, 7, 8)).toBe(2);
    expect(firstWeekNeed(neo, 2, 8)).toBe(2);
    // weekends off and two days off in a Monday start's week: 3 dates left
    const off = agent("neo", "new", { availableFrom: "2026-11-23", weekends: false, unavailable: [{ from: "2026-11-24", to: "2026-11-25" }] });
    expect(violations([...paired(["2026-11-23", "2026-11-26", "2026-11-27"]), day("neo", "new", "2026-11-30")], [off, agent("mia")])).toEqual([]);
    expect(violations([...paired(["2026-11-23", "2026-11-26"]), day("neo", "new", "2026-11-30")], [off, agent("mia")])).toEqual(["pairing 2026-11-30 neo"]);
  });

  it("a re-plan counts the published first-week days before the window", async () => {
    // Live Monday 23 November, published paired on the 23rd and 24th and off on the 25th (the re-plan's lead-in); the
    // window starts on the 26th and the mentor works to the 27th: 4 of 5, so the hire is not alone on 30 November or 1
    // December; published on the 25th too, 5, and they are.
    const mia = agent("mia", "experienced", { availableTo: "2026-11-27", hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-23", hourlyCost: 10 });
    const reqs = requirements("2026-11-26", "2026-12-01", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 }));
    const two = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, previous: [...paired(["2026-11-23", "2026-11-24"]), day("mia", "experienced", "2026-11-25")] }));
    expect(shiftsOf(two, "neo").filter((s) => s >= "2026-11-28")).toEqual([]);
    const three = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, previous: paired(["2026-11-23", "2026-11-24", "2026-11-25"]) }));
    expect(shiftsOf(three, "neo")).toContain("2026-12-01 day");
  });

  it("weekly pieces carry the first-week days: four paired in week 48, one in week 49, alone in week 50", async () => {
    // Live Thursday 26 November (first week to 2 December); the mentor works 26-29 November and 1 December only. The
    // third piece starts its tail on 1 December: it sees the four days of November only through the carry.
    const mia = agent("mia", "experienced", { unavailable: [{ from: "2026-11-23", to: "2026-11-25" }, { from: "2026-11-30", to: "2026-11-30" }, { from: "2026-12-02", to: "2026-12-13" }], hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-26", hourlyCost: 10 });
    const reqs = requirements("2026-11-23", "2026-12-13", (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
    const r = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, decompose: "weekly" }));
    expect(r.solver.pieces).toBe(3);
    const neoDays = r.roster.filter((x) => x.agentId === "neo").map((x) => x.date);
    expect(neoDays.filter((d) => d <= "2026-12-02")).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-12-01"]);
    expect(neoDays.filter((d) => d >= "2026-12-07").length).toBeGreaterThan(0);
    // without the mentor on 1 December: four of five, and never alone after the first week
    const off = { ...mia, unavailable: [...(mia.unavailable ?? []), { from: "2026-12-01", to: "2026-12-01" }] };
    const short = await solveChecked(input(reqs, [off, neo], { rules: SHAPELESS, decompose: "weekly" }));
    expect(short.roster.filter((x) => x.agentId === "neo").map((x) => x.date)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
  });
});
