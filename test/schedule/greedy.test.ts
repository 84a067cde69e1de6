// The quick roster a piece starts from (and keeps when out of time): it holds every hard row and covers what pays.
import { describe, expect, it } from "vitest";
import { checkRoster } from "../../src/schedule/check.js";
import { greedyRoster } from "../../src/schedule/greedy.js";
import { buildModel } from "../../src/schedule/model.js";
import { rosterFromValues } from "../../src/schedule/roster.js";
import { repairStart, startRoster, startValues, startVector } from "../../src/schedule/start.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { agent, input, requirements, RULES } from "./helpers.js";
import { BARE, plus, row } from "./rule-fixtures.js";

const MON = "2026-11-23";
const team = [agent("ana", "senior"), agent("ben"), agent("cy", "new", { availableFrom: MON })];
// Early and evening both wanted every day of the week: a week of work for two, seniors on the morning.
const reqs = requirements(MON, plus(MON, 6), (_, h) => ({ agents: h >= 8 && h < 21 ? 1 : 0, seniors: h >= 8 && h < 12 ? 1 : 0 }));

function hardRowsHold(model: ReturnType<typeof buildModel>, values: readonly number[]): boolean {
  return model.constraints.every((c) => {
    if (c.terms.some((t) => model.variables[t.v]?.type === "continuous")) return true;
    const a = c.terms.reduce((s, t) => s + t.c * (values[t.v] ?? 0), 0);
    return (c.max === undefined || a <= c.max + 1e-9) && (c.min === undefined || a >= c.min - 1e-9);
  });
}

describe("greedy start", () => {
  it("covers hours from nothing, keeps every hard rule and leaves less short than an empty roster", () => {
    const i = input(reqs, team);
    const model = buildModel(i);
    const values = startVector(model, greedyRoster(model, new Map()));
    const roster = rosterFromValues(model, values);
    const check = checkRoster({ ...i, roster });
    const empty = checkRoster({ ...i, roster: [] });
    expect(check.violations).toEqual([]);
    expect(hardRowsHold(model, values)).toBe(true);
    expect(roster.length).toBeGreaterThan(5);
    expect(check.shortfall.agentHours).toBeLessThan(empty.shortfall.agentHours / 4);
    // the new hire is in their first week: only on hours an experienced or senior agent covers too
    expect(check.violations.filter((v) => v.rule === "pairing")).toEqual([]);
  });

  it("adds nothing where nothing is needed", () => {
    const model = buildModel(input(requirements(MON, plus(MON, 2), () => ({ agents: 0 })), team));
    const values = startVector(model, greedyRoster(model, new Map()));
    expect(rosterFromValues(model, values)).toEqual([]);
  });

  it("repairs a repeated week that breaks rest (evening, then early) by dropping a row, never a frozen one", () => {
    const rules = { ...RULES, weeklyRestHours: 0 };
    const i = input(reqs, [team[0] ?? agent("ana")], { rules, previous: [row(agent("ana", "senior"), MON, "evening")], freezeUntil: MON });
    const model = buildModel(i);
    // history says early on Tuesday: the week before had ana early on Tuesday
    const history = [row(agent("ana", "senior"), plus(MON, -6), "early")];
    const values = startValues(model, history);
    const v = startVector(model, values);
    expect(hardRowsHold(model, v)).toBe(true);
    const roster = rosterFromValues(model, v);
    expect(roster.find((r) => r.date === MON)?.shift).toBe("evening");
    expect(roster.find((r) => r.date === plus(MON, 1))).toBeUndefined();
  });

  it("a re-plan starts from the published roster: its rows are the start where the rules still allow them", () => {
    const ana = team[0] ?? agent("ana");
    const ben = team[1] ?? agent("ben");
    const published = [row(ana, MON, "early"), row(ben, MON, "evening"), row(ana, plus(MON, 1), "early"), row(ben, plus(MON, 1), "evening")];
    const model = buildModel(input(reqs, team, { previous: published }));
    const start = rosterFromValues(model, startVector(model, startValues(model, [], published)));
    expect(start.map((r) => `${r.date} ${r.agentId} ${r.shift}`)).toEqual(published.map((r) => `${r.date} ${r.agentId} ${r.shift}`));
  });

  it("a re-plan's start keeps a published day off: the week before is not repeated on the published dates", () => {
    // ben works one day a week, published on Monday; the week before he worked Tuesday. Repeated onto a date the
    // published roster has him off, that Tuesday broke his weekly days and the repair dropped the published Monday:
    // the start was not the published roster, and a solve stopped within its gap from it moved published rows (the
    // bundled season re-planned unchanged on 3 Dec changed shifts every night).
    const ana = agent("ana", "senior");
    const ben = agent("ben", "experienced", { maxDaysPerWeek: 1 });
    const week = requirements(MON, plus(MON, 4), (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
    const published = [0, 1, 2, 3, 4].map((k) => row(ana, plus(MON, k), "day")).concat(row(ben, MON, "day"));
    const model = buildModel(input(week, [ana, ben], { rules: BARE, previous: published }));
    const history = [row(ben, plus(MON, -6), "day")];
    const start = rosterFromValues(model, startVector(model, startRoster(model, history, published)));
    const keys = (rows: readonly RosterRow[]): string[] => rows.map((r) => `${r.date} ${r.agentId} ${r.shift}`).sort();
    expect(keys(start)).toEqual(keys(published));
  });

  it("repairStart leaves a start that already holds untouched", () => {
    const model = buildModel(input(reqs, team));
    const values = greedyRoster(model, new Map());
    const copy = new Map(values);
    repairStart(model, copy);
    expect([...copy]).toEqual([...values]);
  });
});
