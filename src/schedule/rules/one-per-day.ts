// Hard rule 1: at most one row (a shift or on-call) per agent per day.
import { compactDate } from "../calendar.js";
import { ones, type Rule } from "./types.js";

export const onePerDay: Rule = {
  id: "onePerDay",
  kind: "hard",
  title: "1 one row per agent per day",
  addTo(ctx) {
    ctx.agents.forEach((_, a) => {
      for (const [date, vars] of ctx.dayVars[a] ?? []) {
        if (vars.length > 1) ctx.b.addConstraint({ name: `one_${ctx.tokens[a]}_${compactDate(date)}`, rule: "onePerDay", terms: vars.map(ones), max: 1 });
      }
    });
  },
  check(ctx) {
    for (const rows of ctx.byAgent.values()) {
      const perDay = new Map<string, number>();
      for (const { row, agent } of rows) {
        perDay.set(row.date, (perDay.get(row.date) ?? 0) + 1);
        if (perDay.get(row.date) === 2) ctx.add("onePerDay", row, `${agent.id} has more than one row on ${row.date}`);
      }
    }
  },
};
