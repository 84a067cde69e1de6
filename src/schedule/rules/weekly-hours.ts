// Hard rule 3b: at most `max_hours_per_week` shift hours in an ISO week.
import { shiftsOf, type Rule } from "./types.js";
import { groupByWeek, weeksOf } from "./weekly-days.js";

export const weeklyHours: Rule = {
  id: "weeklyHours",
  kind: "hard",
  title: "3 shift hours per week",
  addTo(ctx) {
    ctx.agents.forEach((agent, a) => {
      for (const [week, { vars, slots }] of weeksOf(ctx, a)) {
        const terms = vars.map((v, i) => ({ v, c: ctx.calendar.slots[slots[i] ?? -1]?.hours ?? 0 }));
        // Only a week whose longest possible load (one shift a day, the longest) breaks the limit needs a row.
        const longest = new Map<string, number>();
        slots.forEach((si) => {
          const s = ctx.calendar.slots[si];
          if (s) longest.set(s.date, Math.max(longest.get(s.date) ?? 0, s.hours));
        });
        const most = [...longest.values()].reduce((x, y) => x + y, 0);
        if (most > agent.maxHoursPerWeek) ctx.b.addConstraint({ name: `hours_${ctx.tokens[a]}_${week.replace("-", "")}`, rule: "weeklyHours", terms, max: agent.maxHoursPerWeek });
      }
    });
  },
  check(ctx) {
    for (const rows of ctx.byAgent.values()) {
      for (const [week, list] of groupByWeek(shiftsOf(rows))) {
        const first = list[0];
        const hours = list.reduce((s, p) => s + p.slot.hours, 0);
        if (first && hours > first.agent.maxHoursPerWeek + 1e-9) ctx.add("weeklyHours", first.row, `${first.agent.id} works ${hours} h in ${week}; at most ${first.agent.maxHoursPerWeek}`);
      }
    }
  },
};
