// Shared by the benchmarks: wall time and this process's peak resident memory.
export interface Measured<T> {
  value: T;
  seconds: number;
}

export async function measure<T>(fn: () => Promise<T> | T): Promise<Measured<T>> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { value, seconds };
}

/** Peak resident set size of this process so far, in MB (maxRSS is reported in kilobytes). */
export function peakMemoryMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(label: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${typeof v === "number" ? Number(v.toFixed(3)) : v}`);
  process.stdout.write(`${label}: ${parts.join(" ")}\n`);
}
