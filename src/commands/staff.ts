// `peakplan staff`: reads forecast.csv and the config, writes requirements.csv, prints the need by day.
import { loadConfig } from "../config.js";
import { readForecastCsv } from "../io/forecast-csv.js";
import { checkOutputs } from "../io/out-path.js";
import { writeRequirementsCsv } from "../io/requirements-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { staffRequirements, type StaffResult } from "../staff/requirements.js";
import { zoneProblem } from "../values.js";
import { checkOption } from "./inputs.js";
import { table } from "../io/table.js";

export interface StaffCommandOptions {
  forecast?: string;
  config?: string;
  tz?: string;
  out?: string;
  json?: boolean;
}

export async function staffCommand(options: StaffCommandOptions, printer: Printer = stdPrinter()): Promise<StaffResult> {
  const config = await loadConfig(options.config);
  if (options.tz !== undefined) checkOption(zoneProblem(options.tz), "--tz");
  const zone = options.tz ?? config.timezone;
  const file = options.forecast ?? "forecast.csv";
  await checkOutputs([{ option: "--out", path: options.out ?? "requirements.csv" }], [{ option: "--forecast", path: file }, { option: "--config", path: options.config }]);
  const forecast = await readForecastCsv(file, zone);
  const result = staffRequirements(forecast, config, { zone, source: file });
  const out = options.out ?? "requirements.csv";
  await writeRequirementsCsv(out, result.rows, result.channels);
  for (const note of result.notes) printer.err(`peakplan: ${note}`);
  if (options.json) {
    printer.out(JSON.stringify({ out, channels: result.channels, daily: result.daily, rows: result.rows }, null, 2));
    return result;
  }
  const grid = table(["date", "peak agents", "agent-hours", "seniors on peak", "standby", ""], { align: ["left", "right", "right", "right", "right", "left"] });
  for (const d of result.daily) grid.push([d.date, d.peakAgents, d.agentHours, d.seniorsOnPeak, d.standby, d.peak ? "peak window" : ""]);
  printer.out(grid.toString());
  const total = result.daily.reduce((s, d) => s + d.agentHours, 0);
  const top = result.daily.reduce((m, d) => Math.max(m, d.peakAgents), 0);
  printer.out(`${result.rows.length} hours, ${result.channels.join(", ")}: ${total} agent-hours on shift, at most ${top} at once. Wrote ${out}.`);
  return result;
}
