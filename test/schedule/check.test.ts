// checkRoster on hand-edited rosters: every hard rule is caught with its name; coverage, shortfall and cost are measured.
import { describe, expect, it } from "vitest";
import { placeShift } from "../../src/schedule/calendar.js";
import { checkRoster } from "../../src/schedule/check.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import { agent, requirements, RULES, SHIFTS, ZONE } from "./helpers.js";

const team = [agent("ana", "senior"), agent("ben", "experienced", { weekends: false, maxDaysPerWeek: 2 }), agent("neo", "new", { availableFrom: "2026-11-24" })];
const reqs = requirements("2026-11-23", "2026-11-29", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0, seniors: 0, standby: 1 }));

function row(agentId: string, date: string, shift: string): RosterRow {
  const a = team.find((t) => t.id === agentId) as Agent;
  if (shift === "on-call") return { date, agentId, name: a.name, seniority: a.seniority, shift, start: `${date}T00:00+02:00`, end: `${date}T23:59+02:00`, hours: 0, cost: 0 };
  const slot = placeShift(date, SHIFTS.find((s) => s.name === shift) ?? { name: shift, start: "09:00", end: "17:00" }, ZONE);
  return { date, agentId, name: a.name, seniority: a.seniority, shift, start: slot.start, end: slot.end, hours: slot.hours, cost: 0 };
}

const check = (roster: RosterRow[]) => checkRoster({ roster, requirements: reqs, agents: team, shifts: SHIFTS, rules: RULES, timezone: ZONE });
const rulesBroken = (roster: RosterRow[]): string[] => [...new Set(check(roster).violations.map((v) => v.rule))];

describe("checkRoster", () => {
  it("accepts a clean roster and measures it", () => {
    const report = check([row("ana", "2026-11-23", "day"), row("ana", "2026-11-24", "on-call")]);
    expect(report.ok).toBe(true);
    expect(report.hours).toBe(8);
    expect(report.cost.shifts).toBe(200);
    expect(report.cost.onCall).toBe(50);
    expect(report.shortfall.agentHours).toBe(6 * 8);
    expect(report.shortfall.standbyDays).toBe(6);
    expect(report.cost.penalties).toBe(250 * (48 + 6));
    expect(report.shortfall.byDay[0]).toEqual({ date: "2026-11-23", agentHours: 0, seniorHours: 0, standby: 1 });
  });
  it("1: two rows on one day", () => expect(rulesBroken([row("ana", "2026-11-23", "day"), row("ana", "2026-11-23", "on-call")])).toEqual(["onePerDay"]));
  it("2: evening then early", () => expect(rulesBroken([row("ana", "2026-11-23", "evening"), row("ana", "2026-11-24", "early")])).toEqual(["rest"]));
  it("3: too many days in a week", () =>
    expect(rulesBroken(["23", "24", "25"].map((d) => row("ben", `2026-11-${d}`, "day")))).toEqual(["weeklyDays"]));
  it("3: too many hours in a week", () => {
    const long = { ...row("ana", "2026-11-23", "day"), end: "2026-11-24T05:00+02:00" };
    const rows = [long, ...["25", "26", "27"].map((d) => row("ana", `2026-11-${d}`, "day"))];
    expect(rulesBroken(rows)).toEqual(["weeklyHours"]);
  });
  it("4: before available_from", () => expect(rulesBroken([row("neo", "2026-11-23", "day"), row("ana", "2026-11-23", "day")])).toContain("availability"));
  it("5: a weekend shift for an agent without weekends", () => expect(rulesBroken([row("ben", "2026-11-28", "day")])).toEqual(["weekends"]));
  it("5: a new hire on call", () => expect(rulesBroken([row("neo", "2026-11-24", "on-call")])).toEqual(["onCall"]));
  it("6: a first-week new hire alone, and fine once paired", () => {
    expect(rulesBroken([row("neo", "2026-11-24", "day")])).toEqual(["pairing"]);
    expect(rulesBroken([row("neo", "2026-11-24", "day"), row("ana", "2026-11-24", "day")])).toEqual([]);
    // a mentor on the early shift leaves 15:00-17:00 alone
    expect(rulesBroken([row("neo", "2026-11-24", "day"), row("ana", "2026-11-24", "early")])).toEqual(["pairing"]);
  });
  it("names an unknown agent or shift", () => {
    expect(rulesBroken([{ ...row("ana", "2026-11-23", "day"), agentId: "zed" }])).toEqual(["knownRow"]);
    expect(rulesBroken([{ ...row("ana", "2026-11-23", "day"), shift: "late" }])).toEqual(["knownRow"]);
  });
  it("0: a row whose times fall on another day than its date (Saturday's times dated Monday)", () => {
    const saturday = row("ben", "2026-11-28", "day");
    const moved = { ...saturday, date: "2026-11-23" };
    expect(rulesBroken([moved])).toEqual(["knownRow"]);
    expect(check([moved]).violations[0]?.message).toBe("start 2026-11-28T09:00+02:00 is on 2026-11-28, not on the row's date 2026-11-23");
    // times edited by hand on the row's own date are still checked as written
    expect(rulesBroken([{ ...row("ben", "2026-11-23", "day"), start: "2026-11-23T10:00+02:00" }])).toEqual([]);
  });
  it("12: judges the weekly rest over the roster's days before the requirements (a re-plan's lead-in)", () => {
    const later = requirements("2026-11-25", "2026-11-29", () => ({ agents: 0 }));
    const tireless = agent("tia", "experienced", { maxDaysPerWeek: 7, maxHoursPerWeek: 56 });
    const rows = ["23", "24", "25", "26", "27", "28", "29"].map((d) => ({ ...row("ana", `2026-11-${d}`, "day"), agentId: "tia" }));
    const rules = { ...RULES, maxConsecutiveDays: 7 };
    const report = checkRoster({ roster: rows, requirements: later, agents: [tireless], shifts: SHIFTS, rules, timezone: ZONE });
    expect([...new Set(report.violations.map((v) => v.rule))]).toEqual(["weeklyRest"]);
  });
  it("gives each violation the rule's readable name", () => {
    const v = check([row("ana", "2026-11-23", "evening"), row("ana", "2026-11-24", "early")]).violations[0];
    expect(v?.ruleName).toBe("2 rest between shifts");
    expect(v?.message).toContain("9 h");
  });
});
