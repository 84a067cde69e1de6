// The shape every rule module has: an id, hard or soft, what it adds to the model and what it checks in a roster.
import type { Calendar, Slot } from "../calendar.js";
import type { FreezePlan } from "../freeze.js";
import type { ModelBuilder, Term } from "../linear.js";
import type { Rules } from "../rules.js";
import type { Agent, RosterRow } from "../types.js";

export const HARD_RULE_IDS = [
  "onePerDay", "rest", "weeklyDays", "weeklyHours", "availability", "weekends", "onCall", "pairing", "timeOff", "maxConsecutiveDays", "weeklyRest",
] as const;
export const SOFT_RULE_IDS = ["cover", "seniors", "standby", "change", "weekendSpread", "shiftType", "isolatedDays", "minHours"] as const;
export type HardRuleId = (typeof HARD_RULE_IDS)[number];
export type SoftRuleId = (typeof SOFT_RULE_IDS)[number];
export type RuleId = HardRuleId | SoftRuleId;

/** What a model variable stands for, so a solution reads back without parsing names and each penalty names its rule. */
export type VarMeta =
  | { kind: "shift"; agent: number; slot: number }
  | { kind: "oncall"; agent: number; date: string }
  | { kind: "penalty"; rule: SoftRuleId }
  | { kind: "aux"; rule: RuleId };

/** Everything a rule needs to add its rows: the variables made so far, indexed by agent, date and slot. */
export interface ModelContext {
  b: ModelBuilder<VarMeta>;
  calendar: Calendar;
  agents: readonly Agent[];
  rules: Rules;
  /** money per unit of each soft rule (weights.ts) */
  weights: Record<SoftRuleId, number>;
  /** LP-safe token per agent */
  tokens: string[];
  freeze: FreezePlan;
  slotsByDate: Map<string, number[]>;
  dateIndex: Map<string, number>;
  /** per slot: the start instants of the hours it covers whole */
  covered: number[][];
  /** per agent: slot index -> variable */
  shiftVars: Array<Map<number, number>>;
  /** per agent and date: the day's shift and on-call variables */
  dayVars: Array<Map<string, number[]>>;
  onCallVars: Array<Map<string, number>>;
  /** weekend days each agent already worked before this piece of the season (decomposition), by agent id */
  carriedWeekendDays?: ReadonlyMap<string, number>;
  /** agents whose weekends are spread evenly (available every weekend of the whole season), by id */
  weekendPool?: ReadonlySet<string>;
  /** rule 6b: each new hire's first-week days worked before the model's first date (published rows, earlier pieces), by id */
  firstWeekWorked: ReadonlyMap<string, number>;
  /** rule 6b: the first-week days each new hire must have worked to work after their first week (first-week.ts), by id */
  firstWeekNeed: ReadonlyMap<string, number>;
}

/** A roster row placed in time: a shift has its slot, an on-call day has none. */
export interface Placed {
  row: RosterRow;
  agent: Agent;
  slot?: Slot;
}

export interface CheckContext {
  rules: Rules;
  zone: string;
  /** the requirement dates in order */
  dates: string[];
  placed: Placed[];
  /** each agent's rows, shifts sorted by start */
  byAgent: Map<string, Placed[]>;
  /** rule 6b: each new hire's first-week days worked before the roster (a re-plan's published rows), by agent id */
  firstWeekWorked: ReadonlyMap<string, number>;
  /** rule 6b: the first-week days each new hire must have worked to work after their first week, by agent id */
  firstWeekNeed: ReadonlyMap<string, number>;
  add(rule: HardRuleId, row: RosterRow, message: string): void;
}

export interface Rule {
  id: RuleId;
  kind: "hard" | "soft";
  /** how the rule is named in reports, e.g. "2 rest between shifts" */
  title: string;
  /** false when the agent may never hold this shift (the variable is not made) */
  allowsShift?(agent: Agent, slot: Slot): boolean;
  allowsOnCall?(agent: Agent, date: string, weekend: boolean): boolean;
  addTo?(ctx: ModelContext): void;
  /** hard rules: report each row that breaks the rule */
  check?(ctx: CheckContext): void;
}

export function ones(v: number): Term {
  return { v, c: 1 };
}

/** The shift variables of an agent on a date (at most one of them is 1). */
export function shiftsOn(ctx: ModelContext, agent: number, date: string): number[] {
  const out: number[] = [];
  for (const si of ctx.slotsByDate.get(date) ?? []) {
    const v = ctx.shiftVars[agent]?.get(si);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Shift rows only, sorted by start. */
export function shiftsOf(rows: readonly Placed[]): Array<Placed & { slot: Slot }> {
  return rows.filter((p): p is Placed & { slot: Slot } => p.slot !== undefined).sort((a, b) => a.slot.startMs - b.slot.startMs);
}
