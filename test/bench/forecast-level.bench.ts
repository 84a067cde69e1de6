// The level on a wider development set (test/bench/devset.ts): peakplan, events off, against the two baselines,
// hourly WAPE and bias per kind of series, averaged over seeds; and the level model each fit chose.
// Usage: npm run bench -- forecast-level [seeds, e.g. 1,2,3]
import { scoreWindow } from "../../src/forecast/backtest.js";
import { eightWeekAverageModel, lastWeekModel } from "../../src/forecast/baselines.js";
import { eventCalendar } from "../../src/forecast/calendar.js";
import { peakplanModel } from "../../src/forecast/seasonal.js";
import { addDays, channelHistory, historyBefore } from "../../src/forecast/series.js";
import { devSet, type DevSeries } from "./devset.js";
import { helpdesk, olist } from "./realdata.js";

const seeds = (process.argv[2] ?? "1,2,3").split(",").map(Number);
const peakplan = peakplanModel({ calendar: eventCalendar({ enabled: false }) });
const models = [peakplan, lastWeekModel(), eightWeekAverageModel()];
const byKind = new Map<string, { n: number; wape: number[]; bias: number[]; absBias: number[]; levels: string[] }>();
// The real series too, forecast 8 weeks ahead from the first of several months (olist grew fast through 2017).
const real: DevSeries[] = [];
const orders = await olist();
for (const from of ["2017-06-01", "2017-07-01", "2017-08-01", "2017-09-01", "2017-10-01", "2018-02-01", "2018-03-01", "2018-04-01", "2018-05-01", "2018-06-01"]) {
  real.push({ kind: "olist 8 weeks ahead", series: orders, from, to: addDays(from, 55) });
}
const desk = await helpdesk();
for (const from of ["2011-03-01", "2011-05-01", "2011-09-01", "2012-03-01", "2012-05-01", "2013-03-01", "2013-05-01", "2013-09-01"]) {
  real.push({ kind: "helpdesk 8 weeks ahead", series: desk, from, to: addDays(from, 55) });
}
for (const d of [...devSet(seeds), ...real]) {
  const r = scoreWindow(d.series, models, d.from, d.to);
  const acc = byKind.get(d.kind) ?? { n: 0, wape: models.map(() => 0), bias: models.map(() => 0), absBias: models.map(() => 0), levels: [] };
  acc.n++;
  r.scores.forEach((s, k) => {
    acc.wape[k] = (acc.wape[k] ?? 0) + s.hourlyWape;
    acc.bias[k] = (acc.bias[k] ?? 0) + s.bias;
    acc.absBias[k] = (acc.absBias[k] ?? 0) + Math.abs(s.bias);
  });
  acc.levels.push(peakplan.fit(historyBefore(channelHistory(d.series, d.series.channels[0] ?? "all"), d.from)).info?.level ?? "");
  byKind.set(d.kind, acc);
}
const pct = (x: number): string => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
const total = models.map(() => ({ wape: 0, absBias: 0, n: 0 }));
for (const [kind, acc] of byKind) {
  const cells = models.map((m, k) => {
    const t = total[k];
    if (t) {
      t.wape += acc.wape[k] ?? 0;
      t.absBias += acc.absBias[k] ?? 0;
      t.n += acc.n;
    }
    return `${m.name} ${((acc.wape[k] ?? 0) / acc.n).toFixed(3)} ${pct((acc.bias[k] ?? 0) / acc.n).padStart(6)}`;
  });
  process.stdout.write(`${kind.padEnd(36)} ${cells.join(" | ")}  [${acc.levels.join(", ")}]\n`);
}
process.stdout.write(`${"mean over all (hourly WAPE, |bias|)".padEnd(36)} ${models.map((m, k) => `${m.name} ${((total[k]?.wape ?? 0) / (total[k]?.n || 1)).toFixed(3)} ${(((total[k]?.absBias ?? 0) / (total[k]?.n || 1)) * 100).toFixed(1)}%`).join(" | ")}\n`);
