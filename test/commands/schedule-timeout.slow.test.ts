// A time limit too short to find any roster: nothing is written and the exit is 3 with the reason (never an empty roster).
import { existsSync, mkdtempSync } from "node:fs";
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
await writeRequirementsCsv(reqFile, seasonRequirements("2026-11-01", "2027-01-15", "Europe/Helsinki", 44, 7), []);

describe("no roster in hand", { timeout: 120_000 }, () => {
  it("schedule --time-limit 0.01 writes nothing and exits 3 with the reason", async () => {
    const out = join(dir, "roster.csv");
    const error = await scheduleCommand({ requirements: reqFile, agents: SAMPLE.agents, out, timeLimit: 0.01 }, memoryPrinter()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortfallError);
    expect((error as ShortfallError).message).toMatch(/no roster written: .*no roster found/);
    expect(existsSync(out)).toBe(false);
  });
});
