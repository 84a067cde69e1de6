// `peakplan plan`: the cron job. Reads one config, runs analyze, forecast, staff and schedule, writes five files together
// (and the agents' calendars); a plan that is not acceptable goes to draft/ and leaves the published roster alone.
import { promises as fs } from "node:fs";
import { join, resolve, sep } from "node:path";
import { DateTime } from "luxon";
import { loadConfig } from "../config.js";
import { InputError, ShortfallError } from "../errors.js";
import { readAgentsCsv } from "../io/agents-csv.js";
import { FolderLock, LOCK, publishSet } from "../io/publish.js";
import { JOURNAL, STAGING, cleanStaleStaging } from "../io/atomic.js";
import { checkInputsNotWritten, checkOutputFolder, type Writes } from "../io/out-path.js";
import { forecastToCsv } from "../io/forecast-csv.js";
import { calendarFiles } from "../io/roster-ics.js";
import { requirementsToCsv } from "../io/requirements-csv.js";
import { rosterToCsv, readRosterCsv } from "../io/roster-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { planSummary, renderPlanReport, type PlanParts } from "../plan/assemble.js";
import { verdict, type Verdict } from "../plan/verdict.js";
import { shortDayLines } from "../plan/short-days.js";
import { hireAdvice, hireAdviceLines, withHireSection } from "../plan/hire-advice.js";
import { seasonFromHistory } from "../plan/season.js";
import { rosterInHand, solveRoster } from "../schedule/index.js";
import { rosterInput } from "../schedule/input.js";
import type { RosterRow } from "../schedule/types.js";
import { checkDate, configChoice, readHistory } from "./inputs.js";

export interface PlanOptions {
  config?: string;
  /** plan the bundled sample; without it a missing --config is an error, so a cron never publishes the demo store */
  sample?: boolean;
  /** write one iCalendar file per agent here when the plan is published */
  icsDir?: string;
  outDir?: string;
  freezeUntil?: string;
  maxShortfall?: number;
  /** on-call days the roster may leave unfilled (default plan.maxOnCallShortDays) */
  maxOnCallShort?: number;
  /** the date the run pretends is today (YYYY-MM-DD), for tests and replays */
  today?: string;
  quiet?: boolean;
  timeColumn?: string;
  channelColumn?: string;
  dateFormat?: string;
  spreadDays?: boolean;
}

export interface PlanOutcome {
  outDir: string;
  /** where this run wrote: outDir when published, outDir/draft when the plan is not acceptable */
  writtenTo: string;
  files: string[];
  parts: PlanParts;
  acceptable: boolean;
  reasons: string[];
}

export async function planCommand(options: PlanOptions, printer?: Printer): Promise<PlanOutcome> {
  // One run per output folder, from before the previous roster is read until the new set is in place.
  const lock = new FolderLock();
  try {
    return await planRun(options, printer ?? stdPrinter({ quiet: options.quiet }), lock);
  } finally {
    await lock.release();
  }
}

async function planRun(options: PlanOptions, terminal: Printer, lock: FolderLock): Promise<PlanOutcome> {
  const configFile = configPath(options);
  const config = await loadConfig(configFile);
  // Every warning this run prints goes into summary.json and the report too: stderr lands in the cron's log, which
  // nobody reads while the exit is 0 (a plan on an export 290 days old was published without a word in either).
  const said: string[] = [];
  const printer = recordingWarnings(terminal, said);
  const zone = config.timezone;
  checkDate(options.freezeUntil, "--freeze-until");
  checkDate(options.today, "--today");
  if (options.maxShortfall !== undefined && !(options.maxShortfall >= 0)) {
    throw new InputError("--max-shortfall", undefined, `${options.maxShortfall}; expected agent-hours, 0 or more`);
  }
  if (options.maxOnCallShort !== undefined && !(Number.isInteger(options.maxOnCallShort) && options.maxOnCallShort >= 0)) {
    throw new InputError("--max-on-call-short", undefined, `${options.maxOnCallShort}; expected a whole number of on-call days, 0 or more`);
  }
  const outDir = resolve(options.outDir ?? config.plan.outDir);
  await checkOutputFolder(outDir, "--out-dir");
  await checkOutputFolder(join(outDir, DRAFT_DIR), "--out-dir (its draft/ folder)");
  const icsDir = options.icsDir === undefined ? undefined : resolve(options.icsDir);
  // Before the work, like schedule: a --ics-dir that is a file failed at its mkdir after the whole solve (exit 1).
  if (icsDir !== undefined) await checkOutputFolder(icsDir, "--ics-dir");
  const history = required(config.history, configFile, "history", "the path of the ticket export");
  const agentsFile = required(config.agents, configFile, "agents", "the path of agents.csv");
  // An input that is a file this run may write would be replaced by it (history at out/report.html was, exit 0).
  await checkInputsNotWritten(
    [
      { file: configFile, where: "history", path: history },
      { file: configFile, where: "agents", path: agentsFile },
      { file: options.sample ? "--sample" : "--config", path: configFile },
    ],
    planWrites(outDir, icsDir),
  );
  await lock.take(outDir);
  // A dead run's staged calendars must not stay for `git add -A out` to commit when this run writes none (a draft).
  if (icsDir !== undefined) await cleanStaleStaging(icsDir);
  const step = (text: string): void => {
    if (printer.progress) printer.err(`peakplan: ${text}`);
  };

  const { ingest } = await readHistory(
    { history, timeColumn: options.timeColumn, channelColumn: options.channelColumn, dateFormat: options.dateFormat, spreadDays: options.spreadDays },
    printer,
    config,
  );
  const agents = await readAgentsCsv(agentsFile, (w) => printer.err(`peakplan: warning: ${w}`));
  const previous = await readPreviousRoster(join(outDir, "roster.csv"));

  step("forecasting and staffing");
  // The same season hire sizes cohorts on; its refusals (forecast.warnings) are reasons in the verdict.
  const { forecast, staff, warnings } = seasonFromHistory(config, ingest);
  for (const w of warnings) printer.err(`peakplan: warning: ${w}`);

  const today = options.today ?? DateTime.now().setZone(zone).toISODate() ?? "";
  const freezeUntil = options.freezeUntil ?? DateTime.fromISO(today, { zone: "UTC" }).plus({ days: config.plan.freezeDays }).toISODate() ?? today;
  step(`solving the roster for ${agents.length} agents (time limit ${config.schedule.timeLimitSeconds} s)`);
  const schedule = await solveRoster(rosterInput(config, { requirements: staff.rows, agents, zone, previous, freezeUntil: previous ? freezeUntil : undefined }));
  // No roster in hand: write none of the five files, so the published plan stays as it was.
  if (!rosterInHand(schedule)) throw new ShortfallError(`nothing written to ${outDir}: no roster (${schedule.solver.reason ?? schedule.solver.status})`);

  const parts: PlanParts = {
    title: `Holiday support plan ${forecast.window.from} to ${forecast.window.to}`,
    zone,
    ingest: ingest.summary,
    forecast,
    staff,
    agents,
    schedule,
    freezeUntil,
    maxShortfallHours: options.maxShortfall ?? config.plan.maxShortfallHours,
    maxOnCallShortDays: options.maxOnCallShort ?? config.plan.maxOnCallShortDays,
    maxGap: config.schedule.maxGap,
    singleChannel: config.ingest.singleChannel,
    lastShippingDay: config.events.lastShippingDay,
    customEvents: config.events.custom,
    shiftTemplates: config.shifts,
    // Paths as the config names them (relative to its folder): moving or cloning the planning folder changes no byte.
    historyShown: inFolder(history, config.baseDir),
    warnings: said.map((w) => w.split(`${config.baseDir}${sep}`).join("")),
  };
  // One verdict, with every reason, for the exit code, summary.json and the report alike.
  const v = verdict(parts);
  // Not acceptable: say whom to hire and by when (issue 14), sized from this roster without solving it again.
  const hire = v.acceptable ? undefined : await hireAdvice(parts, config, today);
  const writtenTo = v.acceptable ? outDir : join(outDir, DRAFT_DIR);
  const files = outputs(writtenTo, parts, v, staff.channels);
  if (hire) for (const f of files) if (f.path.endsWith("report.html") && typeof f.content === "string") f.content = withHireSection(f.content, hire);
  // A draft's shifts must not reach the agents' calendars.
  // Everyone on the team or on the published roster gets a file, an empty one without shifts: an agent the re-plan
  // took off every shift must not keep a calendar that still tells them to come in.
  const team = [...agents, ...(previous ?? []).map((r) => ({ id: r.agentId, name: r.name }))];
  if (icsDir !== undefined && v.acceptable) files.push(...calendarFiles(icsDir, parts.schedule.roster, team));
  await fs.mkdir(writtenTo, { recursive: true });
  if (icsDir !== undefined && v.acceptable) await fs.mkdir(icsDir, { recursive: true });
  await publishSet(outDir, files);
  if (v.acceptable) await removeStaleDraft(outDir);
  printPlan(parts, v, { outDir, writtenTo, calendars: icsDir }, printer);
  if (hire) for (const line of hireAdviceLines(hire)) printer.out(printer.c.yellow(`  ${line}`));
  const outcome = { outDir, writtenTo, files: files.map((f) => f.path), parts, acceptable: v.acceptable, reasons: v.reasons };
  if (!v.acceptable) throw new ShortfallError(`plan not acceptable, written as a draft to ${writtenTo} (the published roster in ${outDir} is unchanged): ${v.reasons.join("; ")}`);
  return outcome;
}

const WARNING = "peakplan: warning: ";

/** The printer, also keeping each warning line (without its prefix) in `said`. */
function recordingWarnings(printer: Printer, said: string[]): Printer {
  return {
    ...printer,
    err: (text) => {
      if (text.startsWith(WARNING)) said.push(text.slice(WARNING.length));
      printer.err(text);
    },
  };
}

/** A path inside `folder` relative to it; any other as it is. */
function inFolder(path: string, folder: string): string {
  return path.startsWith(`${folder}${sep}`) ? path.slice(folder.length + 1) : path;
}

/** A plan that is not acceptable is written here, inside the output folder, apart from the published files. */
export const DRAFT_DIR = "draft";
const OUTPUT_FILES = ["forecast.csv", "requirements.csv", "roster.csv", "report.html", "summary.json"] as const;

/** Every file plan may write: the five outputs and their draft copies, the lock, the commit record, staging files, calendars. */
function planWrites(outDir: string, icsDir: string | undefined): Writes {
  const draft = join(outDir, DRAFT_DIR);
  const paths = [outDir, draft].flatMap((dir) => OUTPUT_FILES.map((f) => ({ path: join(dir, f), what: `the file plan writes as ${join(dir, f)}` })));
  paths.push({ path: join(outDir, LOCK), what: `plan's lock file ${join(outDir, LOCK)}` }, { path: join(outDir, JOURNAL), what: `plan's commit record ${join(outDir, JOURNAL)}` });
  const staging = (name: string): boolean => STAGING.test(name) || (name.startsWith(`${JOURNAL}.`) && name.endsWith(".tmp"));
  const folders: Writes["folders"][number][] = [outDir, draft].map((dir) => ({ dir, names: staging, what: `a staging file name plan uses in ${dir}` }));
  if (icsDir !== undefined) {
    folders.push({ dir: icsDir, names: (name) => name.toLowerCase().endsWith(".ics") || staging(name), what: `a calendar in --ics-dir ${icsDir}, where plan writes one <agent>.ics per agent` });
  }
  return { paths, folders };
}

function configPath(options: PlanOptions): string {
  return configChoice(options, "the path of your peakplan.config.json (peakplan init writes one), or --sample to plan the bundled sample");
}

/** Once a plan is published, an older draft beside it would only mislead: its files go (and the folder, if empty). */
async function removeStaleDraft(outDir: string): Promise<void> {
  const dir = join(outDir, DRAFT_DIR);
  await Promise.all(OUTPUT_FILES.map((f) => fs.rm(join(dir, f), { force: true })));
  await fs.rmdir(dir).catch(() => undefined);
}

function required(value: string | undefined, configFile: string, key: string, what: string): string {
  if (value === undefined) throw new InputError(configFile, key, `missing; expected ${what}`);
  return value;
}

/** The roster published by the last run, if there is one; a broken one is an input error, not a silent restart. */
async function readPreviousRoster(path: string): Promise<RosterRow[] | undefined> {
  const exists = await fs.stat(path).then((s) => s.isFile(), () => false);
  return exists ? readRosterCsv(path) : undefined;
}

function outputs(outDir: string, parts: PlanParts, v: Verdict, channels: readonly string[]): Array<{ path: string; content: string | Uint8Array }> {
  return [
    { path: join(outDir, "forecast.csv"), content: forecastToCsv(parts.forecast.rows) },
    { path: join(outDir, "requirements.csv"), content: requirementsToCsv(parts.staff.rows, channels) },
    { path: join(outDir, "roster.csv"), content: rosterToCsv(parts.schedule.roster) },
    { path: join(outDir, "report.html"), content: renderPlanReport(parts, v) },
    { path: join(outDir, "summary.json"), content: planSummary(parts, v) },
  ];
}

function printPlan(parts: PlanParts, v: Verdict, where: { outDir: string; writtenTo: string; calendars: string | undefined }, printer: Printer): void {
  const { c } = printer;
  const s = parts.schedule;
  const tickets = parts.forecast.rows.reduce((sum, r) => sum + r.volume, 0);
  const f = parts.forecast;
  // A mid-season re-run plans from the day after the export's last finished day: say so, and how the season tracks.
  const rest = f.rowsFrom > f.window.from ? `, the rest of the season ${f.window.from} to ${f.window.to}` : "";
  printer.out(c.bold(`Plan ${f.rowsFrom} to ${f.window.to} (${parts.zone}${rest})`));
  if (f.tracking) {
    const t = f.tracking;
    printer.out(`  tracking  ${t.from}..${t.to} (${t.days} days seen): actual ${Math.round(t.actual).toLocaleString("en-US")} against forecast ${Math.round(t.forecast).toLocaleString("en-US")} = ${(t.ratio * 100).toFixed(1)} %; remaining days scaled by x${t.applied.toFixed(3)}`);
  }
  printer.out(`  forecast  ${Math.round(tickets).toLocaleString("en-US")} tickets; growth x${parts.forecast.growth.value.toFixed(2)} (${parts.forecast.growth.source})`);
  printer.out(`  staff     ${parts.staff.rows.reduce((sum, r) => sum + r.agents, 0).toLocaleString("en-US")} agent-hours needed, at most ${Math.max(0, ...parts.staff.rows.map((r) => r.agents))} at once`);
  printer.out(`  roster    ${s.roster.length} rows, ${Math.round(s.check.hours)} agent-hours, cost ${Math.round(s.check.cost.shifts + s.check.cost.onCall).toLocaleString("en-US")}; solver ${s.solver.status}${s.solver.gap !== undefined && s.solver.status !== "optimal" ? ` (gap ${(s.solver.gap * 100).toFixed(2)} %)` : ""} in ${s.solver.seconds.toFixed(1)} s`);
  const short = s.check.shortfall;
  const shortText = `shortfall ${Math.round(short.agentHours)} agent-hours, ${Math.round(short.seniorHours)} senior-hours, ${short.standbyDays} on-call days`;
  // Red for any gap, within the limits or not: an unfilled on-call day is a day without standby for a spike.
  printer.out(`  coverage  ${short.agentHours > 0 || short.seniorHours > 0 || short.standbyDays > 0 ? c.red(shortText) : c.green(shortText)}`);
  for (const line of shortDayLines(s.diagnosis, SHORT_DAYS_LISTED, weekdayOf)) printer.out(`    ${line}`);
  if (s.changes.length > 0 || parts.schedule.freezeLifted) {
    printer.out(`  re-plan   frozen until ${parts.freezeUntil}${s.freezeLifted ? c.yellow(" (freeze lifted: published rows broke a rule)") : ""}; ${s.changes.length} shifts changed after it (listed in summary.json)`);
  }
  // A template re-timed under its old name: the frozen rows kept the times the agents were told.
  for (const h of s.heldTimes) {
    printer.out(`  re-plan   template "${h.shift}" is ${h.template} now: its ${h.rows} frozen shifts ${h.from}..${h.to} keep the published ${h.published}; later ones take the new times (changes in summary.json)`);
  }
  printer.out(`  wrote     ${OUTPUT_FILES.map((f) => join(where.writtenTo, f)).join(", ")}`);
  if (where.calendars !== undefined && v.acceptable) printer.out(`  calendars ${new Set(s.roster.map((r) => r.agentId)).size} agents' .ics files in ${where.calendars}`);
  for (const note of v.notes ?? []) printer.out(c.yellow(`  WARNING: ${note}`));
  if (!v.acceptable) {
    printer.out(c.red(`  NOT ACCEPTABLE: ${v.reasons.join("; ")}`));
    printer.out(c.red(`  This is a draft in ${where.writtenTo}; the published roster in ${where.outDir} was left as it was${where.calendars === undefined ? "" : ", and no calendars were written"}.`));
  }
}

/** Enough short days to see the pattern; the rest are counted, and listed in the report. */
const SHORT_DAYS_LISTED = 10;

function weekdayOf(date: string): string {
  return DateTime.fromISO(date, { zone: "UTC" }).toFormat("ccc");
}
