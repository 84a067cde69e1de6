// One test per reason a plan is not acceptable, on hand-made inputs: the verdict plan's exit code, summary and report share.
import { describe, expect, it } from "vitest";
import type { CheckReport, Violation } from "../../src/schedule/check.js";
import type { SolverReport } from "../../src/schedule/index.js";
import { verdict, type VerdictInputs } from "../../src/plan/verdict.js";

const solved: SolverReport = { status: "optimal", backend: "highs", objective: 100, bound: 100, gap: 0, seconds: 1 };

function inputs(over: { shortfall?: Partial<CheckReport["shortfall"]>; violations?: Violation["rule"][]; solver?: Partial<SolverReport> } & Partial<Omit<VerdictInputs, "schedule">> = {}): VerdictInputs {
  const { shortfall, violations = [], solver, ...rest } = over;
  const check = {
    ok: violations.length === 0,
    violations: violations.map((rule) => ({ rule, ruleName: rule, date: "2026-11-27", message: rule })),
    coverage: { neededAgentHours: 100, coveredAgentHours: 100, share: 1 },
    shortfall: { agentHours: 0, seniorHours: 0, standbyDays: 0, byDay: [], ...shortfall },
    cost: { shifts: 0, onCall: 0, penalties: 0, total: 0 },
    hours: 100,
  } as CheckReport;
  return {
    schedule: { check, solver: { ...solved, ...solver }, frozenDropped: [] },
    forecast: { warnings: [] },
    ingest: { file: "tickets.csv", channelColumn: "channel" },
    maxShortfallHours: 0,
    maxOnCallShortDays: 0,
    maxGap: 0.02,
    singleChannel: false,
    ...rest,
  };
}

describe("plan verdict", () => {
  it("accepts a covered roster, solved to its bound, of a sound forecast", () => {
    expect(verdict(inputs())).toEqual({ acceptable: true, reasons: [] });
  });

  it("refuses agent-hours short above the limit, not at it", () => {
    expect(verdict(inputs({ shortfall: { agentHours: 5 }, maxShortfallHours: 5 })).acceptable).toBe(true);
    expect(verdict(inputs({ shortfall: { agentHours: 6 }, maxShortfallHours: 5 })).reasons).toEqual(["shortfall 6 agent-hours is above the limit of 5"]);
  });

  it("refuses any missing senior-hour", () => {
    expect(verdict(inputs({ shortfall: { seniorHours: 1 } })).reasons).toEqual(["1 senior-hours are missing"]);
  });

  it("refuses on-call days unfilled above plan.maxOnCallShortDays, not at it", () => {
    expect(verdict(inputs({ shortfall: { standbyDays: 2 }, maxOnCallShortDays: 2 })).acceptable).toBe(true);
    const { reasons } = verdict(inputs({ shortfall: { standbyDays: 15 } }));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^15 on-call days unfilled, above the limit of 0 \(plan\.maxOnCallShortDays, --max-on-call-short\): .*on_call yes/);
  });

  it("refuses a first-week hire without a mentor, and any other broken hard rule", () => {
    expect(verdict(inputs({ violations: ["pairing", "pairing", "rest"] })).reasons).toEqual([
      "2 pairing violations: a first-week new hire without a mentor",
      "1 hard-rule violations in the roster",
    ]);
  });

  it("refuses a roster the solver left further from its bound than schedule.maxGap, or with no bound at all", () => {
    expect(verdict(inputs({ solver: { status: "feasible", gap: 0.002 }, maxGap: 0.0001 })).reasons).toEqual([
      "the solver stopped (feasible) with a gap of 0.20 % to its bound, above schedule.maxGap 0.01 %",
    ]);
    expect(verdict(inputs({ solver: { status: "time-limit", gap: undefined } })).reasons[0]).toMatch(/gap of unknown \(no bound proved\)/);
  });

  it("refuses a forecast with warnings (far below the run rate)", () => {
    expect(verdict(inputs({ forecast: { warnings: ["far below the run rate"] } })).reasons).toEqual(["far below the run rate"]);
  });

  it("refuses an export without a channel column unless ingest.singleChannel says it is meant", () => {
    const noColumn = { file: "tickets.csv", channelColumn: undefined };
    expect(verdict(inputs({ ingest: noColumn })).reasons[0]).toMatch(/^no channel column in tickets\.csv/);
    expect(verdict(inputs({ ingest: noColumn, singleChannel: true })).acceptable).toBe(true);
  });
});

describe("a re-plan's days kept as published", () => {
  // The first review's case: the standby need of a frozen day rose after publishing; the re-plan may not touch that day.
  const byDay = [
    { date: "2025-12-14", agentHours: 0, seniorHours: 0, standby: 1 },
    { date: "2025-12-20", agentHours: 3, seniorHours: 0, standby: 0 },
  ];
  const shortfall = { agentHours: 3, seniorHours: 0, standbyDays: 1, byDay };
  const kept = (over: Parameters<typeof inputs>[0], extra: Partial<VerdictInputs["schedule"]> = {}) => {
    const base = inputs(over);
    return verdict({ ...base, schedule: { ...base.schedule, keptUntil: "2025-12-16", ...extra } });
  };

  it("count against the limits like any day (the second review: a season-long freeze published 2,850 agent-hours short), with a note saying what the re-plan cannot do", () => {
    const v = kept({ shortfall, maxShortfallHours: 5 });
    expect(v.reasons[0]).toMatch(/^1 on-call days unfilled, above the limit of 0/);
    expect(v.notes).toEqual([
      "kept as published until 2025-12-16, and short there: 2025-12-14 1 on-call; this re-plan cannot change those days: cover them by hand (call-ins, overtime, a longer shift), or re-plan them with an earlier --freeze-until",
    ]);
  });

  it("are said in the note also when the plan is acceptable within the limits", () => {
    const v = kept({ shortfall, maxShortfallHours: 5, maxOnCallShortDays: 1 });
    expect(v.acceptable).toBe(true);
    expect(v.notes?.[0]).toMatch(/^kept as published until 2025-12-16, and short there: 2025-12-14 1 on-call;/);
  });

  it("are not called kept where a published row could not be kept (an agent left), nor on a first plan", () => {
    const row = { date: "2025-12-14", agentId: "a9", name: "Gone", seniority: "experienced" as const, shift: "day", start: "09:00", end: "17:00", hours: 8, cost: 200 };
    expect(kept({ shortfall, maxShortfallHours: 5 }, { frozenDropped: [row] }).notes).toBeUndefined();
    expect(verdict(inputs({ shortfall, maxShortfallHours: 5 })).notes).toBeUndefined();
  });
});
