// `peakplan forecast`: reads the export, forecasts the season per hour and channel, writes forecast.csv, prints by day.
import { InputError } from "../errors.js";
import { unalignedCustomEventLines } from "../forecast/calendar.js";
import { busiestDayStandsAlone, FLOOD_RATIO, PEAK_MULTIPLIER, type FirstSeasonInputs } from "../forecast/first-season.js";
import type { DailyForecast } from "../forecast/daily.js";
import { forecastSeason, type ForecastResult } from "../forecast/index.js";
import { writeForecastCsv } from "../io/forecast-csv.js";
import { checkOutputs } from "../io/out-path.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { resolveWindow, type WindowOptions } from "../forecast/window.js";
import { dayNumber } from "../time/dates.js";
import { peakDates, seasonYearOf } from "../time/events.js";
import { backlogChannels, fallbackGrowth, staleHistoryLine } from "../plan/season.js";
import { checkDate, eventSettings, readHistory, type HistoryOptions } from "./inputs.js";
import { table } from "../io/table.js";
import { loadConfig, type Config } from "../config.js";

export interface ForecastCommandOptions extends HistoryOptions {
  season?: number;
  from?: string;
  to?: string;
  growth?: number;
  events?: string;
  out?: string;
  json?: boolean;
}

export interface ForecastOutcome extends ForecastResult {
  out: string;
}

export async function forecastCommand(options: ForecastCommandOptions, printer: Printer = stdPrinter()): Promise<ForecastOutcome> {
  const from = checkDate(options.from, "--from");
  const to = checkDate(options.to, "--to");
  if (from !== undefined && to !== undefined && to < from) throw new InputError("--to", undefined, `${to} is before --from ${from}; expected a later date`);
  if (options.season !== undefined && (!Number.isInteger(options.season) || options.season < 2000 || options.season > 2100)) {
    throw new InputError("--season", undefined, `${options.season}; expected a year such as 2026`);
  }
  // Options that need no file are checked before the export is read, so a typo fails fast.
  await checkOutputs([{ option: "--out", path: options.out ?? "forecast.csv" }], [{ option: "--history", path: options.history }, { option: "--config", path: options.config }, { option: "--events", path: options.events }]);
  const config = await loadConfig(options.config);
  const events = await eventSettings(options.events, config);
  const growth = fallbackGrowth(options.growth, config);
  if (from !== undefined && to !== undefined) checkWindowSpan(from, to);
  const { ingest } = await readHistory(options, printer, config);
  const chosen = chooseWindow({ from, to, season: options.season }, config);
  const window = chosen.window;
  // A bad window from the config is named by its key, not by an option the user did not give.
  const windowKey: [string, string | undefined] = chosen.reason !== undefined ? [config.file, "season.to"] : ["--to", undefined];
  const lastHour = ingest.series.hours[ingest.series.hours.length - 1];
  const resolved = resolveWindow(lastHour === undefined ? "1970-01-01" : lastHour.slice(0, 10), window);
  checkWindowSpan(resolved.from, resolved.to, windowKey);
  const forecast = forecastSeason(ingest.series, { ...window, growth, events, closedDays: config.closedDays, carryChannels: backlogChannels(config) });
  const result = chosen.reason === undefined ? forecast : { ...forecast, window: { ...forecast.window, reason: chosen.reason } };
  const stale = staleHistoryLine(ingest.summary, result.window.from);
  if (stale !== undefined) printer.err(`peakplan: warning: ${stale}`);
  for (const note of result.notes) printer.err(`peakplan: note: ${note}`);
  if (result.rows.length === 0) {
    const [file, key] = options.to !== undefined || chosen.reason !== undefined ? windowKey : [ingest.summary.file, undefined];
    throw new InputError(file, key, `the history already reaches ${result.window.to}; expected a window that ends after the history's last day`);
  }
  const out = options.out ?? "forecast.csv";
  await writeForecastCsv(out, result.rows);
  const first = firstSeasonUsed(result) ? result.firstSeason : undefined;
  if (options.json) printer.out(JSON.stringify({ ...summary(result), ...(first ? { firstSeason: firstSeasonJson(first) } : {}), out, daily: result.daily }, null, 2));
  else printer.out(render(result, out, { growthOption: options.growth, lastShippingDay: events.lastShippingDay, first }, printer));
  if (first && busiestDayStandsAlone(first)) printer.err(`peakplan: warning: ${floodLine(first)}`);
  // Loud, on stderr as well, so a cron log shows it: a forecast far below today's run rate is not fine.
  for (const w of result.warnings) printer.err(printer.c.bold.red(`peakplan: WARNING: ${w}`));
  // A store's own sale with no last-season day of its name got no uplift: its name in the table said otherwise.
  for (const w of unalignedCustomEventLines(result.daily, events.enabled ? events.custom : [])) printer.err(`peakplan: warning: ${w}`);
  return { ...result, out };
}

/**
 * --from, --to and --season win; when none is given, the config's season, as `plan` and `hire` forecast it (a
 * `forecast` run over another window would hand `staff` hours the plan does not cover). `reason` names the config.
 */
export function chooseWindow(given: WindowOptions, config: Config): { window: WindowOptions; reason?: string } {
  const window: WindowOptions = { ...(given.from ? { from: given.from } : {}), ...(given.to ? { to: given.to } : {}), ...(given.season !== undefined ? { season: given.season } : {}) };
  if (Object.keys(window).length > 0 || config.season === undefined) return { window };
  return { window: { ...config.season }, reason: `season in config ${config.file}` };
}

/** Longest forecast window (README, "Hardening"): a season is 76 days; 2000 to 2099 took 1.76 GB and 113 s. */
export const MAX_FORECAST_DAYS = 400;

function checkWindowSpan(from: string, to: string, [file, key]: [string, string | undefined] = ["--to", undefined]): void {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days > MAX_FORECAST_DAYS) throw new InputError(file, key, `${to} is ${days} days after ${from}; expected a window of at most ${MAX_FORECAST_DAYS} days`);
}

function summary(r: ForecastResult): Record<string, unknown> {
  return { zone: r.zone, window: r.window, rowsFrom: r.rowsFrom, channels: r.channels, rows: r.rows.length, growth: r.growth, growthByChannel: r.growthByChannel, methods: r.methods, tracking: r.tracking, fits: r.fits, runRate: r.runRate, warnings: r.warnings };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const pct = (x: number): string => `${x >= 0 ? "+" : ""}${Math.round(x * 100)} %`;

/** Whether any day ahead was forecast by the first-season rule (3 x the history's busiest day). */
const firstSeasonUsed = (r: ForecastResult): boolean => r.daily.some((d) => d.actual === undefined && d.method.includes("first-season"));

const firstSeasonJson = (f: FirstSeasonInputs): Record<string, unknown> => ({ multiplier: PEAK_MULTIPLIER, busiestDay: f.busiestDay, busiestDate: f.busiestDate, busyMedian: f.busyMedian });

/** The day the rule multiplied: a store without a last season sees which day its peak rests on. */
function firstSeasonLine(r: ForecastResult, f: FirstSeasonInputs): string {
  const days = r.daily.filter((d) => d.actual === undefined && d.method.includes("first-season")).map((d) => d.date.slice(5));
  const growth = r.growth.value === 1 ? "" : ` x${r.growth.value.toFixed(3)} growth`;
  return `First-season peak: ${PEAK_MULTIPLIER} x ${fmt(f.busiestDay)} tickets on ${f.busiestDate} (the history's busiest day)${growth}, on ${days.join(", ")}`;
}

function floodLine(f: FirstSeasonInputs): string {
  return `the first-season peak rests on ${f.busiestDate}, ${fmt(f.busiestDay)} tickets: more than ${FLOOD_RATIO} x the median of the history's ten busiest days (${fmt(f.busyMedian)}); expected a real busy day: a flood or a bulk import? check it, or drop it from the export`;
}

interface RenderOptions {
  growthOption: number | undefined;
  /** MM-DD: the config's last shipping day, which the table marks as staff marks it */
  lastShippingDay: string | undefined;
  first: FirstSeasonInputs | undefined;
}

function render(r: ForecastResult, out: string, { growthOption, lastShippingDay, first }: RenderOptions, printer: Printer): string {
  const c = printer.c;
  const days = r.daily.filter((d) => d.actual === undefined);
  const lines: string[] = [];
  lines.push(c.bold(`Forecast ${r.rowsFrom} to ${r.window.to} (${r.window.reason}), ${r.zone}; channels: ${r.channels.join(", ")}`));
  const total = days.reduce((s, d) => s + d.expected, 0);
  lines.push(`Expected ${fmt(total)} tickets over ${days.length} days; ${r.rows.length.toLocaleString("en-US")} hourly rows written to ${out}`);
  for (const w of r.warnings) lines.push(c.bold.red(`WARNING: ${w}`));
  lines.push(`Growth used: x${r.growth.value.toFixed(3)} (${r.growth.source})`);
  if (growthOption !== undefined && r.growth.source.startsWith("year-over-year")) lines.push(c.yellow(`--growth ${growthOption} not used: the history gives a year-over-year comparison`));
  if (r.tracking) {
    const t = r.tracking;
    lines.push(`Tracking ${t.from}..${t.to} (${t.days} days seen): actual ${fmt(t.actual)} against forecast ${fmt(t.forecast)} = ${(t.ratio * 100).toFixed(1)} %; remaining days scaled by x${t.applied.toFixed(3)}`);
  }
  const levels = Object.entries(r.fits).map(([ch, f]) => `${ch} ${f.level ?? "-"}${f.comparableFrom ? ` (learnt from ${f.comparableFrom}: the history before is not comparable)` : ""}`);
  if (levels.length > 0) lines.push(`Level model by rolling check (year-over-year, or the level model that beat it): ${levels.join("; ")}`);
  lines.push("Methods:");
  const byMethod = new Map<string, string[]>();
  for (const m of r.methods) byMethod.set(m.method, [...(byMethod.get(m.method) ?? []), m.from === m.to ? m.from.slice(5) : `${m.from.slice(5)}..${m.to.slice(5)}`]);
  for (const [method, spans] of byMethod) {
    const n = r.methods.filter((m) => m.method === method).reduce((s, m) => s + m.days, 0);
    lines.push(`  ${method.padEnd(16)} ${String(n).padStart(3)} days: ${spans.join(", ")}`);
  }
  if (first) lines.push(busiestDayStandsAlone(first) ? c.yellow(firstSeasonLine(r, first)) : firstSeasonLine(r, first));
  lines.push(dayTable(days, lastShippingDay, printer));
  return lines.join("\n");
}

/**
 * The days the table marks: the event peak days (Black Friday to Cyber Monday, the config's last shipping day and the
 * two before, the days staff gives peak seniors) and the busiest tenth.
 */
export function markedDays(days: ReadonlyArray<Pick<DailyForecast, "date" | "expected">>, lastShippingDay: string | undefined): Set<string> {
  const sorted = days.map((d) => d.expected).sort((a, b) => b - a);
  const cut = sorted[Math.max(0, Math.ceil(sorted.length / 10) - 1)] ?? Infinity;
  const peaks = new Set<string>();
  for (const d of days) for (const p of peakDates(seasonYearOf(d.date), lastShippingDay)) peaks.add(p);
  return new Set(days.filter((d) => d.expected >= cut || peaks.has(d.date)).map((d) => d.date));
}

function dayTable(days: readonly DailyForecast[], lastShippingDay: string | undefined, printer: Printer): string {
  const c = printer.c;
  const marked = markedDays(days, lastShippingDay);
  const grid = table(["date", "day", "event", "expected", "p90", "vs last season"], { align: ["left", "left", "left", "right", "right", "right"] });
  for (const d of days) {
    const peak = marked.has(d.date);
    const mark = (s: string): string => (peak ? c.bold.red(s) : s);
    const change = d.change === undefined ? "" : `${pct(d.change)} (${fmt(d.lastSeason ?? 0)} on ${d.lastSeasonDate?.slice(5) ?? ""})`;
    grid.push([mark(d.date), d.weekday, d.event, mark(fmt(d.expected)), fmt(d.p90), change]);
  }
  return grid.toString();
}
