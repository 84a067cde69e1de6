// A re-plan's lead-in: the published days just before the window, held as they were so the window's rules count them.
// Once the ticket history reaches into the season the forecast, and so the window, starts today: without the days
// before it, the ISO week's days and hours, the days in a row, rest and weekly rest would start afresh, and an agent who
// worked Monday and Tuesday could get five more shifts. The lead-in covers the longest look-back of a hard rule (the
// pieces' tail, 6 to 13 days, which also reaches the window's first Monday). Its rows stay in the roster, so the next
// day's re-plan finds them in the published roster in its turn.
import { addDays } from "../time/dates.js";
import type { Calendar } from "./calendar.js";
import type { LinearModel } from "./linear.js";
import { HARD_RULE_IDS, type VarMeta } from "./rules/index.js";
import type { RosterRow } from "./types.js";

/**
 * The lead-in's dates: from the earliest published row at most `days` before `first` (the window's first date) to the
 * day before it; none when no published row falls there (a re-plan before the season, or a first plan).
 */
export function leadInDates(previous: readonly RosterRow[], first: string | undefined, days: number): string[] {
  if (first === undefined) return [];
  const from = addDays(first, -days);
  let earliest: string | undefined;
  for (const r of previous) if (r.date >= from && r.date < first && (earliest === undefined || r.date < earliest)) earliest = r.date;
  const out: string[] = [];
  for (let d = earliest; d !== undefined && d < first; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The lead-in's last date: frozen whatever the freeze says, since those days are over. */
export function leadInUntil(calendar: Calendar): string | undefined {
  return calendar.lead ? calendar.dates[calendar.lead - 1] : undefined;
}

/** The later of two optional dates. */
export function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

const HARD = new Set<string>(HARD_RULE_IDS);

/**
 * Published days that already break a limit by themselves (an agent's max_days_per_week lowered after they worked the
 * days) cannot be undone: such a row's limit becomes what the lead-in holds, so the window adds nothing to it and the
 * model stays solvable. `check` still names the broken rule, so the lead sees it.
 */
export function holdLeadIn(model: LinearModel<VarMeta>, calendar: Calendar): void {
  const until = leadInUntil(calendar);
  if (until === undefined) return;
  const held = Uint8Array.from(model.variables, (v) => {
    const m = v.meta;
    const date = m?.kind === "shift" ? calendar.slots[m.slot]?.date : m?.kind === "oncall" ? m.date : undefined;
    return v.lower >= 1 && date !== undefined && date <= until ? 1 : 0;
  });
  for (const c of model.constraints) {
    if (c.max === undefined || !HARD.has(c.rule)) continue;
    let past = 0;
    for (const t of c.terms) if (held[t.v] === 1 && t.c > 0) past += t.c;
    if (past > c.max) c.max = past;
  }
}
