// The season in weekly pieces: the seams keep every hard rule (the tail is frozen), and a small season costs what one model does.
import { describe, expect, it } from "vitest";
import { buildCalendar, sliceCalendar } from "../../src/schedule/calendar.js";
import { LOOKAHEAD_TEAM, lookaheadFor, rollingPieces, tailDays, weeklyPieces } from "../../src/schedule/pieces.js";
import { agent, input, requirements, RULES, SHIFTS, solveChecked, ZONE } from "./helpers.js";
import { plus } from "./rule-fixtures.js";

const MON = "2026-11-23";

describe("weekly pieces", { timeout: 120_000 }, () => {
  it("cuts the dates at ISO weeks and freezes the longest look-back as the tail", () => {
    const dates = Array.from({ length: 10 }, (_, i) => plus("2026-11-27", i)); // Fri to Sun of the next week
    expect(weeklyPieces(dates).map((w) => w.length)).toEqual([3, 7]);
    // 1 Nov 2026 is a Sunday: that lone day joins the first full week; the lone Monday 23 Nov joins the week before
    const season = Array.from({ length: 23 }, (_, i) => plus("2026-11-01", i));
    expect(weeklyPieces(season).map((w) => w.length)).toEqual([8, 7, 8]);
    expect(tailDays(RULES)).toBe(6);
  });

  it("looks one day past its week for a small team only, and the lookahead is never a committed day", () => {
    expect(lookaheadFor(44)).toBe(1);
    expect(lookaheadFor(LOOKAHEAD_TEAM)).toBe(1);
    expect(lookaheadFor(LOOKAHEAD_TEAM + 1)).toBe(0);
    const season = Array.from({ length: 23 }, (_, i) => plus("2026-11-01", i));
    const pieces = rollingPieces(season, lookaheadFor(44));
    expect(pieces.map((p) => p.lookahead)).toEqual([["2026-11-09"], ["2026-11-16"], []]);
  });

  it("with decompose weekly, solves three weeks in three pieces with every hard rule held across the seams, at the one-model cost", async () => {
    // Every evening and every early morning wanted: the seams tempt an evening-then-early and an eighth day in a row.
    const reqs = requirements(MON, plus(MON, 20), (_, h) => ({ agents: h === 7 || h === 20 ? 1 : 0 }));
    const team = [agent("ana", "experienced", { maxDaysPerWeek: 6 }), agent("ben", "experienced", { maxDaysPerWeek: 6 })];
    const rules = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
    const pieces = await solveChecked(input(reqs, team, { rules, decompose: "weekly" }));
    const whole = await solveChecked(input(reqs, team, { rules }));
    expect(pieces.solver.pieces).toBe(3);
    expect(whole.solver.pieces).toBe(1);
    expect(pieces.check.cost.total).toBeLessThanOrEqual(whole.check.cost.total * 1.02);
  });

  it("carries weekend loads across the pieces: with the spread rule on, the season's weekends are shared evenly", async () => {
    // One agent wanted on each weekend day of three weeks (six days) and nothing else: four agents, all equally cheap.
    const weekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
    const reqs = requirements(MON, plus(MON, 20), (date, h) => ({ agents: weekend(date) && h >= 9 && h < 17 ? 1 : 0 }));
    const team = ["ana", "ben", "cy", "dee"].map((id) => agent(id));
    // in the model (shapeInModel), so each piece prices the loads the pieces before it carried
    const rules = { ...RULES, weekendFairness: 4, shiftTypeChange: 0, isolatedDay: 0, shapeInModel: true };
    const r = await solveChecked(input(reqs, team, { rules, decompose: "weekly" }));
    expect(r.solver.pieces).toBe(3);
    const weekendDays = team.map((a) => r.roster.filter((x) => x.agentId === a.id && weekend(x.date)).length);
    expect(weekendDays.reduce((a, b) => a + b, 0)).toBe(6);
    expect(Math.max(...weekendDays) - Math.min(...weekendDays)).toBeLessThanOrEqual(1);
  });

  it("cuts a piece's calendar from the season's: the same calendar as built from the piece's rows, across the autumn DST change", () => {
    // 25 Oct 2026 falls back in Helsinki (25 hours, a repeated 03:00); standby on some hours so the day's maximum shows
    const reqs = requirements("2026-10-19", "2026-11-08", (d, h) => ({ agents: 1 + (h % 3), seniors: h % 2, standby: d.endsWith("5") && h === 9 ? 2 : 0 }));
    const season = buildCalendar(reqs, SHIFTS, ZONE);
    const tail = new Set(season.dates.slice(2, 8));
    const dates = season.dates.slice(2, 16);
    const dateOf = new Map(season.hours.map((h) => [h.key, h.date]));
    const rows = dates.flatMap((d) => reqs.filter((r) => dateOf.get(r.hourStart) === d).map((r) => (tail.has(d) ? { ...r, agents: 0, seniors: 0, standby: 0 } : r)));
    expect(sliceCalendar(season, dates, tail)).toEqual(buildCalendar(rows, SHIFTS, ZONE));
  });
});
