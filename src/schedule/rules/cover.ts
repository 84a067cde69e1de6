// Soft rules 7 and 8: agents and seniors per hour; each missing agent-hour or senior-hour pays the shortfall penalty.
import type { Term } from "../linear.js";
import type { ModelContext, Rule } from "./types.js";

function hourRows(ctx: ModelContext, seniorsOnly: boolean): Term[][] {
  const rows: Term[][] = ctx.calendar.hours.map(() => []);
  const hourIndex = new Map(ctx.calendar.hours.map((h, i) => [h.ms, i]));
  // The rows each slot covers, found once per slot rather than once per agent and slot.
  const slotRows = ctx.covered.map((hours) => hours.map((ms) => hourIndex.get(ms)).filter((h) => h !== undefined));
  ctx.agents.forEach((agent, a) => {
    if (seniorsOnly && agent.seniority !== "senior") return;
    for (const [si, v] of ctx.shiftVars[a] ?? []) {
      for (const h of slotRows[si] ?? []) rows[h]?.push({ v, c: 1 });
    }
  });
  return rows;
}

/**
 * One row per hour with a need: the agents (or seniors) on shift plus a shortfall slack, paid at the rule's weight.
 * Rows and slacks are named `<rule>_<hour>` and `short_<prefix>_<hour>`, as the LP export and the reports read them.
 */
function addShortRows(ctx: ModelContext, rule: "cover" | "seniors", prefix: string, need: (hour: ModelContext["calendar"]["hours"][number]) => number): void {
  const rows = hourRows(ctx, rule === "seniors");
  ctx.calendar.hours.forEach((hour, h) => {
    const needed = need(hour);
    if (needed <= 0) return;
    const s = ctx.b.addVariable({ name: `short_${prefix}_${hour.name}`, type: "continuous", lower: 0, upper: needed, cost: ctx.weights[rule], meta: { kind: "penalty", rule } });
    ctx.b.addConstraint({ name: `${rule}_${hour.name}`, rule, terms: [...(rows[h] ?? []), { v: s, c: 1 }], min: needed });
  });
}

export const cover: Rule = {
  id: "cover",
  kind: "soft",
  title: "7 coverage",
  addTo: (ctx) => addShortRows(ctx, "cover", "cover", (hour) => hour.agents),
};

export const seniors: Rule = {
  id: "seniors",
  kind: "soft",
  title: "8 seniors",
  addTo: (ctx) => addShortRows(ctx, "seniors", "senior", (hour) => hour.seniors),
};
