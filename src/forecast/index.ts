// The forecast core: a series and options in, one row per clock hour and channel plus a daily summary out. Pure.
import type { HourlySeries } from "../ingest/types.js";
import { eventCalendar, type EventSettings } from "./events.js";
import type { HourSlot } from "./model.js";
import { trackingRatio, type Tracking } from "./recalibrate.js";
import { windowSlots } from "./slots.js";
import { peakplanModel, predictByDay, type FittedPeakplan, type Growth, type PeakplanDay } from "./seasonal.js";
import { addDays, channelHistory, historyBefore, splitHourKey, weekdayName } from "./series.js";
import type { ForecastRow } from "./types.js";
import { resolveWindow, type Window, type WindowOptions } from "./window.js";
import { normalQuantile } from "./intervals.js";

export interface ForecastOptions extends WindowOptions {
  /** growth when the history has no year-ago comparison (from --growth or config), with its source */
  growth?: Growth;
  events?: EventSettings;
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
  lastSeason?: number;
  /** expected / lastSeason - 1 */
  change?: number;
  /** days already seen in a mid-season re-run: this season's actual (expected is what was forecast for it) */
  actual?: number;
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
}

const P10 = normalQuantile(0.1);

export function forecastSeason(series: HourlySeries, options: ForecastOptions = {}): ForecastResult {
  const lastDate = series.hours.length > 0 ? splitHourKey(series.hours[series.hours.length - 1] ?? "").date : "1970-01-01";
  const window = resolveWindow(lastDate, options);
  const calendar = eventCalendar(options.events ?? { enabled: true });
  const model = peakplanModel({ calendar, ...(options.growth ? { fallbackGrowth: options.growth } : {}) });
  const seen = lastDate >= window.from;
  const rowsFrom = seen ? (addDays(lastDate, 1) > window.from ? addDays(lastDate, 1) : window.from) : window.from;
  const slots: HourSlot[] = windowSlots(rowsFrom, window.to, series.zone);

  const rowsByChannel: ForecastRow[][] = [];
  const dayTotals = new Map<string, DailyForecast & { variance: number; lastCount: number }>();
  const growthByChannel: Record<string, Growth> = {};
  let yoyActual = 0;
  let yoyExpected = 0;
  let seenActual = 0;
  let seenForecast = 0;
  let seenDays = 0;
  let trackFrom = "";
  let trackTo = "";
  const channels = series.channels.length > 0 ? series.channels : (["all"] as const);

  for (const channel of channels) {
    const full = channelHistory(series, channel);
    // A mid-season re-run judges the forecast made before the window, then scales what is left by its tracking.
    const fitted = model.fit(seen ? historyBefore(full, window.from) : full);
    growthByChannel[channel] = fitted.growth;
    if (fitted.yoy) {
      yoyActual += fitted.yoy.actual;
      yoyExpected += fitted.yoy.expected;
    }
    let scale = 1;
    if (seen) {
      let a = 0;
      let f = 0;
      let n = 0;
      for (const d of full.days) {
        if (d.date < window.from || d.date > window.to || !d.complete) continue;
        const p = fitted.dayPlan(d.date, d.hods);
        a += d.total;
        f += p.total;
        n++;
        if (trackFrom === "" || d.date < trackFrom) trackFrom = d.date;
        if (d.date > trackTo) trackTo = d.date;
        const acc = addDay(dayTotals, p);
        acc.actual = (acc.actual ?? 0) + d.total;
      }
      seenActual += a;
      seenForecast += f;
      seenDays = Math.max(seenDays, n);
      scale = trackingRatio(a, f, n).applied;
    }
    const plans = new Map<string, PeakplanDay>();
    const plan = (date: string, hods: readonly number[]): PeakplanDay => {
      const p = fitted.dayPlan(date, hods);
      const out = scale === 1 ? p : { ...p, total: p.total * scale, method: "recalibrated" };
      plans.set(date, out);
      return out;
    };
    const pred = predictByDay(slots, [80], plan);
    const band = pred.bands[0];
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
        event: plans.get(s.date)?.event ?? "",
        method: pred.method[i] ?? "",
      });
    });
    for (const p of plans.values()) addDay(dayTotals, p);
  }

  const daily = [...dayTotals.values()].sort((a, b) => a.date.localeCompare(b.date)).map((d) => finishDay(d, channels.length));
  // Each channel's rows follow the slots; staff reads them by hour, so interleave: hour by hour, channel by channel.
  const rows: ForecastRow[] = [];
  slots.forEach((_, i) => {
    for (const list of rowsByChannel) {
      const row = list[i];
      if (row) rows.push(row);
    }
  });
  const growth = overallGrowth(growthByChannel, yoyActual, yoyExpected);
  const result: ForecastResult = { zone: series.zone, window, rowsFrom, channels: [...channels], rows, daily, growth, growthByChannel, methods: methodSpans(daily) };
  if (seen && seenDays > 0) {
    const t = trackingRatio(seenActual, seenForecast, seenDays);
    result.tracking = { from: trackFrom, to: trackTo, days: seenDays, actual: seenActual, forecast: seenForecast, ...t };
  }
  return result;
}

type DayAcc = DailyForecast & { variance: number; lastCount: number };

function addDay(acc: Map<string, DayAcc>, p: PeakplanDay): DayAcc {
  let d = acc.get(p.date);
  if (!d) {
    d = { date: p.date, weekday: weekdayName(p.date), event: p.event, expected: 0, p10: 0, p90: 0, method: p.method, variance: 0, lastCount: 0 };
    if (p.lastSeasonDate) d.lastSeasonDate = p.lastSeasonDate;
    acc.set(p.date, d);
  }
  d.expected += p.total;
  // Channels vary independently; within a day the level error is shared by every hour.
  d.variance += p.total + p.alpha * p.total * p.total;
  if (p.lastSeasonActual !== undefined) {
    d.lastSeason = (d.lastSeason ?? 0) + p.lastSeasonActual;
    d.lastCount++;
  }
  if (!d.method.split("/").includes(p.method)) d.method = `${d.method}/${p.method}`;
  return d;
}

function finishDay(d: DayAcc, channels: number): DailyForecast {
  const sd = Math.sqrt(Math.max(0, d.variance));
  const out: DailyForecast = { date: d.date, weekday: d.weekday, event: d.event, expected: d.expected, p10: Math.max(0, d.expected + P10 * sd), p90: d.expected - P10 * sd, method: d.method };
  if (d.lastSeasonDate) out.lastSeasonDate = d.lastSeasonDate;
  // Last season's figure only when every channel had it; a partial sum would fake a change.
  if (d.lastSeason !== undefined && d.lastCount === channels) {
    out.lastSeason = d.lastSeason;
    if (d.lastSeason > 0) out.change = d.expected / d.lastSeason - 1;
  }
  if (d.actual !== undefined) out.actual = d.actual;
  return out;
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

export type { FittedPeakplan, Growth };
