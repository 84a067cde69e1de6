// One model solved in two stages: first priced without the roster-shape soft rules, then with them, warm-started.
import type { LinearModel } from "./linear.js";
import type { ScheduleModel } from "./model.js";
import { isSolved, type SolveOptions, type SolveOutcome } from "./outcome.js";
import type { SoftRuleId } from "./rules/index.js";
import { integerStart, solveByRelaxation } from "./relaxation.js";

/** The soft rules that shape the roster (not what it covers): weak in the LP bound, so the solver finds them slowly. */
const SHAPE_RULES: ReadonlySet<SoftRuleId> = new Set<SoftRuleId>(["weekendSpread", "shiftType", "isolatedDays", "minHours"]);

/** Binary values per variable index that the solver may start from (a roster it checks itself and keeps if better). */
export type StartValues = ReadonlyMap<number, number>;

/**
 * Stage one prices the same rows without the shape rules (their penalty variables cost nothing, so presolve drops their
 * rows): the cost-optimal roster comes fast. Stage two is the full objective warm-started from it, so a stop at the
 * time limit returns at least the stage-one roster and the shape rules only ever improve it. One model is built, not
 * two: building a 200-agent week costs about as much as solving it. A `start` (the previous roster or the last week
 * repeated, repaired to keep every hard row) seeds stage one, so even a piece out of time keeps a real roster.
 * Stage one gets at most half of the time and stops at a looser gap, since stage two starts over on the full objective.
 */
export async function solveStaged(model: ScheduleModel, options: SolveOptions, endsMs: number, start?: StartValues): Promise<SolveOutcome> {
  const left = (): number => Math.max(0.05, (endsMs - Date.now()) / 1000);
  const shaped = model.variables.some((v) => v.cost !== 0 && v.meta?.kind === "penalty" && SHAPE_RULES.has(v.meta.rule));
  const seed = start && start.size > 0 ? startOf(start) : undefined;
  if (!shaped) return solveByRelaxation(model, { ...options, timeLimitSeconds: left(), ...(seed ? { start: seed } : {}) });
  const bare: LinearModel = {
    ...model,
    variables: model.variables.map((v) => (v.meta?.kind === "penalty" && SHAPE_RULES.has(v.meta.rule) ? { ...v, cost: 0 } : v)),
  };
  const first = await solveByRelaxation(bare, { ...options, relativeGap: Math.max(options.relativeGap ?? 0, 0.01), timeLimitSeconds: left() / 2, ...(seed ? { start: seed } : {}) });
  if (!isSolved(first)) return solveByRelaxation(model, { ...options, timeLimitSeconds: left(), ...(seed ? { start: seed } : {}) });
  const second = await solveByRelaxation(model, { ...options, timeLimitSeconds: left(), start: integerStart(model, first.values) });
  if (isSolved(second)) return { ...second, seconds: first.seconds + second.seconds };
  // The full objective found nothing in time: the stage-one roster keeps every hard rule; its gap on the full objective is unknown.
  return { ...first, status: "time-limit", bound: Number.NEGATIVE_INFINITY, gap: Number.POSITIVE_INFINITY, seconds: first.seconds + second.seconds };
}

function startOf(start: StartValues): { indices: number[]; values: number[] } {
  return { indices: [...start.keys()], values: [...start.values()] };
}
