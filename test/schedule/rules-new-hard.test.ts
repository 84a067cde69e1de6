// The hard rules a team recognises: days in a row, weekly rest, time off. For each, a roster breaking only that rule is
// caught by check, and the solver, on an instance where the cheapest roster would break it, never produces one.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/schedule/model.js";
import { agent, input, requirements, shiftsOf, solveChecked } from "./helpers.js";
import { BARE, broken, plus, row } from "./rule-fixtures.js";

// Monday 2026-11-23 onwards.
const MON = "2026-11-23";
const tireless = agent("ana", "experienced", { maxDaysPerWeek: 7, maxHoursPerWeek: 80 });

describe("maxConsecutiveDays", { timeout: 60_000 }, () => {
  const rules = { ...BARE, maxConsecutiveDays: 3 };
  const reqs = requirements(MON, plus(MON, 9), (_, h) => ({ agents: h === 10 ? 1 : 0 }));

  it("check catches a fourth day in a row, and only that", () => {
    const rows = [0, 1, 2, 3].map((i) => row(tireless, plus(MON, i), "day"));
    expect(broken(rows, reqs, [tireless], rules)).toEqual(["maxConsecutiveDays"]);
    expect(broken(rows.slice(0, 3), reqs, [tireless], rules)).toEqual([]);
  });

  it("the solver leaves a day off after three, though every day wants the agent", async () => {
    const r = await solveChecked(input(reqs, [tireless], { rules }));
    const days = shiftsOf(r).map((s) => s.slice(0, 10));
    expect(days.length).toBeGreaterThanOrEqual(7); // 10 days, at most 3 of each 4 in a row
    for (let i = 0; i + 3 < 10; i++) expect([0, 1, 2, 3].filter((k) => days.includes(plus(MON, i + k))).length).toBeLessThanOrEqual(3);
  });
});

describe("weeklyRest", { timeout: 60_000 }, () => {
  const rules = { ...BARE, weeklyRestHours: 35 };
  // Mon-Wed want the evening (20-22), Fri-Sun the early shift (07-09): the only day off, Thursday, gives 22:00 to 07:00 = 33 h.
  const reqs = requirements(MON, plus(MON, 6), (d, h) => {
    const i = [0, 1, 2, 3, 4, 5, 6].find((k) => plus(MON, k) === d) ?? 0;
    return { agents: (i <= 2 && (h === 20 || h === 21)) || (i >= 4 && (h === 7 || h === 8)) ? 1 : 0 };
  });
  const pattern = [0, 1, 2].map((i) => row(tireless, plus(MON, i), "evening")).concat([4, 5, 6].map((i) => row(tireless, plus(MON, i), "early")));

  it("check catches a week whose only day off leaves 33 h, and only that", () => {
    expect(broken(pattern, reqs, [tireless], rules)).toEqual(["weeklyRest"]);
    // a day shift (09:00) on Friday makes the stretch 35 h
    expect(broken([...pattern.slice(0, 3), row(tireless, plus(MON, 4), "day"), ...pattern.slice(4)], reqs, [tireless], rules)).toEqual([]);
  });

  it("costs one row per agent-day with a short pair and no variable: only evening -> day off -> early is short at 35 h", () => {
    const model = buildModel(input(reqs, [tireless], { rules }));
    const rows = model.constraints.filter((c) => c.rule === "weeklyRest");
    // 7 days: days 2..6 have a day before and after; the evening on the day before is the only shift with a short partner.
    // Days in a row are unlimited here (BARE), so one row also asks for a day off in the 7 days.
    const short = [1, 2, 3, 4, 5].map((i) => `wrest_ana_${plus(MON, i - 1).replace(/-/g, "")}_evening`);
    expect(rows.map((c) => c.name)).toEqual(["wrestday_ana_20261123", ...short]);
    const six = buildModel(input(reqs, [tireless], { rules: { ...rules, maxConsecutiveDays: 6 } }));
    expect(six.constraints.filter((c) => c.rule === "weeklyRest").map((c) => c.name)).toEqual(short);
    const early = model.variables.findIndex((v) => v.name === `x_ana_${plus(MON, 2).replace(/-/g, "")}_early`);
    expect(rows[0]?.terms.map((t) => t.v)).toContain(early);
    expect(model.variables.some((v) => v.meta?.kind === "aux" && v.meta.rule === "weeklyRest")).toBe(false);
    // at 33 h nothing is short, so nothing is added
    expect(buildModel(input(reqs, [tireless], { rules: { ...rules, weeklyRestHours: 33, maxConsecutiveDays: 6 } })).constraints.some((c) => c.rule === "weeklyRest")).toBe(false);
  });

  it("the solver gives up a shift rather than the rest", async () => {
    const free = await solveChecked(input(reqs, [tireless], { rules: BARE }));
    expect(free.check.shortfall.agentHours).toBe(0);
    const r = await solveChecked(input(reqs, [tireless], { rules }));
    expect(r.check.shortfall.agentHours).toBe(2);
    expect(broken(r.roster, reqs, [tireless], rules)).toEqual([]);
  });
});

describe("timeOff", { timeout: 60_000 }, () => {
  const away = agent("ana", "experienced", { unavailable: [{ from: plus(MON, 1), to: plus(MON, 2) }] });
  const reqs = requirements(MON, plus(MON, 3), (_, h) => ({ agents: h === 10 ? 1 : 0 }));

  it("check catches a row on a day off, and only that", () => {
    expect(broken([row(away, plus(MON, 1), "day")], reqs, [away], BARE)).toEqual(["timeOff"]);
    expect(broken([row(away, MON, "day")], reqs, [away], BARE)).toEqual([]);
  });

  it("the solver leaves the days off empty though they want the agent", async () => {
    const r = await solveChecked(input(reqs, [away], { rules: BARE }));
    expect(shiftsOf(r).map((s) => s.slice(0, 10))).toEqual([MON, plus(MON, 3)]);
    expect(r.check.shortfall.agentHours).toBe(2);
  });

  it("drops a published row on a day off though the re-plan froze it, and reports it", async () => {
    const previous = [row(away, plus(MON, 1), "day")];
    const r = await solveChecked(input(reqs, [away], { rules: BARE, previous, freezeUntil: plus(MON, 1) }));
    expect(shiftsOf(r)).not.toContain(`${plus(MON, 1)} day`);
    expect(r.frozenDropped).toEqual(previous);
  });
});
