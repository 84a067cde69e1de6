// The soft rules that shape a roster a team accepts: each on a tiny instance with the others off, its cost reported by id.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/schedule/index.js";
import { summarizeRoster } from "../../src/schedule/summary.js";
import { agent, input, requirements, RULES, shiftsOf, solveChecked } from "./helpers.js";
import { BARE, plus } from "./rule-fixtures.js";

const MON = "2026-11-23";

describe("weekendSpread", { timeout: 60_000 }, () => {
  // Two weekends (5-6 and 12-13 Dec 2026), one agent needed 09-17 each weekend day; four equally cheap agents.
  const reqs = requirements("2026-12-05", "2026-12-13", (date, hour) => {
    const weekend = ["2026-12-05", "2026-12-06", "2026-12-12", "2026-12-13"].includes(date);
    return { agents: weekend && hour >= 9 && hour < 17 ? 1 : 0 };
  });
  const team = ["a", "b", "c", "d"].map((id) => agent(id));

  it("compares the most and the least loaded agent in the model only with shapeInModel (the search after the solve prices it by default)", () => {
    expect(buildModel(input(reqs, team)).variables.map((v) => v.name)).not.toContain("weekend_max");
    const names = buildModel(input(reqs, team, { rules: { ...RULES, weekendFairness: 4, shapeInModel: true } })).variables.map((v) => v.name);
    expect(names).toContain("weekend_max");
    expect(names).toContain("weekend_min");
  });

  it("gives every agent one weekend day at the same contract cost", async () => {
    const off = await solveChecked(input(reqs, team, { rules: BARE }));
    const on = await solveChecked(input(reqs, team, { rules: { ...BARE, weekendFairness: 2 } }));
    const spread = summarizeRoster(on.roster, input(reqs, team)).weekendShifts;
    expect([spread.min, spread.max]).toEqual([1, 1]);
    expect(on.check.cost.total).toBe(off.check.cost.total);
    expect(on.soft.costs.weekendSpread).toBe(0);
  });
});

describe("shiftType", { timeout: 60_000 }, () => {
  // Monday wants 09:00 (early or day covers it), Tuesday 16:00 (day or evening): equally cheap pairs, one without a change.
  const reqs = requirements(MON, plus(MON, 1), (d, h) => ({ agents: (d === MON && h === 9) || (d !== MON && h === 16) ? 1 : 0 }));

  it("keeps the same shift type on consecutive days when it costs nothing", async () => {
    const r = await solveChecked(input(reqs, [agent("ana")], { rules: { ...BARE, shiftTypeChange: 0.5 } }));
    expect(shiftsOf(r)).toEqual([`${MON} day`, `${plus(MON, 1)} day`]);
    expect(r.soft.costs.shiftType).toBe(0);
  });

  it("reports what a change it cannot avoid costs", async () => {
    const early = requirements(MON, plus(MON, 1), (d, h) => ({ agents: (d === MON && h === 7) || (d !== MON && h === 20) ? 1 : 0 }));
    const r = await solveChecked(input(early, [agent("ana")], { rules: { ...BARE, shiftTypeChange: 0.5 } }));
    expect(shiftsOf(r)).toEqual([`${MON} early`, `${plus(MON, 1)} evening`]);
    expect(r.soft.costs.shiftType).toBe(0.5 * 25);
  });
});

describe("isolatedDays", { timeout: 60_000 }, () => {
  // One agent needed Mon-Sat 10-12; two equally cheap agents could alternate days.
  const reqs = requirements(MON, plus(MON, 5), (_, h) => ({ agents: h === 10 || h === 11 ? 1 : 0 }));
  const team = [agent("ana"), agent("ben")];

  it("gives no one a lone working day when blocks cost the same", async () => {
    const r = await solveChecked(input(reqs, team, { rules: { ...BARE, isolatedDay: 2 } }));
    for (const id of ["ana", "ben"]) {
      const days = shiftsOf(r, id).map((s) => s.slice(0, 10));
      for (const d of days.filter((x) => x !== MON && x !== plus(MON, 5))) expect(days.includes(plus(d, -1)) || days.includes(plus(d, 1))).toBe(true);
    }
    expect(r.soft.costs.isolatedDays).toBe(0);
  });
});

describe("minHours", { timeout: 60_000 }, () => {
  const reqs = requirements(MON, plus(MON, 6), (_, h) => ({ agents: h === 10 ? 1 : 0 }));

  it("rosters an agent up to min_hours_per_week though one other agent could cover the need alone", async () => {
    const team = [agent("ana", "experienced", { hourlyCost: 20 }), agent("ben", "experienced", { minHoursPerWeek: 24 })];
    const off = await solveChecked(input(reqs, team, { rules: BARE }));
    expect(shiftsOf(off, "ben").length).toBeLessThan(3);
    const r = await solveChecked(input(reqs, team, { rules: { ...BARE, minHoursShort: 1.5 } }));
    expect(shiftsOf(r, "ben").length).toBeGreaterThanOrEqual(3);
    expect(r.soft.costs.minHours).toBe(0);
  });
});

describe("soft weights", () => {
  it("are in one table, priced from the config (shape rules on by default, in the model only with shapeInModel)", () => {
    const rules = { ...RULES, weekendFairness: 4, shiftTypeChange: 0.5, isolatedDay: 2, shapeInModel: true };
    const model = buildModel(input(requirements(MON, plus(MON, 6), (_, h) => ({ agents: h === 10 ? 1 : 0 })), [agent("ana"), agent("ben")], { rules }));
    expect(model.weights.weekendSpread).toBe(4 * 25);
    expect(model.weights.shiftType).toBe(0.5 * 25);
    expect(model.weights.isolatedDays).toBe(2 * 25);
    expect(model.weights.minHours).toBe(RULES.minHoursShort * 25);
    expect([RULES.weekendFairness, RULES.shiftTypeChange, RULES.isolatedDay, RULES.shapeInModel]).toEqual([1, 0.25, 0.5, false]);
    const searched = buildModel(input(requirements(MON, plus(MON, 6), (_, h) => ({ agents: h === 10 ? 1 : 0 })), [agent("ana"), agent("ben")]));
    expect([searched.weights.weekendSpread, searched.weights.shiftType, searched.weights.isolatedDays]).toEqual([0, 0, 0]);
    expect(model.weights.cover).toBe(RULES.penaltyMultiplier * 25);
  });
});
