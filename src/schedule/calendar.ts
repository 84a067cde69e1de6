// The season as the schedule sees it: requirement hours placed in the store's zone, the dates, and every shift slot.
import { DateTime } from "luxon";
import { runsOn, type ShiftTemplate } from "../config/types.js";
import type { RequirementRow } from "../staff/types.js";
import { atLocalTime, hourKey, localDate, placeHourKey, type PlacedHour } from "../time/hours.js";
import { weekdayOfDate } from "../time/dates.js";
import { storeZone } from "../time/zone.js";

const HOUR_MS = 3_600_000;

/** One clock hour of the requirements, with a name usable in an LP file. */
export interface HourNeed {
  /** ISO 8601 local with offset, as in requirements.csv */
  key: string;
  ms: number;
  date: string;
  /** e.g. 20261127T12; the repeated hour of a fall-back night gets a "b" */
  name: string;
  agents: number;
  seniors: number;
  standby: number;
}

/** A shift template placed on a date: real instants, so a shift across a DST change has 7 or 9 hours. */
export interface Slot {
  date: string;
  shift: string;
  startMs: number;
  endMs: number;
  /** ISO 8601 local with offset */
  start: string;
  end: string;
  /** real elapsed hours */
  hours: number;
  weekend: boolean;
  /** the template's own pay multiplier (a weekend template's premium), in place of the weekend multiplier */
  premium?: number;
}

export interface Calendar {
  zone: string;
  dates: string[];
  hours: HourNeed[];
  /** every template on every date it runs on (`days`), in date then template order */
  slots: Slot[];
  /** the day's standby need: the maximum over its hours */
  standbyByDate: Map<string, number>;
  /**
   * how many of the first dates are published days before the window (a re-plan's lead-in, lead.ts): slots but no
   * need, held as published; the window's own dates follow them
   */
  lead?: number;
}

/** Names in LP files cannot hold "-" or ":", so dates and hours are written compactly. */
export function compactDate(date: string): string {
  // Every model name holds a date: a season has a few hundred, asked for hundreds of thousands of times.
  let out = compactDates.get(date);
  if (out === undefined) {
    out = date.replace(/-/g, "");
    if (compactDates.size > 10_000) compactDates.clear();
    compactDates.set(date, out);
  }
  return out;
}
const compactDates = new Map<string, string>();

/** A shift template's name as LP names hold it: "-" becomes "_" (template names are letters, digits and "-"). */
export function shiftToken(shift: string): string {
  return shift.replace(/-/g, "_");
}

export function buildCalendar(requirements: readonly RequirementRow[], shifts: readonly ShiftTemplate[], zone: string): Calendar {
  const hours: HourNeed[] = [];
  const seen = new Set<string>();
  const standbyByDate = new Map<string, number>();
  for (const row of requirements) {
    const { ms, date, hour, key } = placeHourKey(row.hourStart, zone) ?? placeWithLuxon(row.hourStart, zone);
    // The name from the label already made, "b" for a repeated hour.
    const label = `${compactDate(date)}T${hour < 10 ? "0" : ""}${hour}`;
    const name = seen.has(label) ? `${label}b` : label;
    if (seen.has(name)) continue;
    seen.add(name);
    hours.push({ key, ms, date, name, agents: row.agents, seniors: row.seniors, standby: row.standby });
    standbyByDate.set(date, Math.max(standbyByDate.get(date) ?? 0, row.standby));
  }
  const dates = [...standbyByDate.keys()];
  return { zone, dates, hours, slots: placeTemplates(dates, shifts, zone), standbyByDate };
}

/** What placeHourKey leaves to luxon: another form of the key, or a zone such as UTC or a fixed offset. */
function placeWithLuxon(hourStart: string, zone: string): PlacedHour {
  const dt = DateTime.fromISO(hourStart, { setZone: true }).setZone(storeZone(zone));
  return { ms: dt.toMillis(), date: localDate(dt), hour: dt.hour, key: hourKey(dt) };
}

/** Every template on every date it runs on (`days`), in date then template order. */
function placeTemplates(dates: readonly string[], shifts: readonly ShiftTemplate[], zone: string): Slot[] {
  const slots: Slot[] = [];
  for (const date of dates) {
    const weekday = weekdayOfDate(date);
    for (const template of shifts) if (runsOn(template, weekday)) slots.push(placeShift(date, template, zone));
  }
  return slots;
}

/**
 * The part of a calendar on `dates` (consecutive dates of it, in order), with no need on the `noNeed` dates: the same
 * calendar buildCalendar makes from those dates' requirement rows (the no-need ones zeroed), without placing every
 * hour and shift in the zone with luxon again. Each weekly piece of a season cuts its calendar from the season's.
 */
export function sliceCalendar(calendar: Calendar, dates: readonly string[], noNeed: ReadonlySet<string>): Calendar {
  const order = new Map(dates.map((d, i) => [d, i]));
  const hours = calendar.hours
    .filter((h) => order.has(h.date))
    .sort((x, y) => (order.get(x.date) ?? 0) - (order.get(y.date) ?? 0))
    .map((h) => (noNeed.has(h.date) ? { ...h, agents: 0, seniors: 0, standby: 0 } : h));
  const slots = calendar.slots.filter((s) => order.has(s.date)).sort((x, y) => (order.get(x.date) ?? 0) - (order.get(y.date) ?? 0));
  const standbyByDate = new Map(dates.map((d) => [d, noNeed.has(d) ? 0 : calendar.standbyByDate.get(d) ?? 0]));
  return { zone: calendar.zone, dates: [...dates], hours, slots, standbyByDate };
}

/**
 * `calendar` with `days` (consecutive dates just before its first) put in front as its lead-in: every template placed on
 * them, no hours and no need, since they are not planned again.
 */
export function withLeadIn(calendar: Calendar, days: readonly string[], shifts: readonly ShiftTemplate[]): Calendar {
  if (days.length === 0) return calendar;
  return {
    ...calendar,
    dates: [...days, ...calendar.dates],
    slots: [...placeTemplates(days, shifts, calendar.zone), ...calendar.slots],
    standbyByDate: new Map([...days.map((d): [string, number] => [d, 0]), ...calendar.standbyByDate]),
    lead: days.length + (calendar.lead ?? 0),
  };
}

/** The dates a run plans: the calendar's without its lead-in. */
export function windowDates(calendar: Calendar): string[] {
  return calendar.dates.slice(calendar.lead ?? 0);
}

/** An hour's name in the model, e.g. 20261127T12; the repeated hour of a fall-back night gets a "b". */
export function hourName(ms: number, zone: string): string {
  // Each piece names the same few hundred hours again (pairing rows): luxon's formatting once per hour and zone.
  const key = `${zone}|${ms}`;
  let name = hourNames.get(key);
  if (name === undefined) {
    const dt = DateTime.fromMillis(ms, { zone: storeZone(zone) });
    const base = dt.toFormat("yyyyMMdd'T'HH");
    const before = DateTime.fromMillis(ms - HOUR_MS, { zone: storeZone(zone) }).toFormat("yyyyMMdd'T'HH");
    name = before === base ? `${base}b` : base;
    if (hourNames.size > 100_000) hourNames.clear();
    hourNames.set(key, name);
  }
  return name;
}
const hourNames = new Map<string, string>();

/** Places a template on a date in the zone; "24:00" is the next midnight. */
export function placeShift(date: string, template: ShiftTemplate, zone: string): Slot {
  const start = wallClock(date, template.start, zone);
  const end = wallClock(date, template.end, zone);
  const weekday = weekdayOfDate(date);
  return {
    date,
    shift: template.name,
    startMs: start.toMillis(),
    endMs: end.toMillis(),
    start: hourKey(start),
    end: hourKey(end),
    hours: (end.toMillis() - start.toMillis()) / HOUR_MS,
    weekend: weekday >= 6,
    ...(template.premium !== undefined ? { premium: template.premium } : {}),
  };
}

function wallClock(date: string, hhmm: string, zone: string): DateTime {
  if (hhmm === "24:00") return DateTime.fromISO(date, { zone: storeZone(zone) }).plus({ days: 1 }).startOf("day");
  return atLocalTime(date, hhmm, zone);
}

/** The day's local midnight to the next, for an on-call row. */
export function dayBounds(date: string, zone: string): { start: string; end: string } {
  const start = DateTime.fromISO(date, { zone: storeZone(zone) }).startOf("day");
  return { start: hourKey(start), end: hourKey(start.plus({ days: 1 }).startOf("day")) };
}

/** Start instants of the clock hours a slot touches at all (whole or in part). */
export function hoursTouched(slot: Slot, zone: string): number[] {
  const out: number[] = [];
  let h = hourStart(slot.startMs, zone);
  for (; h < slot.endMs; h += HOUR_MS) out.push(h);
  return out;
}

// A season's shifts start at a few hundred instants, while check, the model and the search ask for every row's hours:
// luxon once per instant (it was a third of checking a 200-agent season).
const hourStarts = new Map<string, number>();

function hourStart(ms: number, zone: string): number {
  const key = `${zone}|${ms}`;
  let h = hourStarts.get(key);
  if (h === undefined) {
    h = DateTime.fromMillis(ms, { zone: storeZone(zone) }).startOf("hour").toMillis();
    if (hourStarts.size > 100_000) hourStarts.clear();
    hourStarts.set(key, h);
  }
  return h;
}
