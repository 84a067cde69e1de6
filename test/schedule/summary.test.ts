// The summary tells the truth about seniors: each short peak hour and the senior-hours missing in it, not a season total.
import { describe, expect, it } from "vitest";
import { summarizeRoster } from "../../src/schedule/summary.js";
import { agent, input, requirements } from "./helpers.js";
import { row } from "./rule-fixtures.js";

const MON = "2026-11-23";

describe("summary: seniors on the peak hours", () => {
  it("lists the peak hour short of seniors though surpluses elsewhere make the totals match", () => {
    // 10:00 wants 2 seniors, 16:00 wants 1; all three seniors work the early shift (07-15).
    const reqs = requirements(MON, MON, (_, h) => (h === 10 ? { agents: 3, seniors: 2 } : h === 16 ? { agents: 3, seniors: 1 } : {}));
    const seniors = ["s1", "s2", "s3"].map((id) => agent(id, "senior"));
    const p = summarizeRoster(seniors.map((s) => row(s, MON, "early")), input(reqs, seniors)).peak;
    expect([p.seniorHoursNeeded, p.seniorHoursOnShift]).toEqual([3, 3]);
    expect(p.short).toEqual([{ hour: `${MON}T16:00+02:00`, agentsNeeded: 3, seniorsNeeded: 1, seniorsOnShift: 0, seniorHoursMissing: 1 }]);
    expect(p.seniorHoursMissing).toBe(1);
  });
});
