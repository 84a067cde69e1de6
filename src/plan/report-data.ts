// Gathers what report.html shows from the plan's parts: forecast rows, requirements, roster and team.
import { DateTime } from "luxon";
import type { ForecastRow } from "../forecast/types.js";
import type { ReportData, ReportDay, ReportFigures, ReportHour } from "../report/types.js";
import type { Agent, RosterRow } from "../schedule/types.js";
import type { RequirementRow } from "../staff/types.js";

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
  for (const r of rows) {
    const dt = DateTime.fromISO(r.hourStart, { setZone: true }).setZone(zone);
    const date = dt.toFormat("yyyy-MM-dd");
    let day = byDate.get(date);
    if (!day) {
      day = { date, weekday: WEEKDAYS[dt.weekday - 1] ?? "", event: r.event, expected: 0, p10: 0, p90: 0 };
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
  const starts = requirements.map((r) => DateTime.fromISO(r.hourStart, { setZone: true }).toMillis());
  const index = new Map(starts.map((ms, i) => [ms, i]));
  const scheduled = new Array<number>(requirements.length).fill(0);
  for (const row of roster) {
    if (row.shift === "on-call") continue;
    const from = DateTime.fromISO(row.start, { setZone: true }).toMillis();
    const to = DateTime.fromISO(row.end, { setZone: true }).toMillis();
    for (let ms = Math.ceil(from / 3_600_000) * 3_600_000; ms + 3_600_000 <= to; ms += 3_600_000) {
      const i = index.get(ms);
      if (i !== undefined) scheduled[i] = (scheduled[i] ?? 0) + 1;
    }
  }
  return requirements.map((r, i) => {
    const dt = DateTime.fromISO(r.hourStart, { setZone: true }).setZone(zone);
    return { date: dt.toFormat("yyyy-MM-dd"), hour: dt.hour, key: r.hourStart, required: r.agents, scheduled: scheduled[i] ?? 0 };
  });
}

export function shiftsByAgent(roster: readonly RosterRow[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const row of roster) (out[row.agentId] ??= {})[row.date] = row.shift;
  return out;
}

export function buildReportData(input: {
  title: string;
  zone: string;
  window: { from: string; to: string };
  days: ReportDay[];
  requirements: readonly RequirementRow[];
  roster: readonly RosterRow[];
  agents: readonly Agent[];
  figures: ReportFigures;
}): ReportData {
  const order = { senior: 0, experienced: 1, new: 2 } as const;
  const agents = [...input.agents]
    .sort((a, b) => order[a.seniority] - order[b.seniority] || a.id.localeCompare(b.id))
    .map((a) => ({ id: a.id, name: a.name, seniority: a.seniority }));
  return {
    title: input.title,
    zone: input.zone,
    window: input.window,
    days: input.days,
    hours: scheduledByHour(input.requirements, input.roster, input.zone),
    agents,
    shifts: shiftsByAgent(input.roster),
    figures: input.figures,
  };
}
