// Soft: at least the agent's `min_hours_per_week` (contract hours). Each hour short costs `weights.minHours`. A week the
// window or the agent's availability cuts asks for its share: min hours x the days the agent could work / 7.
import { weeksOf } from "./weekly-days.js";
import type { Rule } from "./types.js";

export const minHours: Rule = {
  id: "minHours",
  kind: "soft",
  title: "minimum weekly hours",
  addTo(ctx) {
    if (ctx.weights.minHours <= 0) return;
    ctx.agents.forEach((agent, a) => {
      const min = agent.minHoursPerWeek ?? 0;
      if (min <= 0) return;
      for (const [week, { vars, slots, days }] of weeksOf(ctx, a)) {
        const target = Math.round(((min * days.size) / 7) * 100) / 100;
        if (target <= 0) continue;
        const name = `minhours_${ctx.tokens[a]}_${week.replace("-", "")}`;
        const s = ctx.b.addVariable({ name: `short_${name}`, type: "continuous", lower: 0, upper: target, cost: ctx.weights.minHours, meta: { kind: "penalty", rule: "minHours" } });
        const terms = vars.map((v, i) => ({ v, c: ctx.calendar.slots[slots[i] ?? -1]?.hours ?? 0 }));
        ctx.b.addConstraint({ name, rule: "minHours", terms: [...terms, { v: s, c: 1 }], min: target });
      }
    });
  },
};
