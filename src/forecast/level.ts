// Level and trend of the daily volume from the most recent weeks: a robust (Theil-Sen) log-linear fit, damped ahead.
import { median } from "simple-statistics";
import { etsCandidate } from "./ets.js";
import type { Profile } from "./profile.js";
import { dayNumber, type DayHistory } from "./series.js";

export interface Trend {
  /** weekday-adjusted tickets per day at `lastDay` */
  level: number;
  /** growth of log level per day */
  slope: number;
  /** damping per day ahead: 0 is a flat level, 1 a straight line */
  phi: number;
  /** day number the level is anchored at */
  lastDay: number;
  /** days of history the fit looked back */
  window: number;
}

/** A damped trend never multiplies or divides the level by more than this, whatever the recent slope. */
const MAX_TREND_FACTOR = 2.5;

export interface Point {
  t: number;
  /** log of the weekday-adjusted volume (a zero day counts as half a ticket, so the log stays finite) */
  y: number;
  /** the weekday-adjusted volume itself, zeros included */
  v: number;
}

/**
 * Weekday-adjusted volumes of usable days (complete, on an open weekday, not excluded) before day `before`.
 * A day with no ticket on an open weekday is kept: on a quiet desk zeros are part of the level.
 */
export function deseasonalised(days: readonly DayHistory[], profile: Profile, excluded: ReadonlySet<string>, before = Infinity): Point[] {
  const out: Point[] = [];
  for (const d of days) {
    const t = dayNumber(d.date);
    const f = profile.weekday[d.weekday - 1] ?? 1;
    if (t >= before || !d.complete || !(f > 0) || excluded.has(d.date)) continue;
    out.push({ t, y: Math.log(Math.max(d.total, 0.5) / f), v: d.total / f });
  }
  return out;
}

/** Days either side of a day whose median level it is judged against. */
const LOCAL_DAYS = 14;
/** A day is unusually low below this log distance from its local level (e^-0.35, 70 %), or 3 robust spreads when noisier. */
const LOW_LOG = 0.35;
/** Below this local median a day's shortfall cannot be told from noise. */
const LOW_MIN_LEVEL = 5;

/**
 * Days far below the level around them: a public holiday, a half day, an outage. They say nothing about the level
 * (the window ahead has its own holidays), yet a run of them in the last weeks would drag it down. Only the low
 * side is left out: a sale or an incident is demand that recurs, and the level should carry it.
 */
export function unusuallyLow(points: readonly Point[]): Set<number> {
  const out = new Set<number>();
  const logs = points.map((p) => Math.log(Math.max(p.v, 0.5)));
  const local = points.map((p, i) => {
    const near: number[] = [];
    for (let j = i; j >= 0 && (points[j]?.t ?? -Infinity) >= p.t - LOCAL_DAYS; j--) near.push(points[j]?.v ?? 0);
    for (let j = i + 1; j < points.length && (points[j]?.t ?? Infinity) <= p.t + LOCAL_DAYS; j++) near.push(points[j]?.v ?? 0);
    return median(near);
  });
  const residuals = points.map((_, i) => (logs[i] ?? 0) - Math.log(Math.max(local[i] ?? 0, 0.5)));
  if (residuals.length < 7) return out;
  const mid = median(residuals);
  const spread = 1.4826 * median(residuals.map((r) => Math.abs(r - mid)));
  const limit = Math.max(LOW_LOG, 3 * spread);
  points.forEach((p, i) => {
    if ((local[i] ?? 0) >= LOW_MIN_LEVEL && (residuals[i] ?? 0) < -limit) out.add(p.t);
  });
  return out;
}

/** The dates of the usable days that are unusually low against the level around them (holes, like closed days). */
export function unusuallyLowDates(days: readonly DayHistory[], profile: Profile, excluded: ReadonlySet<string>): Set<string> {
  const low = unusuallyLow(deseasonalised(days, profile, excluded));
  return new Set(days.filter((d) => low.has(dayNumber(d.date))).map((d) => d.date));
}

/** Theil-Sen slope and the median intercept at `anchor`: one outlier day moves neither. */
export function theilSen(points: readonly Point[], anchor: number): { slope: number; intercept: number } {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b && b.t !== a.t) slopes.push((b.y - a.y) / (b.t - a.t));
    }
  }
  const slope = slopes.length > 0 ? median(slopes) : 0;
  const intercept = points.length > 0 ? median(points.map((p) => p.y - slope * (p.t - anchor))) : 0;
  return { slope, intercept };
}

// The rolling check fits every candidate on the same points at each origin, and the trends of one window differ only
// in their damping: the Theil-Sen fit (all pairs of days) is made once per points, anchor and window, not per phi.
// Keyed by the points array, which nothing changes once made; null where there are no points to fit.
const fitted = new WeakMap<readonly Point[], Map<string, { slope: number; intercept: number } | null>>();

/** Fits the level at `anchor` (usually the day after the history) from the last `window` days of points. */
export function fitTrend(points: readonly Point[], anchor: number, window: number, phi: number): Trend {
  let known = fitted.get(points);
  if (!known) fitted.set(points, (known = new Map()));
  const key = `${anchor}|${window}|${phi > 0}`;
  let fit = known.get(key);
  if (fit === undefined) {
    const recent = points.filter((p) => p.t >= anchor - window && p.t < anchor);
    const use = recent.length >= 7 ? recent : points.slice(-7);
    fit = use.length === 0 ? null : phi > 0 ? theilSen(use, anchor) : { slope: 0, intercept: median(use.map((p) => p.y)) };
    known.set(key, fit);
  }
  if (fit === null) return { level: 0, slope: 0, phi, lastDay: anchor, window };
  // A flat fit is anchored at the window's middle, so its intercept is the window's median level by design.
  return { level: Math.exp(fit.intercept), slope: fit.slope, phi, lastDay: anchor, window };
}

/** Weekday-adjusted level on `day`: the anchor level carried by the damped trend (Σ φ^i over the days ahead). */
export function trendLevel(trend: Trend, day: number): number {
  const h = day - trend.lastDay;
  let steps: number;
  if (trend.phi <= 0) steps = 0;
  else if (h <= 0) steps = h;
  else if (trend.phi >= 1) steps = h;
  else steps = (trend.phi * (1 - trend.phi ** h)) / (1 - trend.phi);
  const logFactor = Math.max(-Math.log(MAX_TREND_FACTOR), Math.min(Math.log(MAX_TREND_FACTOR), trend.slope * steps));
  return trend.level * Math.exp(logFactor);
}

/** A level model on weekday-adjusted log volumes: fitted on points before `anchor`, it gives the level on any day. */
export interface LevelCandidate {
  name: string;
  fit(points: readonly Point[], anchor: number): (day: number) => number;
}

/** The damped robust trend (Theil-Sen) over a recent window; phi 0 is the window's median level (a recent-weeks mean). */
export function trendCandidate(window: number, phi: number): LevelCandidate {
  const name = phi >= 1 ? `trend-${window}d` : phi > 0 ? `damped-trend-${window}d-${phi}` : `recent-${window}d`;
  return { name, fit: (points, anchor) => {
    const trend = fitTrend(points, anchor, window, phi);
    return (day) => trendLevel(trend, day);
  } };
}

export interface TrendChoice {
  /** level of an ordinary (weekday factor 1) day */
  level: (day: number) => number;
  /** the candidate chosen, or "combination" */
  name: string;
  /** mean absolute daily error share of each candidate in the rolling check, for the report */
  scores: Array<{ name: string; wape: number }>;
  /** the rival's score and the chosen candidate's, on the days the rival could predict */
  rival?: { wape: number; against: number };
}

/** A day-total predictor fitted at an origin (day number) from what was known before it; undefined where it has nothing. */
export type Rival = (origin: number) => ((day: DayHistory) => number | undefined) | undefined;

/** The plain mean of the weekday-adjusted volume over the last `window` days: unbiased on quiet desks with many zeros. */
export function meanCandidate(window: number): LevelCandidate {
  return { name: `mean-${window}d`, fit: (points, anchor) => {
    const use = points.filter((p) => p.t >= anchor - window && p.t < anchor);
    const level = use.length > 0 ? use.reduce((s, p) => s + p.v, 0) / use.length : 0;
    return () => level;
  } };
}

export const CANDIDATES: readonly LevelCandidate[] = [
  meanCandidate(28),
  meanCandidate(56),
  trendCandidate(28, 0),
  trendCandidate(56, 0),
  trendCandidate(28, 0.97),
  trendCandidate(28, 0.99),
  trendCandidate(56, 0.97),
  trendCandidate(56, 0.99),
  trendCandidate(84, 0.99),
  // Undamped: a steady rise carried the whole way ahead (still capped), for the rolling check to take or leave.
  trendCandidate(28, 1),
  trendCandidate(56, 1),
  trendCandidate(84, 1),
  etsCandidate(0.1, 0.02, 0.98),
  etsCandidate(0.2, 0.05, 0.95),
  etsCandidate(0.2, 0.05, 0.98),
  etsCandidate(0.15, 0, 0),
];

/**
 * Origins of the rolling check: every week from 1 to 8 weeks before the history's end, each forecasting up to 9
 * weeks (as far as the history goes). Origins further back would judge a rise that began in the last two months
 * by the flat weeks before it: checked from 13 weeks back, a rise steepening since September was under-forecast
 * by 31 % instead of 15 % (test/bench/backtest.bench.ts).
 */
const ORIGIN_STEP = 7;
const MAX_ORIGIN = 56;
const HORIZON = 63;
/** An origin needs this many days of usable history before it. */
const MIN_FIT_DAYS = 21;

/**
 * Picks the level model by a rolling-origin check on the history itself (origins 1 to 8 weeks before its end,
 * each forecasting up to 9 weeks), the way automatic ETS picks a model; the equal-weight combination of all
 * candidates competes too. Each week ahead counts the same in the score: near weeks are checked from every origin
 * and far ones from few, and a season is forecast weeks to months ahead. Short histories keep the 8-week damped trend.
 */
export function chooseTrend(days: readonly DayHistory[], profile: Profile, excluded: ReadonlySet<string>, anchor: number, candidates: readonly LevelCandidate[] = CANDIDATES, rival?: Rival): TrendChoice {
  const points = deseasonalised(days, profile, excluded);
  const actual = new Map(days.filter((d) => d.complete && !excluded.has(d.date) && (profile.weekday[d.weekday - 1] ?? 1) > 0).map((d) => [dayNumber(d.date), d]));
  const first = points[0]?.t ?? anchor;
  const origins: number[] = [];
  for (let k = ORIGIN_STEP; k <= MAX_ORIGIN; k += ORIGIN_STEP) {
    const o = anchor - k;
    if (o > first && points.filter((p) => p.t < o).length >= MIN_FIT_DAYS) origins.push(o);
  }
  const weeks = Math.ceil(HORIZON / 7);
  // err[k][w]: absolute error of candidate k (the last is the combination) in week w ahead; volume[w] the actual.
  const err = Array.from({ length: candidates.length + 1 }, () => new Array<number>(weeks).fill(0));
  const volume = new Array<number>(weeks).fill(0);
  // The rival (the year-over-year rule) is scored on the days it can predict, next to every candidate on the same days.
  const shared = Array.from({ length: candidates.length + 2 }, () => new Array<number>(weeks).fill(0));
  const sharedVolume = new Array<number>(weeks).fill(0);
  for (const origin of origins) {
    const before = points.filter((p) => p.t < origin);
    const fits = candidates.map((c) => c.fit(before, origin));
    const other = rival?.(origin);
    for (let t = origin; t < origin + HORIZON && t < anchor; t++) {
      const day = actual.get(t);
      if (!day) continue;
      const w = Math.floor((t - origin) / 7);
      const f = profile.weekday[day.weekday - 1] ?? 1;
      const levels = fits.map((fit) => fit(t));
      levels.forEach((l, k) => {
        const row = err[k];
        if (row) row[w] = (row[w] ?? 0) + Math.abs(l * f - day.total);
      });
      const together = combine(levels);
      const row = err[candidates.length];
      if (row) row[w] = (row[w] ?? 0) + Math.abs(together * f - day.total);
      volume[w] = (volume[w] ?? 0) + day.total;
      const r = other?.(day);
      if (r === undefined) continue;
      [...levels.map((l) => l * f), together * f, r].forEach((v, k) => {
        const at = shared[k];
        if (at) at[w] = (at[w] ?? 0) + Math.abs(v - day.total);
      });
      sharedVolume[w] = (sharedVolume[w] ?? 0) + day.total;
    }
  }
  const sum = volume.reduce((a, b) => a + b, 0);
  const weekly = (row: readonly number[], vol: readonly number[] = volume): number => row.reduce((s, e, w) => ((vol[w] ?? 0) > 0 ? s + e / (vol[w] ?? 1) : s), 0) / Math.max(1, vol.filter((v) => v > 0).length);
  const fallback = candidates.length === 1 && candidates[0] ? candidates[0] : trendCandidate(56, 0.97);
  // Origins that saw no ticket at all: the level is what the recent days hold (zero days included), not a guess.
  const quiet = origins.length > 0 ? meanCandidate(56) : fallback;
  if (!(sum > 0)) return { level: quiet.fit(points, anchor), name: quiet.name, scores: [] };
  const scores = [...candidates.map((c) => c.name), "combination"].map((name, k) => ({ name, wape: weekly(err[k] ?? []) }));
  let best = 0;
  scores.forEach((s, k) => {
    if (s.wape < (scores[best]?.wape ?? Infinity)) best = k;
  });
  const out: TrendChoice = { level: () => 0, name: "combination", scores };
  if (sharedVolume.some((v) => v > 0)) out.rival = { wape: weekly(shared[candidates.length + 1] ?? [], sharedVolume), against: weekly(shared[best] ?? [], sharedVolume) };
  const chosen = candidates[best];
  if (chosen) return { ...out, level: chosen.fit(points, anchor), name: chosen.name };
  const all = candidates.map((c) => c.fit(points, anchor));
  return { ...out, level: (day) => combine(all.map((fit) => fit(day))) };
}

/** Equal weights on the log scale (a geometric mean): one wild member cannot drag the level far. */
function combine(levels: readonly number[]): number {
  const ok = levels.filter((l) => l > 0 && Number.isFinite(l));
  if (ok.length === 0) return 0;
  return Math.exp(ok.reduce((s, l) => s + Math.log(l), 0) / ok.length);
}
