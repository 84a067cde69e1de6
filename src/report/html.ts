// report.html: one self-contained page (inline CSS and SVG, no scripts, no network) a lead can open or print.
import { coverageHeatmap, forecastChart, rosterGrid } from "./charts.js";
import { isWeekend } from "../time/hours.js";
import { esc, fmt } from "./svg.js";
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
.roster-wrap { overflow-x: auto; border: 1px solid var(--line); }
table.roster { border-collapse: collapse; font-size: 11px; }
table.roster th, table.roster td { border: 1px solid #eef0f4; min-width: 16px; height: 18px; text-align: center; padding: 0 2px; }
table.roster th.agent { text-align: left; white-space: nowrap; padding: 0 6px; position: sticky; left: 0; background: #fff; }
table.roster .we { background: #f1f3f8; }
td.s-early { background: #fff3c4; } td.s-day { background: #d8ecff; } td.s-evening { background: #e6dcff; } td.s-on-call { background: #ffe0d6; }
.badge { display: inline-block; margin-left: 4px; font-size: 9px; padding: 0 3px; border-radius: 3px; color: #fff; }
.badge.senior { background: #2e7d32; } .badge.new { background: #d84315; } .badge.experienced { display: none; }
tr.senior th.agent { font-weight: 700; } tr.new th.agent { font-style: italic; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } .roster-wrap { overflow: visible; } section { break-inside: avoid; } }
`;

export function renderReport(data: ReportData): string {
  const dates = data.days.map((d) => d.date);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(data.title)}</h1>
<p class="sub">Season ${esc(data.window.from)} to ${esc(data.window.to)} · times in ${esc(data.zone)}</p>
<section id="figures"><h2>Key figures</h2>${figuresBlock(data.figures)}</section>
<section id="forecast"><h2>Daily forecast</h2>${forecastChart(data.days)}</section>
<section id="coverage"><h2>Required versus scheduled agents, by hour</h2>${coverageHeatmap(data.hours)}</section>
<section id="roster"><h2>Roster</h2>${rosterGrid(data.agents, dates, data.shifts, isWeekend)}</section>
</body>
</html>
`;
}

function figuresBlock(f: ReportFigures): string {
  const items: Array<[string, string, string]> = [
    ["cost", fmt(f.cost), "roster cost (shifts, weekend premium, on-call)"],
    ["hours", fmt(f.agentHours), "agent-hours on shift"],
    [f.shortfallHours > 0 ? "bad" : "good", fmt(f.shortfallHours), "shortfall agent-hours"],
    [f.seniorShortfallHours > 0 ? "bad" : "good", fmt(f.seniorShortfallHours), "missing senior-hours"],
    [f.pairingShortfallHours > 0 ? "bad" : "good", fmt(f.pairingShortfallHours), "new-hire hours without a mentor"],
    ["", fmt(f.seniorsOnPeakHours), "senior-hours on the peak hours (busiest tenth)"],
    ["", `${fmt(f.weekendSpread.min)}–${fmt(f.weekendSpread.max)}`, `weekend shifts per agent (mean ${fmt(f.weekendSpread.mean, 1)})`],
    ["", esc(f.solverStatus), "solver status"],
    ["", fmt(f.changedShifts), "shifts changed since the last plan"],
  ];
  if (f.tracking !== undefined) items.push([Math.abs(f.tracking - 1) > 0.1 ? "bad" : "good", `${fmt(f.tracking * 100)} %`, "actual against forecast so far"]);
  return `<div class="figures">${items.map(([cls, value, label]) => `<div class="figure ${cls}"><b>${value}</b><span>${esc(label)}</span></div>`).join("")}</div>`;
}
