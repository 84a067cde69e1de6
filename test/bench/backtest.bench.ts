// Backtest figures for the README: the bundled sample (holdout and season replay), and generated series whose
// volume rises into the season, forecast 9 weeks ahead from the months before with events off.
import { backtest, scoreWindow } from "../../src/forecast/backtest.js";
import { eightWeekAverageModel, lastWeekModel } from "../../src/forecast/baselines.js";
import { eventCalendar } from "../../src/forecast/calendar.js";
import type { Score } from "../../src/forecast/metrics.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import { ingestExport } from "../../src/ingest/read.js";
import { SAMPLE } from "../../src/io/paths.js";
import { synthSeries, type SynthOptions } from "../forecast/synthetic.js";

function print(label: string, scores: readonly Score[]): void {
  for (const s of scores) {
    process.stdout.write(`${label} ${s.model.padEnd(15)} hourlyWAPE=${s.hourlyWape.toFixed(3)} dailyWAPE=${s.dailyWape.toFixed(3)} bias=${(s.bias * 100).toFixed(1)}% p10-p90=${(s.coverage80 * 100).toFixed(0)}%\n`);
  }
}

const sample = await ingestExport(SAMPLE.history, { zone: "Europe/Helsinki" });
const r = backtest(sample.series);
if (r.holdout) print(`sample holdout ${r.holdout.from}..${r.holdout.to}`, r.holdout.scores);
if (r.replay) print(`sample replay ${r.replay.season}`, r.replay.scores);

const models = [peakplanModel({ calendar: eventCalendar({ enabled: false }) }), lastWeekModel(), eightWeekAverageModel()];
const scenarios: Array<[string, SynthOptions]> = [
  // steady rise of about 3 % a week
  ["generated linear rise", { from: "2025-03-01", to: "2025-12-31", base: 600, trendPerDay: 0.004, seed: 21, channels: { email: 0.5, chat: 0.4, phone: 0.1 } }],
  // flat until September, then a rise that steepens into December
  ["generated accelerating", { from: "2025-03-01", to: "2025-12-31", base: 900, seed: 22, dayFactor: (d) => (d < "2025-09-01" ? 1 : 1 + 0.5 * ((Date.parse(d) - Date.parse("2025-09-01")) / 86_400_000 / 60) ** 1.5), channels: { email: 0.6, chat: 0.4 } }],
  // no trend at all: the trend must not invent one
  ["generated flat", { from: "2025-03-01", to: "2025-12-31", base: 700, seed: 23, channels: { all: 1 } }],
];
for (const [label, o] of scenarios) {
  const series = synthSeries(o);
  for (const from of ["2025-10-01", "2025-10-22"]) {
    const to = new Date(Date.parse(from) + 62 * 86_400_000).toISOString().slice(0, 10);
    print(`${label} ${from}..${to}`, scoreWindow(series, models, from, to).scores);
  }
}
