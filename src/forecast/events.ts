// Events aligned by their own dates: last season's uplift per event-relative day, carried to this season.
import { median } from "simple-statistics";
import type { EventCalendar } from "./calendar.js";
import { fitDispersion } from "./intervals.js";
import { closedPattern } from "./closed.js";
import { blendedShape, closedDates, dayShape, learnProfile, ordinaryDays, type Profile } from "./profile.js";
import { addDays, dayNumber, daysByNumber, inSeasonWindow, weekdayOfDate, type ChannelHistory, type DayHistory } from "./series.js";

/** Standard deviations an event day must stand out by before its uplift counts (about 1 day in 20 by chance). */
const NO_EFFECT_SD = 2;
/** The day-to-day level error assumed when the history has too few ordinary days to measure it. */
const DEFAULT_DAY_ERROR = 0.1;
/** Usable days a smooth level needs; fewer and the window widens (event windows, closed days leave gaps). */
const MIN_LEVEL_DAYS = 6;

/** What last season says about one day of this season, before growth. */
export interface LastSeasonDay {
  /** expected tickets at last season's level */
  total: number;
  shape: number[];
  /** the aligned day last season */
  lastSeasonDate: string;
  lastSeasonActual?: number;
  /** actual over the smooth level on the aligned event day */
  uplift?: number;
  /**
   * relative variance the day carries beyond the ordinary level error: an event day is one day of one or two
   * seasons, measured with that day's own noise (its dispersion plus the count noise), averaged over the seasons
   */
  extraVariance?: number;
  method: "event-aligned" | "year-over-year";
  /** the aligned day is lost from the export (no tickets where the store was open): not measured, not compared */
  lost?: true;
}

/** What lastSeasonDay judges the aligned day by: the store's evidence, and whether a day was lost from the export. */
export interface LastSeasonContext {
  store?: EventEvidence;
  /** the day holds next to nothing where `expected` tickets were due: an export hole (gaps.ts lostDay) */
  lost?: (day: DayHistory, expected: number) => boolean;
}

const openFactor = (profile: Profile, weekday: number): number => profile.weekday[weekday - 1] ?? 1;

/**
 * Last season's ordinary level around a day: the median of the weekday-adjusted volume of usable days
 * within ±7 days, widened to ±14 and ±21 when event windows and closed days leave fewer than six. A weekday
 * the store is closed on says nothing about the level (its zero is not a quiet day).
 */
export function smoothLevel(history: ChannelHistory, date: string, profile: Profile, excluded: ReadonlySet<string>, closed: ReadonlySet<string>): number | undefined {
  const { first, days } = daysByNumber(history.byDate);
  const at = dayNumber(date) - first;
  for (const k of [7, 14, 21]) {
    const values: number[] = [];
    for (let i = -k; i <= k; i++) {
      const d = days[at + i];
      if (!d || !d.complete || excluded.has(d.date) || closed.has(d.date)) continue;
      const f = openFactor(profile, d.weekday);
      if (f > 0) values.push(d.total / f);
    }
    if (values.length >= MIN_LEVEL_DAYS) return median(values);
  }
  return undefined;
}

/**
 * The day-to-day spread of ordinary days around their smooth level, as a negative binomial dispersion
 * (variance μ + αμ²): what an event day must stand out from before its uplift is believed. Measured on the
 * history's own ordinary off-season days of the last year (a quiet B2B desk and a noisy web shop differ), with the
 * level's own estimation error on top; 10 % when fewer than 28 days can be used.
 */
export function dayDispersion(history: ChannelHistory, profile: Profile, excluded: ReadonlySet<string>, closed: ReadonlySet<string>): number {
  const actual: number[] = [];
  const fitted: number[] = [];
  for (const d of history.days.slice(-400)) {
    // Off-season days only: around the season's ramp and Christmas step the smooth level is a blur, and its
    // misses there would pass for day-to-day noise (and hide a real returns wave as "no effect").
    if (!d.complete || excluded.has(d.date) || closed.has(d.date) || inSeasonWindow(d.date)) continue;
    const f = openFactor(profile, d.weekday);
    const level = f > 0 ? smoothLevel(history, d.date, profile, excluded, closed) : undefined;
    if (level === undefined || !(level > 0)) continue;
    actual.push(d.total);
    fitted.push(level * f);
  }
  // The smooth level is a median of about ten days: its own error adds about a tenth of the spread.
  return actual.length >= 28 ? 1.1 * fitDispersion(actual, fitted) : DEFAULT_DAY_ERROR ** 2;
}

const dispersions = new WeakMap<ChannelHistory, WeakMap<Profile, number>>();
function cachedDispersion(history: ChannelHistory, profile: Profile, excluded: ReadonlySet<string>, closed: ReadonlySet<string>): number {
  let byProfile = dispersions.get(history);
  if (!byProfile) dispersions.set(history, (byProfile = new WeakMap()));
  let alpha = byProfile.get(profile);
  if (alpha === undefined) byProfile.set(profile, (alpha = dayDispersion(history, profile, excluded, closed)));
  return alpha;
}

/** An event day within NO_EFFECT_SD of what its level expects had no measurable effect: its uplift is 1. */
export function measuredUplift(actual: number, expected: number, alpha: number): number {
  if (!(expected > 0)) return 1;
  const sd = Math.sqrt(expected + alpha * expected * expected);
  return Math.abs(actual - expected) <= NO_EFFECT_SD * sd ? 1 : actual / expected;
}

/** The store's channels added together, day by day: the evidence an event is judged on. */
export function storeHistory(histories: readonly ChannelHistory[]): ChannelHistory | undefined {
  const first = histories[0];
  if (!first || histories.length === 1) return first;
  const days = first.days.map((d) => {
    const counts = [...d.counts];
    for (const h of histories.slice(1)) {
      const other = h.byDate.get(d.date);
      other?.counts.forEach((c, i) => {
        counts[i] = (counts[i] ?? 0) + c;
      });
    }
    return { ...d, counts, total: counts.reduce((s, c) => s + c, 0) };
  });
  return { channel: first.channel, zone: first.zone, days, byDate: new Map(days.map((d) => [d.date, d])) };
}

/**
 * Whether an event day of last season stood out, judged on all channels together: a busy day is busy in
 * every channel, so the total sees an effect that each small channel alone would call noise (a Black Friday
 * split over chat, email and phone). Undefined where the total has no level around the day.
 */
export type EventEvidence = (date: string) => boolean | undefined;

// Per store and calendar: another calendar (a later last shipping day, a custom sale) windows the same days differently.
const evidence = new WeakMap<ChannelHistory, WeakMap<EventCalendar, EventEvidence>>();
export function storeEvidence(store: ChannelHistory, calendar: EventCalendar): EventEvidence {
  let byCalendar = evidence.get(store);
  if (!byCalendar) evidence.set(store, (byCalendar = new WeakMap()));
  const known = byCalendar.get(calendar);
  if (known) return known;
  const days = store.days;
  const closed = closedDates(days);
  const events = calendar.datesBetween(days[0]?.date ?? "1970-01-01", days[days.length - 1]?.date ?? "1970-01-01");
  const profile = learnProfile(ordinaryDays(days, events, closed), closedPattern(days).weekdays);
  const alpha = dayDispersion(store, profile, events, closed);
  const expected = (date: string): { actual: number; expected: number } | undefined => {
    const own = store.byDate.get(date);
    const f = own ? openFactor(profile, own.weekday) : 0;
    const level = own?.complete && f > 0 ? smoothLevel(store, date, profile, events, closed) : undefined;
    return level === undefined ? undefined : { actual: own?.total ?? 0, expected: level * f };
  };
  // A wave of many days (the fortnight of returns) has a day 2 sd off by chance about every other season, and its
  // effect, when there is one, is spread over the days: it is judged as one run (one season's wave), and a day of
  // it counts only where the run stood out. Shorter windows are judged day by day: a Black Friday carried by one day
  // of its week would vanish in the week's sum (1.5x on one day of seven at 10 % day noise: about 1.6 sd).
  const windows = new Map<string, string[]>();
  for (const date of events) {
    const key = windowKey(calendar, date);
    if (!key) continue;
    const run = windows.get(key);
    if (run) run.push(date);
    else windows.set(key, [date]);
  }
  const stoodByWindow = new Map<string, boolean>();
  const windowStood = (key: string): boolean => {
    let stood = stoodByWindow.get(key);
    if (stood === undefined) {
      const seen = (windows.get(key) ?? []).map(expected).filter((e) => e !== undefined);
      stood = windowStandsOut(seen, alpha);
      stoodByWindow.set(key, stood);
    }
    return stood;
  };
  const test: EventEvidence = (date) => {
    const e = expected(date);
    if (e === undefined) return undefined;
    const key = windowKey(calendar, date);
    if (key !== undefined && (windows.get(key)?.length ?? 0) >= WAVE_DAYS && !windowStood(key)) return false;
    return measuredUplift(e.actual, e.expected, alpha) !== 1;
  };
  byCalendar.set(calendar, test);
  return test;
}

/** Event windows this long are waves, judged as one run: the returns fortnight (14 days). */
export const WAVE_DAYS = 10;

/** One season's run of an event: its name and anchor date (the date less its offset). */
function windowKey(calendar: EventCalendar, date: string): string | undefined {
  const day = calendar.dayOf(date);
  return day ? `${day.event}|${addDays(date, -day.offset)}` : undefined;
}

/**
 * Whether a run of event days stood out as a whole: the sum of actual less expected over its days, against the
 * spread that sum has by chance (count noise plus the day-to-day dispersion of each day), beyond NO_EFFECT_SD.
 */
export function windowStandsOut(days: ReadonlyArray<{ actual: number; expected: number }>, alpha: number): boolean {
  let diff = 0;
  let variance = 0;
  for (const d of days) {
    if (!(d.expected > 0)) continue;
    diff += d.actual - d.expected;
    variance += d.expected + alpha * d.expected * d.expected;
  }
  return variance > 0 && Math.abs(diff) > NO_EFFECT_SD * Math.sqrt(variance);
}

/** One measured event day's uplift: its ratio to the expected level where it stood out (on the store total when known), else 1. */
function upliftOn(history: ChannelHistory, profile: Profile, excluded: ReadonlySet<string>, closed: ReadonlySet<string>, day: DayHistory, expected: number, store?: EventEvidence): number {
  const stood = store?.(day.date);
  if (stood === undefined) return measuredUplift(day.total, expected, cachedDispersion(history, profile, excluded, closed));
  return stood && expected > 0 ? day.total / expected : 1;
}

/** Last season's view of `date` (this season), or undefined when the history does not reach the aligned day. */
export function lastSeasonDay(
  history: ChannelHistory,
  calendar: EventCalendar,
  profile: Profile,
  excluded: ReadonlySet<string>,
  closed: ReadonlySet<string>,
  date: string,
  hods: readonly number[],
  { store, lost }: LastSeasonContext = {},
): LastSeasonDay | undefined {
  const aligned = calendar.alignedLastSeason(date);
  const weekday = weekdayOfDate(date);
  const base = openFactor(profile, weekday);
  const own = history.byDate.get(aligned.date);
  const level = smoothLevel(history, aligned.date, profile, excluded, closed);
  if (level === undefined) return undefined;
  const plain = dayShape(profile, weekday, hods);
  const actual = own?.complete ? own.total : undefined;
  // An event aligned onto a weekday the store is closed on (a returns day that fell on last year's Sunday) was
  // not measured: it gets the level, not last year's zero.
  const there = own ? openFactor(profile, own.weekday) : 0;
  // A day the export lost (no tickets on an open weekday) measured nothing: its 0 is no uplift of 0 (Black Friday
  // forecast at 0 tickets and 0 agents). The season before last stands in, else the day gets no uplift.
  const hole = own?.complete === true && there > 0 && (lost?.(own, level * there) ?? false);
  if (aligned.byEvent && own?.complete && there > 0) {
    // One day of one season carries that day's own noise; where the season before last holds the same event
    // day too, its uplift (against its own level) is averaged in.
    const older = calendar.alignedSeasonsBack(date, 2);
    const twice = older.byEvent ? history.byDate.get(older.date) : undefined;
    const thereTwice = twice ? openFactor(profile, twice.weekday) : 0;
    const levelTwice = twice?.complete && thereTwice > 0 ? smoothLevel(history, older.date, profile, excluded, closed) : undefined;
    const usable = twice && levelTwice !== undefined && !(lost?.(twice, levelTwice * thereTwice) ?? false);
    const second = usable ? upliftOn(history, profile, excluded, closed, twice, levelTwice * thereTwice, store) : undefined;
    const uplifts = hole ? [] : [upliftOn(history, profile, excluded, closed, own, level * there, store)];
    // Only where both seasons agree the day had an effect (or both that it had none): where they disagree the
    // store changed, or one level is a blur (a window cut by the end of the history), and last season decides.
    if (second !== undefined && (hole || (second === 1) === (uplifts[0] === 1))) uplifts.push(second);
    if (uplifts.length > 0) {
      const uplift = uplifts.reduce((s, u) => s + u, 0) / uplifts.length;
      const expected = level * there * uplift;
      const extraVariance = expected > 0 ? (cachedDispersion(history, profile, excluded, closed) + 1 / expected) / uplifts.length : 0;
      const measured = hole && twice ? twice : own;
      const out: LastSeasonDay = { total: level * base * uplift, shape: blendedShape(measured, plain, hods), lastSeasonDate: aligned.date, uplift, extraVariance, method: "event-aligned" };
      if (hole) out.lost = true;
      else out.lastSeasonActual = own.total;
      return out;
    }
  }
  const out: LastSeasonDay = { total: level * base, shape: plain, lastSeasonDate: aligned.date, method: "year-over-year" };
  if (hole) {
    out.lost = true;
    return out;
  }
  // An ordinary day whose twin a year ago was an event day has no like-for-like figure to compare against.
  if (actual !== undefined && !(calendar.enabled && excluded.has(aligned.date))) out.lastSeasonActual = actual;
  return out;
}

/**
 * Growth = this year's actual over what last season predicts for the same days, on the last `window` usable days
 * before `anchor`. Needs four weeks of overlap; the ratio of sums weighs busy days as the staffing does.
 */
export function yearOverYearGrowth(
  recent: readonly DayHistory[],
  predict: (date: string, hods: readonly number[]) => LastSeasonDay | undefined,
  closed: ReadonlySet<string>,
  anchor: number,
  window = 56,
): { value: number; days: number; from: string; to: string; actual: number; expected: number } | undefined {
  let actual = 0;
  let expected = 0;
  let days = 0;
  let from = "";
  let to = "";
  for (const d of recent) {
    const t = dayNumber(d.date);
    if (t >= anchor || t < anchor - window || !d.complete || closed.has(d.date)) continue;
    const p = predict(d.date, d.hods);
    if (!p || !(p.total > 0)) continue;
    actual += d.total;
    expected += p.total;
    days++;
    if (from === "") from = d.date;
    to = d.date;
  }
  if (days < 28 || !(expected > 0)) return undefined;
  return { value: actual / expected, days, from, to, actual, expected };
}
