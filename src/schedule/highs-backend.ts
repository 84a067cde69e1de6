// The HiGHS backend (WebAssembly): the only file that imports `highs`. Passes the model as sparse rows, not LP text.
import highsImport, { type Highs } from "highs";
import type { LinearModel } from "./linear.js";
import { relativeGap, type Backend, type SolveOptions, type SolveResult, type SolveStatus } from "./solver.js";

// The package's types describe a CommonJS default while Node loads its ES module: take whichever is the function.
type Loader = () => Promise<Highs>;
const imported = highsImport as unknown as Loader | { default: Loader };
const loadHighs: Loader = typeof imported === "function" ? imported : imported.default;

let runtime: Promise<Highs> | undefined;

function highs(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export const highsBackend: Backend = {
  async solve(model: LinearModel, options: SolveOptions): Promise<SolveResult> {
    const h = await highs();
    const t0 = performance.now();
    const inf = h.infinity;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const con of model.constraints) {
      for (const t of con.terms) {
        indices.push(t.v);
        values.push(t.c);
      }
      starts.push(indices.length);
    }
    const n = model.variables.length;
    const m = model.constraints.length;
    const vt = h.constants.variableType;
    const data = {
      numCols: n,
      numRows: m,
      colCost: model.variables.map((v) => v.cost),
      colLower: model.variables.map((v) => v.lower),
      colUpper: model.variables.map((v) => (Number.isFinite(v.upper) ? v.upper : inf)),
      rowLower: model.constraints.map((c) => c.min ?? -inf),
      rowUpper: model.constraints.map((c) => c.max ?? inf),
      matrix: { format: "csr" as const, numRows: m, numCols: n, starts: new Int32Array(starts), indices: new Int32Array(indices), values: new Float64Array(values) },
      integrality: Int32Array.from(model.variables, (v) => (v.type === "continuous" ? vt.continuous : vt.integer)),
    };
    const hm = h.createModel(data);
    try {
      hm.options.set({
        output_flag: false,
        time_limit: options.timeLimitSeconds,
        random_seed: options.seed ?? 1,
        mip_rel_gap: options.relativeGap ?? 1e-4,
      });
      const run = hm.run();
      const ms = h.constants.modelStatus;
      const primal = Number(hm.info.get("primal_solution_status")) === h.constants.solutionStatus.feasible;
      const seconds = (performance.now() - t0) / 1000;
      if (run.modelStatus === ms.infeasible) return empty("infeasible", seconds, "HiGHS: the model is infeasible");
      if (!primal) return empty(run.modelStatus === ms.timeLimit ? "time-limit" : "error", seconds, `HiGHS model status ${run.modelStatus}`);
      const colValue = Array.from(hm.getSolution().colValue);
      const objective = hm.getObjectiveValue();
      const bound = integerModel(model) ? Number(hm.info.get("mip_dual_bound")) : objective;
      const gap = relativeGap(objective, bound);
      let status: SolveStatus = "feasible";
      if (run.modelStatus === ms.timeLimit) status = "time-limit";
      else if (run.modelStatus === ms.optimal && gap <= 1e-6) status = "optimal";
      return { status, backend: "highs", values: colValue, objective, bound, gap, seconds };
    } finally {
      hm.dispose();
    }
  },
};

function integerModel(model: LinearModel): boolean {
  return model.variables.some((v) => v.type !== "continuous");
}

function empty(status: SolveStatus, seconds: number, message: string): SolveResult {
  return { status, backend: "highs", values: [], objective: Number.NaN, seconds, message };
}

/** Solves CPLEX LP text as HiGHS reads it from a file: lets tests prove the --export-lp output is the same model. */
export async function solveLpText(text: string, timeLimitSeconds = 30): Promise<{ status: string; objective: number }> {
  const h = await highs();
  const result = h.solve(text, { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
  return { status: result.Status, objective: result.ObjectiveValue };
}
