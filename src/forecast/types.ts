// The forecast's contract with staff and plan: one row per clock hour and channel.
export interface ForecastRow {
  /** ISO 8601 local with offset (time/hours.ts hourKey) */
  hourStart: string;
  channel: string;
  /** expected tickets */
  volume: number;
  p10: number;
  p50: number;
  p90: number;
  /** event the day belongs to, or "" */
  event: string;
  /** which rule made the hour: seasonal, event-aligned, first-season, recalibrated, ... */
  method: string;
}

export const FORECAST_COLUMNS = ["hour_start", "channel", "volume", "p10", "p50", "p90", "event", "method"] as const;
