// Cohorts as agents.csv rows: ids hire-01, hire-02..., live from the cohort's first day, to the profile's end date.
import type { Agent } from "../schedule/types.js";
import type { Cohort } from "./types.js";

export function hireAgents(cohorts: readonly Cohort[], team: readonly Agent[]): Agent[] {
  const used = new Set(team.map((a) => a.id));
  const out: Agent[] = [];
  let n = 0;
  cohorts.forEach((c, ci) => {
    for (let i = 0; i < c.count; i++) {
      let id: string;
      do id = `hire-${String(++n).padStart(2, "0")}`;
      while (used.has(id));
      const agent: Agent = {
        id,
        name: `Seasonal hire ${n} (${c.profile.name} cohort ${ci + 1})`,
        seniority: "new",
        availableFrom: c.liveFrom,
        maxDaysPerWeek: c.profile.maxDaysPerWeek,
        maxHoursPerWeek: c.profile.maxHoursPerWeek,
        weekends: c.profile.weekends,
        onCall: false,
        hourlyCost: c.profile.hourlyCost,
      };
      const to = lastDay(c.profile.availableTo, c.liveFrom);
      if (to !== undefined) agent.availableTo = to;
      out.push(agent);
    }
  });
  return out;
}

/** A profile's end: a date as given, or MM-DD as the first such day after going live. */
export function lastDay(availableTo: string | undefined, liveFrom: string): string | undefined {
  if (availableTo === undefined) return undefined;
  if (availableTo.length === 10) return availableTo;
  const year = Number(liveFrom.slice(0, 4));
  const same = `${year}-${availableTo}`;
  return same > liveFrom ? same : `${year + 1}-${availableTo}`;
}
