// Prediction bands from a negative binomial count: Poisson noise plus a fitted over-dispersion (variance μ + αμ²).
import type { Band } from "./model.js";

/**
 * p-quantile of a negative binomial count with mean μ and dispersion α (α = 0 is Poisson), on the continuous
 * scale: the count k is spread evenly over (k - 1, k], so the quantile is k - 1 + (p - F(k - 1)) / P(k) for the
 * k with F(k - 1) < p ≤ F(k) (never below 0). Its ceiling is the ordinary integer quantile. Why not the integer:
 * with a few tickets an hour a band of whole counts cannot mean 80 % (at μ = 0.3 the integer p90 is 1 and
 * [0, 1] holds 96 % of hours); spreading each count over its unit interval is the randomised PIT of Czado,
 * Gneiting & Held, "Predictive model assessment for count data", Biometrics 65 (2009), under which an honest
 * forecast's bands hold their nominal share. Always finite and ≥ 0; μ = 0 (a closed hour) gives 0.
 */
export function nbQuantile(mu: number, alpha: number, p: number): number {
  if (!(mu > 0) || !Number.isFinite(mu)) return 0;
  const a = Number.isFinite(alpha) && alpha > 0 ? alpha : 0;
  const variance = mu + a * mu * mu;
  // Above ~60 expected tickets the exact sum is slow and the normal shape is close: the spread count has mean
  // μ - 1/2 and variance σ² + 1/12.
  if (mu > 60) return Math.max(0, mu - 0.5 + normalQuantile(p) * Math.sqrt(variance + 1 / 12));
  let prob: number;
  let next: (k: number, pk: number) => number;
  if (a < 1e-9) {
    prob = Math.exp(-mu);
    next = (k, pk) => (pk * mu) / (k + 1);
  } else {
    const r = 1 / a;
    const q = r / (r + mu);
    prob = Math.exp(r * Math.log(q));
    next = (k, pk) => (pk * (k + r) * (1 - q)) / (k + 1);
  }
  let below = 0;
  let k = 0;
  const cap = Math.ceil(mu + 40 * Math.sqrt(variance) + 50);
  while (below + prob < p && k < cap) {
    below += prob;
    prob = next(k, prob);
    k++;
  }
  if (!(prob > 0)) return k;
  return Math.max(0, k - 1 + Math.min(1, (p - below) / prob));
}

/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628274631];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  const at = (arr: number[], i: number): number => arr[i] ?? 0;
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((at(c, 0) * q + at(c, 1)) * q + at(c, 2)) * q + at(c, 3)) * q + at(c, 4)) * q + at(c, 5)) / ((((at(d, 0) * q + at(d, 1)) * q + at(d, 2)) * q + at(d, 3)) * q + 1);
  }
  if (p > 1 - pl) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((at(a, 0) * r + at(a, 1)) * r + at(a, 2)) * r + at(a, 3)) * r + at(a, 4)) * r + at(a, 5)) * q) / (((((at(b, 0) * r + at(b, 1)) * r + at(b, 2)) * r + at(b, 3)) * r + at(b, 4)) * r + 1);
}

/**
 * Method-of-moments over-dispersion from fitted means and actuals: Σ((y-μ)² - μ) / Σμ², never negative.
 * Hours with a fitted mean of zero say nothing about the spread and are skipped.
 */
export function fitDispersion(actual: readonly number[], fitted: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < actual.length; i++) {
    const mu = fitted[i] ?? 0;
    if (!(mu > 0)) continue;
    const e = (actual[i] ?? 0) - mu;
    num += e * e - mu;
    den += mu * mu;
  }
  if (!(den > 0)) return 0;
  return Math.min(4, Math.max(0, num / den));
}

/** Median and central bands for each hour; quantiles are monotone in p, so p10 ≤ p50 ≤ p90 holds by construction. */
export function nbBands(mean: readonly number[], alpha: readonly number[], levels: readonly number[]): { median: number[]; bands: Band[] } {
  const median = mean.map((m, i) => nbQuantile(m, alpha[i] ?? 0, 0.5));
  const bands = levels.map((level) => {
    const tail = (1 - level / 100) / 2;
    return {
      level,
      lo: mean.map((m, i) => Math.min(nbQuantile(m, alpha[i] ?? 0, tail), median[i] ?? 0)),
      hi: mean.map((m, i) => Math.max(nbQuantile(m, alpha[i] ?? 0, 1 - tail), median[i] ?? 0)),
    };
  });
  return { median, bands };
}
