// The roster as arrays for the shape search after the solve: each agent's slot per day, each hour's cover, and every
// hard rule checked on one agent's changed days only (a move touches two agents and two days, so a check is a few reads).
import { hoursTouched, type Calendar, type Slot } from "../calendar.js";
import type { ScheduleInput } from "../model.js";
import { firstWeekCounts } from "../first-week.js";
import { breaksRest, coversHour, firstWeekLast, inFirstWeek, isAvailable, isMentor, mayWorkWeekend, shiftCost, touchesHour, weekOf } from "../rules.js";
import { nextDay } from "../rules/consecutive-days.js";
import { isOff } from "../rules/time-off.js";
import { money } from "../roster.js";
import type { Agent, RosterRow } from "../types.js";

const HOUR_MS = 3_600_000;

export interface Board {
  input: ScheduleInput;
  calendar: Calendar;
  slots: readonly Slot[];
  agents: readonly Agent[];
  dates: readonly string[];
  /** per agent and day index: the slot index worked, or -1 */
  work: Int32Array[];
  /** per agent and day index: 1 when the day holds an on-call row (one row a day: no shift can join it) */
  onCall: Uint8Array[];
  /** rows the search never moves: on-call rows and rows it cannot place */
  kept: RosterRow[];
  /** per agent and day index: 1 when availability, time off and weekends let the agent work it */
  workable: Uint8Array[];
  /** per agent and day index: 1 in a new hire's first week (rule 6a pairs them) */
  firstWeekOf: Uint8Array[];
  /**
   * rule 6b per agent: first-week days still needed before a later day (the need less the days worked before the
   * board; 0: none), the first day index after the first week, and the first-week and later days worked on the board
   */
  firstWeekLeft: Int32Array;
  laterFrom: Int32Array;
  firstWorked: Int32Array;
  laterWorked: Int32Array;
  /** day index of the calendar day before / after (-1 when it is not in the window) */
  prev: Int32Array;
  next: Int32Array;
  /** ISO week number per day index (equal numbers, same week) */
  week: Int32Array;
  /** per week number: its day indices */
  weekDays: number[][];
  weekend: Uint8Array;
  /** days up to this index are frozen by a re-plan: never touched */
  lockedThrough: number;
  /** a re-plan: per agent, day index -> the published row's shift; `tracked` days are those a change is counted on */
  published: Array<Map<number, string>>;
  tracked: Uint8Array;
  /** per slot: hour indices it covers whole (cover, seniors, mentors) and touches (first-week hires) */
  covers: Int32Array[];
  touches: Int32Array[];
  needAgents: Int32Array;
  needSeniors: Int32Array;
  haveAgents: Int32Array;
  haveSeniors: Int32Array;
  mentors: Int32Array;
  firstWeek: Int32Array;
}

export function buildBoard(roster: readonly RosterRow[], input: ScheduleInput, calendar: Calendar): Board {
  const { dates, slots } = calendar;
  const dayIndex = new Map(dates.map((d, i) => [d, i]));
  const slotIndex = new Map(slots.map((s, i) => [`${s.date}|${s.shift}`, i]));
  const hourIndex = new Map<number, number>();
  const hourOf = (ms: number): number => {
    let h = hourIndex.get(ms);
    if (h === undefined) hourIndex.set(ms, (h = hourIndex.size));
    return h;
  };
  for (const h of calendar.hours) hourOf(h.ms);
  const covers: Int32Array[] = [];
  const touches: Int32Array[] = [];
  for (const slot of slots) {
    const touched = hoursTouched(slot, calendar.zone);
    covers.push(Int32Array.from(touched.filter((ms) => coversHour(slot, ms)).map(hourOf)));
    touches.push(Int32Array.from(touched.filter((ms) => touchesHour(slot, ms)).map(hourOf)));
  }
  const n = hourIndex.size;
  const board: Board = {
    input, calendar, slots, agents: input.agents, dates,
    work: input.agents.map(() => new Int32Array(dates.length).fill(-1)),
    onCall: input.agents.map(() => new Uint8Array(dates.length)),
    kept: [],
    workable: input.agents.map((a) => Uint8Array.from(dates, (d) => (canWork(a, d) ? 1 : 0))),
    firstWeekOf: input.agents.map((a) => Uint8Array.from(dates, (d) => (inFirstWeek(a, d, input.rules.firstWeekDays) ? 1 : 0))),
    ...firstWeekFloor(roster, input, calendar),
    prev: Int32Array.from(dates, (d) => dayIndex.get(previousDay(d)) ?? -1),
    next: Int32Array.from(dates, (d) => dayIndex.get(nextDay(d)) ?? -1),
    week: weekNumbers(dates),
    weekDays: [],
    weekend: Uint8Array.from(dates, (d) => (new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0 ? 1 : 0)),
    lockedThrough: lockedThrough(input, dates),
    published: input.agents.map(() => new Map<number, string>()),
    tracked: new Uint8Array(dates.length),
    covers, touches,
    needAgents: new Int32Array(n), needSeniors: new Int32Array(n),
    haveAgents: new Int32Array(n), haveSeniors: new Int32Array(n), mentors: new Int32Array(n), firstWeek: new Int32Array(n),
  };
  board.week.forEach((w, d) => (board.weekDays[w] ??= []).push(d));
  for (const h of calendar.hours) {
    const i = hourOf(h.ms);
    board.needAgents[i] = h.agents;
    board.needSeniors[i] = h.seniors;
  }
  const agentIndex = new Map(input.agents.map((a, i) => [a.id, i]));
  publish(board, input, roster, agentIndex, dayIndex);
  for (const r of roster) {
    const a = agentIndex.get(r.agentId);
    const d = dayIndex.get(r.date);
    const s = slotIndex.get(`${r.date}|${r.shift}`);
    if (a !== undefined && d !== undefined && r.shift !== "on-call" && s !== undefined) place(board, a, d, s);
    else {
      // on-call rows, and any row the board cannot hold (a frozen row of a template no longer in the config): kept
      // as they are, and the agent's day counts as taken
      board.kept.push(r);
      if (a !== undefined && d !== undefined) (board.onCall[a] as Uint8Array)[d] = 1;
    }
  }
  return board;
}

/**
 * Rule 6b on the board, with check's need (first-week.ts): moves only touch days the hire could work and the freeze's
 * rows stay, so the need holds for every roster the search makes.
 */
function firstWeekFloor(roster: readonly RosterRow[], input: ScheduleInput, calendar: Calendar): Pick<Board, "firstWeekLeft" | "laterFrom" | "firstWorked" | "laterWorked"> {
  const { agents, rules, previous = [] } = input;
  const { dates } = calendar;
  const { need, worked } = firstWeekCounts(agents, rules, calendar, roster, previous, input.freezeUntil);
  return {
    firstWeekLeft: Int32Array.from(agents, (a) => Math.max(0, (need.get(a.id) ?? 0) - (worked.get(a.id) ?? 0))),
    laterFrom: Int32Array.from(agents, (a) => {
      const last = firstWeekLast(a, rules.firstWeekDays);
      const i = last === undefined ? -1 : dates.findIndex((d) => d > last);
      return i < 0 ? dates.length : i;
    }),
    firstWorked: new Int32Array(agents.length),
    laterWorked: new Int32Array(agents.length),
  };
}

/** Rule 6b on the board: agent `a` works after their first week only with the first-week days their need asks. */
export function firstWeekHolds(b: Board, a: number): boolean {
  return (b.laterWorked[a] ?? 0) === 0 || (b.firstWorked[a] ?? 0) >= (b.firstWeekLeft[a] ?? 0);
}

/** Puts agent `a` on slot `s` (or off, -1) on day `d`, keeping each hour's counts. */
export function place(b: Board, a: number, d: number, s: number): void {
  const row = b.work[a] as Int32Array;
  const old = row[d] ?? -1;
  if (old === s) return;
  if (old >= 0) count(b, a, d, old, -1);
  row[d] = s;
  if (s >= 0) count(b, a, d, s, 1);
  if ((old >= 0) !== (s >= 0)) {
    const by = s >= 0 ? 1 : -1;
    if (b.firstWeekOf[a]?.[d]) (b.firstWorked[a] as number) += by;
    else if (d >= (b.laterFrom[a] ?? 0)) (b.laterWorked[a] as number) += by;
  }
}

function count(b: Board, a: number, d: number, s: number, by: number): void {
  const agent = b.agents[a] as Agent;
  const senior = agent.seniority === "senior";
  const mentor = isMentor(agent);
  for (const h of b.covers[s] as Int32Array) {
    (b.haveAgents[h] as number) += by;
    if (senior) (b.haveSeniors[h] as number) += by;
    if (mentor) (b.mentors[h] as number) += by;
  }
  if (b.firstWeekOf[a]?.[d]) for (const h of b.touches[s] as Int32Array) (b.firstWeek[h] as number) += by;
}

/** The shift `a` works on day index `d` (undefined when off or outside the window). */
export function slotAt(b: Board, a: number, d: number): Slot | undefined {
  const s = d < 0 ? -1 : b.work[a]?.[d] ?? -1;
  return s >= 0 ? b.slots[s] : undefined;
}

/**
 * Every hard rule of one agent that a shift on day `d` can break, as `check` and the model hold them: the day may be
 * worked (availability, time off, weekends, no on-call row), rest to the shifts two days around (rule 2), no short
 * weekly-rest pair two days apart (the model's form of rule 12) and the exact 7-day rest (check's form), days in a row
 * (rule 11). Weekly days and hours are checked by the move (moves.ts), which knows each week's net change.
 */
export function holdsOn(b: Board, a: number, d: number): boolean {
  const slot = slotAt(b, a, d);
  if (!slot) return true;
  if (!b.workable[a]?.[d] || b.onCall[a]?.[d]) return false;
  const rules = b.input.rules;
  for (const k of [-2, -1, 1, 2]) {
    const other = slotAt(b, a, d + k);
    if (other && breaksRest(slot, other, rules.minRestHours)) return false;
  }
  const hours = rules.weeklyRestHours;
  if (hours > 0) {
    const before = slotAt(b, a, d - 2);
    const after = slotAt(b, a, d + 2);
    if (before && (slot.startMs - before.endMs) / HOUR_MS < hours) return false;
    if (after && (after.startMs - slot.endMs) / HOUR_MS < hours) return false;
    if (!weeklyRestHolds(b, a, d, hours)) return false;
  }
  return runThrough(b, a, d) <= rules.maxConsecutiveDays;
}

/** Working days in a row through day `d`, by calendar date. */
function runThrough(b: Board, a: number, d: number): number {
  const row = b.work[a] as Int32Array;
  let run = 1;
  for (let i = b.prev[d] ?? -1; i >= 0 && (row[i] ?? -1) >= 0; i = b.prev[i] ?? -1) run++;
  for (let i = b.next[d] ?? -1; i >= 0 && (row[i] ?? -1) >= 0; i = b.next[i] ?? -1) run++;
  return run;
}

/** check's rule 12 on every 7-day window that holds day `d`: some day in it is off with enough rest around it. */
function weeklyRestHolds(b: Board, a: number, d: number, hours: number): boolean {
  if (b.dates.length < 7) return true;
  const from = Math.max(0, d - 6);
  const to = Math.min(b.dates.length - 7, d);
  for (let i = from; i <= to; i++) {
    let ok = false;
    for (let j = i; j < i + 7 && !ok; j++) ok = restsOn(b, a, j, hours);
    if (!ok) return false;
  }
  return true;
}

/** Day `j` is off and the time from the day before's shift end to the day after's start is at least `hours`. */
function restsOn(b: Board, a: number, j: number, hours: number): boolean {
  if (slotAt(b, a, j)) return false;
  const before = slotAt(b, a, b.prev[j] ?? -1);
  const after = slotAt(b, a, b.next[j] ?? -1);
  return !before || !after || (after.startMs - before.endMs) / HOUR_MS >= hours;
}

export function costOf(b: Board, a: number, s: number): number {
  return s < 0 ? 0 : shiftCost(b.agents[a] as Agent, b.slots[s] as Slot, b.input.rules);
}

/** The board back as roster rows: the kept rows as they were, shifts from the board, sorted as the solver's. */
export function boardRows(b: Board): RosterRow[] {
  const out = [...b.kept];
  b.agents.forEach((agent, a) => {
    (b.work[a] as Int32Array).forEach((s) => {
      const slot = b.slots[s];
      if (!slot) return;
      out.push({
        date: slot.date, agentId: agent.id, name: agent.name, seniority: agent.seniority, shift: slot.shift,
        start: slot.start, end: slot.end, hours: slot.hours, cost: money(costOf(b, a, s)),
      });
    });
  });
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.agentId < y.agentId ? -1 : x.agentId > y.agentId ? 1 : 0));
}

export function canWork(agent: Agent, date: string): boolean {
  const weekend = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 === 0;
  return isAvailable(agent, date) && !isOff(agent, date) && mayWorkWeekend(agent, weekend);
}

function weekNumbers(dates: readonly string[]): Int32Array {
  const keys = new Map<string, number>();
  return Int32Array.from(dates, (d) => {
    const k = weekOf(d);
    if (!keys.has(k)) keys.set(k, keys.size);
    return keys.get(k) ?? 0;
  });
}

/** A re-plan's frozen days (up to `freezeUntil`) are not touched; later published days may change, at `changeCost` each. */
function lockedThrough(input: ScheduleInput, dates: readonly string[]): number {
  const last = input.freezeUntil;
  if (last === undefined) return -1;
  let i = -1;
  while (i + 1 < dates.length && (dates[i + 1] ?? "") <= last) i++;
  return i;
}

/** The previous roster's rows by agent and day, and the days a change counts on: as `rosterChanges` (freeze.ts) counts. */
function publish(b: Board, input: ScheduleInput, roster: readonly RosterRow[], agents: Map<string, number>, days: Map<string, number>): void {
  const previous = input.previous ?? [];
  if (previous.length === 0) return;
  const span = (rows: readonly RosterRow[]): [string, string] => {
    const ds = rows.map((r) => r.date).sort();
    return [ds[0] ?? "", ds[ds.length - 1] ?? "\uffff"];
  };
  const [[p0, p1], [n0, n1]] = [span(previous), span(roster)];
  const [lo, hi] = [p0 > n0 ? p0 : n0, p1 < n1 ? p1 : n1];
  b.dates.forEach((date, d) => (b.tracked[d] = date >= lo && date <= hi && (input.freezeUntil === undefined || date > input.freezeUntil) ? 1 : 0));
  for (const r of previous) {
    const [a, d] = [agents.get(r.agentId), days.get(r.date)];
    if (a !== undefined && d !== undefined) b.published[a]?.set(d, r.shift);
  }
}

export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
