// `peakplan schedule` and what it does with the solver's outcome: exit 3 with the roster written when it is not acceptable.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scheduleCommand, unacceptable } from "../../src/commands/schedule.js";
import { ShortfallError } from "../../src/errors.js";
import { writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { gapTooWide, rosterInHand, secondsLeft, shapeSeconds, type RosterResult } from "../../src/schedule/index.js";
import { requirements } from "../schedule/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-outcome-"));
const reqFile = join(dir, "requirements.csv");
const agentsFile = join(dir, "agents.csv");
// One agent for a week needing two all day: a shortfall no roster can avoid.
await writeRequirementsCsv(reqFile, requirements("2026-11-23", "2026-11-24", (_, h) => ({ agents: h >= 8 && h < 20 ? 2 : 0 })), []);
writeFileSync(agentsFile, "id,name,seniority,weekends,hourly_cost\nana,Ana,senior,yes,30\n");

function result(solver: Partial<RosterResult["solver"]>, shortAgentHours = 0, short: { seniorHours?: number; standbyDays?: number } = {}): RosterResult {
  return {
    solver: { status: "feasible", backend: "highs", objective: 100, seconds: 1, ...solver },
    check: { shortfall: { agentHours: shortAgentHours, seniorHours: short.seniorHours ?? 0, standbyDays: short.standbyDays ?? 0 } },
  } as unknown as RosterResult;
}
const limits = (maxShortfall: number | undefined, maxGap = 0.02, maxOnCallShortDays = 0) => ({ maxShortfall, maxGap, maxOnCallShortDays });

describe("schedule outcome", () => {
  it("writes the roster and exits 3 when the shortfall is above --max-shortfall", async () => {
    const out = join(dir, "short.csv");
    const run = scheduleCommand({ requirements: reqFile, agents: agentsFile, out, maxShortfall: 0 }, memoryPrinter());
    await expect(run).rejects.toBeInstanceOf(ShortfallError);
    await expect(scheduleCommand({ requirements: reqFile, agents: agentsFile, out, maxShortfall: 0 }, memoryPrinter())).rejects.toThrow(/above --max-shortfall 0/);
    expect(existsSync(out)).toBe(true);
  });

  it("accepts the same roster when the shortfall is within --max-shortfall", async () => {
    const r = await scheduleCommand({ requirements: reqFile, agents: agentsFile, out: join(dir, "ok.csv"), maxShortfall: 1000 }, memoryPrinter());
    expect(r.check.shortfall.agentHours).toBeGreaterThan(0);
  });

  it("without --max-shortfall, holds the roster to the config's plan.maxShortfallHours (0 by default), as plan and hire do", async () => {
    const out = join(dir, "default.csv");
    await expect(scheduleCommand({ requirements: reqFile, agents: agentsFile, out }, memoryPrinter())).rejects.toThrow(/above plan\.maxShortfallHours 0/);
    expect(existsSync(out)).toBe(true);
    const config = join(dir, "lenient.json");
    writeFileSync(config, JSON.stringify({ plan: { maxShortfallHours: 1000 } }));
    const r = await scheduleCommand({ requirements: reqFile, agents: agentsFile, config, out: join(dir, "lenient.csv") }, memoryPrinter());
    expect(r.check.shortfall.agentHours).toBeGreaterThan(0);
  });

  it("calls a gap above schedule.maxGap not acceptable, and an unknown gap too", () => {
    expect(unacceptable(result({ gap: 0.01 }), limits(undefined))).toEqual([]);
    expect(unacceptable(result({ status: "time-limit", gap: 0.05 }), limits(undefined))[0]).toMatch(/gap of 5.00 %.*maxGap 2.00 %/);
    expect(unacceptable(result({ status: "time-limit", gap: Number.POSITIVE_INFINITY }), limits(undefined))[0]).toMatch(/unknown/);
    expect(unacceptable(result({ status: "optimal", gap: 0 }), limits(5))).toEqual([]);
    expect(unacceptable(result({ status: "optimal", gap: 0 }, 6), limits(5))[0]).toMatch(/shortfall 6/);
  });

  it("calls any senior-hour missing, and on-call days unfilled above their limit, not acceptable, as plan does", () => {
    const optimal = { status: "optimal" as const, gap: 0 };
    expect(unacceptable(result(optimal, 0, { seniorHours: 7 }), limits(1000))).toEqual(["7 senior-hours are missing"]);
    expect(unacceptable(result(optimal, 0, { standbyDays: 16 }), limits(1000))[0]).toMatch(/^16 on-call days unfilled, above the limit of 0/);
    expect(unacceptable(result(optimal, 0, { standbyDays: 16 }), limits(1000, 0.02, 16))).toEqual([]);
  });

  it("exits 3 with the roster written when a senior-hour is missing (no senior in the team)", async () => {
    const reqs = join(dir, "seniors.csv");
    await writeRequirementsCsv(reqs, requirements("2026-11-23", "2026-11-24", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0, seniors: h >= 9 && h < 17 ? 1 : 0 })), []);
    const agents = join(dir, "no-senior.csv");
    writeFileSync(agents, "id,name,seniority,weekends,hourly_cost\nana,Ana,experienced,yes,30\nbo,Bo,experienced,yes,30\n");
    const out = join(dir, "no-senior-roster.csv");
    await expect(scheduleCommand({ requirements: reqs, agents, out, maxShortfall: 1000 }, memoryPrinter())).rejects.toThrow(/not acceptable: 16 senior-hours are missing/);
    expect(existsSync(out)).toBe(true);
  });

  it("gapTooWide, which plan uses too, passes optimal and a gap within maxGap, names a wider or unknown one", () => {
    expect(gapTooWide({ status: "optimal", gap: 0.5 }, 0.02)).toBeUndefined();
    expect(gapTooWide({ status: "feasible", gap: 0.02 }, 0.02)).toBeUndefined();
    expect(gapTooWide({ status: "feasible", gap: 0.021 }, 0.02)).toMatch(/2.10 %/);
    expect(gapTooWide({ status: "time-limit" }, 0.02)).toMatch(/unknown/);
  });

  it("has a roster in hand only for optimal, feasible and time-limit", () => {
    expect(["optimal", "feasible", "time-limit"].map((status) => rosterInHand(result({ status } as never)))).toEqual([true, true, true]);
    expect(["no-solution", "infeasible", "error"].map((status) => rosterInHand(result({ status } as never)))).toEqual([false, false, false]);
  });

  it("leaves the solver what is left to the deadline minus a reserve for writing", () => {
    expect(secondsLeft(10_000, 10, 0)).toBeCloseTo(9.5);
    expect(secondsLeft(10_000, 10, 9_000)).toBeCloseTo(0.5);
    expect(secondsLeft(10_000, 10, 20_000)).toBeGreaterThan(0);
  });

  it("keeps 5 % of the limit, at least 1 s, or 1 s per 10,000 agent-days (at most a quarter) for the shape search", () => {
    expect(shapeSeconds(60, 200 * 76)).toBeCloseTo(3);
    expect(shapeSeconds(5, 200 * 76)).toBeCloseTo(1.25);
    expect(shapeSeconds(5, 10)).toBe(1);
    expect(shapeSeconds(110, 1500 * 76)).toBeCloseTo(11.4);
    expect(shapeSeconds(20, 1500 * 76)).toBe(5);
  });
});
