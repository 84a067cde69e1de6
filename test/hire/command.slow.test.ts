// `peakplan hire` in process on a tiny team: hires.csv appended to agents.csv is the team that covers; bad input exits 2.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hireCommand } from "../../src/commands/hire.js";
import { readAgentsCsv } from "../../src/io/agents-csv.js";
import { requirementsToCsv } from "../../src/io/requirements-csv.js";
import { memoryPrinter } from "../../src/io/terminal.js";
import { main } from "../../src/main.js";
import { solveRoster } from "../../src/schedule/index.js";
import { RULES, requirements } from "../schedule/helpers.js";

const TEAM = `id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost
m1,Mentor,experienced,,,5,40,no,no,27
`;

function setup(): { dir: string; args: { config: string; requirements: string; agents: string; out: string; today: string } } {
  const dir = mkdtempSync(join(tmpdir(), "peakplan-hire-"));
  const reqs = requirements("2026-11-02", "2026-11-22", (date, hour) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;
    return weekday && hour >= 9 && hour < 17 ? { agents: date >= "2026-11-09" ? 2 : 1 } : {};
  });
  writeFileSync(join(dir, "requirements.csv"), requirementsToCsv(reqs, []));
  writeFileSync(join(dir, "agents.csv"), TEAM);
  writeFileSync(join(dir, "config.json"), JSON.stringify({ shifts: [{ name: "day", start: "09:00", end: "17:00" }], schedule: { timeLimitSeconds: 20 } }));
  return {
    dir,
    args: { config: join(dir, "config.json"), requirements: join(dir, "requirements.csv"), agents: join(dir, "agents.csv"), out: join(dir, "hires.csv"), today: "2026-09-01" },
  };
}

describe("peakplan hire", { timeout: 120_000 }, () => {
  it("writes hires.csv that, appended to agents.csv, is the team that covers the season", async () => {
    const { dir, args } = setup();
    const printer = memoryPrinter();
    const plan = await hireCommand(args, printer);
    expect(plan.hires).toHaveLength(1);
    expect(printer.stdout.join("\n")).toMatch(/full-time .* 1 .* 2026-11-09 .* 2026-10-26 .* 2026-09-28/);
    const hires = readFileSync(args.out, "utf8").trim().split("\n");
    writeFileSync(join(dir, "team.csv"), `${TEAM}${hires.slice(1).join("\n")}\n`);
    const team = await readAgentsCsv(join(dir, "team.csv"));
    expect(team.map((a) => a.id)).toEqual(["m1", "hire-01"]);
    const { readRequirementsCsv } = await import("../../src/io/requirements-csv.js");
    const r = await solveRoster({ requirements: await readRequirementsCsv(args.requirements), agents: team, shifts: [{ name: "day", start: "09:00", end: "17:00" }], rules: RULES, timezone: "Europe/Helsinki" });
    expect(r.check.ok).toBe(true);
    expect(r.check.shortfall.agentHours).toBe(0);
  });

  it("prints JSON with the cohorts' dates", async () => {
    const { args } = setup();
    const printer = memoryPrinter();
    await hireCommand({ ...args, json: true }, printer);
    const json = JSON.parse(printer.stdout.join(""));
    expect(json.cohorts).toEqual([expect.objectContaining({ profile: "full-time", count: 1, liveFrom: "2026-11-09", recruitBy: "2026-09-28", removesAgentHours: 80 })]);
    expect(json.after.agentHours).toBe(0);
  });

  it("exits 3 when it is too late to recruit for a shortfall above the limit, and says so in the headline", async () => {
    // Recruiting from 1 November: the earliest live day (13 December) is after the season, so all 80 hours are too late.
    const { args } = setup();
    const printer = memoryPrinter();
    await expect(hireCommand({ ...args, today: "2026-11-01" }, printer)).rejects.toThrow(/80 agent-hours stay short, above the limit of 0.*80 before 2026-12-13, too late/);
    const text = printer.stdout.join("\n");
    expect(printer.stdout[1]).toBe("Too late to hire for 80 agent-hours: they fall before 2026-12-13, the earliest a hire recruited now can go live");
    expect(text).not.toContain("No hire needed");
    expect(text).not.toContain("one hire fewer");
    expect(readFileSync(args.out, "utf8").trim().split("\n")).toHaveLength(1);
    // Within a limit that allows them, the same hours are no failure.
    const lenient = await hireCommand({ ...args, today: "2026-11-01", maxShortfall: 80 }, memoryPrinter());
    expect(lenient.status).toBe("not-needed");
  });

  it("exits 3 when the hires cover what they can but the hours before the earliest live day stay above the limit", async () => {
    // Recruiting from 5 October: live from 16 November at the earliest; the second agent of 9-13 November is too late.
    const { args } = setup();
    const printer = memoryPrinter();
    await expect(hireCommand({ ...args, today: "2026-10-05" }, printer)).rejects.toThrow(/40 agent-hours stay short/);
    const text = printer.stdout.join("\n");
    expect(text).toMatch(/full-time .* 1 .* 2026-11-16/);
    expect(text).toContain("With the hires: shortfall 40 agent-hours");
    expect(text).toContain("Too late to hire for 40 agent-hours: they fall before 2026-11-16");
  });

  it("proposes no cohort with less than a first week of the season left: those hours are too late too (exit 3)", async () => {
    // Recruiting from 7 October: live from 18 November at the earliest, five days before the season's end on the 22nd.
    const { args } = setup();
    const printer = memoryPrinter();
    await expect(hireCommand({ ...args, today: "2026-10-07" }, printer)).rejects.toThrow(/80 agent-hours stay short.*80 before 2026-11-23, too late/);
    expect(printer.stdout.join("\n")).toContain("Too late to hire for 80 agent-hours: a hire recruited now goes live 2026-11-18 at the earliest, with less than a first week of the season left");
    expect(readFileSync(args.out, "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("still hires for a season shorter than a week that hires can start with", async () => {
    // Monday 16 to Friday 20 November, two agents wanted 9-17 with one on the team; recruiting from 4 October gives
    // hires live from Sunday 15 November, before the window: they work all of it.
    const { dir, args } = setup();
    const reqs = requirements("2026-11-16", "2026-11-20", (_, hour) => (hour >= 9 && hour < 17 ? { agents: 2 } : {}));
    writeFileSync(join(dir, "requirements.csv"), requirementsToCsv(reqs, []));
    const plan = await hireCommand({ ...args, today: "2026-10-04" }, memoryPrinter());
    expect(plan.hires.length).toBeGreaterThan(0);
    expect(plan.tooLateBefore).toBe(plan.earliestLive);
  });

  it.each([
    [["--latest-start", "2026-09-20"], "--latest-start"],
    [["--profile", "missing.json"], "missing.json"],
    [["--max-shortfall", "-1"], "--max-shortfall"],
  ])("exits 2 on %j and writes nothing", async (extra, named) => {
    const { args } = setup();
    const argv = ["node", "peakplan", "hire", "--config", args.config, "--requirements", args.requirements, "--agents", args.agents, "--out", args.out, "--today", args.today, ...extra];
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(argv)).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join("")).toContain(named);
    expect(existsSync(args.out)).toBe(false);
  });
  it("stops with exit 2 without --config, --requirements or --sample: the bundled sample's season no longer stands in", async () => {
    const { args } = setup();
    await expect(hireCommand({ agents: args.agents, out: args.out, today: args.today }, memoryPrinter())).rejects.toThrow(/--config: missing; expected your peakplan\.config\.json .*--sample for the bundled sample/);
    expect(existsSync(args.out)).toBe(false);
  });
  it("exits 3 when senior-hours stay missing, which no hire can fill and plan refuses", async () => {
    const { dir, args } = setup();
    // One senior-hour wanted at 10:00 on each weekday; the team has no senior, and new hires never count as one.
    const reqs = requirements("2026-11-02", "2026-11-22", (date, hour) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;
      return weekday && hour >= 9 && hour < 17 ? { agents: date >= "2026-11-09" ? 2 : 1, seniors: hour === 10 ? 1 : 0 } : {};
    });
    writeFileSync(join(dir, "requirements.csv"), requirementsToCsv(reqs, []));
    const printer = memoryPrinter();
    await expect(hireCommand(args, printer)).rejects.toThrow(/hires\.csv written \(1 hire\(s\)\), but 15 senior-hours stay missing, which only seniors can fill and plan refuses/);
    expect(printer.stdout.join("\n")).toMatch(/15 senior-hours can only be filled by seniors/);
  });
  it("exits 3 when on-call days stay unfilled above plan.maxOnCallShortDays, which no hire can hold and plan refuses", async () => {
    const { dir, args } = setup();
    // One agent on standby wanted on each weekday of the first week; the mentor is not on call and hires never are.
    const reqs = requirements("2026-11-02", "2026-11-22", (date, hour) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;
      return weekday && hour >= 9 && hour < 17 ? { agents: date >= "2026-11-09" ? 2 : 1, standby: date < "2026-11-07" ? 1 : 0 } : {};
    });
    writeFileSync(join(dir, "requirements.csv"), requirementsToCsv(reqs, []));
    const printer = memoryPrinter();
    await expect(hireCommand(args, printer)).rejects.toThrow(/hires\.csv written \(1 hire\(s\)\), but 5 on-call days stay unfilled, above plan\.maxOnCallShortDays 0, which no hire can hold/);
    expect(printer.stdout.join("\n")).toMatch(/5 on-call days/);
    // Within a limit that allows them, the same answer is no failure.
    writeFileSync(args.config, JSON.stringify({ shifts: [{ name: "day", start: "09:00", end: "17:00" }], schedule: { timeLimitSeconds: 20 }, plan: { maxOnCallShortDays: 5 } }));
    expect((await hireCommand(args, memoryPrinter())).hires).toHaveLength(1);
  });
  it("within a --max-shortfall above the gap, says no hire is needed and how short the roster stays, not that it covers", async () => {
    const { args } = setup();
    const printer = memoryPrinter();
    const plan = await hireCommand({ ...args, maxShortfall: 100 }, printer);
    expect(plan.hires).toHaveLength(0);
    expect(printer.stdout.join("\n")).toMatch(/No hire needed within --max-shortfall 100: the roster stays 80 agent-hours short\./);
    expect(printer.stdout.join("\n")).not.toMatch(/covers every hour/);
  });
});
