// The forecast's daily summary: each day's expected total and band over the channels, its comparison with last season,
// the closed dates' carried mail, and the runs of days by method.
import type { DayPrediction, HourSlot } from "./model.js";
import { normalQuantile } from "./intervals.js";
import { weekdayName } from "./series.js";

const P10 = normalQuantile(0.1);

export interface DailyForecast {
  date: string;
  weekday: string;
  event: string;
  expected: number;
  p10: number;
  p90: number;
  method: string;
  /** last season's actual on the aligned day (same event and offset, else 52 weeks back) */
  lastSeasonDate?: string;
  /** summed over lastSeasonChannels: the channels that had a last season that day */
  lastSeason?: number;
  lastSeasonChannels?: string[];
  /** expected over the same channels / lastSeason - 1 */
  change?: number;
  /** days already seen in a mid-season re-run: this season's actual (expected is what was forecast for it) */
  actual?: number;
  /** a closed date's messages carried to the next open day, by channel: the hour they land in, none past the window */
  carried?: Array<{ channel: string; volume: number; to?: string }>;
}

export interface MethodSpan {
  method: string;
  from: string;
  to: string;
  days: number;
}

/**
 * One line per closed date whose messages were carried, e.g. "12-25 closed: 39 email/form/social messages carried to
 * 12-26 00:00"; what would land past the window's end is not planned, and the line says so.
 */
export function carryLines(daily: readonly DailyForecast[]): string[] {
  const say = (list: NonNullable<DailyForecast["carried"]>, what: string): string[] =>
    list.length === 0 ? [] : [`${Math.round(list.reduce((s, c) => s + c.volume, 0))} ${list.map((c) => c.channel).join("/")} messages ${what}`];
  return daily.flatMap((d) => {
    const list = (d.carried ?? []).filter((c) => c.volume >= 0.5);
    const landed = list.filter((c) => c.to !== undefined);
    // Each channel lands in its own first open hour; usually they share one.
    const hours = [...new Set(landed.map((c) => (c.to ?? "").slice(5, 16).replace("T", " ")))].sort().join(", ");
    const parts = [...say(landed, `carried to ${hours}`), ...say(list.filter((c) => c.to === undefined), "would wait past the window's end and are not planned")];
    return parts.length === 0 ? [] : [`${d.date.slice(5)} closed: ${parts.join("; ")}`];
  });
}

/** Days from hourly means, for a model that gives no daily view (the table baselines). */
export function dailyFromHours(slots: readonly HourSlot[], mean: readonly number[], method: readonly string[]): DayPrediction[] {
  const out: DayPrediction[] = [];
  slots.forEach((s, i) => {
    let last = out[out.length - 1];
    if (!last || last.date !== s.date) {
      last = { date: s.date, total: 0, sd: 0, event: "", method: method[i] ?? "" };
      out.push(last);
    }
    last.total += mean[i] ?? 0;
  });
  for (const d of out) d.sd = Math.sqrt(d.total);
  return out;
}

/** The expected volume of channels without a last season, as a share of the day's, below which no note is printed. */
export const PARTIAL_COMPARISON_SHARE = 0.01;

/** The channels with a last season that day, the expected volume of those, and the channels without one. */
export type DayAcc = DailyForecast & { variance: number; compared: string[]; comparedExpected: number; without: string[]; borrowedExpected: number };

export function addDay(acc: Map<string, DayAcc>, p: DayPrediction, channel: string): DayAcc {
  let d = acc.get(p.date);
  if (!d) {
    d = { date: p.date, weekday: weekdayName(p.date), event: p.event, expected: 0, p10: 0, p90: 0, method: p.method, variance: 0, compared: [], comparedExpected: 0, without: [], borrowedExpected: 0 };
    if (p.lastSeasonDate) d.lastSeasonDate = p.lastSeasonDate;
    acc.set(p.date, d);
  }
  d.expected += p.total;
  // Channels vary independently; within a day the level error is shared by every hour.
  d.variance += p.sd * p.sd;
  if (p.lastSeasonDate && !d.lastSeasonDate) d.lastSeasonDate = p.lastSeasonDate;
  if (p.lastSeasonActual !== undefined) {
    d.lastSeason = (d.lastSeason ?? 0) + p.lastSeasonActual;
    d.compared.push(channel);
    d.comparedExpected += p.total;
  } else if (p.storeSeason !== undefined) {
    // A channel carrying the store's season has its own line (store-season.ts), not the partial-comparison note.
    d.borrowedExpected += p.total;
  } else d.without.push(channel);
  if (p.carried) (d.carried ??= []).push({ channel, ...p.carried });
  if (!d.method.split("/").includes(p.method)) d.method = `${d.method}/${p.method}`;
  return d;
}

export function finishDay(d: DayAcc): DailyForecast {
  const sd = Math.sqrt(Math.max(0, d.variance));
  const out: DailyForecast = { date: d.date, weekday: d.weekday, event: d.event, expected: d.expected, p10: Math.max(0, d.expected + P10 * sd), p90: d.expected - P10 * sd, method: d.method };
  if (d.lastSeasonDate) out.lastSeasonDate = d.lastSeasonDate;
  // Like with like: a channel without a last season that day (new, or a handful of stray tickets) is left out of both
  // sides of the change, rather than blanking it for every channel.
  if (d.lastSeason !== undefined && d.compared.length > 0) {
    out.lastSeason = d.lastSeason;
    out.lastSeasonChannels = d.compared;
    if (d.lastSeason > 0) out.change = d.comparedExpected / d.lastSeason - 1;
  }
  if (d.actual !== undefined) out.actual = d.actual;
  if (d.carried) out.carried = d.carried;
  return out;
}

/** One line when the days compared with last season leave out channels holding PARTIAL_COMPARISON_SHARE or more. */
export function partialComparisonNote(days: readonly DayAcc[]): string[] {
  const partial = days.filter((d) => d.compared.length > 0 && d.without.length > 0);
  const total = partial.reduce((s, d) => s + d.expected - d.borrowedExpected, 0);
  const left = partial.reduce((s, d) => s + d.expected - d.comparedExpected - d.borrowedExpected, 0);
  if (!(total > 0) || left < PARTIAL_COMPARISON_SHARE * total) return [];
  const names = (pick: (d: DayAcc) => string[]): string => [...new Set(partial.flatMap(pick))].join(", ");
  return [`vs last season compares ${names((d) => d.compared)} only on ${partial.length} days: ${names((d) => d.without)} (${Math.round((left / total) * 100)} % of their expected volume) had no last season`];
}

export function methodSpans(daily: readonly DailyForecast[]): MethodSpan[] {
  const out: MethodSpan[] = [];
  for (const d of daily) {
    const method = d.actual !== undefined ? "seen" : d.method;
    const last = out[out.length - 1];
    if (last && last.method === method) {
      last.to = d.date;
      last.days++;
    } else out.push({ method, from: d.date, to: d.date, days: 1 });
  }
  return out;
}

