// What `peakplan hire` prints: cohorts with their dates, the season's cost, the value of each hire; or the same as JSON.
import { overLimit, type HirePlan } from "../hire/index.js";
import type { Printer } from "../io/terminal.js";
import { table } from "../io/table.js";

export function printHirePlan(plan: HirePlan, out: string, printer: Printer): void {
  const { c } = printer;
  const b = plan.before;
  printer.out(c.bold(`Current team: shortfall ${fmt(b.agentHours)} agent-hours, ${fmt(b.seniorHours)} senior-hours, ${b.standbyDays} on-call days`));
  const headline = plan.status === "beyond-hiring" ? beyondHiring(plan) : [];
  if (plan.status === "beyond-hiring") for (const line of headline) printer.out(c.red(line));
  else if (plan.cohorts.length === 0) printer.out(plan.status === "not-needed" ? notNeeded(plan, c) : "No hire proposed.");
  else {
    const t = table(["cohort", "profile", "hires", "live from", "paired until", "onboarding from", "open job ad by", "removes (agent-h)"], {
      align: ["right", "left", "right", "left", "left", "left", "left", "right"],
    });
    plan.cohorts.forEach((k, i) => {
      const m = plan.marginal[i];
      t.push([i + 1, k.profile.name, k.count, k.liveFrom, k.pairedUntil, k.onboardingFrom, k.recruitBy, m === undefined ? "-" : fmt(m)]);
    });
    printer.out(t.toString());
    const total = plan.hires.length;
    printer.out(`${total} hire(s) in ${plan.cohorts.length} cohort(s); ids ${plan.hires[0]?.id ?? ""}..${plan.hires[total - 1]?.id ?? ""} written to ${out} (append its rows to agents.csv)`);
  }
  const a = plan.after;
  if (a && plan.hires.length > 0) {
    const line = `With the hires: shortfall ${fmt(a.agentHours)} agent-hours, ${fmt(a.seniorHours)} senior-hours, ${a.standbyDays} on-call days; season cost ${fmt(a.cost)}`;
    printer.out(plan.status === "not-covered" || overLimit(plan) ? c.red(line) : line);
  }
  if (plan.marginal.some((m) => m !== undefined)) printer.out("removes: agent-hours of shortfall that come back when the cohort has one hire fewer (solved, not estimated)");
  // The headline of a beyond-hiring answer already says what no hire can fix.
  const notes = hireNotes(plan).filter((n) => !headline.includes(n));
  for (const n of notes) printer.out(c.yellow(n));
  if (plan.cohorts.length === 0) printer.out(`Solved with ${plan.solves} roster solve(s)`);
  else printer.out(`Verified with ${plan.solves} roster solve(s); ${plan.minimal ? "one hire fewer in any cohort falls short" : "not every cohort was tried one hire smaller: the count may be high"}`);
}

/** Why no hire is proposed for a shortfall above the limit: the hours fall where no hire can work them. */
function beyondHiring(plan: HirePlan): string[] {
  return [tooLateNote(plan), uncoverableNote(plan), weekendNote(plan), limitNote(plan)].filter((n): n is string => n !== undefined);
}

function tooLateNote(plan: HirePlan): string | undefined {
  const t = plan.unfixable.tooLate;
  if (!(t > 0)) return undefined;
  if (plan.tooLateBefore > plan.earliestLive) {
    return `Too late to hire for ${fmt(t)} agent-hours: a hire recruited now goes live ${plan.earliestLive} at the earliest, with less than a first week of the season left`;
  }
  return `Too late to hire for ${fmt(t)} agent-hours: they fall before ${plan.earliestLive}, the earliest a hire recruited now can go live`;
}

function uncoverableNote(plan: HirePlan): string | undefined {
  const u = plan.unfixable.uncoverable;
  return u > 0 ? `${fmt(u)} agent-hours fall in hours no shift template spans: add a shift, not a hire` : undefined;
}

function weekendNote(plan: HirePlan): string | undefined {
  const w = plan.unfixable.weekends;
  return w > 0 ? `${fmt(w)} agent-hours on weekends: no hire profile works weekends, so no hire is sized for them (add a profile with "weekends": true)` : undefined;
}

/** Set when the answer leaves more short than the limit: `hire` exits 3 then, as `plan` would with this team. */
function limitNote(plan: HirePlan): string | undefined {
  if (!overLimit(plan) || plan.status === "not-covered") return undefined;
  const left = plan.after?.agentHours ?? plan.before.agentHours;
  return `shortfall ${fmt(left)} agent-hours is above the limit of ${plan.maxShortfall} (--max-shortfall, plan.maxShortfallHours), and no hire can cover it: not acceptable`;
}

/** What hiring cannot fix, and why the answer is what it is, in a lead's words. */
export function hireNotes(plan: HirePlan): string[] {
  const notes: string[] = [];
  if (plan.seniorsOnly > 0) notes.push(`${fmt(plan.seniorsOnly)} senior-hours can only be filled by seniors: hiring new agents cannot fill them, so no hire is proposed for them`);
  for (const n of [tooLateNote(plan), uncoverableNote(plan), weekendNote(plan)]) if (n !== undefined) notes.push(n);
  if (plan.wantedBefore !== undefined) {
    notes.push(
      `the mentors' pairing cap would have the first hires live ${plan.wantedBefore}, before the requirements start (${plan.windowStart}); they go live from ${plan.windowStart}, ` +
        `as a paired week outside the window is neither rostered nor costed: give requirements from an earlier day, or --latest-start before ${plan.windowStart}, to place them earlier`,
    );
  }
  if ((plan.after?.standbyDays ?? 0) > 0) notes.push("on-call days short: new hires are never on call, so hiring does not fill them");
  if (plan.status === "not-covered") notes.push("the solve budget (hire.maxSolves) ran out before the roster held: the last try is written");
  const limit = limitNote(plan);
  if (limit !== undefined) notes.push(limit);
  return notes;
}

export function hirePlanJson(plan: HirePlan, out: string): unknown {
  return {
    status: plan.status,
    out,
    maxShortfall: plan.maxShortfall,
    earliestLive: plan.earliestLive,
    tooLateBefore: plan.tooLateBefore,
    windowStart: plan.windowStart,
    hires: plan.hires.length,
    cohorts: plan.cohorts.map((k, i) => ({ ...k, profile: k.profile.name, removesAgentHours: plan.marginal[i] ?? null })),
    before: plan.before,
    after: plan.after ?? null,
    seniorsOnlyHours: plan.seniorsOnly,
    unfixable: plan.unfixable,
    minimal: plan.minimal,
    solves: plan.solves,
    notes: hireNotes(plan),
    violations: plan.final?.check.violations ?? [],
  };
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

/** Within the limit with no hire: covered, or short by what --max-shortfall allows (said, not called covered). */
function notNeeded(plan: HirePlan, c: Printer["c"]): string {
  const short = Math.round(plan.before.agentHours);
  if (short === 0) return c.green("No hire needed: the roster covers every hour a hire could.");
  return c.yellow(`No hire needed within --max-shortfall ${fmt(plan.maxShortfall)}: the roster stays ${fmt(short)} agent-hours short.`);
}
