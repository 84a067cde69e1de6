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

/** ISO weeks of the dates, in order. */
export function weeklyPieces(dates: readonly string[]): string[][] {
  const weeks: string[][] = [];
  let key = "";
  for (const d of dates) {
    const k = weekOf(d);
    if (k !== key) weeks.push([]);
    key = k;
    weeks[weeks.length - 1]?.push(d);
  }
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
    let model = buildModel(piece, pieceCalendar);
    let out = await solve(model, { ...options, timeLimitSeconds: budget(weeks.length - k) });
    if (out.status === "infeasible" && input.freezeUntil !== undefined && freezeUntil !== lastTail) {
      // Published rows that no longer fit together: keep only the tail frozen, as the whole-season solve lifts the freeze.
      freezeLifted = true;
      model = buildModel({ ...piece, ...(lastTail !== undefined ? { freezeUntil: lastTail } : { freezeUntil: undefined }) }, pieceCalendar);
      out = await solve(model, { ...options, timeLimitSeconds: budget(weeks.length - k) });
    }
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
