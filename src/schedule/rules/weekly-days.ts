// Hard rule 3a: at most `max_days_per_week` working days in an ISO week, counting the days inside the window.
import { weekOf } from "../rules.js";
import { ones, shiftsOf, type ModelContext, type Rule } from "./types.js";

export const weeklyDays: Rule = {
  id: "weeklyDays",
  kind: "hard",
  title: "3 working days per week",
  addTo(ctx) {
    ctx.agents.forEach((agent, a) => {
      for (const [week, { vars, days }] of weeksOf(ctx, a)) {
        if (days.size > agent.maxDaysPerWeek) ctx.b.addConstraint({ name: `days_${ctx.tokens[a]}_${week.replace("-", "")}`, rule: "weeklyDays", terms: vars.map(ones), max: agent.maxDaysPerWeek });
      }
    });
  },
  check(ctx) {
    for (const rows of ctx.byAgent.values()) {
      for (const [week, list] of groupByWeek(shiftsOf(rows))) {
        const first = list[0];
        const days = new Set(list.map((p) => p.row.date)).size;
        if (first && days > first.agent.maxDaysPerWeek) ctx.add("weeklyDays", first.row, `${first.agent.id} works ${days} days in ${week}; at most ${first.agent.maxDaysPerWeek}`);
      }
    }
  },
};

/** An agent's shift variables by ISO week, with the dates they fall on. */
export function weeksOf(ctx: ModelContext, a: number): Map<string, { vars: number[]; days: Set<string>; slots: number[] }> {
  const weeks = new Map<string, { vars: number[]; days: Set<string>; slots: number[] }>();
  for (const [si, v] of ctx.shiftVars[a] ?? []) {
    const date = ctx.calendar.slots[si]?.date ?? "";
    const w = weekOf(date);
    const entry = weeks.get(w) ?? { vars: [], days: new Set<string>(), slots: [] };
    entry.vars.push(v);
    entry.slots.push(si);
    entry.days.add(date);
    weeks.set(w, entry);
  }
  return weeks;
}

export function groupByWeek<T extends { row: { date: string } }>(list: readonly T[]): Map<string, T[]> {
  const weeks = new Map<string, T[]>();
  for (const p of list) {
    const w = weekOf(p.row.date);
    weeks.set(w, [...(weeks.get(w) ?? []), p]);
  }
  return weeks;
}
