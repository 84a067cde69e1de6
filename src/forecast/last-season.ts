// One series' view of its own last season: the comparable days, closures, event days, profile and the aligned-day
// lookup the year-over-year rule reads. Shared by a channel's fit and by the store's season a new channel borrows.
import { seasonYearOf } from "../time/events.js";
import type { EventCalendar } from "./calendar.js";
import { lastSeasonDay, storeEvidence, type EventEvidence } from "./events.js";
import { closedPattern, recurringClosedDates, type ClosedPattern } from "./closed.js";
import { unusuallyLowDates } from "./level.js";
import { closedDates, learnProfile, ordinaryDays, type Profile } from "./profile.js";
import { comparableHistory } from "./regime.js";
import { lostDay } from "./gaps.js";
import { dayNumber, inSeasonWindow, type ChannelHistory, type DayHistory } from "./series.js";

export interface SeasonView {
  /** the comparable part of the history (regime.ts) and where it was cut, if it was */
  history: ChannelHistory;
  from?: string;
  days: DayHistory[];
  /** the day after the full history's last day: what the rolling check and the growth are anchored at */
  anchor: number;
  pattern: ClosedPattern;
  closedEveryYear: Set<string>;
  closed: Set<string>;
  /** the store's evidence of which event days stood out (events on, store given) */
  store?: EventEvidence;
  /** event days left out of the levels and shapes */
  events: Set<string>;
  profile: Profile;
  lastSeason: (date: string, hods: readonly number[]) => ReturnType<typeof lastSeasonDay>;
  /** whether the comparable history holds season `year` (14 open days or more of its 1 Nov - 15 Jan) */
  heldSeason: (year: number) => boolean;
}

export function seasonView(full: ChannelHistory, calendar: EventCalendar, options: { store?: ChannelHistory; closedDays?: readonly string[] }): SeasonView {
  const cut = comparableHistory(full);
  const history = cut.history;
  const closedDays = options.closedDays ?? [];
  const days = history.days;
  const first = days[0]?.date ?? "1970-01-01";
  const last = full.days[full.days.length - 1]?.date ?? first;
  const anchor = dayNumber(last) + 1;
  const pattern = closedPattern(days);
  const closedEveryYear = recurringClosedDates(days, full.zone);
  const closed = closedDates(days);
  const store = options.store && calendar.enabled ? storeEvidence(options.store, calendar) : undefined;
  // Event days are left out of the levels and shapes, except those the store's total shows were ordinary days: a B2B
  // desk that ignores Black Friday keeps its season's days in its levels, as with events off.
  const events = new Set([...calendar.datesBetween(first, last)].filter((d) => store?.(d) !== false));
  // Holidays and half days are holes like closed days: they would bend the weekly shape and drag the level down.
  const rough = learnProfile(ordinaryDays(days, events, closed), pattern.weekdays);
  for (const d of unusuallyLowDates(days, rough, new Set([...events, ...closed]))) closed.add(d);
  const profile = learnProfile(ordinaryDays(days, events, closed), pattern.weekdays);
  const context = { ...(store ? { store } : {}), lost: (d: DayHistory, expected: number) => lostDay(d.total, expected, d.date, closedEveryYear, closedDays, full.zone) };
  const memo = new Map<string, Array<{ hods: readonly number[]; day: ReturnType<typeof lastSeasonDay> }>>();
  const lastSeason = (date: string, hods: readonly number[]): ReturnType<typeof lastSeasonDay> => {
    // Growth, spread and the forecast all ask about the same days; the shape depends on the hours (DST). Found by
    // date, then by the hours themselves: a key string joined from the hours cost more than most answers.
    let known = memo.get(date);
    if (!known) memo.set(date, (known = []));
    for (const k of known) if (sameHours(k.hods, hods)) return k.day;
    const day = lastSeasonDay(history, calendar, profile, events, closed, date, hods, context);
    known.push({ hods: [...hods], day });
    return day;
  };
  const seasonDays = new Map<number, number>();
  for (const d of days) if (d.complete && d.total > 0 && inSeasonWindow(d.date)) seasonDays.set(seasonYearOf(d.date), (seasonDays.get(seasonYearOf(d.date)) ?? 0) + 1);
  const heldSeason = (year: number): boolean => (seasonDays.get(year) ?? 0) >= 14;
  const view: SeasonView = { history, days, anchor, pattern, closedEveryYear, closed, events, profile, lastSeason, heldSeason };
  if (cut.from !== undefined) view.from = cut.from;
  if (store) view.store = store;
  return view;
}

function sameHours(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Spread of actual over growth-scaled expectation on the last 56 days: the level error of the year-over-year rule. */
export function relativeVariance(days: readonly DayHistory[], expect: (date: string, hods: readonly number[]) => number | undefined, growth: number, anchor: number): number {
  let sum = 0;
  let n = 0;
  for (const d of days) {
    if (!d.complete || dayNumber(d.date) < anchor - 56) continue;
    const e = expect(d.date, d.hods);
    if (e === undefined || !(e > 0) || !(growth > 0)) continue;
    const r = d.total / (growth * e) - 1;
    sum += r * r;
    n++;
  }
  return n > 0 ? Math.min(1, sum / n) : 0.15 ** 2;
}
