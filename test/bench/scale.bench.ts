// Benchmark: analyze (and forecast) generated 1M- and 5M-row exports through the real CLI, each run in its own
// process, to show that time grows with the file while peak memory stays flat (ingest streams; the series is per hour).
// Needs a fresh build (npm run build). Generation runs in a child process first and is not measured.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "./measure.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/peakplan.js");
const mainUrl = new URL("../../dist/main.js", import.meta.url).href;
const sizes = (process.env.PEAKPLAN_SCALE_ROWS ?? "1000000,5000000").split(",").map(Number);
const dir = mkdtempSync(join(tmpdir(), "peakplan-scale-"));

/** Runs one CLI command in a fresh Node process that reports its own wall time and peak RSS on stderr. */
function run(args: string[]): { code: number; seconds: number; peakRssMB: number } {
  const script = `const { main } = await import(${JSON.stringify(mainUrl)});
const t0 = process.hrtime.bigint();
const code = await main(["node", "peakplan", ...${JSON.stringify(args)}]);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stderr.write("BENCH " + JSON.stringify({ code, seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\\n");`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const line = child.stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`no figures from ${args.join(" ")}: ${child.stderr.slice(-500)}`);
  return JSON.parse(line.slice(6)) as { code: number; seconds: number; peakRssMB: number };
}

try {
  for (const rows of sizes) {
    const file = join(dir, `tickets-${rows}.csv`);
    const gen = spawnSync(process.execPath, [bin, "sample", "--seed", "42", "--rows", String(rows), "--out", file], { stdio: ["ignore", "ignore", "inherit"] });
    if (gen.status !== 0) throw new Error(`generating ${rows} rows failed`);
    const fileMB = statSync(file).size / 1e6;
    const analyze = run(["analyze", "--history", file, "--tz", "Europe/Helsinki", "--json", "--out", join(dir, "hourly.csv")]);
    report(`analyze ${rows.toLocaleString("en-US")} rows`, { fileMB, exit: analyze.code, seconds: analyze.seconds, peakRssMB: analyze.peakRssMB });
    const forecast = run(["forecast", "--history", file, "--tz", "Europe/Helsinki", "--json", "--out", join(dir, "forecast.csv")]);
    report(`forecast ${rows.toLocaleString("en-US")} rows`, { fileMB, exit: forecast.code, seconds: forecast.seconds, peakRssMB: forecast.peakRssMB });
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
