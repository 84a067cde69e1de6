// Soft rule 9: the day's on-call need; each missing on-call day pays the shortfall penalty.
import { compactDate } from "../calendar.js";
import type { Rule } from "./types.js";

export const standby: Rule = {
  id: "standby",
  kind: "soft",
  title: "9 standby",
  addTo(ctx) {
    for (const date of ctx.calendar.dates) {
      const need = ctx.calendar.standbyByDate.get(date) ?? 0;
      if (need <= 0) continue;
      const s = ctx.b.addVariable({ name: `short_standby_${compactDate(date)}`, type: "continuous", lower: 0, upper: need, cost: ctx.weights.standby, meta: { kind: "penalty", rule: "standby" } });
      const terms = ctx.agents.flatMap((_, a) => {
        const v = ctx.onCallVars[a]?.get(date);
        return v === undefined ? [] : [{ v, c: 1 }];
      });
      ctx.b.addConstraint({ name: `standby_${compactDate(date)}`, rule: "standby", terms: [...terms, { v: s, c: 1 }], min: need });
    }
  },
};
