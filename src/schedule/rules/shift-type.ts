// Soft: the same shift type day after day. Each change of template between two consecutive working days (early one
// day, evening the next) costs `weights.shiftType`: a lead keeps an agent's week on one pattern.
import { compactDate, shiftToken } from "../calendar.js";
import type { Rule } from "./types.js";

export const shiftType: Rule = {
  id: "shiftType",
  kind: "soft",
  title: "shift type changes",
  addTo(ctx) {
    if (ctx.weights.shiftType <= 0) return;
    const { dates, slots } = ctx.calendar;
    ctx.agents.forEach((_, a) => {
      const vars = ctx.shiftVars[a];
      if (!vars) return;
      const typed = (date: string): Array<{ v: number; shift: string }> =>
        (ctx.slotsByDate.get(date) ?? []).flatMap((si) => {
          const v = vars.get(si);
          return v === undefined ? [] : [{ v, shift: slots[si]?.shift ?? "" }];
        });
      let today = typed(dates[0] ?? "");
      for (let i = 0; i + 1 < dates.length; i++) {
        const tomorrow = typed(dates[i + 1] ?? "");
        const kinds = new Set([...today, ...tomorrow].map((x) => x.shift));
        if (today.length > 0 && tomorrow.length > 0 && kinds.size > 1) {
          const token = `${ctx.tokens[a]}_${compactDate(dates[i] ?? "")}`;
          const c = ctx.b.addVariable({ name: `typechange_${token}`, type: "continuous", lower: 0, upper: 1, cost: ctx.weights.shiftType, meta: { kind: "penalty", rule: "shiftType" } });
          // change >= x(today, t) + sum over other templates of x(tomorrow, t') - 1, for each template t worked today
          for (const t of today) {
            const others = tomorrow.filter((x) => x.shift !== t.shift);
            if (others.length === 0) continue;
            ctx.b.addConstraint({ name: `typechange_${token}_${shiftToken(t.shift)}`, rule: "shiftType", terms: [{ v: t.v, c: 1 }, ...others.map((x) => ({ v: x.v, c: 1 })), { v: c, c: -1 }], max: 1 });
          }
        }
        today = tomorrow;
      }
    });
  },
};
