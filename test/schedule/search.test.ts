// The shape search after the solve (src/schedule/search): each move kind on a tiny hand-made roster, checked by `check`.
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/schedule/calendar.js";
import { checkRoster } from "../../src/schedule/check.js";
import { searches, searchShape } from "../../src/schedule/search/search.js";
import { summarizeRoster } from "../../src/schedule/summary.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import { agent, input, requirements, RULES } from "./helpers.js";
import { plus, row } from "./rule-fixtures.js";

const MON = "2026-11-23";
const OFF = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
const FAR = Date.now() + 60_000;

/** One agent wanted 09-17 on every day from MON for `days` days. */
function daily(days: number) {
  return requirements(MON, plus(MON, days - 1), (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 }));
}

function search(roster: RosterRow[], team: Agent[], days: number, rules: typeof RULES, extra = {}) {
  const i = input(daily(days), team, { rules, ...extra });
  const out = searchShape(roster, i, buildCalendar(i.requirements, i.shifts, i.timezone), { deadlineMs: FAR, budgetShare: rules.shapeBudget });
  const before = checkRoster({ ...i, roster });
  const after = checkRoster({ ...i, roster: out.roster });
  return { out, before, after, shape: summarizeRoster(out.roster, i).shape };
}

/** Each agent's working days, by index from MON (0 = Monday), as the day template. */
function days(a: Agent, indices: number[], shift = "day"): RosterRow[] {
  return indices.map((i) => row(a, plus(MON, i), shift));
}

describe("searchShape: weekends", () => {
  // Two weeks; ana holds all four weekend days, ben only weekdays: a spread of 4.
  const [ana, ben] = [agent("ana"), agent("ben")];
  const roster = [...days(ana, [0, 1, 5, 6, 7, 8, 12, 13]), ...days(ben, [2, 3, 4, 9, 10, 11])];
  const rules = { ...OFF, weekendFairness: 1 };

  it("evens a spread weekend load by swapping days within a week, at the same cost and cover", () => {
    const { out, before, after, shape } = search(roster, [ana, ben], 14, rules);
    expect(summarizeRoster(roster, input(daily(14), [ana, ben])).shape.weekendSpread).toBe(4);
    expect(shape.weekendSpread).toBeLessThanOrEqual(1);
    expect(out.moves).toBeGreaterThan(0);
    expect(after.violations).toEqual([]);
    expect([after.cost.total, after.coverage.coveredAgentHours]).toEqual([before.cost.total, before.coverage.coveredAgentHours]);
  });

  it("never takes a senior off an hour that needs one", () => {
    // every hour 09-17 wants a senior; ana is the only senior and works the weekend
    const reqs = requirements(MON, plus(MON, 6), (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0, seniors: h >= 9 && h < 17 ? 1 : 0 }));
    const run = (b: Agent) => {
      const i = input(reqs, [ana, b].map((x, k) => (k === 0 ? agent("ana", "senior") : x)), { rules });
      const r = [...days(agent("ana", "senior"), [0, 1, 5, 6]), ...days(b, [2, 3, 4])];
      return searchShape(r, i, buildCalendar(i.requirements, i.shifts, i.timezone), { deadlineMs: FAR, budgetShare: 0.01 }).moves;
    };
    expect(run(ben)).toBe(0);
    expect(run(agent("ben", "senior"))).toBeGreaterThan(0);
  });

  it("leaves a re-plan's frozen days alone, and pays changeCost for each published row it changes", () => {
    expect(search(roster, [ana, ben], 14, rules, { previous: roster, freezeUntil: plus(MON, 13) }).out.roster).toEqual(roster);
    // a weekend day moved is 4 published rows changed: 200 at the default 50 against 75 the spread gains
    expect(search(roster, [ana, ben], 14, rules, { previous: roster }).out.moves).toBe(0);
    expect(search(roster, [ana, ben], 14, { ...rules, changeCost: 0 }, { previous: roster }).shape.weekendSpread).toBeLessThanOrEqual(1);
  });

  it("spends no more than rules.shapeBudget of the contract's cost", () => {
    const [cheap, dear] = [agent("ana", "experienced", { hourlyCost: 20 }), agent("ben", "experienced", { hourlyCost: 30 })];
    const team = [...days(cheap, [0, 1, 5, 6]), ...days(dear, [2, 3, 4])];
    expect(search(team, [cheap, dear], 7, { ...rules, shapeBudget: 0 }).out.moves).toBe(0);
    const { before, after, shape } = search(team, [cheap, dear], 7, { ...rules, weekendFairness: 4, shapeBudget: 0.05 });
    expect(shape.weekendSpread).toBeLessThan(2);
    expect(after.cost.shifts).toBeGreaterThan(before.cost.shifts);
    expect(after.cost.shifts).toBeLessThanOrEqual(before.cost.shifts * 1.05);
  });
});

describe("searchShape: isolated days", () => {
  // One week: ana works Mon, Tue and Thu, ben Wed: Thursday and Wednesday are lone days.
  const [ana, ben] = [agent("ana"), agent("ben")];
  const rules = { ...OFF, isolatedDay: 1 };

  it("joins a lone day to its block, keeping every hard rule", () => {
    const { after, shape } = search([...days(ana, [0, 1, 3]), ...days(ben, [2])], [ana, ben], 7, rules);
    expect(summarizeRoster([...days(ana, [0, 1, 3]), ...days(ben, [2])], input(daily(7), [ana, ben])).shape.isolatedDays).toBe(2);
    expect(shape.isolatedDays).toBe(0);
    expect(after.violations).toEqual([]);
  });

  it("never makes a move that would break time off or rest", () => {
    // ana is off on Wednesday, ben on Thursday: no hand-over or swap is legal.
    const offDays = [agent("ana", "experienced", { unavailable: [{ from: plus(MON, 2), to: plus(MON, 2) }] }), agent("ben", "experienced", { unavailable: [{ from: plus(MON, 3), to: plus(MON, 3) }] })];
    const roster = [...days(offDays[0] as Agent, [0, 1, 3]), ...days(offDays[1] as Agent, [2])];
    expect(search(roster, offDays, 7, rules).out.roster).toEqual(roster);
    // ana ends Tuesday at 22:00 and ben's Wednesday starts at 07:00 (9 h of rest); ben cannot work Thursday.
    const late = [row(ana, MON, "evening"), row(ana, plus(MON, 1), "evening"), row(ana, plus(MON, 3), "evening")];
    const benOff = agent("ben", "experienced", { unavailable: [{ from: plus(MON, 3), to: plus(MON, 3) }] });
    const tight = [...late, row(benOff, plus(MON, 2), "early")];
    const r = search(tight, [ana, benOff], 7, rules);
    expect(r.out.roster).toEqual(tight);
    expect(r.after.violations).toEqual([]);
    // with rest (rule 2) and weekly rest (rule 12) off, the hand-over of Wednesday to ana is made: they are the guard
    expect(search(tight, [ana, benOff], 7, { ...rules, minRestHours: 0, weeklyRestHours: 0 }).shape.isolatedDays).toBe(0);
  });
});

describe("searchShape: shift types", () => {
  it("trades templates on a day so each agent keeps one type", () => {
    const [ana, ben] = [agent("ana"), agent("ben")];
    const roster = [row(ana, MON, "early"), row(ben, MON, "day"), row(ana, plus(MON, 1), "day"), row(ben, plus(MON, 1), "early")];
    const { after, before, shape } = search(roster, [ana, ben], 2, { ...OFF, shiftTypeChange: 1 });
    expect(shape.shiftTypeChanges).toBe(0);
    expect(after.violations).toEqual([]);
    expect(after.shortfall.agentHours).toBeLessThanOrEqual(before.shortfall.agentHours);
  });

  it("moves an early then an evening to two day shifts when only the day shift covers both days", () => {
    // Monday wants 09:00 (early or day), Tuesday 16:00 (day or evening): no one-day change keeps the cover.
    const ana = agent("ana");
    const reqs = requirements(MON, plus(MON, 1), (d, h) => ({ agents: (d === MON && h === 9) || (d !== MON && h === 16) ? 1 : 0 }));
    const i = input(reqs, [ana], { rules: { ...OFF, shiftTypeChange: 1 } });
    const roster = [row(ana, MON, "early"), row(ana, plus(MON, 1), "evening")];
    const out = searchShape(roster, i, buildCalendar(i.requirements, i.shifts, i.timezone), { deadlineMs: FAR, budgetShare: 0.01 });
    expect(out.roster.map((r) => `${r.date} ${r.shift}`)).toEqual([`${MON} day`, `${plus(MON, 1)} day`]);
    expect(checkRoster({ ...i, roster: out.roster }).shortfall.agentHours).toBe(0);
  });
});

describe("searchShape: rows it cannot place", () => {
  it("keeps a row of a template no longer in the config as it is, and works around its day", () => {
    const [ana, ben] = [agent("ana"), agent("ben")];
    const odd = { ...row(ana, plus(MON, 2), "day"), shift: "night" };
    const roster = [...days(ana, [0, 1, 5, 6, 7, 8, 12, 13]), odd, ...days(ben, [3, 4, 9, 10, 11])];
    const { out } = search(roster, [ana, ben], 14, { ...OFF, weekendFairness: 1 });
    expect(out.moves).toBeGreaterThan(0);
    expect(out.roster).toContainEqual(odd);
    expect(out.roster.filter((r) => r.agentId === "ana" && r.date === plus(MON, 2))).toEqual([odd]);
  });
});

describe("whether the shape search runs (and the solver gives up seconds for it)", () => {
  it("runs when any shape weight is on, not when all three are 0", () => {
    expect(searches({ weekendSpread: 0, isolatedDays: 0, shiftType: 0 })).toBe(false);
    expect(searches({ weekendSpread: 0, isolatedDays: 0, shiftType: 9 })).toBe(true);
    expect(searches({ weekendSpread: 36, isolatedDays: 0, shiftType: 0 })).toBe(true);
  });
});
