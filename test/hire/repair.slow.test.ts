// hire on tiny teams with a known answer, each verified by solving the real roster.
import { describe, expect, it } from "vitest";
import { planHires } from "../../src/hire/index.js";
import { defaultHireSettings } from "../../src/hire/types.js";
import { checkRoster } from "../../src/schedule/index.js";
import { agent, input, requirements } from "../schedule/helpers.js";

const DAY_ONLY = [{ name: "day", start: "09:00", end: "17:00" }];
const weekday = (date: string): boolean => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;
const office = (hour: number): boolean => hour >= 9 && hour < 17;

/** Three weeks from Monday 2 November 2026; `need(date)` agents 09-17 on weekdays. */
function season(need: (date: string) => { agents: number; seniors?: number }) {
  return requirements("2026-11-02", "2026-11-22", (date, hour) => (weekday(date) && office(hour) ? need(date) : {}));
}

function hire(reqs: ReturnType<typeof season>, team: ReturnType<typeof agent>[]) {
  return planHires({
    schedule: input(reqs, team, { shifts: DAY_ONLY, relativeGap: 0 }),
    settings: defaultHireSettings(),
    today: "2026-09-01",
    maxShortfall: 0,
  });
}

describe("hire on small teams", { timeout: 120_000 }, () => {
  it("a team one full-time agent short for two weeks gets one hire, live by the first short day", async () => {
    const reqs = season((date) => ({ agents: date >= "2026-11-09" ? 2 : 1 }));
    const plan = await hire(reqs, [agent("mentor", "experienced", { weekends: false })]);
    expect(plan.before.agentHours).toBe(80);
    expect(plan.status).toBe("covered");
    expect(plan.cohorts.map((c) => [c.liveFrom, c.count])).toEqual([["2026-11-09", 1]]);
    expect(plan.cohorts[0]).toMatchObject({ onboardingFrom: "2026-10-26", recruitBy: "2026-09-28" });
    expect(plan.after?.agentHours).toBe(0);
    expect(plan.marginal).toEqual([80]);
    expect(plan.minimal).toBe(true);
    // The answer is the real roster's: check passes on the team with the hire.
    const team = [agent("mentor", "experienced", { weekends: false }), ...plan.hires];
    const check = checkRoster({ ...input(reqs, team, { shifts: DAY_ONLY }), roster: plan.final?.roster ?? [] });
    expect(check.ok).toBe(true);
    expect(check.shortfall.agentHours).toBe(0);
  });

  it("names weekend gaps no profile can work, sizes only the weekdays, and puts the weekday-only cohort live on a weekday", async () => {
    // One agent 09-17 every day, a second on weekdays from 9 November; the mentor and the only profile work no weekends.
    const reqs = requirements("2026-11-02", "2026-11-22", (date, hour) => (office(hour) ? { agents: weekday(date) && date >= "2026-11-09" ? 2 : 1 } : {}));
    const weekdayOnly = { ...defaultHireSettings(), profiles: [{ name: "weekday", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: false, hourlyCost: 22 }] };
    const plan = await planHires({
      schedule: input(reqs, [agent("mentor", "experienced", { weekends: false })], { shifts: DAY_ONLY, relativeGap: 0 }),
      settings: weekdayOnly,
      // recruiting from 26 September: the earliest live day is Saturday 7 November
      today: "2026-09-26",
      maxShortfall: 0,
    });
    expect(plan.status).toBe("covered");
    expect(plan.unfixable.weekends).toBe(48);
    expect(plan.after?.agentHours).toBe(48);
    expect(plan.cohorts.map((c) => [c.liveFrom, c.count])).toEqual([["2026-11-09", 1]]);
    expect(plan.solves).toBeLessThan(weekdayOnly.maxSolves);
  });

  it("puts no cohort live before the requirements start, and names the earlier day the pairing cap wanted", async () => {
    // Requirements from Monday 9 November; 4 agents from 16 November with one mentor, who pairs one first-week hire at
    // a time: staggering alone would go back to 2 November, a week the roster neither plans nor pays.
    const reqs = requirements("2026-11-09", "2026-11-29", (date, hour) => (weekday(date) && office(hour) ? { agents: date >= "2026-11-16" ? 4 : 1 } : {}));
    const run = (latestLive?: string) =>
      planHires({
        schedule: input(reqs, [agent("mentor", "experienced", { weekends: false })], { shifts: DAY_ONLY, relativeGap: 0 }),
        settings: defaultHireSettings(),
        today: "2026-09-01",
        maxShortfall: 0,
        verify: false,
        ...(latestLive !== undefined ? { latestLive } : {}),
      });
    const plan = await run();
    expect(plan.windowStart).toBe("2026-11-09");
    expect(plan.cohorts.map((c) => [c.liveFrom, c.count])).toEqual([["2026-11-09", 2], ["2026-11-16", 1]]);
    expect(plan.wantedBefore).toBe("2026-11-02");
    // A --latest-start before the window is the lead asking for earlier cohorts.
    const early = await run("2026-11-06");
    expect((early.cohorts[0]?.liveFrom ?? "9999") < "2026-11-09").toBe(true);
  });

  it("a gap only seniors can fill is reported as such and gets no hire", async () => {
    const reqs = season(() => ({ agents: 1, seniors: 1 }));
    const plan = await hire(reqs, [agent("mentor", "experienced", { weekends: false })]);
    expect(plan.before).toMatchObject({ agentHours: 0, seniorHours: 120 });
    expect(plan.status).toBe("not-needed");
    expect(plan.hires).toEqual([]);
    expect(plan.seniorsOnly).toBe(120);
  });

  it("hires only for the agent gap when seniors are short too", async () => {
    const reqs = season((date) => ({ agents: date >= "2026-11-16" ? 2 : 1, seniors: 1 }));
    const plan = await hire(reqs, [agent("mentor", "experienced", { weekends: false })]);
    expect(plan.cohorts.map((c) => [c.liveFrom, c.count])).toEqual([["2026-11-16", 1]]);
    expect(plan.seniorsOnly).toBe(120);
    expect(plan.after?.agentHours).toBe(0);
  });

  it("a gap too big for the mentors to pair in one cohort is split into staggered cohorts", async () => {
    // One mentor pairs one first-week hire at a time; three more agents are needed from 16 November.
    const reqs = season((date) => ({ agents: date >= "2026-11-16" ? 4 : 1 }));
    const plan = await hire(reqs, [agent("mentor", "experienced", { weekends: false })]);
    expect(plan.status).toBe("covered");
    expect(plan.hires).toHaveLength(3);
    expect(plan.cohorts.every((c) => c.count === 1)).toBe(true);
    expect(plan.cohorts.map((c) => c.liveFrom)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(plan.after?.agentHours).toBe(0);
    expect(plan.final?.check.violations).toEqual([]);
  });
});
