// `peakplan backtest`: scores the forecast on held-out days (and last season replayed) against two baselines.
import { loadConfig } from "../config.js";
import { InputError } from "../errors.js";
import { backtest, type BacktestResult, type BacktestRun } from "../forecast/backtest.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { fallbackGrowth } from "../plan/season.js";
import { eventSettings, readHistory, type HistoryOptions } from "./inputs.js";
import { table } from "../io/table.js";

export interface BacktestCommandOptions extends HistoryOptions {
  holdoutDays?: number;
  events?: string;
  json?: boolean;
}

export async function backtestCommand(options: BacktestCommandOptions, printer: Printer = stdPrinter()): Promise<BacktestResult> {
  const holdoutDays = options.holdoutDays ?? 28;
  if (!Number.isInteger(holdoutDays) || holdoutDays < 1 || holdoutDays > 366) {
    throw new InputError("--holdout-days", undefined, `${holdoutDays}; expected a whole number of days from 1 to 366`);
  }
  const config = await loadConfig(options.config);
  const events = await eventSettings(options.events, config);
  const growth = fallbackGrowth(undefined, config);
  const { ingest } = await readHistory(options, printer, config);
  const result = backtest(ingest.series, { holdoutDays, events, growth, closedDays: config.closedDays });
  if (!result.holdout && !result.replay) {
    // Nothing was scored: printing empty tables (and "holds 100 %" of no data) with exit 0 would read as a result.
    const days = /(\d+) complete days/.exec(result.notes.join(" "))?.[1] ?? "too few";
    throw new InputError(ingest.summary.file, undefined, `${days} complete days of history; expected at least ${holdoutDays + 56} to backtest (the ${holdoutDays}-day holdout plus 8 weeks to fit on), or two seasons of 1 Nov - 15 Jan`);
  }
  if (options.json) printer.out(JSON.stringify(result, null, 2));
  else printer.out(render(result, holdoutDays, printer));
  return result;
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "-");
const pct = (x: number): string => (Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %` : "-");

function runTable(run: BacktestRun, printer: Printer): string {
  const grid = table(["model", "hourly WAPE", "daily WAPE", "bias", "p10-p90 holds"], { align: ["left", "right", "right", "right", "right"] });
  const best = Math.min(...run.scores.map((s) => s.hourlyWape));
  for (const s of run.scores) {
    const name = s.hourlyWape === best ? printer.c.bold(s.model) : s.model;
    grid.push([name, f3(s.hourlyWape), f3(s.dailyWape), pct(s.bias), Number.isFinite(s.coverage80) ? `${Math.round(s.coverage80 * 100)} %` : "-"]);
  }
  return grid.toString();
}

function render(r: BacktestResult, holdoutDays: number, printer: Printer): string {
  const lines: string[] = [];
  if (r.holdout) {
    lines.push(printer.c.bold(`Last ${holdoutDays} days held out: ${r.holdout.from} to ${r.holdout.to}, fitted on the days before`));
    lines.push(runTable(r.holdout, printer));
  }
  if (r.replay) {
    lines.push(printer.c.bold(`Season ${r.replay.season} replayed: ${r.replay.from} to ${r.replay.to} (${r.replay.days} days), fitted on the history before ${r.replay.from}`));
    lines.push(runTable(r.replay, printer));
  }
  for (const note of r.notes) lines.push(printer.c.yellow(note));
  lines.push("WAPE: sum of absolute errors over sum of actuals. Bias: forecast total over actual total, minus one.");
  return lines.join("\n");
}
