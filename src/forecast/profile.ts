// The weekly and intraday shape of a channel, learnt robustly from recent ordinary days (no season, no events, no closed days).
import { median } from "simple-statistics";
import { dayNumber, inSeasonWindow, type DayHistory } from "./series.js";

export interface Profile {
  /** factor per weekday (index 0 = Monday), mean 1 */
  weekday: number[];
  /** per weekday, share of the day per local hour 0..23, each summing to 1 */
  intraday: number[][];
  /** dates the shape was learnt from */
  sampleDays: number;
}

/** Mean of the middle values after dropping `share` of each tail: resists one odd day without a median's jumpiness. */
export function trimmedMean(values: readonly number[], share = 0.2): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * share);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((s, v) => s + v, 0) / kept.length;
}

/**
 * Closed days: a complete day below 10 % of the median of its weekday. They are holes, not signal:
 * a store shut on a bank holiday says nothing about the level.
 */
export function closedDates(days: readonly DayHistory[]): Set<string> {
  const byWeekday = new Map<number, number[]>();
  for (const d of days) {
    if (!d.complete) continue;
    const totals = byWeekday.get(d.weekday);
    if (totals) totals.push(d.total);
    else byWeekday.set(d.weekday, [d.total]);
  }
  // Each weekday's median once, not once per day of it.
  const medians = new Map([...byWeekday].map(([w, totals]) => [w, median(totals)]));
  const out = new Set<string>();
  for (const d of days) {
    const m = medians.get(d.weekday);
    if (d.complete && m !== undefined && d.total < 0.1 * m) out.add(d.date);
  }
  return out;
}

/** Days fit to learn ordinary behaviour: complete, open, not an event day; out of the season when enough exist. */
export function ordinaryDays(days: readonly DayHistory[], eventDates: ReadonlySet<string>, closed: ReadonlySet<string>, count = 56): DayHistory[] {
  const usable = days.filter((d) => d.complete && d.total > 0 && !closed.has(d.date) && !eventDates.has(d.date));
  const outside = usable.filter((d) => !inSeasonWindow(d.date));
  // Recent weeks outside the season first; a history that is all season has to make do with its ordinary days.
  const pool = outside.length >= 14 ? outside : usable;
  return pool.slice(-count);
}

/**
 * Learns weekday factors and per-weekday intraday shares from the given ordinary days. A weekday the recent
 * history shows closed gets factor 0 and no shape: with no usable day it is not an average open day.
 */
export function learnProfile(sample: readonly DayHistory[], closedWeekdays: ReadonlySet<number> = new Set()): Profile {
  const ratios: number[][] = Array.from({ length: 7 }, () => []);
  const byNumber = new Map(sample.map((d) => [dayNumber(d.date), d]));
  for (const d of sample) {
    const n = dayNumber(d.date);
    let sum = 0;
    let count = 0;
    for (let k = -3; k <= 3; k++) {
      const other = byNumber.get(n + k);
      if (other) {
        sum += other.total;
        count++;
      }
    }
    // A weekday factor needs most of the week around it, or a missing Saturday would bias Friday.
    if (count >= 5 && sum > 0) ratios[d.weekday - 1]?.push(d.total / (sum / count));
  }
  const raw = ratios.map((r) => (r.length > 0 ? trimmedMean(r) : Number.NaN));
  const known = raw.filter((v) => Number.isFinite(v));
  const meanKnown = known.length > 0 ? known.reduce((s, v) => s + v, 0) / known.length : 1;
  const weekday = raw.map((v, w) => (closedWeekdays.has(w + 1) ? 0 : Number.isFinite(v) && meanKnown > 0 ? v / meanKnown : 1));

  const pooled = shares(sample);
  const intraday = Array.from({ length: 7 }, (_, w) => {
    if (closedWeekdays.has(w + 1)) return new Array<number>(24).fill(0);
    const own = sample.filter((d) => d.weekday === w + 1);
    // Two days of a weekday are too few for its own shape; fall back to every weekday's shape. Beyond that the
    // weekday's own shape is shrunk toward the all-week one by how much of its difference is noise: eight Tuesdays
    // of a small shop differ from the week by chance, a busy desk's Sunday differs for real.
    if (own.length < 2) return pooled;
    const perHour = hourShares(own);
    const mine = sharesOf(perHour);
    const trust = shapeTrust(perHour, mine, pooled);
    return normalise(mine.map((v, h) => trust * v + (1 - trust) * (pooled[h] ?? 0)));
  });
  return { weekday, intraday, sampleDays: sample.length };
}

/**
 * How far to trust a weekday's own intraday shape over the all-week one: positive-part James-Stein shrinkage,
 * 1 - noise / difference, where the difference is the squared distance between the two shapes and the noise is what
 * that distance would be by chance alone, the day-to-day variance of each hour's share over the weekday's days
 * divided by their number (`perHour`: each day's share per hour, from hourShares). Read from the history itself, so count noise and a store's own day-to-day spread both count.
 */
export function shapeTrust(perHour: readonly (readonly number[])[], mine: readonly number[], pooled: readonly number[]): number {
  let noise = 0;
  for (const values of perHour) {
    const n = values.length;
    if (n < 2) continue;
    const m = mean(values);
    noise += values.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1) / n;
  }
  const difference = mine.reduce((s, v, h) => s + (v - (pooled[h] ?? 0)) ** 2, 0);
  if (!(difference > 0)) return 1;
  return Math.min(1, Math.max(0, 1 - noise / difference));
}

/** An hour with no ticket on more than this share of the days is sparse: the 20 % trim would cut all its tickets. */
const SPARSE_HOUR_ZEROS = 0.2;

const mean = (values: readonly number[]): number => (values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : 0);

/** Per local hour, each day's share of its tickets in that hour (days without a ticket say nothing and are left out). */
export function hourShares(days: readonly DayHistory[]): number[][] {
  const perHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const d of days) {
    if (!(d.total > 0)) continue;
    const dayShare = new Array<number>(24).fill(0);
    d.hods.forEach((h, i) => {
      dayShare[h] = (dayShare[h] ?? 0) + (d.counts[i] ?? 0) / d.total;
    });
    dayShare.forEach((v, h) => perHour[h]?.push(v));
  }
  return perHour;
}

/** Trimmed mean share of the day per local hour, normalised to sum 1 (uniform when nothing is known). */
function shares(days: readonly DayHistory[]): number[] {
  return sharesOf(hourShares(days));
}

/** The same from the days' shares per hour already read (hourShares). */
function sharesOf(perHour: readonly (readonly number[])[]): number[] {
  // Trimming resists one odd day in an hour that has tickets most days; in a sparse hour (a night hour of a shop open
  // round the clock, tickets on a few days in ten) it would trim away every ticket and call the hour empty, so there
  // the plain mean is taken: it is what the hour holds on average, and a forecast of 0 there can never be right.
  const out = perHour.map((v) => (v.filter((x) => x === 0).length > SPARSE_HOUR_ZEROS * v.length ? mean(v) : trimmedMean(v)));
  return normalise(out);
}

export function normalise(weights: readonly number[]): number[] {
  const sum = weights.reduce((s, v) => s + (Number.isFinite(v) && v > 0 ? v : 0), 0);
  if (!(sum > 0)) return weights.map(() => 1 / Math.max(1, weights.length));
  return weights.map((v) => (Number.isFinite(v) && v > 0 ? v / sum : 0));
}

/** The profile's shape for one day's clock hours (23 or 25 on DST days), summing to 1. */
export function dayShape(profile: Profile, weekday: number, hods: readonly number[]): number[] {
  const row = profile.intraday[weekday - 1] ?? [];
  return normalise(hods.map((h) => row[h] ?? 0));
}

/** A single day's own shape, shrunk toward the profile by how many tickets it holds (few tickets, noisy shape). */
export function blendedShape(own: DayHistory, profileShape: readonly number[], hods: readonly number[], strength = 150): number[] {
  const ownByHod = new Array<number>(24).fill(0);
  own.hods.forEach((h, i) => {
    ownByHod[h] = (ownByHod[h] ?? 0) + (own.counts[i] ?? 0);
  });
  const seen = new Map<number, number>();
  for (const h of hods) seen.set(h, (seen.get(h) ?? 0) + 1);
  const ownShape = normalise(hods.map((h) => (ownByHod[h] ?? 0) / (seen.get(h) ?? 1)));
  const w = own.total / (own.total + strength);
  return normalise(hods.map((_, i) => w * (ownShape[i] ?? 0) + (1 - w) * (profileShape[i] ?? 0)));
}
