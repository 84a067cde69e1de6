// Erlang A (M/M/N+M) against a published case, its Erlang C limit, and a large team.
//
// Published case: pyworkforce's Erlang A (exact birth–death computation), 100 contacts per 30 min, AHT 3 min,
// mean patience 5 min, 80 % in 20 s:
// - its user guide (https://pyworkforce.rodrigo-arenas.com/stable/guide/erlanga) prints for 80/20 with
//   max occupancy 0.85: raw_positions 13, positions 19 (30 % shrinkage), service_level 0.858, occupancy 0.750,
//   abandonment_probability 0.025, waiting_probability 0.226, average_speed_of_answer 0.125 min;
// - its regression test (rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_abandonment.py) pins, at
//   14 positions: waiting 0.14526, abandonment 0.013984, occupancy 0.704297, ASA 0.069919 min, SL 0.916792.
// The model is Palm's M/M/N+M as set out by Mandelbaum & Zeltyn, "The Palm/Erlang-A Queue, with Applications to
// Call Centers" (Technion, 2005), and Garnett, Mandelbaum & Reiman (2002), "Designing a call center with
// impatient customers", M&SOM 4(3).
import { describe, expect, it } from "vitest";
import { erlangAAgents, erlangAMetrics } from "../../src/staff/erlang-a.js";
import { erlangCAgents, erlangCMetrics, withShrinkage } from "../../src/staff/erlang.js";

const q = { a: 10, ahtSeconds: 180, patienceSeconds: 300 };
const round3 = (x: number | null): number => Math.round((x ?? NaN) * 1000) / 1000;

describe("Erlang A: pyworkforce's published case", () => {
  it("at 14 agents: P(wait) 0.145, abandon 0.014, occupancy 0.704, ASA 4.195 s, SL 0.917", () => {
    const m = erlangAMetrics(14, q, 20);
    expect(round3(m.probWait)).toBe(0.145);
    expect(m.probWait).toBeCloseTo(0.14526, 5);
    expect(m.abandonRate).toBeCloseTo(0.013984, 6);
    expect(m.occupancy).toBeCloseTo(0.704297, 6);
    expect((m.asaSeconds ?? NaN) / 60).toBeCloseTo(0.069919, 6);
    expect(m.serviceLevel).toBeCloseTo(0.916792, 6);
  });
  it("staffs 13 agents for 80/20 (Erlang C asks 14), SL 0.858, occupancy 0.750, abandon 0.025, P(wait) 0.226", () => {
    const r = erlangAAgents(q, { target: 0.8, answerSeconds: 20, maxOccupancy: 0.85 });
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.metrics.agents).toBe(13);
    expect(withShrinkage(13, 0.3)).toBe(19);
    expect(round3(r.metrics.serviceLevel)).toBe(0.858);
    expect(round3(r.metrics.occupancy)).toBe(0.75);
    expect(round3(r.metrics.abandonRate)).toBe(0.025);
    expect(round3(r.metrics.probWait)).toBe(0.226);
    expect(round3((r.metrics.asaSeconds ?? NaN) / 60)).toBe(0.125);
    const c = erlangCAgents(10, 180, { target: 0.8, answerSeconds: 20, maxOccupancy: 0.85 });
    expect(c.status === "ok" && c.metrics.agents).toBe(14);
  });
});

describe("Erlang A: limits and scale", () => {
  it("with near-infinite patience it is Erlang C", () => {
    for (const n of [11, 14, 20]) {
      const a = erlangAMetrics(n, { ...q, patienceSeconds: 1e9 }, 20);
      const c = erlangCMetrics(n, 10, 180, 20);
      expect(a.probWait).toBeCloseTo(c.probWait, 6);
      expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
      expect((a.asaSeconds ?? NaN) / (c.asaSeconds ?? NaN)).toBeCloseTo(1, 4);
    }
  });
  it("stays finite when overloaded (N < A): abandonment carries the excess", () => {
    const m = erlangAMetrics(8, q, 20);
    expect(m.abandonRate).toBeGreaterThan(0.15);
    expect(m.abandonRate).toBeLessThan(1);
    expect(m.occupancy).toBeLessThanOrEqual(1);
  });
  it("with no agents everyone hangs up", () => {
    const m = erlangAMetrics(0, q, 20);
    expect(m.serviceLevel).toBe(0);
    expect(m.abandonRate).toBeCloseTo(1, 9);
  });
  it("2,000 contacts per 15 minutes: a finite answer no larger than Erlang C's", () => {
    const big = { a: (2000 * 300) / 900, ahtSeconds: 300, patienceSeconds: 180 };
    const r = erlangAAgents(big, { target: 0.8, answerSeconds: 20, maxOccupancy: 0.95 });
    const c = erlangCAgents(big.a, 300, { target: 0.8, answerSeconds: 20, maxOccupancy: 0.95 });
    expect(r.status).toBe("ok");
    if (r.status !== "ok" || c.status !== "ok") return;
    expect(r.metrics.agents).toBeLessThanOrEqual(c.metrics.agents);
    expect(r.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangAMetrics(r.metrics.agents - 1, big, 20).serviceLevel < 0.8 || erlangAMetrics(r.metrics.agents - 1, big, 20).occupancy > 0.95).toBe(true);
  });
});
