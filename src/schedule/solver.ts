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
 * "auto" picks HiGHS for every size. Measured on seeded roster models (README): javascript-lp-solver matches HiGHS up to
 * ~370 binaries (10 agents, 2 weeks: 0.5 s vs 0.3 s) but a 15-agent, 2-week model ran past 5 minutes with its 30 s
 * timeout set, so it is not reliable even at small sizes, and its small-model edge is a few milliseconds.
 * It stays selectable (`schedule.solver: "jslp"`) and the tests run the tiny rule instances through both.
 */
export function chooseBackend(_model: LinearModel, preference: SolveOptions["backend"] = "auto"): BackendName {
  return preference === "jslp" ? "jslp" : "highs";
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
