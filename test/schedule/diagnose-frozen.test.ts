// A re-plan keeps frozen days as published: when the need rose after publishing, the short day's first reason says so,
// not "agents at their limits" (the cron review: a re-plan refused with that reason for a need raised on a frozen day).
import { describe, expect, it } from "vitest";
import { agent, day, input, requirements, SHAPELESS, solveChecked } from "./helpers.js";

describe("the reason a frozen day falls short", () => {
  const reqs = requirements("2026-11-23", "2026-11-24", (_, h) => ({ agents: h >= 9 && h < 17 ? 2 : 0 }));
  const team = [agent("mia"), agent("ana")];

  it("names the freeze, and only the freeze, on a re-plan whose published day now needs more", async () => {
    const r = await solveChecked(input(reqs, team, { rules: SHAPELESS, previous: [day("mia", "experienced", "2026-11-23"), day("mia", "experienced", "2026-11-24")], freezeUntil: "2026-11-23" }));
    const monday = r.diagnosis.find((d) => d.date === "2026-11-23");
    expect(monday?.reasons).toEqual(["frozen as published (up to 2026-11-23): kept as published, so re-planning cannot fill it (a row dropped from it is listed in frozenDropped)"]);
    expect(r.diagnosis.find((d) => d.date === "2026-11-24")).toBeUndefined();
  });

  it("says nothing of a freeze on a first plan", async () => {
    const r = await solveChecked(input(reqs, [agent("mia")], { rules: SHAPELESS, freezeUntil: "2026-11-23" }));
    expect(r.diagnosis.length).toBeGreaterThan(0);
    expect(r.diagnosis.flatMap((d) => d.reasons).some((x) => x.startsWith("frozen"))).toBe(false);
  });
});
