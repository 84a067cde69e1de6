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
  // The review's case: the standby need of a frozen day rose after publishing; the re-plan may not touch that day.
  const byDay = [
    { date: "2025-12-14", agentHours: 0, seniorHours: 0, standby: 1 },
    { date: "2025-12-20", agentHours: 3, seniorHours: 0, standby: 0 },
  ];
  const shortfall = { agentHours: 3, seniorHours: 0, standbyDays: 1, byDay };

  it("do not hold the plan back: their shortfall is the published roster's too, and is said in a note", () => {
    const base = inputs({ shortfall, maxShortfallHours: 5 });
    const v = verdict({ ...base, schedule: { ...base.schedule, keptUntil: "2025-12-16" } });
    expect(v.acceptable).toBe(true);
    expect(v.notes).toEqual([
      "kept as published until 2025-12-16, and short there: 2025-12-14 1 on-call; the re-plan cannot change those days, so cover them by hand (call-ins, overtime, a longer shift)",
    ]);
  });

  it("count where a published row could not be kept (an agent left): there the roster is not the one published", () => {
    const base = inputs({ shortfall, maxShortfallHours: 5 });
    const row = { date: "2025-12-14", agentId: "a9", name: "Gone", seniority: "experienced" as const, shift: "day", start: "09:00", end: "17:00", hours: 8, cost: 200 };
    const v = verdict({ ...base, schedule: { ...base.schedule, keptUntil: "2025-12-16", frozenDropped: [row] } });
    expect(v.reasons[0]).toMatch(/^1 on-call days unfilled/);
    expect(v.notes).toBeUndefined();
  });

  it("count as ever on a first plan (nothing kept) and after the kept days", () => {
    expect(verdict(inputs({ shortfall, maxShortfallHours: 5 })).reasons[0]).toMatch(/^1 on-call days unfilled/);
    const base = inputs({ shortfall, maxShortfallHours: 2 });
    expect(verdict({ ...base, schedule: { ...base.schedule, keptUntil: "2025-12-16" } }).reasons).toEqual(["shortfall 3 agent-hours is above the limit of 2"]);
  });
});
