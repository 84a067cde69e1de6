// What a solve returned, narrowed once in each backend: a roster's values with its gap, or the reason there is none.
import type { LinearModel } from "./linear.js";

export type BackendName = "highs" | "jslp";

/** A solution in hand: optimal (proved), feasible (within the gap asked for) or time-limit (stopped by the clock). */
export type SolvedStatus = "optimal" | "feasible" | "time-limit";
/** No solution: none found in time (no-solution), proved impossible (infeasible), or the solver failed (error). */
export type FailedStatus = "no-solution" | "infeasible" | "error";
export type SolveStatus = SolvedStatus | FailedStatus;

export interface SolveOptions {
  timeLimitSeconds: number;
  /** fixed so runs repeat */
  seed?: number;
  /** stop once the incumbent is within this share of the bound (HiGHS); 0 proves optimality */
  relativeGap?: number;
  backend?: "auto" | BackendName;
  /** a known solution to start from (variable indices and values): the solver returns nothing worse (HiGHS only) */
  start?: { indices: number[]; values: number[] };
}

export interface Solved {
  status: SolvedStatus;
  backend: BackendName;
  /** value per variable index */
  values: number[];
  objective: number;
  /** best lower bound proved on the objective; equals objective when proved optimal */
  bound: number;
  /** (objective - bound) / objective; Infinity when no bound is known */
  gap: number;
  seconds: number;
}

export interface Failed {
  status: FailedStatus;
  backend: BackendName;
  /** one line a lead can read: why there is no roster */
  reason: string;
  seconds: number;
}

export type SolveOutcome = Solved | Failed;

export interface Backend {
  solve(model: LinearModel, options: SolveOptions): Promise<SolveOutcome>;
}

export function isSolved(outcome: SolveOutcome): outcome is Solved {
  return outcome.status === "optimal" || outcome.status === "feasible" || outcome.status === "time-limit";
}

/** (objective - bound) / |objective|, 0 when both are 0. */
export function relativeGap(objective: number, bound: number): number {
  if (!Number.isFinite(bound)) return Number.POSITIVE_INFINITY;
  const denominator = Math.max(Math.abs(objective), 1e-9);
  return Math.max(0, (objective - bound) / denominator);
}

/**
 * Why a roster that stopped short of its bound is not one to publish: a gap above `maxGap` (an unknown gap counts as
 * above, as no bound says how far off it may be). Undefined when the solver proved optimality or came within it.
 */
export function gapTooWide(solver: { status: SolveStatus; gap?: number }, maxGap: number): string | undefined {
  const gap = solver.gap ?? Number.POSITIVE_INFINITY;
  if (solver.status === "optimal" || gap <= maxGap) return undefined;
  const shown = Number.isFinite(gap) ? `${(gap * 100).toFixed(2)} %` : "unknown (no bound proved)";
  return `the solver stopped (${solver.status}) with a gap of ${shown} to its bound, above schedule.maxGap ${(maxGap * 100).toFixed(2)} %`;
}
