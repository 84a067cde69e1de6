// `peakplan schedule`: reads requirements (or a forecast, staffed first) and agents, solves the roster, writes and reports it.
import { promises as fs } from "node:fs";
import { InternalError } from "../errors.js";
import { writeFilesAtomic } from "../io/atomic.js";
import { checkOutputFolder, checkOutputs } from "../io/out-path.js";
import { calendarFiles } from "../io/roster-ics.js";
import { rosterToCsv } from "../io/roster-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { buildModel, solveRoster, toLpFormat, type RosterResult } from "../schedule/index.js";
import { scheduleInputs } from "./roster-inputs.js";
import { table } from "../io/table.js";

export interface ScheduleCommandOptions {
  requirements?: string;
  forecast?: string;
  agents?: string;
  config?: string;
  tz?: string;
  out?: string;
  timeLimit?: number;
  exportLp?: string;
  icsDir?: string;
  json?: boolean;
}

export interface ScheduleCommandResult extends RosterResult {
  out: string;
}

export async function scheduleCommand(options: ScheduleCommandOptions, printer: Printer = stdPrinter()): Promise<ScheduleCommandResult> {
  // Output paths are checked before the solve: a clash found after minutes of solving wastes the run.
  await checkOutputs(
    [{ option: "--out", path: options.out ?? "roster.csv" }, { option: "--export-lp", path: options.exportLp }],
    [{ option: "--requirements", path: options.requirements }, { option: "--forecast", path: options.forecast }, { option: "--agents", path: options.agents }, { option: "--config", path: options.config }],
  );
  if (options.icsDir !== undefined) await checkOutputFolder(options.icsDir, "--ics-dir");
  const { input } = await scheduleInputs(options, (w) => printer.err(w));
  if (printer.progress) printer.err(`peakplan: solving the roster for ${input.agents.length} agents (time limit ${input.timeLimitSeconds} s)`);
  const result = await solveRoster(input);
  if (result.solver.status === "error" || result.solver.status === "infeasible") {
    throw new InternalError(`the solver failed (${result.solver.status}): ${result.solver.message ?? "no message"}`);
  }
  if (!result.check.ok) throw new InternalError(`the solved roster breaks a hard rule: ${result.check.violations[0]?.message ?? ""}`);
  const out = options.out ?? "roster.csv";
  // Roster, LP model and calendars land together or not at all: a failure must not leave a new roster beside old calendars.
  const files = [{ path: out, content: rosterToCsv(result.roster) }];
  if (options.exportLp !== undefined) files.push({ path: options.exportLp, content: toLpFormat(buildModel(input)) });
  if (options.icsDir !== undefined) {
    await fs.mkdir(options.icsDir, { recursive: true });
    files.push(...calendarFiles(options.icsDir, result.roster));
  }
  await writeFilesAtomic(files);
  const full: ScheduleCommandResult = { ...result, out };
  if (options.json) printer.out(JSON.stringify(jsonView(full), null, 2));
  else printSchedule(full, printer);
  return full;
}

function jsonView(r: ScheduleCommandResult): unknown {
  return {
    out: r.out,
    solver: r.solver,
    model: r.model,
    cost: r.check.cost,
    hours: r.check.hours,
    coverage: r.check.coverage,
    shortfall: { agentHours: r.check.shortfall.agentHours, seniorHours: r.check.shortfall.seniorHours, standbyDays: r.check.shortfall.standbyDays, byDay: r.diagnosis },
    summary: r.summary,
    violations: r.check.violations,
    changes: r.changes,
    rows: r.roster.length,
  };
}

export function solverLine(s: RosterResult["solver"]): string {
  const gap = s.gap === undefined ? "" : `, gap ${(s.gap * 100).toFixed(2)} % to the proven lower bound ${Math.round(s.bound ?? 0)}`;
  const what = s.status === "optimal" ? "optimal" : s.status === "time-limit" ? "time limit reached" : `within the gap asked for (${s.status})`;
  return `${s.backend}: ${what}${gap}, ${s.seconds.toFixed(1)} s`;
}

function printSchedule(r: ScheduleCommandResult, printer: Printer): void {
  const c = printer.c;
  const { cost, shortfall } = r.check;
  printer.out(c.bold(`Roster: ${r.roster.length} rows written to ${r.out}`));
  printer.out(`Total cost ${fmt(cost.total)} (shifts ${fmt(cost.shifts)}, on-call ${fmt(cost.onCall)}, shortfall penalties ${fmt(cost.penalties)})`);
  printer.out(`Shift hours ${fmt(r.check.hours)}; coverage ${(r.check.coverage.share * 100).toFixed(1)} % of ${fmt(r.check.coverage.neededAgentHours)} agent-hours`);
  printer.out(`Shortfall: ${shortfall.agentHours} agent-hours, ${shortfall.seniorHours} senior-hours, ${shortfall.standbyDays} on-call days`);
  if (r.diagnosis.length > 0) {
    const t = table(["day", "agent-h", "senior-h", "on-call", "why"], { align: ["left", "right", "right", "right", "left"], widths: [12, 9, 10, 9, 70] });
    for (const d of r.diagnosis.slice(0, 31)) t.push([d.date, d.agentHours, d.seniorHours, d.standby, d.reasons.join("; ")]);
    printer.out(t.toString());
    if (r.diagnosis.length > 31) printer.out(`... ${r.diagnosis.length - 31} more days (see --json)`);
  }
  const p = r.summary.peak;
  printer.out(`Seniors on peak hours (${p.hours} hours with ${p.threshold}+ agents needed): ${p.seniorHoursOnShift} senior-hours on shift, ${p.seniorHoursNeeded} needed`);
  const w = r.summary.weekendShifts;
  printer.out(`Weekend shifts per agent: ${w.min} to ${w.max}, mean ${w.mean.toFixed(1)}`);
  if (r.changes.length > 0) printer.out(`Changed shifts since the previous roster: ${r.changes.length}`);
  printer.out(`Solver ${solverLine(r.solver)}`);
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}
