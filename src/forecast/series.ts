// The forecast's view of an hourly series: one record per local day and channel, with plain date arithmetic.
import type { HourlySeries, SeriesChannel } from "../ingest/types.js";

export interface DayHistory {
  /** YYYY-MM-DD local */
  date: string;
  /** 1 = Monday ... 7 = Sunday */
  weekday: number;
  /** local hour of day (0..23) of each clock hour; a fall-back day repeats one */
  hods: number[];
  counts: number[];
  total: number;
  /** the day runs from local midnight to midnight (the first and last day of an export are usually cut) */
  complete: boolean;
}

export interface ChannelHistory {
  channel: SeriesChannel;
  zone: string;
  days: DayHistory[];
  byDate: Map<string, DayHistory>;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: the time axis of every daily fit. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 1 = Monday ... 7 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOfDate(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayOfDate(date) - 1] ?? "";
}

/** Hour keys look like 2026-11-27T09:00+02:00, so date and hour are fixed slices. */
export function splitHourKey(key: string): { date: string; hod: number } {
  return { date: key.slice(0, 10), hod: Number(key.slice(11, 13)) };
}

/** The season window (1 Nov to 15 Jan) that `date` falls in, if any. */
export function inSeasonWindow(date: string): boolean {
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return m === 11 || m === 12 || (m === 1 && d <= 15);
}

/** Groups one channel of the series by local day. A day is complete when it starts at 00 and ends at 23. */
export function channelHistory(series: HourlySeries, channel: SeriesChannel): ChannelHistory {
  const counts = series.counts.get(channel) ?? [];
  const days: DayHistory[] = [];
  let current: DayHistory | undefined;
  for (let i = 0; i < series.hours.length; i++) {
    const { date, hod } = splitHourKey(series.hours[i] ?? "");
    if (current === undefined || current.date !== date) {
      current = { date, weekday: weekdayOfDate(date), hods: [], counts: [], total: 0, complete: false };
      days.push(current);
    }
    const c = counts[i] ?? 0;
    current.hods.push(hod);
    current.counts.push(c);
    current.total += c;
  }
  for (const day of days) day.complete = day.hods[0] === 0 && day.hods[day.hods.length - 1] === 23;
  return { channel, zone: series.zone, days, byDate: new Map(days.map((d) => [d.date, d])) };
}

/** The same channel cut to the days before `date` (exclusive): what a forecaster standing on `date` knew. */
export function historyBefore(history: ChannelHistory, date: string): ChannelHistory {
  const days = history.days.filter((d) => d.date < date);
  return { ...history, days, byDate: new Map(days.map((d) => [d.date, d])) };
}
