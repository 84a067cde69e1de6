// Exponential smoothing of the daily level (Holt's damped additive trend on log volumes, weekly seasonality
// taken out by the weekday factors first): ETS(A,Ad,N) on the log scale, as in Hyndman & Athanasopoulos,
// "Forecasting: Principles and Practice", 3rd ed., section 8.2 (damped trend methods).
import type { LevelCandidate, Point } from "./level.js";

/** A damped forecast never moves the level by more than this factor (as the robust trend). */
const MAX_FACTOR = 2.5;

export interface EtsState {
  level: number;
  slope: number;
  /** day number of the last point smoothed */
  at: number;
}

/**
 * Smooths the points in order. Gaps (closed or event days left out) count as one step: the level is about the
 * open days, and a missing day carries no news.
 */
export function smoothEts(points: readonly Point[], alpha: number, beta: number, phi: number): EtsState | undefined {
  if (points.length === 0) return undefined;
  const head = points.slice(0, 7).map((p) => p.y).sort((a, b) => a - b);
  let level = head[Math.floor(head.length / 2)] ?? 0;
  let slope = 0;
  for (const p of points) {
    const prev = level;
    level = alpha * p.y + (1 - alpha) * (prev + phi * slope);
    slope = beta * (level - prev) + (1 - beta) * phi * slope;
  }
  return { level, slope, at: points[points.length - 1]?.t ?? 0 };
}

/** Level h days after the state: l + (φ + φ² + ... + φ^h) b, capped. */
export function etsLevel(state: EtsState, phi: number, day: number): number {
  const h = Math.max(0, day - state.at);
  const steps = phi <= 0 ? 0 : phi >= 1 ? h : (phi * (1 - phi ** h)) / (1 - phi);
  const move = Math.max(-Math.log(MAX_FACTOR), Math.min(Math.log(MAX_FACTOR), state.slope * steps));
  return Math.exp(state.level + move);
}

export function etsCandidate(alpha: number, beta: number, phi: number): LevelCandidate {
  return {
    name: phi > 0 ? `ets-${alpha}-${beta}-${phi}` : `ses-${alpha}`,
    fit(points, anchor) {
      const state = smoothEts(points.filter((p) => p.t < anchor), alpha, beta, phi);
      return (day) => (state ? etsLevel(state, phi, day) : 0);
    },
  };
}
