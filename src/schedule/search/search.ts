// The shape search after the solve: moves that even out weekends, join isolated days to their block and keep one shift
// type, each kept only when it lowers the contract's cost plus the shape rules' weights, within a money budget and a
// time limit. Why after the solve and not in the model: priced in the model, these rules made the 200-agent season's
// solve 2-5 times slower (README, Schedule), while a cost-optimal roster has many equal-cost rosters next to it that a
// local search reaches in a second (Timefold's construction heuristic then local search, ../shared/STYLE.md).
import type { Calendar } from "../calendar.js";
import type { ScheduleInput } from "../model.js";
import { weekendPool } from "../rules/weekend-spread.js";
import { softWeights } from "../rules/weights.js";
import { onCallCost } from "../rules.js";
import type { RosterRow } from "../types.js";
import { boardRows, buildBoard, canWork, costOf, previousDay, type Board } from "./board.js";
import { apply, price, type Change, type Priced, type Search } from "./moves.js";
import { nextDay } from "../rules/consecutive-days.js";

export interface SearchOptions {
  /** epoch ms after which no new move is tried */
  deadlineMs: number;
  /** share of the roster's contract cost (shifts and on-call) the moves may add in total */
  budgetShare: number;
}

/** A move found and priced, ready to apply. */
interface Move {
  changes: Change[];
  priced: Priced;
}

export interface SearchResult {
  roster: RosterRow[];
  moves: number;
  /** contract money the moves added (negative when they saved) */
  contractDelta: number;
  /** contract money, shortfall penalties and re-plan changes the moves changed: what they did to the model's objective */
  modelDelta: number;
}

/** Whether the search has anything to do: some shape weight is on. */
export function searches(w: Pick<ReturnType<typeof softWeights>, "weekendSpread" | "isolatedDays" | "shiftType">): boolean {
  return w.weekendSpread > 0 || w.isolatedDays > 0 || w.shiftType > 0;
}

/** Improves the roster's shape; returns it unchanged when every shape weight is 0. */
export function searchShape(roster: readonly RosterRow[], input: ScheduleInput, calendar: Calendar, options: SearchOptions): SearchResult {
  const w = softWeights(input.agents, input.rules);
  if (roster.length === 0 || !searches(w)) return { roster: [...roster], moves: 0, contractDelta: 0, modelDelta: 0 };
  const st = searchState(buildBoard(roster, input, calendar), w, options.budgetShare);
  const start = st.budget;
  let moves = 0;
  const timeUp = (): boolean => Date.now() > options.deadlineMs;
  // Each phase runs again while its last run made moves (most of its work is done in the first round; later rounds
  // on 200 agents find a handful of moves in thousands of tries), at most 6 rounds.
  const phases = [
    { on: st.weekendDay > 0, run: evenWeekends },
    { on: st.isolatedDay > 0, run: joinIsolated },
    { on: st.shiftType > 0, run: keepTypes },
  ];
  for (let round = 0; round < 6 && phases.some((p) => p.on) && !timeUp(); round++) {
    for (const phase of phases) {
      if (!phase.on) continue;
      const made = phase.run(st, timeUp);
      moves += made;
      phase.on = made > 0;
    }
  }
  if (moves === 0) return { roster: [...roster], moves: 0, contractDelta: 0, modelDelta: 0 };
  return { roster: boardRows(st.board), moves, contractDelta: start - st.budget, modelDelta: st.modelDelta };
}

function searchState(board: Board, w: ReturnType<typeof softWeights>, budgetShare: number): Search {
  const { agents, dates } = board;
  const weekends = Int32Array.from(agents, (_, a) => dates.reduce((n, _d, i) => n + (board.weekend[i] && (board.work[a]?.[i] ?? -1) >= 0 ? 1 : 0), 0));
  const ids = weekendPool(agents, dates.filter((_, i) => board.weekend[i]));
  const pool = Uint8Array.from(agents, (a) => (ids.has(a.id) ? 1 : 0));
  const loads = agents.flatMap((_, a) => (pool[a] ? [weekends[a] ?? 0] : []));
  const mean = loads.length === 0 ? 0 : loads.reduce((s, x) => s + x, 0) / loads.length;
  // the contract priced from the rules, not from the rows' cost column (a hand-made roster may leave it 0)
  const byId = new Map(agents.map((a) => [a.id, a]));
  let contract = 0;
  agents.forEach((_, a) => (board.work[a] as Int32Array).forEach((s) => (contract += costOf(board, a, s))));
  for (const r of board.kept) {
    const agent = byId.get(r.agentId);
    if (r.shift === "on-call" && agent) contract += onCallCost(agent, board.input.rules);
  }
  return {
    board,
    weekendDay: w.weekendSpread,
    isolatedDay: w.isolatedDays,
    shiftType: w.shiftType,
    shortHour: w.cover,
    changeCost: w.change,
    weekends,
    pool,
    mean,
    isolable: agents.map((agent) => Uint8Array.from(dates, (d) => (canWork(agent, previousDay(d)) || canWork(agent, nextDay(d)) ? 1 : 0))),
    budget: Math.max(0, budgetShare * contract),
    modelDelta: 0,
    everyone: agents.map((_, a) => a),
    seen: new Int32Array(board.needAgents.length),
    epoch: 0,
    // a move touches at most 4 slots of a few hours each
    agentsBefore: new Int32Array(256),
    seniorsBefore: new Int32Array(256),
    hours: new Int32Array(256),
    old: new Int32Array(8),
  };
}

/**
 * Agent `a` gives day `d` (its slot) to a partner off that day and takes one of the partner's days `d2` of the same ISO
 * week: both keep their days and hours per week. The best priced such swap, or none that lowers the total.
 */
function bestSwap(st: Search, a: number, d: number, partners: (p: number) => boolean, days: (d2: number) => boolean, order = st.everyone, first = false): Move | undefined {
  const b = st.board;
  const sa = b.work[a]?.[d] ?? -1;
  if (sa < 0 || d <= b.lockedThrough) return undefined;
  let best: Move | undefined;
  const from = Math.max(0, d - 6, b.lockedThrough + 1);
  const to = Math.min(b.dates.length, d + 7);
  for (const p of order) {
    if (p === a || (b.work[p]?.[d] ?? -1) >= 0 || !b.workable[p]?.[d] || b.onCall[p]?.[d] || !partners(p)) continue;
    for (let d2 = from; d2 < to; d2++) {
      const sp = b.work[p]?.[d2] ?? -1;
      if (sp < 0 || d2 === d || b.week[d2] !== b.week[d] || (b.work[a]?.[d2] ?? -1) >= 0 || !b.workable[a]?.[d2] || b.onCall[a]?.[d2]) continue;
      if (b.slots[sp]?.hours !== b.slots[sa]?.hours || !days(d2)) continue;
      const changes = [{ a, d, s: -1 }, { a, d: d2, s: sp }, { a: p, d: d2, s: -1 }, { a: p, d, s: sa }];
      const priced = price(st, changes, best?.priced.delta);
      if (priced) best = { changes, priced };
      if (best && first) return best;
    }
  }
  return best;
}

/** Agent `a` hands day `d` (its slot) to a partner off that day: the best priced such hand-over that lowers the total. */
function bestHandover(st: Search, a: number, d: number, partners: (p: number) => boolean, best?: Move, order = st.everyone): Move | undefined {
  const b = st.board;
  const sa = b.work[a]?.[d] ?? -1;
  if (sa < 0 || d <= b.lockedThrough) return best;
  for (const p of order) {
    if (p === a || (b.work[p]?.[d] ?? -1) >= 0 || !b.workable[p]?.[d] || b.onCall[p]?.[d] || !partners(p)) continue;
    const changes = [{ a, d, s: -1 }, { a: p, d, s: sa }];
    const priced = price(st, changes, best?.priced.delta);
    if (priced) best = { changes, priced };
  }
  return best;
}

/** Pool agents above the mean give weekend days to lighter agents (or ones outside the pool); those below take them. */
function evenWeekends(st: Search, timeUp: () => boolean): number {
  const b = st.board;
  let made = 0;
  const heavy = [...b.agents.keys()].filter((a) => st.pool[a] && (st.weekends[a] ?? 0) > st.mean + 0.5).sort((x, y) => (st.weekends[y] ?? 0) - (st.weekends[x] ?? 0));
  for (const a of heavy) {
    // lightest first: the first good partner sets a bar that prunes most of the rest before the board is touched
    const order = [...st.everyone].sort((x, y) => (st.weekends[x] ?? 0) - (st.weekends[y] ?? 0));
    for (let d = 0; d < b.dates.length && (st.weekends[a] ?? 0) > st.mean + 0.5 && !timeUp(); d++) {
      if (!b.weekend[d]) continue;
      const lighter = (p: number): boolean => !st.pool[p] || (st.weekends[p] ?? 0) < (st.weekends[a] ?? 0) - 1;
      const move = bestSwap(st, a, d, lighter, (d2) => !b.weekend[d2], order, true) ?? bestHandover(st, a, d, lighter, undefined, order);
      if (move) (apply(st, move.changes, move.priced), made++);
    }
  }
  const light = [...b.agents.keys()].filter((a) => st.pool[a] && (st.weekends[a] ?? 0) < st.mean - 0.5).sort((x, y) => (st.weekends[x] ?? 0) - (st.weekends[y] ?? 0));
  for (const a of light) {
    for (let d = 0; d < b.dates.length && (st.weekends[a] ?? 0) < st.mean - 0.5 && !timeUp(); d++) {
      if (!b.weekend[d] || (b.work[a]?.[d] ?? -1) >= 0) continue;
      // the light agent takes day d from whoever works it, giving back a weekday: the same swap seen from the giver
      let best: Move | undefined;
      for (let g = 0; g < b.agents.length; g++) {
        if ((b.work[g]?.[d] ?? -1) < 0 || (st.pool[g] && (st.weekends[g] ?? 0) <= (st.weekends[a] ?? 0) + 1)) continue;
        // the one partner is `a`: looking only at it, not at every agent for it, keeps 1,000 agents from a quadratic scan
        const move = bestHandover(st, g, d, (p) => p === a, bestSwap(st, g, d, (p) => p === a, (d2) => !b.weekend[d2], [a]), [a]);
        if (move && move.priced.delta < (best?.priced.delta ?? -1e-6)) best = move;
      }
      if (best) (apply(st, best.changes, best.priced), made++);
    }
  }
  return made;
}

/**
 * An isolated working day goes to a partner, and the agent takes a partner's day of that week next to its block, or
 * the partner simply takes it over (within weekly limits).
 */
function joinIsolated(st: Search, timeUp: () => boolean): number {
  const b = st.board;
  let made = 0;
  const works = (a: number, d: number): boolean => d >= 0 && (b.work[a]?.[d] ?? -1) >= 0;
  for (let a = 0; a < b.agents.length && !timeUp(); a++) {
    for (let d = 1; d + 1 < b.dates.length; d++) {
      if (!works(a, d) || works(a, b.prev[d] ?? -1) || works(a, b.next[d] ?? -1)) continue;
      const nearBlock = (d2: number): boolean => works(a, b.prev[d2] ?? -1) || works(a, b.next[d2] ?? -1);
      const move = bestHandover(st, a, d, () => true, bestSwap(st, a, d, () => true, nearBlock));
      if (move) (apply(st, move.changes, move.priced), made++);
    }
  }
  return made;
}

/**
 * Where an agent's type changes from one working day to the next, the day's template is traded with another agent's
 * on that day, or changed outright to another template of the day where the hours' cover allows.
 */
function keepTypes(st: Search, timeUp: () => boolean): number {
  const b = st.board;
  let made = 0;
  const typeOf = (a: number, d: number): string | undefined => (d < 0 ? undefined : b.slots[b.work[a]?.[d] ?? -1]?.shift);
  const daySlots = new Map<number, number[]>();
  b.slots.forEach((s, i) => {
    const d = b.dates.indexOf(s.date);
    daySlots.set(d, [...(daySlots.get(d) ?? []), i]);
  });
  for (let a = 0; a < b.agents.length && !timeUp(); a++) {
    for (let d = b.lockedThrough + 1; d < b.dates.length; d++) {
      const own = typeOf(a, d);
      const [before, after] = [typeOf(a, b.prev[d] ?? -1), typeOf(a, b.next[d] ?? -1)];
      if (own === undefined || ((before === undefined || before === own) && (after === undefined || after === own))) continue;
      const sa = b.work[a]?.[d] ?? -1;
      let best: Move | undefined;
      // The type changes a new template on a day makes, known from the neighbours alone: a cheap bar before the board.
      const turns = (p: number, s: number): number => {
        const type = b.slots[s]?.shift;
        const [x, y] = [typeOf(p, b.prev[d] ?? -1), typeOf(p, b.next[d] ?? -1)];
        return (x !== undefined && x !== type ? 1 : 0) + (y !== undefined && y !== type ? 1 : 0);
      };
      const consider = (changes: Change[], contract: number, turned: number): void => {
        if (contract + turned * st.shiftType >= (best?.priced.delta ?? 0)) return;
        const priced = price(st, changes, best?.priced.delta);
        if (priced) best = { changes, priced };
      };
      for (const s of daySlots.get(d) ?? []) {
        if (s === sa || (b.slots[s]?.shift !== before && b.slots[s]?.shift !== after)) continue;
        consider([{ a, d, s }], costOf(b, a, s) - costOf(b, a, sa), turns(a, s) - turns(a, sa));
      }
      for (let p = 0; p < b.agents.length; p++) {
        const sp = b.work[p]?.[d] ?? -1;
        if (p === a || sp < 0 || sp === sa || (b.slots[sp]?.shift !== before && b.slots[sp]?.shift !== after)) continue;
        const contract = costOf(b, a, sp) - costOf(b, a, sa) + costOf(b, p, sa) - costOf(b, p, sp);
        consider([{ a, d, s: sp }, { a: p, d, s: sa }], contract, turns(a, sp) - turns(a, sa) + turns(p, sa) - turns(p, sp));
      }
      // This day and the next both moved to a third type: an early then an evening become two days where only the day
      // shift covers both days' hours, which no one-day change reaches.
      const dn = b.next[d] ?? -1;
      const sn = dn >= 0 ? (b.work[a]?.[dn] ?? -1) : -1;
      if (sn >= 0 && after !== own) {
        const y = typeOf(a, b.next[dn] ?? -1);
        const turnsAround = (t1: string | undefined, t2: string | undefined): number =>
          (before !== undefined && before !== t1 ? 1 : 0) + (t1 !== t2 ? 1 : 0) + (y !== undefined && y !== t2 ? 1 : 0);
        for (const s of daySlots.get(d) ?? []) {
          const type = b.slots[s]?.shift;
          if (type === own || type === after) continue;
          for (const s2 of daySlots.get(dn) ?? []) {
            if (b.slots[s2]?.shift !== type) continue;
            consider([{ a, d, s }, { a, d: dn, s: s2 }], costOf(b, a, s) - costOf(b, a, sa) + costOf(b, a, s2) - costOf(b, a, sn), turnsAround(type, type) - turnsAround(own, after));
          }
        }
      }
      if (best) (apply(st, best.changes, best.priced), made++);
    }
  }
  return made;
}
