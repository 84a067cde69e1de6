// Where a solved roster falls short, hour by hour, and how many whole shifts a day's gap takes to fill.
import { runsOn, type ShiftTemplate } from "../config/types.js";
import type { RosterRow } from "../schedule/types.js";
import type { RequirementRow } from "../staff/types.js";
import { weekdayOfDate } from "../time/dates.js";
import { isWeekend } from "../time/hours.js";
import { onShiftByHour } from "../schedule/on-shift.js";

/** One requirement hour with what the roster leaves missing in it. */
export interface HourGap {
  date: string;
  /** local wall clock of the hour's start, HH:mm */
  clock: string;
  ms: number;
  /** agents missing (rule 7) */
  agents: number;
  /** seniors missing (rule 8) */
  seniors: number;
  /** some shift template spans this hour whole, so a hire could cover it */
  coverable: boolean;
}

/** Agents and seniors missing per requirement hour, with on shift counted as rule 7 counts it (onShiftByHour). */
export function hourGaps(requirements: readonly RequirementRow[], roster: readonly RosterRow[], shifts: readonly ShiftTemplate[]): HourGap[] {
  const on = onShiftByHour(requirements, roster);
  return requirements.map((r, i) => {
    const ms = Date.parse(r.hourStart);
    const c = on[i] ?? { agents: 0, seniors: 0 };
    const clock = r.hourStart.slice(11, 16);
    return {
      date: r.hourStart.slice(0, 10),
      clock,
      ms,
      agents: Math.max(0, r.agents - c.agents),
      seniors: Math.max(0, r.seniors - c.seniors),
      coverable: shifts.some((s) => spans(s, r.hourStart.slice(0, 10), clock)),
    };
  });
}

/** Whether template `s` runs on `date` (its `days`, a weekend template's Saturday and Sunday) and spans the hour whole. */
function spans(s: ShiftTemplate, date: string, clock: string): boolean {
  return s.start <= clock && nextClock(clock) <= s.end && runsOn(s, weekdayOfDate(date));
}

/** "13:00" -> "14:00"; "23:00" -> "24:00", which compares after every shift end but a midnight one. */
function nextClock(clock: string): string {
  const h = Number(clock.slice(0, 2)) + 1;
  return `${String(h).padStart(2, "0")}${clock.slice(2)}`;
}

/** A day's gap filled with whole shifts: how many and how many shift hours. */
export interface DayGap {
  date: string;
  agentHours: number;
  shifts: number;
  shiftHours: number;
}

/**
 * The fewest shifts whose hours add up to at least the gap in every hour: take the earliest hour still short and
 * add as many copies as it lacks of the template that spans it and ends last. For covering points with intervals this
 * greedy is optimal (any cover can swap its shift for that hour to the one ending last without losing an hour).
 */
export function dayGaps(gaps: readonly HourGap[], shifts: readonly ShiftTemplate[], from?: string, weekends = true): DayGap[] {
  const byDate = new Map<string, HourGap[]>();
  for (const g of gaps) {
    if (!g.coverable || g.agents <= 0 || (from !== undefined && g.date < from) || (!weekends && isWeekend(g.date))) continue;
    byDate.set(g.date, [...(byDate.get(g.date) ?? []), g]);
  }
  const out: DayGap[] = [];
  for (const [date, hours] of [...byDate].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const left = new Map(hours.map((h) => [h.clock, h.agents]));
    let count = 0;
    let shiftHours = 0;
    for (const clock of [...left.keys()].sort()) {
      const short = left.get(clock) ?? 0;
      if (short <= 0) continue;
      const best = shifts.filter((s) => spans(s, date, clock)).sort((a, b) => (a.end < b.end ? 1 : -1))[0];
      if (!best) continue;
      count += short;
      shiftHours += short * templateHours(best);
      for (const [c, n] of left) if (best.start <= c && nextClock(c) <= best.end) left.set(c, n - short);
    }
    out.push({ date, agentHours: hours.reduce((s, h) => s + h.agents, 0), shifts: count, shiftHours });
  }
  return out;
}

export function templateHours(s: ShiftTemplate): number {
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (minutes(s.end) - minutes(s.start)) / 60;
}

/**
 * Agent-hours of a gap, split by what hiring can do about it: nothing in hours no shift template spans, before the
 * earliest live day, or on a weekend when no hire profile works weekends (`weekends` false).
 */
export function gapTotals(
  gaps: readonly HourGap[],
  earliestLive: string,
  weekends = true,
): { fixable: number; tooLate: number; uncoverable: number; weekends: number; seniors: number } {
  let fixable = 0;
  let tooLate = 0;
  let uncoverable = 0;
  let weekend = 0;
  let seniors = 0;
  for (const g of gaps) {
    seniors += g.seniors;
    if (!g.coverable) uncoverable += g.agents;
    else if (g.date < earliestLive) tooLate += g.agents;
    else if (!weekends && isWeekend(g.date)) weekend += g.agents;
    else fixable += g.agents;
  }
  return { fixable, tooLate, uncoverable, weekends: weekend, seniors };
}
