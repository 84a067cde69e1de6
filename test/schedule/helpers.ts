// Tiny instances for the schedule tests: agents with defaults, hourly needs from a function, and a solve that always checks.
import { expect } from "vitest";
import { defaultConfig, type ShiftTemplate } from "../../src/config.js";
import { checkRoster } from "../../src/schedule/check.js";
import { solveRoster, type RosterResult, type SolveRosterInput } from "../../src/schedule/index.js";
import type { Agent, RosterRow, Seniority } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";
import { clockHours, hourKey } from "../../src/time/hours.js";

export const ZONE = "Europe/Helsinki";
export const RULES = defaultConfig().rules;
export const SHIFTS: ShiftTemplate[] = defaultConfig().shifts;

export function agent(id: string, seniority: Seniority = "experienced", extra: Partial<Agent> = {}): Agent {
  return {
    id, name: id, seniority, maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, onCall: seniority !== "new", hourlyCost: 25, ...extra,
  };
}

export interface HourNeed {
  agents?: number;
  seniors?: number;
  standby?: number;
}

/** One row per clock hour from `from` to `to`; `need` says what an hour wants (date YYYY-MM-DD, local hour). */
export function requirements(from: string, to: string, need: (date: string, hour: number) => HourNeed, zone = ZONE): RequirementRow[] {
  return clockHours(from, to, zone).map((dt) => {
    const n = need(dt.toFormat("yyyy-MM-dd"), dt.hour);
    return { hourStart: hourKey(dt), agents: n.agents ?? 0, seniors: n.seniors ?? 0, standby: n.standby ?? 0, byChannel: {} };
  });
}

export function input(reqs: RequirementRow[], agents: Agent[], extra: Partial<SolveRosterInput> = {}): SolveRosterInput {
  return { requirements: reqs, agents, shifts: SHIFTS, rules: RULES, timezone: ZONE, timeLimitSeconds: 30, relativeGap: 0, ...extra };
}

/** Solves and runs checkRoster on the roster, as every test roster must pass it. */
export async function solveChecked(i: SolveRosterInput): Promise<RosterResult> {
  const result = await solveRoster(i);
  const check = checkRoster({ ...i, roster: result.roster });
  expect(check.violations).toEqual([]);
  expect(["optimal", "feasible"]).toContain(result.solver.status);
  return result;
}

export function shiftsOf(result: RosterResult, agentId?: string): string[] {
  return result.roster.filter((r) => agentId === undefined || r.agentId === agentId).map((r) => `${r.date} ${r.shift}`);
}

/** The rules without the shape weights, so a tiny instance's roster follows the hard rules and the cost alone. */
export const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };

/** A published 09-17 "day" row, as a re-plan's previous roster or a hand-made roster holds it. */
export function day(id: string, seniority: RosterRow["seniority"], date: string): RosterRow {
  return { date, agentId: id, name: id, seniority, shift: "day", start: `${date}T09:00+02:00`, end: `${date}T17:00+02:00`, hours: 8, cost: 200 };
}

/** The new hire neo and the experienced mia, both on the day shift on each date. */
export const paired = (dates: string[]): RosterRow[] => dates.flatMap((d) => [day("neo", "new", d), day("mia", "experienced", d)]);
