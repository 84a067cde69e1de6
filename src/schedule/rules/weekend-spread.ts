// Soft: weekends spread evenly. The gap between the most and the least loaded agent (weekend days worked, over the agents
// available every weekend of the season) costs `weights.weekendSpread` per day, so no one is left with every weekend.
import { isAvailable } from "../rules.js";
import { isOff } from "./time-off.js";
import type { ModelContext, Rule } from "./types.js";

export const weekendSpread: Rule = {
  id: "weekendSpread",
  kind: "soft",
  title: "weekend spread",
  addTo(ctx) {
    if (ctx.weights.weekendSpread <= 0) return;
    const pool = ctx.weekendPool ?? weekendPool(ctx.agents, ctx.calendar.dates.filter((d) => weekendDate(ctx, d)));
    const rows = ctx.agents.flatMap((agent, a) => {
      if (!pool.has(agent.id)) return [];
      const terms = [...(ctx.shiftVars[a] ?? [])].filter(([si]) => ctx.calendar.slots[si]?.weekend).map(([, v]) => ({ v, c: 1 }));
      return [{ token: ctx.tokens[a] ?? "", terms, carried: ctx.carriedWeekendDays?.get(agent.id) ?? 0 }];
    });
    if (rows.length < 2 || rows.every((r) => r.terms.length === 0)) return;
    const upper = ctx.calendar.dates.length + Math.max(0, ...rows.map((r) => r.carried));
    const most = ctx.b.addVariable({ name: "weekend_max", type: "continuous", lower: 0, upper, cost: ctx.weights.weekendSpread, meta: { kind: "penalty", rule: "weekendSpread" } });
    const least = ctx.b.addVariable({ name: "weekend_min", type: "continuous", lower: 0, upper, cost: -ctx.weights.weekendSpread, meta: { kind: "penalty", rule: "weekendSpread" } });
    for (const r of rows) {
      ctx.b.addConstraint({ name: `weekends_${r.token}`, rule: "weekendSpread", terms: [...r.terms, { v: most, c: -1 }], max: -r.carried });
      ctx.b.addConstraint({ name: `weekends_min_${r.token}`, rule: "weekendSpread", terms: [...r.terms, { v: least, c: -1 }], min: -r.carried });
    }
  },
};

/** Agents who work weekends and can work every one of these weekend dates: only their loads are compared. */
export function weekendPool(agents: ModelContext["agents"], weekendDates: readonly string[]): Set<string> {
  return new Set(agents.filter((a) => a.weekends && weekendDates.every((d) => isAvailable(a, d) && !isOff(a, d))).map((a) => a.id));
}

function weekendDate(ctx: ModelContext, date: string): boolean {
  return ctx.calendar.slots.some((s) => s.date === date && s.weekend);
}
