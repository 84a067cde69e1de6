// The retail event calendar, by each event's own rule, so a season lines up with the one before it.
import { DateTime } from "luxon";
import { addDays, dateOfDayNumber, dayNumber } from "./dates.js";

export type EventName =
  | "singles-day"
  | "black-friday"
  | "cyber-monday"
  | "last-shipping-day"
  | "christmas"
  | "new-year"
  | "returns";

export interface EventDay {
  /** YYYY-MM-DD */
  date: string;
  /** event the day belongs to, e.g. "black-friday" */
  event: string;
  /** day offset relative to the event's anchor date (negative before it) */
  offset: number;
}

export interface EventOptions {
  /** the store's last shipping day before Christmas: "MM-DD" every year (default "12-20"), or dates with their year (lastShippingDay) */
  lastShippingDay?: string;
  /** extra store events: a name, a first date and how many days it runs */
  custom?: ReadonlyArray<{ name: string; date: string; days?: number }>;
}

const iso = (d: DateTime): string => d.toISODate() ?? "";

// Black Friday is asked for once a generated or forecast day, and a luxon date costs microseconds: one answer a year.
const blackFridays = new Map<number, string>();

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): string {
  let known = blackFridays.get(year);
  if (known === undefined) {
    const nov1 = DateTime.utc(year, 11, 1);
    const firstThursday = nov1.plus({ days: (4 - nov1.weekday + 7) % 7 });
    known = iso(firstThursday.plus({ days: 21 + 1 }));
    blackFridays.set(year, known);
  }
  return known;
}

/** Cyber Monday: the Monday after Black Friday. */
export function cyberMonday(year: number): string {
  return addDays(blackFriday(year), 3);
}

/**
 * The last shipping day of the season of `year`. `spec` is "MM-DD" for every year, or dates with their year
 * ("2026-12-18", several joined by commas) for those seasons only, the others keeping 12-20: a lead who moves this
 * year's date must not move last year's too, or last season's uplift is measured on the wrong days.
 */
export function lastShippingDay(year: number, spec = "12-20"): string {
  if (spec.length === 5) return `${year}-${spec}`;
  const prefix = `${year}-`;
  for (const date of spec.split(",")) if (date.startsWith(prefix)) return date;
  return `${year}-12-20`;
}

/**
 * Every event day of the season that starts in November of `year`, with its offset to the anchor.
 * Windows: Singles' Day alone; Black Friday from the Monday before (-4) to Sunday (+2); Cyber Monday (0, +1);
 * the last shipping day with the three days before it; Christmas Eve to Boxing Day (anchor 25 Dec, -1..+1);
 * New Year's Eve and Day (anchor 1 Jan); the returns wave from 2 to 15 January (anchor 2 Jan).
 * Where windows overlap the earlier entry wins, so each day has one event.
 */
export function seasonEvents(year: number, options: EventOptions = {}): EventDay[] {
  const days = new Map<string, EventDay>();
  const add = (anchor: string, event: string, from: number, to: number): void => {
    const a = DateTime.fromISO(anchor, { zone: "UTC" });
    for (let k = from; k <= to; k++) {
      const date = iso(a.plus({ days: k }));
      if (!days.has(date)) days.set(date, { date, event, offset: k });
    }
  };
  for (const c of options.custom ?? []) add(c.date, c.name, 0, Math.max(1, c.days ?? 1) - 1);
  add(cyberMonday(year), "cyber-monday", 0, 1);
  add(blackFriday(year), "black-friday", -4, 2);
  add(`${year}-11-11`, "singles-day", 0, 0);
  add(lastShippingDay(year, options.lastShippingDay), "last-shipping-day", -3, 0);
  add(`${year}-12-25`, "christmas", -1, 1);
  add(`${year + 1}-01-01`, "new-year", -1, 0);
  add(`${year + 1}-01-02`, "returns", 0, 13);
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Peak windows for staffing seniors: Black Friday through Cyber Monday, and the last shipping day
 * with the two days before it.
 */
export function peakDates(year: number, lastShipping = "12-20"): Set<string> {
  const out = new Set<string>();
  const bf = DateTime.fromISO(blackFriday(year), { zone: "UTC" });
  for (let k = 0; k <= 3; k++) out.add(iso(bf.plus({ days: k })));
  const ls = DateTime.fromISO(lastShippingDay(year, lastShipping), { zone: "UTC" });
  for (let k = -2; k <= 0; k++) out.add(iso(ls.plus({ days: k })));
  return out;
}

/** The season year a date belongs to: November-December count as that year, January-October as the year before. */
export function seasonYearOf(date: string): number {
  // A valid YYYY-MM-DD (the usual case, once a day of every series) is read from its digits; anything else goes to luxon.
  if (date.length === 10 && dateOfDayNumber(dayNumber(date)) === date) {
    const year = Number(date.slice(0, 4));
    return Number(date.slice(5, 7)) >= 11 ? year : year - 1;
  }
  const d = DateTime.fromISO(date, { zone: "UTC" });
  return d.month >= 11 ? d.year : d.year - 1;
}
