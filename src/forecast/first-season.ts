// The first-season rule: three times the busiest history day on the peak days, and a documented ramp for the rest.
import type { EventDay } from "../time/events.js";
import { blackFriday } from "../time/events.js";
import { dayNumber } from "./series.js";

/** Peak event days get this multiple of the highest-volume day of the history (the practitioners' rule). */
export const PEAK_MULTIPLIER = 3;

/**
 * Share of the way from the ordinary level to the peak, by the day's event and offset. The ramp follows what
 * support leads report: a climb through November, everything at once Black Friday to Cyber Monday, a December
 * plateau at roughly 2-3x the ordinary level, a last push to the last shipping day, quiet holidays,
 * then a returns wave in January that fades over two weeks.
 */
export function rampShare(date: string, event: EventDay | undefined, seasonYear: number): number {
  if (event) {
    const k = event.offset;
    switch (event.event) {
      case "black-friday":
        return k === 0 ? 1 : k < 0 ? [0.35, 0.4, 0.45, 0.55][k + 4] ?? 0.35 : k === 1 ? 0.7 : 0.6;
      case "cyber-monday":
        return k === 0 ? 1 : 0.6;
      case "last-shipping-day":
        return k === 0 ? 1 : [0.65, 0.75, 0.85][k + 3] ?? 0.65;
      case "singles-day":
        return 0.35;
      case "christmas":
        return k === -1 ? 0.2 : k === 0 ? 0.05 : 0.25;
      case "new-year":
        return k === -1 ? 0.15 : 0.1;
      case "returns":
        return 0.45 - (0.3 * Math.min(13, Math.max(0, k))) / 13;
      default:
        // A store's own sale day: half way, as a moderate event with no history to go on.
        return 0.5;
    }
  }
  const t = dayNumber(date);
  const bf = dayNumber(blackFriday(seasonYear));
  const nov1 = dayNumber(`${seasonYear}-11-01`);
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m === 11 && t < bf) return 0.05 + (0.25 * Math.max(0, t - nov1)) / Math.max(1, bf - 5 - nov1);
  if (m === 11 || (m === 12 && d < 21)) return 0.6;
  if (m === 12 && d <= 23) return 0.35;
  if (m === 12) return 0.3;
  // Outside 1 Nov - 15 Jan the rule has nothing to say.
  return 0;
}

/** Expected tickets on a season day by the rule: ordinary level plus the ramp's share of the way to the peak. */
export function firstSeasonTotal(ordinary: number, highestDay: number, growth: number, share: number): number {
  const peak = PEAK_MULTIPLIER * highestDay * growth;
  const base = ordinary * growth;
  return base + Math.max(0, share) * Math.max(0, peak - base);
}
