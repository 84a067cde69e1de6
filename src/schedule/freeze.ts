// Re-plan stability: which published rows are frozen, which later days pay a change cost, and what changed.
import type { Calendar, Slot } from "./calendar.js";
import { InputError } from "../errors.js";
import { isWeekend } from "../time/hours.js";
import { leadInUntil } from "./lead.js";
import { mayBeOnCall, mayWorkShift } from "./rules.js";
import { isOff } from "./rules/time-off.js";
import type { Agent, RosterRow } from "./types.js";

/** A frozen agent-day without a row: the agent stays off. */
export const OFF = "(off)";

export interface FreezePlan {
  /** the frozen row of an agent-day (a shift, "on-call" or OFF), or undefined when the day is free */
  fixed(agent: number, date: string): string | undefined;
  /** the previous roster's row on that day, if any */
  previousShift(agent: number, date: string): string | undefined;
  /** agent-days after the freeze inside the previous roster's dates: a change there costs `changeCost` */
  changeDays: Array<{ agent: number; date: string; shift: string | undefined }>;
  /**
   * published rows that can no longer be kept: every row of an agent id or shift not in today's inputs (ids match
   * exactly: "A05" is not "a05"), whatever its date, and frozen rows from the model's first date on that the agent's
   * data now forbids (availability, weekends, on-call, time off), among the model's dates only (a weekly piece judges
   * its own days; the pieces' lists are merged without repeats)
   */
  dropped: RosterRow[];
}

interface FreezeInput {
  agents: readonly Agent[];
  previous?: readonly RosterRow[];
  freezeUntil?: string;
}

export function freezePlan(input: FreezeInput, calendar: Calendar): FreezePlan {
  const previous = input.previous ?? [];
  const byAgent = new Map(input.agents.map((a, i) => [a.id, i]));
  const rows = new Map<string, string>();
  const dropped: RosterRow[] = [];
  const shiftNames = new Set(calendar.slots.map((s) => s.shift));
  const firstDate = calendar.dates[0] ?? "";
  const lastDate = calendar.dates[calendar.dates.length - 1] ?? "";
  for (const row of previous) {
    const a = byAgent.get(row.agentId);
    const agent = a === undefined ? undefined : input.agents[a];
    const frozen = input.freezeUntil !== undefined && row.date <= input.freezeUntil;
    if (agent === undefined || (row.shift !== "on-call" && !shiftNames.has(row.shift))) {
      // Nobody in today's inputs can carry the row, frozen or not: listed so the lead sees whose shifts vanished.
      dropped.push(row);
      continue;
    }
    // Days before the model's are over (older than a re-plan's lead-in, or a piece's earlier weeks): not dropped, only
    // not planned again. Days after them are a later piece's to judge: this calendar has no slot there, and a frozen
    // row it cannot place is not a dropped one.
    if (row.date < firstDate || row.date > lastDate) continue;
    if (frozen && !stillAllowed(agent, row, calendar)) {
      dropped.push(row);
      continue;
    }
    rows.set(`${a}|${row.date}`, row.shift);
  }
  const dates = previous.map((r) => r.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const inPrevious = (date: string): boolean => first !== undefined && last !== undefined && date >= first && date <= last;
  // A re-plan's lead-in days are over, published or not: a date after the published rows ended takes no shift either
  // (rule 6b once banked a new hire's first-week days on such dates, in the past).
  const leadUntil = leadInUntil(calendar);
  const isFrozen = (date: string): boolean =>
    (leadUntil !== undefined && date <= leadUntil) || (input.freezeUntil !== undefined && date <= input.freezeUntil && inPrevious(date));
  const changeDays: FreezePlan["changeDays"] = [];
  if (previous.length > 0) {
    input.agents.forEach((_, a) => {
      for (const date of calendar.dates) {
        if (inPrevious(date) && !isFrozen(date)) changeDays.push({ agent: a, date, shift: rows.get(`${a}|${date}`) });
      }
    });
  }
  return {
    fixed: (agent, date) => (isFrozen(date) ? rows.get(`${agent}|${date}`) ?? OFF : undefined),
    previousShift: (agent, date) => rows.get(`${agent}|${date}`),
    changeDays,
    dropped,
  };
}

/** A frozen row the agent's data still allows: available, weekends, on-call, and no time off entered since it was published. */
function stillAllowed(agent: Agent, row: RosterRow, calendar: Calendar): boolean {
  if (isOff(agent, row.date)) return false;
  const slot = calendar.slots.find((s) => s.date === row.date && s.shift === row.shift);
  if (row.shift === "on-call") {
    const weekend = isWeekend(row.date);
    return mayBeOnCall(agent, row.date, weekend);
  }
  return slot !== undefined && mayWorkShift(agent, slot);
}

/** A template whose times changed since a frozen row of it was published: the frozen rows keep the published times. */
export interface HeldTimes {
  shift: string;
  /** local HH:mm-HH:mm as published, and as the template says today */
  published: string;
  template: string;
  /** the first and last frozen date that holds it, and how many frozen rows */
  from: string;
  to: string;
  rows: number;
}

/**
 * The calendar with every frozen slot at its published times. A frozen row is kept exactly as it was published, start
 * and end included: a template edited since (early moved from 07:00-15:00 to 06:00-14:00, same name) applies after the
 * freeze, not to shifts the agents were already told. On a frozen date every agent-day is fixed, so the date's slot of
 * that template serves only its published rows and can take their times. Published rows of one template on one frozen
 * date with different times (a hand edit) cannot share a slot: the run stops rather than re-time them.
 */
export function holdPublishedTimes(calendar: Calendar, input: FreezeInput): { calendar: Calendar; held: HeldTimes[] } {
  const { previous, freezeUntil } = input;
  if (previous === undefined || previous.length === 0 || freezeUntil === undefined) return { calendar, held: [] };
  const ids = new Set(input.agents.map((a) => a.id));
  const first = calendar.dates[0] ?? "";
  const last = calendar.dates[calendar.dates.length - 1] ?? "";
  const slotAt = new Map(calendar.slots.map((s, i) => [`${s.date}|${s.shift}`, i]));
  const shapes = new Map<number, Map<string, RosterRow>>();
  const count = new Map<number, number>();
  for (const r of previous) {
    if (r.shift === "on-call" || r.date > freezeUntil || r.date < first || r.date > last || !ids.has(r.agentId)) continue;
    const i = slotAt.get(`${r.date}|${r.shift}`);
    if (i === undefined) continue;
    const seen = shapes.get(i) ?? new Map<string, RosterRow>();
    seen.set(`${r.start}|${r.end}`, r);
    shapes.set(i, seen);
    count.set(i, (count.get(i) ?? 0) + 1);
  }
  const slots = [...calendar.slots];
  const held = new Map<string, HeldTimes>();
  for (const [i, seen] of shapes) {
    const slot = calendar.slots[i] as Slot;
    const rows = [...seen.values()];
    if (rows.length > 1) {
      const times = rows.map((r) => clock(r.start, r.end)).join(", ");
      throw new InputError("roster.csv", `${slot.date} ${slot.shift}`, `the published rows of template "${slot.shift}" on ${slot.date}, inside the freeze, have different times (${times}), and a frozen row keeps its published times; make them one (edit the published roster.csv), or re-plan with --freeze-until before ${slot.date}`);
    }
    const row = rows[0] as RosterRow;
    if (row.start === slot.start && row.end === slot.end) continue;
    const startMs = Date.parse(row.start);
    const endMs = Date.parse(row.end);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) continue;
    slots[i] = { ...slot, start: row.start, end: row.end, startMs, endMs, hours: (endMs - startMs) / 3_600_000 };
    const published = clock(row.start, row.end);
    const key = `${slot.shift}|${published}`;
    const h = held.get(key);
    const n = count.get(i) ?? 0;
    if (h === undefined) held.set(key, { shift: slot.shift, published, template: clock(slot.start, slot.end), from: slot.date, to: slot.date, rows: n });
    else held.set(key, { ...h, from: slot.date < h.from ? slot.date : h.from, to: slot.date > h.to ? slot.date : h.to, rows: h.rows + n });
  }
  return held.size === 0 ? { calendar, held: [] } : { calendar: { ...calendar, slots }, held: [...held.values()] };
}

/** "07:00-15:00" from two ISO local times with offsets. */
function clock(start: string, end: string): string {
  return `${start.slice(11, 16)}-${end.slice(11, 16)}`;
}

export interface RosterChange {
  date: string;
  agentId: string;
  kind: "added" | "removed" | "moved";
  from?: string;
  to?: string;
  /** local HH:mm-HH:mm, when the row kept its template and only its times changed */
  fromTimes?: string;
  toTimes?: string;
}

/** Rows that differ (template or times) between two rosters on the dates both cover, sorted by date then agent. */
export function rosterChanges(previous: readonly RosterRow[], next: readonly RosterRow[], after?: string): RosterChange[] {
  const key = (r: RosterRow): string => `${r.date}|${r.agentId}`;
  const before = new Map(previous.map((r) => [key(r), r]));
  const now = new Map(next.map((r) => [key(r), r]));
  const span = (rs: readonly RosterRow[]): [string, string] => {
    const ds = rs.map((r) => r.date).sort();
    return [ds[0] ?? "", ds[ds.length - 1] ?? "\uffff"];
  };
  // Only the dates both rosters speak about can differ; a longer horizon is not a change.
  const [p0, p1] = span(previous);
  const [n0, n1] = span(next);
  const lo = p0 > n0 ? p0 : n0;
  const hi = p1 < n1 ? p1 : n1;
  const out: RosterChange[] = [];
  for (const k of new Set([...before.keys(), ...now.keys()])) {
    const [date = "", agentId = ""] = k.split("|");
    if (date < lo || date > hi || (after !== undefined && date <= after)) continue;
    const was = before.get(k);
    const is = now.get(k);
    // A row is the same only with the same template and the same times: a template re-timed under its old name moves it.
    if (was?.shift === is?.shift && was?.start === is?.start && was?.end === is?.end) continue;
    if (was === undefined) out.push({ date, agentId, kind: "added", to: is?.shift });
    else if (is === undefined) out.push({ date, agentId, kind: "removed", from: was.shift });
    else if (was.shift !== is.shift) out.push({ date, agentId, kind: "moved", from: was.shift, to: is.shift });
    else out.push({ date, agentId, kind: "moved", from: was.shift, to: is.shift, fromTimes: clock(was.start, was.end), toTimes: clock(is.start, is.end) });
  }
  return out.sort((x, y) => (x.date === y.date ? (x.agentId < y.agentId ? -1 : 1) : x.date < y.date ? -1 : 1));
}
