// Who a roster has on shift in each requirement hour, counted the way rule 7 (coversHour) counts them.
import { DateTime } from "luxon";
import type { RosterRow } from "./types.js";
import type { RequirementRow } from "../staff/types.js";

const HOUR_MS = 3_600_000;

export interface OnShift {
  agents: number;
  seniors: number;
}

/**
 * Agents and seniors on shift in each requirement hour (same order as `requirements`): a shift counts in an hour it
 * spans whole, an on-call row in none. The hours are the requirement rows' own instants, which are the store's clock
 * hours: in a zone at +05:30 or +09:30 they start at :30 UTC, so a walk over whole UTC hours would match none of them.
 */
export function onShiftByHour(requirements: readonly RequirementRow[], roster: readonly RosterRow[]): OnShift[] {
  const starts = requirements.map((r) => instant(r.hourStart));
  const order = starts.map((_, i) => i).filter((i) => Number.isFinite(starts[i])).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0));
  const out = requirements.map(() => ({ agents: 0, seniors: 0 }));
  for (const row of roster) {
    if (row.shift === "on-call") continue;
    const from = instant(row.start);
    const to = instant(row.end);
    if (!(to > from)) continue;
    for (let k = firstAtOrAfter(order, starts, from); k < order.length; k++) {
      const i = order[k] ?? 0;
      if ((starts[i] ?? 0) + HOUR_MS > to) break;
      const c = out[i];
      if (!c) continue;
      c.agents += 1;
      if (row.seniority === "senior") c.seniors += 1;
    }
  }
  return out;
}

function instant(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

/** Position in `order` (indices of `starts`, ascending) of the first hour starting at or after `ms`. */
function firstAtOrAfter(order: readonly number[], starts: readonly number[], ms: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[order[mid] ?? 0] ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
