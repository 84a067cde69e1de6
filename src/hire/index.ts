// `hire`'s core: size the hires from the current team's roster gap, then verify and repair with the real roster.
import { solveRoster, type RosterResult, type SolveRosterInput } from "../schedule/index.js";
import type { Agent } from "../schedule/types.js";
import { hireAgents } from "./agents.js";
import { dayGaps, gapTotals, hourGaps } from "./gaps.js";
import { cohortCap, spareMentorsByDay } from "./mentors.js";
import { seniorsOnlyGap } from "./seniors.js";
import { earliestLive, sizeNeeds, stagger, toCohorts, workday, type Need } from "./size.js";
import { addDays } from "../time/dates.js";
import type { Cohort, HireSettings } from "./types.js";
import { isWeekend } from "../time/hours.js";

export interface HireInput {
  /** the current team and everything else the roster needs */
  schedule: SolveRosterInput;
  settings: HireSettings;
  /** YYYY-MM-DD: recruiting starts no earlier */
  today: string;
  /** no cohort goes live after this day */
  latestLive?: string;
  /** agent-hours of shortfall the answer may leave */
  maxShortfall: number;
  /** the current team's roster when the caller has solved it already (plan) */
  baseline?: RosterResult;
  /** false: size from the baseline only, no verifying solves (plan's bounded path) */
  verify?: boolean;
  onProgress?: (text: string) => void;
}

export interface Shortfall {
  agentHours: number;
  seniorHours: number;
  standbyDays: number;
}

export interface HirePlan {
  /**
   * not-needed: the team is within the limit; beyond-hiring: short above the limit, but only where no hire can go (before
   * the earliest live day, in hours no shift spans); covered: verified; not-covered: the solve budget ran out first;
   * estimate: not verified
   */
  status: "not-needed" | "beyond-hiring" | "covered" | "not-covered" | "estimate";
  /** agent-hours of shortfall the answer may leave (--max-shortfall, plan.maxShortfallHours) */
  maxShortfall: number;
  cohorts: Cohort[];
  hires: Agent[];
  earliestLive: string;
  /**
   * Hours before this day are too late to hire for: the earliest live day, or the day after the window when a hire
   * live then would have less than a first week of it left (paired through the rest of the season, if even that).
   */
  tooLateBefore: string;
  before: Shortfall;
  after?: Shortfall & { cost: number };
  /** agent-hours no hire can remove: before the earliest live day, in hours no shift template spans, on weekends no profile works */
  unfixable: { tooLate: number; uncoverable: number; weekends: number };
  /** senior-hours the seniors on the team cannot cover even with every other hour filled: only seniors fix these */
  seniorsOnly: number;
  /** per cohort: agent-hours of shortfall that come back without one of its hires (undefined: not measured) */
  marginal: Array<number | undefined>;
  /** the first requirement day: no cohort goes live before it unless --latest-start asks for an earlier day */
  windowStart: string;
  /** the live day the pairing cap wanted for the first hires when it is before windowStart (they go live then instead) */
  wantedBefore?: string;
  /** every cohort was tested one hire smaller and fell short */
  minimal: boolean;
  solves: number;
  final?: RosterResult;
}

export async function planHires(input: HireInput): Promise<HirePlan> {
  const { schedule, settings } = input;
  const say = input.onProgress ?? (() => undefined);
  const fw = schedule.rules.firstWeekDays;
  const earliestDay = earliestLive(input.today, settings);
  // In December, recruiting lands hires on the season's last days: 65 went live on 14 January for its last two, paired
  // all the while. A cohort going live after the window starts with less than a first week of it left is no plan;
  // those hours are too late. (A window shorter than a week that hires can start with is hired for as ever.)
  const windowFirst = schedule.requirements[0]?.hourStart.slice(0, 10) ?? earliestDay;
  const windowEnd = schedule.requirements.at(-1)?.hourStart.slice(0, 10) ?? earliestDay;
  const lastWeek = earliestDay > windowFirst && earliestDay <= windowEnd && addDays(earliestDay, fw) > addDays(windowEnd, 1);
  const earliest = lastWeek ? addDays(windowEnd, 1) : earliestDay;
  // A cohort live before the requirements start has a paired week the roster does not plan and pay the season does
  // not count: cohorts go live in the window, unless --latest-start itself is before it.
  const windowStart = schedule.requirements[0]?.hourStart.slice(0, 10) ?? earliest;
  const floor = input.latestLive !== undefined && input.latestLive < windowStart ? earliest : windowStart > earliest ? windowStart : earliest;
  let wantedBefore: string | undefined;
  // Weekend gaps are left out of the sizing when no profile can work them: hiring for them only adds idle hires.
  const weekends = settings.profiles.some((p) => p.weekends);
  let solves = 0;
  const solve = async (team: readonly Agent[]): Promise<RosterResult> => {
    solves++;
    return solveRoster({ ...schedule, agents: team });
  };
  const base = input.baseline ?? (say("solving the current team's roster"), await solve(schedule.agents));
  const shortOf = (r: RosterResult): Shortfall => ({ agentHours: r.check.shortfall.agentHours, seniorHours: r.check.shortfall.seniorHours, standbyDays: r.check.shortfall.standbyDays });
  const gapsOf = (r: RosterResult) => hourGaps(schedule.requirements, r.roster, schedule.shifts);
  const meets = (r: RosterResult): boolean => {
    const t = gapTotals(gapsOf(r), earliest, weekends);
    return r.check.ok && (t.fixable === 0 || t.fixable + t.tooLate + t.uncoverable + t.weekends <= input.maxShortfall);
  };
  const unfixableOf = (r: RosterResult): HirePlan["unfixable"] => {
    const t = gapTotals(gapsOf(r), earliest, weekends);
    return { tooLate: t.tooLate, uncoverable: t.uncoverable, weekends: t.weekends };
  };
  const seniorsOnly = base.check.shortfall.seniorHours > 0 ? (say("solving the seniors alone"), await seniorsOnlyGap(schedule)) : 0;
  const plan: HirePlan = {
    status: "not-needed", maxShortfall: input.maxShortfall, cohorts: [], hires: [], earliestLive: earliestDay, tooLateBefore: earliest, windowStart, before: shortOf(base),
    unfixable: unfixableOf(base), seniorsOnly, marginal: [], minimal: true, solves,
  };
  if (meets(base)) {
    const status = base.check.shortfall.agentHours > input.maxShortfall ? "beyond-hiring" : "not-needed";
    return { ...plan, status, after: { ...shortOf(base), cost: cost(base) }, final: base };
  }

  const spare = spareMentorsByDay(base.roster, schedule.agents, schedule.shifts, fw);
  const grow = (r: RosterResult, current: readonly Need[]): Need[] => {
    let needs = sizeNeeds(dayGaps(gapsOf(r), schedule.shifts, earliest, weekends), settings.profiles);
    if (needs.length === 0) {
      // The gap fits in no whole week's estimate (a few hours): one more hire on its first short day a profile works.
      const first = gapsOf(r).find((g) => g.coverable && g.agents > 0 && g.date >= earliest && (weekends || !isWeekend(g.date)));
      const profile = first && isWeekend(first.date) ? settings.profiles.find((p) => p.weekends) : settings.profiles[0];
      if (first && profile) needs = [{ date: first.date, profile, count: 1 }];
    }
    const latest = input.latestLive;
    if (latest !== undefined) needs = needs.map((n) => (n.date > latest ? { ...n, date: workday(latest, n.profile, -1, floor) } : n));
    const cap = (date: string): number => settings.maxCohort ?? cohortCap(spare, date, fw, settings.profiles[0]?.maxDaysPerWeek ?? 5);
    const all = [...current.map((n) => ({ ...n })), ...needs];
    // Where the pairing cap alone would stagger hires before the window, say so: the lead may want requirements from earlier.
    const unbounded = floor > earliest ? stagger(all.map((n) => ({ ...n })), cap, fw, earliest)[0]?.date : undefined;
    wantedBefore = unbounded !== undefined && unbounded < floor ? unbounded : undefined;
    return stagger(all, cap, fw, floor);
  };
  let needs = grow(base, []);
  const cohortsOf = (ns: readonly Need[]): Cohort[] => toCohorts(ns, settings, fw);
  if (input.verify === false) {
    const cohorts = cohortsOf(needs);
    return { ...plan, wantedBefore, status: "estimate", cohorts, hires: hireAgents(cohorts, schedule.agents), marginal: cohorts.map(() => undefined), minimal: false };
  }

  const teamOf = (ns: readonly Need[]): Agent[] => [...schedule.agents, ...hireAgents(cohortsOf(ns), schedule.agents)];
  const count = (ns: readonly Need[]): number => ns.reduce((s, n) => s + n.count, 0);
  // Repair upwards: solve with the hires, and while it falls short, size the rest from what is still missing.
  say(`verifying ${count(needs)} hire(s) with the real roster`);
  let result = await solve(teamOf(needs));
  while (!meets(result) && solves < settings.maxSolves) {
    const more = grow(result, needs);
    if (count(more) <= count(needs)) break;
    needs = more;
    say(`still short ${Math.round(result.check.shortfall.agentHours)} agent-hours: trying ${count(needs)} hire(s)`);
    result = await solve(teamOf(needs));
  }
  if (!meets(result)) {
    const cohorts = cohortsOf(needs);
    return finish({ ...plan, wantedBefore, status: "not-covered", cohorts, hires: teamOf(needs).slice(schedule.agents.length), marginal: cohorts.map(() => undefined), minimal: false }, result, solves, unfixableOf(result));
  }

  // Repair downwards: one hire fewer in each cohort, latest first, kept when the roster still holds.
  const marginal = new Map<string, number>();
  let minimal = true;
  for (let i = cohortsOf(needs).length - 1; i >= 0; i--) {
    for (;;) {
      const cohorts = cohortsOf(needs);
      const c = cohorts[i];
      if (!c) break;
      if (solves >= settings.maxSolves) {
        minimal = false;
        break;
      }
      const fewer = needs.map((n) => (n.date === c.liveFrom && n.profile === c.profile ? { ...n, count: n.count - 1 } : n)).filter((n) => n.count > 0);
      say(`checking ${count(fewer)} hire(s): one fewer live ${c.liveFrom}`);
      const trial = await solve(teamOf(fewer));
      if (meets(trial)) {
        needs = fewer;
        result = trial;
        if (cohortsOf(needs).length < cohorts.length) break;
        continue;
      }
      marginal.set(`${c.liveFrom}|${c.profile.name}`, trial.check.shortfall.agentHours - result.check.shortfall.agentHours);
      break;
    }
  }
  const cohorts = cohortsOf(needs);
  const measured = cohorts.map((c) => marginal.get(`${c.liveFrom}|${c.profile.name}`));
  return finish(
    { ...plan, wantedBefore, status: "covered", cohorts, hires: teamOf(needs).slice(schedule.agents.length), marginal: measured, minimal: minimal && measured.every((m) => m !== undefined) },
    result,
    solves,
    unfixableOf(result),
  );
}

/**
 * Whether the answer leaves more agent-hours short than the limit: hires stop where no hire can help (too late, no
 * shift spans the hour), and what is left there still counts against --max-shortfall as it does in `plan`.
 */
export function overLimit(plan: HirePlan): boolean {
  return (plan.after?.agentHours ?? plan.before.agentHours) > plan.maxShortfall;
}

function finish(plan: HirePlan, result: RosterResult, solves: number, unfixable: HirePlan["unfixable"]): HirePlan {
  const s = result.check.shortfall;
  return { ...plan, unfixable, solves, final: result, after: { agentHours: s.agentHours, seniorHours: s.seniorHours, standbyDays: s.standbyDays, cost: cost(result) } };
}

/** The season's cost: shifts and on-call, without the shortfall penalties. */
function cost(r: RosterResult): number {
  return r.check.cost.shifts + r.check.cost.onCall;
}
