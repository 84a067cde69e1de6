// The short days a lead must act on, worst first: the terminal list and the report's table share this order.
import type { DayDiagnosis } from "../schedule/diagnose.js";

/**
 * Days with a shortfall, most missing agent-hours first (then missing senior-hours, then date), so Black Friday or
 * Cyber Monday is never the day a list cut off.
 */
export function worstDaysFirst(days: readonly DayDiagnosis[]): DayDiagnosis[] {
  return days
    .filter((d) => d.agentHours > 0 || d.seniorHours > 0)
    .sort((a, b) => b.agentHours - a.agentHours || b.seniorHours - a.seniorHours || a.date.localeCompare(b.date));
}

/** The first `limit` worst days as lines, then "... N more short days" when there are more. */
export function shortDayLines(days: readonly DayDiagnosis[], limit: number, weekday: (date: string) => string = () => ""): string[] {
  const worst = worstDaysFirst(days);
  const lines = worst.slice(0, limit).map((d) => {
    const senior = d.seniorHours > 0 ? `, ${Math.round(d.seniorHours)} senior-hours` : "";
    const day = weekday(d.date);
    return `${d.date}${day ? ` ${day}` : ""}: ${Math.round(d.agentHours)} agent-hours short${senior}${d.reasons.length ? ` (${d.reasons.join("; ")})` : ""}`;
  });
  if (worst.length > limit) lines.push(`... ${worst.length - limit} more short day${worst.length - limit === 1 ? "" : "s"} (all in report.html and summary.json)`);
  return lines;
}
