// Rule 6b: a new hire who works after their first week (firstWeekDays calendar days from available_from) worked at
// least min(5, max_days_per_week, their weekly hours' shifts, the first-week dates they could work) days in it: in
// check and in the model (pairing-first-days.slow.test.ts: with a re-plan's published days, and across weekly pieces).
import { describe, expect, it } from "vitest";
import { checkRoster } from "../../src/schedule/check.js";
import { firstWeekNeed } from "../../src/schedule/first-week.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { agent, day, paired, requirements, RULES, SHIFTS, ZONE } from "./helpers.js";

const violations = (roster: RosterRow[], team = [agent("neo", "new", { availableFrom: "2026-11-23" }), agent("mia")], closed: readonly string[] = []): string[] => {
  // One agent wanted 9-17 every day, except on the closed dates (no need at all: closedDays, a weekday shut).
  const reqs = requirements("2026-11-23", "2026-11-30", (date, h) => ({ agents: !closed.includes(date) && h >= 9 && h < 17 ? 1 : 0 }));
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

  it("a closed day of the first week is not a day the hire could work: 4 of 4 open days are their week", () => {
    // 25 November closed (no need): a weekday-only hire live Monday 23rd has 23, 24, 26 and 27 to work.
    const weekdays = [agent("neo", "new", { availableFrom: "2026-11-23", weekends: false }), agent("mia")];
    const four = paired(["2026-11-23", "2026-11-24", "2026-11-26", "2026-11-27"]);
    expect(violations([...four, day("neo", "new", "2026-11-30")], weekdays, ["2026-11-25"])).toEqual([]);
    expect(violations([...four.slice(0, 6), day("neo", "new", "2026-11-30")], weekdays, ["2026-11-25"])).toEqual(["pairing 2026-11-30 neo"]);
  });

  it("a first week begun before the roster's first date, with no published row there, asks only what its days left must add", () => {
    // Live Thursday 19 November, four days before the requirements start: those may have been worked, for all check
    // knows, so 23-25 November (the rest of the week) need 5 - 4 = 1.
    const early = [agent("neo", "new", { availableFrom: "2026-11-19" }), agent("mia")];
    expect(violations([...paired(["2026-11-23"]), day("neo", "new", "2026-11-26")], early)).toEqual([]);
    expect(violations([day("neo", "new", "2026-11-26")], early)).toEqual(["pairing 2026-11-26 neo"]);
  });

  it("the need: min(5, max days, weekly hours / longest shift, first-week dates the hire could work)", () => {
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

});
