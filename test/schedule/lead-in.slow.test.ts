// A re-plan whose window starts mid-week (the history reaches into the season): the published days before the window
// count in the week's limits, the days in a row and the rests, and stay in the roster so tomorrow's re-plan sees them.
import { beforeAll, describe, expect, it } from "vitest";
import { checkRoster } from "../../src/schedule/check.js";
import { solveRoster, type RosterResult, type SolveRosterInput } from "../../src/schedule/index.js";
import type { Agent, RosterRow } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";
import { agent, input as withDefaults, requirements, RULES, solveChecked } from "./helpers.js";
import { plus, row } from "./rule-fixtures.js";

const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
const input = (reqs: RequirementRow[], agents: Agent[], extra: Partial<SolveRosterInput> = {}): SolveRosterInput => withDefaults(reqs, agents, { rules: SHAPELESS, ...extra });

const MON = "2026-11-23";
const WED = plus(MON, 2);
const SUN = plus(MON, 6);
const team = [agent("ana", "senior"), agent("ben"), agent("cai")];
// Everyone worked Monday and Tuesday, as published; from Wednesday the forecast wants all three every day.
const published: RosterRow[] = team.flatMap((a) => [row(a, MON, "day"), row(a, plus(MON, 1), "day")]);
const busy = (from: string): RequirementRow[] => requirements(from, SUN, (_, h) => ({ agents: h >= 9 && h < 17 ? 3 : 0 }));
const keys = (rows: readonly RosterRow[]): string[] => rows.map((r) => `${r.date} ${r.agentId} ${r.shift} ${r.start}`).sort();
const wholeWeek = requirements(MON, SUN, (d, h) => ({ agents: d >= WED && h >= 9 && h < 17 ? 3 : 0 }));

describe("a re-plan that starts mid-week", { timeout: 120_000 }, () => {
  // Wednesday's re-plan, solved once: the first case judges it, the second re-plans Thursday from it.
  let wednesday: RosterResult;
  beforeAll(async () => {
    wednesday = await solveChecked(input(busy(WED), team, { previous: published, freezeUntil: WED }));
  }, 120_000);

  it("counts the published Monday and Tuesday: the week, as worked, keeps every hard rule", () => {
    const worked = [...published, ...wednesday.roster.filter((r) => r.date >= WED)];
    expect(checkRoster({ ...input(wholeWeek, team), roster: worked }).violations).toEqual([]);
    // five days a week: three more each at most, and the forecast wanted five
    for (const a of team) expect(wednesday.roster.filter((r) => r.agentId === a.id && r.date >= WED).length).toBeLessThanOrEqual(3);
    // the days before the window stay as published, so the next day's re-plan still sees them
    expect(keys(wednesday.roster.filter((r) => r.date < WED))).toEqual(keys(published));
    expect(wednesday.frozenDropped).toEqual([]);
  });

  it("and so does the next day's re-plan, from the roster published the day before", async () => {
    const thu = plus(WED, 1);
    const thursday = await solveChecked(input(busy(thu), team, { previous: wednesday.roster, freezeUntil: thu }));
    const worked = [...wednesday.roster.filter((r) => r.date < thu), ...thursday.roster.filter((r) => r.date >= thu)];
    expect(keys(worked.filter((r) => r.date < WED))).toEqual(keys(published));
    expect(checkRoster({ ...input(wholeWeek, team), roster: worked }).violations).toEqual([]);
  });

  it("in weekly pieces too: the lead-in is the first piece's tail", async () => {
    const to = plus(SUN, 14);
    const reqs = requirements(WED, to, (_, h) => ({ agents: h >= 9 && h < 17 ? 3 : 0 }));
    const again = await solveChecked(input(reqs, team, { previous: published, freezeUntil: WED, decompose: "weekly" }));
    expect(again.solver.pieces).toBe(3);
    const worked = [...published, ...again.roster.filter((r) => r.date >= WED)];
    const all = requirements(MON, to, (d, h) => ({ agents: d >= WED && h >= 9 && h < 17 ? 3 : 0 }));
    expect(checkRoster({ ...input(all, team), roster: worked }).violations).toEqual([]);
  });

  it("a lead-in that breaks a limit by itself (ben's days cut to one since) adds nothing to it, and check names it", async () => {
    const cut = team.map((a) => (a.id === "ben" ? { ...a, maxDaysPerWeek: 1 } : a));
    const again = await solveRoster(input(busy(WED), cut, { previous: published, freezeUntil: WED }));
    expect(["optimal", "feasible"]).toContain(again.solver.status);
    expect(again.roster.filter((r) => r.agentId === "ben" && r.date >= WED)).toEqual([]);
    expect(again.check.violations.map((v) => `${v.rule} ${v.agentId}`)).toEqual(["weeklyDays ben"]);
  });
});
