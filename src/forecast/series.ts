// The forecast's view of an hourly series: one record per local day and channel, with plain date arithmetic.
import type { HourlySeries, SeriesChannel } from "../ingest/types.js";
import { dateOfDayNumber, dayNumber, weekdayOfDate } from "../time/dates.js";

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

// The date arithmetic lives in time/dates.ts; the forecast modules import it from here with the rest of the series.
export { addDays, dateOfDayNumber, dayNumber, WEEKDAY_NAMES, weekdayName, weekdayOfDate } from "../time/dates.js";

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

/** Days by day number, from the first: `days[n - first]` is `byDate.get(dateOfDayNumber(n))`. */
export interface DayIndex {
  first: number;
  days: Array<DayHistory | undefined>;
}

// The level around a date and the weeks around a closed date look at dozens of days each, for every day of the
// history: one date string and one map look-up per day cost more than the sums themselves. Kept per byDate map,
// which a history never changes once built.
const indexes = new WeakMap<ReadonlyMap<string, DayHistory>, DayIndex>();
export function daysByNumber(byDate: ReadonlyMap<string, DayHistory>): DayIndex {
  let index = indexes.get(byDate);
  if (index) return index;
  const numbered: Array<[number, DayHistory]> = [];
  for (const [date, day] of byDate) {
    const n = dayNumber(date);
    // Only a key addDays could have made (a plain YYYY-MM-DD) is one a look-up by a computed date would find.
    if (dateOfDayNumber(n) === date) numbered.push([n, day]);
  }
  const first = numbered.reduce((m, [n]) => Math.min(m, n), Infinity);
  index = { first: Number.isFinite(first) ? first : 0, days: [] };
  for (const [n, day] of numbered) index.days[n - index.first] = day;
  indexes.set(byDate, index);
  return index;
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

/** Complete days' totals over all channels together, by date, and the last complete date ("" when none). */
export function allChannelTotals(histories: readonly ChannelHistory[]): { byDate: Map<string, number>; last: string } {
  const byDate = new Map<string, number>();
  let last = "";
  for (const h of histories) {
    for (const d of h.days) {
      if (!d.complete) continue;
      byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.total);
      if (d.date > last) last = d.date;
    }
  }
  return { byDate, last };
}
