// Soft rule: weekendFairness spreads weekend shifts; off by default so the contract's cost is what is minimised.
import { describe, expect, it } from "vitest";
import { summarizeRoster } from "../../src/schedule/summary.js";
import { buildModel } from "../../src/schedule/index.js";
import { agent, input, requirements, RULES, solveChecked } from "./helpers.js";

// Two weekends (5-6 and 12-13 Dec 2026), one agent needed 09-17 each weekend day; four equally cheap agents.
const reqs = requirements("2026-12-05", "2026-12-13", (date, hour) => {
  const weekend = ["2026-12-05", "2026-12-06", "2026-12-12", "2026-12-13"].includes(date);
  return { agents: weekend && hour >= 9 && hour < 17 ? 1 : 0, seniors: 0 };
});
const team = ["a", "b", "c", "d"].map((id) => agent(id));

describe("weekend fairness", () => {
  it("is off by default: no weekend_max variable, the model minimises the contract's cost alone", () => {
    const model = buildModel(input(reqs, team));
    expect(model.variables.some((v) => v.name === "weekend_max")).toBe(false);
  });

  it("when on, no agent works more weekend shifts than an even spread needs, at the same roster cost", async () => {
    const off = await solveChecked(input(reqs, team));
    const on = await solveChecked(input(reqs, team, { rules: { ...RULES, weekendFairness: 1 } }));
    const spread = summarizeRoster(on.roster, input(reqs, team)).weekendShifts;
    expect(spread.max).toBe(1);
    expect(on.check.cost.total).toBe(off.check.cost.total);
    expect(buildModel(input(reqs, team, { rules: { ...RULES, weekendFairness: 1 } })).constraints.filter((c) => c.rule === "weekendFairness")).toHaveLength(4);
  });
});
