// The one interface every forecasting model sits behind (statsforecast style): fit a channel, predict hours with bands.
import type { ChannelHistory } from "./series.js";

/** A clock hour to predict. */
export interface HourSlot {
  hourStart: string;
  /** YYYY-MM-DD local */
  date: string;
  /** local hour of day 0..23 */
  hod: number;
  weekday: number;
}

/** A central band, e.g. level 80 is p10..p90. */
export interface Band {
  level: number;
  lo: number[];
  hi: number[];
}

/** One predicted day of a daily model: its total and the spread of that total, for the daily summary. */
export interface DayPrediction {
  date: string;
  total: number;
  /** standard deviation of the day's total (count noise plus the level error shared by its hours) */
  sd: number;
  event: string;
  method: string;
  /** the aligned day last season and its actual, where the model compared against it */
  lastSeasonDate?: string;
  lastSeasonActual?: number;
  /** the aligned day last season was lost from the export (no tickets on an open day): forecast without it */
  lastSeasonLost?: true;
  /** a channel without a last season of its own: the store's seasonal ratio its day carries (store-season.ts) */
  storeSeason?: number;
  /** a closed date's messages that wait for the desk: how many, and the hour they land in (none past the window) */
  carried?: { volume: number; to?: string };
}

/** Plain data: mean, median and bands per hour, and which rule made each hour; daily models add their days. */
export interface Prediction {
  mean: number[];
  median: number[];
  bands: Band[];
  method: string[];
  /** one entry per date of the hours asked for, in order (daily models only) */
  daily?: DayPrediction[];
}

export interface Growth {
  value: number;
  /** where the value came from: "year-over-year ...", "--growth", "config", "default" */
  source: string;
}

/** What a fit found, as plain data for the report. */
export interface FitInfo {
  growth?: Growth;
  /** tickets behind a year-over-year growth: this year's actual and last season's expectation of the same days */
  yoy?: { actual: number; expected: number };
  /** the level model the rolling check chose */
  level?: string;
  /** first date learnt from when the start of the history was cut as not comparable */
  comparableFrom?: string;
  /** a recalibrated fit: the days already seen, forecast (total) against actual, and the factor applied */
  seen?: Array<DayPrediction & { actual: number }>;
  tracking?: { actual: number; forecast: number; days: number; ratio: number; applied: number };
  /** a channel without a ticket for the last three weeks or more (gaps.ts silenced): the date of its last ticket */
  silentSince?: string;
}

export interface FittedModel {
  predict(hours: readonly HourSlot[], levels: readonly number[]): Prediction;
  info?: FitInfo;
}

export interface ForecastModel {
  name: string;
  fit(history: ChannelHistory): FittedModel;
}

/** Day-level output of the daily models before it is spread over hours. */
export interface DayPlan {
  date: string;
  total: number;
  /** weight per clock hour of the day, summing to 1 */
  shape: number[];
  method: string;
}
