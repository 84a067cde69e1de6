// Why a day falls short, in the words a support lead uses: not enough weekend agents, seniors needed 3 but 2 available...
import type { Calendar } from "./calendar.js";
import { isWeekend } from "../time/hours.js";
import type { DayShortfall } from "./check.js";
import { coversHour, inFirstWeek, isAvailable, mayBeOnCall, mayWorkWeekend, type Rules } from "./rules.js";
import { isOff } from "./rules/time-off.js";
import type { Agent, RosterRow } from "./types.js";

export interface DayDiagnosis extends DayShortfall {
  reasons: string[];
}

export function diagnoseShortfall(
  days: readonly DayShortfall[],
  calendar: Calendar,
  agents: readonly Agent[],
  roster: readonly RosterRow[],
  rules: Rules,
  frozenUntil?: string,
): DayDiagnosis[] {
  return days.map((day) => {
    // A re-plan keeps frozen days as published: whatever is short there (a need that rose, a row dropped for time off)
    // no agent's limits explain, and re-planning cannot fill it; the team's reasons would send the lead looking for
    // agents at their limits.
    if (frozenUntil !== undefined && day.date <= frozenUntil) {
      return { ...day, reasons: [`frozen as published (up to ${frozenUntil}): kept as published, so re-planning cannot fill it (a row dropped from it is listed in frozenDropped)`] };
    }
    return { ...day, reasons: reasonsFor(day, calendar, agents, roster, rules) };
  });
}

function reasonsFor(day: DayShortfall, calendar: Calendar, agents: readonly Agent[], roster: readonly RosterRow[], rules: Rules): string[] {
  const hours = calendar.hours.filter((h) => h.date === day.date);
  const weekend = isWeekend(day.date);
  const available = agents.filter((a) => isAvailable(a, day.date) && !isOff(a, day.date));
  const canWork = available.filter((a) => mayWorkWeekend(a, weekend));
  const peak = Math.max(0, ...hours.map((h) => h.agents));
  const peakSeniors = Math.max(0, ...hours.map((h) => h.seniors));
  const reasons: string[] = [];
  if (day.agentHours > 0) {
    const slots = calendar.slots.filter((s) => s.date === day.date);
    const uncovered = hours.filter((h) => h.agents > 0 && !slots.some((s) => coversHour(s, h.ms)));
    if (uncovered.length > 0) reasons.push(`no shift template covers ${uncovered.map((h) => h.key.slice(11, 16)).join(", ")}`);
    if (weekend && canWork.length < peak) reasons.push(`not enough weekend agents: ${peak} needed at the peak, ${canWork.length} work weekends`);
    else if (canWork.length < peak) reasons.push(`not enough agents: ${peak} needed at the peak, ${canWork.length} available`);
    const idleNew = canWork.filter((a) => inFirstWeek(a, day.date, rules.firstWeekDays) && !roster.some((r) => r.date === day.date && r.agentId === a.id));
    if (idleNew.length > 0) reasons.push(`no mentor for new hires: ${idleNew.length} first-week hire(s) left off`);
    if (reasons.length === 0) reasons.push(`weekly limits and rest: ${canWork.length} agents could work, but their days or hours this week are used up`);
  }
  if (day.seniorHours > 0) {
    const seniors = canWork.filter((a) => a.seniority === "senior").length;
    reasons.push(seniors < peakSeniors ? `seniors needed ${peakSeniors} but ${seniors} available` : `seniors needed ${peakSeniors}: the ${seniors} available are at their weekly limits`);
  }
  if (day.standby > 0) {
    const need = calendar.standbyByDate.get(day.date) ?? 0;
    const eligible = agents.filter((a) => mayBeOnCall(a, day.date, weekend)).length;
    reasons.push(eligible < need ? `on-call needed ${need} but ${eligible} eligible` : `on-call needed ${need}: eligible agents are on shift or at their limits`);
  }
  return reasons;
}
