// `peakplan schedule`: reads requirements (or a forecast, staffed first) and agents, solves the roster, writes and reports it.
import { promises as fs } from "node:fs";
import { InputError, InternalError, ShortfallError } from "../errors.js";
import { onCallReason, seniorReason } from "../plan/verdict.js";
import { writeFilesAtomic } from "../io/atomic.js";
import { checkOutputFolder, checkOutputs } from "../io/out-path.js";
import { calendarFiles } from "../io/roster-ics.js";
import { rosterToCsv } from "../io/roster-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { buildModel, gapTooWide, rosterInHand, solveRoster, toLpFormat, type RosterResult } from "../schedule/index.js";
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
  /** exit 3 when the roster leaves more agent-hours uncovered than this (default: the config's plan.maxShortfallHours) */
  maxShortfall?: number;
  /** exit 3 when more on-call days than this stay unfilled (default: the config's plan.maxOnCallShortDays) */
  maxOnCallShort?: number;
  exportLp?: string;
  icsDir?: string;
  json?: boolean;
}

export interface ScheduleCommandResult extends RosterResult {
  out: string;
}

export async function scheduleCommand(options: ScheduleCommandOptions, printer: Printer = stdPrinter()): Promise<ScheduleCommandResult> {
  // The time limit is for the whole command: reading the inputs counts too.
  const started = Date.now();
  // Output paths are checked before the solve: a clash found after minutes of solving wastes the run.
  await checkOutputs(
    [{ option: "--out", path: options.out ?? "roster.csv" }, { option: "--export-lp", path: options.exportLp }],
    [{ option: "--requirements", path: options.requirements }, { option: "--forecast", path: options.forecast }, { option: "--agents", path: options.agents }, { option: "--config", path: options.config }],
  );
  if (options.icsDir !== undefined) await checkOutputFolder(options.icsDir, "--ics-dir");
  const { input, config } = await scheduleInputs(options, (w) => printer.err(w));
  if (options.maxShortfall !== undefined && !(options.maxShortfall >= 0)) {
    throw new InputError("--max-shortfall", undefined, `${options.maxShortfall}; expected agent-hours, 0 or more`);
  }
  if (printer.progress) printer.err(`peakplan: solving the roster for ${input.agents.length} agents (time limit ${input.timeLimitSeconds} s)`);
  const result = await solveRoster({ ...input, deadlineMs: started + (input.timeLimitSeconds ?? 60) * 1000 });
  // No roster in hand: write nothing, so the roster published before stays as it was.
  if (!rosterInHand(result)) throw new ShortfallError(`no roster written: ${result.solver.reason ?? result.solver.status}`);
  if (!result.check.ok) throw new InternalError(`the solved roster breaks a hard rule: ${result.check.violations[0]?.message ?? ""}`);
  const out = options.out ?? "roster.csv";
  // Roster, LP model and calendars land together or not at all: a failure must not leave a new roster beside old calendars.
  const files = [{ path: out, content: rosterToCsv(result.roster) }];
  if (options.exportLp !== undefined) files.push({ path: options.exportLp, content: toLpFormat(buildModel(input)) });
  if (options.icsDir !== undefined) {
    await fs.mkdir(options.icsDir, { recursive: true });
    // The whole team, an empty calendar for an agent without shifts (a re-run must empty the one a shift left).
    files.push(...calendarFiles(options.icsDir, result.roster, input.agents));
  }
  await writeFilesAtomic(files);
  const full: ScheduleCommandResult = { ...result, out };
  if (options.json) printer.out(JSON.stringify(jsonView(full), null, 2));
  else printSchedule(full, printer);
  // Without --max-shortfall, the limit plan and hire hold a roster to (plan.maxShortfallHours, 0 by default).
  const limit = options.maxShortfall === undefined ? { hours: config.plan.maxShortfallHours, name: "plan.maxShortfallHours" } : { hours: options.maxShortfall, name: "--max-shortfall" };
  const reasons = unacceptable(full, { maxShortfall: limit.hours, limitName: limit.name, maxGap: config.schedule.maxGap, maxOnCallShortDays: options.maxOnCallShort ?? config.plan.maxOnCallShortDays });
  if (reasons.length > 0) throw new ShortfallError(`roster written to ${out} but not acceptable: ${reasons.join("; ")}`);
  return full;
}

export interface Limits {
  /** agent-hours of shortfall allowed; undefined: any */
  maxShortfall?: number;
  /** the option or key the shortfall limit came from, named in the reason */
  limitName?: string;
  maxGap: number;
  maxOnCallShortDays: number;
}

/**
 * Why a written roster is not good enough to publish, as plan judges it (verdict.ts): shortfall above the limit, any
 * senior-hour missing, on-call days unfilled above their limit, or a gap above schedule.maxGap.
 */
export function unacceptable(r: RosterResult, limits: Limits): string[] {
  const short = r.check.shortfall.agentHours;
  const { maxShortfall, limitName = "--max-shortfall" } = limits;
  const reasons = [
    maxShortfall !== undefined && short > maxShortfall ? `shortfall ${short} agent-hours is above ${limitName} ${maxShortfall}` : undefined,
    seniorReason({ schedule: r }),
    onCallReason({ schedule: r, maxOnCallShortDays: limits.maxOnCallShortDays }),
    gapTooWide(r.solver, limits.maxGap),
  ];
  return reasons.filter((x): x is string => x !== undefined);
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
    soft: r.soft,
    violations: r.check.violations,
    changes: r.changes,
    rows: r.roster.length,
  };
}

export function solverLine(s: RosterResult["solver"]): string {
  const gap = s.gap === undefined ? "" : Number.isFinite(s.gap) ? `, gap ${(s.gap * 100).toFixed(2)} % to the proven lower bound ${Math.round(s.bound ?? 0)}` : ", no lower bound proved (gap unknown)";
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
  printer.out(`Seniors on peak hours (${p.hours} hours with ${p.threshold}+ agents needed): ${p.short.length} hours short of seniors, ${p.seniorHoursMissing} senior-hours missing`);
  if (p.short.length > 0) {
    const worst = p.short.slice(0, 10).map((h) => `${h.hour.slice(0, 16).replace("T", " ")} ${h.seniorsOnShift}/${h.seniorsNeeded}`);
    printer.out(`  worst (seniors on shift/needed): ${worst.join(", ")}${p.short.length > 10 ? `, ... ${p.short.length - 10} more (see --json)` : ""}`);
  }
  const w = r.summary.weekendShifts;
  const shape = r.summary.shape;
  printer.out(`Weekend shifts per agent: ${w.min} to ${w.max}, mean ${w.mean.toFixed(1)}; spread ${shape.weekendSpread} over agents available every weekend`);
  const share = (x: number, of: number): string => (of === 0 ? "0.0" : ((100 * x) / of).toFixed(1));
  printer.out(`Shape: shift type changes on ${share(shape.shiftTypeChanges, shape.consecutivePairs)} % of consecutive working days; ${shape.isolatedDays} isolated single days (${share(shape.isolatedDays, shape.workingDays)} %)`);
  const soft = (Object.keys(r.soft.costs) as Array<keyof typeof r.soft.costs>).filter((k) => r.soft.costs[k] > 0);
  if (soft.length > 0) printer.out(`Soft rule costs: ${soft.map((k) => `${k} ${fmt(r.soft.costs[k])} (${fmt(r.soft.weights[k])}/unit)`).join(", ")}`);
  if (r.changes.length > 0) printer.out(`Changed shifts since the previous roster: ${r.changes.length}`);
  printer.out(`Solver ${solverLine(r.solver)}`);
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}
