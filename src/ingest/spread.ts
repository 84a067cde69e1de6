// Date-only exports (2025-11-28, no time of day), read only when asked: each day's tickets spread over the hours.
//
// The profile is the practitioners' intraday shape the sample data uses (sample/shape.ts hourShares, from DOMAIN.md:
// morning and 12-14 lunch peaks, 17-20 evenings, flatter weekends); the history itself holds no hours to learn one
// from. Counts stay whole: each day's tickets are dealt out by largest remainder, so a day's total is kept exactly.
import type { Channel } from "../config/types.js";
import { hourShares } from "../sample/shape.js";
import { ALL_SLOT, SLOTS, type HourBuckets } from "./bucket.js";
import type { ZoneClock } from "./clock.js";

const HOUR = 3_600_000;

/** Whole counts per hour summing to `n`, in proportion to `shares` (largest remainder). */
export function apportion(n: number, shares: readonly number[]): number[] {
  const exact = shares.map((s) => s * n);
  const out = exact.map(Math.floor);
  let left = n - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/** Adds each day's counts (wall midnight as UTC ms -> count per slot) to the buckets, hour by hour. */
export function spreadDays(days: ReadonlyMap<number, readonly number[]>, buckets: HourBuckets, clock: ZoneClock): void {
  for (const [midnight, counts] of days) {
    const weekday = new Date(midnight).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    counts.forEach((n, slot) => {
      if (n <= 0) return;
      const channel = (slot === ALL_SLOT ? "email" : SLOTS[slot]) as Channel;
      apportion(n, hourShares(channel, weekend, false)).forEach((k, h) => {
        if (k > 0) buckets.addCount(clock.fromWall(midnight + h * HOUR), slot, k);
      });
    });
  }
}
