// Rule 6b: how many first-week days a new hire must have worked before they may work after their first week (the
// need), counted one way for the model, the weekly pieces, check and the shape search.
import type { Calendar, Slot } from "./calendar.js";
import { firstWeekLast, firstWeekWorked, type Rules } from "./rules.js";
import { RULES } from "./rules/index.js";
import type { Agent, RosterRow } from "./types.js";
import { addDays } from "../time/dates.js";

/** A full-time working week, the days the default contract (5 days, 40 h) and the EU two-day weekly rest give. */
export const WORKING_WEEK_DAYS = 5;

const SHIFT_RULES = RULES.filter((r) => r.allowsShift !== undefined);

/**
 * Rule 6b's need: min(5, max_days_per_week, max_hours_per_week / the longest template's hours, the first-week dates
 * the hire could work). Rule 6a pairs every first-week hour; without a floor on first-week days the cheapest answer to
 * scarce mentors is to keep a hire off that week and roster them alone from day 8, so a hire who works after their
 * first week must have worked one working week of their own in it: 5 days full-time, a 3-day part-timer's 3, what
 * their weekly hours hold (a 24 h contract of 8 h shifts: 3). The count of dates caps it so a week the hire cannot
 * fill (time off, weekends off, a first week cut by the window's start or a re-plan's freeze, live on a Friday with
 * firstWeekDays 3) asks only what it holds: such a hire is not kept off later weeks for days that were never there.
 * The contract caps are per ISO week; a first week across two ISO weeks could hold more, so they only ever ask less.
 */
export function firstWeekNeed(agent: Agent, possibleDates: number, shiftHours: number): number {
  const byHours = shiftHours > 0 ? Math.floor(agent.maxHoursPerWeek / shiftHours) : WORKING_WEEK_DAYS;
  return Math.max(0, Math.min(WORKING_WEEK_DAYS, agent.maxDaysPerWeek, byHours, possibleDates));
}

/**
 * Each new hire's need (firstWeekNeed), by agent id; only hires whose need is above 0. A first-week date counts when
 * `canWork(a, date)` says the hire could be rostered on it (the model's or the roster's dates); a date before
 * `from` (the model's first date) counts only when `before` (the published roster) has the hire on a shift there: a
 * hire whose first week lies wholly before the model and outside the published rows needs nothing.
 */
export function firstWeekNeeds(
  agents: readonly Agent[],
  rules: Pick<Rules, "firstWeekDays">,
  calendar: Calendar,
  canWork: (a: number, date: string) => boolean,
  before: readonly RosterRow[],
): Map<string, number> {
  const out = new Map<string, number>();
  const from = calendar.dates[0];
  if (from === undefined) return out;
  // The longest template: a week of shorter ones could hold more days, but then the need would ask days a contract
  // of longer shifts cannot hold (a 24 h part-timer beside a 4-hour weekend template was asked 5, and kept off later).
  const longest = calendar.slots.reduce((m, s) => Math.max(m, s.hours), 0);
  const worked = new Set(before.filter((r) => r.shift !== "on-call").map((r) => `${r.agentId}|${r.date}`));
  // A date without any need is a closed day (a closedDays date, a weekday shut): nobody is rostered there.
  const open = new Set(calendar.hours.filter((h) => h.agents > 0 || h.seniors > 0).map((h) => h.date));
  agents.forEach((agent, a) => {
    const last = firstWeekLast(agent, rules.firstWeekDays);
    if (last === undefined || agent.availableFrom === undefined) return;
    let possible = 0;
    let cut = 0;
    for (let d = agent.availableFrom; d <= last; d = addDays(d, 1)) {
      if (worked.has(`${agent.id}|${d}`)) possible++;
      else if (d < from) cut++;
      else if (open.has(d) && canWork(a, d)) possible++;
    }
    // First-week days before the model that no published row shows (a cohort live before the window starts) may have
    // been worked, for all the model knows: they count toward the need, so the days left are not all asked for.
    const need = firstWeekNeed(agent, possible + cut, longest) - cut;
    if (need > 0) out.set(agent.id, need);
  });
  return out;
}

/** Every rule that filters variables lets `agent` hold `slot` (availability, time off, weekends). */
export function mayHold(agent: Agent, slot: Slot): boolean {
  return SHIFT_RULES.every((r) => r.allowsShift?.(agent, slot) ?? true);
}

/**
 * check's and the pieces' view of "could be rostered": a date `rows` hold a shift of the agent on, else a date of the
 * calendar after the freeze (`freezeUntil`: its days keep their rows) with a template the agent may hold.
 */
export function rosterable(agents: readonly Agent[], calendar: Calendar, rows: readonly RosterRow[], freezeUntil?: string): (a: number, date: string) => boolean {
  const worked = new Set(rows.filter((r) => r.shift !== "on-call").map((r) => `${r.agentId}|${r.date}`));
  const slotsOn = new Map<string, Slot[]>();
  for (const s of calendar.slots) slotsOn.set(s.date, [...(slotsOn.get(s.date) ?? []), s]);
  return (a, date) => {
    const agent = agents[a];
    if (!agent) return false;
    if (worked.has(`${agent.id}|${date}`)) return true;
    if (freezeUntil !== undefined && date <= freezeUntil) return false;
    return (slotsOn.get(date) ?? []).some((s) => mayHold(agent, s));
  };
}

/**
 * Rule 6b's need and the first-week days worked before `from` for a roster, as check judges it and the shape search
 * keeps it: the published rows before `from` count as worked; a date counts as one the hire could work when `roster`
 * has them on it, or, after the freeze, a template they may hold is placed there (rosterable).
 */
export function firstWeekCounts(
  agents: readonly Agent[],
  rules: Pick<Rules, "firstWeekDays">,
  calendar: Calendar,
  roster: readonly RosterRow[],
  previous: readonly RosterRow[],
  freezeUntil: string | undefined,
  from: string | undefined = calendar.dates[0],
): { need: Map<string, number>; worked: Map<string, number> } {
  const before = previous.filter((r) => from !== undefined && r.date < from);
  return {
    need: firstWeekNeeds(agents, rules, calendar, rosterable(agents, calendar, roster, freezeUntil), [...before, ...roster]),
    worked: firstWeekWorked(agents, before, from, rules.firstWeekDays),
  };
}
