// Re-plan stability, the last word: after the solve and the shape search, the published rows they changed are offered
// back, and kept unless the new roster is truly cheaper by the roster's whole price (contract, every soft rule the
// report prices, and `changeCost` per published row changed).
//
// Why here and not only in the model: the model prices changes, but the shape search after it works to its own
// stand-in for weekend fairness (squared loads around the mean of the roster it starts from) within a money budget,
// and stops after a few rounds. Run again on the roster it published, it found more moves every night (the bundled
// team re-planned on 3 Dec: a new hire's Saturday went to an experienced agent, +50 contract and 2 changes, for a
// weekend load the spread does not price), so an unchanged re-plan changed published shifts night after night. Priced
// as the report prices the roster, those moves cost more than they gave, and the published rows stay.
import type { Calendar, Slot } from "./calendar.js";
import { checkRoster, type CheckReport } from "./check.js";
import { rosterChanges, type RosterChange } from "./freeze.js";
import type { ScheduleInput } from "./model.js";
import { onCallRow, shiftRow, sortRoster } from "./roster.js";
import type { SoftRuleId } from "./rules/index.js";
import { summarizeRoster, type RosterSummary } from "./summary.js";
import type { Agent, RosterRow } from "./types.js";

/** A roster with what the report measures on it. */
export interface Judged {
  roster: RosterRow[];
  check: CheckReport;
  summary: RosterSummary;
  changes: RosterChange[];
}

/**
 * What each soft rule cost in the roster, measured on the roster itself (so it is the same for one model or many pieces):
 * units from the check and the summary times the weight.
 */
export function softCostsOf(check: CheckReport, summary: RosterSummary, changes: number, w: Record<SoftRuleId, number>): Record<SoftRuleId, number> {
  const m = (x: number): number => Math.round(x * 100) / 100;
  const s = summary.shape;
  return {
    cover: m(check.shortfall.agentHours * w.cover),
    seniors: m(check.shortfall.seniorHours * w.seniors),
    standby: m(check.shortfall.standbyDays * w.standby),
    change: m(changes * w.change),
    weekendSpread: m(s.weekendSpread * w.weekendSpread),
    shiftType: m(s.shiftTypeChanges * w.shiftType),
    isolatedDays: m(s.isolatedDays * w.isolatedDays),
    minHours: m(s.minHoursShort * w.minHours),
  };
}

/** The roster's whole price: contract money (shifts, on-call) and every soft rule's cost, change costs included. */
export function wholePrice(j: Judged, w: Record<SoftRuleId, number>): number {
  const soft = softCostsOf(j.check, j.summary, j.changes.length, w);
  return j.check.cost.shifts + j.check.cost.onCall + Object.values(soft).reduce((a, c) => a + c, 0);
}

/**
 * Single dates tried one by one when the published rows cannot all come back, each try a full check of the roster
 * (measured 30-40 ms for the bundled 44 agents' season of 990 rows; it grows with the rows): at most MAX_DATES, and
 * at most CHECKED_ROWS rows checked in all, so a big team's re-plan spends a few checks here, not dozens.
 */
const MAX_DATES = 24;
const CHECKED_ROWS = 50_000;

/**
 * The new roster with the published rows its `changes` altered put back, when that is no dearer and breaks no hard
 * rule: all of them at once, else date by date (a date whose rows come back alone and price no more). Rows of an
 * agent or template no longer in the inputs cannot come back. `judged` is returned as it is when every change pays for
 * itself; the dates are not tried after `untilMs`.
 */
export function keepPublished(
  judged: Judged,
  previous: readonly RosterRow[],
  keptUntil: string | undefined,
  input: ScheduleInput,
  calendar: Calendar,
  w: Record<SoftRuleId, number>,
  untilMs = Number.POSITIVE_INFINITY,
): Judged {
  if (judged.changes.length === 0 || previous.length === 0) return judged;
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const slots = new Map(calendar.slots.map((s) => [`${s.date}|${s.shift}`, s]));
  const published = new Map<string, RosterRow[]>();
  for (const r of previous) {
    const k = `${r.date}|${r.agentId}`;
    published.set(k, [...(published.get(k) ?? []), r]);
  }
  const rebuilt = new Map<string, RosterRow[]>();
  for (const c of judged.changes) {
    const k = `${c.date}|${c.agentId}`;
    const rows = (published.get(k) ?? []).map((r) => rebuild(r, agents.get(r.agentId), slots.get(`${r.date}|${r.shift}`), input, calendar.zone));
    if (rows.every((r) => r !== undefined)) rebuilt.set(k, rows as RosterRow[]);
  }
  if (rebuilt.size === 0) return judged;
  const judge = (roster: RosterRow[]): Judged | undefined => {
    const check = checkRoster({ ...input, roster }, calendar);
    if (check.violations.length > 0) return undefined;
    return { roster, check, summary: summarizeRoster(roster, input, calendar), changes: rosterChanges(previous, roster, keptUntil) };
  };
  const revert = (from: Judged, keys: ReadonlySet<string>): RosterRow[] =>
    sortRoster([...from.roster.filter((r) => !keys.has(`${r.date}|${r.agentId}`)), ...[...keys].flatMap((k) => rebuilt.get(k) ?? [])]);
  const price = (j: Judged): number => wholePrice(j, w);
  const all = judge(revert(judged, new Set(rebuilt.keys())));
  if (all && price(all) <= price(judged) + 1e-6) return all;
  // Some changes pay for themselves (or the published rows only hold together with them): the others' dates come back.
  let best = judged;
  const tries = Math.min(MAX_DATES, Math.floor(CHECKED_ROWS / Math.max(1, judged.roster.length)));
  const dates = [...new Set([...rebuilt.keys()].map((k) => k.slice(0, k.indexOf("|"))))].sort().slice(0, tries);
  for (const date of dates) {
    if (Date.now() > untilMs) break;
    const keys = new Set([...rebuilt.keys()].filter((k) => k.startsWith(`${date}|`)));
    const tried = judge(revert(best, keys));
    if (tried && price(tried) <= price(best) + 1e-6) best = tried;
  }
  return best;
}

/** A published row as today's calendar and agents file make it (a template's row, or an on-call day); none if gone. */
function rebuild(row: RosterRow, agent: Agent | undefined, slot: Slot | undefined, input: ScheduleInput, zone: string): RosterRow | undefined {
  if (agent === undefined) return undefined;
  if (row.shift === "on-call") return onCallRow(agent, row.date, zone, input.rules);
  return slot === undefined ? undefined : shiftRow(agent, slot, input.rules);
}
