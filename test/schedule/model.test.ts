// The built model itself: readable names, the rows each rule adds, penalties and costs on the right variables.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/schedule/model.js";
import { agentTokens } from "../../src/schedule/model.js";
import { toLpFormat } from "../../src/schedule/lp-format.js";
import { solveLpText } from "../../src/schedule/highs-backend.js";
import { solve } from "../../src/schedule/solver.js";
import { modelSize } from "../../src/schedule/index.js";
import { agent, input, requirements } from "./helpers.js";

// Friday 2026-11-27 (Black Friday) and Saturday 2026-11-28.
const reqs = requirements("2026-11-27", "2026-11-28", (_, h) => ({ agents: h >= 7 && h < 22 ? 2 : 0, seniors: h === 12 ? 1 : 0, standby: 1 }));
const team = [agent("ana", "senior", { hourlyCost: 30 }), agent("ben"), agent("neo", "new", { availableFrom: "2026-11-27", weekends: false })];
const model = buildModel(input(reqs, team));
const names = new Set(model.variables.map((v) => v.name));

describe("buildModel", () => {
  it("names shift, on-call and shortfall variables readably", () => {
    expect(names).toContain("x_ana_20261127_early");
    expect(names).toContain("x_neo_20261127_evening");
    expect(names).toContain("oncall_ben_20261128");
    expect(names).toContain("short_cover_20261127T12");
    expect(names).toContain("short_senior_20261127T12");
    expect(names).toContain("short_standby_20261128");
  });

  it("leaves out what a rule forbids outright: weekend shifts for neo, on-call for a new hire", () => {
    expect(names).not.toContain("x_neo_20261128_day");
    expect([...names].some((n) => n.startsWith("oncall_neo"))).toBe(false);
  });

  it("adds the rows each rule needs", () => {
    const size = modelSize(model);
    // 3 shift vars + on-call for ana and ben on 2 days, 3 shifts for neo on Friday
    expect(size.binaries).toBe(2 * 2 * 4 + 3);
    expect(size.byRule.onePerDay).toBe(2 * 2 + 1);
    expect(size.byRule.rest).toBe(2); // evening Fri -> early Sat, for ana and ben
    expect(size.byRule.cover).toBe(2 * 15);
    expect(size.byRule.seniors).toBe(2);
    expect(size.byRule.standby).toBe(2);
    expect(size.byRule.pairing).toBe(15); // neo's Friday hours 07-22
    expect(size.byRule.weeklyDays).toBeUndefined(); // two days never break five
    const cover = model.constraints.find((c) => c.name === "cover_20261127T14");
    expect(cover?.terms).toHaveLength(3 * 3 + 1); // early, day and evening all span 14-15, for three agents, plus the slack
    expect(cover?.min).toBe(2);
  });

  it("prices shifts by real hours, weekends at 1.25, on-call at 2 hours, shortfall at 10 x the highest rate", () => {
    const cost = (name: string): number | undefined => model.variables.find((v) => v.name === name)?.cost;
    expect(cost("x_ben_20261127_day")).toBe(8 * 25);
    expect(cost("x_ben_20261128_day")).toBe(8 * 25 * 1.25);
    expect(cost("x_ana_20261128_day")).toBe(8 * 30 * 1.25);
    expect(cost("oncall_ana_20261128")).toBe(2 * 30);
    expect(cost("short_cover_20261127T12")).toBe(10 * 30);
    expect(model.penalty).toBe(300);
  });

  it("makes LP-safe unique tokens from any agent id", () => {
    expect(agentTokens([agent("a-1"), agent("a_1"), agent("é")])).toEqual(["a_1", "a_1_2", "_"]);
  });
});

describe("toLpFormat", () => {
  const text = toLpFormat(model);
  it("writes a CPLEX LP file with the model's names", () => {
    expect(text).toMatch(/^Minimize$/m);
    expect(text).toMatch(/^ cover_20261127T12: .* >= 2$/m);
    expect(text).toMatch(/^Binaries$/m);
    expect(text).toContain("x_ana_20261127_early");
  });

  it("is the same model: HiGHS reading the text finds the same optimum", async () => {
    const direct = await solve(model, { timeLimitSeconds: 30, relativeGap: 0, backend: "highs" });
    const fromText = await solveLpText(text);
    expect(fromText.status).toBe("Optimal");
    expect(direct.status).toBe("optimal");
    expect(fromText.objective).toBeCloseTo(direct.status === "optimal" ? direct.objective : Number.NaN, 6);
  });
});
