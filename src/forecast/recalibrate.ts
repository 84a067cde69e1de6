// Mid-season re-runs: actual against forecast on the days already seen, and the ratio the rest is scaled by.

export interface Tracking {
  /** first and last day already seen inside the window */
  from: string;
  to: string;
  days: number;
  actual: number;
  forecast: number;
  /** actual / forecast on the days seen */
  ratio: number;
  /** the factor applied to the remaining days (the ratio, shrunk toward 1 when few days are seen) */
  applied: number;
}

/** Days seen before a ratio is trusted in full: with k days seen, (ratio - 1) is kept at k / (k + 3). */
export const TRACKING_PRIOR_DAYS = 3;

export function trackingRatio(actual: number, forecast: number, days: number): { ratio: number; applied: number } {
  if (!(forecast > 0) || days <= 0) return { ratio: 1, applied: 1 };
  const ratio = actual / forecast;
  const applied = 1 + (ratio - 1) * (days / (days + TRACKING_PRIOR_DAYS));
  // A broken export (a day of zeros) must not zero the rest of the season or blow it up.
  return { ratio, applied: Math.min(3, Math.max(1 / 3, applied)) };
}
