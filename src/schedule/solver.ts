// One solver interface over registered backends; the model is plain data, the answer a SolveOutcome (outcome.ts).
import type { LinearModel } from "./linear.js";
import type { Backend, BackendName, SolveOptions, SolveOutcome } from "./outcome.js";

export type { Backend, BackendName, Failed, SolveOptions, SolveOutcome, SolveStatus, Solved } from "./outcome.js";
export { isSolved, relativeGap } from "./outcome.js";

/** Backends load lazily (the WASM runtime costs memory); each module imports only outcome.ts, never this file. */
const BACKENDS: Record<BackendName, () => Promise<Backend>> = {
  highs: async () => (await import("./highs-backend.js")).highsBackend,
  jslp: async () => (await import("./jslp-backend.js")).jslpBackend,
};

/**
 * "auto" picks HiGHS for every size. Measured on seeded roster models (README): javascript-lp-solver matches HiGHS up to
 * ~370 binaries (10 agents, 2 weeks: 0.5 s vs 0.3 s) but a 15-agent, 2-week model ran past 5 minutes with its 30 s
 * timeout set, so it is not reliable even at small sizes, and its small-model edge is a few milliseconds.
 * It stays selectable (`schedule.solver: "jslp"`) and the tests run the tiny rule instances through both.
 */
export function chooseBackend(_model: LinearModel, preference: SolveOptions["backend"] = "auto"): BackendName {
  return preference === "jslp" ? "jslp" : "highs";
}

export async function solve(model: LinearModel, options: SolveOptions): Promise<SolveOutcome> {
  const name = chooseBackend(model, options.backend);
  const backend = await BACKENDS[name]();
  try {
    return await backend.solve(model, options);
  } catch (error) {
    // The WASM runtime aborts on out-of-memory; say so instead of crashing the command.
    return { status: "error", backend: name, reason: `${name} failed: ${error instanceof Error ? error.message : String(error)}`, seconds: 0 };
  }
}
