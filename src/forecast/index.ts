// The forecast core: a series and options in, one row per clock hour and channel plus a daily summary out. Pure.
import type { HourlySeries } from "../ingest/types.js";
import { eventCalendar, type EventSettings } from "./calendar.js";
import { storeHistory } from "./events.js";
import { firstSeasonInputs, type FirstSeasonInputs } from "./first-season.js";
import type { DayPrediction, ForecastModel, Growth, HourSlot } from "./model.js";
import { recalibrated, trackingRatio, type Tracking } from "./recalibrate.js";
import { windowSlots } from "./slots.js";
import { peakplanModel } from "./seasonal.js";
import { addDays, allChannelTotals, channelHistory, splitHourKey, weekdayName, type ChannelHistory } from "./series.js";
import type { ForecastRow } from "./types.js";
import { resolveWindow, type Window, type WindowOptions } from "./window.js";
import { normalQuantile } from "./intervals.js";

export interface ForecastOptions extends WindowOptions {
  /** growth when the history has no year-ago comparison (from --growth or config), with its source */
  growth?: Growth;
  events?: EventSettings;
  /** dates the store is closed: config closedDays (YYYY-MM-DD or MM-DD), public holidays included */
  closedDays?: readonly string[];
  /** the model to run; peakplan's by default */
  model?: ForecastModel;
  /** channels whose messages on a closedDays date wait for the next open day (the config's backlog channels) */
  carryChannels?: readonly string[];
}

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

export interface ForecastResult {
  zone: string;
  window: Window;
  /** first day that has rows: the window's start, or the day after the history in a mid-season re-run */
  rowsFrom: string;
  channels: string[];
  rows: ForecastRow[];
  daily: DailyForecast[];
  growth: Growth;
  growthByChannel: Record<string, Growth>;
  methods: MethodSpan[];
  tracking?: Tracking;
  /** the level model each channel's rolling check chose, and where its comparable history starts */
  fits: Record<string, { level?: string; comparableFrom?: string }>;
  /** the recent run rate: tickets a day over the last 28 complete days, all channels */
  runRate: number;
  /** loud warnings: a forecast far below the recent run rate is not fine */
  warnings: string[];
  /** to print beside the forecast: each closed date's carried messages (carryLines), a partial last-season comparison */
  notes: string[];
  /** what the first-season rule reads (the busiest day and its date), for the command to name when the rule was used */
  firstSeason: FirstSeasonInputs;
}

/** A forecast whose daily mean is below this share of the recent run rate is flagged (plan exits 3 on it). */
export const LOW_FORECAST_SHARE = 0.5;

const P10 = normalQuantile(0.1);

export function forecastSeason(series: HourlySeries, options: ForecastOptions = {}): ForecastResult {
  const lastDate = series.hours.length > 0 ? splitHourKey(series.hours[series.hours.length - 1] ?? "").date : "1970-01-01";
  const window = resolveWindow(lastDate, options);
  const channels = series.channels.length > 0 ? series.channels : (["all"] as const);
  const histories = channels.map((c) => channelHistory(series, c));
  const recent = recentVolume(histories);
  const store = storeHistory(histories);
  const firstSeason = firstSeasonInputs(histories);
  const model = options.model ?? peakplanModel({
    calendar: eventCalendar(options.events ?? { enabled: true }),
    ...(options.growth ? { fallbackGrowth: options.growth } : {}),
    ...(options.closedDays ? { closedDays: options.closedDays } : {}),
    ...(options.carryChannels ? { carryChannels: options.carryChannels } : {}),
    firstSeason,
    ...(store ? { store } : {}),
  });
  const seen = lastDate >= window.from;
  const rowsFrom = seen ? (addDays(lastDate, 1) > window.from ? addDays(lastDate, 1) : window.from) : window.from;
  const slots: HourSlot[] = windowSlots(rowsFrom, window.to, series.zone);
  // A mid-season re-run judges the forecast made before the window, then scales what is left by its tracking.
  const used = seen ? recalibrated(model, { from: window.from, to: lastDate }) : model;

  const rowsByChannel: ForecastRow[][] = [];
  const dayTotals = new Map<string, DayAcc>();
  const growthByChannel: Record<string, Growth> = {};
  const fits: ForecastResult["fits"] = {};
  let yoyActual = 0;
  let yoyExpected = 0;
  let seenActual = 0;
  let seenForecast = 0;
  let seenDays = 0;
  let trackFrom = "";
  let trackTo = "";

  histories.forEach((history, c) => {
    const channel = channels[c] ?? "all";
    const fitted = used.fit(history);
    const info = fitted.info ?? {};
    growthByChannel[channel] = info.growth ?? { value: 1, source: "default" };
    fits[channel] = { ...(info.level ? { level: info.level } : {}), ...(info.comparableFrom ? { comparableFrom: info.comparableFrom } : {}) };
    if (info.yoy) {
      yoyActual += info.yoy.actual;
      yoyExpected += info.yoy.expected;
    }
    for (const d of info.seen ?? []) {
      const acc = addDay(dayTotals, d, channel);
      acc.actual = (acc.actual ?? 0) + d.actual;
      if (trackFrom === "" || d.date < trackFrom) trackFrom = d.date;
      if (d.date > trackTo) trackTo = d.date;
    }
    if (info.tracking) {
      seenActual += info.tracking.actual;
      seenForecast += info.tracking.forecast;
      seenDays = Math.max(seenDays, info.tracking.days);
    }
    const pred = fitted.predict(slots, [80]);
    const band = pred.bands[0];
    const events = new Map((pred.daily ?? []).map((d) => [d.date, d.event]));
    const rows: ForecastRow[] = [];
    rowsByChannel.push(rows);
    slots.forEach((s, i) => {
      rows.push({
        hourStart: s.hourStart,
        channel,
        volume: pred.mean[i] ?? 0,
        p10: band?.lo[i] ?? 0,
        p50: pred.median[i] ?? 0,
        p90: band?.hi[i] ?? 0,
        event: events.get(s.date) ?? "",
        method: pred.method[i] ?? "",
      });
    });
    // A recalibrated fit scales its hours, the carried messages among them, but passes the carried figure through.
    const k = info.tracking?.applied ?? 1;
    for (const d of pred.daily ?? dailyFromHours(slots, pred.mean, pred.method)) addDay(dayTotals, d.carried ? { ...d, carried: { ...d.carried, volume: d.carried.volume * k } } : d, channel);
  });

  const accs = [...dayTotals.values()].sort((a, b) => a.date.localeCompare(b.date));
  const daily = accs.map(finishDay);
  // Each channel's rows follow the slots; staff reads them by hour, so interleave: hour by hour, channel by channel.
  const rows: ForecastRow[] = [];
  slots.forEach((_, i) => {
    for (const list of rowsByChannel) {
      const row = list[i];
      if (row) rows.push(row);
    }
  });
  const growth = overallGrowth(growthByChannel, yoyActual, yoyExpected);
  const ahead = daily.filter((d) => d.actual === undefined);
  const result: ForecastResult = {
    zone: series.zone, window, rowsFrom, channels: [...channels], rows, daily, growth, growthByChannel, methods: methodSpans(daily),
    fits, runRate: recent.runRate, warnings: lowForecastWarnings(ahead, recent.runRate),
    notes: [...carryLines(daily), ...partialComparisonNote(accs.filter((d) => d.actual === undefined))],
    firstSeason,
  };
  if (seen && seenDays > 0) {
    const t = trackingRatio(seenActual, seenForecast, seenDays);
    result.tracking = { from: trackFrom, to: trackTo, days: seenDays, actual: seenActual, forecast: seenForecast, ...t };
  }
  return result;
}

/** The recent run rate: tickets a day over the last 28 complete days, all channels together. */
function recentVolume(histories: readonly ChannelHistory[]): { runRate: number } {
  const { byDate, last: lastComplete } = allChannelTotals(histories);
  const from28 = addDays(lastComplete, -27);
  let sum28 = 0;
  let n28 = 0;
  for (const [date, total] of byDate) {
    if (date >= from28) {
      sum28 += total;
      n28++;
    }
  }
  return { runRate: n28 > 0 ? sum28 / n28 : 0 };
}

/** A forecast far below what the store handles now is almost always a broken comparison, not a quiet season. */
export function lowForecastWarnings(days: readonly DailyForecast[], runRate: number): string[] {
  if (days.length === 0 || !(runRate > 0)) return [];
  const mean = days.reduce((s, d) => s + d.expected, 0) / days.length;
  if (mean >= LOW_FORECAST_SHARE * runRate) return [];
  const share = Math.round((mean / runRate) * 100);
  return [`the forecast averages ${mean.toFixed(1)} tickets a day, ${share} % of the last 4 weeks' run rate of ${runRate.toFixed(1)} a day; expected at least ${Math.round(LOW_FORECAST_SHARE * 100)} %: check the history (a cut or migrated export, a closed channel) before staffing on it`];
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
function dailyFromHours(slots: readonly HourSlot[], mean: readonly number[], method: readonly string[]): DayPrediction[] {
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
type DayAcc = DailyForecast & { variance: number; compared: string[]; comparedExpected: number; without: string[] };

function addDay(acc: Map<string, DayAcc>, p: DayPrediction, channel: string): DayAcc {
  let d = acc.get(p.date);
  if (!d) {
    d = { date: p.date, weekday: weekdayName(p.date), event: p.event, expected: 0, p10: 0, p90: 0, method: p.method, variance: 0, compared: [], comparedExpected: 0, without: [] };
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
  } else d.without.push(channel);
  if (p.carried) (d.carried ??= []).push({ channel, ...p.carried });
  if (!d.method.split("/").includes(p.method)) d.method = `${d.method}/${p.method}`;
  return d;
}

function finishDay(d: DayAcc): DailyForecast {
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
function partialComparisonNote(days: readonly DayAcc[]): string[] {
  const partial = days.filter((d) => d.compared.length > 0 && d.without.length > 0);
  const total = partial.reduce((s, d) => s + d.expected, 0);
  const left = partial.reduce((s, d) => s + d.expected - d.comparedExpected, 0);
  if (!(total > 0) || left < PARTIAL_COMPARISON_SHARE * total) return [];
  const names = (pick: (d: DayAcc) => string[]): string => [...new Set(partial.flatMap(pick))].join(", ");
  return [`vs last season compares ${names((d) => d.compared)} only on ${partial.length} days: ${names((d) => d.without)} (${Math.round((left / total) * 100)} % of their expected volume) had no last season`];
}

function overallGrowth(byChannel: Record<string, Growth>, actual: number, expected: number): Growth {
  const list = Object.values(byChannel);
  if (expected > 0) {
    const src = list.find((g) => g.source.startsWith("year-over-year"))?.source ?? "year-over-year";
    return { value: actual / expected, source: src };
  }
  return list[0] ?? { value: 1, source: "default" };
}

function methodSpans(daily: readonly DailyForecast[]): MethodSpan[] {
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

export type { Growth };
