// One move of the shape search, priced and checked: a few (agent, day, slot) changes tried on the board and undone.
// A move is kept only when every hard rule still holds for the agents it touches, no hour loses cover, seniors or
// first-week mentors below what it needs, weekly days and hours stay within each agent's limits and an agent with
// min_hours_per_week loses no hours. Its price is the contract's change plus the shape rules' weights.
import type { Slot } from "../calendar.js";
import type { Agent } from "../types.js";
import { costOf, firstWeekHolds, holdsOn, place, type Board } from "./board.js";

export interface Change {
  a: number;
  d: number;
  /** the new slot, or -1 for a day off */
  s: number;
}

/** The shape rules' prices (money per unit) and the state they are measured on. */
export interface Search {
  board: Board;
  /**
   * The weekend price: weekendDay / 2 x (days - mean)^2 summed over the pool, the search's stand-in for the max-min
   * spread (which only its two extremes move): a day passed from an agent with c to one with c' saves weekendDay x
   * (c - c' - 1), so the most loaded give first and to the least loaded, as Timefold prices fairness (squared loads).
   */
  weekendDay: number;
  isolatedDay: number;
  shiftType: number;
  /** per agent-hour or senior-hour short */
  shortHour: number;
  /** per published row changed after the freeze (a re-plan) */
  changeCost: number;
  /** weekend days worked per agent, and who is in the spread's pool */
  weekends: Int32Array;
  pool: Uint8Array;
  /** the pool's mean weekend days when the search began */
  mean: number;
  /** per agent and day: 1 when the day, worked alone, counts as isolated (the summary's rule: a neighbour is workable) */
  isolable: Uint8Array[];
  /** contract money the moves may still add */
  budget: number;
  /** what the moves made so far changed in the model's objective (contract and shortfall) */
  modelDelta: number;
  /** agent indices in order */
  everyone: number[];
  /** scratch: an epoch per hour so an hour is counted once per move, and each touched hour's cover before it */
  seen: Int32Array;
  epoch: number;
  agentsBefore: Int32Array;
  seniorsBefore: Int32Array;
  hours: Int32Array;
  /** each change's slot before it */
  old: Int32Array;
}

export interface Priced {
  /** the move's whole price: contract, shortfall and shape */
  delta: number;
  contract: number;
  /** contract, shortfall and re-plan changes: the part of the price the solver's model holds */
  model: number;
}

const EPS = 1e-6;

/**
 * Tries the changes and undoes them: the price if every rule holds, it is within budget and below `bar`, else undefined.
 * The bar prunes first: a move whose price could not get below it even if it cleared every shape cost it touches is
 * not tried on the board at all.
 */
export function price(st: Search, changes: readonly Change[], bar = -EPS): Priced | undefined {
  const b = st.board;
  const old = st.old;
  let contract = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as Change;
    old[i] = b.work[c.a]?.[c.d] ?? -1;
    contract += costOf(b, c.a, c.s) - costOf(b, c.a, old[i] ?? -1);
  }
  if (contract > st.budget + EPS) return undefined;
  const shapeBefore = shapeOf(st, changes);
  const weekend = weekendDelta(st, changes, old);
  if (contract + weekend - shapeBefore >= bar || !weeksHold(b, changes, old)) return undefined;
  const hours = hoursOf(st, changes, old);
  for (let i = 0; i < hours; i++) {
    const h = st.hours[i] as number;
    st.agentsBefore[i] = b.haveAgents[h] ?? 0;
    st.seniorsBefore[i] = b.haveSeniors[h] ?? 0;
  }
  for (const c of changes) place(b, c.a, c.d, c.s);
  let ok = true;
  for (const c of changes) if (ok && ((c.s >= 0 && !holdsOn(b, c.a, c.d)) || !firstWeekHolds(b, c.a))) ok = false;
  let short = 0;
  for (let i = 0; i < hours && ok; i++) {
    const h = st.hours[i] as number;
    const [agents0, seniors0] = [st.agentsBefore[i] ?? 0, st.seniorsBefore[i] ?? 0];
    const [na, ns] = [b.needAgents[h] ?? 0, b.needSeniors[h] ?? 0];
    const [ha, hs] = [b.haveAgents[h] ?? 0, b.haveSeniors[h] ?? 0];
    if (ha < Math.min(na, agents0) || hs < Math.min(ns, seniors0) || (b.firstWeek[h] ?? 0) > (b.mentors[h] ?? 0)) ok = false;
    short += Math.max(0, na - ha) - Math.max(0, na - agents0) + Math.max(0, ns - hs) - Math.max(0, ns - seniors0);
  }
  const shapeAfter = ok ? shapeOf(st, changes) : 0;
  for (let i = changes.length - 1; i >= 0; i--) place(b, changes[i]?.a ?? 0, changes[i]?.d ?? 0, old[i] ?? -1);
  if (!ok) return undefined;
  const model = contract + short * st.shortHour + changed(st, changes, old) * st.changeCost;
  const delta = model + shapeAfter - shapeBefore + weekend;
  return delta < bar ? { delta, contract, model } : undefined;
}

/** Published rows the changes alter minus those they restore (a re-plan; 0 otherwise). */
function changed(st: Search, changes: readonly Change[], old: Int32Array): number {
  const b = st.board;
  let n = 0;
  changes.forEach((c, i) => {
    if (!b.tracked[c.d]) return;
    const was = b.published[c.a]?.get(c.d);
    n += (b.slots[c.s]?.shift !== was ? 1 : 0) - (b.slots[old[i] ?? -1]?.shift !== was ? 1 : 0);
  });
  return n;
}

/** The shape price of every agent the changes touch, over the days around the changes (each agent once). */
function shapeOf(st: Search, changes: readonly Change[]): number {
  let sum = 0;
  changes.forEach((c, i) => {
    for (let j = 0; j < i; j++) if (changes[j]?.a === c.a) return;
    let [lo, hi] = [c.d, c.d];
    for (const o of changes) if (o.a === c.a) [lo, hi] = [Math.min(lo, o.d), Math.max(hi, o.d)];
    sum += shape(st, c.a, lo - 1, hi + 1);
  });
  return sum;
}

/** Makes the changes for good and books their weekend days and money. */
export function apply(st: Search, changes: readonly Change[], priced: Priced): void {
  const b = st.board;
  for (const c of changes) {
    const was = b.work[c.a]?.[c.d] ?? -1;
    if (b.weekend[c.d]) (st.weekends[c.a] as number) += (c.s >= 0 ? 1 : 0) - (was >= 0 ? 1 : 0);
    place(b, c.a, c.d, c.s);
  }
  st.budget -= priced.contract;
  st.modelDelta += priced.model;
}

/**
 * Rule 3 (days and hours per ISO week) for each agent and week the changes touch: unchanged totals always hold; a week
 * that gains must stay within the agent's limits, and one that loses hours must not belong to an agent with
 * min_hours_per_week (a guaranteed hour is not given away).
 */
function weeksHold(b: Board, changes: readonly Change[], old: Int32Array): boolean {
  for (const c of changes) {
    let [days, hours] = [0, 0];
    for (let j = 0; j < changes.length; j++) {
      const o = changes[j] as Change;
      if (o.a !== c.a || b.week[o.d] !== b.week[c.d]) continue;
      const [was, now] = [b.slots[old[j] ?? -1], b.slots[o.s]];
      days += (now ? 1 : 0) - (was ? 1 : 0);
      hours += (now?.hours ?? 0) - (was?.hours ?? 0);
    }
    if (days === 0 && Math.abs(hours) < EPS) continue;
    const agent = b.agents[c.a] as Agent;
    if (hours < 0 && (agent.minHoursPerWeek ?? 0) > 0) return false;
    if (days <= 0 && hours <= 0) continue;
    let [weekDays, weekHours] = [days, hours];
    for (const d of b.weekDays[b.week[c.d] ?? 0] ?? []) {
      const slot = b.slots[b.work[c.a]?.[d] ?? -1];
      if (slot) [weekDays, weekHours] = [weekDays + 1, weekHours + slot.hours];
    }
    if (weekDays > agent.maxDaysPerWeek || weekHours > agent.maxHoursPerWeek + EPS) return false;
  }
  return true;
}

/** Isolated days and shift-type changes of agent `a` from day `lo` to `hi` (pairs starting there), priced. */
function shape(st: Search, a: number, lo: number, hi: number): number {
  const b = st.board;
  const row = b.work[a] as Int32Array;
  const last = b.dates.length - 1;
  let cost = 0;
  for (let d = Math.max(0, lo); d <= Math.min(last, hi); d++) {
    const s = row[d] ?? -1;
    if (s < 0) continue;
    const [p, n] = [b.prev[d] ?? -1, b.next[d] ?? -1];
    const after = n >= 0 ? row[n] ?? -1 : -1;
    if (after >= 0 && (b.slots[after] as Slot).shift !== (b.slots[s] as Slot).shift) cost += st.shiftType;
    const before = p >= 0 ? row[p] ?? -1 : -1;
    if (d > 0 && d < last && before < 0 && after < 0 && st.isolable[a]?.[d]) cost += st.isolatedDay;
  }
  return cost;
}

/** The change in the weekend price of the pool agents the changes touch. */
function weekendDelta(st: Search, changes: readonly Change[], old: Int32Array): number {
  const moved = new Map<number, number>();
  changes.forEach((c, i) => {
    if (!st.board.weekend[c.d] || !st.pool[c.a]) return;
    moved.set(c.a, (moved.get(c.a) ?? 0) + (c.s >= 0 ? 1 : 0) - ((old[i] ?? -1) >= 0 ? 1 : 0));
  });
  let delta = 0;
  for (const [a, by] of moved) delta += unfair(st, (st.weekends[a] ?? 0) + by) - unfair(st, st.weekends[a] ?? 0);
  return delta * st.weekendDay;
}

function unfair(st: Search, days: number): number {
  return (days - st.mean) ** 2 / 2;
}

/** The hours the old and new slots of the changes cover or touch, each once. */
function hoursOf(st: Search, changes: readonly Change[], old: Int32Array): number {
  const b = st.board;
  let n = 0;
  st.epoch += 1;
  for (let i = 0; i < changes.length * 2; i++) {
    const s = i % 2 === 0 ? (changes[i >> 1] as Change).s : old[i >> 1] ?? -1;
    if (s < 0) continue;
    for (const list of [b.covers[s] as Int32Array, b.touches[s] as Int32Array]) {
      for (const h of list) {
        if (st.seen[h] === st.epoch) continue;
        st.seen[h] = st.epoch;
        st.hours[n++] = h;
      }
    }
  }
  return n;
}
