// The schedule's front door: solveRoster builds the model, solves it, reads the roster back and checks it.
import { buildCalendar } from "./calendar.js";
import { checkRoster, type CheckReport } from "./check.js";
import { diagnoseShortfall, type DayDiagnosis } from "./diagnose.js";
import { rosterChanges, type RosterChange } from "./freeze.js";
import { buildModel, type ScheduleInput, type ScheduleModel } from "./model.js";
import { rosterFromValues } from "./roster.js";
import { summarizeRoster, type RosterSummary } from "./summary.js";
import { solve, type SolveOptions, type SolveResult } from "./solver.js";
import type { RosterRow } from "./types.js";

export interface SolveRosterInput extends ScheduleInput, Partial<SolveOptions> {}

export interface ModelSize {
  variables: number;
  binaries: number;
  constraints: number;
  byRule: Record<string, number>;
}

export interface RosterResult {
  roster: RosterRow[];
  solver: Omit<SolveResult, "values">;
  check: CheckReport;
  /** seniors on the peak hours and the weekend spread */
  summary: RosterSummary;
  diagnosis: DayDiagnosis[];
  /** rows that differ from `previous` after the freeze */
  changes: RosterChange[];
  /** frozen rows of `previous` that could not be kept, and whether the freeze had to be lifted */
  frozenDropped: RosterRow[];
  freezeLifted: boolean;
  model: ModelSize;
}

export const DEFAULT_SEED = 1;
/** HiGHS stops within 0.5 % of the proven bound: inside the 1 % the issue asks for, and far faster than proving it. */
export const DEFAULT_GAP = 0.005;

export async function solveRoster(input: SolveRosterInput): Promise<RosterResult> {
  const calendar = buildCalendar(input.requirements, input.shifts, input.timezone);
  const options: SolveOptions = {
    timeLimitSeconds: input.timeLimitSeconds ?? 60,
    seed: input.seed ?? DEFAULT_SEED,
    relativeGap: input.relativeGap ?? DEFAULT_GAP,
    backend: input.backend ?? "auto",
  };
  let model = buildModel(input, calendar);
  let solved = await solve(model, options);
  let freezeLifted = false;
  if (solved.status === "infeasible" && input.freezeUntil !== undefined) {
    // Frozen rows that break a rule together (the agents file changed since) cannot all be kept: keep stability as a cost only.
    freezeLifted = true;
    model = buildModel({ ...input, freezeUntil: undefined }, calendar);
    solved = await solve(model, options);
  }
  const roster = solved.values.length > 0 ? rosterFromValues(model, solved.values) : [];
  // One calendar serves the model, the check and the summary.
  const check = checkRoster({ ...input, roster }, calendar);
  const { values: _values, ...solver } = solved;
  return {
    roster,
    solver,
    check,
    summary: summarizeRoster(roster, input, calendar),
    diagnosis: diagnoseShortfall(check.shortfall.byDay, calendar, input.agents, roster, input.rules),
    changes: input.previous ? rosterChanges(input.previous, roster, freezeLifted ? undefined : input.freezeUntil) : [],
    frozenDropped: model.freeze.dropped,
    freezeLifted,
    model: modelSize(model),
  };
}

export function modelSize(model: ScheduleModel): ModelSize {
  const byRule: Record<string, number> = {};
  for (const c of model.constraints) byRule[c.rule] = (byRule[c.rule] ?? 0) + 1;
  return {
    variables: model.variables.length,
    binaries: model.variables.filter((v) => v.type !== "continuous").length,
    constraints: model.constraints.length,
    byRule,
  };
}

export { buildModel, type ScheduleInput, type ScheduleModel } from "./model.js";
export { checkRoster, type CheckReport, type Violation } from "./check.js";
export { toLpFormat } from "./lp-format.js";
export type { RosterChange } from "./freeze.js";
