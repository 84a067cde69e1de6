// A roster to start a piece from: the published one in a re-plan, else the weeks before repeated, repaired to hold every
// hard row of the model. It seeds the solver (which keeps it only if it finds nothing better) and is the fallback when a
// piece runs out of time, so a command that hits its limit still returns a real roster, never an empty one.
import { addDays } from "../time/dates.js";
import { greedyRoster } from "./greedy.js";
import { continuousColumns } from "./linear.js";
import type { ScheduleModel } from "./model.js";
import type { StartValues } from "./staged.js";
import type { RosterRow } from "./types.js";

/** The start a piece is solved from: `startValues` completed by the greedy pass (greedy.ts). */
export function startRoster(model: ScheduleModel, history: readonly RosterRow[], previous: readonly RosterRow[] = []): StartValues {
  return greedyRoster(model, startValues(model, history, previous));
}

/**
 * Values for every binary of `model`: frozen variables at 1; a free agent-day takes the row `hint` gives (on the
 * published roster's dates its row or day off for an agent it lists, else the same weekday in the last week of
 * `history`); then `repairStart` drops rows until every row made of binaries only (the hard rules) holds. An unchanged
 * re-plan's start is so the published roster itself, which the solver keeps unless it finds a cheaper one.
 */
export function startValues(model: ScheduleModel, history: readonly RosterRow[], previous: readonly RosterRow[] = []): StartValues {
  // Rows by agent, then date: a piece asks once per variable, and "agent|date" keys cost a string each time.
  const byDay = rowsByAgent(history);
  let lastDecided = "";
  for (const r of history) if (r.date > lastDecided) lastDecided = r.date;
  const published = rowsByAgent(previous);
  // A re-plan: on the published roster's dates an agent it lists without a row there was told they are off, and the
  // start keeps them off (a repeated week there added rows the repair then traded against published ones).
  let firstPublished = "\uffff";
  let lastPublished = "";
  for (const r of previous) {
    if (r.date < firstPublished) firstPublished = r.date;
    if (r.date > lastPublished) lastPublished = r.date;
  }
  // The same weekday in the last week already decided (a piece that covers several weeks repeats it), once per date.
  const repeats = new Map<string, string | undefined>();
  const repeated = (date: string): string | undefined => {
    if (!repeats.has(date)) repeats.set(date, sameWeekdayBefore(date, lastDecided));
    return repeats.get(date);
  };
  const hint = (agentId: string, date: string): string | undefined => {
    const own = published.get(agentId);
    if (own?.has(date)) return own.get(date);
    if (own !== undefined && date >= firstPublished && date <= lastPublished) return undefined;
    const then = repeated(date);
    return then === undefined ? undefined : byDay.get(agentId)?.get(then);
  };
  const values = new Map<number, number>();
  model.variables.forEach((v, i) => {
    if (v.type === "continuous") return;
    const meta = v.meta;
    let on = v.lower >= 1;
    if (!on && v.upper >= 1 && meta && (meta.kind === "shift" || meta.kind === "oncall")) {
      const agent = model.agents[meta.agent];
      const date = meta.kind === "shift" ? model.calendar.slots[meta.slot]?.date : meta.date;
      const shift = meta.kind === "shift" ? model.calendar.slots[meta.slot]?.shift : "on-call";
      on = agent !== undefined && date !== undefined && hint(agent.id, date) === shift;
    }
    values.set(i, on ? 1 : 0);
  });
  repairStart(model, values);
  return values;
}

/** Each agent's rows by date (a later row of the same agent and date wins). */
function rowsByAgent(rows: readonly RosterRow[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const r of rows) {
    let days = out.get(r.agentId);
    if (days === undefined) out.set(r.agentId, (days = new Map()));
    days.set(r.date, r.shift);
  }
  return out;
}

/** The latest date on the same weekday as `date`, up to 53 weeks back, that is on or before `lastDecided`. */
function sameWeekdayBefore(date: string, lastDecided: string): string | undefined {
  for (let weeks = 1; weeks <= 53; weeks++) {
    const then = addDays(date, -7 * weeks);
    if (then <= lastDecided) return then;
  }
  return undefined;
}

/**
 * Sets variables to 0 until every constraint made only of binaries holds: a too-high row loses one of its free
 * variables with a positive coefficient, a too-low one one with a negative coefficient (a new hire without a mentor).
 * Dropping a shift never breaks rest, days or hours limits, so the loop ends; frozen variables are never touched.
 */
export function repairStart(model: ScheduleModel, values: Map<number, number>): void {
  // Values in an array while rows are scanned (a Map look-up per term was most of the repair); changes written back.
  const x = new Float64Array(model.variables.length);
  for (const [i, v] of values) x[i] = v;
  const continuous = continuousColumns(model);
  const hard = model.constraints.filter((c) => c.terms.every((t) => continuous[t.v] !== 1));
  // Each change sets a 1 to 0, so the loop ends after at most as many rounds as there are ones.
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of hard) {
      let activity = 0;
      for (const t of c.terms) activity += t.c * (x[t.v] ?? 0);
      for (;;) {
        const over = c.max !== undefined && activity > c.max + 1e-9;
        const under = c.min !== undefined && activity < c.min - 1e-9;
        if (!over && !under) break;
        const victim = c.terms.find((t) => (over ? t.c > 0 : t.c < 0) && x[t.v] === 1 && (model.variables[t.v]?.lower ?? 0) < 1);
        if (victim === undefined) break;
        x[victim.v] = 0;
        values.set(victim.v, 0);
        activity -= victim.c;
        changed = true;
      }
    }
  }
}

/** The rows a start describes, for a piece that has no solver answer: read back like a solution. */
export function startVector(model: ScheduleModel, start: StartValues): number[] {
  return model.variables.map((_, i) => start.get(i) ?? 0);
}
