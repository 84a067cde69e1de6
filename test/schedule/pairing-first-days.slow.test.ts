// Rule 6b in the model where it takes a solve of several days: a re-plan's published first-week days count, and the
// weekly pieces carry first-week days into later pieces (pairing-first-days.test.ts holds the check's cases).
import { describe, expect, it } from "vitest";
import { agent, day, input, paired, requirements, SHAPELESS, shiftsOf, solveChecked } from "./helpers.js";

describe("rule 6b across a re-plan and weekly pieces", { timeout: 60_000 }, () => {
  it("a re-plan counts the published first-week days before the window", async () => {
    // Live Monday 23 November, published paired on the 23rd and 24th and off on the 25th (the re-plan's lead-in); the
    // window starts on the 26th and the mentor works to the 27th: 4 of 5, so the hire is not alone on 30 November or 1
    // December; published on the 25th too, 5, and they are.
    const mia = agent("mia", "experienced", { availableTo: "2026-11-27", hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-23", hourlyCost: 10 });
    const reqs = requirements("2026-11-26", "2026-12-01", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 }));
    const two = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, previous: [...paired(["2026-11-23", "2026-11-24"]), day("mia", "experienced", "2026-11-25")] }));
    expect(shiftsOf(two, "neo").filter((s) => s >= "2026-11-28")).toEqual([]);
    const three = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, previous: paired(["2026-11-23", "2026-11-24", "2026-11-25"]) }));
    expect(shiftsOf(three, "neo")).toContain("2026-12-01 day");
  });

  it("weekly pieces carry the first-week days: four paired in week 48, one in week 49, alone in week 50", async () => {
    // Live Thursday 26 November (first week to 2 December); the mentor works 26-29 November and 1 December only. The
    // third piece starts its tail on 1 December: it sees the four days of November only through the carry.
    const mia = agent("mia", "experienced", { unavailable: [{ from: "2026-11-23", to: "2026-11-25" }, { from: "2026-11-30", to: "2026-11-30" }, { from: "2026-12-02", to: "2026-12-13" }], hourlyCost: 30 });
    const neo = agent("neo", "new", { availableFrom: "2026-11-26", hourlyCost: 10 });
    const reqs = requirements("2026-11-23", "2026-12-13", (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
    const r = await solveChecked(input(reqs, [mia, neo], { rules: SHAPELESS, decompose: "weekly" }));
    expect(r.solver.pieces).toBe(3);
    const neoDays = r.roster.filter((x) => x.agentId === "neo").map((x) => x.date);
    expect(neoDays.filter((d) => d <= "2026-12-02")).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-12-01"]);
    expect(neoDays.filter((d) => d >= "2026-12-07").length).toBeGreaterThan(0);
    // without the mentor on 1 December: four of five, and never alone after the first week
    const off = { ...mia, unavailable: [...(mia.unavailable ?? []), { from: "2026-12-01", to: "2026-12-01" }] };
    const short = await solveChecked(input(reqs, [off, neo], { rules: SHAPELESS, decompose: "weekly" }));
    expect(short.roster.filter((x) => x.agentId === "neo").map((x) => x.date)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
  });
});
