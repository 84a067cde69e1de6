// Clock hours in an IANA zone: the unit every series, requirement and shift in peakplan is counted in.
import { DateTime } from "luxon";
import { dateOfDayNumber, weekdayOfDate } from "./dates.js";
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

const KEY = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** An hour key placed in a store's zone: its instant, and the local date, hour of day and key there. */
export interface PlacedHour {
  ms: number;
  date: string;
  hour: number;
  key: string;
}

/**
 * An hour key (2026-11-27T09:00+02:00, or Z) placed in an IANA zone by arithmetic on the zone's remembered offsets:
 * the same instant, date, hour and key as luxon's DateTime.fromISO(key, { setZone: true }).setZone(zone) gives, at
 * a fraction of the cost (a season's requirements are placed again by every solve and check). Undefined for any
 * other form or a zone luxon reads otherwise (UTC, a fixed offset), which the caller places with luxon.
 */
export function placeHourKey(key: string, zone: string): PlacedHour | undefined {
  const store = storeZone(zone);
  const m = typeof store === "string" ? null : KEY.exec(key);
  if (m === null || typeof store === "string") return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // A date luxon calls invalid (2026-02-30, hour 24) is left to luxon, which says so as before.
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || new Date(wall).getUTCDate() !== day) return undefined;
  const written = m[6] === undefined ? 0 : (m[6] === "-" ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  const ms = wall - written * 60_000;
  const offset = store.offset(ms);
  const local = ms + offset * 60_000;
  return { ms, date: dateOfDayNumber(Math.floor(local / DAY_MS)), hour: Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS), key: formatHourKey(ms, offset) };
}
