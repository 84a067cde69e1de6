// Hard rule 6: every hour a first-week new hire is on shift, at least as many experienced or senior agents cover it.
import { DateTime } from "luxon";
import { hourName, hoursTouched, type Slot } from "../calendar.js";
import type { Term } from "../linear.js";
import { coversHour, inFirstWeek, isMentor, touchesHour } from "../rules.js";
import type { Placed, Rule } from "./types.js";
import { storeZone } from "../../time/zone.js";

export const pairing: Rule = {
  id: "pairing",
  kind: "hard",
  title: "6 new hires paired in their first week",
  addTo(ctx) {
    const { calendar } = ctx;
    const rows = new Map<number, Term[]>();
    ctx.agents.forEach((agent, a) => {
      if (agent.seniority !== "new") return;
      for (const [si, v] of ctx.shiftVars[a] ?? []) {
        const slot = calendar.slots[si] as Slot;
        if (!inFirstWeek(agent, slot.date, ctx.rules.firstWeekDays)) continue;
        // A new hire counts in every hour their shift touches, so no part of an hour leaves them alone.
        for (const ms of hoursTouched(slot, calendar.zone)) if (touchesHour(slot, ms)) rows.set(ms, [...(rows.get(ms) ?? []), { v, c: -1 }]);
      }
    });
    if (rows.size === 0) return;
    // The new hires' hours each slot covers, per slot once: most slots cover none, and there are many mentors.
    const paired = ctx.covered.map((hours) => hours.filter((ms) => rows.has(ms)));
    ctx.agents.forEach((agent, a) => {
      if (!isMentor(agent)) return;
      for (const [si, v] of ctx.shiftVars[a] ?? []) for (const ms of paired[si] ?? []) rows.get(ms)?.push({ v, c: 1 });
    });
    for (const ms of [...rows.keys()].sort((x, y) => x - y)) {
      ctx.b.addConstraint({ name: `pair_${hourName(ms, calendar.zone)}`, rule: "pairing", terms: rows.get(ms) ?? [], min: 0 });
    }
  },
  check(ctx) {
    const balance = new Map<number, { mentors: number; newHires: Placed[] }>();
    const at = (ms: number): { mentors: number; newHires: Placed[] } => {
      const entry = balance.get(ms) ?? { mentors: 0, newHires: [] };
      balance.set(ms, entry);
      return entry;
    };
    for (const p of ctx.placed) {
      if (!p.slot || !inFirstWeek(p.agent, p.row.date, ctx.rules.firstWeekDays)) continue;
      for (const ms of hoursTouched(p.slot, ctx.zone)) if (touchesHour(p.slot, ms)) at(ms).newHires.push(p);
    }
    for (const p of ctx.placed) {
      if (!p.slot || !isMentor(p.agent)) continue;
      for (const ms of hoursTouched(p.slot, ctx.zone)) if (coversHour(p.slot, ms) && balance.has(ms)) at(ms).mentors += 1;
    }
    const reported = new Set<string>();
    for (const [ms, { mentors, newHires }] of [...balance].sort((a, b) => a[0] - b[0])) {
      const first = newHires[0];
      if (mentors >= newHires.length || !first) continue;
      const key = `${first.row.date}|${first.agent.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const hour = DateTime.fromMillis(ms, { zone: storeZone(ctx.zone) }).toFormat("HH:mm");
      ctx.add("pairing", first.row, `${newHires.length} first-week new hire(s) but ${mentors} experienced or senior on shift at ${hour}`);
    }
  },
};
