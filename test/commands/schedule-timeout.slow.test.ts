// A time limit too short for the solver: the greedy start is written (a real roster, every hard rule kept, never empty)
// and the exit is 3, since its gap to a bound is unknown.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scheduleCommand } from "../../src/commands/schedule.js";
import { ShortfallError } from "../../src/errors.js";
import { writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { SAMPLE } from "../../src/io/paths.js";
import { seasonRequirements } from "../bench/season.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-timeout-"));
const reqFile = join(dir, "requirements.csv");
// Four ISO weeks (Monday 2 to Sunday 29 November) for the sample's 44 agents: weekly pieces (over 1,000 agent-days),
// so out of time the weeks after the first keep their greedy start, as the whole season's do; the season cost the
// command twice the CPU, in building and checking 76 days. Three weeks would be one model, which a fast host may solve
// within HiGHS's minimum slice.
await writeRequirementsCsv(reqFile, seasonRequirements("2026-11-02", "2026-11-29", "Europe/Helsinki", 44, 7), []);

describe("out of time", { timeout: 120_000 }, () => {
  it("schedule --time-limit 0.01 writes the quick roster and exits 3 saying the gap is unknown", async () => {
    const out = join(dir, "roster.csv");
    const error = await scheduleCommand({ requirements: reqFile, agents: SAMPLE.agents, out, timeLimit: 0.01 }, memoryPrinter()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortfallError);
    expect((error as ShortfallError).message).toMatch(/roster written to .* but not acceptable: .*gap of unknown/);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8").trim().split("\n").length).toBeGreaterThan(500);
  });
});
