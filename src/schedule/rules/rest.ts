// Hard rule 2: at least `rules.minRestHours` of real time between two shifts of one agent on different days.
import { compactDate, shiftToken, type Slot } from "../calendar.js";
import { breaksRest } from "../rules.js";
import { ones, shiftsOf, type Rule } from "./types.js";

export const rest: Rule = {
  id: "rest",
  kind: "hard",
  title: "2 rest between shifts",
  addTo(ctx) {
    const { calendar } = ctx;
    // Which slots of the next two days are too close to each slot depends on the slots only: found once, not per agent.
    const clashes = calendar.slots.map((slot) => {
      const d = ctx.dateIndex.get(slot.date) ?? 0;
      return calendar.dates.slice(d + 1, d + 3).map((later) => ({
        later,
        slots: (ctx.slotsByDate.get(later) ?? []).filter((sj) => breaksRest(slot, calendar.slots[sj] as Slot, ctx.rules.minRestHours)),
      }));
    });
    ctx.agents.forEach((_, a) => {
      const vars = ctx.shiftVars[a] ?? new Map<number, number>();
      // Each later day holds at most one shift, so all of a day's conflicts share one row.
      for (const [si, v] of vars) {
        const slot = calendar.slots[si] as Slot;
        for (const { later, slots } of clashes[si] ?? []) {
          const conflicts = slots.filter((sj) => vars.has(sj)).map((sj) => vars.get(sj) as number);
          if (conflicts.length === 0) continue;
          ctx.b.addConstraint({
            name: `rest_${ctx.tokens[a]}_${compactDate(slot.date)}_${shiftToken(slot.shift)}_${compactDate(later)}`,
            rule: "rest", terms: [v, ...conflicts].map(ones), max: 1,
          });
        }
      }
    });
  },
  check(ctx) {
    for (const rows of ctx.byAgent.values()) {
      const shifts = shiftsOf(rows);
      for (let i = 1; i < shifts.length; i++) {
        const a = shifts[i - 1];
        const b = shifts[i];
        if (!a || !b || !breaksRest(a.slot, b.slot, ctx.rules.minRestHours)) continue;
        const hours = (b.slot.startMs - a.slot.endMs) / 3_600_000;
        ctx.add("rest", b.row, `${b.agent.id}: ${hours} h between ${a.row.date} ${a.row.shift} and ${b.row.date} ${b.row.shift}; at least ${ctx.rules.minRestHours} h needed`);
      }
    }
  },
};
