// What `plan` says when a plan is not acceptable: "hire N (profile) live by DATE, recruit by DATE", text and HTML.
import type { Config } from "../config/types.js";
import { planHires, type HirePlan } from "../hire/index.js";
import { esc } from "../report/svg.js";
import type { PlanParts } from "./assemble.js";

/**
 * Sized from the roster plan has just solved, without re-solving it (plan runs on a cron): the weekly estimate
 * `peakplan hire` starts from, plus, only when senior-hours are missing, one roster of the seniors alone.
 */
export async function hireAdvice(parts: PlanParts, config: Config, today: string): Promise<HirePlan> {
  return planHires({
    schedule: { requirements: parts.staff.rows, agents: parts.agents, shifts: config.shifts, rules: config.rules, timezone: parts.zone, backend: config.schedule.solver },
    settings: config.hire,
    today,
    maxShortfall: parts.maxShortfallHours,
    baseline: parts.schedule,
    verify: false,
  });
}

export function hireAdviceLines(plan: HirePlan): string[] {
  const lines = plan.cohorts.map((c) => `hire ${c.count} (${c.profile.name}) live by ${c.liveFrom}, recruit by ${c.recruitBy}`);
  if (lines.length > 0) lines.push(`an estimate from this roster's gap, on the low side: \`peakplan hire\` verifies it with the real roster and may add hires`);
  else if (plan.unfixable.tooLate > 0) lines.push(`too late to hire for ${Math.round(plan.unfixable.tooLate)} agent-hours: a hire recruited now goes live ${plan.earliestLive} at the earliest`);
  if (plan.unfixable.weekends > 0) lines.push(`${Math.round(plan.unfixable.weekends)} agent-hours on weekends: no hire profile works weekends`);
  if (plan.seniorsOnly > 0) lines.push(`${Math.round(plan.seniorsOnly)} senior-hours only seniors can fill: hiring new agents cannot`);
  return lines;
}

/** The report's hiring block, its own section placed after the key figures (or at the end of the page). */
export function withHireSection(html: string, plan: HirePlan | undefined): string {
  if (!plan) return html;
  const lines = hireAdviceLines(plan);
  if (lines.length === 0) return html;
  const section = `<section id="hire"><h2>Hiring</h2><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul></section>\n`;
  const figures = html.indexOf('<section id="figures">');
  const after = figures >= 0 ? html.indexOf("</section>", figures) : -1;
  if (after >= 0) return `${html.slice(0, after + "</section>".length)}\n${section}${html.slice(after + "</section>".length).replace(/^\n/, "")}`;
  return html.replace("</body>", `${section}</body>`);
}
