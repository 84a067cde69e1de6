// The roster as a linear program: one binary per agent, day and shift, hard rules as rows, soft rules as penalised slack.
import type { ShiftTemplate } from "../config/types.js";
import type { RequirementRow } from "../staff/types.js";
import { buildCalendar, compactDate, hourName, hoursTouched, type Calendar, type Slot } from "./calendar.js";
import { ModelBuilder, type LinearModel, type Term } from "./linear.js";
import { freezePlan, type FreezePlan } from "./freeze.js";
import {
  breaksRest, coversHour, inFirstWeek, isMentor, mayBeOnCall, mayWorkShift, onCallCost, penaltyPerUnit, shiftCost, touchesHour, weekOf,
  type Rules,
} from "./rules.js";
import type { Agent, RosterRow } from "./types.js";

export interface ScheduleInput {
  requirements: readonly RequirementRow[];
  agents: readonly Agent[];
  shifts: readonly ShiftTemplate[];
  rules: Rules;
  timezone: string;
  /** the roster published before, for a re-plan */
  previous?: readonly RosterRow[];
  /** YYYY-MM-DD: previous rows on or before this date are kept exactly */
  freezeUntil?: string;
}

export type VarMeta =
  | { kind: "shift"; agent: number; slot: number }
  | { kind: "oncall"; agent: number; date: string }
  | { kind: "short_cover" | "short_senior"; hour: number }
  | { kind: "short_standby"; date: string }
  | { kind: "changed"; agent: number; date: string }
  | { kind: "weekend_max" };

export interface ScheduleModel extends LinearModel<VarMeta> {
  calendar: Calendar;
  agents: readonly Agent[];
  /** LP-safe token per agent, in agent order */
  tokens: string[];
  rules: Rules;
  penalty: number;
  freeze: FreezePlan;
}

export function buildModel(input: ScheduleInput, calendar = buildCalendar(input.requirements, input.shifts, input.timezone)): ScheduleModel {
  const { agents, rules } = input;
  const b = new ModelBuilder<VarMeta>("peakplan_roster");
  const tokens = agentTokens(agents);
  const penalty = penaltyPerUnit(agents, rules);
  const freeze = freezePlan(input, calendar);
  const slotsByDate = new Map<string, number[]>();
  calendar.slots.forEach((s, i) => slotsByDate.set(s.date, [...(slotsByDate.get(s.date) ?? []), i]));
  const dateIndex = new Map(calendar.dates.map((d, i) => [d, i]));
  const hourIndex = new Map(calendar.hours.map((h, i) => [h.ms, i]));
  const covered = calendar.slots.map((s) => hoursTouched(s, calendar.zone).filter((ms) => coversHour(s, ms)));

  // Decision variables, and each agent-day's rows for rule 1 and the change cost.
  const shiftVars: Array<Map<number, number>> = agents.map(() => new Map()); // slot index -> variable
  const dayVars: Array<Map<string, number[]>> = agents.map(() => new Map());
  const onCallVars: Array<Map<string, number>> = agents.map(() => new Map());
  agents.forEach((agent, a) => {
    for (const date of calendar.dates) {
      const fixed = freeze.fixed(a, date);
      const vars: number[] = [];
      for (const si of slotsByDate.get(date) ?? []) {
        const slot = calendar.slots[si] as Slot;
        if (!mayWorkShift(agent, slot) || (fixed !== undefined && fixed !== slot.shift)) continue;
        const v = b.addVariable({
          name: `x_${tokens[a]}_${compactDate(date)}_${slot.shift.replace(/-/g, "_")}`,
          type: "binary", lower: fixed === undefined ? 0 : 1, upper: 1, cost: shiftCost(agent, slot, rules),
          meta: { kind: "shift", agent: a, slot: si },
        });
        shiftVars[a]?.set(si, v);
        vars.push(v);
      }
      const weekend = calendar.slots[slotsByDate.get(date)?.[0] ?? -1]?.weekend ?? false;
      const wanted = (calendar.standbyByDate.get(date) ?? 0) > 0 || fixed === "on-call" || freeze.previousShift(a, date) === "on-call";
      if (mayBeOnCall(agent, date, weekend) && wanted && (fixed === undefined || fixed === "on-call")) {
        const v = b.addVariable({
          name: `oncall_${tokens[a]}_${compactDate(date)}`,
          type: "binary", lower: fixed === undefined ? 0 : 1, upper: 1, cost: onCallCost(agent, rules),
          meta: { kind: "oncall", agent: a, date },
        });
        onCallVars[a]?.set(date, v);
        vars.push(v);
      }
      dayVars[a]?.set(date, vars);
    }
  });

  agents.forEach((agent, a) => {
    const token = tokens[a] ?? "";
    // Rule 1: at most one row per agent per day.
    for (const [date, vars] of dayVars[a] ?? []) {
      if (vars.length > 1) b.addConstraint({ name: `one_${token}_${compactDate(date)}`, rule: "onePerDay", terms: vars.map(ones), max: 1 });
    }
    // Rule 2: rest. Each later day holds at most one shift, so all of a day's conflicts share one row.
    for (const [si, v] of shiftVars[a] ?? []) {
      const slot = calendar.slots[si] as Slot;
      const d = dateIndex.get(slot.date) ?? 0;
      for (const later of calendar.dates.slice(d + 1, d + 3)) {
        const conflicts = (slotsByDate.get(later) ?? [])
          .filter((sj) => shiftVars[a]?.has(sj) && breaksRest(slot, calendar.slots[sj] as Slot, input.rules.minRestHours))
          .map((sj) => shiftVars[a]?.get(sj) as number);
        if (conflicts.length === 0) continue;
        b.addConstraint({
          name: `rest_${token}_${compactDate(slot.date)}_${slot.shift.replace(/-/g, "_")}_${compactDate(later)}`,
          rule: "rest", terms: [v, ...conflicts].map(ones), max: 1,
        });
      }
    }
    // Rule 3: working days and shift hours per ISO week, counting the days inside the window.
    const weeks = new Map<string, number[]>();
    for (const [si, v] of shiftVars[a] ?? []) {
      const w = weekOf(calendar.slots[si]?.date ?? "");
      weeks.set(w, [...(weeks.get(w) ?? []), v]);
    }
    for (const [week, vars] of weeks) {
      const days = new Set(vars.map((v) => dateOf(b.model, calendar, v)));
      const wk = week.replace("-", "");
      if (days.size > agent.maxDaysPerWeek) b.addConstraint({ name: `days_${token}_${wk}`, rule: "weeklyDays", terms: vars.map(ones), max: agent.maxDaysPerWeek });
      const hours = vars.map((v) => ({ v, c: slotOf(b.model, calendar, v)?.hours ?? 0 }));
      const most = maxHoursPerDay(days, hours, b.model, calendar);
      if (most > agent.maxHoursPerWeek) b.addConstraint({ name: `hours_${token}_${wk}`, rule: "weeklyHours", terms: hours, max: agent.maxHoursPerWeek });
    }
  });

  // Rule 6: pairing, every hour a first-week new hire could be on shift.
  const pairing = new Map<number, Term[]>();
  agents.forEach((agent, a) => {
    if (agent.seniority !== "new") return;
    for (const [si, v] of shiftVars[a] ?? []) {
      const slot = calendar.slots[si] as Slot;
      if (!inFirstWeek(agent, slot.date, rules.firstWeekDays)) continue;
      for (const ms of hoursTouched(slot, calendar.zone)) if (touchesHour(slot, ms)) pairing.set(ms, [...(pairing.get(ms) ?? []), { v, c: -1 }]);
    }
  });
  if (pairing.size > 0) {
    agents.forEach((agent, a) => {
      if (!isMentor(agent)) return;
      for (const [si, v] of shiftVars[a] ?? []) for (const ms of covered[si] ?? []) pairing.get(ms)?.push({ v, c: 1 });
    });
  }
  for (const ms of [...pairing.keys()].sort((x, y) => x - y)) {
    b.addConstraint({ name: `pair_${hourName(ms, calendar.zone)}`, rule: "pairing", terms: pairing.get(ms) ?? [], min: 0 });
  }

  // Rules 7 and 8: coverage and seniors per hour, short_* slack paying the penalty.
  const cover: Term[][] = calendar.hours.map(() => []);
  const seniors: Term[][] = calendar.hours.map(() => []);
  agents.forEach((agent, a) => {
    for (const [si, v] of shiftVars[a] ?? []) {
      for (const ms of covered[si] ?? []) {
        const h = hourIndex.get(ms);
        if (h === undefined) continue;
        cover[h]?.push({ v, c: 1 });
        if (agent.seniority === "senior") seniors[h]?.push({ v, c: 1 });
      }
    }
  });
  calendar.hours.forEach((hour, h) => {
    if (hour.agents > 0) {
      const s = b.addVariable({ name: `short_cover_${hour.name}`, type: "continuous", lower: 0, upper: hour.agents, cost: penalty, meta: { kind: "short_cover", hour: h } });
      b.addConstraint({ name: `cover_${hour.name}`, rule: "cover", terms: [...(cover[h] ?? []), { v: s, c: 1 }], min: hour.agents });
    }
    if (hour.seniors > 0) {
      const s = b.addVariable({ name: `short_senior_${hour.name}`, type: "continuous", lower: 0, upper: hour.seniors, cost: penalty, meta: { kind: "short_senior", hour: h } });
      b.addConstraint({ name: `seniors_${hour.name}`, rule: "seniors", terms: [...(seniors[h] ?? []), { v: s, c: 1 }], min: hour.seniors });
    }
  });

  // Rule 9: standby per day.
  for (const date of calendar.dates) {
    const need = calendar.standbyByDate.get(date) ?? 0;
    if (need <= 0) continue;
    const s = b.addVariable({ name: `short_standby_${compactDate(date)}`, type: "continuous", lower: 0, upper: need, cost: penalty, meta: { kind: "short_standby", date } });
    const terms = agents.flatMap((_, a) => {
      const v = onCallVars[a]?.get(date);
      return v === undefined ? [] : [{ v, c: 1 }];
    });
    b.addConstraint({ name: `standby_${compactDate(date)}`, rule: "standby", terms: [...terms, { v: s, c: 1 }], min: need });
  }

  // Soft: weekends spread over the team. The most-loaded agent's weekend shifts cost `weekendFairness` x the highest
  // hourly cost each, so among rosters of (nearly) equal cost the solver picks the one with the fairest weekends.
  const fairness = rules.weekendFairness * Math.max(0, ...agents.map((a) => a.hourlyCost));
  if (fairness > 0) {
    const rows = agents.flatMap((agent, a) => {
      const terms = [...(shiftVars[a] ?? [])].filter(([si]) => calendar.slots[si]?.weekend).map(([, v]) => ones(v));
      return agent.weekends && terms.length > 1 ? [{ token: tokens[a] ?? "", terms }] : [];
    });
    if (rows.length > 1) {
      const m = b.addVariable({ name: "weekend_max", type: "continuous", lower: 0, upper: calendar.dates.length, cost: fairness, meta: { kind: "weekend_max" } });
      for (const r of rows) b.addConstraint({ name: `weekends_${r.token}`, rule: "weekendFairness", terms: [...r.terms, { v: m, c: -1 }], max: 0 });
    }
  }

  // Re-plan stability: a published row that changes after the freeze costs `changeCost`.
  freeze.changeDays.forEach(({ agent: a, date, shift }) => {
    const vars = dayVars[a]?.get(date) ?? [];
    const token = tokens[a] ?? "";
    const kept = vars.find((v) => rowShift(b.model, calendar, v) === shift);
    if (shift !== undefined && kept === undefined) return; // the old row is no longer allowed: the change is forced, a constant
    if (shift === undefined && vars.length === 0) return;
    const c = b.addVariable({ name: `changed_${token}_${compactDate(date)}`, type: "continuous", lower: 0, upper: 1, cost: rules.changeCost, meta: { kind: "changed", agent: a, date } });
    const terms = shift === undefined ? [{ v: c, c: 1 }, ...vars.map((v) => ({ v, c: -1 }))] : [{ v: c, c: 1 }, { v: kept as number, c: 1 }];
    b.addConstraint({ name: `change_${token}_${compactDate(date)}`, rule: "change", terms, min: shift === undefined ? 0 : 1 });
  });

  return { ...b.model, calendar, agents, tokens, rules, penalty, freeze };
}

function ones(v: number): Term {
  return { v, c: 1 };
}

function slotOf(model: LinearModel<VarMeta>, calendar: Calendar, v: number): Slot | undefined {
  const meta = model.variables[v]?.meta;
  return meta?.kind === "shift" ? calendar.slots[meta.slot] : undefined;
}

function dateOf(model: LinearModel<VarMeta>, calendar: Calendar, v: number): string {
  return slotOf(model, calendar, v)?.date ?? "";
}

/** The roster shift a variable stands for: a template name or "on-call". */
function rowShift(model: LinearModel<VarMeta>, calendar: Calendar, v: number): string | undefined {
  const meta = model.variables[v]?.meta;
  if (meta?.kind === "oncall") return "on-call";
  return slotOf(model, calendar, v)?.shift;
}

function maxHoursPerDay(days: Set<string>, hours: Term[], model: LinearModel<VarMeta>, calendar: Calendar): number {
  const best = new Map<string, number>();
  for (const t of hours) {
    const d = dateOf(model, calendar, t.v);
    best.set(d, Math.max(best.get(d) ?? 0, t.c));
  }
  return [...days].reduce((sum, d) => sum + (best.get(d) ?? 0), 0);
}

/** LP-safe, unique tokens for agent ids: letters, digits and underscores only. */
export function agentTokens(agents: readonly Agent[]): string[] {
  const used = new Set<string>();
  return agents.map((agent) => {
    const base = agent.id.replace(/[^A-Za-z0-9_]/g, "_") || "agent";
    let token = base;
    for (let n = 2; used.has(token); n++) token = `${base}_${n}`;
    used.add(token);
    return token;
  });
}
