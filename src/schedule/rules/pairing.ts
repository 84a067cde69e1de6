// Hard rule 6: every hour a new hire is on shift in their first worked days, at least as many experienced or senior
// agents cover it.
import { DateTime } from "luxon";
import { compactDate, hourName, hoursTouched, shiftToken, type Slot } from "../calendar.js";
import type { Term } from "../linear.js";
import { coversHour, firstWorkedDays, isMentor, pairedDays, touchesHour } from "../rules.js";
import type { ModelContext, Placed, Rule } from "./types.js";
import { storeZone } from "../../time/zone.js";

export const pairing: Rule = {
  id: "pairing",
  kind: "hard",
  title: "6 new hires paired in their first week",
  /**
   * A hire's first N worked days (pairedDays) are paired, whichever dates they fall on. Per new hire, date and shift,
   * `past_<agent>_<day>_<shift>` (binary) may be 1 only on a worked shift (past <= x) once the hire has worked N days
   * before that date (N x the day's past <= days worked before the model + the model's shifts on earlier dates); the
   * hour's row then counts x - past for the hire: 1 in the first N worked days, 0 after.
   */
  addTo(ctx) {
    const { calendar } = ctx;
    const rows = new Map<number, Term[]>();
    const need = (ms: number, t: Term): void => {
      const row = rows.get(ms);
      if (row) row.push(t);
      else rows.set(ms, [t]);
    };
    // A re-plan's lead-in is over: its days count as worked, but its hours are not paired again (lead.ts).
    const over = calendar.lead ? calendar.dates[calendar.lead - 1] ?? "" : "";
    ctx.agents.forEach((agent, a) => {
      const n = pairedDays(agent, ctx.rules);
      const before = ctx.workedBefore.get(agent.id) ?? 0;
      if (n === 0 || before >= n) return;
      const earlier: Term[] = [];
      // days the hire could have worked before a date: below n, the date is surely among the first n
      let possible = before;
      for (const date of calendar.dates) {
        const today: Array<[number, number]> = [];
        for (const si of ctx.slotsByDate.get(date) ?? []) {
          const v = ctx.shiftVars[a]?.get(si);
          if (v !== undefined) today.push([si, v]);
        }
        if (today.length === 0) continue;
        const past: Term[] = [];
        for (const [si, v] of today) {
          const slot = calendar.slots[si] as Slot;
          let z: number | undefined;
          if (possible >= n) {
            const name = `past_${ctx.tokens[a]}_${compactDate(date)}_${shiftToken(slot.shift)}`;
            z = ctx.b.addVariable({ name, type: "binary", lower: 0, upper: 1, cost: 0, meta: { kind: "aux", rule: "pairing", of: v } });
            ctx.b.addConstraint({ name: `${name}_on`, rule: "pairing", terms: [{ v: z, c: 1 }, { v, c: -1 }], max: 0 });
            past.push({ v: z, c: n });
          }
          // A new hire counts in every hour their shift touches, so no part of an hour leaves them alone.
          for (const ms of date <= over ? [] : hoursTouched(slot, calendar.zone)) {
            if (!touchesHour(slot, ms)) continue;
            need(ms, { v, c: -1 });
            if (z !== undefined) need(ms, { v: z, c: 1 });
          }
        }
        if (past.length > 0) {
          ctx.b.addConstraint({ name: `past_${ctx.tokens[a]}_${compactDate(date)}`, rule: "pairing", terms: [...past, ...earlier.map((t) => ({ v: t.v, c: -1 }))], max: before });
        }
        for (const [, v] of today) earlier.push({ v, c: 1 });
        possible += 1;
      }
    });
    if (rows.size === 0) return;
    addMentors(ctx, rows);
  },
  check(ctx) {
    const first = firstWorkedDays(ctx.placed.map((p) => p.agent), ctx.placed.map((p) => p.row), ctx.rules, ctx.workedBefore);
    const balance = new Map<number, { mentors: number; newHires: Placed[] }>();
    const at = (ms: number): { mentors: number; newHires: Placed[] } => {
      const entry = balance.get(ms) ?? { mentors: 0, newHires: [] };
      balance.set(ms, entry);
      return entry;
    };
    for (const p of ctx.placed) {
      if (!p.slot || !first.get(p.agent.id)?.has(p.row.date)) continue;
      for (const ms of hoursTouched(p.slot, ctx.zone)) if (touchesHour(p.slot, ms)) at(ms).newHires.push(p);
    }
    for (const p of ctx.placed) {
      if (!p.slot || !isMentor(p.agent)) continue;
      for (const ms of hoursTouched(p.slot, ctx.zone)) if (coversHour(p.slot, ms) && balance.has(ms)) at(ms).mentors += 1;
    }
    const reported = new Set<string>();
    for (const [ms, { mentors, newHires }] of [...balance].sort((a, b) => a[0] - b[0])) {
      const hire = newHires[0];
      if (mentors >= newHires.length || !hire) continue;
      const key = `${hire.row.date}|${hire.agent.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const hour = DateTime.fromMillis(ms, { zone: storeZone(ctx.zone) }).toFormat("HH:mm");
      ctx.add("pairing", hire.row, `${newHires.length} new hire(s) in their first ${pairedDays(hire.agent, ctx.rules)} worked days but ${mentors} experienced or senior on shift at ${hour}`);
    }
  },
};

/** Each hour a first-days hire may touch: the mentors covering it whole at least match the hires there. */
function addMentors(ctx: ModelContext, rows: Map<number, Term[]>): void {
  // The new hires' hours each slot covers, per slot once: most slots cover none, and there are many mentors.
  const paired = ctx.covered.map((hours) => hours.filter((ms) => rows.has(ms)));
  ctx.agents.forEach((agent, a) => {
    if (!isMentor(agent)) return;
    for (const [si, v] of ctx.shiftVars[a] ?? []) for (const ms of paired[si] ?? []) rows.get(ms)?.push({ v, c: 1 });
  });
  for (const ms of [...rows.keys()].sort((x, y) => x - y)) {
    ctx.b.addConstraint({ name: `pair_${hourName(ms, ctx.calendar.zone)}`, rule: "pairing", terms: rows.get(ms) ?? [], min: 0 });
  }
}
