// The season a config plans: from its history, the forecast and the hourly requirements, made one way for plan and hire.
import { fallbackGrowth, staleHistoryLine } from "../commands/inputs.js";
import type { Config } from "../config/types.js";
import { forecastSeason, type ForecastResult } from "../forecast/index.js";
import type { IngestResult } from "../ingest/types.js";
import { staffRequirements, type StaffResult } from "../staff/requirements.js";

export interface Season {
  forecast: ForecastResult;
  staff: StaffResult;
  /** to print, not to refuse on: a history that ends long before the window (the bundled sample's does) */
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
  });
  const staff = staffRequirements(forecast.rows, config, { zone: config.timezone, source: ingest.summary.file });
  const stale = staleHistoryLine(ingest.summary, forecast.window.from);
  return { forecast, staff, warnings: stale === undefined ? [] : [stale], refusals: forecast.warnings };
}
