// Shared by the benchmarks: wall time, this process's peak resident memory, and generated exports.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

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

/**
 * Writes a generated export with the sample generator in a child process, so neither the generation's time nor
 * its memory counts against the benchmark that reads it.
 */
export function generateExport(file: string, options: { seed: number; rows: number; tz: string }): void {
  const sampleModule = fileURLToPath(new URL("../../src/commands/sample.ts", import.meta.url));
  const script = `import(${JSON.stringify(sampleModule)}).then((m) => m.sampleCommand(${JSON.stringify({ ...options, out: file })}))`;
  const gen = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
  if (gen.status !== 0) throw new Error("generating the benchmark file failed");
}
