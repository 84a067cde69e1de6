// Seeded holiday-season instances for the schedule bench: hourly needs shaped like a peak, and a mixed team.
import { DateTime } from "luxon";
import type { RequirementRow } from "../../src/staff/types.js";
import type { Agent, Seniority } from "../../src/schedule/types.js";
import { clockHours, hourKey } from "../../src/time/hours.js";
import { mulberry32 } from "../../src/sample/random.js";



/** Relative volume by day: a ramp to Black Friday and Cyber Monday, December busy, Christmas closed, January returns. */
export function dayShape(date: string): number {
  const md = date.slice(5);
  if (md === "12-25") return 0;
  const table: Record<string, number> = { "11-27": 3, "11-28": 2.6, "11-29": 2.4, "11-30": 2.8, "12-20": 2.4, "12-24": 0.6, "12-26": 0.8 };
  if (table[md] !== undefined) return table[md] as number;
  if (md >= "11-01" && md < "11-27") return 1 + ((Number(md.slice(3)) - 1) / 26) * 0.8;
  if (md >= "12-01" && md <= "12-23") return 1.9;
  if (md >= "12-27" && md <= "12-31") return 1.2;
  if (md >= "01-01" && md <= "01-15") return 1.6 - (Number(md.slice(3)) / 15) * 0.4;
  return 1;
}

/** Relative volume by hour: early morning, lunchtime 12-14 and the evening 17-20 peak; closed outside 07-22. */
export function hourShape(hour: number): number {
  if (hour < 7 || hour >= 22) return 0;
  const profile = [0, 0, 0, 0, 0, 0, 0, 0.6, 0.9, 1, 0.9, 0.9, 1.2, 1.2, 1, 0.9, 0.9, 1.2, 1.3, 1.2, 0.9, 0.6];
  return profile[hour] ?? 0;
}

export function seasonRequirements(from: string, to: string, zone: string, teamSize: number, seed: number): RequirementRow[] {
  const rng = mulberry32(seed);
  const scale = teamSize * 0.16;
  return clockHours(from, to, zone).map((dt) => {
    const date = dt.toFormat("yyyy-MM-dd");
    const weekend = dt.weekday >= 6 ? 0.7 : 1;
    const x = scale * dayShape(date) * hourShape(dt.hour) * weekend * (0.9 + 0.2 * rng());
    const agents = Math.round(x);
    const peakDay = dayShape(date) >= 2.4;
    return {
      hourStart: hourKey(dt),
      agents,
      seniors: agents === 0 ? 0 : Math.max(1, Math.round(agents * 0.1)),
      standby: agents === 0 ? 0 : peakDay ? 2 : 1,
      byChannel: {},
    };
  });
}

export function seasonTeam(size: number, from: string, seed: number): Agent[] {
  const rng = mulberry32(seed + 1000);
  const start = DateTime.fromISO(from, { zone: "UTC" });
  return Array.from({ length: size }, (_, i) => {
    const r = rng();
    const seniority: Seniority = r < 0.15 ? "senior" : r < 0.6 ? "experienced" : "new";
    const agent: Agent = {
      id: `a${String(i + 1).padStart(3, "0")}`,
      name: `Agent ${i + 1}`,
      seniority,
      maxDaysPerWeek: rng() < 0.15 ? 4 : 5,
      maxHoursPerWeek: rng() < 0.15 ? 32 : 40,
      weekends: rng() > 0.2,
      onCall: seniority !== "new" && rng() > 0.3,
      hourlyCost: seniority === "senior" ? 32 : seniority === "experienced" ? 26 : 22,
    };
    if (seniority === "new") agent.availableFrom = start.plus({ days: Math.floor(rng() * 21) }).toISODate() ?? from;
    if (rng() < 0.1) agent.availableTo = start.plus({ days: 50 + Math.floor(rng() * 20) }).toISODate() ?? undefined;
    return agent;
  });
}
