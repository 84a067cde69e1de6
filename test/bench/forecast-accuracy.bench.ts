// Forecast accuracy on real and generated series: hourly and daily WAPE, bias and p10-p90 coverage for peakplan
// and the two baselines, each fitted on the history before the window only. Figures for the README's table.
// Usage: npm run bench -- forecast-accuracy
import { scoreWindow } from "../../src/forecast/backtest.js";
import { eightWeekAverageModel, lastWeekModel } from "../../src/forecast/baselines.js";
import { eventCalendar } from "../../src/forecast/events.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { wape } from "../../src/forecast/metrics.js";
import type { ForecastModel } from "../../src/forecast/model.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { expectedDay, retailFactor, synthSeries, type SynthOptions } from "../forecast/synthetic.js";
import { helpdesk, olist, seriesFrom } from "./realdata.js";

const eventsOff = peakplanModel({ calendar: eventCalendar({ enabled: false }) });
const eventsOn: ForecastModel = { ...peakplanModel(), name: "peakplan+events" };
const baselines = [lastWeekModel(), eightWeekAverageModel()];
const pct = (x: number): string => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;

function run(label: string, series: HourlySeries, from: string, to: string, events = false): void {
  const models = [eventsOff, ...(events ? [eventsOn] : []), ...baselines];
  const r = scoreWindow(series, models, from, to);
  for (const s of r.scores) {
    process.stdout.write(`${label.padEnd(34)} ${s.model.padEnd(16)} hourlyWAPE=${s.hourlyWape.toFixed(3)} dailyWAPE=${s.dailyWape.toFixed(3)} bias=${pct(s.bias).padStart(7)} p10-p90=${(s.coverage80 * 100).toFixed(0)}%\n`);
  }
}

const desk = await helpdesk();
run("helpdesk 2012-11-01..12-31", desk, "2012-11-01", "2012-12-31", true);
run("helpdesk 2013-11-01..12-31", desk, "2013-11-01", "2013-12-31", true);
const orders = await olist();
run("olist 2017-11-01..12-31", orders, "2017-11-01", "2017-12-31", true);
run("olist 7 weeks -> 2 weeks 2018-04", seriesFrom(orders, "2018-02-26"), "2018-04-16", "2018-04-29");
run("olist 7 weeks -> 2 weeks 2018-07", seriesFrom(orders, "2018-05-14"), "2018-07-02", "2018-07-15");

// Generated, shaped like the held-out kinds of series (truth known, Poisson noise).
const sat = (d: string): number => (new Date(`${d}T00:00:00Z`).getUTCDay() === 6 ? 0 : 1);
const generated: Array<[string, SynthOptions, string, string]> = [
  ["gen closed Saturday, rise into Nov", { from: "2024-12-01", to: "2025-12-09", base: 300, trendPerDay: 0.0012, dayFactor: sat, seed: 31 }, "2025-11-01", "2025-12-09"],
  ["gen sparse first year, then 200/day", { from: "2023-02-01", to: "2025-01-31", base: 200, dayFactor: (d) => (d < "2024-02-01" ? 0.01 : 1), seed: 32 }, "2024-12-01", "2025-01-31"],
  ["gen +30 % over the last 8 weeks", { from: "2025-03-01", to: "2025-11-30", base: 400, dayFactor: (d) => (d < "2025-08-25" ? 1 : Math.exp(0.0047 * ((Date.parse(d) - Date.parse("2025-08-25")) / 86_400_000))), seed: 33 }, "2025-10-20", "2025-11-30"],
  ["gen 7 weeks -> 2 weeks, 250/day", { from: "2025-04-07", to: "2025-06-08", base: 250, seed: 34 }, "2025-05-26", "2025-06-08"],
];
for (const [label, o, from, to] of generated) run(label, synthSeries(o), from, to);

// Two generated seasons with events: the next season's daily WAPE against the truth, and each peak day's error.
const two: SynthOptions = { from: "2024-09-01", to: "2026-01-15", base: 400, trendPerDay: 0.0003, dayFactor: retailFactor(3), seed: 7 };
const season = forecastSeason(synthSeries(two));
const truth = season.daily.map((d) => expectedDay(two, d.date));
const peaks = ["2026-11-27", "2026-11-30", "2026-12-18"].map((date) => {
  const d = season.daily.find((x) => x.date === date);
  return `${date} ${d?.event ?? ""} ${pct((d?.expected ?? 0) / expectedDay(two, date) - 1)}`;
});
process.stdout.write(`gen two seasons, events on: season dailyWAPE=${wape(truth, season.daily.map((d) => d.expected)).toFixed(3)}; peak days vs truth: ${peaks.join("; ")}\n`);
