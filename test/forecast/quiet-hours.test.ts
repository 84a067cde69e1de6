// A quiet hour is not a closed one: a night hour of a shop open round the clock, with tickets on a few nights in
// ten, keeps its share of the day; an hour nobody answers in any day of the weeks read is closed.
import { describe, expect, it } from "vitest";
import { closedPattern } from "../../src/forecast/closed.js";
import { hourShares, learnProfile, shapeTrust } from "../../src/forecast/profile.js";
import { addDays, weekdayOfDate, type DayHistory } from "../../src/forecast/series.js";
import { poisson, rng } from "./synthetic.js";

const HODS = Array.from({ length: 24 }, (_, h) => h);

/** Eight weeks of days from 2025-09-01 (a Monday), each day's counts from `counts(dayIndex, weekday)`. */
function weeks(counts: (i: number, weekday: number) => number[]): DayHistory[] {
  return Array.from({ length: 56 }, (_, i) => {
    const date = addDays("2025-09-01", i);
    const c = counts(i, weekdayOfDate(date));
    return { date, weekday: weekdayOfDate(date), hods: HODS, counts: c, total: c.reduce((s, v) => s + v, 0), complete: true };
  });
}

/** 40 tickets an hour from 08 to 20, nothing else, plus what `extra` adds. */
const day = (extra: (h: number) => number): number[] => HODS.map((h) => (h >= 8 && h < 20 ? 40 : 0) + extra(h));

describe("closed hours of the week", () => {
  it("calls an hour closed that has no ticket on any day", () => {
    const pattern = closedPattern(weeks(() => day(() => 0)));
    expect(pattern.hours.has(2)).toBe(true); // Monday 02-03
    expect(pattern.hours.has(8)).toBe(false);
  });

  it("keeps open a night hour that is empty on the Tuesdays by chance while other nights have a ticket or two", () => {
    // 10 tickets an hour by day; hour 03 gets one on every other night (0.35 % of the week), never on a Tuesday: 0 on
    // eight Tuesdays where the other nights' share puts about 3.4, which happens by chance 3 % of the time.
    const pattern = closedPattern(weeks((i, w) => day((h) => (h === 3 && i % 2 === 0 && w !== 2 ? 1 : 0)).map((c) => (c >= 40 ? 10 : c))));
    expect(pattern.hours.has(24 + 3)).toBe(false);
    expect(pattern.hours.has(24 + 2)).toBe(true);
  });

  it("calls an hour closed on one weekday when the others' use of it would have put five or more there", () => {
    // Saturdays close at 16: hours 16-19 are empty on eight Saturdays where the weekdays' share puts 40 an hour.
    const pattern = closedPattern(weeks((_, w) => (w === 6 ? day(() => 0).map((c, h) => (h >= 16 ? 0 : c)) : day(() => 0))));
    expect(pattern.hours.has(5 * 24 + 17)).toBe(true);
    expect(pattern.hours.has(4 * 24 + 17)).toBe(false);
  });
});

describe("the intraday shape of a sparse hour", () => {
  it("is its average share, not the zero a trimmed mean leaves when most days have no ticket there", () => {
    // Hour 03 has one ticket on every fifth day: about 1 ticket in 2,400 over the weeks.
    const profile = learnProfile(weeks((i) => day((h) => (h === 3 && i % 5 === 0 ? 1 : 0))));
    const share = profile.intraday[0]?.[3] ?? 0;
    expect(share).toBeGreaterThan(0.2 / 481);
    expect(share).toBeLessThan(0.2 / 479 + 0.0005);
  });

  it("shrinks a weekday's shape toward the week's by how much of their difference is count noise", () => {
    // Every weekday has the same true shape, 2 tickets an hour from 08 to 20, Poisson counts: what Tuesday's own
    // shape shows beyond the week's is noise, and the learnt Tuesday is nearer the truth than Tuesday's own shares.
    const rand = rng(11);
    const same = weeks(() => HODS.map((h) => (h >= 8 && h < 20 ? poisson(2, rand) : 0)));
    const tuesdays = same.filter((d) => d.weekday === 2);
    const own = learnProfile(tuesdays).intraday[1] ?? [];
    const learnt = learnProfile(same).intraday[1] ?? [];
    const miss = (shape: readonly number[]): number => shape.reduce((s, v, h) => s + (v - (h >= 8 && h < 20 ? 1 / 12 : 0)) ** 2, 0);
    expect(shapeTrust(hourShares(tuesdays), own, learnProfile(same).intraday[0] ?? [])).toBeLessThan(0.5);
    expect(miss(learnt)).toBeLessThan(miss(own) / 2);
  });

  it("keeps a weekday's own shape where it differs for real", () => {
    // Tuesdays take their tickets two hours later than the other days, with the same count noise.
    const rand = rng(12);
    const shifted = weeks((_, w) => HODS.map((h) => ((w === 2 ? h >= 10 && h < 22 : h >= 8 && h < 20) ? poisson(2, rand) : 0)));
    const tuesday = learnProfile(shifted).intraday[1] ?? [];
    expect((tuesday[8] ?? 1) + (tuesday[9] ?? 1)).toBeLessThan(0.05); // the week puts 0.17 there
    expect((tuesday[20] ?? 0) + (tuesday[21] ?? 0)).toBeGreaterThan(0.09); // truth 0.17, the other days 0
  });
});
