// A re-plan's lead-in days are over: a lead-in date the published roster left empty (its rows ended before the window)
// must stay empty, not take shifts in the past (rule 6b once let the model bank a new hire's first-week days there).
import { describe, expect, it } from "vitest";
import { agent, day, input, requirements, SHAPELESS, solveChecked } from "./helpers.js";

describe("a re-plan's lead-in dates without published rows", () => {
  it("get no shift: the roster holds nothing before the window but what was published", async () => {
    // Published Monday 23 and Tuesday 24 November (mia alone); the window starts Sunday 29th. The new hire neo went live
    // on Wednesday 25th: 25 to 28 are in the lead-in, over, and unpublished, and only 29 November to 1 December of their
    // first week are left to work.
    const mia = agent("mia", "experienced", { hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-25", hourlyCost: 10 });
    const reqs = requirements("2026-11-29", "2026-12-06", (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
    const r = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, previous: [day("mia", "experienced", "2026-11-23"), day("mia", "experienced", "2026-11-24")] }));
    expect(r.roster.filter((row) => row.date >= "2026-11-25" && row.date < "2026-11-29").map((row) => `${row.date} ${row.agentId}`)).toEqual([]);
  });
});
