// Erlang A (M/M/N+M, Palm 1946): Erlang C plus customers who hang up after an exponential patience.
import { logErlangB, searchCeiling, type QueueMetrics, type StaffingResult, type Target } from "./erlang.js";

export interface ImpatientQueue {
  /** offered load in erlangs (arrival rate × AHT) */
  a: number;
  ahtSeconds: number;
  /** mean patience before hanging up, seconds */
  patienceSeconds: number;
}

const logSumExp = (xs: readonly number[]): number => {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
};

/**
 * Stationary law of the birth–death chain, relative to the state "all N agents busy, nobody waiting":
 * below N it is Erlang B's (sum of p_n/p_N for n < N is 1/B − 1); in queue position j it is
 * q_j = Π_{i=1..j} λ/(Nμ + iθ). Everything is kept in logs, so a 700-agent queue neither overflows nor underflows.
 */
function stationary(n: number, q: ImpatientQueue): { logLow: number; logQ: number[]; logTotal: number } {
  const mu = 1 / q.ahtSeconds;
  const theta = 1 / q.patienceSeconds;
  const lambda = q.a * mu;
  const logB = logErlangB(n, q.a);
  // log(1/B − 1) = log(1 − B) − log B; with N = 0 there is no "below N" part.
  const logLow = n === 0 ? -Infinity : Math.log1p(-Math.exp(logB)) - logB;
  const logQ: number[] = [0];
  let peak = 0;
  for (let j = 1; ; j++) {
    const next = (logQ[j - 1] ?? 0) + Math.log(lambda) - Math.log(n * mu + j * theta);
    logQ.push(next);
    if (next > peak) peak = next;
    // Past the mode the terms fall geometrically; stop once they are e^-40 below the largest.
    if (n * mu + j * theta > lambda && next < Math.max(peak, logLow) - 40) break;
    if (j > 5_000_000) break;
  }
  return { logLow, logQ, logTotal: logSumExp([logLow, ...logQ]) };
}

/**
 * P(served within t) for a contact that finds j ahead of it in the queue, summed over j with weights w_j.
 * The tagged contact moves up at rate Nμ + jθ (a service ends or someone ahead hangs up), is answered from the
 * head at rate Nμ, and hangs up itself at rate θ. The transient law of this pure-death chain is computed by
 * uniformisation (only positive terms, so no cancellation), in short steps so e^(−Λ·Δ) never underflows.
 */
function servedWithin(n: number, q: ImpatientQueue, weights: readonly number[], tSeconds: number): number {
  if (tSeconds <= 0 || n === 0) return 0;
  const mu = 1 / q.ahtSeconds;
  const theta = 1 / q.patienceSeconds;
  const size = weights.length;
  const rate = n * mu + (size - 1) * theta + theta;
  // A waiting contact hangs up at rate θ whatever else happens, so it is still waiting after t with probability at
  // most e^(−θt): past 40 mean patiences the answer no longer moves (e^−40), and a longer horizon only costs steps
  // (an answer target of a day with 1 s patience took minutes).
  const horizon = Math.min(tSeconds, 40 * q.patienceSeconds);
  const steps = Math.max(1, Math.ceil((rate * horizon) / 30));
  const lt = (rate * horizon) / steps;
  let u = Float64Array.from(weights);
  // `served` is the absorbing state's mass; each uniformised jump moves (Nμ/Λ) of the head's mass into it.
  let served = 0;
  for (let s = 0; s < steps; s++) {
    let v = u;
    let vServed = served;
    let pk = Math.exp(-lt);
    let mass = pk;
    const acc = new Float64Array(size);
    for (let j = 0; j < size; j++) acc[j] = pk * (v[j] ?? 0);
    let accServed = pk * vServed;
    for (let k = 1; mass < 1 - 1e-14 && k < 10_000; k++) {
      const w = new Float64Array(size);
      for (let j = 0; j < size; j++) {
        const x = v[j] ?? 0;
        if (x === 0) continue;
        const move = n * mu + j * theta;
        if (j === 0) vServed += (x * move) / rate;
        else w[j - 1] = (w[j - 1] ?? 0) + (x * move) / rate;
        w[j] = (w[j] ?? 0) + x * (1 - (move + theta) / rate);
      }
      v = w;
      pk *= lt / k;
      mass += pk;
      for (let j = 0; j < size; j++) acc[j] = (acc[j] ?? 0) + pk * (v[j] ?? 0);
      accServed += pk * vServed;
    }
    for (let j = 0; j < size; j++) acc[j] = (acc[j] ?? 0) / mass;
    u = acc;
    served = accServed / mass;
  }
  return served;
}

/**
 * What N agents give on an Erlang A queue. Service level = answered within t (hang-ups count as misses),
 * probWait = P(all agents busy on arrival), abandonRate = θ·E[queue]/λ, ASA = mean wait of all contacts
 * (E[queue]/λ, Little's law, as 4CallCenters and pyworkforce report it), occupancy = carried load / N.
 */
export function erlangAMetrics(n: number, q: ImpatientQueue, answerSeconds: number): QueueMetrics {
  if (q.a <= 0) return { agents: n, trafficErlangs: 0, serviceLevel: 1, probWait: 0, asaSeconds: 0, occupancy: 0, stable: true, abandonRate: 0 };
  const { logLow, logQ, logTotal } = stationary(n, q);
  const probWait = Math.exp(logSumExp(logQ) - logTotal);
  const logMeanQueue = logSumExp(logQ.map((x, j) => (j === 0 ? -Infinity : x + Math.log(j))));
  const meanQueue = Math.exp(logMeanQueue - logTotal);
  const lambda = q.a / q.ahtSeconds;
  const abandonRate = Math.min(1, meanQueue / q.patienceSeconds / lambda);
  // Weights below e^-40 of the total cannot move the answer; dropping them keeps the chain short.
  const weights: number[] = [];
  for (const x of logQ) weights.push(Math.exp(x - logTotal));
  while (weights.length > 1 && (weights[weights.length - 1] ?? 0) < 1e-18) weights.pop();
  const immediate = Math.exp(logLow - logTotal);
  const serviceLevel = Math.min(1, immediate + servedWithin(n, q, weights, answerSeconds));
  return {
    agents: n,
    trafficErlangs: q.a,
    serviceLevel,
    probWait,
    asaSeconds: meanQueue / lambda,
    occupancy: n === 0 ? 1 : (q.a * (1 - abandonRate)) / n,
    stable: true,
    abandonRate,
  };
}

/**
 * The fewest agents whose Erlang A service level reaches the target with occupancy at most the cap.
 * Both improve with every agent added, so a doubling search then bisection finds the edge in O(log N) evaluations.
 */
export function erlangAAgents(q: ImpatientQueue, goal: Target): StaffingResult {
  const maxOcc = goal.maxOccupancy ?? 1;
  if (q.a <= 0) return { status: "ok", metrics: erlangAMetrics(0, q, goal.answerSeconds) };
  const ok = (n: number): QueueMetrics | undefined => {
    const m = erlangAMetrics(n, q, goal.answerSeconds);
    return m.serviceLevel >= goal.target - 1e-12 && m.occupancy <= maxOcc + 1e-12 ? m : undefined;
  };
  const ceiling = searchCeiling(q.a, maxOcc);
  let lo = 0; // known to fail (0 agents answer nobody)
  let hi = 1;
  while (hi <= ceiling && ok(hi) === undefined) {
    lo = hi;
    hi *= 2;
  }
  if (hi > ceiling) {
    if (ok(ceiling) === undefined) return { status: "unreachable", reason: `not reached with up to ${ceiling} agents` };
    hi = ceiling;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid) === undefined) lo = mid;
    else hi = mid;
  }
  return { status: "ok", metrics: erlangAMetrics(hi, q, goal.answerSeconds) };
}
