// The predicates the rule modules (rules/*.ts), the freeze, the diagnosis and the summary share, one small function each.
import { DateTime } from "luxon";
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

/** Rule 6: the last date of a new agent's first week (`firstWeekDays` calendar days from available_from); none without it. */
export function firstWeekLast(agent: Agent, firstWeekDays: number): string | undefined {
  if (agent.seniority !== "new" || agent.availableFrom === undefined) return undefined;
  const key = `${agent.availableFrom}|${firstWeekDays}`;
  let last = lastDayCache.get(key);
  if (last === undefined) {
    last = DateTime.fromISO(agent.availableFrom, { zone: "UTC" }).plus({ days: Math.max(0, firstWeekDays - 1) }).toISODate() ?? "";
    lastDayCache.set(key, last);
  }
  return last;
}
const lastDayCache = new Map<string, string>();

/** Rule 6a: a new agent's first week runs from available_from for `firstWeekDays` days; without available_from there is none. */
export function inFirstWeek(agent: Agent, date: string, firstWeekDays: number): boolean {
  const last = firstWeekLast(agent, firstWeekDays);
  return last !== undefined && date >= (agent.availableFrom ?? "") && date <= last;
}

/** Rule 6b: each new hire's first-week dates holding a shift row in `rows` before `date`, by agent id. */
export function firstWeekWorked(agents: readonly Agent[], rows: readonly RosterRow[], date: string | undefined, firstWeekDays: number): Map<string, number> {
  const out = new Map<string, number>();
  if (date === undefined) return out;
  const byId = new Map(agents.map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (const r of rows) {
    const agent = byId.get(r.agentId);
    if (!agent || r.shift === "on-call" || r.date >= date || !inFirstWeek(agent, r.date, firstWeekDays) || seen.has(`${r.agentId}|${r.date}`)) continue;
    seen.add(`${r.agentId}|${r.date}`);
    out.set(r.agentId, (out.get(r.agentId) ?? 0) + 1);
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
