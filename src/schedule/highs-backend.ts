// The HiGHS backend (WebAssembly): the only file that imports `highs`. Passes the model as sparse rows, not LP text.
import highsImport, { type Highs } from "highs";
import type { LinearModel } from "./linear.js";
import { relativeGap, type Backend, type Failed, type SolveOptions, type SolveOutcome, type SolvedStatus } from "./outcome.js";

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
  async solve(model: LinearModel, options: SolveOptions): Promise<SolveOutcome> {
    let h: Highs;
    try {
      h = await highs();
    } catch (error) {
      runtime = undefined;
      throw error;
    }
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
    let hm: ReturnType<Highs["createModel"]>;
    try {
      hm = h.createModel(data);
    } catch (error) {
      // An Aborted() WASM runtime cannot be used again: the next solve loads a fresh one.
      runtime = undefined;
      throw error;
    }
    try {
      hm.options.set({
        output_flag: false,
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        random_seed: options.seed ?? 1,
        mip_rel_gap: options.relativeGap ?? 1e-4,
        // Feasibility jump is a primal heuristic for models with no feasible point in sight; every roster solve starts
        // from a repaired roster (setSolution below), so it only costs time: off, the 200-agent bench's pieces solved
        // in 14.9 s instead of 17.9 s to the same roster.
        mip_heuristic_run_feasibility_jump: false,
      });
      if (options.start && options.start.indices.length > 0) {
        // A warm start the solver checks itself; one it rejects only costs the heuristics it would have saved.
        try {
          hm.setSolution({ indices: Int32Array.from(options.start.indices), values: Float64Array.from(options.start.values) });
        } catch {
          // rejected start: solve from scratch
        }
      }
      const run = hm.run();
      const ms = h.constants.modelStatus;
      const primal = Number(hm.info.get("primal_solution_status")) === h.constants.solutionStatus.feasible;
      const seconds = (performance.now() - t0) / 1000;
      if (run.modelStatus === ms.infeasible) return failed("infeasible", seconds, "the rules cannot all hold together (HiGHS proved the model infeasible)");
      if (!primal) {
        return run.modelStatus === ms.timeLimit
          ? failed("no-solution", seconds, `no roster found in the ${options.timeLimitSeconds.toFixed(2)} s the time limit left for the solver`)
          : failed("error", seconds, `HiGHS stopped with model status ${run.modelStatus} and no roster`);
      }
      const colValue = Array.from(hm.getSolution().colValue);
      const objective = hm.getObjectiveValue();
      const dual = integerModel(model) ? Number(hm.info.get("mip_dual_bound")) : objective;
      // HiGHS reports an infinite or NaN bound when it stopped before the root LP: the gap is then unknown (Infinity).
      const bound = Number.isFinite(dual) ? Math.min(dual, objective) : Number.NEGATIVE_INFINITY;
      const gap = relativeGap(objective, bound);
      let status: SolvedStatus = "feasible";
      if (run.modelStatus === ms.timeLimit) status = "time-limit";
      else if (run.modelStatus === ms.optimal && gap <= 1e-6) status = "optimal";
      return { status, backend: "highs", values: colValue, objective, bound, gap, seconds };
    } catch (error) {
      runtime = undefined;
      throw error;
    } finally {
      try {
        hm.dispose();
      } catch {
        // a dead runtime cannot dispose; it is dropped above
      }
    }
  },
};

function integerModel(model: LinearModel): boolean {
  return model.variables.some((v) => v.type !== "continuous");
}

function failed(status: Failed["status"], seconds: number, reason: string): Failed {
  return { status, backend: "highs", reason, seconds };
}

/** Solves CPLEX LP text as HiGHS reads it from a file: lets tests prove the --export-lp output is the same model. */
export async function solveLpText(text: string, timeLimitSeconds = 30): Promise<{ status: string; objective: number }> {
  const h = await highs();
  const result = h.solve(text, { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
  return { status: result.Status, objective: result.ObjectiveValue };
}
