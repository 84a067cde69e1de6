// Hard rule 12: in every 7 days a rest of at least `rules.weeklyRestHours` in one stretch (35 h: 24 h + the 11 h daily
// rest, as in the EU Working Time Directive 2003/88/EC art. 5 and Finland's Working Hours Act 605/2019 s. 27).
// The stretch is a day off and the time around it: from the end of the previous day's shift to the start of the next
// day's. On-call at home is standby, not work, so it does not break the rest. Limits above 47 h would need two days off
// in a row and are refused by the config.
import { compactDate, type Slot } from "../calendar.js";
import type { Term } from "../linear.js";
import { shiftsOf, shiftsOn, type Rule } from "./types.js";
import { nextDay } from "./consecutive-days.js";

const HOUR_MS = 3_600_000;

export const weeklyRest: Rule = {
  id: "weeklyRest",
  kind: "hard",
  title: "12 weekly rest",
  addTo(ctx) {
    const { dates, slots } = ctx.calendar;
    const hours = ctx.rules.weeklyRestHours;
    if (dates.length < 7 || hours <= 0) return;
    ctx.agents.forEach((_, a) => {
      const token = ctx.tokens[a] ?? "";
      const byDay = dates.map((d) => shiftsOn(ctx, a, d));
      const slotOf = (v: number): Slot | undefined => {
        const meta = ctx.b.model.variables[v]?.meta;
        return meta?.kind === "shift" ? slots[meta.slot] : undefined;
      };
      // rest[i]: a variable that may be 1 only when day i is off with a long enough rest around it; "free" when it always is.
      const rest: Array<number | "free"> = dates.map((date, i) => {
        const before = byDay[i - 1] ?? [];
        const after = byDay[i + 1] ?? [];
        const pairs: Array<[number, number]> = [];
        for (const s of before) for (const t of after) if (((slotOf(t)?.startMs ?? 0) - (slotOf(s)?.endMs ?? 0)) / HOUR_MS < hours) pairs.push([s, t]);
        const today = byDay[i] ?? [];
        if (today.length === 0 && pairs.length === 0) return "free";
        const y = ctx.b.addVariable({ name: `restday_${token}_${compactDate(date)}`, type: "continuous", lower: 0, upper: 1, cost: 0, meta: { kind: "aux", rule: "weeklyRest" } });
        if (today.length > 0) ctx.b.addConstraint({ name: `restoff_${token}_${compactDate(date)}`, rule: "weeklyRest", terms: [{ v: y, c: 1 }, ...today.map((v) => ({ v, c: 1 }))], max: 1 });
        pairs.forEach(([s, t], k) => {
          ctx.b.addConstraint({ name: `restgap_${token}_${compactDate(date)}_${k}`, rule: "weeklyRest", terms: [{ v: y, c: 1 }, { v: s, c: 1 }, { v: t, c: 1 }], max: 2 });
        });
        return y;
      });
      for (let i = 0; i + 7 <= dates.length; i++) {
        const window = rest.slice(i, i + 7);
        if (window.includes("free")) continue;
        const terms: Term[] = window.map((v) => ({ v: v as number, c: 1 }));
        ctx.b.addConstraint({ name: `wrest_${token}_${compactDate(dates[i] ?? "")}`, rule: "weeklyRest", terms, min: 1 });
      }
    });
  },
  check(ctx) {
    const hours = ctx.rules.weeklyRestHours;
    if (ctx.dates.length < 7 || hours <= 0) return;
    for (const rows of ctx.byAgent.values()) {
      const byDate = new Map(shiftsOf(rows).map((p) => [p.row.date, p]));
      const restsOn = ctx.dates.map((date) => {
        if (byDate.has(date)) return false;
        const before = byDate.get(previousDay(date));
        const after = byDate.get(nextDay(date));
        return before === undefined || after === undefined || (after.slot.startMs - before.slot.endMs) / HOUR_MS >= hours;
      });
      for (let i = 0; i + 7 <= ctx.dates.length; i++) {
        if (restsOn.slice(i, i + 7).some(Boolean)) continue;
        const first = byDate.get(ctx.dates[i + 6] ?? "") ?? byDate.get(ctx.dates[i] ?? "");
        if (first) ctx.add("weeklyRest", first.row, `${first.agent.id} has no ${hours} h rest in the 7 days ${ctx.dates[i]} to ${ctx.dates[i + 6]}`);
        i += 6; // one report per stretch
      }
    }
  },
};

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
