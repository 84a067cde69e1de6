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
  /** its date (YYYY-MM-DD; "" for an empty history), so the forecast can say which day the peak rests on */
  busiestDate: string;
  /** the median of the history's ten busiest complete days: what the busiest day is checked against */
  busyMedian: number;
  /** each channel's share of the last 8 weeks (complete days), summing to 1 */
  mix: Record<string, number>;
}

/** How many busiest days the busiest one is checked against, and by how much it may stand above their median. */
export const BUSY_DAYS_COMPARED = 10;
export const FLOOD_RATIO = 3;

/**
 * The rule's inputs from every channel of one store: the busiest day is the busiest date over the channels'
 * sum (3 x the sum of each channel's own busiest day would overstate the peak when channels peak on different
 * days), and the peak is split over the channels by their recent mix.
 */
export function firstSeasonInputs(histories: readonly ChannelHistory[]): FirstSeasonInputs {
  const { byDate, last } = allChannelTotals(histories);
  let busiestDay = 0;
  let busiestDate = "";
  // The earliest date on a tie, whatever order the channels added their days in.
  for (const [date, total] of byDate) {
    if (total > busiestDay || (total === busiestDay && busiestDate !== "" && date < busiestDate)) {
      busiestDay = total;
      busiestDate = date;
    }
  }
  const top = [...byDate.values()].sort((a, b) => b - a).slice(0, BUSY_DAYS_COMPARED);
  const from = addDays(last, -55);
  const totals = histories.map((h) => h.days.reduce((s, d) => (d.complete && d.date >= from ? s + d.total : s), 0));
  const all = totals.reduce((s, t) => s + t, 0);
  const mix: Record<string, number> = {};
  histories.forEach((h, i) => {
    mix[h.channel] = all > 0 ? (totals[i] ?? 0) / all : 1 / histories.length;
  });
  return { busiestDay, busiestDate, busyMedian: median(top), mix };
}

const median = (sorted: readonly number[]): number => {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Whether the busiest day stands more than FLOOD_RATIO times above the median of the ten busiest: one day of a
 * spam flood or a bulk import then sets every first-season peak (2,000 junk emails on one October day tripled
 * 11-28 and 12-01 from 1,668 to 6,630 tickets), while a real busiest day sits among other busy ones.
 */
export function busiestDayStandsAlone(inputs: Pick<FirstSeasonInputs, "busiestDay" | "busyMedian">): boolean {
  return inputs.busyMedian > 0 && inputs.busiestDay > FLOOD_RATIO * inputs.busyMedian;
}
