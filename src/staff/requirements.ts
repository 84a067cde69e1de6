// From the hourly forecast to agents, seniors and standby per clock hour: the `staff` core (pure).
import { DateTime } from "luxon";
import { CHANNELS, isClosedDay, openingFor, type ChannelTarget, type Config } from "../config/types.js";
import { InputError } from "../errors.js";
import type { ForecastRow } from "../forecast/types.js";
import { hourKey, localDate } from "../time/hours.js";
import { peakDates, seasonYearOf } from "../time/events.js";
import { backlogAgents, type BacklogHour } from "./backlog.js";
import { withShrinkage } from "./erlang.js";
import { firstHourGap, hourGapMessage } from "./hour-gaps.js";
import { staffQueue } from "./queue.js";
import type { RequirementRow } from "./types.js";
import { storeZone } from "../time/zone.js";

export interface StaffOptions {
  /** IANA zone of the plan (default: config.timezone) */
  zone?: string;
  /** name of the forecast in error messages */
  source?: string;
}

export interface DailyRequirement {
  /** YYYY-MM-DD, local */
  date: string;
  peakAgents: number;
  agentHours: number;
  /** seniors wanted in the day's busiest hour */
  seniorsOnPeak: number;
  standby: number;
  /** Black Friday to Cyber Monday, or the last shipping day and the two days before */
  peak: boolean;
}

export interface StaffResult {
  rows: RequirementRow[];
  daily: DailyRequirement[];
  /** channel columns of requirements.csv, in a stable order */
  channels: string[];
  notes: string[];
}

interface Hour {
  dt: DateTime;
  date: string;
  closedDay: boolean;
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** A channel is open in a clock hour when any part of the hour falls inside that weekday's opening hours. */
function isOpen(config: Config, channel: string, hour: Hour): boolean {
  if (hour.closedDay) return false;
  const opening = openingFor(config.supportHours, channel, hour.dt.weekday);
  if (!opening) return false;
  const start = hour.dt.hour * 60 + hour.dt.minute;
  return start + 60 > minutesOf(opening.open) && start < minutesOf(opening.close);
}

function channelOrder(names: Iterable<string>): string[] {
  const known = CHANNELS as readonly string[];
  const rank = (n: string): number => (known.includes(n) ? known.indexOf(n) : n === "all" ? known.length : known.length + 1);
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Agents on contacts that one channel needs each hour, unrounded. Live queues (erlang-c) are staffed hour by hour
 * for their service level; closed hours get nothing (their contacts meet an auto-reply, not a queue). Backlogs
 * are planned over the whole horizon, because mail waits across hours and nights.
 */
function channelLoad(name: string, target: ChannelTarget, volumes: readonly number[], open: readonly boolean[], config: Config): { load: number[]; unplaceable: number } {
  if (target.model === "backlog") {
    const hours: BacklogHour[] = volumes.map((arrivals, i) => ({ arrivals, open: open[i] ?? false }));
    const plan = backlogAgents(hours, { ahtSeconds: target.ahtSeconds, responseHours: target.responseHours });
    return { load: plan.agents, unplaceable: plan.unplaceable };
  }
  const cache = new Map<number, number>();
  const load = volumes.map((volume, i) => {
    if (!open[i] || volume <= 0) return 0;
    const hit = cache.get(volume);
    if (hit !== undefined) return hit;
    const spec = {
      volume,
      intervalSeconds: 3600,
      ahtSeconds: target.ahtSeconds,
      target: target.target,
      answerSeconds: target.answerSeconds,
      maxOccupancy: config.maxOccupancy,
      concurrency: target.concurrency,
      ...(target.patienceSeconds !== undefined ? { patienceSeconds: target.patienceSeconds } : {}),
    };
    const r = staffQueue(spec);
    if (r.status !== "ok") {
      throw new InputError(config.file, `channels.${name}.target`, `${target.target} within ${target.answerSeconds} s is ${r.reason} at ${volume} contacts an hour; expected a reachable target`);
    }
    cache.set(volume, r.answer.agentLoad);
    return r.answer.agentLoad;
  });
  return { load, unplaceable: 0 };
}

/**
 * The requirement per clock hour. Where shrinkage applies: the queueing maths gives agents ON CONTACTS; the
 * requirement is the headcount to have ON SHIFT (what `schedule` rosters), so the hour's total over channels is
 * divided by (1 − shrinkage) and rounded up once: ceil(Σ channel agents / (1 − shrinkage)). Channel columns carry
 * each channel's share in the same on-shift unit, unrounded, so they add up to the total before its rounding.
 */
export function staffRequirements(forecast: readonly ForecastRow[], config: Config, options: StaffOptions = {}): StaffResult {
  const zone = options.zone ?? config.timezone;
  const source = options.source ?? "forecast";
  if (forecast.length === 0) throw new InputError(source, undefined, "no rows; expected one row per clock hour and channel");
  // Each hour's instant is parsed once, not once per channel row: luxon's ISO parse is the costly part of this loop.
  const parsed = new Map<string, number>();
  const ms = (key: string): number => {
    let t = parsed.get(key);
    if (t === undefined) parsed.set(key, (t = DateTime.fromISO(key, { setZone: true }).setZone(storeZone(zone)).startOf("hour").toMillis()));
    return t;
  };
  const instants = forecast.map((r) => ms(r.hourStart));
  // A missing hour is not an hour without contacts (hour-gaps.ts); the file reader names the line, this guards the rest.
  const gap = firstHourGap(forecast.map((r, k) => ({ channel: r.channel, ms: instants[k] ?? 0 })));
  if (gap) throw new InputError(source, undefined, hourGapMessage(gap, hourKey(DateTime.fromMillis(gap.missingMs, { zone: storeZone(zone) }))));
  let first = Infinity;
  let last = -Infinity;
  for (const t of instants) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  const hours: Hour[] = [];
  for (let t = first; t <= last; t += 3_600_000) {
    const dt = DateTime.fromMillis(t, { zone: storeZone(zone) });
    const date = localDate(dt);
    hours.push({ dt, date, closedDay: isClosedDay(config.closedDays, date) });
  }
  const channels = channelOrder(forecast.map((r) => r.channel));
  const expected = new Map<string, number[]>();
  const p90 = new Map<string, number[]>();
  for (const c of channels) {
    expected.set(c, new Array<number>(hours.length).fill(0));
    p90.set(c, new Array<number>(hours.length).fill(0));
  }
  forecast.forEach((r, k) => {
    const i = ((instants[k] ?? first) - first) / 3_600_000;
    const e = expected.get(r.channel);
    const q = p90.get(r.channel);
    if (e && q) {
      e[i] = (e[i] ?? 0) + r.volume;
      q[i] = (q[i] ?? 0) + Math.max(r.p90, r.volume);
    }
  });
  const notes: string[] = [];
  const keep = 1 / (1 - config.shrinkage);
  const loads = new Map<string, number[]>();
  const loads90 = new Map<string, number[]>();
  for (const c of channels) {
    const target = config.channels[c];
    if (!target) {
      const known = Object.keys(config.channels).join(", ");
      throw new InputError(source, `channel "${c}"`, `has no target in the config; expected one of ${known}, or a channels.${c} entry in the config`);
    }
    const open = hours.map((h) => isOpen(config, c, h));
    const base = channelLoad(c, target, expected.get(c) ?? [], open, config);
    loads.set(c, base.load);
    // The standby meets a queue's surprise in the hour it comes; a backlog's p90 waits within its response window
    // (and its hourly p90s must not stack), so a backlog channel stays at its expected plan in the p90 hour too.
    loads90.set(c, target.model === "backlog" ? base.load : channelLoad(c, target, p90.get(c) ?? [], open, config).load);
    if (base.unplaceable > 0) notes.push(`${c}: ${base.unplaceable.toFixed(1)} messages arrive after the plan's last open hour and are not planned`);
  }
  const agentsAt = (byChannel: Map<string, number[]>, i: number): number => {
    // Multi-skilled agents: sum the channels first, then apply shrinkage and round up, once per hour.
    const total = channels.reduce((s, c) => s + (byChannel.get(c)?.[i] ?? 0), 0);
    return total > 1e-9 ? withShrinkage(total, config.shrinkage) : 0;
  };
  const agents = hours.map((_, i) => agentsAt(loads, i));
  const agents90 = hours.map((_, i) => Math.max(agentsAt(loads90, i), agents[i] ?? 0));
  const peak = new Map<number, Set<string>>();
  const isPeak = (date: string): boolean => {
    const year = seasonYearOf(date);
    if (!peak.has(year)) peak.set(year, peakDates(year, config.events.lastShippingDay));
    return peak.get(year)?.has(date) ?? false;
  };
  const rows: RequirementRow[] = hours.map((h, i) => {
    const n = agents[i] ?? 0;
    const byChannel: Record<string, number> = {};
    for (const c of channels) byChannel[c] = (loads.get(c)?.[i] ?? 0) * keep;
    return { hourStart: hourKey(h.dt), agents: n, seniors: seniorsFor(n, isPeak(h.date), config), standby: 0, byChannel };
  });
  const daily = summariseDays(hours, rows, agents90, isPeak);
  return { rows, daily, channels, notes };
}

/** At least minPerHour in every staffed hour; in peak windows at least ceil(peakShare × agents); never above agents. */
export function seniorsFor(agents: number, peak: boolean, config: Config): number {
  if (agents <= 0) return 0;
  const share = peak ? Math.ceil(config.seniors.peakShare * agents - 1e-9) : 0;
  return Math.min(agents, Math.max(config.seniors.minPerHour, share));
}

/**
 * Standby per day = the largest, over the day's staffed hours, of the agents the hour needs with its queue channels
 * (chat, phone) at their p90 volume minus the agents it needs at the expected volume, at least 0. Every hour counts,
 * not only the day's busiest: a quiet evening's phone p90 can ask for more on-call agents than the lunch peak's.
 * Backlog channels are held at their expected plan on both sides: their surprise waits within its response window.
 * It is written on every staffed hour of the day, so whichever hour `schedule` reads, the day's maximum is the standby.
 */
function summariseDays(hours: readonly Hour[], rows: RequirementRow[], agents90: readonly number[], isPeak: (d: string) => boolean): DailyRequirement[] {
  const byDate = new Map<string, number[]>();
  hours.forEach((h, i) => {
    const list = byDate.get(h.date) ?? [];
    list.push(i);
    byDate.set(h.date, list);
  });
  const out: DailyRequirement[] = [];
  for (const [date, idx] of byDate) {
    let busiest = idx[0] ?? 0;
    for (const i of idx) if ((rows[i]?.agents ?? 0) > (rows[busiest]?.agents ?? 0)) busiest = i;
    const peakRow = rows[busiest];
    let standby = 0;
    for (const i of idx) standby = Math.max(standby, (agents90[i] ?? 0) - (rows[i]?.agents ?? 0));
    let agentHours = 0;
    for (const i of idx) {
      const row = rows[i];
      if (!row) continue;
      agentHours += row.agents;
      if (row.agents > 0) row.standby = standby;
    }
    out.push({
      date,
      peakAgents: peakRow?.agents ?? 0,
      agentHours,
      seniorsOnPeak: peakRow?.seniors ?? 0,
      standby: (peakRow?.agents ?? 0) > 0 ? standby : 0,
      peak: isPeak(date),
    });
  }
  return out;
}
