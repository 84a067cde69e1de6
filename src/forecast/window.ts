// Which dates a forecast covers: the next season after the history, a named season, or any from/to.
import { seasonYearOf } from "../time/events.js";
import { addDays, inSeasonWindow } from "./series.js";

export interface WindowOptions {
  season?: number;
  from?: string;
  to?: string;
}

export interface Window {
  from: string;
  to: string;
  /** how the window was chosen, for the report */
  reason: string;
}

export function seasonWindow(year: number): { from: string; to: string } {
  return { from: `${year}-11-01`, to: `${year + 1}-01-15` };
}

/**
 * From/to win, then --season; else the season the history ends in when it stops inside one (a mid-season re-run),
 * or the next season to start after the history's last day.
 */
export function resolveWindow(lastDate: string, options: WindowOptions): Window {
  if (options.from !== undefined || options.to !== undefined) {
    const from = options.from ?? addDays(lastDate, 1);
    const to = options.to ?? seasonWindow(seasonYearOf(from)).to;
    return { from, to, reason: "--from/--to" };
  }
  if (options.season !== undefined) return { ...seasonWindow(options.season), reason: `--season ${options.season}` };
  const year = seasonYearOf(lastDate);
  const current = seasonWindow(year);
  if (inSeasonWindow(lastDate) && lastDate < current.to) return { ...current, reason: `the season the history ends in (${year})` };
  const next = lastDate < `${year}-11-01` ? year : year + 1;
  return { ...seasonWindow(next), reason: `the next season after the history (${next})` };
}
