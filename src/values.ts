// One check per kind of value (zone, date, month-day, time of day, count, share, decimal number, event name),
// worded once and used alike by the command line, the config and the CSV readers. Each returns what is wrong with
// the value (quoting what the user wrote and saying what was expected), or undefined when it is fine.
import { IANAZone } from "luxon";

export type Problem = string | undefined;

/** The value as the user wrote it, quoted and escaped so a control character cannot reach the terminal raw. */
export function shown(raw: unknown): string {
  if (typeof raw === "string") return JSON.stringify(raw);
  if (typeof raw === "number" && !Number.isFinite(raw)) return "a number too large to read";
  return JSON.stringify(raw) ?? String(raw);
}

export function zoneProblem(zone: string): Problem {
  return validZone(zone) ? undefined : `${shown(zone)} is not an IANA time zone; expected a name like Europe/Helsinki`;
}

/** luxon's isValidZone builds an Intl.DateTimeFormat each call; a name's validity does not change while we run. */
const validZones = new Map<string, boolean>();
function validZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (validZones.size < 1000) validZones.set(zone, valid);
  }
  return valid;
}

/** A real calendar date YYYY-MM-DD: 2026-02-30 is not one (Date.parse would roll it over to March). */
export function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isMonthDayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dateProblem(value: string): Problem {
  return isDate(value) ? undefined : `${shown(value)}; expected a date YYYY-MM-DD`;
}

function isMonthDayOf(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A day of every year, MM-DD; 02-29 counts (it is a day in leap years). */
export function isMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isMonthDayOf(2000, Number(m[1]), Number(m[2]));
}

/** "25-12" is most likely Christmas written day first: say so. */
function didYouMean(value: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  const swapped = m ? `${m[2]}-${m[1]}` : "";
  return m && isMonthDay(swapped) ? ` (did you mean ${swapped}?)` : "";
}

export function monthDayProblem(value: string): Problem {
  return isMonthDay(value) ? undefined : `${shown(value)}; expected a month-day MM-DD${didYouMean(value)}`;
}

/** A closed day: one date YYYY-MM-DD, or MM-DD for the same day every year. */
export function dayOrMonthDayProblem(value: string): Problem {
  if (isDate(value) || isMonthDay(value)) return undefined;
  return `${shown(value)}; expected a date YYYY-MM-DD or a month-day MM-DD${didYouMean(value)}`;
}

/** A time of day HH:mm from 00:00 to 24:00; 24:00 is the end of the day, 24:30 is not a time. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) || value === "24:00";
}

export function timeOfDayProblem(value: string): Problem {
  return isTimeOfDay(value) ? undefined : `${shown(value)}; expected a time of day HH:mm from 00:00 to 24:00`;
}

/** Two times of day within one day, the end after the start (a shift or opening hours; overnight is two spans). */
export function spanProblem(start: string, end: string): Problem {
  return timeOfDayProblem(start) ?? timeOfDayProblem(end) ?? (end > start ? undefined : `${end} is not after ${start}; expected a span within one day (it ends by 24:00)`);
}

/** Opening hours "HH:mm-HH:mm" (closing after opening) or "closed". */
export function openingProblem(value: string): Problem {
  if (value === "closed") return undefined;
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(value);
  if (m && spanProblem(m[1] ?? "", m[2] ?? "") === undefined) return undefined;
  return `${shown(value)}; expected HH:mm-HH:mm within one day (opening before closing, 00:00 to 24:00) or "closed"`;
}

/**
 * A number as people write it in decimal: 12, -3.5, .5, 1e3. Not hex (0x20), binary, octal, Infinity or blanks,
 * which JavaScript's Number() would read. Returns undefined when the text is not one.
 */
export function parseDecimal(text: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function numberProblem(n: unknown, min: number, max: number): Problem {
  if (typeof n === "number" && Number.isFinite(n) && n >= min && n <= max) return undefined;
  return `${shown(n)}; expected a number from ${min} to ${max}`;
}

/** A whole number from min to max (agents, days, seats). */
export function countProblem(n: unknown, min: number, max: number): Problem {
  if (typeof n === "number" && Number.isInteger(n) && n >= min && n <= max) return undefined;
  return `${shown(n)}; expected a whole number from ${min} to ${max}`;
}

/** A share of a whole, 0 to 1 (0.8 is 80 %). */
export function shareProblem(n: unknown, min = 0, max = 1): Problem {
  if (typeof n === "number" && Number.isFinite(n) && n >= min && n <= max) return undefined;
  return `${shown(n)}; expected a share from ${min} to ${max} (0.8 is 80 %)`;
}

/** A custom event's name: it is printed in reports and written to CSV, so no markup or formula characters. */
export function eventNameProblem(name: unknown): Problem {
  if (typeof name === "string" && /^[a-z0-9][a-z0-9 _-]*$/i.test(name) && name.length <= 60) return undefined;
  return `${shown(name)}; expected a name of letters, digits, spaces, - or _ (at most 60 characters)`;
}

/**
 * JSON.parse reads 1e999 as Infinity, and the message would then say null. Find such a literal first, so the
 * message quotes what the user wrote: returns the literal and its line, or undefined.
 */
export function oversizedJsonNumber(text: string): { literal: string; line: number } | undefined {
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    const token = m[0];
    if (token.startsWith('"') || Number.isFinite(Number(token))) continue;
    return { literal: token, line: text.slice(0, m.index).split("\n").length };
  }
  return undefined;
}
