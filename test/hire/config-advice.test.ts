// The config's hire section and profile files, and what plan says when it is not acceptable.
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import { hireAgents } from "../../src/hire/agents.js";
import type { HirePlan } from "../../src/hire/index.js";
import { cohortDates } from "../../src/hire/size.js";
import { defaultHireSettings, type HireProfile } from "../../src/hire/types.js";
import { agentsToCsv } from "../../src/io/agents-csv.js";
import { hireAdviceLines, withHireSection } from "../../src/plan/hire-advice.js";

const load = (raw: unknown) => applyConfig(defaultConfig(), raw, "/tmp/peakplan.config.json");
const FULL: HireProfile = { name: "full-time", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, hourlyCost: 22, availableTo: "01-15" };

describe("hire config", () => {
  it("defaults to one full-time profile, 28 recruiting and 14 onboarding days", () => {
    const h = defaultConfig().hire;
    expect(h.profiles.map((p) => p.name)).toEqual(["full-time"]);
    expect([h.recruitingDays, h.onboardingDays]).toEqual([28, 14]);
  });
  it("reads profiles and lead times, filling a profile's gaps with defaults", () => {
    const c = load({ hire: { recruitingDays: 21, profiles: [{ name: "weekend", maxDaysPerWeek: 2 }] } });
    expect(c.hire.recruitingDays).toBe(21);
    expect(c.hire.onboardingDays).toBe(14);
    expect(c.hire.profiles).toEqual([{ name: "weekend", maxDaysPerWeek: 2, maxHoursPerWeek: 16, weekends: true, hourlyCost: 22 }]);
  });
  it.each([
    [{ hire: { leadDays: 3 } }, "hire.leadDays: unknown key"],
    [{ hire: { profiles: [] } }, "hire.profiles"],
    [{ hire: { profiles: [{ name: "a" }, { name: "a" }] } }, "hire.profiles[1].name"],
    [{ hire: { profiles: [{ name: "a", maxDaysPerWeek: 8 }] } }, "hire.profiles[0].maxDaysPerWeek"],
    [{ hire: { profiles: [{ name: "a", availableTo: "15.1." }] } }, "hire.profiles[0].availableTo"],
    [{ hire: { onboardingDays: -1 } }, "hire.onboardingDays"],
  ])("refuses %j naming the key", (raw, key) => {
    expect(() => load(raw)).toThrow(InputError);
    expect(() => load(raw)).toThrow(key);
  });
});

describe("hires.csv", () => {
  it("has agents.csv's columns, one new agent per hire, live from its cohort's first day", () => {
    const settings = defaultHireSettings();
    const cohorts = [cohortDates({ date: "2026-11-16", profile: FULL, count: 2 }, settings, 7)];
    const hires = hireAgents(cohorts, [{ id: "hire-01", name: "taken", seniority: "senior", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, onCall: true, hourlyCost: 30 }]);
    expect(hires.map((h) => h.id)).toEqual(["hire-02", "hire-03"]);
    const lines = agentsToCsv(hires).trim().split("\n");
    expect(lines[0]).toBe("id,name,seniority,available_from,available_to,max_days_per_week,max_hours_per_week,weekends,on_call,hourly_cost,min_hours_per_week,unavailable");
    expect(lines[1]).toBe("hire-02,Seasonal hire 2 (full-time cohort 1),new,2026-11-16,2027-01-15,5,40,yes,no,22,,");
  });
});

describe("plan's hiring advice", () => {
  const base: HirePlan = {
    status: "estimate", maxShortfall: 0, cohorts: [], hires: [], earliestLive: "2026-11-02", tooLateBefore: "2026-11-02", windowStart: "2026-11-02", before: { agentHours: 200, seniorHours: 0, standbyDays: 0 },
    unfixable: { tooLate: 0, uncoverable: 0, weekends: 0 }, seniorsOnly: 0, marginal: [], minimal: false, solves: 0,
  };
  it("says hire N (profile) live by DATE, recruit by DATE for each cohort", () => {
    const plan = { ...base, cohorts: [cohortDates({ date: "2026-11-23", profile: FULL, count: 6 }, defaultHireSettings(), 7)] };
    expect(hireAdviceLines(plan)[0]).toBe("hire 6 (full-time) live by 2026-11-23, recruit by 2026-10-12");
  });
  it("says when it is too late to hire and when only seniors can fill the gap", () => {
    const lines = hireAdviceLines({ ...base, unfixable: { tooLate: 120, uncoverable: 0, weekends: 0 }, seniorsOnly: 40 });
    expect(lines).toEqual([
      "too late to hire for 120 agent-hours: a hire recruited now goes live 2026-11-02 at the earliest",
      "40 senior-hours only seniors can fill: hiring new agents cannot",
    ]);
  });
  it("adds its own section after the key figures of the report", () => {
    const html = '<body><section id="figures"><h2>Key figures</h2></section>\n<section id="forecast"></section></body>';
    const plan = { ...base, cohorts: [cohortDates({ date: "2026-11-23", profile: FULL, count: 1 }, defaultHireSettings(), 7)] };
    const out = withHireSection(html, plan);
    expect(out.indexOf('id="hire"')).toBeGreaterThan(out.indexOf('id="figures"'));
    expect(out.indexOf('id="hire"')).toBeLessThan(out.indexOf('id="forecast"'));
    expect(out).toContain("hire 1 (full-time) live by 2026-11-23");
    expect(withHireSection(html, undefined)).toBe(html);
    expect(withHireSection("<body></body>", plan)).toContain('<section id="hire">');
  });
});
