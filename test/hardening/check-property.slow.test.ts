// Property: `check` accepts every roster `schedule` produces, and names the rule in each single-rule mutation of it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCalendar, placeShift } from "../../src/schedule/calendar.js";
import { checkRoster, solveRoster, type CheckReport } from "../../src/schedule/index.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import { agent, input, requirements, SHIFTS, ZONE } from "../schedule/helpers.js";

const WEEK = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];

function row(a: Agent, date: string, shift: string): RosterRow {
  if (shift === "on-call") return { date, agentId: a.id, name: a.name, seniority: a.seniority, shift, start: `${date}T00:00+02:00`, end: `${date}T24:00+02:00`, hours: 0, cost: 0 };
  const slot = placeShift(date, SHIFTS.find((s) => s.name === shift) ?? SHIFTS[0]!, ZONE);
  return { date, agentId: a.id, name: a.name, seniority: a.seniority, shift, start: slot.start, end: slot.end, hours: slot.hours, cost: 0 };
}

describe("property: check and schedule agree (fast-check, seeded)", () => {
  it("accepts each solved roster and rejects each single-rule mutation by name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 1 }),
        async (needPerDay, maxDays, standby) => {
          const senior = agent("s1", "senior");
          const noWeekends = agent("e1", "experienced", { weekends: false });
          const limited = agent("e2", "experienced", { maxDaysPerWeek: maxDays });
          const hire = agent("n1", "new", { availableFrom: "2026-11-25", onCall: false });
          const team = [senior, noWeekends, limited, hire];
          const reqs = requirements(WEEK[0]!, WEEK[6]!, (date, h) => {
            const n = needPerDay[WEEK.indexOf(date)] ?? 0;
            return { agents: h >= 9 && h < 17 ? n : 0, seniors: h >= 9 && h < 17 && n > 0 ? 1 : 0, standby };
          });
          const i = input(reqs, team, { timeLimitSeconds: 20 });
          const solved = await solveRoster(i);
          const rules = (report: CheckReport): string[] => [...new Set(report.violations.map((v) => v.rule))];
          // The solved roster as `peakplan check` reads it; the mutations share one calendar of the week, as the
          // solver's own checks do (building it is most of a check: 48 builds were 40 % of this test's CPU).
          expect(rules(checkRoster({ ...i, roster: solved.roster }))).toEqual([]);
          const calendar = buildCalendar(i.requirements, i.shifts, i.timezone);
          const check = (roster: RosterRow[]): string[] => rules(checkRoster({ ...i, roster }, calendar));

          const without = (id: string, dates: readonly string[] = WEEK): RosterRow[] => solved.roster.filter((r) => !(r.agentId === id && dates.includes(r.date)));
          const mutations: Array<[string, RosterRow[]]> = [
            ["onePerDay", [...without("s1", ["2026-11-23"]), row(senior, "2026-11-23", "early"), row(senior, "2026-11-23", "on-call")]],
            ["rest", [...without("s1", ["2026-11-23", "2026-11-24"]), row(senior, "2026-11-23", "evening"), row(senior, "2026-11-24", "early")]],
            ["weeklyDays", [...without("e2"), ...WEEK.slice(0, maxDays + 1).map((d) => row(limited, d, "early"))]],
            ["availability", [...without("n1", ["2026-11-23"]), row(hire, "2026-11-23", "day")]],
            ["weekends", [...without("e1", ["2026-11-28"]), row(noWeekends, "2026-11-28", "day")]],
            ["onCall", [...without("n1", ["2026-11-27"]), row(hire, "2026-11-27", "on-call")]],
            // the hire's first week runs from the 25th: alone on the 26th, with every mentor taken off that day
            ["pairing", [...solved.roster.filter((r) => r.date !== "2026-11-26"), row(hire, "2026-11-26", "day")]],
          ];
          for (const [rule, roster] of mutations) expect(check(roster), rule).toContain(rule);
        },
      ),
      { numRuns: 6, seed: 7 },
    );
  }, 120_000);
});
