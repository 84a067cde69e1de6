// Erlang B/C against published cases, a large team checked against an independent log-space sum, and monotonicity.
//
// Sources of the published figures:
// - The classic case (100 contacts / 30 min, AHT 180 s, 80 % in 20 s → 14 agents, SL 0.888, P(wait) 0.174,
//   ASA 7.8 s, occupancy 0.714, 20 with 30 % shrinkage): pyworkforce's Erlang C tutorial
//   (https://pyworkforce.readthedocs.io/en/0.5.2/tutorials/erlangc_example.html, and the PyPI page of
//   pyworkforce 0.1.0, which prints SL 0.8883500191794669, P(wait) 0.1741319335950498), and the CRAN package
//   ErlangC 0.1.0 README (https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html: ASA 7.83593701177724 s).
// - turbotab (https://pypi.org/project/turbotab/): 25 contacts per 600 s, AHT 180 s, 80 % in 20 s, 30 % shrinkage
//   → 11 productive agents, 16 scheduled.
// - Telefonica's Erlang C calculator manual (http://personal.telefonica.terra.es/web/vr/erlang/eng/mcerlc.htm):
//   600 calls an hour of 120 s = 20 erlangs; a 15 % delay-probability target needs 26 circuits, average delay
//   about 3 s a call; 30 circuits bring the delay probability down to 2.5 %.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erlangB, erlangC, erlangCAgents, erlangCMetrics, trafficErlangs, withShrinkage } from "../../src/staff/erlang.js";

const round3 = (x: number | null): number => Math.round((x ?? NaN) * 1000) / 1000;

describe("Erlang C: the classic published case", () => {
  const a = trafficErlangs({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 });
  it("is 10 erlangs", () => expect(a).toBe(10));
  it("needs 14 agents for 80 % in 20 s, with SL 0.888, P(wait) 0.174, ASA 7.836 s, occupancy 0.714", () => {
    const r = erlangCAgents(a, 180, { target: 0.8, answerSeconds: 20, maxOccupancy: 0.85 });
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.metrics.agents).toBe(14);
    expect(round3(r.metrics.serviceLevel)).toBe(0.888);
    expect(round3(r.metrics.probWait)).toBe(0.174);
    expect(round3(r.metrics.asaSeconds)).toBe(7.836);
    expect(round3(r.metrics.occupancy)).toBe(0.714);
    expect(withShrinkage(r.metrics.agents, 0.3)).toBe(20);
  });
  it("13 agents miss the target (so 14 is the fewest)", () => {
    expect(erlangCMetrics(13, a, 180, 20).serviceLevel).toBeLessThan(0.8);
  });
});

describe("Erlang C: more published cases", () => {
  it("turbotab: 25 contacts per 10 min, AHT 180 s, 80/20 → 11 agents, 16 after 30 % shrinkage", () => {
    const r = erlangCAgents(7.5, 180, { target: 0.8, answerSeconds: 20 });
    expect(r.status === "ok" && r.metrics.agents).toBe(11);
    expect(withShrinkage(11, 0.3)).toBe(16);
  });
  it("Telefonica: 20 erlangs need 26 agents for P(wait) ≤ 15 %; 30 agents give 2.5 %", () => {
    expect(erlangC(25, 20)).toBeGreaterThan(0.15);
    expect(erlangC(26, 20)).toBeLessThanOrEqual(0.15);
    expect(erlangCMetrics(26, 20, 120, 0).asaSeconds).toBeCloseTo(3, 0);
    expect(erlangC(30, 20)).toBeCloseTo(0.025, 3);
  });
  it("Erlang B matches the textbook value B(10, 10) = 0.2146", () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.2146, 4);
  });
});

/** Erlang C by the textbook sum, in log space (an independent route: no recursion shared with the code). */
function erlangCBySum(n: number, a: number): number {
  const terms: number[] = [];
  let logTerm = 0; // log(A^k / k!)
  for (let k = 0; k < n; k++) {
    terms.push(logTerm);
    logTerm += Math.log(a) - Math.log(k + 1);
  }
  const last = logTerm + Math.log(n / (n - a));
  const m = Math.max(last, ...terms);
  const sum = terms.reduce((s, t) => s + Math.exp(t - m), 0) + Math.exp(last - m);
  return Math.exp(last - m) / sum;
}

describe("Erlang C: large teams", () => {
  it("2,000 contacts per 15 minutes at AHT 300 s: finite, and equal to the log-space textbook sum", () => {
    const a = trafficErlangs({ volume: 2000, intervalSeconds: 900, ahtSeconds: 300 });
    const r = erlangCAgents(a, 300, { target: 0.8, answerSeconds: 20 });
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    const n = r.metrics.agents;
    expect(n).toBeGreaterThan(a);
    expect(n).toBeLessThan(a * 1.05);
    expect(r.metrics.probWait).toBeCloseTo(erlangCBySum(n, a), 10);
    expect(erlangCMetrics(n - 1, a, 300, 20).serviceLevel).toBeLessThan(0.8);
    expect(Number.isFinite(r.metrics.asaSeconds ?? NaN)).toBe(true);
  });
  it("20,000 contacts per 15 minutes still gives a probability between 0 and 1", () => {
    const a = trafficErlangs({ volume: 20000, intervalSeconds: 900, ahtSeconds: 300 });
    const r = erlangCAgents(a, 300, { target: 0.8, answerSeconds: 20 });
    expect(r.status === "ok" && r.metrics.probWait).toBeGreaterThan(0);
    expect(r.status === "ok" && r.metrics.probWait).toBeLessThan(1);
  });
});

describe("Erlang C: edges", () => {
  it("no traffic needs no agents", () => {
    const r = erlangCAgents(0, 180, { target: 0.8, answerSeconds: 20 });
    expect(r.status === "ok" && r.metrics.agents).toBe(0);
  });
  it("N ≤ A is unstable: everyone waits, ASA unbounded", () => {
    const m = erlangCMetrics(10, 10, 180, 20);
    expect(m.stable).toBe(false);
    expect(m.probWait).toBe(1);
    expect(m.asaSeconds).toBeNull();
  });
  it("the occupancy cap can bind before the service level: 10 erlangs at 50 % occupancy need 20", () => {
    const r = erlangCAgents(10, 180, { target: 0.5, answerSeconds: 20, maxOccupancy: 0.5 });
    expect(r.status === "ok" && r.metrics.agents).toBe(20);
  });
  it("a zero answer time means the share answered at once: P(wait) ≤ 1 − target", () => {
    const r = erlangCAgents(10, 180, { target: 0.8, answerSeconds: 0 });
    expect(r.status === "ok" && r.metrics.probWait).toBeLessThanOrEqual(0.2);
  });
});

describe("Erlang C: properties (fast-check, seeded)", () => {
  const agentsFor = (a: number, t: number, target: number): number => {
    const r = erlangCAgents(a, 300, { target, answerSeconds: t, maxOccupancy: 0.85 });
    if (r.status !== "ok") throw new Error(r.reason);
    return r.metrics.agents;
  };
  it("more volume never needs fewer agents", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 300 }), (a, extra, t) => {
        expect(agentsFor(a + extra, t, 0.8)).toBeGreaterThanOrEqual(agentsFor(a, t, 0.8));
      }),
      { seed: 4, numRuns: 200 },
    );
  });
  it("a longer answer target never needs more agents", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, t, more) => {
        expect(agentsFor(a, t + more, 0.8)).toBeLessThanOrEqual(agentsFor(a, t, 0.8));
      }),
      { seed: 44, numRuns: 200 },
    );
  });
});
