// `peakplan sample`: streams a seeded synthetic help-desk export (and optionally agents.csv) to disk, all or nothing.
import { randomBytes } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";
import { writeCsv } from "../io/csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { sampleAgents } from "../sample/agents.js";
import { AGENT_COLUMNS } from "../schedule/types.js";
import { SAMPLE_FORMATS, type SampleFormat } from "../sample/formats.js";
import { sampleChunks } from "../sample/generate.js";
import { isValidZone } from "../time/hours.js";
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

export interface SampleOutcome {
  out: string;
  rows: number;
  bytes: number;
}

export async function sampleCommand(options: SampleCommandOptions, printer: Printer = stdPrinter()): Promise<SampleOutcome> {
  const from = options.from ?? "2024-09-01";
  const to = options.to ?? "2026-01-15";
  for (const [flag, d] of [["--from", from], ["--to", to]] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new InputError(flag, undefined, `"${d}"; expected a date YYYY-MM-DD`);
  }
  if (to < from) throw new InputError("--to", undefined, `${to} is before --from ${from}; expected a later date`);
  const zone = options.tz ?? "Europe/Helsinki";
  if (!isValidZone(zone)) throw new InputError("--tz", undefined, `"${zone}" is not an IANA time zone; expected a name like Europe/Helsinki`);
  const format = options.format ?? "generic";
  if (!(SAMPLE_FORMATS as readonly string[]).includes(format)) throw new InputError("--format", undefined, `"${format}"; expected one of ${SAMPLE_FORMATS.join(", ")}`);
  if (options.scale !== undefined && !(options.scale > 0)) throw new InputError("--scale", undefined, `${options.scale}; expected a number above 0`);
  if (options.rows !== undefined && !(options.rows > 0)) throw new InputError("--rows", undefined, `${options.rows}; expected a whole number above 0`);
  const agentCount = options.agents ?? 25;
  if (!(agentCount > 0 && agentCount <= 10_000)) throw new InputError("--agents", undefined, `${agentCount}; expected 1 to 10000`);
  const out = options.out ?? "tickets.csv";
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

/** Writes the chunks to a temporary file beside `path`, respecting back-pressure, then renames it over `path`. */
export async function streamToFileAtomic(path: string, chunks: Iterable<string>): Promise<{ rows: number; bytes: number }> {
  const dir = dirname(path);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new InputError(path, undefined, `the folder ${dir} does not exist; expected an output path inside an existing folder`);
  const target = await fs.stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw new InputError(path, undefined, "is a folder; expected a file path to write");
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const stream = createWriteStream(tmp);
  let rows = -1;
  let bytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      const iterator = chunks[Symbol.iterator]();
      const pump = (): void => {
        for (;;) {
          const next = iterator.next();
          if (next.done) {
            stream.end(resolve);
            return;
          }
          bytes += Buffer.byteLength(next.value);
          for (let i = next.value.indexOf("\n"); i >= 0; i = next.value.indexOf("\n", i + 1)) rows++;
          if (!stream.write(next.value)) {
            stream.once("drain", pump);
            return;
          }
        }
      };
      pump();
    });
    await fs.rename(tmp, path);
  } catch (error) {
    stream.destroy();
    await fs.rm(tmp, { force: true });
    throw error;
  }
  return { rows: Math.max(rows, 0), bytes };
}
