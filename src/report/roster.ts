// The roster grid, one table per month with the month named: fits a screen without scrolling sideways, and prints.
import { eventLabel } from "./charts.js";
import { esc } from "./svg.js";
import { badge } from "./tables.js";
import type { ReportAgent, ReportDay, ReportShift } from "./types.js";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAY_LETTERS = ["M", "T", "W", "T", "F", "S", "S"];
/** Colours for the usual shift names; any other template takes the next of the spare ones. */
const SHIFT_COLOURS: Record<string, string> = { early: "#ffe58a", day: "#b9dcff", evening: "#d4c2ff", night: "#9fa8da", "on-call": "#ffd0c2" };
const SPARE_COLOURS = ["#c8e6c9", "#ffccbc", "#d7ccc8", "#b2ebf2", "#f8bbd0"];

/** `s-<name>` class for a shift, safe in CSS. */
export function shiftClass(shift: string): string {
  return `s-${shift.replace(/[^a-z0-9-]/gi, "")}`;
}

/** One CSS rule per shift type, so a custom template gets its own colour too. */
export function shiftStyles(types: readonly ReportShift[]): string {
  let spare = 0;
  return types
    .map((t) => `table.roster td.${shiftClass(t.name)}, .code.${shiftClass(t.name)} { background: ${SHIFT_COLOURS[t.name] ?? SPARE_COLOURS[spare++ % SPARE_COLOURS.length]}; }`)
    .join("\n");
}

/** The dates grouped by calendar month, in order. */
export function monthsOf(days: readonly ReportDay[]): Array<{ label: string; days: ReportDay[] }> {
  const out: Array<{ label: string; days: ReportDay[] }> = [];
  for (const d of days) {
    const label = `${MONTH_NAMES[Number(d.date.slice(5, 7)) - 1] ?? ""} ${d.date.slice(0, 4)}`;
    const last = out.at(-1);
    if (last?.label === label) last.days.push(d);
    else out.push({ label, days: [d] });
  }
  return out;
}

/** Agents by days, a table per month; the code in each cell is the shift's own initials, named in the legend. */
export function rosterGrid(agents: readonly ReportAgent[], days: readonly ReportDay[], shifts: Record<string, Record<string, string>>, types: readonly ReportShift[], weekend: (date: string) => boolean): string {
  const code = new Map(types.map((t) => [t.name, t.code]));
  const tables = monthsOf(days).map((month) => {
    const dayClass = (d: ReportDay): string => [weekend(d.date) ? "we" : "", d.anchor && d.event ? "ev" : ""].filter(Boolean).join(" ");
    const numbers = month.days.map((d) => `<th class="${dayClass(d)}" title="${esc(`${d.date} ${d.weekday}${d.event && d.anchor ? ` · ${eventLabel(d.event)}` : ""}`)}">${Number(d.date.slice(8))}</th>`).join("");
    const letters = month.days.map((d) => `<th class="wd ${dayClass(d)}">${WEEKDAY_LETTERS[["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(d.weekday)] ?? ""}</th>`).join("");
    const body = agents
      .map((a) => {
        const cells = month.days
          .map((d) => {
            const s = shifts[a.id]?.[d.date];
            const cls = [dayClass(d), s ? shiftClass(s) : ""].filter(Boolean).join(" ");
            return `<td class="${cls}"${s ? ` title="${esc(`${a.name} ${d.date} ${s}`)}"` : ""}>${s ? esc(code.get(s) ?? s.charAt(0).toUpperCase()) : ""}</td>`;
          })
          .join("");
        return `<tr class="${a.seniority}"><th class="agent">${esc(a.name || a.id)}${badge(a.seniority)}</th>${cells}</tr>`;
      })
      .join("\n");
    const events = month.days.filter((d) => d.anchor && d.event).map((d) => `${Number(d.date.slice(8))} ${esc(eventLabel(d.event))}`);
    return `<div class="month"><h3>${esc(month.label)}${events.length ? ` <small>${events.join(" · ")}</small>` : ""}</h3><table class="roster"><thead><tr><th class="agent" rowspan="2">agent</th>${numbers}</tr><tr>${letters}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
  });
  return `<div id="roster-grid">${tables.join("\n")}</div>\n<p class="legend">${rosterLegend(types)}</p>`;
}

/** "Ea early 07:00–15:00 · D day 09:00–17:00 · ... · OC on call": every code the grid uses, spelled out. */
export function rosterLegend(types: readonly ReportShift[]): string {
  const shifts = types.map((t) => `<span class="code ${shiftClass(t.name)}">${esc(t.code)}</span> ${t.name === "on-call" ? "on call (at home, called in if needed)" : `${esc(t.name)} ${esc(t.start)}–${esc(t.end)}`}`);
  return `${shifts.join(" · ")} · <span class="badge senior">S</span> senior · <span class="badge new">N</span> new hire · shaded: weekend · <span class="code ev-key">27</span> an event's own day`;
}
