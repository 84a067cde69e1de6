// The window's clock hours as forecast slots, without asking the zone database for every hour (it is slow).
import { DateTime, IANAZone } from "luxon";
import { formatHourKey } from "../time/hours.js";
import type { HourSlot } from "./model.js";
import { addDays, weekdayOfDate } from "./series.js";
import { storeZone } from "../time/zone.js";

/**
 * The instant of local midnight of `date`, guessing the offset it had the midnight before (one look-up on most
 * days); luxon's own rule only where midnight itself is skipped by a DST change.
 */
function localMidnight(date: string, z: IANAZone, zone: string, guessOffset?: number): { ms: number; offset: number } {
  const utc = Date.parse(`${date}T00:00:00Z`);
  let offset = guessOffset ?? z.offset(utc);
  for (let i = 0; i < 3; i++) {
    const ms = utc - offset * 60_000;
    const actual = z.offset(ms);
    if (actual === offset) return { ms, offset };
    offset = actual;
  }
  const ms = DateTime.fromISO(date, { zone: storeZone(zone) }).startOf("day").toMillis();
  return { ms, offset: z.offset(ms) };
}

/**
 * Same hours and keys as time/hours.ts clockHours + hourKey (23 on spring-forward days, 25 on fall-back days).
 * The zone's offset is looked up at each day's midnight and next midnight; only a day where they differ
 * (a DST change) is looked up hour by hour.
 */
export function windowSlots(from: string, to: string, zone: string): HourSlot[] {
  const z = IANAZone.create(zone);
  const out: HourSlot[] = [];
  if (to < from) return out;
  let date = from;
  let start = localMidnight(from, z, zone);
  while (date <= to) {
    const next = addDays(date, 1);
    const end = localMidnight(next, z, zone, start.offset);
    // A day holds at most one DST change, so equal offsets at both midnights mean none today.
    const o1 = start.offset;
    const same = o1 === end.offset;
    const weekday = weekdayOfDate(date);
    for (let ms = start.ms; ms < end.ms; ms += 3_600_000) {
      const offset = same ? o1 : z.offset(ms);
      const hourStart = formatHourKey(ms, offset);
      out.push({ hourStart, date, hod: Number(hourStart.slice(11, 13)), weekday });
    }
    date = next;
    start = end;
  }
  return out;
}
