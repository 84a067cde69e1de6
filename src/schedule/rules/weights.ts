// Every soft rule's price per unit, in one table: what one missing unit of each costs in the objective.
import type { Rules } from "../rules.js";
import type { Agent } from "../types.js";
import type { SoftRuleId } from "./types.js";

/** What one unit of each soft rule is, for reports. */
export const SOFT_UNITS: Record<SoftRuleId, string> = {
  cover: "agent-hour short",
  seniors: "senior-hour short",
  standby: "on-call day short",
  change: "published row changed",
  weekendSpread: "weekend day between the most and least loaded agent",
  shiftType: "shift-type change between consecutive working days",
  isolatedDays: "isolated single working day",
  minHours: "hour below min_hours_per_week",
};

/**
 * Shortfalls cost `penaltyMultiplier` x the highest hourly cost, so covering an hour always beats saving pay; a changed
 * published row costs `changeCost`; the roster-shape rules cost a multiple of the team's mean hourly cost (an hour's pay),
 * small enough that they trade only among rosters of (nearly) the contract's cost.
 */
export function softWeights(agents: readonly Agent[], rules: Rules): Record<SoftRuleId, number> {
  const highest = agents.reduce((m, a) => Math.max(m, a.hourlyCost), 0);
  const mean = agents.length === 0 ? 0 : agents.reduce((s, a) => s + a.hourlyCost, 0) / agents.length;
  const shortfall = rules.penaltyMultiplier * highest;
  return {
    cover: shortfall,
    seniors: shortfall,
    standby: shortfall,
    change: rules.changeCost,
    weekendSpread: rules.weekendFairness * mean,
    shiftType: rules.shiftTypeChange * mean,
    isolatedDays: rules.isolatedDay * mean,
    // Guaranteed hours are paid whether worked or not: a short hour costs at least the dearest pay, so they get used.
    minHours: rules.minHoursShort * highest,
  };
}

/** The roster-shape rules the search after the solve prices (src/schedule/search): in the model only with `shapeInModel`. */
export const SHAPE_RULE_IDS = ["weekendSpread", "shiftType", "isolatedDays"] as const satisfies readonly SoftRuleId[];

/**
 * The weights the model prices: the shape rules at 0 unless `rules.shapeInModel`. Priced in the model they made the
 * 200-agent season's solve 2-5 times slower (README, Schedule); the search after the solve meets their targets in a
 * second at a cost well inside the 1 % budget.
 */
export function modelWeights(agents: readonly Agent[], rules: Rules): Record<SoftRuleId, number> {
  const w = softWeights(agents, rules);
  if (!rules.shapeInModel) for (const id of SHAPE_RULE_IDS) w[id] = 0;
  return w;
}
