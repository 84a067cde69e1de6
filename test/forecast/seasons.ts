// Generated holiday seasons with known truth, varied the ways real stores differ: each event's own uplift (or none),
// Black Friday moving between years, a season ramp, trend, day-to-day noise on top of the counts, a channel mix.
import { blackFriday, cyberMonday } from "../../src/time/events.js";
import { addDays, dayNumber, weekdayOfDate } from "../../src/forecast/series.js";
import type { SynthOptions } from "./synthetic.js";
import { rng } from "./synthetic.js";

export interface SeasonSpec {
  /** uplift on Black Friday, the Saturday and the Sunday after it */
  blackFriday: [number, number, number];
  /** uplift on Cyber Monday and the Tuesday after */
  cyberMonday: [number, number];
  /** uplift on the store's last shipping day and the three days before it (oldest first), and its month-day */
  lastShipping: { monthDay: string; uplift: [number, number, number, number] };
  /** Christmas Eve, Day, Boxing Day (0 = closed) */
  christmas: [number, number, number];
  /** the January returns wave: uplift on 2 Jan, fading linearly to 1 by 16 Jan */
  returns: number;
  /** ramp: the level rises linearly by this factor over November and holds it through 23 December */
  ramp: number;
  /** weekdays (1 = Monday) the store is closed on */
  closedWeekdays?: readonly number[];
  /** sd of a multiplicative day-to-day noise (lognormal) on top of the Poisson counts */
  dayNoise?: number;
}

/** A consumer web shop: every retail event moves it, each by its own amount. */
export const RETAIL: SeasonSpec = {
  blackFriday: [2.6, 1.7, 1.4], cyberMonday: [2.1, 1.3], lastShipping: { monthDay: "12-20", uplift: [1.15, 1.2, 1.3, 1.6] },
  christmas: [0.5, 0.15, 0.6], returns: 1.5, ramp: 1.5, dayNoise: 0.05,
};

/** Black Friday small, Cyber Monday big, the store ships until 18 December, no returns wave; noisier days. */
export const CYBER: SeasonSpec = {
  blackFriday: [1.5, 1, 1], cyberMonday: [3, 1.6], lastShipping: { monthDay: "12-18", uplift: [1, 1.1, 1.2, 1.8] },
  christmas: [0.4, 0, 0.3], returns: 1, ramp: 1.25, dayNoise: 0.1,
};

/** A B2B desk: closed weekends and over Christmas, no retail event, no ramp. */
export const B2B: SeasonSpec = {
  blackFriday: [1, 1, 1], cyberMonday: [1, 1], lastShipping: { monthDay: "12-20", uplift: [1, 1, 1, 1] },
  christmas: [0, 0, 0], returns: 1, ramp: 1, closedWeekdays: [6, 7], dayNoise: 0.05,
};

/** The season factor of a date, without noise (the truth a forecast is scored against). */
export function seasonFactor(spec: SeasonSpec, date: string): number {
  if (spec.closedWeekdays?.includes(weekdayOfDate(date))) return 0;
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const year = m >= 11 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  let f = 1;
  if (m === 11) f = 1 + ((spec.ramp - 1) * (d - 1)) / 29;
  else if (m === 12 && d <= 23) f = spec.ramp;
  else if (m === 12) f = 1 + (spec.ramp - 1) / 2;
  const bf = blackFriday(year);
  const cm = cyberMonday(year);
  const k = dayNumber(date) - dayNumber(bf);
  if (k >= 0 && k <= 2) f *= spec.blackFriday[k] ?? 1;
  const c = dayNumber(date) - dayNumber(cm);
  if (c >= 0 && c <= 1) f *= spec.cyberMonday[c] ?? 1;
  const ls = dayNumber(`${year}-${spec.lastShipping.monthDay}`) - dayNumber(date);
  if (ls >= 0 && ls <= 3) f *= spec.lastShipping.uplift[3 - ls] ?? 1;
  if (m === 12 && d >= 24 && d <= 26) f *= spec.christmas[d - 24] ?? 1;
  const r = dayNumber(date) - dayNumber(`${year + 1}-01-02`);
  if (r >= 0 && r < 14) f *= 1 + ((spec.returns - 1) * (14 - r)) / 14;
  return f;
}

/** A seeded day-to-day noise factor per date (mean 1): the same date always gets the same draw for a seed. */
export function dayNoise(sd: number, seed: number, from: string, to: string): (date: string) => number {
  const rand = rng(seed + 7919);
  const out = new Map<string, number>();
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const u = Math.max(1e-12, rand());
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
    out.set(date, Math.exp(sd * z - (sd * sd) / 2));
  }
  return (date) => out.get(date) ?? 1;
}

/** Synth options for a store following `spec`, and the noise-free truth to score against. */
export function seasonStore(spec: SeasonSpec, o: Omit<SynthOptions, "dayFactor">): { options: SynthOptions; truth: SynthOptions } {
  const noise = dayNoise(spec.dayNoise ?? 0, o.seed ?? 1, o.from, o.to);
  const truth: SynthOptions = { ...o, dayFactor: (date) => seasonFactor(spec, date) };
  return { options: { ...o, dayFactor: (date) => seasonFactor(spec, date) * noise(date) }, truth };
}
