// A solution read back as roster rows: one per shift or on-call day, with real hours and cost, sorted by date then agent.
import { dayBounds, type Slot } from "./calendar.js";
import type { ScheduleModel } from "./model.js";
import { onCallCost, shiftCost } from "./rules.js";
import type { Agent, RosterRow } from "./types.js";

type Rules = ScheduleModel["rules"];

export function rosterFromValues(model: ScheduleModel, values: readonly number[]): RosterRow[] {
  const rows: RosterRow[] = [];
  model.variables.forEach((variable, i) => {
    if ((values[i] ?? 0) < 0.5) return;
    const meta = variable.meta;
    if (meta?.kind === "shift") {
      const agent = model.agents[meta.agent];
      const slot = model.calendar.slots[meta.slot];
      if (agent && slot) rows.push(shiftRow(agent, slot, model.rules));
    } else if (meta?.kind === "oncall") {
      const agent = model.agents[meta.agent];
      if (agent) rows.push(onCallRow(agent, meta.date, model.calendar.zone, model.rules));
    }
  });
  return sortRoster(rows);
}

/** The roster row of an agent on a shift slot, with its real hours and cost. */
export function shiftRow(agent: Agent, slot: Slot, rules: Rules): RosterRow {
  return {
    date: slot.date, agentId: agent.id, name: agent.name, seniority: agent.seniority, shift: slot.shift,
    start: slot.start, end: slot.end, hours: slot.hours, cost: money(shiftCost(agent, slot, rules)),
  };
}

/** The roster row of an agent on call for a whole store day (no hours on shift; the on-call fee). */
export function onCallRow(agent: Agent, date: string, zone: string, rules: Rules): RosterRow {
  const { start, end } = dayBounds(date, zone);
  return { date, agentId: agent.id, name: agent.name, seniority: agent.seniority, shift: "on-call", start, end, hours: 0, cost: money(onCallCost(agent, rules)) };
}

/** Date, then agent id, then shift: the order a diff of two nightly rosters reads best in. */
export function sortRoster(rows: RosterRow[]): RosterRow[] {
  return rows.sort((a, b) => cmp(a.date, b.date) || cmp(a.agentId, b.agentId) || cmp(a.shift, b.shift));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cents, so the CSV never shows floating-point dust. */
export function money(x: number): number {
  return Math.round(x * 100) / 100;
}
