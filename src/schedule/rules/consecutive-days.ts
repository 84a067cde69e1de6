// Hard rule 11: at most `rules.maxConsecutiveDays` working days (shifts) in a row; on-call days at home do not count.
import { addDays } from "../../time/dates.js";
import { compactDate } from "../calendar.js";
import { ones, shiftsOf, shiftsOn, type Rule } from "./types.js";

export const maxConsecutiveDays: Rule = {
  id: "maxConsecutiveDays",
  kind: "hard",
  title: "11 working days in a row",
  addTo(ctx) {
    const n = ctx.rules.maxConsecutiveDays;
    const dates = ctx.calendar.dates;
    if (n >= dates.length) return;
    ctx.agents.forEach((_, a) => {
      const byDay = dates.map((d) => shiftsOn(ctx, a, d));
      // Every run of n + 1 consecutive days holds at most n shifts; a window with a day the agent cannot work needs no row.
      for (let i = 0; i + n < dates.length; i++) {
        const window = byDay.slice(i, i + n + 1);
        if (window.some((vars) => vars.length === 0)) continue;
        ctx.b.addConstraint({ name: `consec_${ctx.tokens[a]}_${compactDate(dates[i] ?? "")}`, rule: "maxConsecutiveDays", terms: window.flat().map(ones), max: n });
      }
    });
  },
  check(ctx) {
    const n = ctx.rules.maxConsecutiveDays;
    for (const rows of ctx.byAgent.values()) {
      const days = [...new Set(shiftsOf(rows).map((p) => p.row.date))].sort();
      let run = 0;
      let previous = "";
      for (const day of days) {
        run = previous !== "" && nextDay(previous) === day ? run + 1 : 1;
        previous = day;
        const row = rows.find((p) => p.row.date === day && p.slot);
        if (run === n + 1 && row) ctx.add("maxConsecutiveDays", row.row, `${row.agent.id} works ${n + 1} days in a row up to ${day}; at most ${n}`);
      }
    }
  },
};

/** The calendar day after a YYYY-MM-DD date: time/dates.ts's day arithmetic (luxon here cost seconds per 200-agent season). */
export function nextDay(date: string): string {
  return addDays(date, 1);
}
