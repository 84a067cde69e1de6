// Shared by the commands that read an export (analyze, forecast, backtest, plan): options checked into core inputs.
import { promises as fs } from "node:fs";
import { loadConfig, type Config } from "../config.js";
import { InputError } from "../errors.js";
import type { EventSettings } from "../forecast/calendar.js";
import { ingestExport } from "../ingest/read.js";
import type { IngestResult } from "../ingest/types.js";
import { ingestWarnings } from "../io/ingest-warnings.js";
import { SAMPLE } from "../io/paths.js";
import type { Printer } from "../io/terminal.js";
import { countProblem, dateProblem, eventNameProblem, oversizedJsonNumber, shown, zoneProblem, type Problem } from "../values.js";

export interface HistoryOptions {
  history?: string;
  tz?: string;
  timeColumn?: string;
  channelColumn?: string;
  dateFormat?: string;
  /** spread a date-only export's days over the intraday profile (--spread-days) */
  spreadDays?: boolean;
  config?: string;
}

/** Exit 2 naming the option when one of src/values.ts's checks found a problem. */
export function checkOption(problem: Problem, option: string): void {
  if (problem !== undefined) throw new InputError(option, undefined, problem);
}

export function checkDate(value: string | undefined, option: string): string | undefined {
  if (value !== undefined) checkOption(dateProblem(value), option);
  return value;
}

/**
 * Loads the config (unless given), reads the export in the store's zone and prints the ingest warnings once.
 * A reading-progress line is shown only on a terminal.
 */
export async function readHistory(
  options: HistoryOptions,
  printer: Printer,
  loaded?: Config,
): Promise<{ config: Config; zone: string; ingest: IngestResult }> {
  const config = loaded ?? (await loadConfig(options.config));
  const zone = options.tz ?? config.timezone;
  checkOption(zoneProblem(zone), "--tz");
  // No bundled default: a forgotten --history forecast the demo store, exit 0, and a lead could staff on it.
  const history = options.history ?? config.history;
  if (history === undefined) throw new InputError("--history", undefined, "missing; expected your help-desk export (--history tickets.csv), or \"history\" in the config; `peakplan demo` runs the bundled sample");
  let shown = -1;
  const ingest = await ingestExport(history, {
    zone,
    timeColumn: options.timeColumn ?? config.ingest.timeColumn,
    channelColumn: options.channelColumn ?? config.ingest.channelColumn,
    idColumn: config.ingest.idColumn,
    countColumn: config.ingest.countColumn,
    dateFormat: options.dateFormat ?? config.ingest.dateFormat,
    channelMap: config.ingest.channelMap,
    maxOtherShare: config.ingest.maxOtherShare,
    spreadDays: options.spreadDays ?? config.ingest.spreadDays,
    maxBadRowShare: config.ingest.maxBadRowShare,
    onProgress: printer.progress
      ? (read, total) => {
          const percent = Math.floor((read / Math.max(total, 1)) * 100);
          if (percent !== shown) printer.status(`reading ${history}: ${(shown = percent)} %`);
        }
      : undefined,
  });
  printer.status("");
  if (ingest.series.hours.length === 0) throw new InputError(history, undefined, "holds no usable tickets; expected a ticket export with created times");
  for (const w of [...ingestWarnings(ingest.summary), ...singleChannelLines(ingest, config)]) printer.err(`peakplan: warning: ${w}`);
  return { config, zone, ingest };
}

/**
 * An export without a channel column is planned as one channel "all" with the model the config gives it: said in
 * one line by every command, so nobody plans phone calls as an email backlog without knowing.
 */
export function singleChannelLines(ingest: IngestResult, config: Config): string[] {
  if (ingest.summary.channelColumn !== undefined) return [];
  const target = config.channels.all;
  const model = target ? (target.model === "erlang-c" ? "an Erlang C queue" : `a backlog answered within ${target.responseHours} h`) : "a backlog (the default)";
  const intended = config.ingest.singleChannel ? " (ingest.singleChannel: intended)" : "; set ingest.singleChannel to true if intended, or name the column with --channel-column";
  return [`${ingest.summary.file}: no channel column, so all tickets are planned as one channel "all", staffed as ${model} (channels.all in the config)${intended}`];
}

/**
 * default: the config's events; none: every event off; else a JSON file [{name, date, days}] added to them. A
 * file adds the store's own days; it does not turn on the retail calendar a config turned off (a B2B desk's sale
 * would otherwise bring back Black Friday, and with it the first-season rule's tripled days).
 */
export async function eventSettings(option: string | undefined, config: Config): Promise<EventSettings> {
  const base = { enabled: config.events.enabled, lastShippingDay: config.events.lastShippingDay, custom: config.events.custom };
  if (option === undefined || option === "default") return base;
  if (option === "none") return { ...base, enabled: false };
  let text: string;
  try {
    text = await fs.readFile(option, "utf8");
  } catch {
    throw new InputError(option, undefined, "cannot be read; expected --events default, none, or a JSON file of events");
  }
  const huge = oversizedJsonNumber(text);
  if (huge) throw new InputError(option, huge.line, `${huge.literal} is too large a number; expected a finite number`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(option, undefined, 'is not valid JSON; expected [{"name": "spring-sale", "date": "2026-11-05", "days": 2}]');
  }
  if (!Array.isArray(raw)) throw new InputError(option, undefined, 'expected a JSON array like [{"name": "spring-sale", "date": "2026-11-05", "days": 2}]');
  const custom = raw.map((e: unknown, i) => {
    const o = (typeof e === "object" && e !== null && !Array.isArray(e) ? e : {}) as Record<string, unknown>;
    const at = `[${i}]`;
    const fail = (problem: Problem, key: string): void => {
      if (problem !== undefined) throw new InputError(option, `${at}.${key}`, problem);
    };
    fail(eventNameProblem(o.name), "name");
    fail(typeof o.date === "string" ? dateProblem(o.date) : `${shown(o.date)}; expected a date YYYY-MM-DD`, "date");
    const days = o.days === undefined ? 1 : o.days;
    fail(countProblem(days, 1, 60), "days");
    for (const k of Object.keys(o)) if (!["name", "date", "days"].includes(k)) throw new InputError(option, `${at}.${k}`, "unknown key; expected name, date, days");
    return { name: o.name as string, date: o.date as string, days: days as number };
  });
  if (!base.enabled) return { ...base, enabled: true, retail: false, custom };
  return { ...base, enabled: true, custom: [...base.custom, ...custom] };
}

/**
 * The team's agents.csv: the option, else the config's `agents`. Never the bundled demo team behind the lead's back:
 * a roster of the sample's agents for a real store's requirements is a plan nobody can work (plan refuses it too).
 */
/**
 * The config a command reads: --config, the bundled sample's with --sample (never both), or, when neither is given,
 * `fallback` (undefined: the defaults) if the command can run without one, else exit 2 with `missing`. The bundled
 * sample never stands in unasked: a forgotten option planned or sized the demo store, exit 0.
 */
export function configChoice(options: { config?: string; sample?: boolean }, missing: string): string;
export function configChoice(options: { config?: string; sample?: boolean }, missing: string | undefined): string | undefined;
export function configChoice(options: { config?: string; sample?: boolean }, missing: string | undefined): string | undefined {
  if (options.sample && options.config !== undefined) throw new InputError("--sample", undefined, "given with --config; expected one of them");
  if (options.sample) return SAMPLE.config;
  if (options.config === undefined && missing !== undefined) throw new InputError("--config", undefined, `missing; expected ${missing}`);
  return options.config;
}

export function agentsFile(option: string | undefined, config: Config): string {
  const file = option ?? config.agents;
  if (file === undefined) throw new InputError("--agents", undefined, 'missing; expected the team\'s agents.csv (peakplan init writes a template), or "agents" in the config');
  return file;
}
