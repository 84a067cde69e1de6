// The figures a lead reads after a solve: seniors on each short peak hour, weekend loads, and the roster's shape.
import { buildCalendar, type Calendar } from "./calendar.js";
import { coversHour, isAvailable, mayWorkWeekend, weekOf } from "./rules.js";
import { nextDay } from "./rules/consecutive-days.js";
import { isOff } from "./rules/time-off.js";
import { weekendPool } from "./rules/weekend-spread.js";
import { isWeekend } from "../time/hours.js";
import type { ScheduleInput } from "./model.js";
import type { Agent, RosterRow } from "./types.js";

export interface PeakShortHour {
  /** ISO 8601 local with offset */
  hour: string;
  agentsNeeded: number;
  seniorsNeeded: number;
  seniorsOnShift: number;
  seniorHoursMissing: number;
}

export interface RosterShape {
  workingDays: number;
  /** max - min weekend days over agents who work weekends and are available every weekend of the window */
  weekendSpread: number;
  /** pairs of consecutive working days of one agent, and how many change shift type */
  consecutivePairs: number;
  shiftTypeChanges: number;
  /** working days with no working day before or after (not counting the window's first and last day) */
  isolatedDays: number;
  /** hours below min_hours_per_week, summed over agents and weeks */
  minHoursShort: number;
}

export interface RosterSummary {
  /** the busiest tenth of the requirement hours */
  peak: {
    hours: number;
    threshold: number;
    seniorHoursNeeded: number;
    seniorHoursOnShift: number;
    /** senior-hours missing over the peak hours (on-shift surpluses elsewhere do not hide it) */
    seniorHoursMissing: number;
    /** each peak hour with fewer seniors than needed, the worst first */
    short: PeakShortHour[];
  };
  weekendShifts: { perAgent: Record<string, number>; min: number; max: number; mean: number };
  shape: RosterShape;
}

export function summarizeRoster(
  roster: readonly RosterRow[],
  input: ScheduleInput,
  calendar = buildCalendar(input.requirements, input.shifts, input.timezone),
): RosterSummary {
  const needs = calendar.hours.map((h) => h.agents).filter((a) => a > 0).sort((a, b) => b - a);
  const threshold = needs[Math.max(0, Math.ceil(needs.length * 0.1) - 1)] ?? 0;
  const peakHours = calendar.hours.filter((h) => h.agents > 0 && h.agents >= threshold);
  const seniors = new Set(input.agents.filter((a) => a.seniority === "senior").map((a) => a.id));
  const seniorSlots = roster
    .filter((r) => r.shift !== "on-call" && seniors.has(r.agentId))
    .map((r) => ({ date: "", shift: "", start: "", end: "", hours: 0, weekend: false, startMs: Date.parse(r.start), endMs: Date.parse(r.end) }));
  let onShift = 0;
  const short: PeakShortHour[] = [];
  for (const h of peakHours) {
    const here = seniorSlots.filter((s) => coversHour(s, h.ms)).length;
    onShift += here;
    if (here < h.seniors) short.push({ hour: h.key, agentsNeeded: h.agents, seniorsNeeded: h.seniors, seniorsOnShift: here, seniorHoursMissing: h.seniors - here });
  }
  short.sort((a, b) => b.seniorHoursMissing - a.seniorHoursMissing || (a.hour < b.hour ? -1 : 1));
  const perAgent: Record<string, number> = {};
  for (const a of input.agents) if (a.weekends) perAgent[a.id] = 0;
  for (const r of roster) {
    if (r.shift !== "on-call" && isWeekend(r.date)) perAgent[r.agentId] = (perAgent[r.agentId] ?? 0) + 1;
  }
  const counts = Object.values(perAgent);
  return {
    peak: {
      hours: peakHours.length,
      threshold,
      seniorHoursNeeded: peakHours.reduce((s, h) => s + h.seniors, 0),
      seniorHoursOnShift: onShift,
      seniorHoursMissing: short.reduce((s, h) => s + h.seniorHoursMissing, 0),
      short,
    },
    weekendShifts: {
      perAgent,
      min: counts.length ? Math.min(...counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
      mean: counts.length ? counts.reduce((s, c) => s + c, 0) / counts.length : 0,
    },
    shape: rosterShape(roster, input.agents, calendar, perAgent),
  };
}

function rosterShape(roster: readonly RosterRow[], agents: readonly Agent[], calendar: Calendar, weekendDays: Record<string, number>): RosterShape {
  const pool = weekendPool(agents, calendar.dates.filter(isWeekend));
  const pooled = [...pool].map((id) => weekendDays[id] ?? 0);
  const first = calendar.dates[0] ?? "";
  const last = calendar.dates[calendar.dates.length - 1] ?? "";
  const byAgent = new Map<string, Map<string, string>>();
  for (const r of roster) {
    if (r.shift === "on-call") continue;
    const days = byAgent.get(r.agentId) ?? new Map<string, string>();
    days.set(r.date, r.shift);
    byAgent.set(r.agentId, days);
  }
  let workingDays = 0;
  let pairs = 0;
  let changes = 0;
  let isolated = 0;
  let minShort = 0;
  for (const agent of agents) {
    const days = byAgent.get(agent.id) ?? new Map<string, string>();
    workingDays += days.size;
    const workable = (d: string): boolean => isAvailable(agent, d) && !isOff(agent, d) && mayWorkWeekend(agent, isWeekend(d));
    for (const [date, shift] of days) {
      const next = days.get(nextDay(date));
      if (next !== undefined) {
        pairs += 1;
        if (next !== shift) changes += 1;
      }
      const before = previousDay(date);
      const after = nextDay(date);
      if (date === first || date === last || days.has(before) || days.has(after)) continue;
      if (workable(before) || workable(after)) isolated += 1;
    }
    if ((agent.minHoursPerWeek ?? 0) > 0) minShort += minHoursShort(agent, days, calendar, workable);
  }
  return {
    workingDays,
    weekendSpread: pooled.length ? Math.max(...pooled) - Math.min(...pooled) : 0,
    consecutivePairs: pairs,
    shiftTypeChanges: changes,
    isolatedDays: isolated,
    minHoursShort: minShort,
  };
}

function minHoursShort(agent: Agent, days: Map<string, string>, calendar: Calendar, workable: (d: string) => boolean): number {
  const hoursOf = new Map(calendar.slots.map((s) => [`${s.date}|${s.shift}`, s.hours]));
  const weeks = new Map<string, { days: number; hours: number }>();
  for (const d of calendar.dates) {
    if (!workable(d)) continue;
    const w = weeks.get(weekOf(d)) ?? { days: 0, hours: 0 };
    w.days += 1;
    const shift = days.get(d);
    if (shift !== undefined) w.hours += hoursOf.get(`${d}|${shift}`) ?? 0;
    weeks.set(weekOf(d), w);
  }
  let short = 0;
  for (const w of weeks.values()) short += Math.max(0, ((agent.minHoursPerWeek ?? 0) * w.days) / 7 - w.hours);
  return Math.round(short * 100) / 100;
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
