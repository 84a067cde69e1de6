// Hardening, round two (issue 12), item 22: a re-plan matches the previous roster's agent ids exactly. It failed before
// its fix. Two solves of three agents for a week (0.2 s of CPU once HiGHS is loaded), so `npm run test:fast` runs it.
import { describe, expect, it } from "vitest";
import { agent as teamAgent, input as solveInput, requirements as needs, solveChecked } from "../schedule/helpers.js";

describe("item 22: a previous roster's ids match exactly, and every published row dropped is listed", () => {
  it("rows published for A05 when the agents file says a05 are all in frozenDropped, none given to a05", async () => {
    const team = [teamAgent("a05", "senior"), teamAgent("ben"), teamAgent("cai")];
    const base = needs("2026-11-23", "2026-11-29", (_, h) => ({ agents: h >= 8 && h < 20 ? 1 : 0, seniors: 0 }));
    const first = await solveChecked(solveInput(base, team));
    const renamed = first.roster.map((r) => (r.agentId === "a05" ? { ...r, agentId: "A05" } : r));
    const published = renamed.filter((r) => r.agentId === "A05");
    expect(published.length).toBeGreaterThan(1);
    const again = await solveChecked(solveInput(base, team, { previous: renamed, freezeUntil: "2026-11-25" }));
    expect(again.frozenDropped.filter((r) => r.agentId === "A05")).toEqual(published);
    expect(again.roster.some((r) => r.agentId === "A05")).toBe(false);
  }, 30_000);
});
