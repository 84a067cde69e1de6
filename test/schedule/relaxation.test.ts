// Solving a MILP from its LP relaxation (src/schedule/relaxation.ts): the same optimum where the rounding proves it,
// the full search where it does not, the caller's start kept when it is as good, infeasibility from the relaxation.
import { describe, expect, it } from "vitest";
import type { LinearModel } from "../../src/schedule/linear.js";
import { isSolved, type SolveOutcome } from "../../src/schedule/outcome.js";
import { fixIntegral, relaxed, solveByRelaxation, withBound } from "../../src/schedule/relaxation.js";
import { solve } from "../../src/schedule/solver.js";

const bin = (name: string, cost: number) => ({ name, type: "binary" as const, lower: 0, upper: 1, cost });

/** Three people, two hours each needing one of them; a covers both hours, b and c one each: a alone is cheapest. */
const COVER: LinearModel = {
  name: "cover",
  variables: [bin("a", 3), bin("b", 2), bin("c", 2)],
  constraints: [
    { name: "h1", rule: "cover", terms: [{ v: 0, c: 1 }, { v: 1, c: 1 }], min: 1 },
    { name: "h2", rule: "cover", terms: [{ v: 0, c: 1 }, { v: 2, c: 1 }], min: 1 },
  ],
};

/** min -x - y with x + y <= 1.5: the LP takes 1.5, the best whole answer is 1, so rounding alone proves nothing. */
const HALF: LinearModel = {
  name: "half",
  variables: [bin("x", -1), bin("y", -1)],
  constraints: [{ name: "cap", rule: "cap", terms: [{ v: 0, c: 1 }, { v: 1, c: 1 }], max: 1.5 }],
};

const solved = (o: SolveOutcome) => {
  if (!isSolved(o)) throw new Error(`not solved: ${o.status} ${o.reason}`);
  return o;
};

describe("solveByRelaxation", () => {
  it("finds the optimum the full solve finds, with the LP bound as its proof", async () => {
    const full = solved(await solve(COVER, { timeLimitSeconds: 10, relativeGap: 0 }));
    const r = solved(await solveByRelaxation(COVER, { timeLimitSeconds: 10, relativeGap: 0 }));
    expect(r.objective).toBe(full.objective);
    expect(r.values.slice(0, 3).map((x) => x + 0)).toEqual([1, 0, 0]);
    expect(r.status).toBe("optimal");
    expect(r.bound).toBeLessThanOrEqual(r.objective);
  });

  it("runs the full search when the rounded model is not within the gap of the LP bound", async () => {
    const r = solved(await solveByRelaxation(HALF, { timeLimitSeconds: 10, relativeGap: 0.01 }));
    expect(r.objective).toBe(-1);
    // The LP bound is -1.5; only the branch and bound proves -1.
    expect(r.bound).toBeCloseTo(-1, 6);
  });

  it("keeps the caller's start when the rounding finds nothing cheaper (a re-plan keeps its roster)", async () => {
    // Two equally cheap people for one hour: the start names b, and b stays.
    const tie: LinearModel = { name: "tie", variables: [bin("a", 1), bin("b", 1)], constraints: [{ name: "h", rule: "cover", terms: [{ v: 0, c: 1 }, { v: 1, c: 1 }], min: 1 }] };
    for (const start of [[0, 1], [1, 0]]) {
      const r = solved(await solveByRelaxation(tie, { timeLimitSeconds: 10, relativeGap: 0.005, start: { indices: [0, 1], values: start } }));
      expect(r.values.map((x) => x + 0)).toEqual(start);
    }
  });

  it("reports a model whose relaxation is infeasible as infeasible", async () => {
    const none: LinearModel = { ...COVER, constraints: [...COVER.constraints, { name: "nobody", rule: "cap", terms: [{ v: 0, c: 1 }, { v: 1, c: 1 }, { v: 2, c: 1 }], max: 0 }] };
    expect((await solveByRelaxation(none, { timeLimitSeconds: 10 })).status).toBe("infeasible");
  });

  it("relaxes every column and fixes only the whole LP values", () => {
    expect(relaxed(HALF).variables.map((v) => v.type)).toEqual(["continuous", "continuous"]);
    const fixed = fixIntegral(HALF, [1, 0.5]);
    expect(fixed.variables.map((v) => [v.lower, v.upper])).toEqual([[1, 1], [0, 1]]);
    expect(fixed.variables.map((v) => v.type)).toEqual(["binary", "binary"]);
  });

  it("keeps the LP bound when a full search out of time reports a weaker one (or none)", () => {
    const stopped = { status: "time-limit" as const, backend: "highs" as const, values: [], objective: 100, bound: 88, gap: 0.12, seconds: 1 };
    expect(withBound(stopped, 99.9)).toMatchObject({ bound: 99.9, status: "time-limit" });
    expect((withBound(stopped, 99.9) as typeof stopped).gap).toBeCloseTo(0.001, 9);
    expect(withBound({ ...stopped, bound: Number.NEGATIVE_INFINITY, gap: Number.POSITIVE_INFINITY }, 99.9)).toMatchObject({ bound: 99.9 });
    // a stronger bound of the search's own stays, and no bound passes the roster's cost
    expect(withBound({ ...stopped, bound: 99.95, gap: 0.0005 }, 99.9)).toMatchObject({ bound: 99.95 });
    expect(withBound(stopped, 120)).toMatchObject({ bound: 100, gap: 0 });
  });

  it("fixes, in the start's neighbourhood, only the whole LP values the start agrees with", () => {
    const three: LinearModel = { ...COVER };
    const start = new Map([[0, 1], [1, 1], [2, 0]]);
    const fixed = fixIntegral(three, [1, 0, 0], (j, whole) => start.get(j) === whole);
    // a: LP 1, start 1 -> fixed at 1; b: LP 0, start 1 -> free; c: LP 0, start 0 -> fixed at 0
    expect(fixed.variables.map((v) => [v.lower, v.upper])).toEqual([[1, 1], [0, 1], [0, 0]]);
  });
});
