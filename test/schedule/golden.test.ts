// Golden models with a known optimum, solved through the solver interface by both backends, like javascript-lp-solver's own tests.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { LinearModel, VariableType } from "../../src/schedule/linear.js";
import { isSolved, solve, type BackendName } from "../../src/schedule/solver.js";

interface GoldenFile {
  name: string;
  model: {
    variables: Array<{ name: string; type: VariableType; lower: number; upper: number | null; cost: number }>;
    constraints: Array<{ name: string; terms: Record<string, number>; min?: number; max?: number }>;
  };
  expects: { status: string; objective?: number; values?: Record<string, number> };
}

const dir = join(dirname(fileURLToPath(import.meta.url)), "golden");
const goldens = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

function toModel(g: GoldenFile): LinearModel {
  const index = new Map(g.model.variables.map((v, i) => [v.name, i]));
  return {
    name: g.name,
    variables: g.model.variables.map((v) => ({ ...v, upper: v.upper ?? Infinity })),
    constraints: g.model.constraints.map((c) => ({
      name: c.name, rule: "golden", min: c.min, max: c.max,
      terms: Object.entries(c.terms).map(([name, coef]) => ({ v: index.get(name) as number, c: coef })),
    })),
  };
}

describe.each(["highs", "jslp"] as BackendName[])("golden models with %s", (backend) => {
  it("has the four golden files", () => expect(goldens).toEqual(["assignment.json", "infeasible.json", "post-office.json", "workshop.json"]));
  for (const file of goldens) {
    const golden = JSON.parse(readFileSync(join(dir, file), "utf8")) as GoldenFile;
    it(`${file}: ${golden.name}`, async () => {
      const model = toModel(golden);
      const result = await solve(model, { timeLimitSeconds: 30, relativeGap: 0, backend });
      expect(result.status).toBe(golden.expects.status);
      expect(result.backend).toBe(backend);
      if (!isSolved(result)) {
        expect(golden.expects.objective).toBeUndefined();
        return;
      }
      if (golden.expects.objective !== undefined) expect(result.objective).toBeCloseTo(golden.expects.objective, 6);
      for (const [name, value] of Object.entries(golden.expects.values ?? {})) {
        expect(result.values[model.variables.findIndex((v) => v.name === name)]).toBeCloseTo(value, 6);
      }
    });
  }
});
