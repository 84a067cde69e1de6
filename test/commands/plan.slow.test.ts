// End to end: plan twice with a changed history (frozen days kept, changes listed), exit 3 on an impossible plan,
// exit 2 on a bad config with the previous outputs untouched. Four solves in all: the first plan is the "before" of
// the determinism and replan cases, and the rerun that shows determinism also writes the calendars. The season is ten
// days: sixteen agents of near-equal pay over two weeks made a MILP HiGHS needed 3.5 s for (solved twice here), while
// what is under test is plan's files; the short-team case keeps two weeks for more short days than the ten listed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { beforeAll, describe, expect, it } from "vitest";
import { CORE_TEAM } from "../plan/team.js";
import { planCommand, type PlanOutcome } from "../../src/commands/plan.js";
import { loadConfig } from "../../src/config.js";
import { InputError, ShortfallError } from "../../src/errors.js";
import { readRequirementsCsv } from "../../src/io/requirements-csv.js";
import { readRosterCsv } from "../../src/io/roster-csv.js";
import { checkRoster } from "../../src/schedule/check.js";
import type { RosterRow } from "../../src/schedule/types.js";
import { memoryIo, memoryPrinter } from "../../src/io/terminal.js";
import { main } from "../../src/main.js";
import { renderPlanReport } from "../../src/plan/assemble.js";
import { verdict } from "../../src/plan/verdict.js";
import { sampleChunks } from "../../src/sample/generate.js";

const OUTPUTS = ["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"];

const AGENTS = `${CORE_TEAM}n1,Noora,new,2025-11-18,,5,40,yes,,22
n2,Niko,new,2025-11-18,,5,40,yes,,22
`;

const histories = new Map<number, string>();
function writeHistory(file: string, scale: number): void {
  if (!histories.has(scale)) histories.set(scale, [...sampleChunks({ seed: 7, from: "2025-09-01", to: "2025-11-15", zone: "Europe/Helsinki", scale, dirty: false })].join(""));
  writeFileSync(file, histories.get(scale) ?? "");
}

function writeConfig(dir: string, extra: Record<string, unknown> = {}): string {
  const file = join(dir, "peakplan.config.json");
  const config = {
    timezone: "Europe/Helsinki",
    history: "tickets.csv",
    agents: "agents.csv",
    season: { from: "2025-11-16", to: "2025-11-25" }, // ten days: the new hires' first week, a freeze and days after it
    seniors: { minPerHour: 1, peakShare: 0.2 },
    schedule: { timeLimitSeconds: 30 },
    plan: { outDir: "out", maxShortfallHours: 1000, freezeDays: 7 },
    ...extra,
  };
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

const snapshot = (dir: string): Record<string, string> => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, "out", f), "utf8")]));

describe("peakplan plan", () => {
  let dir: string;
  let config: string;
  let first: Record<string, string>;
  let outcome: PlanOutcome;

  /** A folder holding the first plan's published outputs and the team, and a config with the given freeze. */
  const republished = (prefix: string, freezeDays: number): { work: string; cfg: string } => {
    const work = mkdtempSync(join(tmpdir(), prefix));
    cpSync(join(dir, "out"), join(work, "out"), { recursive: true });
    writeFileSync(join(work, "agents.csv"), AGENTS);
    return { work, cfg: writeConfig(work, { plan: { outDir: "out", maxShortfallHours: 1000, maxOnCallShortDays: 1000, freezeDays } }) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peakplan-plan-"));
    writeHistory(join(dir, "tickets.csv"), 0.25);
    writeFileSync(join(dir, "agents.csv"), AGENTS);
    config = writeConfig(dir);
    outcome = await planCommand({ config, today: "2025-11-12" }, memoryPrinter());
    first = snapshot(dir);
  }, 120_000);

  it("writes the five outputs, deterministically; with --ics-dir the calendars too, and an older draft goes", async () => {
    for (const f of OUTPUTS) expect(first[f]?.length ?? 0).toBeGreaterThan(100);
    expect(existsSync(join(dir, "out", "calendars")), "no --ics-dir, no calendars").toBe(false);
    const other = mkdtempSync(join(tmpdir(), "peakplan-plan-again-"));
    writeHistory(join(other, "tickets.csv"), 0.25);
    writeFileSync(join(other, "agents.csv"), AGENTS);
    mkdirSync(join(other, "out", "draft"), { recursive: true });
    writeFileSync(join(other, "out", "draft", "roster.csv"), "stale");
    await planCommand({ config: writeConfig(other), today: "2025-11-12", icsDir: join(other, "out", "calendars") }, memoryPrinter());
    const again = snapshot(other);
    for (const f of ["forecast.csv", "requirements.csv", "roster.csv", "report.html"]) expect(again[f], f).toBe(first[f]);
    // summary.json names the history file, which lives in another folder here; nothing else may differ.
    expect(again["summary.json"]?.replaceAll(other, "<dir>")).toBe(first["summary.json"]?.replaceAll(dir, "<dir>"));
    const ics = readdirSync(join(other, "out", "calendars"));
    expect(ics.length).toBeGreaterThan(10);
    expect(ics.every((f) => f.endsWith(".ics"))).toBe(true);
    expect(readFileSync(join(other, "out", "calendars", ics[0] ?? ""), "utf8")).toContain("BEGIN:VEVENT");
    expect(existsSync(join(other, "out", "draft"))).toBe(false);
  }, 120_000);

  it("reports the verdict plan exits on: a roster refused only for its gap reads NOT ACCEPTABLE, with the reason", () => {
    expect(outcome.acceptable).toBe(true);
    expect(first["report.html"]).toContain('class="verdict good"');
    // The same roster, had the time limit run out before a bound was proved.
    const parts = { ...outcome.parts, schedule: { ...outcome.parts.schedule, solver: { ...outcome.parts.schedule.solver, status: "time-limit" as const, gap: undefined } } };
    const v = verdict(parts);
    expect(v.acceptable).toBe(false);
    expect(v.reasons).toEqual([expect.stringMatching(/^the solver stopped \(time-limit\) with a gap of unknown/)]);
    const html = renderPlanReport(parts, v);
    expect(html).toContain('class="verdict bad"');
    expect(html).not.toContain("Acceptable: this roster can be published.");
    expect(html).toContain("gap of unknown (no bound proved)");
  });

  it("keeps frozen days exactly and lists the shifts it changed after them", async () => {
    // The first plan (today 2025-11-12) is the published roster; the export then refreshes.
    // The busier season leaves some standby unfilled too; published anyway, like its agent-hours short: the freeze is under test.
    const { work, cfg } = republished("peakplan-replan-", 7);
    const before = await readRosterCsv(join(work, "out", "roster.csv"));
    writeHistory(join(work, "tickets.csv"), 0.6); // the export refreshed: a much busier season ahead
    const outcome = await planCommand({ config: cfg, freezeUntil: "2025-11-21", today: "2025-11-14" }, memoryPrinter());
    const after = await readRosterCsv(join(work, "out", "roster.csv"));
    const frozen = (rows: typeof before) => rows.filter((r) => r.date <= "2025-11-21").map((r) => JSON.stringify(r));
    expect(frozen(before).length).toBeGreaterThan(0);
    expect(frozen(after)).toEqual(frozen(before));
    const summary = JSON.parse(readFileSync(join(work, "out", "summary.json"), "utf8"));
    expect(summary.replan).not.toHaveProperty("freezeUntil"); // it moves daily; summary.json must not
    expect(summary.replan.changes.length).toBeGreaterThan(0);
    expect(summary.replan.changes.length).toBe(outcome.parts.schedule.changes.length);
    for (const change of summary.replan.changes) expect(change.date > "2025-11-21").toBe(true);
  }, 180_000);

  it("re-plans mid-season (the export reaches into the season) counting the week's published days in every rule", async () => {
    // A one-day freeze, so the days after it are free to fill; the busier export wants every agent every day.
    const { work, cfg } = republished("peakplan-midseason-", 1);
    const published = await readRosterCsv(join(work, "out", "roster.csv"));
    // The export now runs to Wednesday 19 November: the forecast, and so the roster's window, start on Thursday.
    writeFileSync(join(work, "tickets.csv"), [...sampleChunks({ seed: 7, from: "2025-09-01", to: "2025-11-19", zone: "Europe/Helsinki", scale: 0.6, dirty: false })].join(""));
    const printer = memoryPrinter();
    const outcome = await planCommand({ config: cfg, today: "2025-11-20" }, printer);
    expect(outcome.parts.forecast.rows[0]?.hourStart.slice(0, 10)).toBe("2025-11-20");
    // The banner says what is planned (from Thursday), and the tracking of the days seen, as forecast prints it.
    expect(printer.stdout[0]).toBe("Plan 2025-11-20 to 2025-11-25 (Europe/Helsinki, the rest of the season 2025-11-16 to 2025-11-25)");
    expect(printer.stdout[1]).toMatch(/^  tracking  2025-11-16\.\.2025-11-19 \(4 days seen\): actual [\d,]+ against forecast [\d,]+ = [\d.]+ %; remaining days scaled by x[\d.]+$/);
    // Every warning printed is in summary.json and the report too, paths as the config names them.
    const printed = printer.stderr.filter((l) => l.startsWith("peakplan: warning: ")).map((l) => l.slice("peakplan: warning: ".length).split(`${work}/`).join(""));
    const summary = JSON.parse(readFileSync(join(work, "out", "summary.json"), "utf8")) as { warnings?: string[]; history: { file: string } };
    expect(printed.length).toBeGreaterThan(0);
    expect(summary.warnings).toEqual(printed);
    expect(summary.history.file).toBe("tickets.csv");
    expect(readFileSync(join(work, "out", "report.html"), "utf8")).toContain('<section id="warnings"><h2>Warnings from this run</h2>');
    const after = await readRosterCsv(join(work, "out", "roster.csv"));
    const key = (r: RosterRow): string => `${r.date} ${r.agentId} ${r.shift}`;
    const before = (rows: RosterRow[]): RosterRow[] => rows.filter((r) => r.date < "2025-11-20");
    // Sunday to Wednesday stay in roster.csv as published, so tomorrow's re-plan sees them too.
    expect(before(after).map(key)).toEqual(before(published).map(key));
    const worked = [...before(published), ...after.filter((r) => r.date >= "2025-11-20")];
    const config = await loadConfig(cfg);
    const requirements = await readRequirementsCsv(join(dir, "out", "requirements.csv"));
    const check = checkRoster({ roster: worked, requirements, agents: outcome.parts.agents, shifts: config.shifts, rules: config.rules, timezone: config.timezone });
    expect(check.violations).toEqual([]);
  }, 180_000);

  it("exits 3 when the team cannot cover the peak, and writes the plan as a draft beside the published one", async () => {
    const work = mkdtempSync(join(tmpdir(), "peakplan-short-"));
    writeHistory(join(work, "tickets.csv"), 0.25);
    writeFileSync(join(work, "agents.csv"), AGENTS.split("\n").slice(0, 3).join("\n"));
    // Two weeks, so three agents leave more short days than the ten the summary lists.
    const cfg = writeConfig(work, { plan: { outDir: "out", maxShortfallHours: 5 }, season: { from: "2025-11-16", to: "2025-11-29" } });
    const io = memoryIo();
    expect(await main(["node", "peakplan", "plan", "--config", cfg, "--today", "2025-11-12", "--ics-dir", join(work, "calendars"), "--quiet"], io)).toBe(3);
    // staff's notes (mail after the window's last open hour) come first as warnings; the verdict is the last line.
    const errLines = io.err.join("").trim().split("\n");
    expect(errLines.at(-1)).toMatch(/^peakplan: plan not acceptable, written as a draft to /);
    expect(errLines.slice(0, -1).every((l) => l.startsWith("peakplan: warning: "))).toBe(true);
    const summary = JSON.parse(readFileSync(join(work, "out", "draft", "summary.json"), "utf8"));
    expect(summary.acceptable).toBe(false);
    expect(summary.roster.shortfall.agentHours).toBeGreaterThan(5);
    expect(existsSync(join(work, "out", "roster.csv")), "a draft is not published").toBe(false);
    expect(existsSync(join(work, "calendars")), "a draft's shifts reach no calendar").toBe(false);
    // Worst day first, and the count of the days the list leaves out.
    const stdout = io.out.join("");
    const listed = stdout.split("\n").filter((l) => /^ {4}\d{4}-\d{2}-\d{2} \w{3}: \d+ agent-hours short/.test(l));
    const hours = listed.map((l) => Number(/: (\d+) agent-hours/.exec(l)?.[1]));
    expect(hours.length).toBe(Math.min(10, summary.roster.shortfall.byDay.length));
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    expect(Math.max(...summary.roster.shortfall.byDay.map((d: { agentHours: number }) => Math.round(d.agentHours)))).toBe(hours[0]);
    expect(summary.roster.shortfall.byDay.length).toBeGreaterThan(10);
    expect(stdout).toContain(`... ${summary.roster.shortfall.byDay.length - 10} more short days`);
  }, 120_000);

  it("exits 3 when on-call days stay unfilled (nobody may be on call), prints them red, and --max-on-call-short lifts it", async () => {
    const work = mkdtempSync(join(tmpdir(), "peakplan-oncall-"));
    writeHistory(join(work, "tickets.csv"), 0.25);
    writeFileSync(join(work, "agents.csv"), AGENTS.replace(/^(\w+,\w+,(?:senior|experienced),,,5,40,(?:yes|no)),yes,/gm, "$1,no,"));
    const cfg = writeConfig(work, { season: { from: "2025-11-16", to: "2025-11-18" } });
    const out: string[] = [];
    const printer = { ...memoryPrinter(), out: (text: string) => void out.push(text), c: new Chalk({ level: 1 }) };
    const error = await planCommand({ config: cfg, today: "2025-11-12" }, printer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortfallError);
    const summary = JSON.parse(readFileSync(join(work, "out", "draft", "summary.json"), "utf8"));
    const needed = summary.requirements.standbyDays as number;
    expect(needed).toBeGreaterThan(0);
    expect(summary.roster.shortfall.standbyDays).toBe(needed);
    expect(summary.roster.shortfall.agentHours).toBeLessThanOrEqual(1000);
    expect(summary.acceptable).toBe(false);
    expect(summary.reasons).toEqual([`${needed} on-call days unfilled, above the limit of 0 (plan.maxOnCallShortDays, --max-on-call-short): no standby for a spike on those days; mark more experienced or senior agents on_call yes in agents.csv (new hires are never on call)`]);
    const red = new Chalk({ level: 1 }).red;
    expect(out.find((l) => l.startsWith("  coverage"))).toBe(`  coverage  ${red(`shortfall 0 agent-hours, 0 senior-hours, ${needed} on-call days`)}`);
    const allowed = await planCommand({ config: cfg, today: "2025-11-12", maxOnCallShort: needed }, memoryPrinter());
    expect(allowed.acceptable).toBe(true);
  }, 120_000);

  it("refuses to run without --config unless --sample says to plan the bundled sample", async () => {
    await expect(planCommand({ today: "2025-11-12" }, memoryPrinter())).rejects.toThrow(/^--config: missing; expected .*--sample/);
    await expect(planCommand({ sample: true, config: config }, memoryPrinter())).rejects.toThrow(InputError);
  });

  it("exits 2 on a bad config and leaves the previous outputs untouched", async () => {
    writeFileSync(config, JSON.stringify({ timezone: "Europe/Helsinki", history: "tickets.csv", agents: "agents.csv", colour: "red" }));
    await expect(planCommand({ config, today: "2025-11-12" }, memoryPrinter())).rejects.toThrow(InputError);
    expect(await main(["node", "peakplan", "plan", "--config", config, "--quiet"])).toBe(2);
    expect(snapshot(dir)).toEqual(first);
  });
});
