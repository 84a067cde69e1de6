// report.html: one self-contained page (inline CSS and SVG, no scripts, no network) a lead can open or print.
import { coverageHeatmap, forecastChart } from "./charts.js";
import { isWeekend } from "../time/hours.js";
import { rosterGrid, shiftStyles } from "./roster.js";
import { esc, fmt } from "./svg.js";
import { eventDaysTable, seasonTable, shortDaysTable, verdictBanner } from "./tables.js";
import type { ReportData, ReportFigures } from "./types.js";

const STYLE = `
:root { --ink:#1d2433; --muted:#5b6475; --line:#d9dee7; --accent:#2f6fdf; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 24px auto; max-width: 1120px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 10px; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.figure b { display: block; font-size: 20px; } .figure span { color: var(--muted); font-size: 12px; }
.figure.bad b { color: #c62828; } .figure.good b { color: #2e7d32; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart.heat { width: auto; max-width: 100%; }
.grid { stroke: #eceff4; } .axis { font-size: 10px; fill: var(--muted); }
.band { fill: rgba(47,111,223,0.18); stroke: none; }
.expected { fill: none; stroke: var(--accent); stroke-width: 2; }
.last-season { fill: none; stroke: #9aa3b2; stroke-width: 1.5; stroke-dasharray: 4 3; }
.actual { fill: none; stroke: #111; stroke-width: 1.5; }
.event { stroke: #e0a100; stroke-width: 1; stroke-dasharray: 2 2; } .event-label { font-size: 10px; fill: #8a6100; }
.hit { fill: transparent; }
.legend { color: var(--muted); font-size: 12px; } .key { display: inline-block; width: 14px; height: 10px; margin: 0 4px 0 10px; vertical-align: middle; border-radius: 2px; }
.expected-key { background: var(--accent); } .band-key { background: rgba(47,111,223,0.25); } .last-key { background: #9aa3b2; } .actual-key { background: #111; }
.verdict { border-radius: 8px; padding: 12px 16px; margin: 8px 0 4px; border: 2px solid; }
.verdict.bad { background: #fdecea; border-color: #c62828; color: #7f1d1d; } .verdict.good { background: #e8f5e9; border-color: #2e7d32; color: #1b4d20; }
.verdict .head { font-size: 19px; font-weight: 700; margin: 0 0 4px; } .verdict p, .verdict ul { margin: 4px 0; } .verdict .act { font-weight: 600; }
table.list { border-collapse: collapse; width: 100%; font-size: 13px; }
table.list th, table.list td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.list .num { text-align: right; white-space: nowrap; } table.list td.day { white-space: nowrap; font-weight: 600; }
table.list tfoot th, table.list tfoot td { font-weight: 700; border-top: 2px solid var(--line); } table.list tr.more td { color: var(--muted); font-style: italic; }
#short-days tbody tr:first-child td { background: #fdecea; }
.who small { color: var(--muted); } .who.senior { font-weight: 700; } .who.new { font-style: italic; }
.month { margin: 0 0 14px; } .month h3 { font-size: 15px; margin: 10px 0 4px; } .month h3 small { font-weight: 400; color: #8a6100; font-size: 12px; }
table.roster { border-collapse: collapse; font-size: 11px; }
table.roster th, table.roster td { border: 1px solid #e3e7ee; min-width: 24px; height: 19px; text-align: center; padding: 0 2px; }
table.roster th.agent { text-align: left; white-space: nowrap; padding: 0 6px; min-width: 150px; background: #fff; }
table.roster th.wd { color: var(--muted); font-weight: 400; font-size: 10px; }
table.roster .we { background: #eceff5; } table.roster th.ev, .code.ev-key { box-shadow: inset 0 3px 0 #e0a100; color: #8a6100; }
.code { display: inline-block; min-width: 20px; text-align: center; border-radius: 2px; font-size: 11px; padding: 0 2px; }
.badge { display: inline-block; margin-left: 4px; font-size: 9px; padding: 0 3px; border-radius: 3px; color: #fff; }
.badge.senior { background: #2e7d32; } .badge.new { background: #d84315; } .badge.experienced { display: none; }
tr.senior th.agent { font-weight: 700; } tr.new th.agent { font-style: italic; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } .month, .verdict, table.list tr { break-inside: avoid; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

/**
 * The page, top to bottom in the order a lead asks: may this be published, where is it short, who works the event
 * days, then the pictures and each agent's season. Each section is one entry, so another block slots in as a line.
 */
export function renderReport(data: ReportData): string {
  const sections = [
    verdictBanner(data.verdict, data.shortDays),
    data.warnings?.length ? `<section id="warnings"><h2>Warnings from this run</h2><ul>${data.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul></section>` : "",
    `<section id="figures"><h2>Key figures</h2>${figuresBlock(data.figures)}</section>`,
    data.shortDays.length > 0 ? `<section id="short"><h2>Short days, worst first</h2>${shortDaysTable(data.shortDays)}</section>` : "",
    data.eventDays.length > 0 ? `<section id="events"><h2>Who works the event days</h2>${eventDaysTable(data.eventDays, data.shiftTypes)}</section>` : "",
    `<section id="forecast"><h2>Daily forecast</h2>${forecastChart(data.days)}</section>`,
    `<section id="coverage"><h2>Required versus scheduled agents, by hour</h2>${coverageHeatmap(data.hours)}</section>`,
    `<section id="roster"><h2>Roster</h2>${rosterGrid(data.agents, data.days, data.shifts, data.shiftTypes, isWeekend)}</section>`,
    `<section id="season"><h2>Each agent's season</h2>${seasonTable(data.season)}</section>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.title)}</title>
<style>${STYLE}${shiftStyles(data.shiftTypes)}</style>
</head>
<body>
<h1>${esc(data.title)}</h1>
<p class="sub">${windowLine(data.window)} · times in ${esc(data.zone)}</p>
${sections.filter(Boolean).join("\n")}
</body>
</html>
`;
}

/** The season, or in a mid-season re-plan the days it covers: its figures are from that day on, not the season's. */
function windowLine(w: ReportData["window"]): string {
  if (w.plannedFrom === undefined || w.plannedFrom <= w.from) return `Season ${esc(w.from)} to ${esc(w.to)}`;
  return `Re-planned ${esc(w.plannedFrom)} to ${esc(w.to)}, the rest of the season ${esc(w.from)} to ${esc(w.to)}: every figure below is from ${esc(w.plannedFrom)} on`;
}

/** Each peak hour short of seniors counts, not a season total that surpluses elsewhere hide (issue 13). */
function peakSeniorsFigure(p: ReportFigures["peakSeniorShort"]): [string, string, string] {
  if (p.hours === 0) return ["good", "0", "peak hours short of seniors (busiest tenth)"];
  const worst = p.worst.map((h) => `${h.hour.slice(0, 16).replace("T", " ")} ${h.onShift}/${h.needed}`).join(", ");
  return ["bad", fmt(p.hours), `peak hours short of seniors: ${fmt(p.seniorHours)} senior-hours missing (worst, on shift/needed: ${worst})`];
}

function onCallFigure(o: NonNullable<ReportFigures["onCallShort"]>): [string, string, string] {
  const shown = o.dates.slice(0, 6).join(", ");
  const on = o.dates.length === o.days ? "" : ` on ${fmt(o.dates.length)} dates`;
  return ["bad", fmt(o.days), `on-call days unfilled (one agent on standby for one day)${on}: ${shown}${o.dates.length > 6 ? ", ..." : ""}`];
}

function figuresBlock(f: ReportFigures): string {
  const items: Array<[string, string, string]> = [
    ["cost", fmt(f.cost), "roster cost (shifts, weekend premium, on-call)"],
    ["hours", fmt(f.agentHours), "agent-hours on shift"],
    [f.shortfallHours > 0 ? "bad" : "good", fmt(f.shortfallHours), "shortfall agent-hours"],
    [f.seniorShortfallHours > 0 ? "bad" : "good", fmt(f.seniorShortfallHours), "missing senior-hours"],
    [f.pairingShortfallHours > 0 ? "bad" : "good", fmt(f.pairingShortfallHours), "new-hire hours without a mentor"],
    peakSeniorsFigure(f.peakSeniorShort),
    ...(f.onCallShort ? [onCallFigure(f.onCallShort)] : []),
    ["", `${fmt(f.weekendSpread.min)}–${fmt(f.weekendSpread.max)}`, `weekend shifts per agent (mean ${fmt(f.weekendSpread.mean, 1)})`],
    ["", esc(f.solverStatus), "solver status"],
    ["", fmt(f.changedShifts), "shifts changed since the last plan"],
  ];
  if (f.tracking !== undefined) items.push([Math.abs(f.tracking - 1) > 0.1 ? "bad" : "good", `${fmt(f.tracking * 100)} %`, "actual against forecast so far"]);
  return `<div class="figures">${items.map(([cls, value, label]) => `<div class="figure ${cls}"><b>${value}</b><span>${esc(label)}</span></div>`).join("")}</div>`;
}
