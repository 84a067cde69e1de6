// Soft rules 7 and 8: agents and seniors per hour; each missing agent-hour or senior-hour pays the shortfall penalty.
import type { Term } from "../linear.js";
import type { ModelContext, Rule } from "./types.js";

function hourRows(ctx: ModelContext, seniorsOnly: boolean): Term[][] {
  const rows: Term[][] = ctx.calendar.hours.map(() => []);
  const hourIndex = new Map(ctx.calendar.hours.map((h, i) => [h.ms, i]));
  ctx.agents.forEach((agent, a) => {
    if (seniorsOnly && agent.seniority !== "senior") return;
    for (const [si, v] of ctx.shiftVars[a] ?? []) {
      for (const ms of ctx.covered[si] ?? []) {
        const h = hourIndex.get(ms);
        if (h !== undefined) rows[h]?.push({ v, c: 1 });
      }
    }
  });
  return rows;
}

export const cover: Rule = {
  id: "cover",
  kind: "soft",
  title: "7 coverage",
  addTo(ctx) {
    const rows = hourRows(ctx, false);
    ctx.calendar.hours.forEach((hour, h) => {
      if (hour.agents <= 0) return;
      const s = ctx.b.addVariable({ name: `short_cover_${hour.name}`, type: "continuous", lower: 0, upper: hour.agents, cost: ctx.weights.cover, meta: { kind: "penalty", rule: "cover" } });
      ctx.b.addConstraint({ name: `cover_${hour.name}`, rule: "cover", terms: [...(rows[h] ?? []), { v: s, c: 1 }], min: hour.agents });
    });
  },
};

export const seniors: Rule = {
  id: "seniors",
  kind: "soft",
  title: "8 seniors",
  addTo(ctx) {
    const rows = hourRows(ctx, true);
    ctx.calendar.hours.forEach((hour, h) => {
      if (hour.seniors <= 0) return;
      const s = ctx.b.addVariable({ name: `short_senior_${hour.name}`, type: "continuous", lower: 0, upper: hour.seniors, cost: ctx.weights.seniors, meta: { kind: "penalty", rule: "seniors" } });
      ctx.b.addConstraint({ name: `seniors_${hour.name}`, rule: "seniors", terms: [...(rows[h] ?? []), { v: s, c: 1 }], min: hour.seniors });
    });
  },
};
