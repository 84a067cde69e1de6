// The part of a senior gap only seniors can fill: solve a roster of the seniors alone against the senior need.
import { solveRoster, type SolveRosterInput } from "../schedule/index.js";

/**
 * New hires never count toward rule 8, and another agent on shift never stops a senior from taking one: so the
 * senior-hours the seniors cannot cover when they only chase senior need stay missing however many juniors are hired.
 */
export async function seniorsOnlyGap(input: SolveRosterInput): Promise<number> {
  const seniors = input.agents.filter((a) => a.seniority === "senior");
  const requirements = input.requirements.map((r) => ({ ...r, agents: r.seniors, standby: 0 }));
  if (requirements.every((r) => r.seniors === 0)) return 0;
  if (seniors.length === 0) return requirements.reduce((s, r) => s + r.seniors, 0);
  const result = await solveRoster({ ...input, agents: seniors, requirements, previous: undefined, freezeUntil: undefined });
  return result.check.shortfall.seniorHours;
}
