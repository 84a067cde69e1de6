// Which timestamp format an export uses, decided from a sample, and the per-row parsers built for it.
import { DateTime } from "luxon";
import type { ZoneClock } from "./clock.js";
import { FORMAT_LABELS, MINUTE, OUT, digit, num, parseIso, parseWith, type DateFormatName } from "./dates.js";

export type Detection =
  | { format: DateFormatName }
  | { ambiguous: string }
  | { unknown: string }
  /** every value is a date without a time of day: hours cannot be learnt from it */
  | { dateOnly: string }
  /** several formats each read some samples and none reads most: `index` is the first sample the best one cannot read */
  | { mixed: DateFormatName[]; index: number };

/** Pairs told apart only by a value whose day exceeds 12. */
const DAY_MONTH_PAIRS: ReadonlyArray<[DateFormatName, DateFormatName]> = [
  ["slash-dmy", "slash-mdy"],
  ["dash-dmy", "dash-mdy"],
];
const MONTH_FIRST = new Set<DateFormatName>(["slash-mdy", "dash-mdy"]);
const ORDER: readonly DateFormatName[] = [
  "iso", "dotted-dmy", "ymd-slash", "ymd-dot", "unix-seconds", "unix-millis", "twitter", "slash-dmy", "slash-mdy", "dash-dmy", "dash-mdy",
];

/** A time of day follows the date: a blank or T, then digits and ":" or "." (Twitter and epochs have their own test). */
const HAS_TIME = /[\sT]\D{0,4}\d{1,2}[:.]\d{2}/;

/**
 * Picks the format that reads the most sample values. Day-first and month-first are told apart only by a value
 * whose first or second part exceeds 12; without one the caller must ask for --date-format (or look further).
 */
export function detectDateFormat(samples: readonly string[]): Detection {
  const values = samples.map((v) => v.trim()).filter((v) => v !== "");
  if (values.length === 0) return { unknown: "" };
  const score = (f: DateFormatName): number => values.reduce((n, v) => n + (parseWith(f, v) ? 1 : 0), 0);
  const scores = ORDER.map((f) => ({ f, n: score(f) }));
  const best = scores.reduce((a, b) => (b.n > a.n ? b : a));
  if (best.n > 0 && best.n < values.length * 0.5) {
    const readers = scores.filter((x) => x.n > 0 && !MONTH_FIRST.has(x.f)).map((x) => x.f);
    if (readers.length > 1) return { mixed: readers, index: values.findIndex((v) => !parseWith(best.f, v)) };
  }
  if (best.n === 0 || best.n < values.length * 0.5) return { unknown: values[0] ?? "" };
  if (!best.f.startsWith("unix") && best.f !== "twitter" && !values.some((v) => HAS_TIME.test(v))) return { dateOnly: values[0] ?? "" };
  for (const [dmy, mdy] of DAY_MONTH_PAIRS) {
    if (best.f !== dmy && best.f !== mdy) continue;
    const a = scores.find((s) => s.f === dmy)?.n ?? 0;
    const b = scores.find((s) => s.f === mdy)?.n ?? 0;
    if (a === b) return { ambiguous: values[0] ?? "" };
    return { format: a > b ? dmy : mdy };
  }
  return { format: best.f };
}

/** Turns text into an instant (ms), or NaN. Naive times go through the zone clock and its DST rule. */
export interface TimestampParser {
  label: string;
  parse(text: string): number;
  /** the offset (minutes) the last parsed text carried, or null when it was naive */
  lastOffset(): number | null;
}

const builtInOffset = (): number | null => OUT.offset;

export function builtInParser(format: DateFormatName, clock: ZoneClock): TimestampParser {
  const parse = (text: string): number => {
    const p = parseWith(format, text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text);
    if (!p) {
      OUT.offset = null;
      return Number.NaN;
    }
    return p.offset === null ? clock.fromWall(p.ms) : p.ms - p.offset * MINUTE;
  };
  if (format !== "iso") return { label: FORMAT_LABELS[format], parse, lastOffset: builtInOffset };
  // Most exports write "YYYY-MM-DD HH:mm:ss" in time order, so a row's first 13 characters (date and hour) are
  // usually the previous row's: then only minutes and seconds are read. Anything else takes the full parse.
  // The prefix as character codes: String.prototype.startsWith was the hot spot on papaparse's sliced cells.
  const prefix = new Uint16Array(13);
  let prefixBase = Number.NaN;
  return {
    label: FORMAT_LABELS[format],
    lastOffset: builtInOffset,
    parse(text) {
      if (text.length !== 19 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(0) === 32) return parse(text);
      const mi = num(text, 14, 2);
      const sec = num(text, 17, 2);
      if (mi < 0 || mi > 59 || sec < 0 || sec > 60) return parse(text);
      const within = mi * MINUTE + Math.min(sec, 59) * 1000;
      if (!Number.isNaN(prefixBase) && samePrefix(text, prefix)) {
        OUT.offset = null; // the prefix is kept only for naive times
        return clock.fromWall(prefixBase + within);
      }
      const p = parseIso(text);
      if (!p) return Number.NaN;
      // Kept only for a two-digit hour; digits at 11-12 and ':' at 13 leave no other reading.
      if (p.offset === null && digit(text, 11) >= 0 && digit(text, 12) >= 0) {
        for (let k = 0; k < 13; k++) prefix[k] = text.charCodeAt(k);
        prefixBase = p.ms - within;
      }
      return p.offset === null ? clock.fromWall(p.ms) : p.ms - p.offset * MINUTE;
    },
  };
}

/** True when `text` begins with the 13 codes of `prefix`, compared from the hour back (it changes first). */
function samePrefix(text: string, prefix: Uint16Array): boolean {
  for (let i = 12; i >= 0; i--) if (text.charCodeAt(i) !== prefix[i]) return false;
  return true;
}

/**
 * A --date-format in luxon tokens. Wall fields are read by luxon in UTC and then placed with our own DST rule,
 * so naive times resolve the same whatever the format; a format with an offset token (Z, ZZ, ZZZ) is exact.
 */
export function luxonParser(format: string, clock: ZoneClock): TimestampParser {
  const hasOffset = /Z/.test(format.replace(/'[^']*'/g, ""));
  let offset: number | null = null;
  return {
    label: format,
    lastOffset: () => offset,
    parse(text) {
      const t = text.trim();
      if (hasOffset) {
        const dt = DateTime.fromFormat(t, format, { setZone: true });
        offset = dt.isValid ? dt.offset : null;
        return dt.isValid ? dt.toMillis() : Number.NaN;
      }
      const dt = DateTime.fromFormat(t, format, { zone: "UTC" });
      return dt.isValid ? clock.fromWall(dt.toMillis()) : Number.NaN;
    },
  };
}

const DAY = 86_400_000;

/**
 * A time column is a date column exported as a datetime ("2026-08-01 00:00:00") when at least this share of the
 * readable sampled times sit at exactly 00:00:00. A real desk's ticket falls on that second about once in 86,400
 * (once in 1,440 where the export drops seconds), and less at night: 19 of 20 by chance is beyond any odds. A sorted
 * export's first rows are not independent draws, but 95 % of the 500 sampled rows in the first minute of a day would
 * be a desk taking hundreds of tickets a minute at midnight. Not 100 %: a date column with a few real times or
 * dirty rows in it still tells nothing about the hours.
 */
export const MIDNIGHT_SHARE = 0.95;
/** Fewer readable times than this are too few to judge (a small excerpt may be its midnight tickets); read as written. */
export const MIDNIGHT_MIN_TIMES = 20;

/**
 * `walls` are the written times as Date.UTC ms (NaN when unreadable): the counts when they are dates in disguise
 * (see MIDNIGHT_SHARE), else undefined. The written fields, not the instant: "2026-08-01T00:00:00Z" is a date too.
 */
export function datesInDisguise(walls: readonly number[]): { midnight: number; read: number } | undefined {
  let read = 0;
  let midnight = 0;
  for (const w of walls) {
    if (Number.isNaN(w)) continue;
    read++;
    if (((w % DAY) + DAY) % DAY === 0) midnight++;
  }
  return read >= MIDNIGHT_MIN_TIMES && midnight >= read * MIDNIGHT_SHARE ? { midnight, read } : undefined;
}

/**
 * True when a luxon format reads a time of day: an hour, minute, second, fraction, meridiem, time or date-time macro
 * (t, T, f, F) or epoch (X, x) token outside quoted literals. "dd.MM.yyyy" has none: a date-only format.
 */
export function formatHasTime(format: string): boolean {
  return /[HhmsSuatTfFXx]/.test(format.replace(/'[^']*'/g, ""));
}

/** Written fields as Date.UTC ms (NaN when unreadable), for a detected format. */
export const builtInWall =
  (format: DateFormatName) =>
  (text: string): number =>
    parseWith(format, text.trim())?.ms ?? Number.NaN;

/** Written fields as Date.UTC ms (NaN when unreadable), for a --date-format; an offset token does not move them. */
export function luxonWall(format: string): (text: string) => number {
  const hasOffset = /Z/.test(format.replace(/'[^']*'/g, ""));
  return (text) => {
    const dt = DateTime.fromFormat(text.trim(), format, hasOffset ? { setZone: true } : { zone: "UTC" });
    return dt.isValid ? dt.toMillis() + (hasOffset ? dt.offset * MINUTE : 0) : Number.NaN;
  };
}

/**
 * A date-only column: each text is its written day's midnight in the store zone, whatever time or offset it also
 * carries, so the rows reader can spread the day (an offset on a date is the exporter's, not the ticket's).
 */
export function dayParser(wall: (text: string) => number, label: string, clock: ZoneClock): TimestampParser {
  return {
    label,
    lastOffset: () => null,
    parse(text) {
      const w = wall(text);
      return Number.isNaN(w) ? Number.NaN : clock.fromWall(w - (((w % DAY) + DAY) % DAY));
    },
  };
}

/** True when the luxon format string itself is usable (a quick check with luxon's own explainer). */
export function isUsableLuxonFormat(format: string): boolean {
  const explained = DateTime.fromFormatExplain("", format) as { tokens?: unknown[] };
  return Array.isArray(explained.tokens) && explained.tokens.length > 0;
}
