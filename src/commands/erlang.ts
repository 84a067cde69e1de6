// `peakplan erlang`: the what-if calculator: agents for a service level, or the service N agents give.
import { InputError } from "../errors.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { withShrinkage } from "../staff/erlang.js";
import { QUEUE_LIMITS, queueTooLarge, serviceOf, staffQueue, type QueueSpec } from "../staff/queue.js";

export interface ErlangOptions {
  volume: number;
  intervalMinutes?: number;
  aht: number;
  target?: number;
  answerSeconds?: number;
  maxOccupancy?: number;
  shrinkage?: number;
  concurrency?: number;
  patience?: number;
  agents?: number;
  json?: boolean;
}

/** The JSON contract: these six keys first, in this order; the rest may follow. */
export interface ErlangResult {
  agents: number;
  agentsWithShrinkage: number;
  serviceLevel: number;
  probWait: number;
  /** null when the agents cannot keep up (Erlang C with N ≤ A) */
  asaSeconds: number | null;
  occupancy: number;
  model: "erlang-c" | "erlang-a";
  trafficErlangs: number;
  concurrency: number;
  stable: boolean;
  abandonRate?: number;
  /** what Erlang C would ask for on the same queue, shown next to Erlang A */
  erlangCAgents?: number;
}

const MAX = { volume: 1_000_000, agents: 2 * QUEUE_LIMITS.maxErlangs } as const;

const bad = (option: string, value: unknown, expected: string): InputError => new InputError(option, undefined, `${String(value)}; expected ${expected}`);

function validate(o: ErlangOptions): QueueSpec & { shrinkage: number } {
  const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  // Maximums (README, "Hardening"): a number past them is a typo, and huge values made the search run until killed.
  if (!num(o.volume) || o.volume < 0 || o.volume > MAX.volume) throw bad("--volume", o.volume, `a number of contacts from 0 to ${MAX.volume.toLocaleString("en-US")}`);
  const interval = o.intervalMinutes ?? 30;
  if (!num(interval) || interval <= 0 || interval > 1440) throw bad("--interval-minutes", interval, "a positive number of minutes up to 1440 (a day), e.g. 30");
  if (!num(o.aht) || o.aht <= 0 || o.aht > 86_400) throw bad("--aht", o.aht, "a positive average handle time in seconds up to 86400, e.g. 180");
  const target = o.target ?? 0.8;
  if (!num(target) || target <= 0 || target >= 1) throw bad("--target", target, "a share strictly between 0 and 1, e.g. 0.8 (a share of 1 can never be promised)");
  const answerSeconds = o.answerSeconds ?? 20;
  if (!num(answerSeconds) || answerSeconds < 0 || answerSeconds > 86_400) throw bad("--answer-seconds", answerSeconds, "seconds from 0 to 86400");
  if (o.maxOccupancy !== undefined && (!num(o.maxOccupancy) || o.maxOccupancy <= 0 || o.maxOccupancy > 1)) {
    throw bad("--max-occupancy", o.maxOccupancy, "a share above 0 and at most 1, e.g. 0.85");
  }
  const shrinkage = o.shrinkage ?? 0;
  if (!num(shrinkage) || shrinkage < 0 || shrinkage >= 1) throw bad("--shrinkage", shrinkage, "a share from 0 up to (not including) 1, e.g. 0.3");
  const concurrency = o.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 10) throw bad("--concurrency", concurrency, "a whole number of contacts at once, 1 to 10");
  if (o.patience !== undefined && (!num(o.patience) || o.patience < 1 || o.patience > 86_400)) throw bad("--patience", o.patience, "a mean patience in seconds from 1 to 86400, e.g. 120");
  if (o.agents !== undefined && (!Number.isInteger(o.agents) || o.agents < 0 || o.agents > MAX.agents)) throw bad("--agents", o.agents, `a whole number of agents from 0 to ${MAX.agents.toLocaleString("en-US")}`);
  const spec: QueueSpec & { shrinkage: number } = {
    volume: o.volume,
    intervalSeconds: interval * 60,
    ahtSeconds: o.aht,
    target,
    answerSeconds,
    concurrency,
    shrinkage,
  };
  if (o.maxOccupancy !== undefined) spec.maxOccupancy = o.maxOccupancy;
  if (o.patience !== undefined) spec.patienceSeconds = o.patience;
  const tooLarge = queueTooLarge(spec);
  if (tooLarge !== undefined) throw bad("--volume", o.volume, `a queue within the limits; this one is ${tooLarge} (volume x AHT / interval)`);
  return spec;
}

/** Pure part of the command: validated options in, the answer out. */
export function computeErlang(options: ErlangOptions): ErlangResult {
  const spec = validate(options);
  let answer;
  if (options.agents !== undefined) {
    answer = serviceOf(spec, options.agents);
  } else {
    const found = staffQueue(spec);
    if (found.status !== "ok") {
      const what = spec.maxOccupancy !== undefined ? "--target (with --max-occupancy)" : "--target";
      throw new InputError(what, undefined, `${spec.target} within ${spec.answerSeconds} s is ${found.reason}; expected a target the queue can reach`);
    }
    answer = found.answer;
  }
  const m = answer.metrics;
  const result: ErlangResult = {
    agents: answer.agents,
    agentsWithShrinkage: withShrinkage(answer.agents, spec.shrinkage),
    serviceLevel: m.serviceLevel,
    probWait: m.probWait,
    asaSeconds: m.asaSeconds,
    occupancy: m.occupancy,
    model: answer.model,
    trafficErlangs: m.trafficErlangs,
    concurrency: spec.concurrency,
    stable: m.stable,
  };
  if (answer.model === "erlang-a") {
    result.abandonRate = m.abandonRate;
    const { patienceSeconds: _drop, ...asC } = spec;
    const c = staffQueue(asC);
    if (c.status === "ok") result.erlangCAgents = c.answer.agents;
  }
  return result;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export async function erlangCommand(options: ErlangOptions, printer: Printer = stdPrinter()): Promise<ErlangResult> {
  const r = computeErlang(options);
  if (options.json) {
    printer.out(JSON.stringify(r, null, 2));
    return r;
  }
  const spec = validate(options);
  const label = r.model === "erlang-a" ? `Erlang A (mean patience ${spec.patienceSeconds} s)` : "Erlang C";
  const lines = [
    `${label}: ${spec.volume} contacts per ${spec.intervalSeconds / 60} min, AHT ${spec.ahtSeconds} s = ${r.trafficErlangs.toFixed(2)} erlangs` +
      (spec.concurrency > 1 ? `, ${spec.concurrency} at once per agent` : ""),
    `  agents                ${r.agents}${options.agents === undefined ? "" : " (given)"}`,
    `  to schedule           ${r.agentsWithShrinkage} (shrinkage ${pct(spec.shrinkage)})`,
    `  service level         ${pct(r.serviceLevel)} answered within ${spec.answerSeconds} s (target ${pct(spec.target)})`,
    `  probability of wait   ${pct(r.probWait)}`,
    `  average speed answer  ${r.asaSeconds === null ? "unbounded: the queue grows without end" : `${r.asaSeconds.toFixed(1)} s`}`,
    `  occupancy             ${pct(r.occupancy)}`,
  ];
  if (r.abandonRate !== undefined) lines.push(`  abandon rate          ${pct(r.abandonRate)}`);
  if (r.erlangCAgents !== undefined) lines.push(`  Erlang C would ask    ${r.erlangCAgents} agents`);
  if (!r.stable) lines.push(printer.c.yellow(`  ${r.agents} agents cannot keep up with ${r.trafficErlangs.toFixed(2)} erlangs: add agents or give a --patience`));
  printer.out(lines.join("\n"));
  return r;
}
