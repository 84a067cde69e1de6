// The season a config plans: from its history, the forecast and the hourly requirements, made one way for plan and hire.
import type { Config } from "../config/types.js";
import { InputError } from "../errors.js";
import type { Growth } from "../forecast/seasonal.js";
import { unalignedCustomEventLines } from "../forecast/calendar.js";
import { carryLines } from "../forecast/daily.js";
import { forecastSeason, type ForecastResult } from "../forecast/index.js";
import type { IngestResult } from "../ingest/types.js";
import { staffRequirements, type StaffResult } from "../staff/requirements.js";
import { dateProblem } from "../values.js";

export interface Season {
  forecast: ForecastResult;
  staff: StaffResult;
  /**
   * to print, not to refuse on: a history that ends long before the window (the bundled sample's does), closed dates'
   * carried mail, a store event forecast without uplift, holes in the export the forecast worked around (a lost day,
   * a silent channel), and staff's notes (mail after the last open hour)
   */
  warnings: string[];
  /**
   * a forecast nobody should staff on (far below the recent run rate: a cut export, a year-ago level taken as
   * today's): plan writes only a draft (verdict.ts reads forecast.warnings), hire sizes no cohort on it
   */
  refusals: string[];
}

/**
 * Every config input the forecast takes (season, growth, events, closed days) and the staffing after it: `hire` once
 * forecast without closedDays, so a closed day's email landed on the next day and it sized hires plan never needed.
 */
export function seasonFromHistory(config: Config, ingest: Pick<IngestResult, "series" | "summary">): Season {
  const forecast = forecastSeason(ingest.series, {
    ...(config.season ?? {}),
    growth: fallbackGrowth(undefined, config),
    events: { enabled: config.events.enabled, lastShippingDay: config.events.lastShippingDay, custom: config.events.custom },
    closedDays: config.closedDays,
    carryChannels: backlogChannels(config),
  });
  const staff = staffRequirements(forecast.rows, config, { zone: config.timezone, source: ingest.summary.file });
  const stale = staleHistoryLine(ingest.summary, forecast.window.from);
  const unaligned = unalignedCustomEventLines(forecast.daily, config.events.enabled ? config.events.custom : []);
  const warnings = [...(stale === undefined ? [] : [stale]), ...carryLines(forecast.daily), ...unaligned, ...forecast.exportWarnings, ...staff.notes];
  return { forecast, staff, warnings, refusals: forecast.warnings };
}

/**
 * The channels staff answers as a backlog (every model but erlang-c: email, forms, social by default): their messages
 * on a closed date wait for the desk, so the forecast carries them to the next open day. Chat and phone meet the
 * closed day's auto-reply and are not carried.
 */
export function backlogChannels(config: Pick<Config, "channels">): string[] {
  return Object.entries(config.channels).filter(([, t]) => t.model !== "erlang-c").map(([name]) => name);
}

/** Days between the history's last ticket and the planned window's first day above which the plan is stale. */
export const STALE_HISTORY_DAYS = 60;

/** One warning when the history ends more than STALE_HISTORY_DAYS before the window starts. */
export function staleHistoryLine(summary: IngestResult["summary"], windowFrom: string): string | undefined {
  const last = summary.lastTicket?.slice(0, 10);
  if (last === undefined || dateProblem(last) !== undefined || dateProblem(windowFrom) !== undefined) return undefined;
  const gap = Math.round((Date.parse(`${windowFrom}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000);
  if (gap <= STALE_HISTORY_DAYS) return undefined;
  return `${summary.file}: the history ends ${last}, ${gap} days before the planned window starts ${windowFrom}; expected a recent export (within ${STALE_HISTORY_DAYS} days), or the level may be out of date`;
}

/** --growth wins, then the config's growth, else 1.0; the core uses it only without a year-ago comparison. */
export function fallbackGrowth(option: number | undefined, config: Config): Growth {
  if (option !== undefined) {
    if (!Number.isFinite(option) || option <= 0 || option > 100) throw new InputError("--growth", undefined, `${option}; expected a number above 0, e.g. 1.15 for 15 % growth`);
    return { value: option, source: "--growth" };
  }
  if (config.growth !== undefined) return { value: config.growth, source: `config ${config.file}` };
  return { value: 1, source: "default" };
}
