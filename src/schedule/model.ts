// The roster as a linear program: one binary per agent, day and shift the rules allow, then each rule module's rows.
import type { ShiftTemplate } from "../config/types.js";
import type { RequirementRow } from "../staff/types.js";
import { buildCalendar, compactDate, hoursTouched, shiftToken, type Calendar, type Slot } from "./calendar.js";
import { freezePlan, type FreezePlan } from "./freeze.js";
import { holdLeadIn } from "./lead.js";
import { ModelBuilder, type LinearModel } from "./linear.js";
import { firstWeekNeeds, mayHold } from "./first-week.js";
import { coversHour, firstWeekWorked, onCallCost, shiftCost, type Rules } from "./rules.js";
import { modelWeights, RULES, type ModelContext, type SoftRuleId, type VarMeta } from "./rules/index.js";
import type { Agent, RosterRow } from "./types.js";
import { isWeekend } from "../time/hours.js";

export type { VarMeta } from "./rules/index.js";

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
  /** decomposition: weekend days each agent worked in the pieces before this one, by agent id */
  carriedWeekendDays?: ReadonlyMap<string, number>;
  /** decomposition: the agents whose weekends are compared over the whole season, by id */
  weekendPool?: ReadonlySet<string>;
  /** rule 6b: new hires' first-week days worked before the model's first date, by id (default: counted in `previous`) */
  carriedWorkedDays?: ReadonlyMap<string, number>;
  /** rule 6b: each hire's need over the whole window (weekly pieces), by id (default: from this model's variables) */
  firstWeekNeed?: ReadonlyMap<string, number>;
}

export interface ScheduleModel extends LinearModel<VarMeta> {
  calendar: Calendar;
  agents: readonly Agent[];
  /** LP-safe token per agent, in agent order */
  tokens: string[];
  rules: Rules;
  /** the shortfall penalty per unit (cover, seniors, standby) */
  penalty: number;
  weights: Record<SoftRuleId, number>;
  freeze: FreezePlan;
}

export function buildModel(input: ScheduleInput, calendar = buildCalendar(input.requirements, input.shifts, input.timezone)): ScheduleModel {
  const { agents, rules } = input;
  const b = new ModelBuilder<VarMeta>("peakplan_roster");
  const tokens = agentTokens(agents);
  const weights = modelWeights(agents, rules);
  const freeze = freezePlan(input, calendar);
  const slotsByDate = new Map<string, number[]>();
  calendar.slots.forEach((s, i) => slotsByDate.set(s.date, [...(slotsByDate.get(s.date) ?? []), i]));
  const ctx: ModelContext = {
    b, calendar, agents, rules, weights, tokens, freeze, slotsByDate,
    dateIndex: new Map(calendar.dates.map((d, i) => [d, i])),
    covered: calendar.slots.map((s) => hoursTouched(s, calendar.zone).filter((ms) => coversHour(s, ms))),
    shiftVars: agents.map(() => new Map()),
    dayVars: agents.map(() => new Map()),
    onCallVars: agents.map(() => new Map()),
    firstWeekWorked: input.carriedWorkedDays ?? firstWeekWorked(agents, input.previous ?? [], calendar.dates[0], rules.firstWeekDays),
    firstWeekNeed: new Map(),
    ...(input.carriedWeekendDays ? { carriedWeekendDays: input.carriedWeekendDays } : {}),
    ...(input.weekendPool ? { weekendPool: input.weekendPool } : {}),
  };
  addDecisionVariables(ctx);
  // Rule 6b: a first-week date counts when the hire has a shift variable on it (free, or frozen on a published row).
  const worksOn = (a: number, date: string): boolean => (slotsByDate.get(date) ?? []).some((si) => ctx.shiftVars[a]?.has(si));
  ctx.firstWeekNeed = input.firstWeekNeed ?? firstWeekNeeds(agents, rules, calendar, worksOn, input.previous ?? []);
  for (const rule of RULES) rule.addTo?.(ctx);
  holdLeadIn(b.model, calendar);
  return { ...b.model, calendar, agents, tokens, rules, penalty: weights.cover, weights, freeze };
}

// The rules that filter variables, in RULES order: asking the other rules for every agent, date and slot was waste.
const ON_CALL_RULES = RULES.filter((r) => r.allowsOnCall !== undefined);

/** One binary per agent, day and shift (and on-call day) that every rule allows; a frozen day allows only its row. */
function addDecisionVariables(ctx: ModelContext): void {
  const { b, calendar, freeze, rules, tokens } = ctx;
  // The shift part of each name, per slot once rather than per agent.
  const shiftTokens = calendar.slots.map((s) => shiftToken(s.shift));
  ctx.agents.forEach((agent, a) => {
    for (const date of calendar.dates) {
      const fixed = freeze.fixed(a, date);
      const vars: number[] = [];
      for (const si of ctx.slotsByDate.get(date) ?? []) {
        const slot = calendar.slots[si] as Slot;
        if ((fixed !== undefined && fixed !== slot.shift) || !mayHold(agent, slot)) continue;
        const v = b.addVariable({
          name: `x_${tokens[a]}_${compactDate(date)}_${shiftTokens[si] ?? ""}`,
          type: "binary", lower: fixed === undefined ? 0 : 1, upper: 1, cost: shiftCost(agent, slot, rules),
          meta: { kind: "shift", agent: a, slot: si },
        });
        ctx.shiftVars[a]?.set(si, v);
        vars.push(v);
      }
      // From the date, not a slot: a day may have no template (a weekday-only set on a Saturday) and still want on-call.
      const weekend = isWeekend(date);
      const wanted = (calendar.standbyByDate.get(date) ?? 0) > 0 || fixed === "on-call" || freeze.previousShift(a, date) === "on-call";
      const allowed = ON_CALL_RULES.every((r) => r.allowsOnCall?.(agent, date, weekend) ?? true);
      if (allowed && wanted && (fixed === undefined || fixed === "on-call")) {
        const v = b.addVariable({
          name: `oncall_${tokens[a]}_${compactDate(date)}`,
          type: "binary", lower: fixed === undefined ? 0 : 1, upper: 1, cost: onCallCost(agent, rules),
          meta: { kind: "oncall", agent: a, date },
        });
        ctx.onCallVars[a]?.set(date, v);
        vars.push(v);
      }
      ctx.dayVars[a]?.set(date, vars);
    }
  });
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
