// Erlang B and C (M/M/N queues): service level, waiting, occupancy and the fewest agents for a target; no factorials.

/** One interval's traffic: volume in the interval, its length, and the average handle time. */
export interface Traffic {
  /** contacts offered in the interval */
  volume: number;
  intervalSeconds: number;
  ahtSeconds: number;
}

/** Offered load in erlangs: the average number of contacts in service at once. */
export function trafficErlangs(t: Traffic): number {
  return (t.volume * t.ahtSeconds) / t.intervalSeconds;
}

/**
 * log B(n, A), Erlang B, by the recursion B(0) = 1, B(k) = A·B(k-1) / (k + A·B(k-1)), carried in log space
 * so that a tiny B (n far above A) underflows to -Infinity only when it really is below 1e-308^k.
 */
export function logErlangB(n: number, a: number): number {
  if (a <= 0) return n === 0 ? 0 : -Infinity;
  const logA = Math.log(a);
  let logB = 0;
  for (let k = 1; k <= n; k++) logB = logA + logB - Math.log(k + a * Math.exp(logB));
  return logB;
}

export function erlangB(n: number, a: number): number {
  return Math.exp(logErlangB(n, a));
}

/** Erlang C from Erlang B: C = N·B / (N − A(1 − B)); 1 when N ≤ A (the queue grows without bound). */
export function erlangCFromB(n: number, a: number, b: number): number {
  if (a <= 0) return 0;
  if (n <= a) return 1;
  return (n * b) / (n - a * (1 - b));
}

/** Probability that a contact waits at all, P(W > 0), with N agents and A erlangs. */
export function erlangC(n: number, a: number): number {
  return erlangCFromB(n, a, erlangB(n, a));
}

/** What N agents give on a queue of A erlangs: all as shares, ASA in seconds. */
export interface QueueMetrics {
  agents: number;
  trafficErlangs: number;
  /** share answered within the answer time (abandoned contacts count as not answered) */
  serviceLevel: number;
  probWait: number;
  /** mean wait over all contacts, seconds; null when the queue is unstable */
  asaSeconds: number | null;
  /** share of agents' time busy with contacts */
  occupancy: number;
  /** false when N ≤ A: the queue grows without bound (Erlang C only) */
  stable: boolean;
  /** share of contacts that hang up before an answer (Erlang A; 0 for Erlang C) */
  abandonRate: number;
}

/** SL = 1 − C·e^(−(N−A)·t/AHT), ASA = C·AHT/(N−A), occupancy = A/N. */
export function erlangCMetrics(n: number, a: number, ahtSeconds: number, answerSeconds: number, b = erlangB(n, a)): QueueMetrics {
  if (a <= 0) return { agents: n, trafficErlangs: 0, serviceLevel: 1, probWait: 0, asaSeconds: 0, occupancy: 0, stable: true, abandonRate: 0 };
  if (n <= a) {
    return { agents: n, trafficErlangs: a, serviceLevel: 0, probWait: 1, asaSeconds: null, occupancy: n === 0 ? 1 : Math.min(1, a / n), stable: false, abandonRate: 0 };
  }
  const c = erlangCFromB(n, a, b);
  const serviceLevel = 1 - c * Math.exp((-(n - a) * answerSeconds) / ahtSeconds);
  return { agents: n, trafficErlangs: a, serviceLevel, probWait: c, asaSeconds: (c * ahtSeconds) / (n - a), occupancy: a / n, stable: true, abandonRate: 0 };
}

export interface Target {
  /** share to answer within answerSeconds, 0 < target < 1 */
  target: number;
  answerSeconds: number;
  /** cap on occupancy, (0, 1]; 1 when absent */
  maxOccupancy?: number;
}

/** A staffing answer: the metrics at the fewest agents, or why there is none. */
export type StaffingResult = { status: "ok"; metrics: QueueMetrics } | { status: "unreachable"; reason: string };

/**
 * Safety bound on the search: far above anything a target below 1 needs, so hitting it means the
 * target cannot be met (e.g. a share of 1.0), not that the queue is merely large.
 */
export function searchCeiling(a: number, maxOccupancy: number): number {
  return Math.ceil(a / maxOccupancy + 20 * Math.sqrt(a + 1) + 200);
}

/**
 * The fewest agents N whose Erlang C service level reaches the target with occupancy A/N ≤ maxOccupancy.
 * B is carried forward from N to N+1, so the search costs O(N) in all, even for thousands of agents.
 */
export function erlangCAgents(a: number, ahtSeconds: number, goal: Target): StaffingResult {
  const maxOcc = goal.maxOccupancy ?? 1;
  if (a <= 0) return { status: "ok", metrics: erlangCMetrics(0, 0, ahtSeconds, goal.answerSeconds) };
  // Stability needs N > A; the occupancy cap needs N ≥ A/maxOcc (the epsilon keeps 10/0.5 at 20, not 21).
  let n = Math.max(Math.floor(a) + 1, Math.ceil(a / maxOcc - 1e-9));
  let logB = logErlangB(n, a);
  const ceiling = searchCeiling(a, maxOcc);
  for (; n <= ceiling; n++) {
    const m = erlangCMetrics(n, a, ahtSeconds, goal.answerSeconds, Math.exp(logB));
    if (m.stable && m.serviceLevel >= goal.target - 1e-12 && m.occupancy <= maxOcc + 1e-12) return { status: "ok", metrics: m };
    logB = Math.log(a) + logB - Math.log(n + 1 + a * Math.exp(logB));
  }
  return { status: "unreachable", reason: `not reached with up to ${ceiling} agents` };
}

/** Headcount to schedule so that `agents` are on contacts after shrinkage (breaks, training, absence). */
export function withShrinkage(agents: number, shrinkage: number): number {
  // The epsilon keeps 14/(1−0.3) = 20.000000000000004 at 20.
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}
