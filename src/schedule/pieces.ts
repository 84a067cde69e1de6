// The season solved week by week: each ISO week is one model, the days before it (its tail) frozen as the previous
// weeks left them, so rest, days in a row and weekly rest hold across the seams and weekend loads carry over.
// Why weeks: every weekly limit lives inside an ISO week, so a piece never cuts one; the only links between weeks are
// rest and the rolling windows (6 days at most), which the frozen tail carries exactly. A weekly decomposition measured
// outside the project (issue 13) reached the whole-season optimum on 200 agents with less than half the memory.
import { DateTime } from "luxon";
import { isWeekend, localDate } from "../time/hours.js";
import { sliceCalendar, windowDates, type Calendar } from "./calendar.js";
import { laterDate } from "./lead.js";
import { buildModel, type ScheduleInput, type ScheduleModel } from "./model.js";
import { isSolved, type Failed, type SolveOptions, type SolveOutcome, type SolvedStatus } from "./outcome.js";
import { releaseMemory } from "./memory.js";
import { integerStart } from "./relaxation.js";
import { solve } from "./solver.js";
import { solveStaged, type StartValues } from "./staged.js";
import { startRoster, startVector } from "./start.js";
import { rosterFromValues, sortRoster } from "./roster.js";
import { firstWeekNeeds, rosterable } from "./first-week.js";
import { firstWeekWorked, weekOf } from "./rules.js";
import { weekendPool } from "./rules/weekend-spread.js";
import type { RosterRow } from "./types.js";
import { storeZone } from "../time/zone.js";

export interface PiecesResult {
  roster: RosterRow[];
  /** the pieces' outcome together: worst status, summed objective and bound */
  outcome: SolveOutcome;
  freezeLifted: boolean;
  dropped: RosterRow[];
  /** the largest piece's model, for the size report */
  largest?: ScheduleModel;
  pieces: number;
  /** pieces that ran out of time and repeat the weeks before them instead */
  fallbacks?: number;
  /** sum over the pieces of objective minus bound (Infinity when a piece has no bound) */
  slack?: number;
}

/**
 * Days each piece may also solve after its week, to see next week's needs (a peak Monday) without deciding them. One
 * day for a team of up to LOOKAHEAD_TEAM agents, none above. Measured idle on 2 Dec: the 44-agent sample in pieces with
 * none is 1 agent-hour short on its last Friday (the week's days and hours were spent before the seam), with one day
 * 0 short, as the whole-season model, in 8.5 s against 27 s of CPU for that model; on 200 agents one day took 14.4-16.3 s
 * against 12.5 s with none for a roster 0.003 % cheaper and 1 agent-hour less short (3 days: 21.9 s). A small team's
 * pieces are small, so the day costs seconds there; a big team has the agents to absorb a seam. The hire bench (a
 * 60-agent team verified with up to 41 hires) covered its season with 37 hires with none and with 41 with one day;
 * with the switch at 100 agents its trials crossed it and chased a 1-4 agent-hour residual to the solve limit.
 */
export const LOOKAHEAD_DAYS = 1;
export const LOOKAHEAD_TEAM = 50;

export function lookaheadFor(agents: number): number {
  return agents <= LOOKAHEAD_TEAM ? LOOKAHEAD_DAYS : 0;
}

/** ISO weeks of the dates, in order; a cut first or last week of under 4 days joins its neighbour (a model per 1 day is waste). */
export function weeklyPieces(dates: readonly string[]): string[][] {
  const weeks: string[][] = [];
  let key = "";
  for (const d of dates) {
    const k = weekOf(d);
    if (k !== key) weeks.push([]);
    key = k;
    weeks[weeks.length - 1]?.push(d);
  }
  if (weeks.length > 2 && (weeks[0]?.length ?? 7) < 4) weeks.splice(0, 2, [...(weeks[0] ?? []), ...(weeks[1] ?? [])]);
  if (weeks.length > 2 && (weeks[weeks.length - 1]?.length ?? 7) < 4) weeks.splice(-2, 2, [...(weeks[weeks.length - 2] ?? []), ...(weeks[weeks.length - 1] ?? [])]);
  return weeks;
}

/** Days before each piece that stay frozen: the longest rolling window any hard rule looks back over. */
export function tailDays(rules: ScheduleInput["rules"]): number {
  return Math.min(13, Math.max(6, rules.maxConsecutiveDays));
}

/** A piece of the season: the ISO week it decides, and the days after it it also solves but leaves to the next piece. */
export interface Piece {
  commit: string[];
  lookahead: string[];
}

/** The weekly pieces, each with the next `lookahead` dates of the window (none after the last week). */
export function rollingPieces(dates: readonly string[], lookahead: number): Piece[] {
  return weeklyPieces(dates).map((commit) => {
    const after = dates.indexOf(commit[commit.length - 1] ?? "") + 1;
    return { commit, lookahead: dates.slice(after, after + lookahead) };
  });
}

export async function solveInPieces(
  input: ScheduleInput,
  calendar: Calendar,
  options: SolveOptions,
  budget: () => number,
  lookahead = lookaheadFor(input.agents.length),
): Promise<PiecesResult> {
  // A re-plan's lead-in (lead.ts) is decided already: it is the first piece's tail, as published.
  const window = windowDates(calendar);
  const pieces = rollingPieces(window, lookahead);
  const byDate = requirementsByDate(input, calendar);
  const pool = weekendPool(input.agents, calendar.dates.filter(isWeekend));
  const roster: RosterRow[] = [];
  const dropped: RosterRow[] = [];
  const tail = tailDays(input.rules);
  // Rule 6b: each hire's need is set over the whole window, not a piece's (a piece's tail is frozen as the earlier pieces
  // left it, so a first week they kept the hire off would ask nothing of the weeks after); the first-week days worked
  // before each piece are the published ones before the window, then this run's.
  const published0 = input.previous ?? [];
  const firstWeekNeed = firstWeekNeeds(input.agents, input.rules, calendar, rosterable(input.agents, calendar, published0, input.freezeUntil), published0);
  const publishedBefore = published0.filter((r) => r.date < (window[0] ?? ""));
  let freezeLifted = false;
  let status: SolvedStatus = "optimal";
  let objective = 0;
  let bound = 0;
  let seconds = 0;
  let fallbacks = 0;
  let overhead = 0;
  let closing = 0;
  // Solver seconds of the pieces so far: what a piece to come is expected to take.
  const solved: number[] = [];
  const solving = (now: number): number => [...solved, now].reduce((a, b) => a + b, 0) / (solved.length + 1);
  let largest: ScheduleModel | undefined;
  for (let k = 0; k < pieces.length; k++) {
    let { commit, lookahead: ahead } = pieces[k] ?? { commit: [], lookahead: [] };
    let later = pieces.length - k - 1;
    // Too little time to build each piece left and solve it: the rest of the season becomes one piece that keeps its
    // greedy start, built once (no lookahead, one tail) so the command ends near its limit instead of far past it.
    // A big team's rest is cut in chunks of at most MERGED_AGENT_DAYS, so memory stays that of a piece or two.
    const merged = k > 0 && later > 0 && budget() < (later + 1) * overhead + closing + (later + 1) * MIN_PIECE_SECONDS;
    let width = 1;
    if (merged) {
      width = Math.max(1, Math.min(later + 1, Math.floor((MERGED_AGENT_DAYS / Math.max(1, input.agents.length) - tail) / 7)));
      commit = pieces.slice(k, k + width).flatMap((p) => p.commit);
      ahead = [];
      fallbacks += width - 1;
      later -= width - 1;
    }
    const first = commit[0] ?? "";
    const at = calendar.dates.indexOf(first);
    const tailDates = calendar.dates.slice(Math.max(0, at - tail), at);
    const dates = [...tailDates, ...commit, ...ahead];
    const lastTail = tailDates[tailDates.length - 1];
    const earlier = roster.filter((r) => r.date < (tailDates[0] ?? first));
    const carried = new Map<string, number>();
    // Plain date arithmetic, not luxon: the roster so far is read again for every piece (0.6 s of a 200-agent season).
    for (const r of earlier) if (r.shift !== "on-call" && isWeekend(r.date)) carried.set(r.agentId, (carried.get(r.agentId) ?? 0) + 1);
    // The tail as this run decided it replaces the published rows there (the lead-in's stay); later published rows still
    // price changes.
    const tailSet = new Set(tailDates);
    const decided = new Set(tailDates.filter((d) => d >= (window[0] ?? "")));
    const commitSet = new Set(commit);
    const published = (input.previous ?? []).filter((r) => !decided.has(r.date));
    const previous = [...published, ...roster.filter((r) => decided.has(r.date))];
    const freezeUntil = laterDate(input.freezeUntil, lastTail);
    const piece: ScheduleInput = {
      ...input,
      // The tail's needs are already met or not: its rows are fixed, so its hours would only add constant rows.
      requirements: dates.flatMap((d) => (tailSet.has(d) ? (byDate.get(d) ?? []).map(noNeed) : byDate.get(d) ?? [])),
      ...(previous.length > 0 ? { previous } : {}),
      ...(freezeUntil !== undefined ? { freezeUntil } : {}),
      carriedWeekendDays: carried,
      carriedWorkedDays: firstWeekWorked(input.agents, [...publishedBefore, ...earlier], tailDates[0] ?? first, input.rules.firstWeekDays),
      firstWeekNeed,
      weekendPool: pool,
    };
    const built = Date.now();
    const leadIn = tailDates.length - decided.size;
    const pieceCalendar = leadIn > 0 ? { ...sliceCalendar(calendar, dates, tailSet), lead: leadIn } : sliceCalendar(calendar, dates, tailSet);
    let model = buildModel(piece, pieceCalendar);
    let start = startRoster(model, roster, published);
    // Building a piece and its start takes about as long for every week: the pieces still to come keep that much.
    // The first one also warms up the JavaScript (luxon's zone caches, compiled builders): count half of it.
    overhead = ((Date.now() - built) / 1000) * (k === 0 ? 0.5 : 1);
    // The polish, check and summary of the whole roster after the last piece: about two of the largest pieces' builds.
    closing = Math.max(closing, 2 * overhead);
    // The first piece also pays for the solver's warm-up (its WebAssembly is compiled while it runs): a double share.
    // Most pieces end well inside an equal share and a hard one needs more, so a piece may use up to 1.5 shares (the
    // pieces after it still get their time, or keep their greedy start if the clock runs out). HiGHS reads its clock
    // between steps and overruns a little, more on a busy machine: it is given 90 % of that.
    const share = (): number => (1.35 * (budget() - later * overhead - closing) * (k === 0 ? 2 : 1)) / (later + 1 + (k === 0 ? 1 : 0));
    let out = await solvePiece(model, options, share(), start);
    if (out.status === "infeasible" && input.freezeUntil !== undefined && freezeUntil !== lastTail) {
      // Published rows that no longer fit together: keep only the tail frozen, as the whole-season solve lifts the freeze.
      freezeLifted = true;
      model = buildModel({ ...piece, freezeUntil: lastTail }, pieceCalendar);
      start = startRoster(model, roster, published);
      out = await solvePiece(model, options, share(), start);
    }
    out = await extend(model, options, out, () => budget() - later * overhead - closing - later * solving(out.seconds));
    seconds += out.seconds;
    solved.push(out.seconds);
    // Each piece judges the frozen rows on its own dates (and repeats the rows nobody can carry): merged without repeats.
    dropped.push(...model.freeze.dropped);
    if (!largest || model.variables.length > largest.variables.length) largest = model;
    let values: readonly number[];
    if (isSolved(out)) {
      values = out.values;
      if (out.status === "time-limit" || (out.status === "feasible" && status === "optimal")) status = out.status === "time-limit" ? "time-limit" : "feasible";
      objective += out.objective;
      bound += Number.isFinite(out.bound) ? out.bound : Number.NEGATIVE_INFINITY;
    } else if (out.status === "no-solution") {
      // Out of time: the piece keeps its start (the weeks before repeated and completed greedily), so the roster stays whole.
      values = startVector(model, start);
      fallbacks++;
      status = "time-limit";
      bound = Number.NEGATIVE_INFINITY;
    } else {
      return failedAt(out, commit, seconds, k, pieces.length);
    }
    roster.push(...rosterFromValues(model, values).filter((r) => commitSet.has(r.date)));
    k += width - 1;
    releaseMemory();
  }
  const gap = Number.isFinite(bound) ? Math.max(0, objective - bound) / Math.max(Math.abs(objective), 1e-9) : Number.POSITIVE_INFINITY;
  return {
    roster: sortRoster(roster),
    outcome: { status, backend: options.backend === "jslp" ? "jslp" : "highs", values: [], objective, bound, gap, seconds },
    freezeLifted,
    dropped: distinctRows(dropped),
    ...(largest ? { largest } : {}),
    pieces: pieces.length,
    fallbacks,
    slack: Number.isFinite(bound) ? Math.max(0, objective - bound) : Number.POSITIVE_INFINITY,
  };
}

/**
 * A piece the clock stopped far from its bound (most often the first, which runs while the solver's WebAssembly is
 * still being compiled) gets a second run, warm-started from what it found, out of the time the pieces to come are
 * not expected to need; later pieces usually finish well inside their share.
 */
async function extend(model: ScheduleModel, options: SolveOptions, out: SolveOutcome, spare: () => number): Promise<SolveOutcome> {
  if (!isSolved(out) || out.status !== "time-limit" || out.gap <= 4 * (options.relativeGap ?? 0.005)) return out;
  const seconds = 0.9 * spare();
  if (seconds < 2 * MIN_PIECE_SECONDS) return out;
  const again = await solve(model, { ...options, timeLimitSeconds: Math.min(seconds, 4 * out.seconds), start: integerStart(model, out.values) });
  if (!isSolved(again) || again.objective > out.objective + 1e-6) return { ...out, seconds: out.seconds + again.seconds };
  return { ...again, seconds: out.seconds + again.seconds };
}

/** The largest piece (agents times days) that out-of-time weeks are merged into: about two weekly pieces of 1,000 agents. */
export const MERGED_AGENT_DAYS = 30_000;

/** Below this many seconds a piece keeps its start: the solver would not get past presolve on a team-sized week. */
export const MIN_PIECE_SECONDS = 0.3;

async function solvePiece(model: ScheduleModel, options: SolveOptions, seconds: number, start: StartValues): Promise<SolveOutcome> {
  if (seconds < MIN_PIECE_SECONDS) return { status: "no-solution", backend: "highs", reason: `no time left for the solver (${seconds.toFixed(2)} s)`, seconds: 0 };
  return solveStaged(model, options, Date.now() + seconds * 1000, start);
}

function failedAt(out: Failed, week: readonly string[], seconds: number, k: number, n: number): PiecesResult {
  const reason = `week ${k + 1} of ${n} (${week[0]} to ${week[week.length - 1]}): ${out.reason}`;
  return { roster: [], outcome: { ...out, reason, seconds }, freezeLifted: false, dropped: [], pieces: n };
}

/** Rows without repeats (the same date, agent and shift), sorted as the roster is. */
function distinctRows(rows: readonly RosterRow[]): RosterRow[] {
  const seen = new Map<string, RosterRow>();
  for (const r of rows) {
    const key = `${r.date}|${r.agentId}|${r.shift}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return sortRoster([...seen.values()]);
}

function noNeed(row: ScheduleInput["requirements"][number]): ScheduleInput["requirements"][number] {
  return { ...row, agents: 0, seniors: 0, standby: 0 };
}

function requirementsByDate(input: ScheduleInput, calendar: Calendar): Map<string, ScheduleInput["requirements"][number][]> {
  const out = new Map<string, ScheduleInput["requirements"][number][]>();
  // The calendar already placed every hour in the zone: an instant's date is looked up, not parsed again with luxon.
  const dateAt = new Map(calendar.hours.map((h) => [h.ms, h.date]));
  for (const row of input.requirements) {
    const date = dateAt.get(Date.parse(row.hourStart)) ?? localDate(DateTime.fromISO(row.hourStart, { setZone: true }).setZone(storeZone(calendar.zone)));
    const list = out.get(date);
    if (list) list.push(row);
    else out.set(date, [row]);
  }
  return out;
}
