// `peakplan demo` (what `npm start` runs): analyze, forecast, staff and schedule on the bundled sample, each printing its table.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { SAMPLE } from "../io/paths.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { analyzeCommand } from "./analyze.js";
import { forecastCommand } from "./forecast.js";
import { scheduleCommand, type ScheduleCommandOptions } from "./schedule.js";
import { staffCommand } from "./staff.js";

export interface DemoOptions {
  outDir?: string;
}

/** `schedule` is the roster step: a test that holds the steps to plan's outputs passes one that records its options. */
export async function demoCommand(options: DemoOptions, outer: Printer = stdPrinter(), schedule: (o: ScheduleCommandOptions, p: Printer) => Promise<unknown> = scheduleCommand): Promise<string[]> {
  const printer = warningsOnce(outer);
  const outDir = options.outDir ?? "out";
  await fs.mkdir(outDir, { recursive: true });
  const forecast = join(outDir, "forecast.csv");
  const requirements = join(outDir, "requirements.csv");
  const roster = join(outDir, "roster.csv");
  const heading = (text: string): void => printer.out(`\n${printer.c.bold.underline(text)}\n`);

  heading("1. analyze: last season's tickets (bundled sample)");
  await analyzeCommand({ history: SAMPLE.history, config: SAMPLE.config }, printer);
  heading("2. forecast: tickets per day for the coming season");
  await forecastCommand({ history: SAMPLE.history, config: SAMPLE.config, out: forecast }, printer);
  heading("3. staff: agents needed per day");
  await staffCommand({ forecast, config: SAMPLE.config, out: requirements }, printer);
  heading("4. schedule: the roster");
  await schedule({ requirements, agents: SAMPLE.agents, config: SAMPLE.config, out: roster }, printer);
  printer.out(`\nWrote ${forecast}, ${requirements} and ${roster}. For the whole job with report.html: peakplan plan --sample --out-dir ${outDir}`);
  return [forecast, requirements, roster];
}

/**
 * analyze and forecast both read the sample export, and each says what it skipped: the demo shows a warning the first
 * time only, since the second is the same file saying the same thing.
 */
export function warningsOnce(printer: Printer): Printer {
  const seen = new Set<string>();
  return {
    ...printer,
    err: (text) => {
      if (text.startsWith("peakplan: warning:")) {
        if (seen.has(text)) return;
        seen.add(text);
      }
      printer.err(text);
    },
  };
}
