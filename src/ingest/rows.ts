// The rows step of ingestion: width and blank checks, the date format chosen from the first rows, and each usable
// ticket counted into its clock hour and channel.
import { ALL_SLOT, HourBuckets } from "./bucket.js";
import { DAMAGED_SLOT, OUTBOUND, OUTBOUND_SLOT, isOutbound, type ChannelMapper } from "./channels.js";
import { ZoneClock } from "./clock.js";
import type { ColumnChoice } from "./columns.js";
import type { TimestampParser } from "./date-detect.js";
import { isBlank, type HeaderInfo } from "./header.js";
import { headerZone } from "./header-zone.js";
import { BAD_COUNT, parseCount } from "./counts.js";
import { IdColumn } from "./ids.js";
import { AmbiguousDatesError, chooseParser, type ChosenParser, type Pending } from "./parser.js";
import { SkipCounter } from "./skips.js";
import { shouldJoin, timeOfDayColumn } from "./split-time.js";
import { InputError } from "../errors.js";
import { NOT_UTF8 } from "../io/csv.js";

/** Rows looked at before the date format is chosen. */
export const DETECT_ROWS = 500;

/** No help desk existed before 2000: earlier times are a zero or placeholder date (1970-01-01 is epoch 0). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);

/** Slack after "now" for a clock or zone set wrong on the exporting side. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

/** Rows held at most while day and month cannot yet be told apart (a value with a day above 12 decides it). */
export const MAX_DETECT_ROWS = 100_000;

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
  /** rows counted into the series (each adds one ticket, or its count with a count column) */
  rowsUsed = 0;
  duplicates = 0;
  parser: ChosenParser | undefined;
  /** rows whose timestamp carried an offset, and those whose offset differs from the store zone's at that instant */
  withOffset = 0;
  offsetMismatch = 0;
  readonly offsetSamples: Array<[number, number]> = [];
  /** date-only rows (with spreadDays): wall midnight (ms as UTC) -> count per slot, spread over hours at the end */
  readonly days = new Map<number, number[]>();
  readonly ids = new IdColumn();
  private readonly cols: ColumnChoice;
  private readonly mapper: ChannelMapper;
  private readonly width: number;
  private readonly latest: number;
  /** the zone the time column's header names, whose clock reads naive times (its DST counts join the summary's) */
  readonly headerZone: { clock: ZoneClock; label: string; shown: string } | undefined;
  /** a time-of-day column read with the date column as one timestamp (split-time.ts), or -1 */
  joined = -1;
  private readonly clockColumn: number;
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
    this.clockColumn = options.dateFormat ? -1 : timeOfDayColumn(head.header, head.cols.time);
    const name = (head.header[head.cols.time] ?? "").trim();
    const hz = headerZone(name, clock.name);
    if (hz && "unsure" in hz) {
      throw new InputError(file, `column "${name}"`, `the header's unit "${hz.unsure}" names no single time-zone rule${/^UTC[+-]/.test(hz.unsure) ? ` and is not an offset of the store zone ${clock.name} (a fixed offset, or a zone's winter offset with summer time?)` : ""}; expected an IANA zone in the header (e.g. "Created at (Europe/Stockholm)", "Etc/GMT-1" for +01:00 all year), UTC, or no unit to read naive times in the store zone (--tz)`);
    }
    this.headerZone = hz ? { clock: hz.zone === clock.name ? clock : new ZoneClock(hz.zone), label: hz.label, shown: hz.shown } : undefined;
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
    let sampled = rows.filter((p) => (p.cells[time] ?? "").trim() !== "");
    const clockCol = this.clockColumn;
    if (clockCol >= 0 && shouldJoin(sampled.map((p) => p.cells[time] ?? ""), sampled.map((p) => p.cells[clockCol] ?? ""))) {
      this.joined = clockCol;
      sampled = sampled.map((p) => ({ cells: [this.timeText(p.cells) ?? ""], line: p.line }));
    }
    try {
      this.parser = chooseParser(this.file, sampled, this.joined >= 0 ? 0 : time, this.clock, { ...this.options, headerZone: this.headerZone });
    } catch (error) {
      if (!(error instanceof AmbiguousDatesError) || atEnd || rows.length >= MAX_DETECT_ROWS) throw error;
      this.detectAt = Math.min(rows.length * 4, MAX_DETECT_ROWS);
      return;
    }
    this.pending = undefined;
    for (const p of rows) this.use(p.cells, p.line);
  }

  /** The created time of a row: its time cell, or the date and time-of-day cells joined. */
  private timeText(cells: string[]): string | undefined {
    const date = cells[this.cols.time];
    if (this.joined < 0 || date === undefined) return date;
    const clock = (cells[this.joined] ?? "").trim();
    return clock === "" ? date : `${date.trim()} ${clock}`;
  }

  private use(cells: string[], line: number): void {
    const c = this.cols;
    const raw = this.joined >= 0 ? this.timeText(cells) : cells[c.time];
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
    // Before the id and the channel, so a skipped row leaves no trace in the dedupe or the unknown channels.
    const n = c.count >= 0 ? parseCount(cells[c.count] ?? "") : 1;
    if (n < 0) {
      this.skips.add(BAD_COUNT, line, cells[c.count] ?? "");
      return;
    }
    const offset = parser.lastOffset();
    if (offset !== null) this.noteOffset(t, offset);
    if (c.id >= 0) {
      if (this.ids.repeat(cells[c.id] ?? "", line, raw)) {
        this.duplicates++;
        this.skips.add("duplicate ticket id", line);
        return;
      }
    }
    // Agent-initiated contacts are not demand (channels.ts OUTBOUND): skipped, listed by reason.
    if (c.direction >= 0 && this.outboundDirection(cells[c.direction] ?? "")) {
      this.skips.add(OUTBOUND, line);
      return;
    }
    const value = c.channel >= 0 ? (cells[c.channel] ?? "") : "";
    const slot = c.channel >= 0 ? this.mapper.index(value, n) : ALL_SLOT;
    // A channel that lost its letters to bytes UTF-8 cannot read ("S\ufffdhk\ufffdposti") would be guessed, or mapped by
    // the lead as the message's example suggests, to the wrong channel: stop at the first such row.
    if (slot === DAMAGED_SLOT) throw new InputError(this.file, line, `the channel value "${value.slice(0, 40)}" ${NOT_UTF8}`);
    if (slot === OUTBOUND_SLOT) {
      this.skips.add(OUTBOUND, line);
      return;
    }
    this.rowsUsed++;
    if (this.parser?.dateOnly) this.addDay(t, slot, n);
    else if (n === 1) this.buckets.add(t, slot);
    else this.buckets.addCount(t, slot, n);
  }

  /** isOutbound per distinct Direction value: a column of two or three values, folded once each, not once a row. */
  private readonly directions = new Map<string, boolean>();
  private outboundDirection(raw: string): boolean {
    let out = this.directions.get(raw);
    if (out === undefined) {
      out = isOutbound(raw);
      if (this.directions.size < 1000) this.directions.set(` ${raw}`.slice(1), out);
    }
    return out;
  }

  private noteOffset(t: number, offset: number): void {
    this.withOffset++;
    if (offset !== this.clock.offsetAt(t)) {
      this.offsetMismatch++;
      if (this.offsetSamples.length < OFFSET_SAMPLES) this.offsetSamples.push([t, offset]);
    }
  }

  private addDay(t: number, slot: number, n: number): void {
    const wall = t + this.clock.offsetAt(t) * 60_000;
    const day = wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000);
    let row = this.days.get(day);
    if (!row) this.days.set(day, (row = new Array<number>(ALL_SLOT + 1).fill(0)));
    row[slot] = (row[slot] ?? 0) + n;
  }
}
