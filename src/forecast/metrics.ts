// Forecast accuracy as WFM teams read it: WAPE (absolute error over actual volume), bias, and band coverage.

/** Sum of absolute errors over the sum of actuals; 0 is perfect. Undefined (NaN) without any actual volume. */
export function wape(actual: readonly number[], forecast: readonly number[]): number {
  let err = 0;
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] ?? 0;
    err += Math.abs((forecast[i] ?? 0) - a);
    sum += a;
  }
  return sum > 0 ? err / sum : Number.NaN;
}

/** Total forecast over total actual minus one: -0.2 means 20 % under-forecast. */
export function bias(actual: readonly number[], forecast: readonly number[]): number {
  let f = 0;
  let a = 0;
  for (let i = 0; i < actual.length; i++) {
    a += actual[i] ?? 0;
    f += forecast[i] ?? 0;
  }
  return a > 0 ? f / a - 1 : Number.NaN;
}

/** Share of actuals inside [lo, hi]: an honest 80 % band holds about 0.8 of the hours. */
export function coverage(actual: readonly number[], lo: readonly number[], hi: readonly number[]): number {
  if (actual.length === 0) return Number.NaN;
  let inside = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] ?? 0;
    if (a >= (lo[i] ?? 0) - 1e-9 && a <= (hi[i] ?? 0) + 1e-9) inside++;
  }
  return inside / actual.length;
}

/** Sums hourly values into daily ones by a parallel list of dates (hours of a day are consecutive). */
export function dailySums(dates: readonly string[], values: readonly number[]): number[] {
  const out: number[] = [];
  let current = "";
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] !== current) {
      current = dates[i] ?? "";
      out.push(0);
    }
    out[out.length - 1] = (out[out.length - 1] ?? 0) + (values[i] ?? 0);
  }
  return out;
}

export interface Score {
  model: string;
  hourlyWape: number;
  dailyWape: number;
  bias: number;
  /** share of hours inside the model's p10..p90 */
  coverage80: number;
  /**
   * the same over the hours the model forecasts open (p90 above zero): an hour forecast closed is certain, and
   * a desk that is shut most hours would otherwise look well calibrated whatever its open-hour bands do
   */
  coverageOpen: number;
}

export function score(model: string, dates: readonly string[], actual: readonly number[], forecast: readonly number[], lo: readonly number[], hi: readonly number[]): Score {
  return {
    model,
    hourlyWape: wape(actual, forecast),
    dailyWape: wape(dailySums(dates, actual), dailySums(dates, forecast)),
    bias: bias(actual, forecast),
    coverage80: coverage(actual, lo, hi),
    coverageOpen: openCoverage(actual, lo, hi),
  };
}

function openCoverage(actual: readonly number[], lo: readonly number[], hi: readonly number[]): number {
  const open = hi.flatMap((h, i) => (h > 0 ? [i] : []));
  return coverage(open.map((i) => actual[i] ?? 0), open.map((i) => lo[i] ?? 0), open.map((i) => hi[i] ?? 0));
}
