// `peakplan analyze`: reads a ticket export, prints the analysis a lead starts with, and can write the hourly series.
import { analyze, type Analysis } from "../ingest/analyze.js";
import type { HourlySeries, IngestResult } from "../ingest/types.js";
import { writeCsv } from "../io/csv.js";
import { checkOutputs } from "../io/out-path.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { table } from "../io/table.js";
import { readHistory } from "./inputs.js";
import { weekdayOfDate } from "../time/dates.js";
import { CLOSED_WEEKS, closedByChannel } from "../forecast/closed.js";

export interface AnalyzeOptions {
  history?: string;
  tz?: string;
  out?: string;
  json?: boolean;
  timeColumn?: string;
  channelColumn?: string;
  dateFormat?: string;
  spreadDays?: boolean;
  config?: string;
}

export interface AnalyzeOutcome {
  analysis: Analysis;
  ingest: IngestResult;
}

const WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export async function analyzeCommand(options: AnalyzeOptions, printer: Printer = stdPrinter()): Promise<AnalyzeOutcome> {
  await checkOutputs([{ option: "--out", path: options.out }], [{ option: "--history", path: options.history }, { option: "--config", path: options.config }]);
  const { ingest } = await readHistory(options, printer);
  const analysis = analyze(ingest.series, ingest.summary);
  if (options.out !== undefined) await writeSeries(options.out, ingest.series);
  const closed = closedByChannel(ingest.series);
  if (options.json) printer.out(JSON.stringify({ ...analysis, closed }, null, 2));
  else printer.out([render(analysis, ingest, printer), ...closedLines(closed)].join("\n"));
  return { analysis, ingest };
}

/** What looks closed over the last weeks, per channel: the forecast puts those weekdays and hours at zero. */
function closedLines(closed: ReturnType<typeof closedByChannel>): string[] {
  const out = ["", `Looks closed (no or next to no tickets over the last ${CLOSED_WEEKS} weeks; forecast as 0)`];
  for (const c of closed) {
    const parts = [...c.weekdays, ...c.hours, ...(c.dates.length > 0 ? [`every year on ${c.dates.join(" ")}`] : [])];
    out.push(`  ${c.channel}: ${parts.length > 0 ? parts.join(", ") : "nothing"}`);
  }
  return out;
}

/** hour_start,channel,tickets for every hour and channel, zeros included, so the file is contiguous. */
export async function writeSeries(path: string, series: HourlySeries): Promise<void> {
  const rows: Array<[string, string, number]> = [];
  series.hours.forEach((hour, i) => {
    for (const ch of series.channels) rows.push([hour, ch, series.counts.get(ch)?.[i] ?? 0]);
  });
  await writeCsv(path, ["hour_start", "channel", "tickets"], rows, new Set(["hour_start"]));
}

const fmt = (n: number, digits = 0): string => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number): string => `${x >= 0 ? "+" : ""}${fmt(x * 100)} %`;

export function render(a: Analysis, ingest: IngestResult, printer: Printer): string {
  const { c } = printer;
  const s = ingest.summary;
  const out: string[] = [];
  out.push(c.bold(`Ticket export ${s.file}`));
  out.push(
    `  ${s.source} export, time column "${s.timeColumn}"${s.channelColumn ? `, channel column "${s.channelColumn}"` : ", no channel column"}` +
      `${s.idColumn ? `, ids in "${s.idColumn}"` : ""}; dates as ${s.dateFormat}; zone ${a.zone}`,
  );
  out.push(`  ${a.from} to ${a.to} (${a.days} days)`);
  out.push(`  rows read ${fmt(a.rows.read)}, used ${fmt(a.rows.used)}, skipped ${fmt(a.rows.read - a.rows.used)}`);
  for (const r of a.rows.skipped) out.push(c.yellow(`    ${r.reason}: ${fmt(r.count)} (first at line ${r.firstLines.join(", ")})`));
  if (a.dst.gap + a.dst.ambiguous > 0) {
    out.push(`  DST: ${a.dst.gap} local times in a spring-forward gap moved forward, ${a.dst.ambiguous} repeated times read as the earlier one`);
  }
  const unknown = Object.entries(a.unknownChannels);
  if (unknown.length > 0) {
    out.push(c.yellow(`  channel values counted as "other": ${unknown.map(([k, n]) => `${k} (${n})`).join(", ")}`));
  }
  out.push("", c.bold("Channel mix"));
  const mix = table(["channel", "tickets", "share"]);
  for (const m of a.channelMix) mix.push([m.channel, fmt(m.tickets), `${fmt(m.share * 100, 1)} %`]);
  out.push(mix.toString());
  out.push("", c.bold(`Peak days (mean ${fmt(a.meanPerDay)} tickets a day)`));
  const peaks = table(["date", "weekday", "tickets", "vs mean"]);
  for (const d of a.peakDays) peaks.push([d.date, WEEKDAYS[weekdayOfDate(d.date)] ?? "", fmt(d.tickets), `x${fmt(d.tickets / Math.max(a.meanPerDay, 1e-9), 1)}`]);
  out.push(peaks.toString());
  out.push("", c.bold("Busiest hours (mean tickets in the hour)"));
  const busy = table(["weekday", "hour", "tickets"]);
  for (const b of a.busiestHours) busy.push([WEEKDAYS[b.weekday] ?? "", `${String(b.hour).padStart(2, "0")}:00`, fmt(b.meanTickets, 1)]);
  out.push(busy.toString());
  for (const season of a.seasons) {
    out.push("", c.bold(`Season ${season.season}: weekly volume over the Sept-Oct baseline (${fmt(season.baselinePerDay)} a day)`));
    const t = table(["week of", "per day", "rise"]);
    for (const w of season.weeks) t.push([w.weekStart, fmt(w.perDay), w.rise >= 2 ? c.red(pct(w.rise)) : pct(w.rise)]);
    out.push(t.toString());
  }
  return out.join("\n");
}
