// The config's `hire` section and `--profile` files: profiles of seasonal hires and the lead times, validated by key.
import type { Config } from "../config/types.js";
import type { Validator } from "../config/validator.js";
import type { HireProfile, HireSettings } from "./types.js";

const PROFILE_KEYS = ["name", "maxDaysPerWeek", "maxHoursPerWeek", "weekends", "hourlyCost", "availableTo"] as const;

export function applyHire(c: Config, v: Validator, raw: unknown): void {
  const s = v.object(raw, "hire");
  v.keys(s, "hire", ["profiles", "recruitingDays", "onboardingDays", "maxCohort", "maxSolves"]);
  const h: HireSettings = c.hire;
  if (s.profiles !== undefined) h.profiles = readProfiles(v, s.profiles, "hire.profiles");
  if (s.recruitingDays !== undefined) h.recruitingDays = v.integer(s.recruitingDays, "hire.recruitingDays", 0, 365);
  if (s.onboardingDays !== undefined) h.onboardingDays = v.integer(s.onboardingDays, "hire.onboardingDays", 0, 365);
  if (s.maxCohort !== undefined && s.maxCohort !== null) h.maxCohort = v.integer(s.maxCohort, "hire.maxCohort", 1, 1000);
  if (s.maxSolves !== undefined) h.maxSolves = v.integer(s.maxSolves, "hire.maxSolves", 2, 1000);
}

/** A JSON array of profiles; the first is the one hires are sized with, the others fill what it cannot (weekends). */
export function readProfiles(v: Validator, raw: unknown, key: string): HireProfile[] {
  const list = v.array(raw, key);
  if (list.length === 0) v.fail(key, "is empty; expected at least one hire profile");
  const names = new Set<string>();
  return list.map((e, i) => {
    const at = `${key}[${i}]`;
    const o = v.object(e, at);
    v.keys(o, at, PROFILE_KEYS);
    const name = v.string(o.name, `${at}.name`);
    if (names.has(name)) v.fail(`${at}.name`, `"${name}" twice; expected unique profile names`);
    names.add(name);
    const days = o.maxDaysPerWeek === undefined ? 5 : v.integer(o.maxDaysPerWeek, `${at}.maxDaysPerWeek`, 1, 7);
    const p: HireProfile = {
      name,
      maxDaysPerWeek: days,
      maxHoursPerWeek: o.maxHoursPerWeek === undefined ? days * 8 : v.number(o.maxHoursPerWeek, `${at}.maxHoursPerWeek`, 1, 168),
      weekends: o.weekends === undefined ? true : v.boolean(o.weekends, `${at}.weekends`),
      hourlyCost: o.hourlyCost === undefined ? 22 : v.number(o.hourlyCost, `${at}.hourlyCost`, 0, 1e6),
    };
    if (o.availableTo !== undefined && o.availableTo !== null) {
      const to = v.string(o.availableTo, `${at}.availableTo`);
      const ok = /^\d{2}-\d{2}$/.test(to) ? !Number.isNaN(Date.parse(`2024-${to}T00:00:00Z`)) : /^\d{4}-\d{2}-\d{2}$/.test(to) && !Number.isNaN(Date.parse(`${to}T00:00:00Z`));
      if (!ok) v.fail(`${at}.availableTo`, `"${to}"; expected YYYY-MM-DD or MM-DD (every year), e.g. 01-15`);
      p.availableTo = to;
    }
    return p;
  });
}
