// `peakplan schedule` end to end on small files: roster.csv, LP export, calendars, terminal and JSON output, exit codes.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scheduleCommand } from "../../src/commands/schedule.js";
import { InputError } from "../../src/errors.js";
import { writeRequirementsCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { requirements } from "../schedule/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-schedule-"));
const reqFile = join(dir, "requirements.csv");
const agentsFile = join(dir, "agents.csv");
// Thu 2026-11-26 to Sun 2026-11-29, a Black-Friday bump and a weekend: four days show every output a week did, and a
// week's solve cost over twice the CPU.
await writeRequirementsCsv(
  reqFile,
  requirements("2026-11-26", "2026-11-29", (d, h) => ({ agents: h >= 8 && h < 20 ? (d === "2026-11-27" ? 3 : 1) : 0, seniors: h >= 12 && h < 14 ? 1 : 0, standby: 1 })),
  [],
);
writeFileSync(agentsFile, "id,name,seniority,available_from,weekends,hourly_cost\nana,Ana,senior,,yes,32\nben,Ben,experienced,,no,26\ncai,Cai,experienced,,yes,26\nneo,Neo,new,2026-11-27,yes,22\nola,Ola,senior,,yes,26\n");
// Five agents leave Black Friday some agent-hours and its on-call day short, with on-call rows on the other days: the
// outputs are under test here, not the limits (schedule-outcome tests them).
const maxShortfall = 1000;
const maxOnCallShort = 7;

/** One run's options: the roster, the LP model and the calendars under names of its own. */
const options = (out: string, lp: string, ics: string) => ({ requirements: reqFile, agents: agentsFile, maxShortfall, maxOnCallShort, out: join(dir, out), exportLp: join(dir, lp), icsDir: join(dir, ics) });

describe("scheduleCommand", { timeout: 60_000 }, () => {
  // The first run: its outputs are under test. The second runs the same command with --json into files of its own:
  // the determinism case compares them with the first run's, and the JSON case reads its output (one solve serves both).
  const printer = memoryPrinter();
  const jsonPrinter = memoryPrinter();
  let result: Awaited<ReturnType<typeof scheduleCommand>>;
  beforeAll(async () => {
    result = await scheduleCommand(options("roster.csv", "model.lp", "ics"), printer);
    await scheduleCommand({ ...options("b.csv", "b.lp", "ics-b"), json: true }, jsonPrinter);
  }, 60_000);

  it("writes the roster, the LP model and one calendar per agent, and reports the figures", () => {
    const out = join(dir, "roster.csv");
    expect(result.check.violations).toEqual([]);
    const csv = readFileSync(out, "utf8");
    expect(csv.split("\n")[0]).toBe("date,agent_id,name,seniority,shift,start,end,hours,cost");
    expect(csv.split("\n").length - 2).toBe(result.roster.length);
    expect(readFileSync(join(dir, "model.lp"), "utf8")).toMatch(/cover_20261127T12:/);
    const calendars = readdirSync(join(dir, "ics")).sort();
    expect(calendars).toEqual([...new Set(result.roster.map((r) => `${r.agentId}.ics`))].sort());
    expect(readFileSync(join(dir, "ics", calendars[0] ?? ""), "utf8")).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:2026112\dT\d{6}Z/);
    const text = printer.stdout.join("\n");
    expect(text).toMatch(/Total cost [\d,]+/);
    expect(text).toMatch(/Seniors on peak hours/);
    expect(text).toMatch(/Weekend shifts per agent/);
    expect(text).toMatch(/Solver highs: optimal|Solver highs: within/);
  });

  it("gives byte-identical roster, LP model and calendars on a second run", () => {
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe(readFileSync(join(dir, "roster.csv"), "utf8"));
    expect(readFileSync(join(dir, "b.lp"), "utf8")).toBe(readFileSync(join(dir, "model.lp"), "utf8"));
    expect(readFileSync(join(dir, "ics-b", "ana.ics"), "utf8")).toBe(readFileSync(join(dir, "ics", "ana.ics"), "utf8"));
  });

  it("prints JSON with status, cost and the shortfall by day with reasons", () => {
    const json = JSON.parse(jsonPrinter.stdout.join("")) as {
      solver: { status: string };
      cost: { total: number; shifts: number; onCall: number; penalties: number };
      shortfall: { byDay: Array<{ reasons: string[] }> };
    };
    expect(["optimal", "feasible"]).toContain(json.solver.status);
    // The total is its parts, and the shift part is the roster's own cost column.
    const rosterCost = readFileSync(join(dir, "b.csv"), "utf8").trimEnd().split("\n").slice(1).reduce((s, line) => s + Number(line.split(",").at(-1)), 0);
    expect(json.cost.total).toBeCloseTo(json.cost.shifts + json.cost.onCall + json.cost.penalties, 6);
    expect(json.cost.shifts + json.cost.onCall).toBeCloseTo(rosterCost, 6);
    // Every short day says why (Black Friday is short, so the loop is not empty), and on-call rows are in the cost.
    expect(json.shortfall.byDay.length).toBeGreaterThan(0);
    for (const day of json.shortfall.byDay) expect(day.reasons.length).toBeGreaterThan(0);
    expect(json.cost.onCall).toBeGreaterThan(0);
  });

  it("ends with exit 2 naming the file and line for a new agent marked on call", async () => {
    const bad = join(dir, "bad-agents.csv");
    writeFileSync(bad, "id,seniority,on_call\nana,senior,yes\nneo,new,yes\n");
    const error = await scheduleCommand({ requirements: reqFile, agents: bad, out: join(dir, "x.csv") }, memoryPrinter()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${bad}:3: on_call yes for a new agent; expected no (new agents are never on call)`);
  });

  it("ends with exit 2 when the requirements miss an hour", async () => {
    const gap = join(dir, "gap.csv");
    writeFileSync(gap, "hour_start,agents\n2026-11-23T09:00+02:00,1\n2026-11-23T11:00+02:00,1\n");
    await expect(scheduleCommand({ requirements: gap, agents: agentsFile, out: join(dir, "y.csv") }, memoryPrinter())).rejects.toThrow(/gap\.csv:3: .*1 hour\(s\) missing/);
  });
});
