// `peakplan sample`: streams a seeded synthetic help-desk export (and optionally agents.csv) to disk, all or nothing.
import { InputError } from "../errors.js";
import { streamToFileAtomic } from "../io/atomic.js";
import { writeCsv } from "../io/csv.js";
import { checkOutputs } from "../io/out-path.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { sampleAgents } from "../sample/agents.js";
import { AGENT_COLUMNS } from "../schedule/types.js";
import { SAMPLE_FORMATS, type SampleFormat } from "../sample/formats.js";
import { sampleChunks } from "../sample/generate.js";
import { zoneProblem } from "../values.js";
import { checkDate, checkOption } from "./inputs.js";
import { seasonYearOf } from "../time/events.js";

export interface SampleCommandOptions {
  seed?: number;
  out?: string;
  from?: string;
  to?: string;
  tz?: string;
  scale?: number;
  rows?: number;
  format?: string;
  dirty?: boolean;
  agentsOut?: string;
  agents?: number;
}

export const SAMPLE_MAX = { rows: 10_000_000, scale: 100, days: 3653 } as const;

export interface SampleOutcome {
  out: string;
  rows: number;
  bytes: number;
}

export async function sampleCommand(options: SampleCommandOptions, printer: Printer = stdPrinter()): Promise<SampleOutcome> {
  const from = options.from ?? "2024-09-01";
  const to = options.to ?? "2026-01-15";
  checkDate(from, "--from");
  checkDate(to, "--to");
  if (to < from) throw new InputError("--to", undefined, `${to} is before --from ${from}; expected a later date`);
  const zone = options.tz ?? "Europe/Helsinki";
  checkOption(zoneProblem(zone), "--tz");
  const format = options.format ?? "generic";
  if (!(SAMPLE_FORMATS as readonly string[]).includes(format)) throw new InputError("--format", undefined, `"${format}"; expected one of ${SAMPLE_FORMATS.join(", ")}`);
  // Maximums (README, "Hardening"): --rows 1e12 ran until killed.
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > SAMPLE_MAX.days) throw new InputError("--to", undefined, `${to} is ${days} days after --from ${from}; expected at most ${SAMPLE_MAX.days} days (10 years)`);
  if (options.scale !== undefined && !(options.scale > 0 && options.scale <= SAMPLE_MAX.scale)) throw new InputError("--scale", undefined, `${options.scale}; expected a number above 0 and at most ${SAMPLE_MAX.scale}`);
  if (options.rows !== undefined && !(options.rows > 0 && options.rows <= SAMPLE_MAX.rows)) throw new InputError("--rows", undefined, `${options.rows}; expected a whole number from 1 to ${SAMPLE_MAX.rows.toLocaleString("en-US")}`);
  const agentCount = options.agents ?? 25;
  if (!(agentCount > 0 && agentCount <= 10_000)) throw new InputError("--agents", undefined, `${agentCount}; expected 1 to 10000`);
  const out = options.out ?? "tickets.csv";
  await checkOutputs([{ option: "--out", path: out }, { option: "--agents-out", path: options.agentsOut }]);
  const chunks = sampleChunks({ seed: options.seed ?? 1, from, to, zone, scale: options.scale, rows: options.rows, format: format as SampleFormat, dirty: options.dirty ?? true });
  const { rows, bytes } = await streamToFileAtomic(out, chunks);
  if (options.agentsOut !== undefined) {
    // Agents for the season after the history's last one: the season the plan is made for.
    const seasonYear = seasonYearOf(to) + 1;
    await writeCsv(options.agentsOut, AGENT_COLUMNS, sampleAgents(agentCount, options.seed ?? 1, seasonYear));
  }
  printer.err(`wrote ${out}: ${rows.toLocaleString("en-US")} rows, ${(bytes / 1e6).toFixed(1)} MB (${format}, seed ${options.seed ?? 1})`);
  return { out, rows, bytes };
}
