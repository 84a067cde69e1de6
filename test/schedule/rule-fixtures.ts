// Hand-made roster rows and a rule switchboard for the one-test-per-rule files.
import { placeShift } from "../../src/schedule/calendar.js";
import { checkRoster } from "../../src/schedule/check.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";
import { RULES, SHIFTS, ZONE } from "./helpers.js";

/** Every roster-shape rule off: a test turns on the one it is about, so nothing else binds. */
export const BARE = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, shiftTypeSwaps: false, isolatedDay: 0, minHoursShort: 0, weeklyRestHours: 0, maxConsecutiveDays: 366 };

export function row(a: Agent, date: string, shift: string): RosterRow {
  const slot = placeShift(date, SHIFTS.find((s) => s.name === shift) ?? { name: shift, start: "09:00", end: "17:00" }, ZONE);
  return { date, agentId: a.id, name: a.name, seniority: a.seniority, shift, start: slot.start, end: slot.end, hours: slot.hours, cost: 0 };
}

/** The hard rules a roster breaks, by id. */
export function broken(roster: RosterRow[], reqs: RequirementRow[], agents: Agent[], rules = RULES): string[] {
  const report = checkRoster({ roster, requirements: reqs, agents, shifts: SHIFTS, rules, timezone: ZONE });
  return [...new Set(report.violations.map((v) => v.rule))];
}

/** YYYY-MM-DD, `n` days after `date`. */
export function plus(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
