// The javascript-lp-solver backend: the only file that imports it. Its loose result type is narrowed here, once.
import solverImport, { type Model as JslpModel, type SolveResult as JslpResult } from "javascript-lp-solver";
import type { LinearModel } from "./linear.js";
import type { Backend, SolveOptions, SolveOutcome } from "./outcome.js";

// Types say CommonJS module object, Node's ES import gives the solver itself: take whichever has Solve.
type Solver = { Solve(model: JslpModel): unknown };
const imported = solverImport as unknown as Solver | { default: Solver };
const solver: Solver = "Solve" in imported ? imported : imported.default;

const OBJECTIVE = "__objective";

/** The plain-data model in javascript-lp-solver's JSON form; bounds other than 0..inf become rows. */
export function toJslpModel(model: LinearModel, options: SolveOptions): JslpModel {
  const constraints: JslpModel["constraints"] = {};
  const variables: JslpModel["variables"] = {};
  const ints: Record<string, 1> = {};
  model.variables.forEach((v) => {
    variables[v.name] = { [OBJECTIVE]: v.cost };
    if (v.type !== "continuous") ints[v.name] = 1;
    const bound: { min?: number; max?: number } = {};
    if (v.lower !== 0) bound.min = v.lower;
    if (Number.isFinite(v.upper)) bound.max = v.upper;
    if (bound.min !== undefined || bound.max !== undefined) {
      constraints[`bound_${v.name}`] = bound;
      (variables[v.name] as Record<string, number>)[`bound_${v.name}`] = 1;
    }
  });
  for (const con of model.constraints) {
    const bound: { min?: number; max?: number } = {};
    if (con.min !== undefined) bound.min = con.min;
    if (con.max !== undefined) bound.max = con.max;
    constraints[con.name] = bound;
    for (const t of con.terms) {
      const row = variables[model.variables[t.v]?.name ?? ""] as Record<string, number>;
      row[con.name] = (row[con.name] ?? 0) + t.c;
    }
  }
  return {
    optimize: OBJECTIVE,
    opType: "min",
    constraints,
    variables,
    ints,
    options: { timeout: options.timeLimitSeconds * 1000, tolerance: options.relativeGap ?? 0 },
  };
}

export const jslpBackend: Backend = {
  async solve(model: LinearModel, options: SolveOptions): Promise<SolveOutcome> {
    const t0 = performance.now();
    const raw = solver.Solve(toJslpModel(model, options)) as JslpResult;
    const seconds = (performance.now() - t0) / 1000;
    const timedOut = seconds >= options.timeLimitSeconds * 0.98;
    if (!raw.feasible) {
      return timedOut
        ? { status: "no-solution", backend: "jslp", reason: `no roster found within the ${options.timeLimitSeconds} s time limit`, seconds }
        : { status: "infeasible", backend: "jslp", reason: "the rules cannot all hold together (javascript-lp-solver: infeasible)", seconds };
    }
    // Variables at zero are absent from the result.
    const values = model.variables.map((v) => {
      const x = raw[v.name];
      return typeof x === "number" ? x : 0;
    });
    const objective = typeof raw.result === "number" ? raw.result : Number.NaN;
    const proved = !timedOut && (options.relativeGap ?? 0) === 0;
    // javascript-lp-solver reports no bound: a run it did not prove has an unknown gap.
    if (proved) return { status: "optimal", backend: "jslp", values, objective, bound: objective, gap: 0, seconds };
    if (timedOut) return { status: "time-limit", backend: "jslp", values, objective, bound: Number.NEGATIVE_INFINITY, gap: Number.POSITIVE_INFINITY, seconds };
    // Its branch and bound stops within `tolerance` of its best bound, which it does not report: the gap asked for is the bound.
    const gap = options.relativeGap ?? 0;
    return { status: "feasible", backend: "jslp", values, objective, bound: objective * (1 - gap), gap, seconds };
  },
};
