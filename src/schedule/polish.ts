// After the solve: same-day swaps of shift templates between agents of one role that cut shift-type changes at no cost.
//
// Why a pass and not only the `shiftType` penalty in the model: the penalty's rows (one per agent, day and template)
// made the 200-agent season's solve many times slower (README, Schedule), while most changes in a cost-optimal roster
// are free to undo. Two agents of the same seniority (and the same first-week status) who both work a day can trade
// their templates: every hour keeps the same agents, seniors, mentors and first-week hires, each agent keeps the
// same dates and hours (only templates of equal real hours and premium trade), so cover, pairing, weekly limits, days
// in a row, weekends and cost are all unchanged. Only rest (rule 2) and weekly rest (rule 12) depend on which template
// an agent holds, and a swap is made only when both still hold for the agent. Days a re-plan published are left alone.
import type { Calendar, Slot } from "./calendar.js";
import type { ScheduleInput } from "./model.js";
import { breaksRest, inFirstWeek, shiftCost } from "./rules.js";
import { nextDay } from "./rules/consecutive-days.js";
import { money } from "./roster.js";
import { searchShape } from "./search/search.js";
import { softWeights } from "./rules/weights.js";
import type { Agent, RosterRow } from "./types.js";

const HOUR_MS = 3_600_000;

export interface Polished {
  roster: RosterRow[];
  /** moves the shape search made (0: the solver's roster, maybe with same-role template trades) */
  moves: number;
  /** what the moves changed in the objective the model priced: contract money plus shortfall penalties */
  modelDelta: number;
}

/**
 * Everything after the solve: the shape search (weekends, isolated days, shift types; src/schedule/search) when a shape
 * weight is on, then the cost-neutral template trades when shift types are not already priced by the search.
 */
export function polishRoster(roster: readonly RosterRow[], input: ScheduleInput, calendar: Calendar, deadlineMs: number): Polished {
  const searched = searchShape(roster, input, calendar, { deadlineMs, budgetShare: input.rules.shapeBudget });
  const trades = softWeights(input.agents, input.rules).shiftType <= 0;
  return { moves: searched.moves, modelDelta: searched.modelDelta, roster: trades ? polishShiftTypes(searched.roster, input, calendar) : searched.roster };
}

export function polishShiftTypes(roster: readonly RosterRow[], input: ScheduleInput, calendar: Calendar): RosterRow[] {
  if (!input.rules.shiftTypeSwaps || roster.length === 0) return [...roster];
  const slotOf = new Map(calendar.slots.map((s) => [`${s.date}|${s.shift}`, s]));
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const locked = lockedUntil(input);
  const dateIndex = new Map(calendar.dates.map((d, i) => [d, i]));
  // agent id -> date -> shift row (on-call rows are never touched)
  const days = new Map<string, Map<string, RosterRow>>();
  for (const r of roster) {
    if (r.shift === "on-call") continue;
    const m = days.get(r.agentId) ?? new Map<string, RosterRow>();
    m.set(r.date, r);
    days.set(r.agentId, m);
  }
  const before = changes(days);
  const shiftOn = (id: string, date: string | undefined): Slot | undefined => {
    const r = date === undefined ? undefined : days.get(id)?.get(date);
    return r ? slotOf.get(`${r.date}|${r.shift}`) : undefined;
  };
  const fits = (id: string, slot: Slot): boolean => {
    const d = dateIndex.get(slot.date) ?? -9;
    const near = [-2, -1, 1, 2].map((k) => shiftOn(id, calendar.dates[d + k]));
    if (near.some((s) => s !== undefined && breaksRest(s, slot, input.rules.minRestHours))) return false;
    // rule 12 as the model holds it: no short pair two days apart (whatever the day between holds)
    const hours = input.rules.weeklyRestHours;
    const [twoBefore, , , twoAfter] = near;
    if (hours > 0 && twoBefore && (slot.startMs - twoBefore.endMs) / HOUR_MS < hours) return false;
    if (hours > 0 && twoAfter && (twoAfter.startMs - slot.endMs) / HOUR_MS < hours) return false;
    return true;
  };
  // A sweep sees yesterday as settled and tomorrow as the solver left it; a second sweep sees tomorrow settled too.
  for (let sweep = 0, last = before; sweep < 3; sweep++) {
    sweepDays(calendar, days, locked, agents, input, shiftOn, fits);
    const now = changes(days);
    if (now >= last) break;
    last = now;
  }
  if (changes(days) >= before) return [...roster];
  const out = roster.filter((r) => r.shift === "on-call");
  for (const m of days.values()) out.push(...m.values());
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
}

function sweepDays(
  calendar: Calendar,
  days: Map<string, Map<string, RosterRow>>,
  locked: string | undefined,
  agents: Map<string, Agent>,
  input: ScheduleInput,
  shiftOn: (id: string, date: string | undefined) => Slot | undefined,
  fits: (id: string, slot: Slot) => boolean,
): void {
  for (const [d, date] of calendar.dates.entries()) {
    if (locked !== undefined && date <= locked) continue;
    const groups = new Map<string, Array<{ agent: Agent; slot: Slot }>>();
    for (const [id, m] of days) {
      const r = m.get(date);
      const agent = agents.get(id);
      const slot = r ? shiftOn(id, date) : undefined;
      if (!agent || !slot) continue;
      const key = `${agent.seniority}|${inFirstWeek(agent, date, input.rules.firstWeekDays)}|${slot.hours}|${slot.premium ?? ""}`;
      groups.set(key, [...(groups.get(key) ?? []), { agent, slot }]);
    }
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const assigned = assign(members, (id) => shiftOn(id, calendar.dates[d - 1])?.shift, (id) => shiftOn(id, calendar.dates[d + 1])?.shift, fits);
      for (const [i, { agent }] of members.entries()) {
        const slot = assigned[i] as Slot;
        days.get(agent.id)?.set(date, rowFor(agent, slot, input));
      }
    }
  }
}

/**
 * Gives each member one of the group's templates (the same multiset): first yesterday's type to whoever had it, then
 * tomorrow's, then the rest, each only where rest still holds; when the greedy leaves someone without a fitting
 * template, the day keeps the solver's assignment (which holds every rule).
 */
function assign(
  members: Array<{ agent: Agent; slot: Slot }>,
  yesterday: (id: string) => string | undefined,
  tomorrow: (id: string) => string | undefined,
  fits: (id: string, slot: Slot) => boolean,
): Slot[] {
  const pool = members.map((m) => m.slot);
  const out: Array<Slot | undefined> = members.map(() => undefined);
  const take = (i: number, want: (slot: Slot) => boolean): void => {
    const id = members[i]?.agent.id ?? "";
    const k = pool.findIndex((s) => want(s) && fits(id, s));
    if (k < 0) return;
    out[i] = pool[k];
    pool.splice(k, 1);
  };
  const pass = (want: (i: number) => string | undefined): void => {
    members.forEach((m, i) => {
      const type = want(i);
      if (out[i] === undefined && type !== undefined) take(i, (s) => s.shift === type);
    });
  };
  pass((i) => yesterday(members[i]?.agent.id ?? ""));
  pass((i) => tomorrow(members[i]?.agent.id ?? ""));
  pass((i) => members[i]?.slot.shift);
  members.forEach((_, i) => {
    if (out[i] === undefined) take(i, () => true);
  });
  return out.every((s) => s !== undefined) ? (out as Slot[]) : members.map((m) => m.slot);
}

function rowFor(agent: Agent, slot: Slot, input: ScheduleInput): RosterRow {
  return {
    date: slot.date, agentId: agent.id, name: agent.name, seniority: agent.seniority, shift: slot.shift,
    start: slot.start, end: slot.end, hours: slot.hours, cost: money(shiftCost(agent, slot, input.rules)),
  };
}

/** A re-plan's published days (up to the previous roster's last date) are not touched: a swap there is a change. */
function lockedUntil(input: ScheduleInput): string | undefined {
  const dates = (input.previous ?? []).map((r) => r.date).sort();
  const last = dates[dates.length - 1];
  if (last === undefined) return input.freezeUntil;
  return input.freezeUntil !== undefined && input.freezeUntil > last ? input.freezeUntil : last;
}

function changes(days: Map<string, Map<string, RosterRow>>): number {
  let n = 0;
  for (const m of days.values()) for (const [date, r] of m) if ((m.get(nextDay(date))?.shift ?? r.shift) !== r.shift) n++;
  return n;
}
