// Mid-season re-runs: actual against forecast on the days already seen, and the ratio the rest is scaled by.
import type { FittedModel, ForecastModel, Prediction } from "./model.js";
import { historyBefore, type ChannelHistory } from "./series.js";
import { windowSlots } from "./slots.js";

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

/**
 * A mid-season re-run as a wrapper around any model: fit on the history before the season window, predict the
 * days already seen, and scale what is predicted from here on by the (shrunk) ratio of actual to forecast. Dates in
 * `skip` (no ticket on any channel: a week the export lost) are shown but not tracked: their zeros would scale the
 * rest of the season down by the share of days lost.
 */
export function recalibrated(model: ForecastModel, seen: { from: string; to: string; skip?: ReadonlySet<string> }): ForecastModel {
  return {
    name: model.name,
    fit(history: ChannelHistory): FittedModel {
      const inner = model.fit(historyBefore(history, seen.from));
      const days = history.days.filter((d) => d.complete && d.date >= seen.from && d.date <= seen.to);
      const firstDay = days[0];
      const lastDay = days[days.length - 1];
      if (!firstDay || !lastDay) return inner;
      const dates = new Set(days.map((d) => d.date));
      const slots = windowSlots(firstDay.date, lastDay.date, history.zone).filter((s) => dates.has(s.date));
      const p = inner.predict(slots, []);
      const forecastByDate = new Map<string, number>();
      slots.forEach((s, i) => forecastByDate.set(s.date, (forecastByDate.get(s.date) ?? 0) + (p.mean[i] ?? 0)));
      const byDate = new Map((p.daily ?? []).map((d) => [d.date, d]));
      const seenDays = days.map((d) => {
        const day = byDate.get(d.date);
        const total = forecastByDate.get(d.date) ?? 0;
        return { ...(day ?? { date: d.date, sd: Math.sqrt(total), event: "", method: model.name }), total, actual: d.total };
      });
      const tracked = seenDays.filter((d) => !seen.skip?.has(d.date));
      const actual = tracked.reduce((s, d) => s + d.actual, 0);
      const forecast = tracked.reduce((s, d) => s + d.total, 0);
      const t = trackingRatio(actual, forecast, tracked.length);
      const k = t.applied;
      const scale = (xs: readonly number[]): number[] => xs.map((x) => x * k);
      return {
        info: { ...inner.info, seen: seenDays, tracking: { actual, forecast, days: tracked.length, ...t } },
        predict(hours, levels) {
          const q = inner.predict(hours, levels);
          if (k === 1) return q;
          const out: Prediction = {
            mean: scale(q.mean),
            median: scale(q.median),
            bands: q.bands.map((b) => ({ level: b.level, lo: scale(b.lo), hi: scale(b.hi) })),
            method: q.method.map((m) => (m === "closed" ? m : "recalibrated")),
          };
          if (q.daily) out.daily = q.daily.map((d) => ({ ...d, total: d.total * k, sd: d.sd * k, method: d.method === "closed" ? d.method : "recalibrated" }));
          return out;
        },
      };
    },
  };
}
