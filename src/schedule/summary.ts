// The figures a lead reads after a solve: seniors on the peak hours and how weekend shifts spread over the team.
import { buildCalendar } from "./calendar.js";
import { coversHour } from "./rules.js";
import { isWeekend } from "../time/hours.js";
import type { ScheduleInput } from "./model.js";
import type { RosterRow } from "./types.js";

export interface RosterSummary {
  /** the busiest tenth of the requirement hours */
  peak: { hours: number; threshold: number; seniorHoursNeeded: number; seniorHoursOnShift: number };
  weekendShifts: { perAgent: Record<string, number>; min: number; max: number; mean: number };
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
    .map((r) => ({ startMs: Date.parse(r.start), endMs: Date.parse(r.end) }));
  let onShift = 0;
  for (const h of peakHours) onShift += seniorSlots.filter((s) => coversHour({ ...s, date: "", shift: "", start: "", end: "", hours: 0, weekend: false }, h.ms)).length;
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
    },
    weekendShifts: {
      perAgent,
      min: counts.length ? Math.min(...counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
      mean: counts.length ? counts.reduce((s, c) => s + c, 0) / counts.length : 0,
    },
  };
}
