// Where the series becomes what it is now: an export that starts with a thin tail of old or migrated records,
// or a channel that opened late, is cut to the part comparable with the recent weeks before anything is learnt.
import type { ChannelHistory, DayHistory } from "./series.js";

/**
 * A week is "thin" below this share of the recent weekly volume (median of the last eight weeks). Low on
 * purpose: a history that ends in the peak runs at 2-3 times its ordinary level, and an ordinary summer week
 * must not look thin next to it; stray or migrated records are a few per cent of today's volume.
 */
export const THIN_WEEK_SHARE = 0.1;
/** Thin weeks in a row that mark a different regime: one or two can be a holiday closure, three are not. */
export const THIN_RUN_WEEKS = 3;
const RECENT_WEEKS = 8;

/**
 * The first date of the comparable history: the day after the latest run of three or more thin weeks, counted in
 * 7-day blocks back from the last day. Undefined when the whole history is comparable.
 */
export function comparableStart(days: readonly DayHistory[]): string | undefined {
  if (days.length < 7 * (RECENT_WEEKS + THIN_RUN_WEEKS)) return undefined;
  const blocks: Array<{ from: string; total: number }> = [];
  for (let end = days.length; end - 7 >= 0; end -= 7) {
    let total = 0;
    for (let i = end - 7; i < end; i++) total += days[i]?.total ?? 0;
    blocks.push({ from: days[end - 7]?.date ?? "", total });
  }
  // blocks[0] is the most recent week.
  const recent = blocks.slice(0, RECENT_WEEKS).map((b) => b.total).sort((a, b) => a - b);
  const level = ((recent[RECENT_WEEKS / 2 - 1] ?? 0) + (recent[RECENT_WEEKS / 2] ?? 0)) / 2;
  if (!(level > 0)) return undefined;
  let run = 0;
  for (let k = 0; k < blocks.length; k++) {
    const thin = (blocks[k]?.total ?? 0) < THIN_WEEK_SHARE * level;
    run = thin ? run + 1 : 0;
    if (run === THIN_RUN_WEEKS) return blocks[k - THIN_RUN_WEEKS]?.from;
  }
  return undefined;
}

/** The channel cut to its comparable part (the whole history when nothing is cut). */
export function comparableHistory(history: ChannelHistory): { history: ChannelHistory; from?: string } {
  const from = comparableStart(history.days);
  if (from === undefined) return { history };
  const days = history.days.filter((d) => d.date >= from);
  return { history: { ...history, days, byDate: new Map(days.map((d) => [d.date, d])) }, from };
}
