// The forecast core: a series and options in, one row per clock hour and channel plus a daily summary out. Pure.
import type { HourlySeries } from "../ingest/types.js";
import { eventCalendar, type EventSettings } from "./calendar.js";
import { storeHistory } from "./events.js";
import { firstSeasonInputs, type FirstSeasonInputs } from "./first-season.js";
import { emptyDates, emptyTrackedLine, lastDayUnfinished, lostLastSeasonLine, silenced, silentLine, type LostLastSeason } from "./gaps.js";
import type { ForecastModel, Growth, HourSlot } from "./model.js";
import { recalibrated, trackingRatio, type Tracking } from "./recalibrate.js";
import { windowSlots } from "./slots.js";
import { peakplanModel } from "./seasonal.js";
import { storeSeasonLine } from "./store-season.js";
import { addDays, allChannelTotals, channelHistory, splitHourKey, type ChannelHistory } from "./series.js";
import type { ForecastRow } from "./types.js";
import { addDay, carryLines, PARTIAL_COMPARISON_SHARE, dailyFromHours, finishDay, methodSpans, partialComparisonNote, type DailyForecast, type DayAcc, type MethodSpan } from "./daily.js";
import { resolveWindow, type Window, type WindowOptions } from "./window.js";

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

export interface ForecastResult {
  zone: string;
  window: Window;
  /**
   * first day that has rows: the window's start, or in a mid-season re-run the day after the history's last finished
   * day (an export pulled in the small hours has today forecast again)
   */
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
  /**
   * holes in the export the forecast worked around (gaps.ts), and channels that borrowed the store's season
   * (store-season.ts): to print as warnings, not to refuse on. Also in `notes`,
   * so `forecast` prints them; plan and hire print them with the season's warnings.
   */
  exportWarnings: string[];
  /** what the first-season rule reads (the busiest day and its date), for the command to name when the rule was used */
  firstSeason: FirstSeasonInputs;
}

/** A forecast whose daily mean is below this share of the recent run rate is flagged (plan exits 3 on it). */
export const LOW_FORECAST_SHARE = 0.5;


export function forecastSeason(series: HourlySeries, options: ForecastOptions = {}): ForecastResult {
  const channels = series.channels.length > 0 ? series.channels : (["all"] as const);
  const histories = channels.map((c) => channelHistory(series, c));
  const lastHourDate = series.hours.length > 0 ? splitHourKey(series.hours[series.hours.length - 1] ?? "").date : "1970-01-01";
  // An export pulled at 05:00 holds today's first tickets: today is forecast again (rows from it, not tracked), not
  // dropped from the plan. A day that ends early only because the desk closes is done.
  const lastDate = lastDayUnfinished(histories) ? addDays(lastHourDate, -1) : lastHourDate;
  const window = resolveWindow(lastDate, options);
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
  // Days without a single ticket on any channel are an export hole (or a closure): shown, but not tracked.
  const empty = seen ? emptyDates(histories, window.from, lastDate) : new Set<string>();
  const used = silenced(seen ? recalibrated(model, { from: window.from, to: lastDate, skip: empty }) : model);
  const silent: string[] = [];

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
  const lost: LostLastSeason = new Map();
  const borrowed: Array<{ line: string; volume: number }> = [];

  histories.forEach((history, c) => {
    const channel = channels[c] ?? "all";
    const fitted = used.fit(history);
    const info = fitted.info ?? {};
    growthByChannel[channel] = info.growth ?? { value: 1, source: "default" };
    if (info.silentSince !== undefined) silent.push(silentLine(channel, info.silentSince));
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
    for (const d of pred.daily ?? []) {
      if (!d.lastSeasonLost || d.lastSeasonDate === undefined) continue;
      const entry = lost.get(d.lastSeasonDate) ?? { channels: new Set<string>(), dates: new Set<string>() };
      lost.set(d.lastSeasonDate, entry);
      entry.channels.add(channel);
      entry.dates.add(d.date);
    }
    // A channel that borrowed the store's season is named where it is staffed (plan and hire print it as a warning).
    const opened = history.days.find((d) => d.total > 0 && d.date >= (info.comparableFrom ?? ""))?.date ?? "";
    const line = info.silentSince === undefined ? storeSeasonLine(channel, opened, pred.daily ?? []) : undefined;
    if (line) borrowed.push({ line, volume: pred.mean.reduce((s, v) => s + v, 0) });
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
  const forecastOnEmpty = new Map(accs.filter((d) => empty.has(d.date)).map((d) => [d.date, d.expected]));
  // A handful of stray tickets in a channel is not worth a warning, as in the partial comparison's note.
  const volume = rowsByChannel.flat().reduce((s, row) => s + row.volume, 0);
  const named = borrowed.filter((b) => b.volume >= PARTIAL_COMPARISON_SHARE * volume).map((b) => b.line);
  const exportWarnings = [...silent, ...named, ...lostLastSeasonLine(lost, channels), ...emptyTrackedLine(forecastOnEmpty)];
  const result: ForecastResult = {
    zone: series.zone, window, rowsFrom, channels: [...channels], rows, daily, growth, growthByChannel, methods: methodSpans(daily),
    fits, runRate: recent.runRate, warnings: lowForecastWarnings(ahead, recent.runRate),
    notes: [...carryLines(daily), ...partialComparisonNote(accs.filter((d) => d.actual === undefined)), ...exportWarnings],
    exportWarnings,
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

function overallGrowth(byChannel: Record<string, Growth>, actual: number, expected: number): Growth {
  const list = Object.values(byChannel);
  if (expected > 0) {
    const src = list.find((g) => g.source.startsWith("year-over-year"))?.source ?? "year-over-year";
    return { value: actual / expected, source: src };
  }
  return list[0] ?? { value: 1, source: "default" };
}

export type { Growth };
