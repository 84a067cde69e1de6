// Soft: no isolated single working days. A shift with no shift the day before or after costs `weights.isolatedDays`
// (one Monday, then nothing for a week is a wasted commute and no rhythm). Days at the window's edges and days whose
// neighbours the agent cannot work anyway are not counted.
import { compactDate } from "../calendar.js";
import { shiftsOn, type Rule } from "./types.js";

export const isolatedDays: Rule = {
  id: "isolatedDays",
  kind: "soft",
  title: "isolated single days",
  addTo(ctx) {
    if (ctx.weights.isolatedDays <= 0) return;
    const { dates } = ctx.calendar;
    ctx.agents.forEach((_, a) => {
      const byDay = dates.map((d) => shiftsOn(ctx, a, d));
      for (let i = 1; i + 1 < dates.length; i++) {
        const today = byDay[i] ?? [];
        const before = byDay[i - 1] ?? [];
        const after = byDay[i + 1] ?? [];
        if (today.length === 0 || (before.length === 0 && after.length === 0)) continue;
        const s = ctx.b.addVariable({ name: `isolated_${ctx.tokens[a]}_${compactDate(dates[i] ?? "")}`, type: "continuous", lower: 0, upper: 1, cost: ctx.weights.isolatedDays, meta: { kind: "penalty", rule: "isolatedDays" } });
        ctx.b.addConstraint({
          name: `isolated_${ctx.tokens[a]}_${compactDate(dates[i] ?? "")}`, rule: "isolatedDays",
          terms: [...today.map((v) => ({ v, c: 1 })), ...before.map((v) => ({ v, c: -1 })), ...after.map((v) => ({ v, c: -1 })), { v: s, c: -1 }], max: 0,
        });
      }
    });
  },
};
