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

/** Plain data: mean, median and bands per hour, and which rule made each hour. */
export interface Prediction {
  mean: number[];
  median: number[];
  bands: Band[];
  method: string[];
}

export interface FittedModel {
  predict(hours: readonly HourSlot[], levels: readonly number[]): Prediction;
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
