// Forecast accuracy on real and generated series: hourly and daily WAPE, bias and p10-p90 coverage for peakplan
// and the two baselines, each fitted on the history before the window only; and, on generated seasons with known
// truth, the season's daily WAPE and each peak day's error. Figures for the README's table.
// Usage: npm run bench -- forecast-accuracy
import { scoreWindow } from "../../src/forecast/backtest.js";
import { eightWeekAverageModel, lastWeekModel } from "../../src/forecast/baselines.js";
import { eventCalendar, type EventSettings } from "../../src/forecast/calendar.js";
import { storeHistory } from "../../src/forecast/events.js";
import { firstSeasonInputs } from "../../src/forecast/first-season.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { wape } from "../../src/forecast/metrics.js";
import type { ForecastModel } from "../../src/forecast/model.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import { channelHistory, historyBefore } from "../../src/forecast/series.js";
import type { HourlySeries } from "../../src/ingest/types.js";
import { blackFriday, cyberMonday } from "../../src/time/events.js";
import { B2B, CYBER, RETAIL, seasonStore, type SeasonSpec } from "../forecast/seasons.js";
import { expectedDay, retailFactor, synthSeries, type SynthOptions } from "../forecast/synthetic.js";
import { helpdesk, olist, seriesFrom, seriesUntil } from "./realdata.js";

const pct = (x: number): string => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
const cov = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : "-");

/** peakplan as the tool runs it: the first-season peak and the events' evidence from all channels before `from`. */
function peakplan(series: HourlySeries, from: string, events: EventSettings): ForecastModel {
  const histories = series.channels.map((c) => historyBefore(channelHistory(series, c), from));
  const store = storeHistory(histories);
  const model = peakplanModel({ calendar: eventCalendar(events), firstSeason: firstSeasonInputs(histories), ...(store ? { store } : {}) });
  return { ...model, name: events.enabled ? "peakplan+events" : "peakplan" };
}

function run(label: string, series: HourlySeries, from: string, to: string, events: "off" | "on" | "both" = "off", settings: EventSettings = { enabled: true }): void {
  const models = [
    ...(events !== "on" ? [peakplan(series, from, { enabled: false })] : []),
    ...(events !== "off" ? [peakplan(series, from, settings)] : []),
    lastWeekModel(),
    eightWeekAverageModel(),
  ];
  for (const s of scoreWindow(series, models, from, to).scores) {
    process.stdout.write(`${label.padEnd(40)} ${s.model.padEnd(16)} hourlyWAPE=${s.hourlyWape.toFixed(3)} dailyWAPE=${s.dailyWape.toFixed(3)} bias=${pct(s.bias).padStart(7)} p10-p90=${cov(s.coverage80)} (open hours ${cov(s.coverageOpen)})\n`);
  }
}

const desk = await helpdesk();
run("helpdesk 2012-11-01..12-31", desk, "2012-11-01", "2012-12-31", "both");
run("helpdesk 2013-11-01..12-31", desk, "2013-11-01", "2013-12-31", "both");
const orders = await olist();
run("olist 2017-11-01..12-31", orders, "2017-11-01", "2017-12-31", "both");
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

// Generated seasons (test/forecast/seasons.ts): each event its own uplift or none, Black Friday moving between
// years, trend, day-to-day noise on top of the counts, a channel mix; the 2026 season forecast from the history
// before it. Hourly scores against the actual counts; the season's daily WAPE and the peak days against the truth.
const channels = { chat: 0.5, email: 0.35, phone: 0.15 };
const seasons: Array<[string, SeasonSpec, Omit<SynthOptions, "dayFactor" | "to">, string]> = [
  ["retail, 1 season before, 3 channels", RETAIL, { from: "2025-03-01", base: 300, trendPerDay: 0.0005, seed: 1, channels }, "2026-10-31"],
  ["retail, 2 seasons, history to 15 Jan", RETAIL, { from: "2024-09-01", base: 400, trendPerDay: 0.0003, seed: 2 }, "2026-01-15"],
  ["retail, 2 seasons before, 3 channels", RETAIL, { from: "2024-09-01", base: 200, trendPerDay: 0.0006, seed: 3, channels }, "2026-10-31"],
  ["cyber (ships to 18 Dec), 1 season before", CYBER, { from: "2025-03-01", base: 300, trendPerDay: 0.0005, seed: 4, channels }, "2026-10-31"],
  ["cyber, 2 seasons before", CYBER, { from: "2024-09-01", base: 250, trendPerDay: 0.0004, seed: 5, channels }, "2026-10-31"],
  ["b2b (no retail event), 1 season before", B2B, { from: "2025-03-01", base: 150, seed: 6 }, "2026-10-31"],
  ["b2b, first season", B2B, { from: "2026-02-01", base: 150, seed: 7 }, "2026-10-31"],
];
for (const [label, spec, o, cut] of seasons) {
  const { options, truth } = seasonStore(spec, { ...o, to: "2027-01-15" });
  const full = synthSeries(options);
  const settings: EventSettings = { enabled: true, lastShippingDay: spec.lastShipping.monthDay };
  const window = { from: "2026-11-01", to: "2027-01-15" };
  // A history that stops on 15 January is forecast ten months ahead: no hourly backtest on the months between.
  if (cut === "2026-10-31") run(label, full, window.from, window.to, "both", settings);
  for (const events of [settings, { enabled: false }]) {
    const r = forecastSeason(seriesUntil(full, cut), { ...window, events });
    const f = r.daily.map((d) => d.expected);
    const peaks = [blackFriday(2026), cyberMonday(2026), `2026-${spec.lastShipping.monthDay}`].map((date) => {
      const d = r.daily.find((x) => x.date === date);
      const t = expectedDay(truth, date);
      return t > 0 && d ? pct(d.expected / t - 1) : "closed";
    });
    process.stdout.write(`${label.padEnd(40)} events ${events.enabled ? "on " : "off"}: season dailyWAPE vs truth=${wape(r.daily.map((d) => expectedDay(truth, d.date)), f).toFixed(3)}; Black Friday ${peaks[0]}, Cyber Monday ${peaks[1]}, last shipping day ${peaks[2]}\n`);
  }
}

// The forecast test's two seasons (one Black Friday x3, a gentle ramp, Poisson counts only), as before.
const two: SynthOptions = { from: "2024-09-01", to: "2026-01-15", base: 400, trendPerDay: 0.0003, dayFactor: retailFactor(3), seed: 7 };
const plainSeason = forecastSeason(synthSeries(two));
const plainPeaks = ["2026-11-27", "2026-11-30", "2026-12-18"].map((date) => pct((plainSeason.daily.find((x) => x.date === date)?.expected ?? 0) / expectedDay(two, date) - 1));
process.stdout.write(`${"retailFactor(3), 2 seasons to 15 Jan".padEnd(40)} events on : season dailyWAPE vs truth=${wape(plainSeason.daily.map((d) => expectedDay(two, d.date)), plainSeason.daily.map((d) => d.expected)).toFixed(3)}; Black Friday ${plainPeaks[0]}, Cyber Monday ${plainPeaks[1]}, last shipping day ${plainPeaks[2]}\n`);
