// One solver interface over the two backends; the model is plain data, the answer a status and values by variable.
import type { LinearModel } from "./linear.js";

export type SolveStatus = "optimal" | "feasible" | "time-limit" | "infeasible" | "error";
export type BackendName = "highs" | "jslp";

export interface SolveOptions {
  timeLimitSeconds: number;
  /** fixed so runs repeat */
  seed?: number;
  /** stop once the incumbent is within this share of the bound (HiGHS); 0 proves optimality */
  relativeGap?: number;
  backend?: "auto" | BackendName;
}

export interface SolveResult {
  /** optimal: proved; feasible: within the gap asked for; time-limit: stopped by the clock with a roster in hand */
  status: SolveStatus;
  backend: BackendName;
  /** value per variable index; zeros when there is no solution */
  values: number[];
  objective: number;
  /** best lower bound proved on the objective, when the backend reports one */
  bound?: number;
  /** (objective - bound) / objective */
  gap?: number;
  seconds: number;
  message?: string;
}

export interface Backend {
  solve(model: LinearModel, options: SolveOptions): Promise<SolveResult>;
}

/**
 * javascript-lp-solver only for tiny models: measured, it proves small instances quickly but stalls on a
 * few hundred binaries with rest and weekly rows (see README), while HiGHS solves those in milliseconds.
 */
export const JSLP_MAX_INTEGERS = 60;

export function chooseBackend(model: LinearModel, preference: SolveOptions["backend"] = "auto"): BackendName {
  if (preference === "highs" || preference === "jslp") return preference;
  const integers = model.variables.filter((v) => v.type !== "continuous").length;
  return integers <= JSLP_MAX_INTEGERS ? "jslp" : "highs";
}

export async function solve(model: LinearModel, options: SolveOptions): Promise<SolveResult> {
  const name = chooseBackend(model, options.backend);
  const backend: Backend = name === "highs" ? (await import("./highs-backend.js")).highsBackend : (await import("./jslp-backend.js")).jslpBackend;
  return backend.solve(model, options);
}

/** (objective - bound) / |objective|, 0 when both are 0. */
export function relativeGap(objective: number, bound: number): number {
  const denominator = Math.max(Math.abs(objective), 1e-9);
  return Math.max(0, (objective - bound) / denominator);
}
