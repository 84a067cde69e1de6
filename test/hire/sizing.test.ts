// The pure parts of hire: a day's gap in whole shifts, weekly sizing, staggering under the pairing cap, lead times.
import { describe, expect, it } from "vitest";
import { lastDay } from "../../src/hire/agents.js";
import { dayGaps, gapTotals, hourGaps, type HourGap } from "../../src/hire/gaps.js";
import { cohortCap, spareMentorsByDay } from "../../src/hire/mentors.js";
import { cohortDates, earliestLive, sizeNeeds, stagger } from "../../src/hire/size.js";
import { defaultHireSettings, type HireProfile } from "../../src/hire/types.js";
import { agent, SHIFTS } from "../schedule/helpers.js";
import { row } from "../schedule/rule-fixtures.js";
import type { ShiftTemplate } from "../../src/config/types.js";

const FULL: HireProfile = { name: "full-time", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, hourlyCost: 22 };

function gap(date: string, hour: number, agents: number): HourGap {
  const clock = `${String(hour).padStart(2, "0")}:00`;
  return { date, clock, ms: 0, agents, seniors: 0, coverable: hour >= 7 && hour < 22 };
}

describe("dayGaps", () => {
  it("fills a day's gap with the fewest whole shifts", () => {
    // 1 agent short 07-22: early (07-15) and evening (14-22) cover it; day alone cannot.
    const hours = Array.from({ length: 15 }, (_, i) => gap("2026-11-02", 7 + i, 1));
    expect(dayGaps(hours, SHIFTS)).toEqual([{ date: "2026-11-02", agentHours: 15, shifts: 2, shiftHours: 16 }]);
  });
  it("counts concurrent gaps as separate shifts and skips hours no template spans", () => {
    const hours = [gap("2026-11-03", 12, 3), gap("2026-11-03", 23, 5)];
    expect(dayGaps(hours, SHIFTS)[0]?.shifts).toBe(3);
  });
  it("fills a gap only with templates that run that day: a weekend-only template covers no Monday", () => {
    // 2026-11-02 is a Monday, 2026-11-07 a Saturday; the weekend template 07-23 would end last on either day.
    const shifts = [...SHIFTS, { name: "weekend-long", start: "07:00", end: "23:00", days: ["sat", "sun"] as ShiftTemplate["days"] }];
    const day = (date: string) => Array.from({ length: 15 }, (_, i) => gap(date, 7 + i, 1));
    expect(dayGaps(day("2026-11-02"), shifts)[0]).toMatchObject({ shifts: 2, shiftHours: 16 });
    expect(dayGaps(day("2026-11-07"), shifts)[0]).toMatchObject({ shifts: 1, shiftHours: 16 });
  });
  it("calls an hour only a weekend template spans coverable on a weekend, not on a weekday", () => {
    const shifts = [{ name: "weekend-night", start: "22:00", end: "24:00", days: ["sat", "sun"] as ShiftTemplate["days"] }];
    const req = (hourStart: string) => ({ hourStart, agents: 1, seniors: 0, standby: 0, byChannel: {} });
    const gaps = hourGaps([req("2026-11-02T22:00:00+02:00"), req("2026-11-07T22:00:00+02:00")], [], shifts);
    expect(gaps.map((g) => [g.date, g.coverable])).toEqual([["2026-11-02", false], ["2026-11-07", true]]);
  });
  it("sees no gap in a half-hour-offset zone where the roster covers the need (Asia/Kolkata, +05:30)", () => {
    const req = (hourStart: string) => ({ hourStart, agents: 1, seniors: 0, standby: 0, byChannel: {} });
    const needs = Array.from({ length: 8 }, (_, i) => req(`2025-11-10T${String(7 + i).padStart(2, "0")}:00:00+05:30`));
    const shift = { date: "2025-11-10", agentId: "ana", name: "ana", seniority: "experienced" as const, shift: "early", hours: 8, cost: 0 };
    const roster = [{ ...shift, start: "2025-11-10T07:00:00+05:30", end: "2025-11-10T15:00:00+05:30" }];
    expect(hourGaps(needs, roster, SHIFTS).map((g) => g.agents)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
  it("leaves out days before the first day a hire can be live", () => {
    expect(dayGaps([gap("2026-11-02", 9, 1), gap("2026-11-09", 9, 1)], SHIFTS, "2026-11-05").map((d) => d.date)).toEqual(["2026-11-09"]);
  });
});

describe("weekends no profile works", () => {
  // 2026-11-06 is a Friday, 2026-11-07 a Saturday.
  it("are left out of the day gaps that size hires, and counted apart by gapTotals", () => {
    const gaps = [gap("2026-11-06", 9, 1), gap("2026-11-07", 9, 2)];
    expect(dayGaps(gaps, SHIFTS, undefined, false).map((d) => d.date)).toEqual(["2026-11-06"]);
    expect(gapTotals(gaps, "2026-11-01", false)).toMatchObject({ fixable: 1, weekends: 2 });
    expect(gapTotals(gaps, "2026-11-01")).toMatchObject({ fixable: 3, weekends: 0 });
  });
  it("a weekday-only cohort placed at a Saturday earliest day goes live on the Monday after", () => {
    const weekday = { ...FULL, name: "weekday", weekends: false };
    expect(stagger([{ date: "2026-11-05", profile: weekday, count: 1 }], () => 5, 7, "2026-11-07").map((n) => n.date)).toEqual(["2026-11-09"]);
    expect(stagger([{ date: "2026-11-05", profile: FULL, count: 1 }], () => 5, 7, "2026-11-07").map((n) => n.date)).toEqual(["2026-11-07"]);
  });
});

describe("sizeNeeds", () => {
  it("one full-time agent short for two weeks is one hire live by the first short day", () => {
    const days = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
      .map((date) => ({ date, agentHours: 8, shifts: 1, shiftHours: 8 }));
    expect(sizeNeeds(days, [FULL])).toEqual([{ date: "2026-11-09", profile: FULL, count: 1 }]);
  });
  it("hires stay once live: a later, smaller week needs no one new; a bigger one adds the difference", () => {
    const week = (monday: string, shifts: number) => [{ date: monday, agentHours: shifts * 8, shifts, shiftHours: shifts * 8 }];
    const needs = sizeNeeds([...week("2026-11-02", 10), ...week("2026-11-09", 5), ...week("2026-11-16", 15)], [FULL]);
    expect(needs.map((n) => [n.date, n.count])).toEqual([["2026-11-02", 2], ["2026-11-16", 1]]);
  });
  it("gives weekend shifts to a weekend profile when the first profile works weekdays only", () => {
    const weekday = { ...FULL, name: "weekday", weekends: false };
    const weekend = { ...FULL, name: "weekend", maxDaysPerWeek: 2, maxHoursPerWeek: 16 };
    const needs = sizeNeeds([{ date: "2026-11-06", agentHours: 8, shifts: 1, shiftHours: 8 }, { date: "2026-11-07", agentHours: 16, shifts: 2, shiftHours: 16 }], [weekday, weekend]);
    expect(needs.map((n) => [n.profile.name, n.count])).toEqual([["weekday", 1], ["weekend", 1]]);
  });
});

describe("stagger", () => {
  it("splits a cohort bigger than the mentors can pair into cohorts one first week apart", () => {
    const out = stagger([{ date: "2026-11-16", profile: FULL, count: 3 }], () => 1, 7, "2026-10-01");
    expect(out.map((n) => [n.date, n.count])).toEqual([["2026-11-02", 1], ["2026-11-09", 1], ["2026-11-16", 1]]);
  });
  it("stops at the earliest live day and leaves the rest there", () => {
    const out = stagger([{ date: "2026-11-16", profile: FULL, count: 3 }], () => 1, 7, "2026-11-12");
    expect(out.map((n) => [n.date, n.count])).toEqual([["2026-11-16", 3]]);
  });
  it("counts cohorts already live in the same first week against the cap", () => {
    const out = stagger([{ date: "2026-11-16", profile: FULL, count: 2 }, { date: "2026-11-18", profile: FULL, count: 1 }], () => 2, 7, "2026-10-01");
    expect(out.map((n) => [n.date, n.count])).toEqual([["2026-11-09", 1], ["2026-11-16", 1], ["2026-11-18", 1]]);
  });
});

describe("dates", () => {
  it("goes back from the live day by onboarding, then by recruiting", () => {
    const settings = defaultHireSettings();
    expect(cohortDates({ date: "2026-11-16", profile: FULL, count: 2 }, settings, 7)).toMatchObject({
      liveFrom: "2026-11-16", onboardingFrom: "2026-11-02", recruitBy: "2026-10-05", pairedUntil: "2026-11-22",
    });
    expect(earliestLive("2026-09-15", settings)).toBe("2026-10-27");
  });
  it("reads a profile's MM-DD end as the first such day after going live", () => {
    expect(lastDay("01-15", "2026-11-16")).toBe("2027-01-15");
    expect(lastDay("2026-12-31", "2026-11-16")).toBe("2026-12-31");
    expect(lastDay(undefined, "2026-11-16")).toBeUndefined();
  });
  it("caps a cohort by the days with the fewest spare mentors it must work", () => {
    const spare = new Map([["2026-11-16", 3], ["2026-11-17", 1], ["2026-11-18", 2], ["2026-11-19", 2], ["2026-11-20", 2], ["2026-11-21", 0], ["2026-11-22", 0]]);
    expect(cohortCap(spare, "2026-11-16", 7, 5)).toBe(1);
    expect(cohortCap(spare, "2026-11-16", 7, 4)).toBe(2);
    expect(cohortCap(new Map(), "2026-11-16", 7, 5)).toBe(Infinity);
  });
});

describe("spareMentorsByDay", () => {
  it("counts a day's spare mentors over the templates that run that day only", () => {
    // One experienced agent 09-17 on Monday 2 and Saturday 7 November. The weekday template (07-15) starts before
    // them: no spare mentor over all its hours. The weekend template (10-14) has one, but only on the Saturday.
    const ana = agent("ana");
    const shifts = [
      { name: "early", start: "07:00", end: "15:00" },
      { name: "weekend-mid", start: "10:00", end: "14:00", days: ["sat", "sun"] as ShiftTemplate["days"] },
    ];
    const roster = [row(ana, "2026-11-02", "day"), row(ana, "2026-11-07", "day")];
    const spare = spareMentorsByDay(roster, [ana], shifts, 7);
    expect([spare.get("2026-11-02"), spare.get("2026-11-07")]).toEqual([0, 1]);
  });
});
