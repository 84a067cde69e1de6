// peakplan's model: last season aligned by events and scaled by growth where the history has it; else a damped
// trend times the weekly and intraday profile; in a first season, the practitioners' rule. One interface for all.
import { seasonYearOf } from "../time/events.js";
import { eventCalendar, type EventCalendar } from "./calendar.js";
import { yearOverYearGrowth } from "./events.js";
import { firstSeasonPeakTotal, isFirstSeasonPeak } from "./first-season.js";
import { fitDispersion, nbBands } from "./intervals.js";
import { closedByConfig, isClosedHour } from "./closed.js";
import { CANDIDATES, chooseTrend, type LevelCandidate, type Rival } from "./level.js";
import type { DayPlan, DayPrediction, FitInfo, FittedModel, ForecastModel, Growth, HourSlot, Prediction } from "./model.js";
import { dayShape, normalise, ordinaryDays } from "./profile.js";
import { relativeVariance, seasonView } from "./last-season.js";
import { storeSeason } from "./store-season.js";
import { dayNumber, weekdayOfDate, type ChannelHistory } from "./series.js";

export type { Growth };

export interface PeakplanModelOptions {
  calendar?: EventCalendar;
  /** growth to use when the history holds no year-ago comparison */
  fallbackGrowth?: Growth;
  /** dates the store is closed (config closedDays: YYYY-MM-DD or MM-DD, public holidays included) */
  closedDays?: readonly string[];
  /**
   * The first-season rule's peak: the busiest complete day of the history over all channels together, and each
   * channel's share of the recent volume. Without it a channel's own busiest day stands in.
   */
  firstSeason?: { busiestDay: number; mix: Readonly<Record<string, number>> };
  /** all channels added together (events.ts storeHistory): whether an event stood out is judged on the total */
  store?: ChannelHistory;
  /** the level models the rolling check chooses from (all of CANDIDATES by default) */
  levels?: readonly LevelCandidate[];
  /**
   * Channels whose messages wait for the desk on a closedDays date (the config's backlog channels: email, forms,
   * social): the volume the date would have had is carried to the next open day. Chat and phone meet an auto-reply.
   */
  carryChannels?: readonly string[];
}

export interface PeakplanDay extends DayPlan {
  event: string;
  lastSeasonDate?: string;
  lastSeasonActual?: number;
  /** dispersion α of each hour's count that day (hour noise plus daily level error) */
  alpha: number;
  /** on a closed date: the messages that arrived anyway and wait for the next open day (predictByDay) */
  carry?: number;
  /** the aligned day last season was lost from the export (gaps.ts): forecast without it */
  lastSeasonLost?: true;
  /** a channel without a last season of its own: the store's seasonal ratio it carries that day (store-season.ts) */
  storeSeason?: number;
}

/** The first-season rule is a rough rule: its daily level error is taken as 25 %. */
const FIRST_SEASON_ERROR = 0.25;
/**
 * The year-over-year rule gives way to the level model when its rolling-check error is this many times the model's.
 * Outside the season a comparable last season scores 1.2-4 times the best level model on generated series (it
 * carries last year's day-to-day noise, and its smoothing of last year reaches into the turn of the season; the
 * ratio is highest at thousands a day, where the level model's own error is small) yet it is the only rule that
 * knows the season's shape; a last year that is not the same series (a wound-down product) scores 10 times or worse.
 */
const YOY_GIVES_WAY = 6;
/** A year-over-year growth outside this range means last year is not the same series (a migration, a new channel). */
const COMPARABLE_GROWTH: readonly [number, number] = [0.4, 2.5];

export function peakplanModel(options: PeakplanModelOptions = {}): ForecastModel {
  const calendar = options.calendar ?? eventCalendar({ enabled: true });
  return { name: "peakplan", fit: (history) => fitPeakplan(history, calendar, options) };
}

/** Each level model on its own as a ForecastModel (profile, closures and events as peakplan's), for comparison. */
export function levelModels(options: PeakplanModelOptions = {}): ForecastModel[] {
  return CANDIDATES.map((c) => ({ ...peakplanModel({ ...options, levels: [c] }), name: c.name }));
}

function fitPeakplan(full: ChannelHistory, calendar: EventCalendar, options: PeakplanModelOptions): FittedModel {
  const view = seasonView(full, calendar, options);
  const { days, anchor, pattern, closedEveryYear, closed, events, profile, lastSeason, heldSeason } = view;
  const fallback = options.fallbackGrowth ?? { value: 1, source: "default" };
  const closedDays = options.closedDays ?? [];
  const skip = new Set([...events, ...closed]);
  const found = yearOverYearGrowth(days, lastSeason, closed, anchor);
  const comparable = found && found.value >= COMPARABLE_GROWTH[0] && found.value <= COMPARABLE_GROWTH[1] ? found : undefined;
  // The year-over-year rule refitted at each origin of the level's rolling check, its growth from the weeks before.
  const rival: Rival = (origin) => {
    const g = yearOverYearGrowth(days, lastSeason, closed, origin);
    if (!g || g.value < COMPARABLE_GROWTH[0] || g.value > COMPARABLE_GROWTH[1]) return undefined;
    return (d) => {
      const ly = lastSeason(d.date, d.hods);
      return ly ? g.value * ly.total : undefined;
    };
  };
  const choice = chooseTrend(days, profile, skip, anchor, options.levels, comparable ? rival : undefined);
  // Last season carries the season's own shape, which a rolling check run before the season cannot see; so it gives
  // way to the level model only where that check shows it clearly worse on the days both could predict.
  const yoy = comparable && !(choice.rival && choice.rival.wape > YOY_GIVES_WAY * choice.rival.against) ? comparable : undefined;
  const growth: Growth = yoy
    ? { value: yoy.value, source: `year-over-year: ${yoy.from}..${yoy.to} against the aligned days a year before` }
    : fallback;
  const own = days.reduce((m, d) => (d.complete && d.total > m ? d.total : m), 0);
  const fs = options.firstSeason;
  const highestDay = fs ? fs.busiestDay * (fs.mix[full.channel] ?? 0) : own;

  // Hour-in-day noise, from recent ordinary days against their own total spread by the profile.
  const sample = ordinaryDays(days, events, closed, 28);
  const actual: number[] = [];
  const fitted: number[] = [];
  for (const d of sample) {
    const shape = dayShape(profile, d.weekday, d.hods);
    d.counts.forEach((c, i) => {
      actual.push(c);
      fitted.push(d.total * (shape[i] ?? 0));
    });
  }
  const alphaHour = fitDispersion(actual, fitted);
  // Daily level error: the level model's own rolling check where it ran, the growth fit's spread for last-season days.
  const best = choice.scores.reduce((m, s) => Math.min(m, s.wape), Infinity);
  const trendVar = Number.isFinite(best) ? (1.25 * best) ** 2 : 0.15 ** 2;
  const yoyVar = yoy ? relativeVariance(days, (d, h) => lastSeason(d, h)?.total, growth.value, anchor) : trendVar;

  // The first-season rule is for a store without a last season; one whose last season is not comparable
  // (a level shift since) is forecast from its level, not from a rule for newcomers. A channel alone without one, in
  // a store that has one, borrows the store's (read once, and only when a day asks).
  let storeRead: { season?: ReturnType<typeof storeSeason> } | undefined;
  const store = (): ReturnType<typeof storeSeason> => {
    storeRead ??= { season: options.store && options.store !== full ? storeSeason(options.store, calendar, anchor, closedDays) : undefined };
    return storeRead.season;
  };
  let recent: number | undefined;
  const recentLevel = (): number => {
    if (recent === undefined) {
      // Its complete open days, empty ones included (a channel of a few stray tickets stays near 0).
      const open = days.filter((d) => d.complete && !closed.has(d.date) && !events.has(d.date) && (profile.weekday[weekdayOfDate(d.date) - 1] ?? 0) > 0);
      const last = open.slice(-14);
      recent = last.length === 0 ? choice.level(anchor) : last.reduce((s, d) => s + d.total / (profile.weekday[weekdayOfDate(d.date) - 1] ?? 1), 0) / last.length;
    }
    return recent;
  };
  const plain = (date: string, hods: readonly number[]): PeakplanDay => {
    const event = calendar.dayOf(date)?.event ?? "";
    const ly = yoy ? lastSeason(date, hods) : undefined;
    if (ly) {
      const plan: PeakplanDay = { date, total: growth.value * ly.total, shape: ly.shape, method: ly.method, event, lastSeasonDate: ly.lastSeasonDate, alpha: alphaHour + yoyVar + (ly.extraVariance ?? 0) };
      if (ly.lastSeasonActual !== undefined) plan.lastSeasonActual = ly.lastSeasonActual;
      if (ly.lost) plan.lastSeasonLost = true;
      return plan;
    }
    const t = dayNumber(date);
    const weekday = weekdayOfDate(date);
    const ordinary = choice.level(t) * (profile.weekday[weekday - 1] ?? 1);
    const shape = dayShape(profile, weekday, hods);
    // The level already carries this year's level; a year-over-year growth would count it twice.
    const g = yoy ? 1 : growth.value;
    // No last season of its own, but the store's total has one: the store's season over the channel's own level.
    const borrowed = heldSeason(seasonYearOf(date) - 1) ? undefined : store()?.ratio(date, hods);
    if (borrowed) {
      const alpha = alphaHour + trendVar + (store()?.variance ?? 0) + borrowed.extraVariance;
      // Its level now, not carried ahead by a trend: the store's ratio already holds the rise from here to the date. The
      // mean of its last two weeks, not the level model's: a model with a trend, fitted on a channel that jumped from 0
      // when it opened, carried the jump on (chat opened in October, +38 % over the season).
      const now = recentLevel() * (profile.weekday[weekday - 1] ?? 1);
      return { date, total: g * now * borrowed.ratio, shape, method: "store-season", event, lastSeasonDate: borrowed.lastSeasonDate, alpha, storeSeason: borrowed.ratio };
    }
    if (calendar.enabled && isFirstSeasonPeak(calendar.dayOf(date)) && !pattern.weekdays.has(weekday) && !heldSeason(seasonYearOf(date) - 1)) {
      return { date, total: Math.max(g * ordinary, firstSeasonPeakTotal(highestDay, g)), shape, method: "first-season", event, alpha: alphaHour + FIRST_SEASON_ERROR ** 2 };
    }
    // A last season that is held but not comparable by growth (a store that tripled) still measured its events.
    const ev = calendar.enabled && event !== "" && heldSeason(seasonYearOf(date) - 1) ? lastSeason(date, hods) : undefined;
    const lostThen = ev?.lost ? { lastSeasonLost: true as const, lastSeasonDate: ev.lastSeasonDate } : {};
    if (ev?.method === "event-aligned" && ev.uplift !== undefined) {
      return { date, total: g * ordinary * ev.uplift, shape: ev.shape, method: ev.method, event, lastSeasonDate: ev.lastSeasonDate, alpha: alphaHour + trendVar + (ev.extraVariance ?? 0), ...lostThen };
    }
    return { date, total: g * ordinary, shape, method: "seasonal", event, alpha: alphaHour + trendVar, ...lostThen };
  };
  // Closed weekdays, dates and hours the history shows are zero with a zero band, whatever the rules above made of them.
  const openPlan = (date: string, hods: readonly number[]): PeakplanDay => {
    const p = plain(date, hods);
    const weekday = weekdayOfDate(date);
    if (pattern.weekdays.has(weekday) || closedEveryYear.has(date.slice(5))) return { ...p, total: 0, method: "closed" };
    if (pattern.hours.size === 0) return p;
    const open = p.shape.map((v, i) => (isClosedHour(pattern, weekday, hods[i] ?? 0) ? 0 : v));
    return open.some((v) => v > 0) ? { ...p, shape: normalise(open) } : { ...p, total: 0, method: "closed" };
  };
  const carries = options.carryChannels?.includes(full.channel) ?? false;
  // A config closedDays date is zero too (issue #11); but mail sent that day still arrives, and the desk meets it
  // when it opens: what the date would have had, were it open, is carried (predictByDay).
  const dayPlan = (date: string, hods: readonly number[]): PeakplanDay => {
    const p = openPlan(date, hods);
    if (!closedByConfig(closedDays, date)) return p;
    return { ...p, total: 0, method: "closed", ...(carries && p.total > 0 ? { carry: p.total } : {}) };
  };

  const info: FitInfo = { growth, level: yoy ? "year-over-year" : choice.name };
  if (yoy) info.yoy = { actual: yoy.actual, expected: yoy.expected };
  if (view.from !== undefined) info.comparableFrom = view.from;
  return { info, predict: (hours, levels) => predictByDay(hours, levels, dayPlan) };
}

type DayPlanOf = DayPlan & { alpha: number; event?: string; lastSeasonDate?: string; lastSeasonActual?: number; carry?: number; lastSeasonLost?: true; storeSeason?: number };

/**
 * Spreads day plans over the hours asked for, in order, and adds the count bands. A closed day's carried volume lands
 * whole in the next open day's first hour (carryTargets): the pile the desk meets when it opens.
 */
export function predictByDay(hours: readonly HourSlot[], levels: readonly number[], plan: (date: string, hods: readonly number[]) => DayPlanOf): Prediction {
  const mean = new Array<number>(hours.length).fill(0);
  const alpha = new Array<number>(hours.length).fill(0);
  const method = new Array<string>(hours.length).fill("");
  const spans: Array<{ start: number; end: number; plan: DayPlanOf }> = [];
  let i = 0;
  while (i < hours.length) {
    const date = hours[i]?.date ?? "";
    let j = i;
    while (j < hours.length && hours[j]?.date === date) j++;
    const p = plan(date, hours.slice(i, j).map((h) => h.hod));
    for (let k = i; k < j; k++) {
      const v = p.total * (p.shape[k - i] ?? 0);
      mean[k] = Number.isFinite(v) && v > 0 ? v : 0;
      alpha[k] = p.alpha;
      method[k] = p.method;
    }
    spans.push({ start: i, end: j, plan: p });
    i = j;
  }
  const targets = carryTargets(spans.map((s) => s.plan));
  const carried = new Map<number, { volume: number; to?: string }>();
  spans.forEach((s, d) => {
    const volume = s.plan.carry ?? 0;
    if (!(volume > 0) || !Number.isFinite(volume)) return;
    const t = targets[d];
    const at = t === undefined ? undefined : (spans[t.day]?.start ?? 0) + t.hour;
    if (at !== undefined) mean[at] = (mean[at] ?? 0) + volume;
    carried.set(d, at === undefined ? { volume } : { volume, to: hours[at]?.hourStart ?? "" });
  });
  const daily = spans.map((s, d): DayPrediction => {
    const p = s.plan;
    const total = mean.slice(s.start, s.end).reduce((sum, v) => sum + v, 0);
    const day: DayPrediction = { date: hours[s.start]?.date ?? "", total, sd: Math.sqrt(total + p.alpha * total * total), event: p.event ?? "", method: p.method };
    if (p.lastSeasonDate !== undefined) day.lastSeasonDate = p.lastSeasonDate;
    if (p.lastSeasonActual !== undefined) day.lastSeasonActual = p.lastSeasonActual;
    if (p.lastSeasonLost) day.lastSeasonLost = true;
    if (p.storeSeason !== undefined) day.storeSeason = p.storeSeason;
    const c = carried.get(d);
    if (c) day.carried = c;
    return day;
  });
  return { mean, method, daily, ...nbBands(mean, alpha, levels) };
}

/**
 * For each day, where volume carried from it lands: the first hour with a non-zero shape of the next day that is
 * open (not closed by the config, a closed weekday or date, or every hour closed); undefined past the last day.
 */
export function carryTargets(days: ReadonlyArray<Pick<DayPlan, "shape" | "method">>): Array<{ day: number; hour: number } | undefined> {
  const out = new Array<{ day: number; hour: number } | undefined>(days.length).fill(undefined);
  let next: { day: number; hour: number } | undefined;
  for (let d = days.length - 1; d >= 0; d--) {
    out[d] = next;
    const day = days[d];
    const hour = day && day.method !== "closed" ? day.shape.findIndex((v) => v > 0) : -1;
    if (hour >= 0) next = { day: d, hour };
  }
  return out;
}
