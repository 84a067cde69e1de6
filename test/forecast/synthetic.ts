// Seeded synthetic hourly series with known truth: weekly and intraday shape, trend, season ramp and event uplifts.
import { DateTime } from "luxon";
import { ZoneClock } from "../../src/ingest/clock.js";
import type { HourlySeries, SeriesChannel } from "../../src/ingest/types.js";
import { formatHourKey } from "../../src/time/hours.js";
import { blackFriday } from "../../src/time/events.js";
import { dateOfDayNumber, dayNumber, weekdayOfDate } from "../../src/forecast/series.js";
import { mulberry32 as rng } from "../../src/sample/random.js";

export { rng };


export function poisson(mean: number, rand: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 40) {
    const u = Math.max(1e-12, rand());
    const v = rand();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
  }
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

export const WEEKLY = [1.15, 1.1, 1.05, 1.0, 0.95, 0.8, 0.75];
/** Day shape: night low, morning and lunch peak, evening shoulder. */
export const INTRADAY = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2, 2.2, 2.1, 2, 2.4, 2.3, 1.9, 1.7, 1.6, 1.6, 1.8, 1.9, 1.6, 1.1, 0.7, 0.4];

export interface SynthOptions {
  from: string;
  to: string;
  zone?: string;
  /** channel -> share of volume; default a single "all" */
  channels?: Partial<Record<SeriesChannel, number>>;
  /** tickets per day at `from` on an average weekday */
  base: number;
  /** growth of the level per day (0.001 = +0.1 %/day) */
  trendPerDay?: number;
  /** extra multiplier per date (season ramp, events) */
  dayFactor?: (date: string) => number;
  seed?: number;
  noise?: boolean;
}

/** Black Friday of each year ×`uplift`, and a gentle season ramp (×1.5 through December) when `ramp`. */
export function retailFactor(uplift: number, ramp = true): (date: string) => number {
  return (date) => {
    const year = Number(date.slice(0, 4));
    let f = 1;
    if (ramp) {
      const m = Number(date.slice(5, 7));
      if (m === 11) f = 1 + (0.5 * Number(date.slice(8, 10))) / 30;
      if (m === 12) f = 1.5;
    }
    if (date === blackFriday(year)) f *= uplift;
    return f;
  };
}

export function expectedDay(o: SynthOptions, date: string): number {
  const t = dayNumber(date) - dayNumber(o.from);
  return o.base * Math.exp((o.trendPerDay ?? 0) * t) * (WEEKLY[weekdayOfDate(date) - 1] ?? 1) * (o.dayFactor?.(date) ?? 1);
}

export interface SynthHour {
  key: string;
  date: string;
  hour: number;
}

const hoursMade = new Map<string, readonly SynthHour[]>();

/**
 * The clock hours of clockHours (time/hours.ts) as key, local date and hour of day, with ZoneClock's cached offsets:
 * a luxon DateTime per hour asks Intl for its offset each time, and years of synthetic hours made that the fast
 * suite's largest cost. Made once per window and zone (many tests generate the same years). test/time/hours.test.ts
 * holds the two to the same keys.
 */
export function synthHours(from: string, to: string, zone: string): readonly SynthHour[] {
  const id = `${from}|${to}|${zone}`;
  const made = hoursMade.get(id);
  if (made) return made;
  const clock = new ZoneClock(zone);
  const start = DateTime.fromISO(from, { zone }).startOf("day").toMillis();
  const end = DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf("day").toMillis();
  const out: SynthHour[] = [];
  let day = Number.NaN;
  let date = "";
  for (let ms = start; ms < end; ms += 3_600_000) {
    const offset = clock.offsetAt(ms);
    const local = ms + offset * 60_000;
    const d = Math.floor(local / 86_400_000);
    if (d !== day) [day, date] = [d, dateOfDayNumber(d)];
    out.push({ key: formatHourKey(ms, offset), date, hour: Math.floor((local - d * 86_400_000) / 3_600_000) });
  }
  hoursMade.set(id, out);
  return out;
}

export function synthSeries(o: SynthOptions): HourlySeries {
  const zone = o.zone ?? "Europe/Helsinki";
  const rand = rng(o.seed ?? 1);
  const hours = synthHours(o.from, o.to, zone);
  const shares = o.channels ?? { all: 1 };
  const channels = Object.keys(shares) as SeriesChannel[];
  const counts = new Map<SeriesChannel, number[]>(channels.map((c) => [c, []]));
  const intradaySum = INTRADAY.reduce((s, v) => s + v, 0);
  // One expected total per date, not per hour: the same call, so the same numbers.
  const days = new Map<string, number>();
  for (const { date, hour } of hours) {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = expectedDay(o, date)));
    const mean = (day * (INTRADAY[hour] ?? 1)) / intradaySum;
    for (const c of channels) {
      const m = mean * (shares[c] ?? 0);
      counts.get(c)?.push(o.noise === false ? Math.round(m) : poisson(m, rand));
    }
  }
  return { zone, hours: hours.map((h) => h.key), channels, counts };
}
