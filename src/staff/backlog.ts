// Email, forms and social as a backlog: agents per hour so a FIFO queue answers every message within its target.
//
// The clock. Hours are the plan's consecutive clock hours, each open or closed for the channel. Mail that
// arrives while closed waits for the next open hour and its clock starts then. The response clock then runs in
// open hours (business hours, as help desks count SLAs), so a 4-hour target gives every message 4 open hours:
// the 21:00 message is not asked to be answered by a 22:00 closing, nor can it count the night as waiting time.
// An hour's messages are taken as arriving at its start and due at the end of their W-th open hour, with
// W = floor(responseHours) (at least 1): exact on average for messages spread over the hour.
//
// The staffing rule (even spread). Each hour's handling work (messages × AHT) is spread evenly over the W open
// hours of its response window; the requirement of an hour is the sum of the shares falling on it. Why this rule:
// - it plans exactly the workload (agent-hours = messages × AHT), so no plan that answers every message
//   can have fewer agent-hours in total, and it never plans capacity before the work has arrived;
// - it is smooth: the overnight pile at opening is worked over the first W hours, not in one spike, which
//   is what 8-hour shifts can cover cheaply;
// - FIFO meets every target: by the end of any open hour the capacity so far covers every window that has
//   closed, and capacity is never idle (see replayBacklog, which the tests run on every answer).
// Windows that would run past the last open hour of the plan are cut there, so the plan ends with no backlog.

export interface BacklogHour {
  /** the channel is staffed in this hour */
  open: boolean;
  /** messages arriving in this hour (expected value, may be fractional) */
  arrivals: number;
}

export interface BacklogSpec {
  ahtSeconds: number;
  responseHours: number;
}

export interface BacklogPlan {
  /** agents working this channel in each hour (unrounded: the hour total is rounded once, across channels) */
  agents: number[];
  /** messages that arrive after the plan's last open hour: no hour in the plan can answer them */
  unplaceable: number;
}

/** Open hours a message has for its first response. */
export function responseWindow(responseHours: number): number {
  return Math.max(1, Math.floor(responseHours + 1e-9));
}

/** Each hour's arrivals moved to the open hour where their clock starts; -1 when no open hour follows. */
function clockStarts(hours: readonly BacklogHour[]): { openIndex: number[]; startOf: number[] } {
  const openIndex: number[] = [];
  hours.forEach((h, i) => {
    if (h.open) openIndex.push(i);
  });
  const startOf = new Array<number>(hours.length).fill(-1);
  let next = -1;
  let pos = openIndex.length;
  for (let i = hours.length - 1; i >= 0; i--) {
    if (hours[i]?.open) {
      pos -= 1;
      next = pos;
    }
    startOf[i] = next;
  }
  return { openIndex, startOf };
}

/** The even-spread plan (see the file comment). */
export function backlogAgents(hours: readonly BacklogHour[], spec: BacklogSpec): BacklogPlan {
  const w = responseWindow(spec.responseHours);
  const { openIndex, startOf } = clockStarts(hours);
  const agents = new Array<number>(hours.length).fill(0);
  let unplaceable = 0;
  hours.forEach((h, i) => {
    if (h.arrivals <= 0) return;
    const start = startOf[i] ?? -1;
    if (start < 0) {
      unplaceable += h.arrivals;
      return;
    }
    const end = Math.min(start + w - 1, openIndex.length - 1);
    const share = (h.arrivals * spec.ahtSeconds) / 3600 / (end - start + 1);
    for (let p = start; p <= end; p++) {
      const hour = openIndex[p] ?? 0;
      agents[hour] = (agents[hour] ?? 0) + share;
    }
  });
  return { agents, unplaceable };
}

export interface BacklogReplay {
  /** messages answered after their target (fluid count) */
  late: number;
  /** messages still waiting when the plan ends (placeable ones only) */
  unanswered: number;
  /** longest time to answer, in open hours counted from the clock start (1 = answered in the first open hour) */
  maxOpenHoursToAnswer: number;
  /** agent-hours planned while nothing was waiting */
  idleAgentHours: number;
}

interface Cohort {
  start: number;
  left: number;
}

/**
 * First-in-first-out replay of a plan: each hour, `agents × 3600 / AHT` messages are answered, oldest first.
 * Independent of how the plan was made, so tests can check any answer against the rule.
 */
export function replayBacklog(hours: readonly BacklogHour[], spec: BacklogSpec, agents: readonly number[]): BacklogReplay {
  const w = responseWindow(spec.responseHours);
  const { startOf } = clockStarts(hours);
  const eps = 1e-9;
  const queue: Cohort[] = [];
  let late = 0;
  let maxOpen = 0;
  let idle = 0;
  let openPos = -1;
  hours.forEach((h, i) => {
    if (h.open) openPos += 1;
    const start = startOf[i] ?? -1;
    if (h.arrivals > 0 && start >= 0) queue.push({ start, left: h.arrivals });
    let capacity = ((agents[i] ?? 0) * 3600) / spec.ahtSeconds;
    // Only messages whose clock has started can be answered (their start is this open hour or earlier).
    while (capacity > eps && queue.length > 0 && (queue[0]?.start ?? Infinity) <= openPos) {
      const head = queue[0] as Cohort;
      const take = Math.min(capacity, head.left);
      head.left -= take;
      capacity -= take;
      if (head.left <= eps * Math.max(1, take)) {
        queue.shift();
        maxOpen = Math.max(maxOpen, openPos - head.start + 1);
      }
    }
    if (capacity > eps) idle += (capacity * spec.ahtSeconds) / 3600;
    if (h.open) {
      // Whatever is still waiting at the end of its W-th open hour is late; count it once, keep it queued.
      for (const c of queue) {
        if (c.start + w - 1 === openPos && c.left > eps) late += c.left;
      }
    }
  });
  const unanswered = queue.reduce((s, c) => s + c.left, 0);
  return { late, unanswered: unanswered > eps ? unanswered : 0, maxOpenHoursToAnswer: maxOpen, idleAgentHours: idle };
}
