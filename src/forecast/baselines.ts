// The two baselines every forecast is scored against: last week repeated, and the 8-week weekday-hour average.
import { fitDispersion, nbBands } from "./intervals.js";
import type { FittedModel, ForecastModel, HourSlot } from "./model.js";
import type { ChannelHistory, DayHistory } from "./series.js";

/** Mean count per (weekday, local hour) over the given days; a fall-back day's doubled hour counts once each. */
function weekdayHourMeans(days: readonly DayHistory[]): number[][] {
  const sum = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const n = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const d of days) {
    const s = sum[d.weekday - 1];
    const c = n[d.weekday - 1];
    if (!s || !c) continue;
    d.hods.forEach((h, i) => {
      s[h] = (s[h] ?? 0) + (d.counts[i] ?? 0);
      c[h] = (c[h] ?? 0) + 1;
    });
  }
  return sum.map((row, w) => row.map((v, h) => {
    const k = n[w]?.[h] ?? 0;
    return k > 0 ? v / k : 0;
  }));
}

/** Fits a table-lookup baseline and gives it count bands from its own one-step errors on the days it learnt from. */
function tableModel(name: string, weeks: number): ForecastModel {
  return {
    name,
    fit(history: ChannelHistory): FittedModel {
      const complete = history.days.filter((d) => d.complete);
      const table = weekdayHourMeans(complete.slice(-7 * weeks));
      // In-sample spread: each of the last four weeks against the table built from the weeks before it.
      const actual: number[] = [];
      const fitted: number[] = [];
      for (let k = 1; k <= 4; k++) {
        const end = complete.length - 7 * (k - 1);
        const before = weekdayHourMeans(complete.slice(Math.max(0, end - 7 - 7 * weeks), end - 7));
        for (const d of complete.slice(Math.max(0, end - 7), end)) {
          d.hods.forEach((h, i) => {
            actual.push(d.counts[i] ?? 0);
            fitted.push(before[d.weekday - 1]?.[h] ?? 0);
          });
        }
      }
      const alpha = fitDispersion(actual, fitted);
      return {
        predict(hours: readonly HourSlot[], levels: readonly number[]) {
          const mean = hours.map((s) => table[s.weekday - 1]?.[s.hod] ?? 0);
          return { mean, method: hours.map(() => name), ...nbBands(mean, mean.map(() => alpha), levels) };
        },
      };
    },
  };
}

/** Last week repeated: each hour as it was on the same weekday and hour in the last complete 7 days. */
export const lastWeekModel = (): ForecastModel => tableModel("last-week", 1);

/** The 8-week average of the same weekday and hour (the default of a widely used WFM product). */
export const eightWeekAverageModel = (): ForecastModel => tableModel("8-week-average", 8);
