// The report's two pictures as inline SVG strings: the season forecast and the coverage heatmap.
import type { ReportDay, ReportHour } from "./types.js";
import { coverageColour, esc, fmt, linearScale, niceMax } from "./svg.js";

const EVENT_LABELS: Record<string, string> = {
  "singles-day": "Singles' Day",
  "black-friday": "Black Friday",
  "cyber-monday": "Cyber Monday",
  "last-shipping-day": "Last shipping day",
  christmas: "Christmas",
  "new-year": "New Year",
  returns: "Returns wave",
};

export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? event;
}

/** Daily expected tickets with the p10-p90 band, last season's aligned actuals, and event markers. */
export function forecastChart(days: readonly ReportDay[]): string {
  const width = 1000;
  const height = 320;
  const pad = { left: 56, right: 16, top: 28, bottom: 46 };
  const top = niceMax(Math.max(1, ...days.map((d) => Math.max(d.p90, d.lastSeason ?? 0, d.actual ?? 0))));
  const x = linearScale([0, Math.max(1, days.length - 1)], [pad.left, width - pad.right]);
  const y = linearScale([0, top], [height - pad.bottom, pad.top]);
  const band = [...days.map((d, i) => `${x(i).toFixed(1)},${y(d.p90).toFixed(1)}`), ...days.map((d, i) => `${x(i).toFixed(1)},${y(d.p10).toFixed(1)}`).reverse()].join(" ");
  const line = (pick: (d: ReportDay) => number | undefined): string =>
    days
      .map((d, i) => ({ v: pick(d), i }))
      .filter((p): p is { v: number; i: number } => p.v !== undefined)
      .map((p, k) => `${k === 0 ? "M" : "L"}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`)
      .join(" ");
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * top);
  const events = markEvents(days);
  const parts: string[] = [
    `<svg class="chart" id="forecast-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Daily forecast">`,
    ...ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${pad.left - 6}" y="${y(t) + 4}" class="axis" text-anchor="end">${fmt(t)}</text>`),
    ...events.map((e) => `<line x1="${x(e.index)}" x2="${x(e.index)}" y1="${pad.top - 8}" y2="${height - pad.bottom}" class="event"/><text x="${x(e.index) + 3}" y="${pad.top - 12 + (e.row * 11)}" class="event-label">${esc(eventLabel(e.event))}</text>`),
    `<polygon points="${band}" class="band"><title>p10 to p90</title></polygon>`,
    `<path d="${line((d) => d.lastSeason)}" class="last-season"/>`,
    `<path d="${line((d) => d.expected)}" class="expected"/>`,
    `<path d="${line((d) => d.actual)}" class="actual"/>`,
    ...days.filter((_, i) => i % 7 === 0).map((d) => `<text x="${x(days.indexOf(d))}" y="${height - pad.bottom + 16}" class="axis" text-anchor="middle">${esc(d.date.slice(5))}</text>`),
    ...days.map((d, i) => `<rect x="${(x(i) - 4).toFixed(1)}" y="${pad.top}" width="8" height="${height - pad.top - pad.bottom}" class="hit"><title>${esc(`${d.date} ${d.weekday}${d.event ? ` · ${eventLabel(d.event)}` : ""}: expected ${fmt(d.expected)} (p10 ${fmt(d.p10)} – p90 ${fmt(d.p90)})${d.lastSeason !== undefined ? `, last season ${fmt(d.lastSeason)}` : ""}${d.actual !== undefined ? `, actual ${fmt(d.actual)}` : ""}`)}</title></rect>`),
    `</svg>`,
    // "actual so far" only when the history reaches into the season: a key for a line not drawn misleads.
    `<p class="legend"><span class="key expected-key"></span>expected <span class="key band-key"></span>p10–p90 <span class="key last-key"></span>last season (aligned by event)${days.some((d) => d.actual !== undefined) ? ` <span class="key actual-key"></span>actual so far` : ""}</p>`,
  ];
  return parts.join("\n");
}

/**
 * Each event's own day gets a marker (Black Friday on the Friday, not on the Monday its window opens); without
 * anchors, the first day of each event run. Labels alternate rows so close events stay readable.
 */
function markEvents(days: readonly ReportDay[]): Array<{ index: number; event: string; row: number }> {
  const out: Array<{ index: number; event: string; row: number }> = [];
  const anchored = days.some((d) => d.anchor);
  days.forEach((d, i) => {
    const marked = anchored ? d.anchor === true : d.event !== days[i - 1]?.event;
    if (d.event && marked) out.push({ index: i, event: d.event, row: out.length % 2 });
  });
  return out;
}

/** Hour-by-day heatmap of required versus scheduled agents; red where the roster falls short. */
export function coverageHeatmap(hours: readonly ReportHour[]): string {
  const dates = [...new Set(hours.map((h) => h.date))];
  const hourSet = [...new Set(hours.map((h) => h.hour))].sort((a, b) => a - b);
  const cell = 12;
  const left = 40;
  const topPad = 30;
  const width = left + dates.length * cell + 10;
  const height = topPad + hourSet.length * cell + 10;
  const col = new Map(dates.map((d, i) => [d, i]));
  const row = new Map(hourSet.map((h, i) => [h, i]));
  // A fall-back day has its repeated hour twice: both share one cell, the tooltip names each, the worse one colours it.
  const cells = new Map<string, ReportHour[]>();
  for (const h of hours) {
    const slot = `${h.date}|${h.hour}`;
    const cellHours = cells.get(slot);
    if (cellHours) cellHours.push(h);
    else cells.set(slot, [h]);
  }
  const rects: string[] = [];
  for (const [h, ...again] of cells.values()) {
    if (!h) continue;
    const worst = again.reduce((w, x) => (worse(x, w) ? x : w), h);
    const cx = left + (col.get(h.date) ?? 0) * cell;
    const cy = topPad + (row.get(h.hour) ?? 0) * cell;
    const short = [h, ...again].some((x) => x.required > x.scheduled);
    const title = `${h.date} ${String(h.hour).padStart(2, "0")}:00 ${coverText(h)}${again.map((x) => `; again after the clocks go back: ${coverText(x)}`).join("")}`;
    rects.push(
      `<rect x="${cx}" y="${cy}" width="${cell - 1}" height="${cell - 1}" fill="${coverageColour(worst.required, worst.scheduled)}"${short ? ' class="short"' : ""}><title>${esc(title)}</title></rect>`,
    );
  }
  const labels = [
    ...hourSet.filter((h) => h % 2 === 0).map((h) => `<text x="${left - 4}" y="${topPad + (row.get(h) ?? 0) * cell + 9}" class="axis" text-anchor="end">${String(h).padStart(2, "0")}</text>`),
    ...dates.map((d, i) => (i % 7 === 0 ? `<text x="${left + i * cell}" y="${topPad - 8}" class="axis">${esc(d.slice(5))}</text>` : "")),
  ];
  return [
    `<svg class="chart heat" id="coverage-heatmap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Required versus scheduled agents by hour">`,
    ...labels,
    ...rects,
    `</svg>`,
    `<p class="legend"><span class="key" style="background:#7cc68f"></span>covered <span class="key" style="background:#b7e1c1"></span>covered with room <span class="key" style="background:hsl(0,75%,55%)"></span>short (darker = larger share missing) <span class="key" style="background:#f4f4f4"></span>closed</p>`,
  ].join("\n");
}

function coverText(h: ReportHour): string {
  const short = Math.max(0, h.required - h.scheduled);
  return `required ${h.required}, scheduled ${h.scheduled}${short > 0 ? `, short ${short}` : ""}`;
}

/** Whether `a` looks worse than `b` in the heatmap: a larger share short, else needed where `b` is closed. */
function worse(a: ReportHour, b: ReportHour): boolean {
  const share = (h: ReportHour): number => (h.required > 0 ? Math.max(0, h.required - h.scheduled) / h.required : 0);
  return share(a) > share(b) || (share(a) === share(b) && a.required > 0 && b.required <= 0);
}
