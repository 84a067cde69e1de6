// Re-plan stability: which published rows are frozen, which later days pay a change cost, and what changed.
import type { Calendar } from "./calendar.js";
import { isWeekend } from "../time/hours.js";
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
  const isFrozen = (date: string): boolean => input.freezeUntil !== undefined && date <= input.freezeUntil && inPrevious(date);
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

export interface RosterChange {
  date: string;
  agentId: string;
  kind: "added" | "removed" | "moved";
  from?: string;
  to?: string;
}

/** Rows that differ between two rosters on the dates both cover, sorted by date then agent. */
export function rosterChanges(previous: readonly RosterRow[], next: readonly RosterRow[], after?: string): RosterChange[] {
  const key = (r: RosterRow): string => `${r.date}|${r.agentId}`;
  const before = new Map(previous.map((r) => [key(r), r.shift]));
  const now = new Map(next.map((r) => [key(r), r.shift]));
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
    const from = before.get(k);
    const to = now.get(k);
    if (from === to) continue;
    if (from === undefined) out.push({ date, agentId, kind: "added", to });
    else if (to === undefined) out.push({ date, agentId, kind: "removed", from });
    else out.push({ date, agentId, kind: "moved", from, to });
  }
  return out.sort((x, y) => (x.date === y.date ? (x.agentId < y.agentId ? -1 : 1) : x.date < y.date ? -1 : 1));
}
