// The event calendar a forecast reads: which days are events (the retail season's, the store's own), and the day
// of last season each lines up with.
import { seasonEvents, seasonYearOf, type EventDay, type EventOptions } from "../time/events.js";
import { addDays } from "./series.js";

export interface EventSettings extends EventOptions {
  enabled: boolean;
  /**
   * The retail calendar's days (Black Friday, Christmas, the returns wave...); default true. False keeps only the
   * store's own `custom` events: a desk whose config turned the retail days off still plans its own sale.
   */
  retail?: boolean;
}

/** The season's event days under the settings: none, the store's own only, or the retail calendar with them. */
function eventDays(year: number, settings: EventSettings): EventDay[] {
  if (!settings.enabled) return [];
  const days = seasonEvents(year, settings);
  if (settings.retail !== false) return days;
  // seasonEvents gives a store's own event its dates before any retail window, so its dates are its own days.
  const own = (settings.custom ?? []).map((c) => ({ from: c.date, to: addDays(c.date, Math.max(1, c.days ?? 1) - 1) }));
  return days.filter((d) => own.some((w) => d.date >= w.from && d.date <= w.to));
}

export interface EventCalendar {
  enabled: boolean;
  dayOf(date: string): EventDay | undefined;
  /** the day last season that lines up with `date`: the same event and offset, else 52 weeks back (same weekday) */
  alignedLastSeason(date: string): { date: string; byEvent: boolean };
  /** the same, `back` seasons before (2 = the season before last) */
  alignedSeasonsBack(date: string, back: number): { date: string; byEvent: boolean };
  /** every event date of the seasons touching [from, to] */
  datesBetween(from: string, to: string): Set<string>;
}

export function eventCalendar(settings: EventSettings): EventCalendar {
  const seasons = new Map<number, { byDate: Map<string, EventDay>; byKey: Map<string, string> }>();
  const season = (year: number): { byDate: Map<string, EventDay>; byKey: Map<string, string> } => {
    let s = seasons.get(year);
    if (!s) {
      const days = eventDays(year, settings);
      // Custom events carry dates of one year; keep each inside the season it falls in.
      const own = days.filter((d) => seasonYearOf(d.date) === year);
      s = { byDate: new Map(own.map((d) => [d.date, d])), byKey: new Map(own.map((d) => [`${d.event}|${d.offset}`, d.date])) };
      seasons.set(year, s);
    }
    return s;
  };
  return {
    enabled: settings.enabled,
    dayOf: (date) => season(seasonYearOf(date)).byDate.get(date),
    alignedLastSeason(date) {
      return this.alignedSeasonsBack(date, 1);
    },
    alignedSeasonsBack(date, back) {
      const ev = season(seasonYearOf(date)).byDate.get(date);
      if (ev) {
        const before = season(seasonYearOf(date) - back).byKey.get(`${ev.event}|${ev.offset}`);
        if (before) return { date: before, byEvent: true };
      }
      return { date: addDays(date, -364 * back), byEvent: false };
    },
    datesBetween(from, to) {
      const out = new Set<string>();
      for (let y = seasonYearOf(from); y <= seasonYearOf(to); y++) for (const d of season(y).byDate.keys()) if (d >= from && d <= to) out.add(d);
      return out;
    },
  };
}

/**
 * One line per store event (`custom`) whose forecast days were not event-aligned: no day of that name last season
 * lies in the history, so the days got their name in the table and no uplift, silently. Days with nothing expected
 * (closed) and days already seen are left out.
 */
export function unalignedCustomEventLines(days: ReadonlyArray<{ date: string; event: string; method: string; expected: number; actual?: number }>, custom: EventOptions["custom"]): string[] {
  const names = new Set((custom ?? []).map((c) => c.name));
  const byName = new Map<string, string[]>();
  for (const d of days) {
    if (!names.has(d.event) || d.actual !== undefined || !(d.expected > 0) || d.method.includes("event-aligned")) continue;
    byName.set(d.event, [...(byName.get(d.event) ?? []), d.date]);
  }
  return [...byName].map(
    ([name, dates]) => `${name} on ${dateSpans(dates)}: no last-season day of that name in the history, forecast as an ordinary day (no uplift); to learn its uplift, add last season's ${name} to the events under the same name`,
  );
}

/** Sorted dates as runs: "2025-12-05 to 2025-12-06, 2025-12-09". */
function dateSpans(dates: readonly string[]): string {
  const runs: Array<[string, string]> = [];
  for (const d of [...dates].sort()) {
    const run = runs[runs.length - 1];
    if (run && addDays(run[1], 1) === d) run[1] = d;
    else runs.push([d, d]);
  }
  return runs.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(", ");
}
