// Clock hours in an IANA zone: the unit every series, requirement and shift in peakplan is counted in.
import { DateTime } from "luxon";
import { weekdayOfDate } from "./dates.js";
import { storeZone } from "./zone.js";

/** The key of an hour bucket: its start as ISO 8601 local time with the offset, e.g. 2026-11-27T09:00+02:00. */
export function hourKey(dt: DateTime): string {
  // formatHourKey writes the same text from the instant and its offset: luxon's toFormat parses the pattern each call.
  return dt.isValid ? formatHourKey(dt.toMillis(), dt.offset) : dt.toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/**
 * Every clock hour from local midnight of `fromDate` to the end of `toDate` (both YYYY-MM-DD, inclusive).
 * Steps in real time, so a spring-forward day yields 23 hours and a fall-back day 25.
 */
export function clockHours(fromDate: string, toDate: string, zone: string): DateTime[] {
  const start = DateTime.fromISO(fromDate, { zone: storeZone(zone) }).startOf("day");
  const end = DateTime.fromISO(toDate, { zone: storeZone(zone) }).plus({ days: 1 }).startOf("day");
  const out: DateTime[] = [];
  for (let ms = start.toMillis(); ms < end.toMillis(); ms += 3_600_000) {
    out.push(DateTime.fromMillis(ms, { zone: storeZone(zone) }));
  }
  return out;
}

/** The local calendar date (YYYY-MM-DD) of a DateTime in its own zone. */
export function localDate(dt: DateTime): string {
  return dt.toFormat("yyyy-MM-dd");
}

/** ISO week key (e.g. 2026-W48), Monday to Sunday. */
export function isoWeekKey(date: string): string {
  const d = DateTime.fromISO(date, { zone: "UTC" });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
}

/** 1 = Monday ... 7 = Sunday, as luxon counts. */
export function weekdayOf(date: string): number {
  return weekdayOfDate(date);
}

export function isWeekend(date: string): boolean {
  return weekdayOf(date) >= 6;
}

/** A local wall-clock time on a date in a zone; a time that does not exist (spring forward) moves forward. */
export function atLocalTime(date: string, hhmm: string, zone: string): DateTime {
  const [h, m] = hhmm.split(":").map(Number);
  return DateTime.fromISO(date, { zone: storeZone(zone) }).set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
}

/** An ISO 8601 local time with its offset (or Z), e.g. 2026-11-27T09:00+02:00: the form every file of the tool uses. */
export function isIsoWithOffset(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return false;
  return DateTime.fromISO(value, { setZone: true }).isValid;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** An offset in minutes as ISO 8601 writes it: 120 -> "+02:00", -330 -> "-05:30". */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Formats an instant as an hour key (the same text as hourKey) without building a luxon DateTime. */
export function formatHourKey(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(
    d.getUTCMinutes(),
  )}${offsetText(offsetMinutes)}`;
}
