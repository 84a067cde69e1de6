// A roster MILP solved from its LP relaxation first ("relax and fix", RENS in the MIP literature: Berthold, Math.
// Prog. Comp. 6, 2014). Why: a roster model's LP bound is tight (on the 200-agent bench every weekly piece's root LP
// bound was already the optimum), so what HiGHS spends its time on is finding the integer roster that meets it, and it
// runs its rounding sub-MIP only after about a second of root cuts that never moved the bound. Here the LP is solved,
// every integer column the LP already set to a whole number is fixed there, and the small MILP left is solved; a
// roster within a tenth of the gap asked of the LP bound is proved good enough without the full search. On the
// 200-agent bench the solver's time went from about 9 s to about 3 s, and every piece ends nearer its bound.
import type { LinearModel, Variable } from "./linear.js";
import { isSolved, relativeGap, type SolveOptions, type SolveOutcome, type Solved } from "./outcome.js";
import { solve } from "./solver.js";

/** Share of the caller's relative gap the rounding must come within, and the full search after it works to. */
export const TIGHTER = 0.1;

/** Whole numbers within this of the LP value count as set by the LP. */
const WHOLE = 1e-6;

/**
 * Solves `model` (minimised) through its LP relaxation, falling back to the full solve from the best roster in hand.
 * A `start` that is as good as what the relaxation finds is kept: a re-plan on unchanged data keeps its roster.
 */
export async function solveByRelaxation(model: LinearModel, options: SolveOptions): Promise<SolveOutcome> {
  const integers = model.variables.some((v) => v.type !== "continuous");
  if (!integers || options.backend === "jslp") return solve(model, options);
  const ends = Date.now() + options.timeLimitSeconds * 1000;
  const left = (): number => Math.max(0.01, (ends - Date.now()) / 1000);
  // The rounding is accepted only well inside the gap asked for; otherwise the full search works on from it to that
  // tighter gap. Accepted at the gap itself, the bundled sample's rounded pieces left an agent-hour short that the
  // full search covers.
  const gap = TIGHTER * (options.relativeGap ?? 1e-4);
  const { start, ...plain } = options;

  const lp = await solve(relaxed(model), { ...plain, timeLimitSeconds: left() });
  // An infeasible relaxation proves the model infeasible; a relaxation out of time or failed leaves it to the full solve.
  if (lp.status === "infeasible") return lp;
  let spent = lp.seconds;
  if (!isSolved(lp) || lp.status !== "optimal") return withSeconds(await solve(model, { ...options, timeLimitSeconds: left() }), spent);
  const bound = lp.objective;

  // The caller's start by column, when it sets every integer column (a partial one only seeds the full search).
  const byColumn = start ? new Map(start.indices.map((j, k) => [j, start.values[k] ?? 0])) : undefined;
  const given = byColumn && model.variables.every((v, i) => v.type === "continuous" || byColumn.has(i)) ? byColumn : undefined;
  let best: Solved | undefined;
  if (given) {
    const kept = await solve(fixedAt(model, given), { ...plain, timeLimitSeconds: left() });
    spent += kept.seconds;
    if (isSolved(kept) && kept.status === "optimal") best = kept;
  }
  // Two neighbourhoods of the LP's answer: every integer column it set whole fixed there (RENS); then, with a start,
  // only those where the start agrees with it (RINS, Danna et al., Math. Prog. 102, 2005), which frees what the LP
  // and the start disagree on. Each model left is small (a few hundred free columns in a week of 200 agents), so it
  // is solved to optimality: at the caller's gap it stopped 0.1-0.4 % short on one piece in three.
  const neighbourhoods = [fixIntegral(model, lp.values)];
  if (given) neighbourhoods.push(fixIntegral(model, lp.values, (j, whole) => given.get(j) === whole));
  for (const fixed of neighbourhoods) {
    if (best && relativeGap(best.objective, bound) <= gap) break;
    const rounded = await solve(fixed, { ...plain, relativeGap: 0, timeLimitSeconds: left() / 2 });
    spent += rounded.seconds;
    if (isSolved(rounded) && (!best || rounded.objective < best.objective - 1e-6)) best = rounded;
  }

  if (best && relativeGap(best.objective, bound) <= gap) {
    const within = relativeGap(best.objective, bound);
    return { status: within <= 1e-6 ? "optimal" : "feasible", backend: best.backend, values: best.values, objective: best.objective, bound, gap: within, seconds: spent };
  }
  // Not proved within the gap: the full solve, from the better roster found so far (or the caller's start).
  const from = best ? integerStart(model, best.values) : start;
  return withBound(withSeconds(await solve(model, { ...plain, relativeGap: gap, timeLimitSeconds: left(), ...(from ? { start: from } : {}) }), spent), bound);
}

/**
 * The LP bound is a bound on every roster of the model: a full search the clock stopped before its own root LP (a
 * 1,500-agent week) reports a weaker one, and its gap would read 11.6 % where the LP proves 0.06 %.
 */
export function withBound(outcome: SolveOutcome, bound: number): SolveOutcome {
  if (!isSolved(outcome) || !(bound > outcome.bound)) return outcome;
  const better = Math.min(bound, outcome.objective);
  return { ...outcome, bound: better, gap: relativeGap(outcome.objective, better) };
}

/** The model with every column continuous: its optimum is a lower bound on the roster's cost. */
export function relaxed(model: LinearModel): LinearModel {
  return { ...model, variables: model.variables.map((v) => (v.type === "continuous" ? v : { ...v, type: "continuous" as const })) };
}

/**
 * The model with each integer column the LP set to a whole number fixed at that number (where `also` agrees for that
 * column and number); the rest stays free.
 */
export function fixIntegral(model: LinearModel, values: readonly number[], also: (column: number, whole: number) => boolean = () => true): LinearModel {
  return {
    ...model,
    variables: model.variables.map((v, i): Variable => {
      const x = values[i] ?? 0;
      const whole = Math.round(x);
      if (v.type === "continuous" || Math.abs(x - whole) > WHOLE || !also(i, whole)) return v;
      return { ...v, lower: whole, upper: whole };
    }),
  };
}

/** The model with the given columns fixed at the given values, relaxed: an LP that prices that roster. */
export function fixedAt(model: LinearModel, at: ReadonlyMap<number, number>): LinearModel {
  return relaxed({ ...model, variables: model.variables.map((v, i) => (at.has(i) ? { ...v, lower: at.get(i) ?? 0, upper: at.get(i) ?? 0 } : v)) });
}

/** A solution's integer columns, rounded, as a start for the solver. */
export function integerStart(model: LinearModel, values: readonly number[]): NonNullable<SolveOptions["start"]> {
  const out = { indices: [] as number[], values: [] as number[] };
  model.variables.forEach((v, i) => {
    if (v.type === "continuous") return;
    out.indices.push(i);
    out.values.push(Math.round(values[i] ?? 0));
  });
  return out;
}

function withSeconds(outcome: SolveOutcome, seconds: number): SolveOutcome {
  return { ...outcome, seconds: outcome.seconds + seconds };
}
