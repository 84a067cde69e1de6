// agents.csv: defaults, and one exit-2 line per kind of bad input.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { readRosterCsv, rosterToCsv, writeRosterCsv } from "../../src/io/roster-csv.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-agents-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readAgentsCsv", () => {
  it("fills the defaults", async () => {
    const agents = await readAgentsCsv(file("ok.csv", "id,seniority,on_call\nana,senior,\nneo,new,\n"));
    expect(agents[0]).toEqual({ id: "ana", name: "ana", seniority: "senior", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, onCall: true, hourlyCost: 25 });
    expect(agents[1]?.onCall).toBe(false);
  });
  it("reads time off (dates and ranges) and min_hours_per_week", async () => {
    const agents = await readAgentsCsv(file("off.csv", "id,seniority,min_hours_per_week,unavailable\nana,senior,24,2026-12-24;2026-12-30..2027-01-02\n"));
    expect(agents[0]?.minHoursPerWeek).toBe(24);
    expect(agents[0]?.unavailable).toEqual([{ from: "2026-12-24", to: "2026-12-24" }, { from: "2026-12-30", to: "2027-01-02" }]);
  });
  it.each([
    ["unknown seniority", "id,seniority\nana,boss\n", /\.csv:2: seniority "boss"; expected senior, experienced or new/],
    ["duplicate id", "id,seniority\nana,senior\nana,new\n", /:3: id "ana" is also on line 2/],
    ["bad date", "id,seniority,available_from\nana,senior,2026-02-30\n", /:2: available_from "2026-02-30"; expected a date YYYY-MM-DD/],
    ["new on call", "id,seniority,on_call\nneo,new,yes\n", /:2: on_call yes for a new agent/],
    ["missing seniority column", "id,name\nana,Ana\n", /:1: missing column seniority/],
    ["bad yes/no", "id,seniority,weekends\nana,senior,sometimes\n", /:2: weekends "sometimes"; expected yes or no/],
    ["bad time off", "id,seniority,unavailable\nana,senior,2026-12-24..x\n", /:2: unavailable "2026-12-24..x"; expected dates YYYY-MM-DD or ranges/],
    ["time off ending before it starts", "id,seniority,unavailable\nana,senior,2026-12-24..2026-12-20\n", /:2: unavailable "2026-12-24..2026-12-20"; expected the range's end/],
    ["min hours above max hours", "id,seniority,max_hours_per_week,min_hours_per_week\nana,senior,30,35\n", /:2: min_hours_per_week "35"; expected a number from 0 to 30/],
  ])("rejects %s with exit 2", async (what, text, message) => {
    const path = file(`${what.replace(/\W/g, "-")}.csv`, text);
    const error = await readAgentsCsv(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as InputError).message).toMatch(message);
  });
});

describe("roster.csv", () => {
  const rows = [{ date: "2026-11-27", agentId: "ana", name: "Ana", seniority: "senior" as const, shift: "early", start: "2026-11-27T07:00+02:00", end: "2026-11-27T15:00+02:00", hours: 8, cost: 200 }];
  it("writes the contract's columns and reads them back", async () => {
    const path = join(dir, "roster.csv");
    await writeRosterCsv(path, rows);
    expect(rosterToCsv(rows).split("\n")[0]).toBe("date,agent_id,name,seniority,shift,start,end,hours,cost");
    expect(await readRosterCsv(path)).toEqual(rows);
  });
  it("keeps negative offsets without a formula guard", () => {
    expect(rosterToCsv([{ ...rows[0]!, start: "2026-11-27T07:00-05:00" }])).toContain(",2026-11-27T07:00-05:00,");
  });
  it("rejects a start without an offset", async () => {
    const path = file("bad-roster.csv", "date,agent_id,shift,start,end\n2026-11-27,ana,early,2026-11-27T07:00,2026-11-27T15:00+02:00\n");
    await expect(readRosterCsv(path)).rejects.toThrow(/bad-roster\.csv:2: start "2026-11-27T07:00"; expected ISO 8601/);
  });
});
