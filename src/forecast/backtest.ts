// Backtest: fit on all but the last N days, forecast them, and score peakplan against both baselines; replay last season.
import type { HourlySeries } from "../ingest/types.js";
import { eightWeekAverageModel, lastWeekModel } from "./baselines.js";
import { eventCalendar, type EventSettings } from "./calendar.js";
import { storeHistory } from "./events.js";
import { firstSeasonInputs } from "./first-season.js";
import type { ForecastModel, HourSlot } from "./model.js";
import { score, type Score } from "./metrics.js";
import type { Growth } from "./model.js";
import { peakplanModel } from "./seasonal.js";
import { addDays, channelHistory, historyBefore, splitHourKey, weekdayOfDate } from "./series.js";
import { seasonWindow } from "./window.js";

export interface BacktestOptions {
  holdoutDays?: number;
  events?: EventSettings;
  growth?: Growth;
  /** dates the store is closed (config closedDays) */
  closedDays?: readonly string[];
}

export interface BacktestRun {
  from: string;
  to: string;
  days: number;
  scores: Score[];
}

export interface BacktestResult {
  holdout?: BacktestRun;
  /** last season forecast from the history before its 1 November, when the history holds the season before too */
  replay?: BacktestRun & { season: number };
  /** why a part could not run */
  notes: string[];
}

/** Complete local days of the series (midnight to 23:00), in order. */
function completeDates(series: HourlySeries): string[] {
  const byDate = new Map<string, number[]>();
  for (const h of series.hours) {
    const { date, hod } = splitHourKey(h);
    const list = byDate.get(date) ?? [];
    list.push(hod);
    byDate.set(date, list);
  }
  return [...byDate.entries()].filter(([, hods]) => hods[0] === 0 && hods[hods.length - 1] === 23).map(([d]) => d);
}

/** Fits each model on the days before `from` and scores its hours from `from` to `to` against the actuals. */
export function scoreWindow(series: HourlySeries, models: readonly ForecastModel[], from: string, to: string): BacktestRun {
  const index: number[] = [];
  const slots: HourSlot[] = [];
  series.hours.forEach((h, i) => {
    const { date, hod } = splitHourKey(h);
    if (date >= from && date <= to) {
      index.push(i);
      slots.push({ hourStart: h, date, hod, weekday: weekdayOfDate(date) });
    }
  });
  const channels = series.channels.length > 0 ? series.channels : [];
  const dates: string[] = [];
  const actual: number[] = [];
  const forecasts = models.map(() => ({ mean: [] as number[], lo: [] as number[], hi: [] as number[] }));
  for (const channel of channels) {
    const counts = series.counts.get(channel) ?? [];
    for (const i of index) actual.push(counts[i] ?? 0);
    for (const s of slots) dates.push(`${s.date}|${channel}`);
    const history = historyBefore(channelHistory(series, channel), from);
    models.forEach((m, k) => {
      const p = m.fit(history).predict(slots, [80]);
      const f = forecasts[k];
      if (!f) return;
      f.mean.push(...p.mean);
      f.lo.push(...(p.bands[0]?.lo ?? []));
      f.hi.push(...(p.bands[0]?.hi ?? []));
    });
  }
  const days = new Set(slots.map((s) => s.date)).size;
  return { from, to, days, scores: models.map((m, k) => score(m.name, dates, actual, forecasts[k]?.mean ?? [], forecasts[k]?.lo ?? [], forecasts[k]?.hi ?? [])) };
}

export function backtest(series: HourlySeries, options: BacktestOptions = {}): BacktestResult {
  const holdoutDays = options.holdoutDays ?? 28;
  const calendar = eventCalendar(options.events ?? { enabled: true });
  // The first-season peak and the events' evidence come from all channels together before the scored window, as in forecastSeason.
  const models = (from: string): ForecastModel[] => {
    const histories = series.channels.map((c) => historyBefore(channelHistory(series, c), from));
    const store = storeHistory(histories);
    return [
      peakplanModel({ calendar, ...(options.growth ? { fallbackGrowth: options.growth } : {}), ...(options.closedDays ? { closedDays: options.closedDays } : {}), firstSeason: firstSeasonInputs(histories), ...(store ? { store } : {}) }),
      lastWeekModel(),
      eightWeekAverageModel(),
    ];
  };
  const dates = completeDates(series);
  const notes: string[] = [];
  const result: BacktestResult = { notes };
  const last = dates[dates.length - 1];
  // The baselines need eight weeks to learn from; the models need at least that much before the holdout.
  if (last !== undefined && dates.length >= holdoutDays + 56) {
    result.holdout = scoreWindow(series, models(addDays(last, 1 - holdoutDays)), addDays(last, 1 - holdoutDays), last);
  } else notes.push(`holdout: ${dates.length} complete days; expected at least ${holdoutDays + 56} (holdout plus 8 weeks)`);

  const seasonDays = (year: number): number => {
    const w = seasonWindow(year);
    return dates.filter((d) => d >= w.from && d <= w.to).length;
  };
  const years = [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a);
  const season = years.find((y) => seasonDays(y) >= 28 && seasonDays(y - 1) >= 28);
  if (season !== undefined) {
    const w = seasonWindow(season);
    const to = last !== undefined && last < w.to ? last : w.to;
    result.replay = { season, ...scoreWindow(series, models(w.from), w.from, to) };
  } else notes.push("replay: the history does not hold two seasons (4 weeks of 1 Nov - 15 Jan in each)");
  return result;
}
