// Level and trend of the daily volume from the most recent weeks: a robust (Theil-Sen) log-linear fit, damped ahead.
import { median } from "simple-statistics";
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

interface Point {
  t: number;
  y: number;
}

/** Weekday-adjusted log volumes of usable days (complete, open, not excluded) before day `before`. */
export function deseasonalised(days: readonly DayHistory[], profile: Profile, excluded: ReadonlySet<string>, before = Infinity): Point[] {
  const out: Point[] = [];
  for (const d of days) {
    const t = dayNumber(d.date);
    if (t >= before || !d.complete || !(d.total > 0) || excluded.has(d.date)) continue;
    const f = profile.weekday[d.weekday - 1] ?? 1;
    out.push({ t, y: Math.log(d.total / (f > 0 ? f : 1)) });
  }
  return out;
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

/** Fits the level at `anchor` (usually the day after the history) from the last `window` days of points. */
export function fitTrend(points: readonly Point[], anchor: number, window: number, phi: number): Trend {
  const recent = points.filter((p) => p.t >= anchor - window && p.t < anchor);
  const use = recent.length >= 7 ? recent : points.slice(-7);
  if (use.length === 0) return { level: 0, slope: 0, phi, lastDay: anchor, window };
  const fit = phi > 0 ? theilSen(use, anchor) : { slope: 0, intercept: median(use.map((p) => p.y)) };
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

export interface TrendChoice {
  trend: Trend;
  /** mean absolute daily error share of each candidate in the rolling check, for the report */
  scores: Array<{ window: number; phi: number; wape: number }>;
}

const CANDIDATES: ReadonlyArray<{ window: number; phi: number }> = [
  { window: 28, phi: 0 },
  { window: 56, phi: 0 },
  { window: 28, phi: 0.97 },
  { window: 28, phi: 0.99 },
  { window: 56, phi: 0.97 },
  { window: 56, phi: 0.99 },
  { window: 84, phi: 0.99 },
];

/**
 * Picks window and damping by a rolling-origin check on the history itself (origins 6 and 9 weeks before
 * its end, each forecasting 6 weeks), the way automatic ETS picks a model. Short histories keep the default.
 */
export function chooseTrend(days: readonly DayHistory[], profile: Profile, excluded: ReadonlySet<string>, anchor: number): TrendChoice {
  const points = deseasonalised(days, profile, excluded);
  const fallback = { window: 56, phi: 0.97 };
  const horizon = 42;
  const origins = [anchor - 28, anchor - 42];
  const actual = new Map(days.filter((d) => d.complete && !excluded.has(d.date) && d.total > 0).map((d) => [dayNumber(d.date), d]));
  const scores: TrendChoice["scores"] = [];
  const first = points[0]?.t ?? anchor;
  for (const c of CANDIDATES) {
    let err = 0;
    let sum = 0;
    let ok = true;
    for (const origin of origins) {
      if (origin - first < Math.min(c.window, 56)) ok = false;
      if (!ok) break;
      const trend = fitTrend(points.filter((p) => p.t < origin), origin, c.window, c.phi);
      for (let t = origin; t < origin + horizon && t < anchor; t++) {
        const day = actual.get(t);
        if (!day) continue;
        const f = trendLevel(trend, t) * (profile.weekday[day.weekday - 1] ?? 1);
        err += Math.abs(f - day.total);
        sum += day.total;
      }
    }
    if (ok && sum > 0) scores.push({ ...c, wape: err / sum });
  }
  const best = scores.reduce<(typeof scores)[number] | undefined>((b, s) => (b === undefined || s.wape < b.wape ? s : b), undefined);
  const pick = best ?? fallback;
  return { trend: fitTrend(points, anchor, pick.window, pick.phi), scores };
}
