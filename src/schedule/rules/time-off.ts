// Hard rule 10: time off. No row on a day the agent cannot work. A published row on a day off entered since (a sick
// day inside the freeze) is dropped and reported by the re-plan (freeze.ts), as an available_to change is, so it holds
// for frozen rows too.
import type { DateRange, Agent } from "../types.js";
import type { Rule } from "./types.js";

export const timeOff: Rule = {
  id: "timeOff",
  kind: "hard",
  title: "10 time off",
  allowsShift: (agent, slot) => !isOff(agent, slot.date),
  allowsOnCall: (agent, date) => !isOff(agent, date),
  check(ctx) {
    for (const { row, agent } of ctx.placed) {
      if (isOff(agent, row.date)) ctx.add("timeOff", row, `${agent.id} has time off on ${row.date}`);
    }
  },
};

export function isOff(agent: Agent, date: string): boolean {
  return agent.unavailable?.some((r) => date >= r.from && date <= r.to) ?? false;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `unavailable` cell: dates and ranges separated by ";" or spaces, a range as "2026-12-30..2027-01-02".
 * Returns the ranges, or what was wrong as a phrase for the input error.
 */
export function parseDateRanges(raw: string): DateRange[] | string {
  const out: DateRange[] = [];
  for (const part of raw.split(/[;\s]+/).filter((p) => p !== "")) {
    const [from = "", to = from, extra] = part.split("..");
    if (extra !== undefined || !validDate(from) || !validDate(to)) return `"${part}"; expected dates YYYY-MM-DD or ranges YYYY-MM-DD..YYYY-MM-DD separated by ";"`;
    if (to < from) return `"${part}"; expected the range's end on or after its start`;
    out.push({ from, to });
  }
  return out;
}

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
}
