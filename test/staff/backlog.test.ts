// The backlog rule: every plan is replayed first-in-first-out; no message late, nothing idle, fewest agent-hours.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backlogAgents, replayBacklog, responseWindow, type BacklogHour } from "../../src/staff/backlog.js";

/** Two days of hours, open 07-22, with the given arrivals per hour (mail comes at night too). */
function days(arrivals: (i: number) => number, n = 48): BacklogHour[] {
  return Array.from({ length: n }, (_, i) => ({ open: i % 24 >= 7 && i % 24 < 22, arrivals: arrivals(i) }));
}
const email = { ahtSeconds: 480, responseHours: 4 };
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe("backlog plan replayed", () => {
  const hours = days((i) => 5 + (i % 7));
  const plan = backlogAgents(hours, email);
  it("answers every message within 4 open hours, with no backlog at the end", () => {
    const r = replayBacklog(hours, email, plan.agents);
    expect(r.late).toBe(0);
    expect(r.unanswered).toBe(0);
    expect(r.maxOpenHoursToAnswer).toBeLessThanOrEqual(4);
    expect(r.idleAgentHours).toBeCloseTo(0, 9);
  });
  it("plans exactly the workload (messages × AHT), so no plan that answers all can use fewer agent-hours", () => {
    const placeable = sum(hours.map((h) => h.arrivals)) - plan.unplaceable;
    expect(sum(plan.agents)).toBeCloseTo((placeable * 480) / 3600, 9);
    const less = plan.agents.map((x) => x * 0.97);
    const r = replayBacklog(hours, email, less);
    expect(r.late + r.unanswered).toBeGreaterThan(0);
  });
  it("asks for nobody while closed; night mail is worked from opening, spread over the first 4 open hours", () => {
    hours.forEach((h, i) => {
      if (!h.open) expect(plan.agents[i]).toBe(0);
    });
    // 07:00 on day 2 carries a quarter of: the evening mail of 19-21 (the clock runs in open hours, so its
    // window reaches into the morning), the whole night pile (its clock starts at 07:00), and 07:00's own mail.
    const shares = sum(hours.slice(19, 32).map((h) => h.arrivals)) / 4;
    expect(plan.agents[31]).toBeCloseTo((shares * 480) / 3600, 9);
  });
  it("the replay catches a plan that waits too long", () => {
    // Everything done in one hour, late in the day: the morning mail breaches.
    const lazy = hours.map((h, i) => (i === 20 ? 100 : 0));
    expect(replayBacklog(hours, email, lazy).late).toBeGreaterThan(0);
  });
  it("a message arriving after the last open hour is reported, not planned", () => {
    expect(plan.unplaceable).toBeCloseTo(sum(hours.slice(46).map((h) => h.arrivals)), 9);
  });
  it("counts the response window in whole open hours, at least one", () => {
    expect(responseWindow(4)).toBe(4);
    expect(responseWindow(1.5)).toBe(1);
    expect(responseWindow(0.5)).toBe(1);
  });
});

describe("backlog properties (fast-check, seeded)", () => {
  const arb = fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 48, maxLength: 48 });
  it("every plan replays with nothing late", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 12 }), (a, r) => {
        const hours = days((i) => a[i] ?? 0);
        const spec = { ahtSeconds: 360, responseHours: r };
        const rep = replayBacklog(hours, spec, backlogAgents(hours, spec).agents);
        expect(rep.late).toBeLessThan(1e-6);
        expect(rep.unanswered).toBeLessThan(1e-6);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
  it("more volume never needs fewer agents, in any hour", () => {
    fc.assert(
      fc.property(arb, arb, (a, extra) => {
        const base = backlogAgents(days((i) => a[i] ?? 0), email).agents;
        const more = backlogAgents(days((i) => (a[i] ?? 0) + (extra[i] ?? 0)), email).agents;
        more.forEach((x, i) => expect(x).toBeGreaterThanOrEqual((base[i] ?? 0) - 1e-9));
      }),
      { seed: 8, numRuns: 150 },
    );
  });
  it("a longer response target never needs more agent-hours by any hour (it can only defer work)", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 8 }), (a, r, more) => {
        const hours = days((i) => a[i] ?? 0);
        const short = backlogAgents(hours, { ahtSeconds: 480, responseHours: r }).agents;
        const long = backlogAgents(hours, { ahtSeconds: 480, responseHours: r + more }).agents;
        let cs = 0;
        let cl = 0;
        short.forEach((x, i) => {
          cs += x;
          cl += long[i] ?? 0;
          expect(cl).toBeLessThanOrEqual(cs + 1e-9);
        });
        expect(cl).toBeCloseTo(cs, 9);
      }),
      { seed: 9, numRuns: 150 },
    );
  });
});
