// A re-plan solved in weekly pieces lists as dropped only the frozen rows really dropped, whatever piece holds them.
import { beforeAll, describe, expect, it } from "vitest";
import type { RosterResult, SolveRosterInput } from "../../src/schedule/index.js";
import type { Agent } from "../../src/schedule/types.js";
import type { RequirementRow } from "../../src/staff/types.js";
import { agent, input as withDefaults, requirements, RULES, solveChecked } from "./helpers.js";

const SHAPELESS = { ...RULES, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0 };
const input = (reqs: RequirementRow[], agents: Agent[], extra: Partial<SolveRosterInput> = {}): SolveRosterInput =>
  withDefaults(reqs, agents, { rules: SHAPELESS, decompose: "weekly", ...extra });

// Three ISO weeks, Monday 2026-11-23 to Sunday 2026-12-13: three pieces; the freeze reaches into the second.
const team = [agent("ana", "senior"), agent("ben"), agent("cai")];
const reqs = requirements("2026-11-23", "2026-12-13", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0, seniors: h === 12 ? 1 : 0 }));
const FREEZE = "2026-12-06";

describe("frozen rows in a re-plan solved in weekly pieces", { timeout: 60_000 }, () => {
  // The published roster, solved once for both re-plans; its rows are frozen, so a re-plan that wrote into the roster it
  // was handed would throw instead of changing what the other case starts from.
  let first: RosterResult;
  beforeAll(async () => {
    first = await solveChecked(input(reqs, team));
    for (const row of first.roster) Object.freeze(row);
    Object.freeze(first.roster);
  }, 60_000);

  it("drops none when nothing changed, though the freeze reaches past the first piece", async () => {
    expect(first.solver.pieces).toBe(3);
    const again = await solveChecked(input(reqs, team, { previous: first.roster, freezeUntil: FREEZE }));
    expect(again.frozenDropped).toEqual([]);
    const upTo = (rows: typeof first.roster): string[] => rows.filter((r) => r.date <= FREEZE).map((r) => `${r.date} ${r.agentId} ${r.shift} ${r.start}`);
    expect(upTo(again.roster)).toEqual(upTo(first.roster));
  });

  it("lists a frozen row in the second piece on time off entered since, once", async () => {
    const gone = first.roster.find((r) => r.date === "2026-12-02" && r.shift !== "on-call");
    expect(gone).toBeDefined();
    const id = gone?.agentId ?? "";
    const sick = team.map((a) => (a.id === id ? { ...a, unavailable: [{ from: "2026-12-02", to: "2026-12-02" }] } : a));
    const again = await solveChecked(input(reqs, sick, { previous: first.roster, freezeUntil: FREEZE }));
    expect(again.frozenDropped.map((r) => `${r.date} ${r.agentId}`)).toEqual([`2026-12-02 ${id}`]);
    expect(again.roster.some((r) => r.agentId === id && r.date === "2026-12-02")).toBe(false);
  });
});
