// The seeded synthetic help-desk export: yields the CSV a day at a time, so any size streams in constant memory.
import type { Channel } from "../config/types.js";
import { ZoneClock } from "../ingest/clock.js";
import { DIALECTS, SUBJECTS, renderTime, type SampleFormat, type Ticket } from "./formats.js";
import { mulberry32, pick, poisson } from "./random.js";
import { channelShares, expectedDaily, hourShares, isAllDayPeak } from "./shape.js";

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface SampleOptions {
  seed: number;
  /** first and last day, YYYY-MM-DD */
  from: string;
  to: string;
  zone: string;
  /** multiplies every day's volume */
  scale?: number;
  /** aim for about this many rows; overrides scale */
  rows?: number;
  format?: SampleFormat;
  /** add a few realistic dirty rows */
  dirty?: boolean;
}

/** Dirty rows cycle through these; one every DIRTY_EVERY tickets, the first early so small files get some. */
export const DIRTY_KINDS = ["unparseable time", "empty time", "duplicate ticket id", "unknown channel", "blank line", "quoted newline"] as const;
const DIRTY_EVERY = 9973;
const DIRTY_FIRST = 211;

export function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

/** The scale that makes the expected total about `rows`. */
export function scaleForRows(rows: number, from: string, to: string): number {
  let total = 0;
  for (const d of days(from, to)) total += expectedDaily(d);
  return total > 0 ? rows / total : 1;
}

/** Yields the header line, then one string of rows per day (each row ending in the dialect's line end). */
export function* sampleChunks(options: SampleOptions): Generator<string> {
  const dialect = DIALECTS[options.format ?? "generic"];
  const rand = mulberry32(options.seed);
  const clock = new ZoneClock(options.zone);
  const scale = options.rows !== undefined ? scaleForRows(options.rows, options.from, options.to) : (options.scale ?? 1);
  const { delimiter, eol } = dialect;
  const needsQuote = new RegExp(`[${delimiter === "\t" ? "\\t" : delimiter}"\\r\\n]`);
  const line = (cells: string[]): string => cells.map((c) => (needsQuote.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
  yield `${dialect.bom ? "\uFEFF" : ""}${line(dialect.header)}${eol}`;
  let nextId = 100_000;
  let count = 0;
  let nextDirty = options.dirty ? DIRTY_FIRST : Number.POSITIVE_INFINITY;
  let dirtyIndex = 0;
  for (const date of days(options.from, options.to)) {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const start = clock.fromWall(Date.UTC(y, m - 1, d));
    const end = clock.fromWall(Date.UTC(y, m - 1, d + 1));
    const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    const weekend = wd === 0 || wd === 6;
    const allDay = isAllDayPeak(date);
    const dayVolume = expectedDaily(date) * scale;
    const shares = channelShares(date).map(([ch, share]) => ({ ch, share, hours: hourShares(ch, weekend, allDay) }));
    const out: string[] = [];
    for (let h0 = start; h0 < end; h0 += HOUR) {
      const offset = clock.offsetAt(h0);
      const hourOfDay = new Date(h0 + offset * 60_000).getUTCHours();
      const tickets: Ticket[] = [];
      for (const { ch, share, hours } of shares) {
        const n = poisson(rand, dayVolume * share * (hours[hourOfDay] ?? 0));
        for (let k = 0; k < n; k++) tickets.push({ id: 0, ms: h0 + Math.floor(rand() * HOUR), offset, channel: ch, subject: pick(rand, SUBJECTS) });
      }
      tickets.sort((a, b) => a.ms - b.ms);
      for (const t of tickets) {
        t.id = nextId++;
        t.offset = clock.offsetAt(t.ms);
        const row = line(dialect.cells(t, renderTime(dialect.time, t.ms, t.offset), rawChannel(dialect.channels, t.channel, t.id)));
        out.push(row);
        count++;
        if (count === nextDirty) {
          const dirty = dirtyRow(DIRTY_KINDS[dirtyIndex % DIRTY_KINDS.length] ?? "blank line", t);
          out.push(...dirty.map((cells) => (cells === null ? "" : line(dialect.cells({ ...t, id: nextId++ }, cells.time, cells.channel)))));
          if (DIRTY_KINDS[dirtyIndex % DIRTY_KINDS.length] === "duplicate ticket id") out[out.length - 1] = row;
          dirtyIndex++;
          nextDirty += DIRTY_EVERY;
        }
      }
    }
    if (out.length > 0) yield `${out.join(eol)}${eol}`;
  }

  function rawChannel(map: Record<Channel, string[]>, ch: Channel, id: number): string {
    const values = map[ch];
    return values[id % values.length] ?? ch;
  }

  /** The extra rows of one dirty event; null is a blank line. Time and channel are given as rendered text. */
  function dirtyRow(kind: string, t: Ticket): Array<{ time: string; channel: string } | null> {
    const time = renderTime(dialect.time, t.ms, t.offset);
    const channel = rawChannel(dialect.channels, t.channel, t.id);
    switch (kind) {
      case "unparseable time":
        return [{ time: "#VALUE!", channel }];
      case "empty time":
        return [{ time: "", channel }];
      case "duplicate ticket id":
        return [{ time, channel }]; // replaced by an exact copy of the row above
      case "unknown channel":
        return [{ time, channel: "Trustpilot review" }];
      case "quoted newline":
        // A subject with the delimiter and a line break, quoted: the row spans two lines.
        t.subject = `Order 4411${dialect.delimiter} two parcels\nsecond one missing`;
        return [{ time, channel }];
      default:
        return [null];
    }
  }
}
