// Validates any roster, a hand-edited one too, against every hard rule, and measures its coverage, shortfall and cost.
import { DateTime } from "luxon";
import { runsOn, type ShiftTemplate } from "../config/types.js";
import type { RequirementRow } from "../staff/types.js";
import { buildCalendar, hoursTouched, type Calendar, type Slot } from "./calendar.js";
import { firstWeekCounts } from "./first-week.js";
import { coversHour, onCallCost, penaltyPerUnit, shiftCost, type Rules } from "./rules.js";
import { HARD_RULES, ruleTitle, type CheckContext, type HardRuleId, type Placed } from "./rules/index.js";
import { money } from "./roster.js";
import { nextDay } from "./rules/consecutive-days.js";
import type { Agent, RosterRow } from "./types.js";
import { storeZone } from "../time/zone.js";

export interface CheckInput {
  roster: readonly RosterRow[];
  requirements: readonly RequirementRow[];
  agents: readonly Agent[];
  shifts: readonly ShiftTemplate[];
  rules: Rules;
  timezone: string;
  /** a re-plan's published roster: rule 6b counts a new hire's first-week days worked in it before this roster */
  previous?: readonly RosterRow[];
  /** a re-plan's freeze: rule 6b counts a frozen first-week date only when the hire works it (its rows are kept) */
  freezeUntil?: string;
}

export type CheckRule = HardRuleId | "knownRow";

export interface Violation {
  rule: CheckRule;
  /** e.g. "2 rest between shifts" */
  ruleName: string;
  date: string;
  agentId?: string;
  message: string;
}

export interface DayShortfall {
  date: string;
  agentHours: number;
  seniorHours: number;
  standby: number;
}

export interface CheckReport {
  ok: boolean;
  violations: Violation[];
  /** agent-hours needed and covered, over requirement hours */
  coverage: { neededAgentHours: number; coveredAgentHours: number; share: number };
  shortfall: { agentHours: number; seniorHours: number; standbyDays: number; byDay: DayShortfall[] };
  cost: { shifts: number; onCall: number; penalties: number; total: number };
  /** shift hours worked */
  hours: number;
}

/** `calendar` may be passed by a caller that already built it for the same requirements (it costs a few hundred ms). */
export function checkRoster(input: CheckInput, calendar = buildCalendar(input.requirements, input.shifts, input.timezone)): CheckReport {
  const violations: Violation[] = [];
  const add = (rule: CheckRule, row: RosterRow, message: string): void => {
    violations.push({ rule, ruleName: ruleTitle(rule), date: row.date, agentId: row.agentId, message });
  };
  const agentsById = new Map(input.agents.map((a) => [a.id, a]));
  const templates = new Map(input.shifts.map((s) => [s.name, s]));
  const placed: Placed[] = [];
  for (const row of input.roster) {
    const agent = agentsById.get(row.agentId);
    if (!agent) add("knownRow", row, `agent ${row.agentId} is not in the agents file`);
    else if (row.shift !== "on-call" && !templates.has(row.shift)) add("knownRow", row, `shift "${row.shift}" is not a shift template`);
    else if (row.shift === "on-call") placed.push({ row, agent });
    else if (!runsOnDate(templates.get(row.shift), row.date)) add("knownRow", row, `shift "${row.shift}" does not run on ${row.date} (days: ${templates.get(row.shift)?.days?.join(", ")})`);
    else {
      const slot = slotOfRow(row, templates.get(row.shift));
      const startDate = slot && localDateOf(slot.startMs, calendar.zone);
      if (!slot) add("knownRow", row, `start ${row.start} / end ${row.end} are not ISO times with offset, end after start`);
      // Weekends, pay and the weekly limits go by the row's date: times from another day would be judged as that date.
      else if (startDate !== row.date) add("knownRow", row, `start ${row.start} is on ${startDate}, not on the row's date ${row.date}`);
      else placed.push({ row, agent, slot });
    }
  }
  const byAgent = new Map<string, Placed[]>();
  for (const p of placed) byAgent.set(p.agent.id, [...(byAgent.get(p.agent.id) ?? []), p]);
  // Rule 6b: the published days before the roster and its calendar count as worked; the need is what the model asks.
  const firstDate = input.roster.reduce<string | undefined>((m, r) => (m === undefined || r.date < m ? r.date : m), calendar.dates[0]);
  const firstWeek = firstWeekCounts(input.agents, input.rules, calendar, input.roster, input.previous ?? [], input.freezeUntil, firstDate);
  const ctx: CheckContext = {
    rules: input.rules, zone: calendar.zone, dates: withDaysBefore(calendar.dates, placed), placed, byAgent, add,
    firstWeekWorked: firstWeek.worked,
    firstWeekNeed: firstWeek.need,
  };
  // Violations come out by rule, in the rule list's order.
  for (const rule of HARD_RULES) rule.check?.(ctx);
  const measured = measure(placed, calendar, input);
  return { ok: violations.length === 0, violations, ...measured };
}

function measure(placed: Placed[], calendar: Calendar, input: CheckInput): Omit<CheckReport, "ok" | "violations"> {
  const penalty = penaltyPerUnit(input.agents, input.rules);
  const cover = new Map<number, { agents: number; seniors: number }>();
  const standby = new Map<string, number>();
  let shiftCostSum = 0;
  let onCall = 0;
  let hours = 0;
  for (const p of placed) {
    if (!p.slot) {
      onCall += onCallCost(p.agent, input.rules);
      standby.set(p.row.date, (standby.get(p.row.date) ?? 0) + 1);
      continue;
    }
    shiftCostSum += shiftCost(p.agent, p.slot, input.rules);
    hours += p.slot.hours;
    for (const ms of hoursTouched(p.slot, calendar.zone)) {
      if (!coversHour(p.slot, ms)) continue;
      const c = cover.get(ms) ?? { agents: 0, seniors: 0 };
      c.agents += 1;
      if (p.agent.seniority === "senior") c.seniors += 1;
      cover.set(ms, c);
    }
  }
  const byDay = new Map<string, DayShortfall>();
  const day = (date: string): DayShortfall => {
    const d = byDay.get(date) ?? { date, agentHours: 0, seniorHours: 0, standby: 0 };
    byDay.set(date, d);
    return d;
  };
  let needed = 0;
  let covered = 0;
  for (const h of calendar.hours) {
    const c = cover.get(h.ms) ?? { agents: 0, seniors: 0 };
    needed += h.agents;
    covered += Math.min(h.agents, c.agents);
    if (c.agents < h.agents) day(h.date).agentHours += h.agents - c.agents;
    if (c.seniors < h.seniors) day(h.date).seniorHours += h.seniors - c.seniors;
  }
  for (const [date, need] of calendar.standbyByDate) {
    const have = standby.get(date) ?? 0;
    if (have < need) day(date).standby += need - have;
  }
  const days = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const agentHours = days.reduce((s, d) => s + d.agentHours, 0);
  const seniorHours = days.reduce((s, d) => s + d.seniorHours, 0);
  const standbyDays = days.reduce((s, d) => s + d.standby, 0);
  const penalties = penalty * (agentHours + seniorHours + standbyDays);
  return {
    coverage: { neededAgentHours: needed, coveredAgentHours: covered, share: needed === 0 ? 1 : covered / needed },
    shortfall: { agentHours, seniorHours, standbyDays, byDay: days },
    cost: { shifts: money(shiftCostSum), onCall: money(onCall), penalties: money(penalties), total: money(shiftCostSum + onCall + penalties) },
    hours,
  };
}

/**
 * The requirement dates, preceded by every day from the roster's earliest row before them: a re-plan's roster keeps
 * the published days before its window (lead.ts), and the weekly rest is judged over them too.
 */
function withDaysBefore(dates: readonly string[], placed: readonly Placed[]): string[] {
  const first = dates[0];
  let earliest = first;
  for (const p of placed) if (earliest === undefined || p.row.date < earliest) earliest = p.row.date;
  const before: string[] = [];
  for (let d = earliest; d !== undefined && first !== undefined && d < first; d = nextDay(d)) before.push(d);
  return before.length > 0 ? [...before, ...dates] : [...dates];
}

function runsOnDate(template: ShiftTemplate | undefined, date: string): boolean {
  return template !== undefined && runsOn(template, weekdayOf(date));
}

/** A shift row's real span from its own start and end, so hand-edited times are checked as written; pay from its template. */
function slotOfRow(row: RosterRow, template: ShiftTemplate | undefined): Slot | undefined {
  const [startMs, endMs] = [instant(row.start), instant(row.end)];
  if (Number.isNaN(startMs) || Number.isNaN(endMs) || endMs <= startMs) return undefined;
  return {
    date: row.date, shift: row.shift, startMs, endMs, start: row.start, end: row.end,
    hours: (endMs - startMs) / 3_600_000, weekend: weekdayOf(row.date) >= 6,
    ...(template?.premium !== undefined ? { premium: template.premium } : {}),
  };
}

// A 200-agent season's 8,500 rows hold a few hundred distinct dates and times: luxon parses each once (it was half
// of checking such a roster).
const instants = new Map<string, number>();
const weekdays = new Map<string, number>();

/** Epoch ms of an ISO time with offset, NaN when luxon finds it invalid. */
function instant(iso: string): number {
  let ms = instants.get(iso);
  if (ms === undefined) {
    const t = DateTime.fromISO(iso, { setZone: true });
    ms = t.isValid ? t.toMillis() : Number.NaN;
    if (instants.size > 100_000) instants.clear();
    instants.set(iso, ms);
  }
  return ms;
}

const localDates = new Map<string, string>();

/** The store-zone date (YYYY-MM-DD) an instant falls on. */
function localDateOf(ms: number, zone: string): string {
  const key = `${zone}|${ms}`;
  let date = localDates.get(key);
  if (date === undefined) {
    date = DateTime.fromMillis(ms, { zone: storeZone(zone) }).toISODate() ?? "";
    if (localDates.size > 100_000) localDates.clear();
    localDates.set(key, date);
  }
  return date;
}

/** Luxon's weekday (1 = Monday ... 7 = Sunday) of a YYYY-MM-DD date. */
function weekdayOf(date: string): number {
  let day = weekdays.get(date);
  if (day === undefined) {
    day = DateTime.fromISO(date, { zone: "UTC" }).weekday;
    if (weekdays.size > 100_000) weekdays.clear();
    weekdays.set(date, day);
  }
  return day;
}
