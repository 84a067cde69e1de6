// The rule list: the model is the variables every rule allows plus each rule's rows; the checker runs the same list.
import { availability } from "./availability.js";
import { change } from "./change.js";
import { maxConsecutiveDays } from "./consecutive-days.js";
import { cover, seniors } from "./cover.js";
import { isolatedDays } from "./isolated-days.js";
import { minHours } from "./min-hours.js";
import { onCall } from "./on-call.js";
import { onePerDay } from "./one-per-day.js";
import { pairing } from "./pairing.js";
import { rest } from "./rest.js";
import { shiftType } from "./shift-type.js";
import { standby } from "./standby.js";
import { timeOff } from "./time-off.js";
import type { HardRuleId, Rule, RuleId } from "./types.js";
import { weekendSpread } from "./weekend-spread.js";
import { weekends } from "./weekends.js";
import { weeklyDays } from "./weekly-days.js";
import { weeklyHours } from "./weekly-hours.js";
import { weeklyRest } from "./weekly-rest.js";

export const RULES: readonly Rule[] = [
  onePerDay, rest, weeklyDays, weeklyHours, availability, weekends, onCall, pairing, timeOff, maxConsecutiveDays, weeklyRest,
  cover, seniors, standby, change, weekendSpread, shiftType, isolatedDays, minHours,
];

export const HARD_RULES: readonly Rule[] = RULES.filter((r) => r.kind === "hard");
export const SOFT_RULES: readonly Rule[] = RULES.filter((r) => r.kind === "soft");

const TITLES = new Map<RuleId, string>(RULES.map((r) => [r.id, r.title]));

export function ruleTitle(id: RuleId | "knownRow"): string {
  return id === "knownRow" ? "0 known agent and shift" : TITLES.get(id) ?? id;
}

export type { HardRuleId, Rule, RuleId, SoftRuleId, VarMeta, ModelContext, CheckContext, Placed } from "./types.js";
export { HARD_RULE_IDS, SOFT_RULE_IDS } from "./types.js";
export { modelWeights, SHAPE_RULE_IDS, softWeights, SOFT_UNITS } from "./weights.js";
export type HardRule = HardRuleId;
