// The rows step of ingestion: width and blank checks, the date format chosen from the first rows, and each usable
// ticket counted into its clock hour and channel.
import { InputError } from "../errors.js";
import { ALL_SLOT, HourBuckets } from "./bucket.js";
import type { ChannelMapper } from "./channels.js";
import { ZoneClock } from "./clock.js";
import { headerNamesUtc, type ColumnChoice } from "./columns.js";
import {
  builtInParser,
  builtInWall,
  dayParser,
  datesInDisguise,
  detectDateFormat,
  formatHasTime,
  luxonParser,
  luxonWall,
  type TimestampParser,
} from "./date-detect.js";
import { FORMAT_LABELS } from "./dates.js";
import { isBlank, type HeaderInfo } from "./header.js";
import { IdSet } from "./idset.js";
import { SkipCounter } from "./skips.js";

/** Rows looked at before the date format is chosen. */
export const DETECT_ROWS = 500;

/** No help desk existed before 2000: earlier times are a zero or placeholder date (1970-01-01 is epoch 0). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
/** Slack after "now" for a clock or zone set wrong on the exporting side. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

interface Pending {
  cells: string[];
  line: number;
}

/** Rows held at most while day and month cannot yet be told apart (a value with a day above 12 decides it). */
export const MAX_DETECT_ROWS = 100_000;

/** The option that spreads date-only rows over the intraday profile, named in the refusal. */
export const SPREAD_OPTION = "--spread-days (ingest.spreadDays in the config)";

/** Day and month the sampled values cannot tell apart: the reader may look further down the file before giving up. */
export class AmbiguousDatesError extends InputError {}

/** What chooseParser is told besides the samples. */
export interface ParserOptions {
  /** the user's --date-format (luxon tokens) */
  dateFormat?: string;
  /** spread date-only rows over the intraday profile instead of refusing them */
  spreadDays?: boolean;
  /** the time column's header names UTC: naive times are UTC instants (values with an offset keep theirs) */
  naiveUtc?: boolean;
}

/** Added to the date format the summary reports when naive times are read as UTC. */
export const NAIVE_UTC = "naive times read as UTC, from the header";

/** The summary's date format with NAIVE_UTC: "ISO 8601 (offset or Z exact, naive times read as UTC, from the header)". */
export function naiveUtcLabel(label: string): string {
  return label.includes("naive in the store zone") ? label.replace("naive in the store zone", NAIVE_UTC) : `${label} (${NAIVE_UTC})`;
}

type ChosenParser = TimestampParser & { dateOnly?: boolean };

/** A date-only read's label: "dd.MM.yyyy HH:mm" becomes "dd.MM.yyyy, dates only, each day spread over the day". */
export function dayLabel(label: string): string {
  return `${label.replace(/ HH[:.]mm(:ss)?$/, "")}, dates only, each day spread over the day`;
}

/** Chooses the timestamp parser: the user's luxon format, else the one detected from `samples` (with their lines). */
export function chooseParser(file: string, sampled: readonly Pending[], time: number, clock: ZoneClock, options: ParserOptions = {}): ChosenParser {
  const samples = sampled.map((p) => p.cells[time] ?? "");
  const firstLine = sampled[0]?.line ?? 2;
  // A date without a time of day, however it came to be, stops the run unless spreadDays asks to spread each day.
  const refuseUnlessSpread = (value: string, why = ""): void => {
    if (options.spreadDays) return;
    throw new InputError(file, firstLine, `"${value}" is a date without a time of day${why}, and peakplan plans by the hour; expected timestamps with a time, or ${SPREAD_OPTION} to spread each day's tickets over the intraday profile`);
  };
  // The label says what was read: the date part of the format, each day spread (not "HH:mm", which it never had).
  const days = (wall: (text: string) => number, label: string): ChosenParser => ({ ...dayParser(wall, dayLabel(label), clock), dateOnly: true });
  const atMidnight = (wall: (text: string) => number, label: string): ChosenParser | undefined => {
    const hit = datesInDisguise(samples.map(wall));
    if (!hit) return undefined;
    refuseUnlessSpread(samples[0] ?? "", ` (${hit.midnight} of ${hit.read} sampled times are 00:00:00)`);
    return days(wall, label);
  };
  // Naive times are wall times of the store zone, or UTC instants when the header says so (a UTC clock has no DST).
  const naive = options.naiveUtc ? new ZoneClock("UTC") : clock;
  const inUtc = (parser: TimestampParser): TimestampParser => (options.naiveUtc ? { ...parser, label: naiveUtcLabel(parser.label) } : parser);
  const { dateFormat } = options;
  if (dateFormat !== undefined && dateFormat !== "") {
    const wall = luxonWall(dateFormat);
    if (formatHasTime(dateFormat) || samples.length === 0) return atMidnight(wall, dateFormat) ?? inUtc(luxonParser(dateFormat, naive));
    refuseUnlessSpread(samples[0] ?? "");
    return days(wall, dateFormat);
  }
  if (samples.length === 0) return { label: "(none)", parse: () => Number.NaN, lastOffset: () => null };
  const found = detectDateFormat(samples);
  if ("dateOnly" in found) {
    refuseUnlessSpread(found.dateOnly);
    // The detector chooses a format only for values with a time: day and month are told apart with one added.
    const again = detectDateFormat(samples.map((v) => `${v.trim()} 00:00`));
    if ("format" in again) return days(builtInWall(again.format), FORMAT_LABELS[again.format]);
    throw new InputError(file, firstLine, `"${found.dateOnly}" could be day/month or month/day; expected --date-format, e.g. "dd/MM/yyyy" or "MM/dd/yyyy"`);
  }
  if ("mixed" in found) {
    const at = sampled[found.index];
    const kinds = found.mixed.map((f) => FORMAT_LABELS[f]).join("; ");
    throw new InputError(file, at?.line ?? firstLine, `"${(at?.cells[time] ?? "").slice(0, 60)}": timestamps in several formats (${kinds}); expected one format throughout the file`);
  }
  if ("ambiguous" in found) {
    throw new AmbiguousDatesError(file, firstLine, `"${found.ambiguous}" could be day/month or month/day; expected --date-format, e.g. "dd/MM/yyyy HH:mm" or "MM/dd/yyyy HH:mm"`);
  }
  if ("unknown" in found) {
    throw new InputError(file, firstLine, `"${found.unknown}" is not a timestamp format peakplan detects; expected ISO 8601, dd.MM.yyyy HH:mm, or --date-format with luxon tokens`);
  }
  const asDays = atMidnight(builtInWall(found.format), FORMAT_LABELS[found.format]);
  if (asDays) return asDays;
  // Epochs and Twitter times always carry their zone: nothing naive to read as UTC.
  const carriesZone = found.format === "twitter" || found.format.startsWith("unix");
  return carriesZone ? builtInParser(found.format, naive) : inUtc(builtInParser(found.format, naive));
}

/** What the reader needs from the ingest options. */
export interface RowOptions {
  dateFormat?: string;
  spreadDays?: boolean;
  now: number;
}

/** Up to this many (instant, offset) pairs are kept from rows that carried an offset, to name the zone they came from. */
const OFFSET_SAMPLES = 24;

/** Takes the data rows after the header; `finish()` flushes rows held back while the date format was unknown. */
export class RowReader {
  readonly skips = new SkipCounter();
  readonly buckets: HourBuckets;
  rowsRead = 0;
  duplicates = 0;
  parser: ChosenParser | undefined;
  /** rows whose timestamp carried an offset, and those whose offset differs from the store zone's at that instant */
  withOffset = 0;
  offsetMismatch = 0;
  readonly offsetSamples: Array<[number, number]> = [];
  /** date-only rows (with spreadDays): wall midnight (ms as UTC) -> count per slot, spread over hours at the end */
  readonly days = new Map<number, number[]>();
  private readonly ids = new IdSet();
  private readonly cols: ColumnChoice;
  private readonly mapper: ChannelMapper;
  private readonly width: number;
  private readonly latest: number;
  private readonly naiveUtc: boolean;
  private pending: Pending[] | undefined = [];
  private detectAt = DETECT_ROWS;

  constructor(
    private readonly file: string,
    head: HeaderInfo,
    private readonly clock: ZoneClock,
    private readonly options: RowOptions,
  ) {
    this.buckets = new HourBuckets(clock);
    this.cols = head.cols;
    this.mapper = head.mapper;
    this.width = head.width;
    this.latest = options.now + FUTURE_SLACK_MS;
    this.naiveUtc = headerNamesUtc(head.header[head.cols.time] ?? "");
  }

  accept(cells: string[], line: number): void {
    this.rowsRead++;
    if (isBlank(cells)) {
      this.skips.add("blank line", line);
      return;
    }
    const width = this.width;
    if (cells.length !== width && !(cells.length > width && isBlank(cells.slice(width)))) {
      this.skips.add("wrong number of fields", line, `${cells.length} fields, header ${width}`);
      return;
    }
    if (this.pending) {
      this.pending.push({ cells, line });
      if (this.pending.length >= this.detectAt) this.detect(false);
      return;
    }
    this.use(cells, line);
  }

  /** Chooses the date format from the held rows (if not yet chosen) and counts them. */
  finish(): void {
    this.detect(true);
  }

  /**
   * Day and month that no held value tells apart are looked for further down the file (up to MAX_DETECT_ROWS):
   * a file sorted by time may start with twelve days of ambiguous dates.
   */
  private detect(atEnd: boolean): void {
    const rows = this.pending;
    if (!rows) return;
    const time = this.cols.time;
    const sampled = rows.filter((p) => (p.cells[time] ?? "").trim() !== "");
    try {
      this.parser = chooseParser(this.file, sampled, time, this.clock, { ...this.options, naiveUtc: this.naiveUtc });
    } catch (error) {
      if (!(error instanceof AmbiguousDatesError) || atEnd || rows.length >= MAX_DETECT_ROWS) throw error;
      this.detectAt = Math.min(rows.length * 4, MAX_DETECT_ROWS);
      return;
    }
    this.pending = undefined;
    for (const p of rows) this.use(p.cells, p.line);
  }

  private use(cells: string[], line: number): void {
    const c = this.cols;
    const raw = cells[c.time];
    if (raw === undefined || raw === "" || (raw.charCodeAt(0) === 32 && raw.trim() === "")) {
      this.skips.add("empty time", line);
      return;
    }
    const parser = this.parser as TimestampParser;
    const t = parser.parse(raw);
    if (Number.isNaN(t)) {
      this.skips.add("unparseable time", line, raw);
      return;
    }
    // One stray 1970 or 2099 row would otherwise stretch the hourly series over decades (memory and time).
    if (t < EARLIEST_MS) {
      this.skips.add("time before 2000", line, raw);
      return;
    }
    if (t > this.latest) {
      this.skips.add("time in the future", line, raw);
      return;
    }
    const offset = parser.lastOffset();
    if (offset !== null) this.noteOffset(t, offset);
    if (c.id >= 0) {
      const id = cells[c.id] ?? "";
      if (id !== "" && this.ids.seen(id)) {
        this.duplicates++;
        this.skips.add("duplicate ticket id", line);
        return;
      }
    }
    const slot = c.channel >= 0 ? this.mapper.index(cells[c.channel] ?? "") : ALL_SLOT;
    if (this.parser?.dateOnly) this.addDay(t, slot);
    else this.buckets.add(t, slot);
  }

  private noteOffset(t: number, offset: number): void {
    this.withOffset++;
    if (offset !== this.clock.offsetAt(t)) {
      this.offsetMismatch++;
      if (this.offsetSamples.length < OFFSET_SAMPLES) this.offsetSamples.push([t, offset]);
    }
  }

  private addDay(t: number, slot: number): void {
    const wall = t + this.clock.offsetAt(t) * 60_000;
    const day = wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000);
    let row = this.days.get(day);
    if (!row) this.days.set(day, (row = new Array<number>(ALL_SLOT + 1).fill(0)));
    row[slot] = (row[slot] ?? 0) + 1;
  }
}
