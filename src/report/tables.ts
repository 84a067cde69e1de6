// The report's verdict banner and its tables: short days worst first, who works the event days, each agent's season.
import { eventLabel } from "./charts.js";
import { esc, fmt } from "./svg.js";
import type { ReportAgentSeason, ReportEventDay, ReportShift, ReportShortDay, ReportVerdict } from "./types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** Short days the table lists; the rest are smaller (the list is worst first) and are counted. */
const SHORT_DAYS_SHOWN = 25;

/** "Fri 27 Nov" from a YYYY-MM-DD date: how a lead names a day. */
export function dayLabel(date: string, weekday?: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const wd = weekday ?? WEEKDAYS[(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7] ?? "";
  return `${wd} ${d ?? ""} ${MONTHS[(m ?? 1) - 1] ?? ""}`.trim();
}

/** "Black Friday", or "2 days after Black Friday" for another day of its window. */
export function eventText(day: Pick<ReportShortDay, "event" | "eventOffset">): string {
  if (!day.event) return "";
  const name = eventLabel(day.event);
  const n = day.eventOffset ?? 0;
  if (n === 0) return name;
  return `${Math.abs(n)} day${Math.abs(n) === 1 ? "" : "s"} ${n > 0 ? "after" : "before"} ${name}`;
}

/** Red or green at the top: can this roster be published, and if not, why and where it is worst. */
export function verdictBanner(verdict: ReportVerdict, shortDays: readonly ReportShortDay[]): string {
  const worst = shortDays[0];
  const where = worst
    ? `Short on ${shortDays.length} day${shortDays.length === 1 ? "" : "s"}; worst ${esc(dayLabel(worst.date, worst.weekday))}${worst.event ? ` (${esc(eventText(worst))})` : ""}: ${fmt(worst.agentHours)} agent-hours missing.`
    : "Every staffed hour is covered.";
  const head = verdict.acceptable ? "Acceptable: this roster can be published." : "NOT ACCEPTABLE: a draft, not for publishing.";
  const reasons = verdict.reasons.length ? `<ul>${verdict.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : "";
  const act = verdict.acceptable ? "" : `<p class="act">To fix: add agents or hours on the days below (hire, on-call, longer or extra shifts), then run the plan again.</p>`;
  const notes = verdict.notes?.length ? `<ul class="notes">${verdict.notes.map((n) => `<li><b>Warning:</b> ${esc(n)}</li>`).join("")}</ul>` : "";
  return `<section id="verdict" class="verdict ${verdict.acceptable ? "good" : "bad"}"><p class="head">${head}</p>${reasons}${notes}<p>${where}</p>${act}</section>`;
}

/** Short days worst first with the diagnosis's reasons; beyond the first 25, a count. */
export function shortDaysTable(days: readonly ReportShortDay[]): string {
  if (days.length === 0) return `<p>No day is short.</p>`;
  const rows = days.slice(0, SHORT_DAYS_SHOWN).map(
    (d) =>
      `<tr><td class="day">${esc(dayLabel(d.date, d.weekday))}</td><td>${esc(eventText(d))}</td><td class="num">${fmt(d.agentHours)}</td><td class="num">${d.seniorHours > 0 ? fmt(d.seniorHours) : ""}</td><td>${esc(d.reasons.join("; "))}</td></tr>`,
  );
  const more = days.length > SHORT_DAYS_SHOWN ? `<tr class="more"><td colspan="5">... ${days.length - SHORT_DAYS_SHOWN} more short days, each smaller (all in summary.json)</td></tr>` : "";
  return `<table class="list" id="short-days"><thead><tr><th>day</th><th>event</th><th class="num">agent-hours short</th><th class="num">senior-hours short</th><th>why</th></tr></thead><tbody>${rows.join("")}${more}</tbody></table>`;
}

/** Each event's own day and who works it, seniors first, so "who is on Black Friday?" takes one look. */
export function eventDaysTable(days: readonly ReportEventDay[], shiftTypes: readonly ReportShift[]): string {
  if (days.length === 0) return "";
  const code = new Map(shiftTypes.map((s) => [s.name, s.code]));
  const rows = days.map((d) => {
    const working = d.onShift.filter((p) => p.shift !== "on-call");
    const onCall = d.onShift.filter((p) => p.shift === "on-call");
    const seniors = working.filter((p) => p.seniority === "senior").length;
    const names = working.map((p) => `<span class="who ${p.seniority}">${esc(p.name)} <small>${esc(code.get(p.shift) ?? p.shift)}</small></span>`).join(", ");
    return `<tr><td class="day">${esc(dayLabel(d.date))}</td><td>${esc(eventLabel(d.event))}</td><td class="num">${working.length}</td><td class="num">${seniors}</td><td>${names || (d.closed ? "closed: no hour needs cover" : "nobody")}${onCall.length ? `; on call: ${onCall.map((p) => esc(p.name)).join(", ")}` : ""}</td></tr>`;
  });
  return `<table class="list" id="event-days"><thead><tr><th>day</th><th>event</th><th class="num">on shift</th><th class="num">seniors</th><th>who (shift)</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** Per agent over the season, most hours first, with a total: who carries the peak, and who the weekends. */
export function seasonTable(agents: readonly ReportAgentSeason[]): string {
  const total = agents.reduce(
    (t, a) => ({ shifts: t.shifts + a.shifts, hours: t.hours + a.hours, weekendShifts: t.weekendShifts + a.weekendShifts, lateShifts: t.lateShifts + a.lateShifts, onCallDays: t.onCallDays + a.onCallDays, cost: t.cost + a.cost }),
    { shifts: 0, hours: 0, weekendShifts: 0, lateShifts: 0, onCallDays: 0, cost: 0 },
  );
  const cells = (a: Omit<ReportAgentSeason, "id" | "name" | "seniority">): string =>
    [a.shifts, a.hours, a.weekendShifts, a.lateShifts, a.onCallDays, a.cost].map((n) => `<td class="num">${fmt(n)}</td>`).join("");
  const rows = agents.map((a) => `<tr class="${a.seniority}"><th class="agent">${esc(a.name || a.id)}${badge(a.seniority)}</th>${cells(a)}</tr>`);
  return `<table class="list" id="agent-season"><thead><tr><th>agent</th><th class="num">shifts</th><th class="num">hours</th><th class="num">weekend shifts</th><th class="num">evenings (end after 20:00)</th><th class="num">on-call days</th><th class="num">cost</th></tr></thead><tbody>${rows.join("")}</tbody><tfoot><tr><th>all agents</th>${cells(total)}</tr></tfoot></table>`;
}

export function badge(seniority: string): string {
  return seniority === "senior" ? `<span class="badge senior">S</span>` : seniority === "new" ? `<span class="badge new">N</span>` : "";
}
