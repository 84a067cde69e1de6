// ingestExport: streams a help-desk CSV export through papaparse into an hourly series, never holding the file as text.
import { createReadStream, promises as fs } from "node:fs";
import Papa from "papaparse";
import { InputError } from "../errors.js";
import { MAX_LINE_CHARS, NOT_UTF8, assertReadableFile, watchLineLength } from "../io/csv.js";
import { zoneProblem } from "../values.js";
import { ALL_SLOT, HourBuckets, SLOTS } from "./bucket.js";
import { ChannelMapper } from "./channels.js";
import { ZoneClock, formatInstant } from "./clock.js";
import { detectColumns, type ColumnChoice } from "./columns.js";
import { FORMAT_LABELS, builtInParser, detectDateFormat, luxonParser, type TimestampParser } from "./dates.js";
import { IdSet } from "./idset.js";
import { SkipCounter, checkBadShare } from "./skips.js";
import { sniffFile } from "./sniff.js";
import type { IngestOptions, IngestResult } from "./types.js";

/** Rows looked at before the date format is chosen. */
const DETECT_ROWS = 500;

/** No help desk existed before 2000: earlier times are a zero or placeholder date (1970-01-01 is epoch 0). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
/** Slack after "now" for a clock or zone set wrong on the exporting side. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

interface Pending {
  cells: string[];
  line: number;
}

export async function ingestExport(file: string, options: IngestOptions): Promise<IngestResult> {
  const badZone = zoneProblem(options.zone);
  if (badZone) throw new InputError("--tz", undefined, badZone);
  await assertReadableFile(file);
  const totalBytes = (await fs.stat(file)).size;
  const { delimiter } = await sniffFile(file, totalBytes);
  const clock = new ZoneClock(options.zone);
  const buckets = new HourBuckets(clock);
  const skips = new SkipCounter();
  const ids = new IdSet();
  let sawQuote = false;
  /** Characters streamed so far, where the last quote among them stands, and where papaparse's parsed rows end. */
  let charsRead = 0;
  let lastQuoteAt = -1;
  let parsedTo = 0;
  let sawBadByte = false;
  let width = 0;
  const latest = (options.now ?? Date.now()) + FUTURE_SLACK_MS;
  let header: string[] | undefined;
  let cols: ColumnChoice | undefined;
  let mapper: ChannelMapper | undefined;
  let parser: TimestampParser | undefined;
  let pending: Pending[] | undefined = [];
  let line = 1;
  let rowsRead = 0;
  let duplicates = 0;
  let failure: InputError | undefined;

  const chooseParser = (): void => {
    if (options.dateFormat !== undefined && options.dateFormat !== "") {
      parser = luxonParser(options.dateFormat, clock);
      return;
    }
    const c = cols as ColumnChoice;
    const sampled = (pending ?? []).filter((p) => (p.cells[c.time] ?? "").trim() !== "").slice(0, DETECT_ROWS);
    const samples = sampled.map((p) => p.cells[c.time] ?? "");
    if (samples.length === 0) {
      parser = { label: "(none)", parse: () => Number.NaN };
      return;
    }
    const found = detectDateFormat(samples);
    const firstLine = sampled[0]?.line ?? 2;
    if ("mixed" in found) {
      const at = sampled[found.index];
      const kinds = found.mixed.map((f) => FORMAT_LABELS[f]).join("; ");
      throw new InputError(file, at?.line ?? firstLine, `"${(at?.cells[c.time] ?? "").slice(0, 60)}": timestamps in several formats (${kinds}); expected one format throughout the file`);
    }
    if ("ambiguous" in found) {
      throw new InputError(file, firstLine, `"${found.ambiguous}" could be day/month or month/day; expected --date-format, e.g. "dd/MM/yyyy HH:mm" or "MM/dd/yyyy HH:mm"`);
    }
    if ("unknown" in found) {
      throw new InputError(file, firstLine, `"${found.unknown}" is not a timestamp format peakplan detects; expected ISO 8601, dd.MM.yyyy HH:mm, or --date-format with luxon tokens`);
    }
    parser = builtInParser(found.format, clock);
  };

  const useRow = (cells: string[], rowLine: number): void => {
    const c = cols as ColumnChoice;
    const raw = cells[c.time];
    if (raw === undefined || raw === "" || (raw.charCodeAt(0) === 32 && raw.trim() === "")) {
      skips.add("empty time", rowLine);
      return;
    }
    const t = (parser as TimestampParser).parse(raw);
    if (Number.isNaN(t)) {
      skips.add("unparseable time", rowLine, raw);
      return;
    }
    // One stray 1970 or 2099 row would otherwise stretch the hourly series over decades (memory and time).
    if (t < EARLIEST_MS) {
      skips.add("time before 2000", rowLine, raw);
      return;
    }
    if (t > latest) {
      skips.add("time in the future", rowLine, raw);
      return;
    }
    if (c.id >= 0) {
      const id = cells[c.id] ?? "";
      if (id !== "") {
        if (ids.seen(id)) {
          duplicates++;
          skips.add("duplicate ticket id", rowLine);
          return;
        }
      }
    }
    const slot = c.channel >= 0 ? (mapper as ChannelMapper).index(cells[c.channel] ?? "") : ALL_SLOT;
    buckets.add(t, slot);
  };

  const handleRow = (cells: string[], rowLine: number): void => {
    if (header === undefined) {
      if (isBlank(cells)) return;
      if (sawBadByte && cells.some((c) => c.includes("\uFFFD"))) throw new InputError(file, rowLine, `the header ${NOT_UTF8}`);
      header = cells;
      width = cells.length;
      const found = detectColumns(header, { timeColumn: options.timeColumn, channelColumn: options.channelColumn });
      if ("missing" in found) throw new InputError(file, rowLine, found.missing);
      cols = found;
      mapper = new ChannelMapper(found.source, SLOTS.slice(0, ALL_SLOT) as never);
      return;
    }
    rowsRead++;
    if (isBlank(cells)) {
      skips.add("blank line", rowLine);
      return;
    }
    if (cells.length !== width && !(cells.length > width && isBlank(cells.slice(width)))) {
      skips.add("wrong number of fields", rowLine, `${cells.length} fields, header ${width}`);
      return;
    }
    if (pending) {
      pending.push({ cells, line: rowLine });
      if (pending.length >= DETECT_ROWS) flushPending();
      return;
    }
    useRow(cells, rowLine);
  };

  const flushPending = (): void => {
    if (!pending || !cols) return;
    chooseParser();
    const rows = pending;
    pending = undefined;
    for (const p of rows) useRow(p.cells, p.line);
  };

  await new Promise<void>((resolve, reject) => {
    // Small chunks keep each parsed batch in the young generation: 1 MB chunks made the GC twice as costly.
    const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 });
    stream.on("error", reject);
    // Registered before papaparse's own listener, so it sees each chunk first: it notes where the last quote so far
    // stands, so rows parsed from text without one skip the count of line breaks inside cells.
    stream.on("data", (chunk) => {
      // indexOf first: V8's lastIndexOf scans ~7x slower, and most chunks hold no quote at all.
      if (chunk.indexOf('"') >= 0) {
        sawQuote = true;
        lastQuoteAt = charsRead + chunk.lastIndexOf('"');
      }
      charsRead += chunk.length;
      if (!sawBadByte && chunk.indexOf("\uFFFD") >= 0) sawBadByte = true;
    });
    // Rows before an over-long line are all parsed when it trips, so `line` is that line's number.
    watchLineLength(stream, () => {
      failure ??= new InputError(file, line, `is longer than ${MAX_LINE_CHARS.toLocaleString("en-US")} characters; expected one ticket per line`);
      stream.destroy();
      resolve();
    });
    let firstChunk = true;
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      chunk: (results, papa) => {
        if (failure) return;
        try {
          const rows = results.data;
          const broken = results.errors.length === 0 ? undefined : new Set(results.errors.filter((e) => e.code === "MissingQuotes").map((e) => e.row));
          // These rows are the text from `parsedTo` to the new cursor. With "\n" line ends only a quoted cell can hold
          // a break, so text without a quote needs no count; other line ends keep the count once any quote was seen.
          const countBreaks = results.meta.linebreak === "\n" ? lastQuoteAt >= parsedTo : sawQuote;
          parsedTo = results.meta.cursor;
          for (let i = 0; i < rows.length; i++) {
            const cells = rows[i] as string[];
            if (firstChunk && i === 0 && cells[0] !== undefined) cells[0] = cells[0].replace(/^\uFEFF/, "");
            const rowLine = line;
            line += countBreaks ? 1 + newlinesIn(cells) : 1;
            if (broken?.has(i)) throw new InputError(file, rowLine, "a quote is opened and never closed; expected a closing quote");
            handleRow(cells, rowLine);
          }
          firstChunk = false;
          options.onProgress?.(stream.bytesRead, totalBytes);
        } catch (error) {
          failure = error instanceof InputError ? error : new InputError(file, line, `could not be read (${String(error)})`);
          papa.abort();
          stream.destroy();
          resolve();
        }
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
  if (failure) throw failure;
  if (header === undefined) throw new InputError(file, 1, "holds no header row; expected a CSV export with a header");
  if (pending) flushPending();
  const c = cols as ColumnChoice;
  checkBadShare(file, skips, rowsRead, options.maxBadRowShare ?? 0.01, parser?.label ?? "a timestamp");
  if (buckets.total === 0) throw new InputError(file, 2, "holds no ticket with a readable created time; expected at least one data row");
  const head = header;
  return {
    series: buckets.toSeries(),
    summary: {
      file,
      source: c.source,
      delimiter,
      timeColumn: (head[c.time] ?? "").trim(),
      channelColumn: c.channel >= 0 ? (head[c.channel] ?? "").trim() : undefined,
      idColumn: c.id >= 0 ? (head[c.id] ?? "").trim() : undefined,
      dateFormat: parser?.label ?? "",
      rowsRead,
      rowsUsed: buckets.total,
      duplicates,
      skipped: skips.list(),
      dstGap: clock.gaps,
      dstAmbiguous: clock.ambiguous,
      unknownChannels: { ...(mapper?.unknown ?? {}) },
      firstTicket: formatInstant(buckets.minMs, clock),
      lastTicket: formatInstant(buckets.maxMs, clock),
    },
  };
}

function isBlank(cells: string[]): boolean {
  if (cells.length === 1) return (cells[0] ?? "").trim() === "";
  if ((cells[0] ?? "") !== "") return false;
  return cells.every((c) => c.trim() === "");
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    let i = cell.indexOf("\n");
    while (i >= 0) {
      n++;
      i = cell.indexOf("\n", i + 1);
    }
  }
  return n;
}
