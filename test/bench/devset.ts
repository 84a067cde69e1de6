// A wider development set for the level: seeded series shaped like the kinds the forecast is re-measured on
// (a contact centre and an online retailer rising into the season, an IT desk with a sparse first year, a social
// inbox forecast two weeks from seven), with day-to-day noise beyond Poisson as real desks have. Truth is known,
// but they are scored against their noisy actuals, as the real series are.
import type { HourlySeries } from "../../src/ingest/types.js";
import { clockHours, hourKey } from "../../src/time/hours.js";
import { dayNumber, weekdayOfDate } from "../../src/forecast/series.js";
import { poisson, rng } from "../forecast/synthetic.js";

export interface DevSeries {
  kind: string;
  series: HourlySeries;
  /** the window scored, fitted on the history before `from` */
  from: string;
  to: string;
}

interface Shape {
  from: string;
  to: string;
  /** tickets a day on an average open weekday at `from` */
  base: number;
  /** relative volume Monday..Sunday (0 = closed) */
  weekly: readonly number[];
  /** relative volume per local hour (0 = closed) */
  intraday: readonly number[];
  /** multiplier of the level per date (trend, swell, regime) */
  level: (date: string) => number;
  /** standard deviation of the log of a day's level around its expectation */
  dayNoise: number;
  seed: number;
}

const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.3, 1.4, 1.3, 1.1, 1.2, 1.3, 1.2, 1.1, 0.9, 0.6, 0.3, 0, 0, 0, 0];
const ALL_DAY = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.4, 1.4, 1.3, 1.4, 1.4, 1.3, 1.2, 1.2, 1.3, 1.4, 1.5, 1.4, 1.1, 0.8, 0.5];

function generate(s: Shape): HourlySeries {
  const zone = "Europe/Helsinki";
  const rand = rng(s.seed);
  const hours = clockHours(s.from, s.to, zone);
  const hourSum = s.intraday.reduce((a, b) => a + b, 0);
  const weekSum = s.weekly.reduce((a, b) => a + b, 0) / 7;
  const counts: number[] = [];
  let date = "";
  let day = 0;
  for (const dt of hours) {
    const d = dt.toFormat("yyyy-MM-dd");
    if (d !== date) {
      date = d;
      const u = Math.max(1e-12, rand());
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
      day = (s.base * s.level(d) * (s.weekly[weekdayOfDate(d) - 1] ?? 1) * Math.exp(s.dayNoise * z - s.dayNoise ** 2 / 2)) / weekSum;
    }
    counts.push(poisson((day * (s.intraday[dt.hour] ?? 0)) / hourSum, rand));
  }
  return { zone, hours: hours.map(hourKey), channels: ["all"], counts: new Map([["all", counts]]) };
}

const days = (a: string, b: string): number => dayNumber(b) - dayNumber(a);
/** Growth of `perMonth` compounded daily from `from`. */
const growth = (from: string, perMonth: number) => (d: string): number => Math.exp((Math.log(1 + perMonth) / 30.4) * days(from, d));
/** A swell that starts on `start` and adds `share` of the level over `span` days, then keeps rising at that pace. */
const swell = (start: string, share: number, span: number) => (d: string): number => 1 + share * Math.max(0, days(start, d)) / span;

/** The development series, `seeds` of each kind. */
export function devSet(seeds: readonly number[] = [1, 2, 3]): DevSeries[] {
  const out: DevSeries[] = [];
  for (const seed of seeds) {
    // A bank's contact centre: weekdays 08-20, quiet weekends, a year from January, forecast November-December.
    for (const [name, level] of [
      ["flat", (): number => 1],
      ["+3 %/month", growth("2025-01-01", 0.03)],
      ["swell from September", swell("2025-09-01", 0.2, 61)],
    ] as const) {
      out.push({ kind: `contact centre ${name}`, from: "2025-11-01", to: "2025-12-31", series: generate({ from: "2025-01-01", to: "2025-12-31", base: 3000, weekly: [1.2, 1.1, 1, 1, 0.95, 0.35, 0.25], intraday: OFFICE, level, dayNoise: 0.07, seed: 100 + seed }) });
    }
    // An online retailer closed on Saturdays, 11 months of history, growing, forecast 1 November - 9 December.
    for (const [name, level] of [
      ["+2 %/month", growth("2024-12-01", 0.02)],
      ["+5 %/month", growth("2024-12-01", 0.05)],
    ] as const) {
      out.push({ kind: `retailer closed Sat ${name}`, from: "2025-11-01", to: "2025-12-09", series: generate({ from: "2024-12-01", to: "2025-12-09", base: 700, weekly: [1.1, 1.05, 1, 1, 0.9, 0, 1.1], intraday: ALL_DAY, level, dayNoise: 0.12, seed: 200 + seed }) });
    }
    // Holidays in the last weeks of the history (a week of half days, closed days) before a plain November-December.
    const holidays = new Set(["2025-09-16", "2025-09-17", "2025-09-25", "2025-10-07", "2025-10-08", "2025-10-09", "2025-10-10", "2025-10-14"]);
    out.push({ kind: "contact centre holidays in Sep-Oct", from: "2025-11-01", to: "2025-12-31", series: generate({ from: "2025-01-01", to: "2025-12-31", base: 3000, weekly: [1.2, 1.1, 1, 1, 0.95, 0.35, 0.25], intraday: OFFICE, level: (d) => (holidays.has(d) ? (d.endsWith("5") ? 0 : 0.45) : growth("2025-01-01", 0.01)(d)), dayNoise: 0.07, seed: 150 + seed }) });
    // A retailer with flash sales: a day in twenty at twice the level.
    const sale = (d: string): number => (((dayNumber(d) * 7919 + seed) % 20) === 0 ? 2 : 1);
    out.push({ kind: "retailer flash sales +2 %/month", from: "2025-11-01", to: "2025-12-09", series: generate({ from: "2024-12-01", to: "2025-12-09", base: 700, weekly: [1.1, 1.05, 1, 1, 0.9, 0.8, 1.1], intraday: ALL_DAY, level: (d) => sale(d) * growth("2024-12-01", 0.02)(d), dayNoise: 0.1, seed: 250 + seed }) });
    // An IT service desk: a year of a few stray records a month, then ~200 a weekday; forecast December-January.
    out.push({ kind: "IT desk sparse first year", from: "2024-12-01", to: "2025-01-31", series: generate({ from: "2023-02-01", to: "2025-01-31", base: 260, weekly: [1.2, 1.2, 1.1, 1.1, 1, 0.2, 0.15], intraday: OFFICE, level: (d) => (d < "2024-03-01" ? 0.004 : d < "2024-06-01" ? 0.8 : 1), dayNoise: 0.1, seed: 300 + seed }) });
    // A social inbox, seven days a week, seven weeks of history, forecast two weeks.
    out.push({ kind: "social inbox 7w -> 2w", from: "2025-05-26", to: "2025-06-08", series: generate({ from: "2025-04-07", to: "2025-06-08", base: 250, weekly: [1.1, 1.05, 1, 1, 0.95, 0.9, 1], intraday: ALL_DAY, level: () => 1, dayNoise: 0.15, seed: 400 + seed }) });
    // A level that rose 30 % over the last 8 weeks of the history and stays there.
    out.push({ kind: "rise 30 % in 8 weeks", from: "2025-10-20", to: "2025-11-30", series: generate({ from: "2025-03-01", to: "2025-11-30", base: 400, weekly: [1.15, 1.1, 1.05, 1, 0.95, 0.8, 0.75], intraday: ALL_DAY, level: (d) => Math.exp((Math.log(1.3) / 56) * Math.min(56, Math.max(0, days("2025-08-25", d)))), dayNoise: 0.08, seed: 500 + seed }) });
  }
  return out;
}
