// Closed weekdays, hours of the week and dates: where the recent history (or the config) says nobody is answering.
import type { HourlySeries } from "../ingest/types.js";
import { WEEKDAY_NAMES, channelHistory, dayNumber, daysByNumber, type DayHistory } from "./series.js";

export interface ClosedPattern {
  /** weekdays (1 = Monday ... 7 = Sunday) with next to no tickets in the recent weeks */
  weekdays: Set<number>;
  /** hours of the week closed on otherwise open weekdays, as (weekday - 1) * 24 + local hour */
  hours: Set<number>;
  /** weeks of history the pattern was read from */
  weeks: number;
}

/** Weeks looked back: long enough for a quiet weekday to show, short enough to follow a change of opening hours. */
export const CLOSED_WEEKS = 8;
/** A weekday is closed when it holds at most this share of an average weekday's tickets over those weeks. */
export const CLOSED_DAY_SHARE = 0.05;
/** An hour of an open weekday is closed when it holds at most this share of that weekday's tickets... */
export const CLOSED_HOUR_SHARE = 0.002;
/** ...and the weekday holds enough tickets that an open hour would have shown some (an hour with half the average share would show 5). */
const CLOSED_HOUR_MIN_DAY_TICKETS = 240;
/**
 * ...and the hour is empty all week, or the other weekdays' use of it would have put at least this many tickets in
 * it: a zero where 5 were expected happens by chance under 1 % of the time (Poisson, e^-5). A shop open round the
 * clock has night hours far below the day's average, and a night hour that saw no ticket on eight Tuesdays while
 * every other night had a few is quiet, not closed.
 */
const CLOSED_HOUR_EXPECTED = 5;

/**
 * Reads the opening pattern from the last `weeks` weeks of complete days. A weekday needs three complete
 * occurrences before it is judged; with too little history nothing is called closed.
 */
export function closedPattern(days: readonly DayHistory[], weeks = CLOSED_WEEKS): ClosedPattern {
  const complete = days.filter((d) => d.complete);
  const out: ClosedPattern = { weekdays: new Set(), hours: new Set(), weeks };
  const last = complete[complete.length - 1];
  if (!last) return out;
  const recent = complete.slice(-7 * weeks);
  const total = new Array<number>(7).fill(0);
  const seen = new Array<number>(7).fill(0);
  const byHour = new Array<number>(7 * 24).fill(0);
  for (const d of recent) {
    const w = d.weekday - 1;
    total[w] = (total[w] ?? 0) + d.total;
    seen[w] = (seen[w] ?? 0) + 1;
    d.hods.forEach((h, i) => {
      byHour[w * 24 + h] = (byHour[w * 24 + h] ?? 0) + (d.counts[i] ?? 0);
    });
  }
  const perDay = total.map((t, w) => ((seen[w] ?? 0) > 0 ? t / (seen[w] ?? 1) : 0));
  const week = total.reduce((s, t) => s + t, 0);
  const byHourOfDay = Array.from({ length: 24 }, (_, h) => byHour.reduce((s, c, i) => (i % 24 === h ? s + c : s), 0));
  const judged = perDay.filter((_, w) => (seen[w] ?? 0) >= 3);
  const average = judged.reduce((s, v) => s + v, 0) / Math.max(1, judged.length);
  if (!(average > 0)) {
    // Weeks without a single ticket on any day: the channel is closed (or not open yet) altogether.
    if (judged.length === 7) for (let w = 1; w <= 7; w++) out.weekdays.add(w);
    return out;
  }
  for (let w = 0; w < 7; w++) {
    if ((seen[w] ?? 0) < 3) continue;
    if ((perDay[w] ?? 0) <= CLOSED_DAY_SHARE * average) {
      out.weekdays.add(w + 1);
      continue;
    }
    const dayTickets = total[w] ?? 0;
    if (dayTickets < CLOSED_HOUR_MIN_DAY_TICKETS) continue;
    // With fewer than 1,000 tickets a weekday over the weeks, only an hour with none at all is called closed.
    const allowed = Math.floor(CLOSED_HOUR_SHARE * dayTickets);
    for (let h = 0; h < 24; h++) {
      if ((byHour[w * 24 + h] ?? 0) > allowed) continue;
      const allWeek = byHourOfDay[h] ?? 0;
      const expected = week > 0 ? (allWeek / week) * dayTickets : 0;
      if (allWeek <= Math.floor(CLOSED_HOUR_SHARE * week) || expected >= CLOSED_HOUR_EXPECTED) out.hours.add(w * 24 + h);
    }
  }
  return out;
}

/**
 * Tickets a year-long run of zeros must have been expected to hold before a calendar date counts as closed every
 * year: with 5 expected, an open date shows no ticket in all of its years by chance under 1 % of the time (Poisson, e^-5),
 * so a desk with a few tickets a day gets about one wrongly closed date in a year of dates tested, and a busy one none.
 */
export const RECURRING_CLOSED_EXPECTED = 5;
/** Years a date must be seen closed: one zero can be an outage or a cut export; two in a row is a habit. */
export const RECURRING_CLOSED_YEARS = 2;
/**
 * Fixed-date public holidays of the first stores' countries (Finland, Denmark, Sweden and Norway, and Italy's help
 * desk in ../shared/realdata): New Year's Day, Christmas Eve (the Nordic Christmas), Christmas Day and Boxing Day. A
 * desk shut on one is what a lead expects, so less evidence closes it: one year at no ticket on an open weekday where
 * HOLIDAY_CLOSED_EXPECTED or more were expected (an open desk shows that zero by chance under 14 %, e^-2), rather
 * than two years and 5. The real help desk's 1 January (one Tuesday at 0 where 2.25 were expected, the other years
 * weekends) was forecast open at 5 tickets; its provenance says it is shut.
 */
export const FIXED_HOLIDAYS: ReadonlySet<string> = new Set(["01-01", "12-24", "12-25", "12-26"]);

/**
 * The fixed-date public holidays of the store zone's country, on top of FIXED_HOLIDAYS: Finland's Epiphany, May Day
 * and Independence Day (6 December, in the season: a Finnish desk shut on it was forecast open), Sweden's Epiphany,
 * May Day and National Day, Norway's May Day and Constitution Day. Denmark's statutory holidays all move with Easter
 * (left to closedDays). Moving ones (Midsummer, Easter, Ascension) never repeat by date.
 */
const NATIONAL_HOLIDAYS: Readonly<Record<string, readonly string[]>> = {
  "Europe/Helsinki": ["01-06", "05-01", "12-06"],
  "Europe/Stockholm": ["01-06", "05-01", "06-06"],
  "Europe/Oslo": ["05-01", "05-17"],
};
const holidaysByZone = new Map<string, ReadonlySet<string>>();

/** The dates (MM-DD) a desk in `zone` may close on by custom: FIXED_HOLIDAYS and the country's own. */
export function fixedHolidays(zone: string | undefined): ReadonlySet<string> {
  const national = zone === undefined ? undefined : NATIONAL_HOLIDAYS[zone];
  if (!national || zone === undefined) return FIXED_HOLIDAYS;
  let set = holidaysByZone.get(zone);
  if (!set) holidaysByZone.set(zone, (set = new Set([...FIXED_HOLIDAYS, ...national])));
  return set;
}
export const HOLIDAY_CLOSED_EXPECTED = 2;
/** Days either side whose same weekday gives the level a date was expected at. */
const AROUND_DAYS = 28;

/**
 * Calendar dates (MM-DD) the store is closed every year the history holds them (Christmas, New Year's Day...):
 * each occurrence is a complete day at next to no tickets, in at least two years on which the same weekday around
 * it was open, and together they would have held at least RECURRING_CLOSED_EXPECTED tickets if open.
 * Moving holidays (Easter) do not repeat by date and are left to the config's closedDays.
 */
export function recurringClosedDates(days: readonly DayHistory[], zone?: string): Set<string> {
  const holidays = fixedHolidays(zone);
  const { first, days: byNumber } = daysByNumber(new Map(days.map((d) => [d.date, d])));
  const seen = new Map<string, { years: number; expected: number; open: boolean }>();
  for (const d of days) {
    if (!d.complete) continue;
    const md = d.date.slice(5);
    const acc = seen.get(md) ?? { years: 0, expected: 0, open: false };
    seen.set(md, acc);
    if (acc.open) continue;
    // The level the date would have run at: the mean of its weekday over the four weeks either side.
    let sum = 0;
    let n = 0;
    const at = dayNumber(d.date) - first;
    for (let k = 7; k <= AROUND_DAYS; k += 7) {
      for (const other of [byNumber[at - k], byNumber[at + k]]) {
        if (!other?.complete) continue;
        sum += other.total;
        n++;
      }
    }
    const expected = n >= 3 ? sum / n : 0;
    // A weekday that is quiet anyway says nothing about the date.
    if (!(expected > 0)) continue;
    if (d.total > CLOSED_DAY_SHARE * expected) {
      acc.open = true;
      continue;
    }
    acc.years++;
    acc.expected += expected;
  }
  const out = new Set<string>();
  for (const [md, acc] of seen) {
    const holiday = holidays.has(md);
    const years = holiday ? 1 : RECURRING_CLOSED_YEARS;
    const expected = holiday ? HOLIDAY_CLOSED_EXPECTED : RECURRING_CLOSED_EXPECTED;
    if (!acc.open && acc.years >= years && acc.expected >= expected) out.add(md);
  }
  return out;
}

export function isClosedHour(pattern: ClosedPattern, weekday: number, hod: number): boolean {
  return pattern.weekdays.has(weekday) || pattern.hours.has((weekday - 1) * 24 + hod);
}

/** A date the config closes: listed as YYYY-MM-DD (one year) or MM-DD (every year), e.g. public holidays. */
export function closedByConfig(closedDays: readonly string[], date: string): boolean {
  return closedDays.includes(date) || closedDays.includes(date.slice(5));
}

/** For the analyze report: closed weekdays by name and closed hour ranges per open weekday, e.g. "Mon 00-06". */
export function describeClosed(pattern: ClosedPattern, names: readonly string[]): { weekdays: string[]; hours: string[] } {
  const weekdays = [...pattern.weekdays].sort((a, b) => a - b).map((w) => names[w - 1] ?? String(w));
  const hours: string[] = [];
  for (let w = 1; w <= 7; w++) {
    if (pattern.weekdays.has(w)) continue;
    let start = -1;
    for (let h = 0; h <= 24; h++) {
      const closed = h < 24 && pattern.hours.has((w - 1) * 24 + h);
      if (closed && start < 0) start = h;
      if (!closed && start >= 0) {
        hours.push(`${names[w - 1] ?? w} ${String(start).padStart(2, "0")}-${String(h).padStart(2, "0")}`);
        start = -1;
      }
    }
  }
  return { weekdays, hours };
}

/**
 * Per channel, the weekdays and hours of the week the recent weeks show closed, and the dates (MM-DD) closed every
 * year of the history (what `analyze` reports).
 */
export function closedByChannel(series: HourlySeries): Array<{ channel: string; weekdays: string[]; hours: string[]; dates: string[] }> {
  return series.channels.map((channel) => {
    const days = channelHistory(series, channel).days;
    return { channel, ...describeClosed(closedPattern(days), WEEKDAY_NAMES), dates: [...recurringClosedDates(days, series.zone)].sort() };
  });
}
