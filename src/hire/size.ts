// Sizing: how many hires of which profile must be live by which day, from a roster's gap, before any re-solve.
import { isoWeekKey, isWeekend } from "../time/hours.js";
import { addDays } from "../time/dates.js";
import type { DayGap } from "./gaps.js";
import type { Cohort, HireProfile, HireSettings } from "./types.js";

/** Hires needed from a day on: `count` of `profile`, live by `date`. */
export interface Need {
  date: string;
  profile: HireProfile;
  count: number;
}

/**
 * Per ISO week, the hires a gap takes: its shifts over the days one hire works a week, or its shift hours over the
 * hours one hire works, whichever is more (a lower estimate: the team already on the roster may move to make room).
 * Hires stay once live, so the count live by each week is the most any week so far needed; each rise is a cohort, live
 * by the week's first short day. Weekend shifts go to a profile that works weekends when the first profile does not.
 */
export function sizeNeeds(days: readonly DayGap[], profiles: readonly HireProfile[]): Need[] {
  const main = profiles[0];
  if (!main) return [];
  const weekender = main.weekends ? main : profiles.find((p) => p.weekends);
  const weeks = new Map<string, DayGap[]>();
  for (const d of days) if (d.shifts > 0) weeks.set(isoWeekKey(d.date), [...(weeks.get(isoWeekKey(d.date)) ?? []), d]);
  const live = new Map<HireProfile, number>();
  const needs: Need[] = [];
  for (const list of [...weeks.values()].sort((a, b) => ((a[0]?.date ?? "") < (b[0]?.date ?? "") ? -1 : 1))) {
    const split = new Map<HireProfile, DayGap[]>();
    for (const d of list) {
      const p = isWeekend(d.date) && !main.weekends ? weekender : main;
      if (p) split.set(p, [...(split.get(p) ?? []), d]);
    }
    for (const [profile, ds] of split) {
      const shifts = ds.reduce((s, d) => s + d.shifts, 0);
      const hours = ds.reduce((s, d) => s + d.shiftHours, 0);
      const want = Math.max(Math.ceil(shifts / Math.max(1, profile.maxDaysPerWeek)), Math.ceil(hours / Math.max(1, profile.maxHoursPerWeek)));
      const have = live.get(profile) ?? 0;
      if (want <= have) continue;
      live.set(profile, want);
      needs.push({ date: ds[0]?.date ?? "", profile, count: want - have });
    }
  }
  return needs;
}

/**
 * Rule 6 lets a cohort go live only as fast as mentors can pair it: where a need is bigger than `cap(date)` allows
 * for first-week hires live around that date, the rest goes live one first week earlier, and so on back to `earliest`
 * (where whatever is left stays, over the cap, and the re-solve shows what that costs). Latest dates are placed first.
 */
export function stagger(needs: readonly Need[], cap: (date: string) => number, firstWeekDays: number, earliest: string): Need[] {
  const placed: Need[] = [];
  const load = (date: string): number =>
    placed.filter((n) => n.date > addDays(date, -firstWeekDays) && n.date < addDays(date, firstWeekDays)).reduce((s, n) => s + n.count, 0);
  for (const need of [...needs].sort((a, b) => (a.date < b.date ? 1 : -1))) {
    let left = need.count;
    let date = workday(need.date < earliest ? earliest : need.date, need.profile, 1, earliest);
    while (left > 0) {
      // One first week earlier, on a day the profile works; where there is no such day left, the rest stays here.
      const earlier = workday(addDays(date, -firstWeekDays), need.profile, -1, earliest);
      const forced = addDays(date, -firstWeekDays) < earliest || earlier >= date;
      const take = forced ? left : Math.min(left, Math.max(0, cap(date) - load(date)));
      if (take > 0) {
        const same = placed.find((n) => n.date === date && n.profile === need.profile);
        if (same) same.count += take;
        else placed.push({ date, profile: need.profile, count: take });
        left -= take;
      }
      date = earlier;
    }
  }
  return placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A live day the profile works: a weekday-only hire going live on a Saturday would start on Monday anyway, and their
 * paired week would be counted from a day they cannot work. `step` 1 moves to the Monday after, -1 to the Friday
 * before (back to Monday after when that Friday is before `earliest`).
 */
export function workday(date: string, profile: HireProfile, step: 1 | -1, earliest: string): string {
  if (profile.weekends || !isWeekend(date)) return date;
  let d = date;
  while (isWeekend(d)) d = addDays(d, step);
  return d < earliest ? workday(date, profile, 1, earliest) : d;
}

/** Merges needs into cohorts (one per day and profile) with the dates a lead acts on. */
export function toCohorts(needs: readonly Need[], settings: HireSettings, firstWeekDays: number): Cohort[] {
  const merged = new Map<string, Need>();
  for (const n of needs) {
    const key = `${n.date}|${n.profile.name}`;
    const m = merged.get(key);
    if (m) m.count += n.count;
    else merged.set(key, { ...n });
  }
  return [...merged.values()]
    .filter((n) => n.count > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.profile.name < b.profile.name ? -1 : 1))
    .map((n) => cohortDates(n, settings, firstWeekDays));
}

export function cohortDates(n: Need, settings: HireSettings, firstWeekDays: number): Cohort {
  const onboardingFrom = addDays(n.date, -settings.onboardingDays);
  return {
    profile: n.profile,
    count: n.count,
    liveFrom: n.date,
    onboardingFrom,
    recruitBy: addDays(onboardingFrom, -settings.recruitingDays),
    pairedUntil: addDays(n.date, Math.max(0, firstWeekDays - 1)),
  };
}

/** The first day a hire recruited from `today` can take live tickets. */
export function earliestLive(today: string, settings: HireSettings): string {
  return addDays(today, settings.recruitingDays + settings.onboardingDays);
}
