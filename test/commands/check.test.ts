// `peakplan check`: a solved roster passes; a hand edit that breaks a hard rule ends with exit 3 and names the rule.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/commands/check.js";
import { ShortfallError } from "../../src/errors.js";
import { writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { requirements } from "../schedule/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-check-"));
const reqFile = join(dir, "requirements.csv");
const agentsFile = join(dir, "agents.csv");
await writeRequirementsCsv(reqFile, requirements("2026-11-23", "2026-11-24", (_, h) => ({ agents: h >= 9 && h < 17 ? 1 : 0 })), []);
writeFileSync(agentsFile, "id,seniority\nana,senior\nben,experienced\n");
const header = "date,agent_id,name,seniority,shift,start,end,hours,cost\n";

describe("checkCommand", { timeout: 60_000 }, () => {
  it("accepts a valid roster and prints coverage, shortfall and cost", async () => {
    const roster = join(dir, "ok.csv");
    writeFileSync(roster, `${header}2026-11-23,ana,ana,senior,day,2026-11-23T09:00+02:00,2026-11-23T17:00+02:00,8,200\n`);
    const printer = memoryPrinter();
    const report = await checkCommand({ roster, requirements: reqFile, agents: agentsFile }, printer);
    expect(report.ok).toBe(true);
    expect(report.shortfall.agentHours).toBe(8);
    expect(printer.stdout.join("\n")).toMatch(/every hard rule holds[\s\S]*Coverage 50\.0 %[\s\S]*Cost 2200/);
  });

  it("ends with exit 3 on a hand-edited roster that breaks the rest rule", async () => {
    const roster = join(dir, "edited.csv");
    writeFileSync(
      roster,
      `${header}2026-11-23,ana,ana,senior,evening,2026-11-23T14:00+02:00,2026-11-23T22:00+02:00,8,200\n2026-11-24,ana,ana,senior,early,2026-11-24T07:00+02:00,2026-11-24T15:00+02:00,8,200\n`,
    );
    const printer = memoryPrinter();
    const error = await checkCommand({ roster, requirements: reqFile, agents: agentsFile }, printer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortfallError);
    expect((error as ShortfallError).exitCode).toBe(3);
    expect(printer.stdout.join("\n")).toContain("2 rest between shifts");
    expect(readFileSync(roster, "utf8")).toContain("evening"); // check never rewrites the roster
  });
});
