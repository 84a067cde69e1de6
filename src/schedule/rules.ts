// The predicates the rule modules (rules/*.ts), the freeze, the diagnosis and the summary share, one small function each.
import type { Config } from "../config/types.js";
import { isoWeekKey } from "../time/hours.js";
import type { Slot } from "./calendar.js";
import type { Agent, RosterRow } from "./types.js";

export type Rules = Config["rules"];

const HOUR_MS = 3_600_000;

/** Rule 4: nothing before available_from or after available_to. */
export function isAvailable(agent: Agent, date: string): boolean {
  if (agent.availableFrom !== undefined && date < agent.availableFrom) return false;
  if (agent.availableTo !== undefined && date > agent.availableTo) return false;
  return true;
}

/** Rule 5: weekend shifts and weekend on-call only for agents who work weekends. */
export function mayWorkWeekend(agent: Agent, weekend: boolean): boolean {
  return !weekend || agent.weekends;
}

/** Rules 4 and 5 for a shift. */
export function mayWorkShift(agent: Agent, slot: Slot): boolean {
  return isAvailable(agent, slot.date) && mayWorkWeekend(agent, slot.weekend);
}

/** Rule 5: on-call only for experienced or senior agents marked on_call, and on weekends only if they work weekends. */
export function mayBeOnCall(agent: Agent, date: string, weekend: boolean): boolean {
  return agent.seniority !== "new" && agent.onCall && isAvailable(agent, date) && mayWorkWeekend(agent, weekend);
}

/** Real elapsed hours between the earlier shift's end and the later one's start (negative when they overlap). */
export function restHoursBetween(a: Slot, b: Slot): number {
  const [first, second] = a.startMs <= b.startMs ? [a, b] : [b, a];
  return (second.startMs - first.endMs) / HOUR_MS;
}

/** Rule 2: two shifts on different days of one agent need at least `minRestHours` of real time between them. */
export function breaksRest(a: Slot, b: Slot, minRestHours: number): boolean {
  return a.date !== b.date && restHoursBetween(a, b) < minRestHours;
}

/** Rule 3: the ISO week (Monday to Sunday) a date's limits count in. */
export function weekOf(date: string): string {
  let week = weekCache.get(date);
  if (week === undefined) {
    week = isoWeekKey(date);
    weekCache.set(date, week);
  }
  return week;
}
// Dates repeat for every agent and shift; parsing each once keeps a 200-agent season's model build fast.
const weekCache = new Map<string, string>();

/**
 * Rule 6: how many of a new hire's first worked days are paired: one working week of theirs, `firstWeekDays` capped by
 * their max_days_per_week (a full-time hire's first 5 shifts, a 3-day part-timer's first 3). Counted in days worked,
 * not calendar days, so a hire the roster keeps off their first week is still paired when they start. 0 for agents who
 * are not new, and for a new agent without available_from (their first live day is not known).
 */
export function pairedDays(agent: Agent, rules: Pick<Rules, "firstWeekDays">): number {
  if (agent.seniority !== "new" || agent.availableFrom === undefined) return 0;
  return Math.max(0, Math.min(rules.firstWeekDays, agent.maxDaysPerWeek));
}

/** Rule 6: the new hires' worked days in `rows` before `date` (shift rows from available_from on), by agent id. */
export function workedBefore(agents: readonly Agent[], rows: readonly RosterRow[], date: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (date === undefined) return out;
  const from = new Map(agents.filter((a) => a.seniority === "new" && a.availableFrom !== undefined).map((a) => [a.id, a.availableFrom ?? ""]));
  const seen = new Set<string>();
  for (const r of rows) {
    const start = from.get(r.agentId);
    if (start === undefined || r.shift === "on-call" || r.date < start || r.date >= date || seen.has(`${r.agentId}|${r.date}`)) continue;
    seen.add(`${r.agentId}|${r.date}`);
    out.set(r.agentId, (out.get(r.agentId) ?? 0) + 1);
  }
  return out;
}

/**
 * Rule 6 on a roster: per new hire, the dates of their shift rows that are among their first `pairedDays` worked days,
 * after `before` (days worked before the roster, a re-plan's published rows).
 */
export function firstWorkedDays(agents: readonly Agent[], rows: readonly RosterRow[], rules: Pick<Rules, "firstWeekDays">, before: ReadonlyMap<string, number> = new Map()): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byId = new Map(agents.map((a) => [a.id, a]));
  const dates = new Map<string, Set<string>>();
  for (const r of rows) {
    const agent = byId.get(r.agentId);
    if (!agent || r.shift === "on-call" || pairedDays(agent, rules) === 0) continue;
    const set = dates.get(r.agentId) ?? new Set<string>();
    set.add(r.date);
    dates.set(r.agentId, set);
  }
  for (const [id, set] of dates) {
    const agent = byId.get(id) as Agent;
    const left = pairedDays(agent, rules) - (before.get(id) ?? 0);
    out.set(id, new Set([...set].sort().slice(0, Math.max(0, left))));
  }
  return out;
}

/** Rule 6: who may mentor a new hire. */
export function isMentor(agent: Agent): boolean {
  return agent.seniority === "experienced" || agent.seniority === "senior";
}

/** Rule 7: an agent covers an hour their shift spans whole. */
export function coversHour(slot: Slot, hourMs: number): boolean {
  return slot.startMs <= hourMs && hourMs + HOUR_MS <= slot.endMs;
}

/** Rule 6 counts a new hire in every hour their shift touches, so no part of an hour leaves them alone. */
export function touchesHour(slot: Slot, hourMs: number): boolean {
  return slot.startMs < hourMs + HOUR_MS && hourMs < slot.endMs;
}

/**
 * Cost of a shift: real hours times hourly cost, times the template's own premium when it has one (a weekend template),
 * else the weekend multiplier on Saturday and Sunday.
 */
export function shiftCost(agent: Agent, slot: Slot, rules: Rules): number {
  return slot.hours * agent.hourlyCost * (slot.premium ?? (slot.weekend ? rules.weekendMultiplier : 1));
}

/** Cost of an on-call day: `onCallHours` times hourly cost, any day. */
export function onCallCost(agent: Agent, rules: Rules): number {
  return rules.onCallHours * agent.hourlyCost;
}

/** Each missing unit of a soft rule costs `penaltyMultiplier` times the team's highest hourly cost. */
export function penaltyPerUnit(agents: readonly Agent[], rules: Rules): number {
  const highest = agents.reduce((m, a) => Math.max(m, a.hourlyCost), 0);
  return rules.penaltyMultiplier * highest;
}
