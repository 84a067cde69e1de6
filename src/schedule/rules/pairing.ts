// Hard rule 6: a new hire's first week is paired (6a), and a hire who works after it worked a week of their own in it (6b).
import { DateTime } from "luxon";
import { compactDate, hourName, hoursTouched, type Slot } from "../calendar.js";
import type { Term } from "../linear.js";
import { coversHour, firstWeekLast, inFirstWeek, isMentor, touchesHour } from "../rules.js";
import type { CheckContext, ModelContext, Placed, Rule } from "./types.js";
import { storeZone } from "../../time/zone.js";

export const pairing: Rule = {
  id: "pairing",
  kind: "hard",
  title: "6 new hires paired in their first week",
  addTo(ctx) {
    const { calendar } = ctx;
    const rows = new Map<number, Term[]>();
    // A re-plan's lead-in is over: its published rows (fixed) are not paired again (lead.ts; freeze.ts holds every
    // lead-in date, so nothing there is free). lead.ts's leadInUntil, written out: lead.ts imports the rules' list.
    const lead = calendar.lead ? calendar.dates[calendar.lead - 1] ?? "" : "";
    const over = (v: number, date: string): boolean => date <= lead && (ctx.b.model.variables[v]?.lower ?? 0) >= 1;
    ctx.agents.forEach((agent, a) => {
      if (agent.seniority !== "new") return;
      for (const [si, v] of ctx.shiftVars[a] ?? []) {
        const slot = calendar.slots[si] as Slot;
        if (over(v, slot.date) || !inFirstWeek(agent, slot.date, ctx.rules.firstWeekDays)) continue;
        // A new hire counts in every hour their shift touches, so no part of an hour leaves them alone.
        for (const ms of hoursTouched(slot, calendar.zone)) if (touchesHour(slot, ms)) rows.set(ms, [...(rows.get(ms) ?? []), { v, c: -1 }]);
      }
    });
    addFirstWeekFloor(ctx);
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
    checkPaired(ctx);
    checkFirstWeekFloor(ctx);
  },
};

/**
 * 6b in the model, no new variable: per new hire with a need N (first-week.ts) and each date after their first week,
 * `firstweek_<agent>_<day>`: N x (the day's shift variables) - (first-week shift variables) <= first-week days worked
 * before the model. Per day rather than per shift variable: one row a day implies the per-shift rows (at most one
 * shift a day) and is fewer rows. In the LP a later day may be worked to the fraction of the need met, so the
 * relaxation still sees that a later day costs first-week days.
 */
function addFirstWeekFloor(ctx: ModelContext): void {
  const { calendar } = ctx;
  ctx.agents.forEach((agent, a) => {
    const need = ctx.firstWeekNeed.get(agent.id) ?? 0;
    const carried = ctx.firstWeekWorked.get(agent.id) ?? 0;
    const last = firstWeekLast(agent, ctx.rules.firstWeekDays);
    const vars = ctx.shiftVars[a];
    if (need <= carried || last === undefined || !vars) return;
    const first: Term[] = [];
    for (const [si, v] of vars) if (inFirstWeek(agent, (calendar.slots[si] as Slot).date, ctx.rules.firstWeekDays)) first.push({ v, c: -1 });
    for (const date of calendar.dates) {
      if (date <= last) continue;
      const today: Term[] = [];
      for (const si of ctx.slotsByDate.get(date) ?? []) {
        const v = vars.get(si);
        // a fixed later day (published, or a piece's tail) is decided with its first week: its row would be a constant
        if (v !== undefined && (ctx.b.model.variables[v]?.lower ?? 0) < 1) today.push({ v, c: need });
      }
      if (today.length === 0) continue;
      ctx.b.addConstraint({ name: `firstweek_${ctx.tokens[a]}_${compactDate(date)}`, rule: "pairing", terms: [...today, ...first], max: carried });
    }
  });
}

/** 6a: every hour a first-week hire is on shift, at least as many experienced or senior agents cover it. */
function checkPaired(ctx: CheckContext): void {
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
}

/** 6b: a hire's first shift after their first week, when they worked fewer first-week days than their need. */
function checkFirstWeekFloor(ctx: CheckContext): void {
  const worked = new Map<string, Set<string>>();
  const later = new Map<string, Placed>();
  for (const p of ctx.placed) {
    const id = p.agent.id;
    const last = firstWeekLast(p.agent, ctx.rules.firstWeekDays);
    if (!p.slot || last === undefined || !ctx.firstWeekNeed.has(id)) continue;
    if (inFirstWeek(p.agent, p.row.date, ctx.rules.firstWeekDays)) worked.set(id, (worked.get(id) ?? new Set()).add(p.row.date));
    else if (p.row.date > last && (later.get(id)?.row.date ?? "9999") > p.row.date) later.set(id, p);
  }
  for (const [id, p] of later) {
    const need = ctx.firstWeekNeed.get(id) ?? 0;
    const days = (ctx.firstWeekWorked.get(id) ?? 0) + (worked.get(id)?.size ?? 0);
    if (days >= need) continue;
    const last = firstWeekLast(p.agent, ctx.rules.firstWeekDays) ?? "";
    ctx.add("pairing", p.row, `works after their first week (${p.agent.availableFrom}..${last}) with ${days} of the ${need} first-week days rule 6 asks: rostered alone instead of paired`);
  }
}
