// How many first-week hires the mentors on a roster can pair (rule 6), day by day, for staggering cohorts.
import { runsOn, type ShiftTemplate } from "../config/types.js";
import type { Agent, RosterRow } from "../schedule/types.js";
import { addDays, weekdayOfDate } from "../time/dates.js";

const HOUR_MS = 3_600_000;

/**
 * Spare mentors per day: for each shift template, the fewest experienced or senior agents on shift over its hours,
 * less the first-week hires already there; the day's figure is the best template's. Rule 6 counts a mentor in the
 * hours their shift spans whole and a new hire in every hour their shift touches; templates start on the hour here.
 */
export function spareMentorsByDay(roster: readonly RosterRow[], agents: readonly Agent[], shifts: readonly ShiftTemplate[], firstWeekDays: number): Map<string, number> {
  const byId = new Map(agents.map((a) => [a.id, a]));
  const perClock = new Map<string, Map<string, number>>(); // date -> HH:mm -> spare
  const bump = (date: string, clock: string, by: number): void => {
    const day = perClock.get(date) ?? new Map<string, number>();
    day.set(clock, (day.get(clock) ?? 0) + by);
    perClock.set(date, day);
  };
  for (const row of roster) {
    if (row.shift === "on-call") continue;
    const agent = byId.get(row.agentId);
    if (!agent) continue;
    const mentor = agent.seniority !== "new";
    const firstWeek = !mentor && agent.availableFrom !== undefined && row.date >= agent.availableFrom && row.date <= addDays(agent.availableFrom, firstWeekDays - 1);
    if (!mentor && !firstWeek) continue;
    const start = Date.parse(row.start);
    const end = Date.parse(row.end);
    const startClock = row.start.slice(11, 13);
    for (let h = start, i = 0; h + HOUR_MS <= end; h += HOUR_MS, i++) {
      const clock = `${String(Number(startClock) + i).padStart(2, "0")}:00`;
      bump(row.date, clock, mentor ? 1 : -1);
    }
  }
  const out = new Map<string, number>();
  for (const [date, clocks] of perClock) {
    let best = 0;
    const weekday = weekdayOfDate(date);
    for (const s of shifts) {
      // A hire is paired on a template the day has: a weekend template is no Monday's.
      if (!runsOn(s, weekday)) continue;
      let least = Infinity;
      for (let h = Number(s.start.slice(0, 2)); h < Number(s.end.slice(0, 2)); h++) least = Math.min(least, clocks.get(`${String(h).padStart(2, "0")}:00`) ?? 0);
      if (least !== Infinity) best = Math.max(best, least);
    }
    out.set(date, best);
  }
  return out;
}

/**
 * How many hires can go live together on `date`: a hire works `daysPerWeek` of their first `firstWeekDays` days, so
 * the cohort needs that many days with room for all of it; days outside the roster's window do not limit it.
 */
export function cohortCap(spare: ReadonlyMap<string, number>, date: string, firstWeekDays: number, daysPerWeek: number): number {
  const days: number[] = [];
  for (let i = 0; i < firstWeekDays; i++) {
    const s = spare.get(addDays(date, i));
    if (s !== undefined) days.push(s);
  }
  if (days.length === 0) return Infinity;
  days.sort((a, b) => b - a);
  return Math.max(1, days[Math.min(daysPerWeek, days.length) - 1] ?? 1);
}
