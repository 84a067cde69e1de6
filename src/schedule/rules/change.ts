// Soft: re-plan stability. A published row that changes after the freeze costs `rules.changeCost`.
import { compactDate } from "../calendar.js";
import type { ModelContext, Rule } from "./types.js";

export const change: Rule = {
  id: "change",
  kind: "soft",
  title: "re-plan changes",
  addTo(ctx) {
    ctx.freeze.changeDays.forEach(({ agent: a, date, shift }) => {
      const vars = ctx.dayVars[a]?.get(date) ?? [];
      const token = ctx.tokens[a] ?? "";
      const kept = vars.find((v) => rowShift(ctx, v) === shift);
      if (shift !== undefined && kept === undefined) return; // the old row is no longer allowed: the change is forced, a constant
      if (shift === undefined && vars.length === 0) return;
      const c = ctx.b.addVariable({ name: `changed_${token}_${compactDate(date)}`, type: "continuous", lower: 0, upper: 1, cost: ctx.weights.change, meta: { kind: "penalty", rule: "change" } });
      const terms = shift === undefined ? [{ v: c, c: 1 }, ...vars.map((v) => ({ v, c: -1 }))] : [{ v: c, c: 1 }, { v: kept as number, c: 1 }];
      ctx.b.addConstraint({ name: `change_${token}_${compactDate(date)}`, rule: "change", terms, min: shift === undefined ? 0 : 1 });
    });
  },
};

/** The roster shift a variable stands for: a template name or "on-call". */
function rowShift(ctx: ModelContext, v: number): string | undefined {
  const meta = ctx.b.model.variables[v]?.meta;
  if (meta?.kind === "oncall") return "on-call";
  return meta?.kind === "shift" ? ctx.calendar.slots[meta.slot]?.shift : undefined;
}
