// The season solved week by week: each ISO week is one model, the days before it (its tail) frozen as the previous
// weeks left them, so rest, days in a row and weekly rest hold across the seams and weekend loads carry over.
// Why weeks: every weekly limit lives inside an ISO week, so a piece never cuts one; the only links between weeks are
// rest and the rolling windows (6 days at most), which the frozen tail carries exactly. A weekly decomposition measured
// outside the project (issue 13) reached the whole-season optimum on 200 agents with less than half the memory.
import { DateTime } from "luxon";
import { localDate } from "../time/hours.js";
import { buildCalendar, type Calendar } from "./calendar.js";
import { buildModel, type ScheduleInput, type ScheduleModel } from "./model.js";
import { isSolved, type Failed, type SolveOptions, type SolveOutcome, type SolvedStatus } from "./outcome.js";
import { solve } from "./solver.js";
import { rosterFromValues, sortRoster } from "./roster.js";
import { weekOf } from "./rules.js";
import { weekendPool } from "./rules/weekend-spread.js";
import type { RosterRow } from "./types.js";

export interface PiecesResult {
  roster: RosterRow[];
  /** the pieces' outcome together: worst status, summed objective and bound */
  outcome: SolveOutcome;
  freezeLifted: boolean;
  dropped: RosterRow[];
  /** the largest piece's model, for the size report */
  largest?: ScheduleModel;
  pieces: number;
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

export async function solveInPieces(
  input: ScheduleInput,
  calendar: Calendar,
  options: SolveOptions,
  budget: (piecesLeft: number) => number,
): Promise<PiecesResult> {
  const weeks = weeklyPieces(calendar.dates);
  const byDate = requirementsByDate(input, calendar.zone);
  const pool = weekendPool(input.agents, calendar.dates.filter((d) => DateTime.fromISO(d, { zone: "UTC" }).weekday >= 6));
  const roster: RosterRow[] = [];
  const dropped: RosterRow[] = [];
  const tail = tailDays(input.rules);
  let freezeLifted = false;
  let status: SolvedStatus = "optimal";
  let objective = 0;
  let bound = 0;
  let seconds = 0;
  let largest: ScheduleModel | undefined;
  for (const [k, week] of weeks.entries()) {
    const first = week[0] ?? "";
    const start = calendar.dates.indexOf(first);
    const tailDates = calendar.dates.slice(Math.max(0, start - tail), start);
    const dates = [...tailDates, ...week];
    const lastTail = tailDates[tailDates.length - 1];
    const earlier = roster.filter((r) => r.date < (tailDates[0] ?? first));
    const carried = new Map<string, number>();
    for (const r of earlier) if (r.shift !== "on-call" && DateTime.fromISO(r.date, { zone: "UTC" }).weekday >= 6) carried.set(r.agentId, (carried.get(r.agentId) ?? 0) + 1);
    // The tail as this run decided it replaces the published rows there; later published rows still price changes.
    const tailSet = new Set(tailDates);
    const published = (input.previous ?? []).filter((r) => !tailSet.has(r.date));
    const previous = [...published, ...roster.filter((r) => tailSet.has(r.date))];
    const freezeUntil = maxDate(input.freezeUntil, lastTail);
    const piece: ScheduleInput = {
      ...input,
      requirements: dates.flatMap((d) => byDate.get(d) ?? []),
      ...(previous.length > 0 ? { previous } : {}),
      ...(freezeUntil !== undefined ? { freezeUntil } : {}),
      carriedWeekendDays: carried,
      weekendPool: pool,
    };
    const pieceCalendar = buildCalendar(piece.requirements, input.shifts, input.timezone);
    const pieceEnds = Date.now() + budget(weeks.length - k) * 1000;
    let staged = await solveStaged(piece, pieceCalendar, options, pieceEnds);
    if (staged.out.status === "infeasible" && input.freezeUntil !== undefined && freezeUntil !== lastTail) {
      // Published rows that no longer fit together: keep only the tail frozen, as the whole-season solve lifts the freeze.
      freezeLifted = true;
      staged = await solveStaged({ ...piece, freezeUntil: lastTail }, pieceCalendar, options, Date.now() + budget(weeks.length - k) * 1000);
    }
    const { model, out } = staged;
    seconds += out.seconds;
    if (!isSolved(out)) return failedAt(out, week, seconds, k, weeks.length);
    if (k === 0) dropped.push(...model.freeze.dropped);
    if (!largest || model.variables.length > largest.variables.length) largest = model;
    roster.push(...rosterFromValues(model, out.values).filter((r) => !tailSet.has(r.date)));
    if (out.status === "time-limit" || (out.status === "feasible" && status === "optimal")) status = out.status === "time-limit" ? "time-limit" : "feasible";
    objective += out.objective;
    bound += Number.isFinite(out.bound) ? out.bound : Number.NEGATIVE_INFINITY;
  }
  const gap = Number.isFinite(bound) ? Math.max(0, objective - bound) / Math.max(Math.abs(objective), 1e-9) : Number.POSITIVE_INFINITY;
  return {
    roster: sortRoster(roster),
    outcome: { status, backend: options.backend === "jslp" ? "jslp" : "highs", values: [], objective, bound, gap, seconds },
    freezeLifted,
    dropped,
    ...(largest ? { largest } : {}),
    pieces: weeks.length,
  };
}

/**
 * One piece in two stages: first without the roster-shape soft rules (a few hard-rule rows, found fast), then the full
 * model warm-started from that roster, so a stop at the time limit still returns at least the first roster and the
 * shape rules only ever improve it. The first stage gets half the piece's time.
 */
export async function solveStaged(piece: ScheduleInput, calendar: Calendar, options: SolveOptions, endsMs: number): Promise<{ model: ScheduleModel; out: SolveOutcome }> {
  const left = (): number => Math.max(0.05, (endsMs - Date.now()) / 1000);
  const shapeless = { ...piece.rules, weekendFairness: 0, shiftTypeChange: 0, isolatedDay: 0, minHoursShort: 0 };
  const shaped = shapeless.weekendFairness !== piece.rules.weekendFairness || shapeless.shiftTypeChange !== piece.rules.shiftTypeChange
    || shapeless.isolatedDay !== piece.rules.isolatedDay || shapeless.minHoursShort !== piece.rules.minHoursShort;
  const full = buildModel(piece, calendar);
  if (!shaped) return { model: full, out: await solve(full, { ...options, timeLimitSeconds: left() }) };
  const bare = buildModel({ ...piece, rules: shapeless }, calendar);
  // No floor here: the time limit is the whole command's, and a piece without a roster ends the run with nothing written.
  const first = await solve(bare, { ...options, timeLimitSeconds: left() / 2 });
  if (!isSolved(first)) return { model: bare, out: first };
  const index = new Map(full.variables.map((v, i) => [v.name, i]));
  const start = { indices: [] as number[], values: [] as number[] };
  bare.variables.forEach((v, i) => {
    const j = index.get(v.name);
    if (j !== undefined && v.type !== "continuous") {
      start.indices.push(j);
      start.values.push(Math.round(first.values[i] ?? 0));
    }
  });
  const second = await solve(full, { ...options, timeLimitSeconds: left(), start });
  if (isSolved(second)) return { model: full, out: second };
  // The shaped model found nothing in time: the first roster keeps every hard rule; its gap to the full model is unknown.
  return { model: bare, out: { ...first, status: "time-limit", bound: Number.NEGATIVE_INFINITY, gap: Number.POSITIVE_INFINITY, seconds: first.seconds + second.seconds } };
}

function failedAt(out: Failed, week: string[], seconds: number, k: number, n: number): PiecesResult {
  const reason = `week ${k + 1} of ${n} (${week[0]} to ${week[week.length - 1]}): ${out.reason}`;
  return { roster: [], outcome: { ...out, reason, seconds }, freezeLifted: false, dropped: [], pieces: n };
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function requirementsByDate(input: ScheduleInput, zone: string): Map<string, ScheduleInput["requirements"][number][]> {
  const out = new Map<string, ScheduleInput["requirements"][number][]>();
  for (const row of input.requirements) {
    const date = localDate(DateTime.fromISO(row.hourStart, { setZone: true }).setZone(zone));
    const list = out.get(date);
    if (list) list.push(row);
    else out.set(date, [row]);
  }
  return out;
}
