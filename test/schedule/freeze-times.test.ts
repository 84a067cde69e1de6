// A frozen row keeps its published start and end when its template was re-timed since; the change is listed after the freeze.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { rosterChanges } from "../../src/schedule/freeze.js";
import { solveRoster, type SolveRosterInput } from "../../src/schedule/index.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { agent, input as withDefaults, requirements, RULES, SHIFTS, solveChecked } from "./helpers.js";

const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
// Monday 2026-11-23 to Sunday 2026-11-29; one agent from 07 to 08 every day: an early shift a day.
const team = [agent("ana", "senior"), agent("ben", "senior")];
const reqs = requirements("2026-11-23", "2026-11-29", (_, h) => ({ agents: h === 7 ? 1 : 0, seniors: h === 7 ? 1 : 0 }));
const EARLIER = SHIFTS.map((s) => (s.name === "early" ? { ...s, start: "06:00", end: "14:00" } : s));
const FREEZE = "2026-11-25";
const base = (extra: Partial<SolveRosterInput> = {}): SolveRosterInput => withDefaults(reqs, team, { rules: SHAPELESS, ...extra });
const shape = (r: RosterRow): string => `${r.date} ${r.agentId} ${r.shift} ${r.start} ${r.end} ${r.hours} ${r.cost}`;

describe("a template re-timed under its old name in a re-plan", { timeout: 60_000 }, () => {
  it("keeps the frozen rows' published times, hours and cost, and lists the later re-timed rows as changes", async () => {
    const first = await solveChecked(base());
    expect(first.roster.filter((r) => r.shift === "early").length).toBe(7);
    const again = await solveChecked(base({ shifts: EARLIER, previous: first.roster, freezeUntil: FREEZE }));
    const frozen = (rows: RosterRow[]): string[] => rows.filter((r) => r.date <= FREEZE).map(shape);
    expect(frozen(again.roster)).toEqual(frozen(first.roster));
    expect(again.roster.filter((r) => r.date > FREEZE && r.shift !== "on-call").every((r) => r.start.slice(11, 16) === "06:00")).toBe(true);
    const retimed = again.changes.filter((c) => c.fromTimes === "07:00-15:00" && c.toTimes === "06:00-14:00");
    expect(retimed.length).toBeGreaterThan(0);
    expect(again.changes.every((c) => c.date > FREEZE)).toBe(true);
    expect(again.heldTimes).toEqual([{ shift: "early", published: "07:00-15:00", template: "06:00-14:00", from: "2026-11-23", to: FREEZE, rows: 3 }]);
    expect(again.frozenDropped).toEqual([]);
  });

  it("rosterChanges counts a row whose times changed under the same name", () => {
    const row: RosterRow = { date: "2026-11-26", agentId: "ana", name: "ana", seniority: "senior", shift: "early", start: "2026-11-26T07:00+02:00", end: "2026-11-26T15:00+02:00", hours: 8, cost: 200 };
    const moved = { ...row, start: "2026-11-26T06:00+02:00", end: "2026-11-26T14:00+02:00" };
    expect(rosterChanges([row], [moved])).toEqual([{ date: "2026-11-26", agentId: "ana", kind: "moved", from: "early", to: "early", fromTimes: "07:00-15:00", toTimes: "06:00-14:00" }]);
    expect(rosterChanges([row], [{ ...row }])).toEqual([]);
  });

  it("stops with exit 2 when frozen rows of one template and date were published with different times", async () => {
    const first = await solveChecked(base());
    const monday = first.roster.find((r) => r.date === "2026-11-23" && r.shift === "early") as RosterRow;
    const other = team.find((a) => a.id !== monday.agentId)?.id ?? "";
    const edited = { ...monday, agentId: other, name: other, start: "2026-11-23T08:00+02:00", end: "2026-11-23T16:00+02:00" };
    const run = solveRoster(base({ previous: [...first.roster, edited], freezeUntil: FREEZE }));
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(solveRoster(base({ previous: [...first.roster, edited], freezeUntil: FREEZE }))).rejects.toThrow(/different times \(07:00-15:00, 08:00-16:00\)/);
  });
});
