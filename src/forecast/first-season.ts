// The first-season rule: three times the busiest history day (all channels together) on the peak days; nothing else.
import type { EventDay } from "../time/events.js";
import type { ChannelHistory } from "./series.js";
import { addDays, allChannelTotals } from "./series.js";

/** Peak event days get this multiple of the highest-volume day of the history (the practitioners' rule). */
export const PEAK_MULTIPLIER = 3;

/**
 * The days the rule lifts: Black Friday, Cyber Monday and the last shipping day, the three days support leads
 * name as spiking "higher still" (../shared/DOMAIN.md, "The volume"). The rest of the season is left at the
 * ordinary level: a store with no last season has nothing to say how far its own November and December rise
 * (an order series that doubled on Black Friday and a B2B desk that did not move at all both exist), and a
 * ramp invented for every day inflated the whole season (olist 2017: bias +87 % with it, -35 % without).
 */
export const FIRST_SEASON_PEAKS: ReadonlySet<string> = new Set(["black-friday", "cyber-monday", "last-shipping-day"]);

export function isFirstSeasonPeak(event: EventDay | undefined): boolean {
  return event !== undefined && event.offset === 0 && FIRST_SEASON_PEAKS.has(event.event);
}

/** Expected tickets on a peak day by the rule: 3 x the busiest day, times the growth given for the store. */
export function firstSeasonPeakTotal(highestDay: number, growth: number): number {
  return PEAK_MULTIPLIER * highestDay * growth;
}

export interface FirstSeasonInputs {
  /** the busiest complete day of the history, all channels added together */
  busiestDay: number;
  /** each channel's share of the last 8 weeks (complete days), summing to 1 */
  mix: Record<string, number>;
}

/**
 * The rule's inputs from every channel of one store: the busiest day is the busiest date over the channels'
 * sum (3 x the sum of each channel's own busiest day would overstate the peak when channels peak on different
 * days), and the peak is split over the channels by their recent mix.
 */
export function firstSeasonInputs(histories: readonly ChannelHistory[]): FirstSeasonInputs {
  const { byDate, last } = allChannelTotals(histories);
  let busiestDay = 0;
  for (const total of byDate.values()) if (total > busiestDay) busiestDay = total;
  const from = addDays(last, -55);
  const totals = histories.map((h) => h.days.reduce((s, d) => (d.complete && d.date >= from ? s + d.total : s), 0));
  const all = totals.reduce((s, t) => s + t, 0);
  const mix: Record<string, number> = {};
  histories.forEach((h, i) => {
    mix[h.channel] = all > 0 ? (totals[i] ?? 0) / all : 1 / histories.length;
  });
  return { busiestDay, mix };
}
