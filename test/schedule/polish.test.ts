// The cost-neutral pass after the solve: same-role agents trade templates on a day when it cuts shift-type changes.
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/schedule/calendar.js";
import { checkRoster } from "../../src/schedule/check.js";
import { polishShiftTypes } from "../../src/schedule/polish.js";
import { summarizeRoster } from "../../src/schedule/summary.js";
import { agent, input, requirements } from "./helpers.js";
import { BARE, plus, row } from "./rule-fixtures.js";

const MON = "2026-11-23";
const reqs = requirements(MON, plus(MON, 1), (_, h) => ({ agents: h >= 9 && h < 15 ? 2 : 0 }));
const rules = { ...BARE, shiftTypeSwaps: true };
const cal = buildCalendar(reqs, input(reqs, []).shifts, input(reqs, []).timezone);
const summary = (rows: ReturnType<typeof row>[], team: ReturnType<typeof agent>[]) => checkRoster({ ...input(reqs, team, { rules }), roster: rows });

describe("polishShiftTypes", () => {
  const ana = agent("ana", "experienced", { hourlyCost: 20 });
  const ben = agent("ben", "experienced", { hourlyCost: 30 });
  // Each swaps type overnight: two changes the pair can undo by trading Tuesday's templates.
  const zigzag = [row(ana, MON, "early"), row(ben, MON, "day"), row(ana, plus(MON, 1), "day"), row(ben, plus(MON, 1), "early")];

  it("trades templates between same-role agents on a day: no change left, same cover, cost and rules", () => {
    const out = polishShiftTypes(zigzag, input(reqs, [ana, ben], { rules }), cal);
    // each day keeps its templates and agents, only who holds which moves
    const perDay = (rows: typeof zigzag, key: "shift" | "agentId") => [MON, plus(MON, 1)].map((d) => rows.filter((r) => r.date === d).map((r) => r[key]).sort());
    expect(perDay(out, "shift")).toEqual(perDay(zigzag, "shift"));
    expect(perDay(out, "agentId")).toEqual(perDay(zigzag, "agentId"));
    expect(summarizeRoster(out, input(reqs, [ana, ben])).shape.shiftTypeChanges).toBe(0);
    const [was, now] = [summary(zigzag, [ana, ben]), summary(out, [ana, ben])];
    expect(now.violations).toEqual([]);
    expect([now.cost.total, now.coverage.coveredAgentHours]).toEqual([was.cost.total, was.coverage.coveredAgentHours]);
  });

  it("never trades across seniority, on a re-plan's published days, or when switched off", () => {
    const senior = agent("ben", "senior", { hourlyCost: 30 });
    expect(polishShiftTypes(zigzag, input(reqs, [ana, senior], { rules }), cal)).toEqual(zigzag);
    expect(polishShiftTypes(zigzag, input(reqs, [ana, ben], { rules, previous: zigzag }), cal)).toEqual(zigzag);
    expect(polishShiftTypes(zigzag, input(reqs, [ana, ben], { rules: { ...rules, shiftTypeSwaps: false } }), cal)).toEqual(zigzag);
  });
});
