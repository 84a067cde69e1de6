// Gathers what report.html shows from the plan's parts: forecast rows, requirements, roster and team.
import { DateTime } from "luxon";
import type { ForecastRow } from "../forecast/types.js";
import type { ShiftTemplate } from "../config/types.js";
import type { ReportAgentSeason, ReportData, ReportDay, ReportEventDay, ReportFigures, ReportHour, ReportShift, ReportShortDay, ReportVerdict } from "../report/types.js";
import type { DayDiagnosis } from "../schedule/diagnose.js";
import type { Agent, RosterRow } from "../schedule/types.js";
import { onShiftByHour } from "../schedule/on-shift.js";
import type { RequirementRow } from "../staff/types.js";
import { isWeekend } from "../time/hours.js";
import { worstDaysFirst } from "./short-days.js";
import { storeZone } from "../time/zone.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export interface DailyExtra {
  date: string;
  lastSeason?: number;
  actual?: number;
  p10?: number;
  p90?: number;
}

/**
 * Daily totals from hourly forecast rows. When the forecast does not give daily bands, the band is the
 * sum of hourly p10 and p90: hours of one day move together (a busy day is busy all day), so adding
 * the quantiles is the honest, if wide, band.
 */
export function dailyFromForecast(rows: readonly ForecastRow[], zone: string, extras: readonly DailyExtra[] = []): ReportDay[] {
  const byDate = new Map<string, ReportDay>();
  // The channels of an hour share its start: its local date is read with luxon once per hour, not once per row.
  const local = new Map<string, { date: string; weekday: number }>();
  for (const r of rows) {
    let at = local.get(r.hourStart);
    if (!at) {
      const dt = DateTime.fromISO(r.hourStart, { setZone: true }).setZone(storeZone(zone));
      local.set(r.hourStart, (at = { date: dt.toFormat("yyyy-MM-dd"), weekday: dt.weekday }));
    }
    const date = at.date;
    let day = byDate.get(date);
    if (!day) {
      day = { date, weekday: WEEKDAYS[at.weekday - 1] ?? "", event: r.event, expected: 0, p10: 0, p90: 0 };
      byDate.set(date, day);
    }
    day.expected += r.volume;
    day.p10 += r.p10;
    day.p90 += r.p90;
    if (!day.event && r.event) day.event = r.event;
  }
  for (const e of extras) {
    const day = byDate.get(e.date);
    if (!day) continue;
    if (e.lastSeason !== undefined) day.lastSeason = e.lastSeason;
    if (e.actual !== undefined) day.actual = e.actual;
    if (e.p10 !== undefined) day.p10 = e.p10;
    if (e.p90 !== undefined) day.p90 = e.p90;
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Agents on shift in each requirement hour: a shift counts for an hour it spans whole (on-call never). */
export function scheduledByHour(requirements: readonly RequirementRow[], roster: readonly RosterRow[], zone: string): ReportHour[] {
  const scheduled = onShiftByHour(requirements, roster);
  return requirements.map((r, i) => {
    const dt = DateTime.fromISO(r.hourStart, { setZone: true }).setZone(storeZone(zone));
    return { date: dt.toFormat("yyyy-MM-dd"), hour: dt.hour, key: r.hourStart, required: r.agents, scheduled: scheduled[i]?.agents ?? 0 };
  });
}

export function shiftsByAgent(roster: readonly RosterRow[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const row of roster) (out[row.agentId] ??= {})[row.date] = row.shift;
  return out;
}

/**
 * The code each shift shows in the roster grid: the shortest start of its name no other shift shares ("D" day,
 * "Ea" early, "Ev" evening), so a lead reads the name, not a cipher; on-call is "OC".
 */
export function shiftCodes(templates: readonly ShiftTemplate[]): ReportShift[] {
  const names = templates.map((t) => t.name.toLowerCase());
  const codes = templates.map((t, i) => {
    const name = names[i] ?? "";
    let n = 1;
    while (n < name.length && names.some((other, j) => j !== i && other.startsWith(name.slice(0, n)))) n++;
    const code = t.name.slice(0, n);
    return { name: t.name, code: code.charAt(0).toUpperCase() + code.slice(1), start: t.start, end: t.end };
  });
  return [...codes, { name: "on-call", code: "OC", start: "", end: "" }];
}

/** Shifts that keep an agent late: ending after 20:00 local, or past midnight. */
function isLate(row: RosterRow, zone: string): boolean {
  const end = DateTime.fromISO(row.end, { setZone: true }).setZone(storeZone(zone));
  return end.toFormat("yyyy-MM-dd") > row.date || end.hour * 60 + end.minute > 20 * 60;
}

/** Per agent over the season: shifts, hours, weekend and late shifts, on-call days and cost; most hours first. */
export function agentSeason(roster: readonly RosterRow[], agents: readonly Agent[], zone: string): ReportAgentSeason[] {
  const by = new Map<string, ReportAgentSeason>(
    agents.map((a) => [a.id, { id: a.id, name: a.name, seniority: a.seniority, shifts: 0, hours: 0, weekendShifts: 0, lateShifts: 0, onCallDays: 0, cost: 0 }]),
  );
  for (const row of roster) {
    const a = by.get(row.agentId);
    if (!a) continue;
    a.cost += row.cost;
    if (row.shift === "on-call") {
      a.onCallDays++;
      continue;
    }
    a.shifts++;
    a.hours += row.hours;
    if (isWeekend(row.date)) a.weekendShifts++;
    if (isLate(row, zone)) a.lateShifts++;
  }
  return [...by.values()].sort((a, b) => b.hours - a.hours || b.weekendShifts - a.weekendShifts || a.id.localeCompare(b.id));
}

/** Who is on shift on each event's own day (on-call listed after the shifts), seniors first. */
export function eventDayCrews(days: readonly ReportDay[], roster: readonly RosterRow[]): ReportEventDay[] {
  const order = { senior: 0, experienced: 1, new: 2 } as const;
  return days
    .filter((d) => d.anchor && d.event)
    .map((d) => ({
      date: d.date,
      event: d.event,
      onShift: roster
        .filter((r) => r.date === d.date)
        .sort((a, b) => Number(a.shift === "on-call") - Number(b.shift === "on-call") || order[a.seniority] - order[b.seniority] || a.start.localeCompare(b.start) || a.name.localeCompare(b.name))
        .map((r) => ({ name: r.name || r.agentId, shift: r.shift, seniority: r.seniority })),
    }));
}

/** The schedule's short days, worst first, with the weekday and event the report names them by. */
export function reportShortDays(diagnosis: readonly DayDiagnosis[], days: readonly ReportDay[]): ReportShortDay[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const anchors = days.filter((d) => d.anchor && d.event);
  const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  return worstDaysFirst(diagnosis).map((d) => {
    const event = byDate.get(d.date)?.event ?? "";
    // A day in an event's window names its distance to the event's own day: Sunday is not Black Friday.
    const nearest = anchors
      .filter((a) => a.event === event)
      .map((a) => dayNumber(d.date) - dayNumber(a.date))
      .sort((x, y) => Math.abs(x) - Math.abs(y))[0];
    return {
      date: d.date,
      weekday: byDate.get(d.date)?.weekday ?? WEEKDAYS[DateTime.fromISO(d.date, { zone: "UTC" }).weekday - 1] ?? "",
      event,
      ...(event && nearest !== undefined ? { eventOffset: nearest } : {}),
      agentHours: d.agentHours,
      seniorHours: d.seniorHours,
      reasons: d.reasons,
    };
  });
}

export function buildReportData(input: {
  title: string;
  zone: string;
  window: { from: string; to: string; plannedFrom?: string };
  days: ReportDay[];
  requirements: readonly RequirementRow[];
  roster: readonly RosterRow[];
  agents: readonly Agent[];
  figures: ReportFigures;
  verdict: ReportVerdict;
  warnings?: readonly string[];
  diagnosis: readonly DayDiagnosis[];
  shiftTemplates: readonly ShiftTemplate[];
}): ReportData {
  const order = { senior: 0, experienced: 1, new: 2 } as const;
  const agents = [...input.agents]
    .sort((a, b) => order[a.seniority] - order[b.seniority] || a.id.localeCompare(b.id))
    .map((a) => ({ id: a.id, name: a.name, seniority: a.seniority }));
  const hours = scheduledByHour(input.requirements, input.roster, input.zone);
  const staffed = new Set(hours.filter((h) => h.required > 0).map((h) => h.date));
  return {
    title: input.title,
    zone: input.zone,
    window: input.window,
    days: input.days,
    hours,
    agents,
    shifts: shiftsByAgent(input.roster),
    figures: input.figures,
    verdict: input.verdict,
    warnings: [...(input.warnings ?? [])],
    shortDays: reportShortDays(input.diagnosis, input.days),
    shiftTypes: shiftCodes(input.shiftTemplates),
    season: agentSeason(input.roster, input.agents, input.zone),
    eventDays: eventDayCrews(input.days, input.roster).map((d) => (staffed.has(d.date) ? d : { ...d, closed: true })),
  };
}
