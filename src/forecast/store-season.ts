// A channel without a last season of its own (opened in the weeks before the season), in a store whose total holds
// one, borrows the store's season shape: its own recent level times the store's seasonal ratio for the date.
import { seasonYearOf } from "../time/events.js";
import type { EventCalendar } from "./calendar.js";
import { yearOverYearGrowth } from "./events.js";
import { relativeVariance, seasonView } from "./last-season.js";
import { weekdayOfDate, type ChannelHistory } from "./series.js";

/** What the store's last season says about one date, as a ratio to the store's level before last season's turn. */
export interface StoreRatio {
  /** the store's aligned day of last season (weekday taken out) over its level on the weeks the growth is read on */
  ratio: number;
  lastSeasonDate: string;
  /** the store's event-day noise (events.ts extraVariance), 0 on an ordinary day */
  extraVariance: number;
}

export interface StoreSeason {
  /** undefined where the store held no season the year before `date`, or last season does not reach its aligned day */
  ratio(date: string, hods: readonly number[]): StoreRatio | undefined;
  /** the year-over-year rule's level error on the store's total: a borrowed day carries it as the store would */
  variance: number;
}

/**
 * The store's season, read the way the year-over-year rule reads it for the store: its forecast is growth x the aligned
 * day, growth = recent actual / last season's expectation of the same weeks, so against the store's recent level the
 * rule gives the aligned day / last season's mean level over those weeks. That ratio is what a channel too new to have
 * a last season carries: a chat opened five weeks before the peak was forecast flat at its October level (-58 % over
 * the season, half-staffed on the peak) while the store's other channels rose about 3x. The weekday is taken out of
 * both sides, because the channel brings its own weekday factors. Undefined when the store has no last season (the
 * first-season rule then applies, as for a store that is new altogether) or too few weeks of overlap to level it.
 */
export function storeSeason(store: ChannelHistory, calendar: EventCalendar, anchor: number, closedDays: readonly string[] = []): StoreSeason | undefined {
  let byCalendar = cache.get(store);
  if (!byCalendar) cache.set(store, (byCalendar = new WeakMap()));
  let byAnchor = byCalendar.get(calendar);
  if (!byAnchor) byCalendar.set(calendar, (byAnchor = new Map()));
  const key = `${anchor}|${closedDays.join(",")}`;
  if (!byAnchor.has(key)) byAnchor.set(key, readStoreSeason(store, calendar, anchor, closedDays));
  return byAnchor.get(key);
}

// Every new channel of a store asks about the same total; a backtest asks again at each of its origins.
const cache = new WeakMap<ChannelHistory, WeakMap<EventCalendar, Map<string, StoreSeason | undefined>>>();

function readStoreSeason(store: ChannelHistory, calendar: EventCalendar, anchor: number, closedDays: readonly string[]): StoreSeason | undefined {
  const view = seasonView(store, calendar, { store, closedDays });
  const { days, closed, profile, lastSeason, heldSeason } = view;
  const factor = (date: string): number => profile.weekday[weekdayOfDate(date) - 1] ?? 1;
  const weekdayFree = (date: string, hods: readonly number[]): ReturnType<typeof lastSeason> => {
    const ly = lastSeason(date, hods);
    const f = factor(date);
    return ly && f > 0 ? { ...ly, total: ly.total / f } : undefined;
  };
  // The same weeks and days the store's growth is read on (yearOverYearGrowth), so the level is the rule's own.
  const base = yearOverYearGrowth(days, weekdayFree, closed, anchor);
  const growth = yearOverYearGrowth(days, lastSeason, closed, anchor);
  if (!base || !growth || !(base.expected > 0)) return undefined;
  // The growth itself is not checked against the comparable range: the store's total this year holds the new channel
  // (a chat at a fifth of the volume), last year's did not, and the ratio reads last season against last season.
  const level = base.expected / base.days;
  const variance = relativeVariance(days, (d, h) => lastSeason(d, h)?.total, growth.value, anchor);
  return {
    variance,
    ratio(date, hods) {
      if (!heldSeason(seasonYearOf(date) - 1)) return undefined;
      const ly = weekdayFree(date, hods);
      if (!ly) return undefined;
      return { ratio: ly.total / level, lastSeasonDate: ly.lastSeasonDate, extraVariance: ly.extraVariance ?? 0 };
    },
  };
}

/**
 * The line naming a channel that borrowed the store's season and how far it lifts it, e.g. "chat: no last season of its
 * own (from 2026-10-05); its season follows the store's: x2.9 on Black Friday week, x2.4 over 1-23 December".
 */
export function storeSeasonLine(channel: string, from: string, days: ReadonlyArray<{ date: string; event: string; storeSeason?: number }>): string | undefined {
  const used = days.filter((d) => d.storeSeason !== undefined);
  if (used.length === 0) return undefined;
  const mean = (list: typeof used): number => list.reduce((s, d) => s + (d.storeSeason ?? 0), 0) / list.length;
  const parts: string[] = [];
  const bf = used.filter((d) => d.event === "black-friday");
  if (bf.length > 0) parts.push(`x${mean(bf).toFixed(1)} on Black Friday week`);
  const december = used.filter((d) => d.date.slice(5, 7) === "12" && d.date.slice(8) <= "23");
  if (december.length > 0) parts.push(`x${mean(december).toFixed(1)} over 1-23 December`);
  if (parts.length === 0) parts.push(`x${mean(used).toFixed(1)} over ${used.length} days`);
  return `${channel}: no last season of its own (from ${from}); its season follows the store's: ${parts.join(", ")}, against its own level of the last weeks`;
}
