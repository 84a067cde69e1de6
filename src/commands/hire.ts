// `peakplan hire`: the fewest seasonal hires, by cohort, for which the roster covers the season; writes hires.csv.
import { promises as fs } from "node:fs";
import { DateTime } from "luxon";
import { loadConfig, type Config } from "../config.js";
import { Validator } from "../config/validator.js";
import { InputError, ShortfallError } from "../errors.js";
import { readProfiles } from "../hire/config.js";
import { overLimit, planHires, type HirePlan } from "../hire/index.js";
import { earliestLive } from "../hire/size.js";
import { agentsToCsv, readAgentsCsv } from "../io/agents-csv.js";
import { writeFileAtomic } from "../io/atomic.js";
import { readRequirementsCsv } from "../io/requirements-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { seasonFromHistory } from "../plan/season.js";
import type { RequirementRow } from "../staff/types.js";
import { printHirePlan, hirePlanJson } from "./hire-print.js";
import { agentsFile, checkDate, configChoice, readHistory } from "./inputs.js";

export interface HireOptions {
  config?: string;
  /** size hires for the bundled sample; without it, --config or --requirements is required */
  sample?: boolean;
  requirements?: string;
  agents?: string;
  profile?: string;
  maxShortfall?: number;
  latestStart?: string;
  today?: string;
  timeLimit?: number;
  json?: boolean;
  out?: string;
}

export async function hireCommand(options: HireOptions, printer: Printer = stdPrinter()): Promise<HirePlan> {
  // Without requirements, the season comes from a config's history as `plan` makes it: the sample's by default.
  // --requirements alone runs on the defaults; otherwise a config's history sizes the season, as plan's does.
  const config = await loadConfig(configChoice(options, options.requirements === undefined ? "your peakplan.config.json (its history sizes the season, as plan's does), --requirements from peakplan staff, or --sample for the bundled sample" : undefined));
  checkDate(options.latestStart, "--latest-start");
  checkDate(options.today, "--today");
  if (options.maxShortfall !== undefined && !(options.maxShortfall >= 0)) throw new InputError("--max-shortfall", undefined, `${options.maxShortfall}; expected agent-hours, 0 or more`);
  if (options.timeLimit !== undefined && !(options.timeLimit > 0)) throw new InputError("--time-limit", undefined, `${options.timeLimit}; expected a positive number of seconds`);
  const settings = { ...config.hire, profiles: options.profile === undefined ? config.hire.profiles : await readProfileFile(options.profile) };
  const today = options.today ?? DateTime.now().setZone(config.timezone).toISODate() ?? "";
  const earliest = earliestLive(today, settings);
  if (options.latestStart !== undefined && options.latestStart < earliest) {
    throw new InputError("--latest-start", undefined, `${options.latestStart} is before the earliest a hire recruited from ${today} can go live (${earliest}); expected a later date`);
  }
  const requirements = options.requirements !== undefined ? await readRequirementsCsv(options.requirements, config.timezone) : await requirementsFromConfig(config, printer);
  const agents = await readAgentsCsv(agentsFile(options.agents, config), (w) => printer.err(`peakplan: warning: ${w}`));
  const out = options.out ?? "hires.csv";
  const plan = await planHires({
    schedule: {
      requirements, agents, shifts: config.shifts, rules: config.rules, timezone: config.timezone,
      timeLimitSeconds: options.timeLimit ?? config.schedule.timeLimitSeconds, backend: config.schedule.solver,
    },
    settings,
    today,
    latestLive: options.latestStart,
    maxShortfall: options.maxShortfall ?? config.plan.maxShortfallHours,
    onProgress: (text) => {
      if (printer.progress) printer.err(`peakplan: ${text}`);
    },
  });
  await writeFileAtomic(out, agentsToCsv(plan.hires));
  if (options.json) printer.out(JSON.stringify(hirePlanJson(plan, out), null, 2));
  else printHirePlan(plan, out, printer);
  if (plan.status === "not-covered") throw new ShortfallError(`${out} written, but the roster with these hires still falls short (${plan.solves} solves, hire.maxSolves ${settings.maxSolves})`);
  // What no hire can cover still counts against the limit, as in `plan`: a season short above it is no success.
  if (overLimit(plan)) {
    const left = Math.round(plan.after?.agentHours ?? plan.before.agentHours);
    const why = [
      plan.unfixable.tooLate > 0 ? `${Math.round(plan.unfixable.tooLate)} before ${plan.tooLateBefore}, too late to recruit for` : "",
      plan.unfixable.uncoverable > 0 ? `${Math.round(plan.unfixable.uncoverable)} in hours no shift template spans` : "",
      plan.unfixable.weekends > 0 ? `${Math.round(plan.unfixable.weekends)} on weekends, which no hire profile works` : "",
    ].filter((w) => w !== "");
    throw new ShortfallError(`${out} written (${plan.hires.length} hire(s)), but ${left} agent-hours stay short, above the limit of ${plan.maxShortfall}, where no hire can cover them${why.length > 0 ? ` (${why.join("; ")})` : ""}`);
  }
  // plan refuses a roster with any senior-hour missing (verdict.ts); a hire answer that leaves some is no success either.
  const seniorHours = Math.round(plan.after?.seniorHours ?? plan.before.seniorHours);
  if (seniorHours > 0) {
    throw new ShortfallError(`${out} written (${plan.hires.length} hire(s)), but ${seniorHours} senior-hours stay missing, which only seniors can fill and plan refuses: mark more agents senior, free seniors for the peak hours, or lower seniors.minPerHour / seniors.peakShare in the config`);
  }
  // The same for the standby: new hires are never on call, and plan refuses on-call days unfilled above its limit.
  const standbyDays = plan.after?.standbyDays ?? plan.before.standbyDays;
  if (standbyDays > config.plan.maxOnCallShortDays) {
    throw new ShortfallError(`${out} written (${plan.hires.length} hire(s)), but ${standbyDays} on-call days stay unfilled, above plan.maxOnCallShortDays ${config.plan.maxOnCallShortDays}, which no hire can hold (new hires are never on call) and plan refuses: mark more experienced or senior agents on_call yes in agents.csv`);
  }
  return plan;
}

async function readProfileFile(file: string): Promise<Config["hire"]["profiles"]> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new InputError(file, undefined, "cannot be read; expected a JSON file of hire profiles");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(file, undefined, 'is not valid JSON; expected [{"name": "full-time", "maxDaysPerWeek": 5, ...}]');
  }
  const list = typeof raw === "object" && raw !== null && !Array.isArray(raw) && "profiles" in raw ? (raw as { profiles: unknown }).profiles : raw;
  return readProfiles(new Validator(file), list, "profiles");
}

/**
 * The season's hourly requirements from the config's history, made as `plan` makes them (seasonFromHistory), with the
 * same warnings. A forecast plan refuses (far below the recent run rate) sizes no cohort: hires counted on it are too
 * few, and that shows only at the peak, weeks after the last day to recruit; --requirements is the way round it.
 */
export async function requirementsFromConfig(config: Config, printer: Printer): Promise<RequirementRow[]> {
  const { ingest } = await readHistory({}, printer, config);
  const season = seasonFromHistory(config, ingest);
  for (const w of season.warnings) printer.err(`peakplan: warning: ${w}`);
  if (season.refusals.length > 0) {
    throw new ShortfallError(`no hires sized, nothing written: ${season.refusals.join("; ")} (plan refuses this forecast too); fix the export or the config's season, or size from requirements you trust with --requirements`);
  }
  return season.staff.rows;
}
