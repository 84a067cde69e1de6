// One live queue (phone, chat) staffed for a service level: Erlang C, or Erlang A with patience, and chat concurrency.
import { erlangAAgents, erlangAMetrics } from "./erlang-a.js";
import { erlangCAgents, erlangCMetrics, trafficErlangs, type QueueMetrics } from "./erlang.js";

export interface QueueSpec {
  /** contacts offered in the interval */
  volume: number;
  intervalSeconds: number;
  /** handle time of one contact; for chat the elapsed time of one conversation */
  ahtSeconds: number;
  target: number;
  answerSeconds: number;
  maxOccupancy?: number;
  /** contacts one agent works at once (chat); 1 for phone */
  concurrency: number;
  /** mean patience before hanging up; present = Erlang A */
  patienceSeconds?: number;
}

export interface QueueAnswer {
  model: "erlang-c" | "erlang-a";
  /**
   * Concurrency approximation: an agent with concurrency C is C parallel "slots", each working one contact for
   * its full AHT, and the queue is Erlang C (or A) on slots: M/M/(N·C). Agents = slots / C. We chose this over
   * "AHT / C on N servers" because a chat's handle time is measured as elapsed time with the other chats
   * interleaved, so a new chat really does wait for one of the slots to free up.
   */
  slots: number;
  /** slots / concurrency, unrounded: what this channel adds to the hour's multi-skilled total */
  agentLoad: number;
  /** whole agents for this queue alone: ceil(slots / concurrency) */
  agents: number;
  /** service at `agents` whole agents (their agents·C slots) */
  metrics: QueueMetrics;
}

export type QueueResult = { status: "ok"; answer: QueueAnswer } | { status: "unreachable"; reason: string };

function model(spec: QueueSpec): "erlang-c" | "erlang-a" {
  return spec.patienceSeconds !== undefined ? "erlang-a" : "erlang-c";
}

/** Service that `slots` slots give; metrics are per slot (occupancy = share of slot time busy). */
export function slotMetrics(spec: QueueSpec, slots: number): QueueMetrics {
  const a = trafficErlangs(spec);
  if (spec.patienceSeconds !== undefined) {
    return erlangAMetrics(slots, { a, ahtSeconds: spec.ahtSeconds, patienceSeconds: spec.patienceSeconds }, spec.answerSeconds);
  }
  return erlangCMetrics(slots, a, spec.ahtSeconds, spec.answerSeconds);
}

/**
 * The largest queues computed. Erlang C's search is linear in the agents (10,000 erlangs: ~10 ms); Erlang A's cost
 * grows with agents, queue length and the answer window, so it is held to 1,000 erlangs and an hour's window (about
 * 5 s at the worst corner). A single live queue of 10,000 erlangs is 10,000 agents busy at once on one channel,
 * far beyond any web shop; above these the search ran until killed.
 */
export const QUEUE_LIMITS = { maxErlangs: 10_000, maxErlangsA: 1_000, maxAnswerSecondsA: 3_600 } as const;

/** Why a queue is too large to compute, or undefined when it is within QUEUE_LIMITS. */
export function queueTooLarge(spec: QueueSpec): string | undefined {
  const a = trafficErlangs(spec);
  if (!(a <= QUEUE_LIMITS.maxErlangs)) return `${fmtErlangs(a)} erlangs, above the ${QUEUE_LIMITS.maxErlangs.toLocaleString("en-US")} a queue is computed for`;
  if (spec.patienceSeconds === undefined) return undefined;
  if (a > QUEUE_LIMITS.maxErlangsA) return `${fmtErlangs(a)} erlangs, above the ${QUEUE_LIMITS.maxErlangsA.toLocaleString("en-US")} Erlang A (with patience) is computed for`;
  if (spec.answerSeconds > QUEUE_LIMITS.maxAnswerSecondsA) return `an answer window of ${spec.answerSeconds} s, above the ${QUEUE_LIMITS.maxAnswerSecondsA} s Erlang A (with patience) is computed for`;
  return undefined;
}

const fmtErlangs = (a: number): string => a.toLocaleString("en-US", { maximumFractionDigits: 1 });

/** The fewest agents meeting the target and occupancy cap. */
export function staffQueue(spec: QueueSpec): QueueResult {
  const tooLarge = queueTooLarge(spec);
  if (tooLarge !== undefined) return { status: "unreachable", reason: `not computed: ${tooLarge}` };
  const a = trafficErlangs(spec);
  const goal = { target: spec.target, answerSeconds: spec.answerSeconds, maxOccupancy: spec.maxOccupancy ?? 1 };
  const found =
    spec.patienceSeconds !== undefined
      ? erlangAAgents({ a, ahtSeconds: spec.ahtSeconds, patienceSeconds: spec.patienceSeconds }, goal)
      : erlangCAgents(a, spec.ahtSeconds, goal);
  if (found.status !== "ok") return found;
  const slots = found.metrics.agents;
  const agents = Math.ceil(slots / spec.concurrency);
  const metrics = agents * spec.concurrency === slots ? found.metrics : slotMetrics(spec, agents * spec.concurrency);
  return { status: "ok", answer: { model: model(spec), slots, agentLoad: slots / spec.concurrency, agents, metrics: { ...metrics, agents } } };
}

/** The reverse question: the service `agents` agents give. */
export function serviceOf(spec: QueueSpec, agents: number): QueueAnswer {
  const slots = agents * spec.concurrency;
  return { model: model(spec), slots, agentLoad: agents, agents, metrics: { ...slotMetrics(spec, slots), agents } };
}
