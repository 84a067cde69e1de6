// Timestamp formats of help-desk exports: detection from a sample, and a fast parser that avoids luxon per row.
import { DateTime } from "luxon";
import type { ZoneClock } from "./clock.js";

/** The formats detected unaided; anything else needs --date-format (luxon tokens). */
export type DateFormatName = "iso" | "dotted-dmy" | "slash-dmy" | "slash-mdy" | "unix-seconds" | "unix-millis";

export const FORMAT_LABELS: Record<DateFormatName, string> = {
  iso: "ISO 8601 (offset or Z exact, naive in the store zone)",
  "dotted-dmy": "dd.MM.yyyy HH:mm",
  "slash-dmy": "dd/MM/yyyy HH:mm",
  "slash-mdy": "MM/dd/yyyy HH:mm",
  "unix-seconds": "unix seconds",
  "unix-millis": "unix milliseconds",
};

const MINUTE = 60_000;

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Reads `n` digits at i, or -1. */
function num(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = digit(s, i + k);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Result of the hand parsers: wall fields as Date.UTC ms, plus the offset in minutes when the text carried one. */
export interface Parsed {
  ms: number;
  offset: number | null;
}

/**
 * The hot path writes into this one object instead of allocating per row (a million rows make a lot of garbage);
 * callers copy what they need before the next parse.
 */
const OUT: Parsed = { ms: 0, offset: null };

/** Date.UTC of the last (y, m, d, h) seen: sorted exports repeat the same hour for many rows in a row. */
let lastHourKey = -1;
let lastHourBase = 0;

function hourBase(y: number, mo: number, d: number, h: number): number {
  const key = ((y * 16 + mo) * 32 + d) * 32 + h;
  if (key === lastHourKey) return lastHourBase;
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23) return Number.NaN;
  const base = Date.UTC(y, mo - 1, d, h);
  if (new Date(base).getUTCDate() !== d) return Number.NaN; // 31 February and friends
  lastHourKey = key;
  lastHourBase = base;
  return base;
}

/** Time part "HH:mm[:ss[.fff]]" at i, then an optional zone; null when malformed. */
function parseTimeAndZone(s: string, i: number, y: number, mo: number, d: number): Parsed | null {
  let h = 0;
  let mi = 0;
  let sec = 0;
  let frac = 0;
  if (i < s.length) {
    h = num(s, i, 2);
    let p = i + 2;
    if (h < 0) {
      h = num(s, i, 1); // "9:05" in some locales
      p = i + 1;
    }
    if (h < 0 || s.charCodeAt(p) !== 58) return null;
    mi = num(s, p + 1, 2);
    if (mi < 0 || mi > 59) return null;
    p += 3;
    if (s.charCodeAt(p) === 58) {
      sec = num(s, p + 1, 2);
      if (sec < 0 || sec > 60) return null;
      p += 3;
      if (s.charCodeAt(p) === 46 || s.charCodeAt(p) === 44) {
        p++;
        let scale = 100;
        while (digit(s, p) >= 0) {
          frac += digit(s, p) * scale;
          scale /= 10;
          p++;
        }
      }
    }
    i = p;
  }
  const base = hourBase(y, mo, d, h);
  if (Number.isNaN(base)) return null;
  OUT.ms = base + mi * MINUTE + Math.min(sec, 59) * 1000 + Math.floor(frac);
  OUT.offset = null;
  while (s.charCodeAt(i) === 32) i++;
  if (i >= s.length) return OUT;
  const c = s.charCodeAt(i);
  if ((c === 90 || c === 122) && i === s.length - 1) {
    OUT.offset = 0; // Z
    return OUT;
  }
  const rest = s.slice(i);
  if (rest === "UTC" || rest === "GMT") {
    OUT.offset = 0;
    return OUT;
  }
  if (c === 43 || c === 45) {
    const oh = num(s, i + 1, 2);
    let om = 0;
    if (oh < 0) return null;
    let p = i + 3;
    if (s.charCodeAt(p) === 58) p++;
    if (p < s.length) {
      om = num(s, p, 2);
      if (om < 0 || p + 2 !== s.length) return null;
    }
    OUT.offset = (c === 45 ? -1 : 1) * (oh * 60 + om);
    return OUT;
  }
  return null;
}

function parseIso(s: string): Parsed | null {
  const y = num(s, 0, 4);
  if (y < 0 || s.charCodeAt(4) !== 45) return null;
  const mo = num(s, 5, 2);
  if (mo < 0 || s.charCodeAt(7) !== 45) return null;
  const d = num(s, 8, 2);
  if (d < 0) return null;
  if (s.length === 10) return parseTimeAndZone(s, 10, y, mo, d);
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return null; // T or space
  return parseTimeAndZone(s, 11, y, mo, d);
}

/** d.M.yyyy, d/M/yyyy or M/d/yyyy with 1-2 digit day and month, then a time. */
function parseDayMonth(s: string, sepCode: number, monthFirst: boolean): Parsed | null {
  let p = 0;
  const a = readUpTo2(s, p);
  if (!a) return null;
  p = a.next;
  if (s.charCodeAt(p) !== sepCode) return null;
  const b = readUpTo2(s, p + 1);
  if (!b) return null;
  p = b.next;
  if (s.charCodeAt(p) !== sepCode) return null;
  const y = num(s, p + 1, 4);
  if (y < 0) return null;
  p += 5;
  const [d, mo] = monthFirst ? [b.value, a.value] : [a.value, b.value];
  if (p < s.length) {
    if (s.charCodeAt(p) !== 32 && s.charCodeAt(p) !== 84) return null;
    while (s.charCodeAt(p + 1) === 32) p++;
    p++;
  }
  return parseTimeAndZone(s, p, y, mo, d);
}

function readUpTo2(s: string, i: number): { value: number; next: number } | null {
  const a = digit(s, i);
  if (a < 0) return null;
  const b = digit(s, i + 1);
  return b < 0 ? { value: a, next: i + 1 } : { value: a * 10 + b, next: i + 2 };
}

function parseEpoch(s: string, millis: boolean): Parsed | null {
  if (!(millis ? /^\d{13}$/ : /^\d{9,10}(\.\d+)?$/).test(s)) return null;
  const v = Number(s);
  OUT.ms = millis ? v : Math.round(v * 1000);
  OUT.offset = 0;
  return OUT;
}

export function parseWith(format: DateFormatName, s: string): Parsed | null {
  switch (format) {
    case "iso":
      return parseIso(s);
    case "dotted-dmy":
      return parseDayMonth(s, 46, false);
    case "slash-dmy":
      return parseDayMonth(s, 47, false);
    case "slash-mdy":
      return parseDayMonth(s, 47, true);
    case "unix-seconds":
      return parseEpoch(s, false);
    case "unix-millis":
      return parseEpoch(s, true);
  }
}

export type Detection =
  | { format: DateFormatName }
  | { ambiguous: string }
  | { unknown: string }
  /** several formats each read some samples and none reads most: `index` is the first sample the best one cannot read */
  | { mixed: DateFormatName[]; index: number };

/**
 * Picks the format that reads the most sample values. Day-first and month-first slashes are told apart
 * only by a value whose first or second part exceeds 12; without one the caller must ask for --date-format.
 */
export function detectDateFormat(samples: readonly string[]): Detection {
  const values = samples.map((v) => v.trim()).filter((v) => v !== "");
  if (values.length === 0) return { unknown: "" };
  const score = (f: DateFormatName): number => values.reduce((n, v) => n + (parseWith(f, v) ? 1 : 0), 0);
  const order: DateFormatName[] = ["iso", "dotted-dmy", "unix-seconds", "unix-millis", "slash-dmy", "slash-mdy"];
  const scores = order.map((f) => ({ f, n: score(f) }));
  const best = scores.reduce((a, b) => (b.n > a.n ? b : a));
  if (best.n > 0 && best.n < values.length * 0.5) {
    const readers = scores.filter((x) => x.n > 0 && x.f !== "slash-mdy").map((x) => x.f);
    if (readers.length > 1) return { mixed: readers, index: values.findIndex((v) => !parseWith(best.f, v)) };
  }
  if (best.n === 0 || best.n < values.length * 0.5) return { unknown: values[0] ?? "" };
  if (best.f === "slash-dmy" || best.f === "slash-mdy") {
    const dmy = scores.find((s) => s.f === "slash-dmy")?.n ?? 0;
    const mdy = scores.find((s) => s.f === "slash-mdy")?.n ?? 0;
    if (dmy === mdy) return { ambiguous: values[0] ?? "" };
    return { format: dmy > mdy ? "slash-dmy" : "slash-mdy" };
  }
  return { format: best.f };
}

/** Turns text into an instant (ms), or NaN. Naive times go through the zone clock and its DST rule. */
export interface TimestampParser {
  label: string;
  parse(text: string): number;
}

export function builtInParser(format: DateFormatName, clock: ZoneClock): TimestampParser {
  const parse = (text: string): number => {
    const p = parseWith(format, text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text);
    if (!p) return Number.NaN;
    return p.offset === null ? clock.fromWall(p.ms) : p.ms - p.offset * MINUTE;
  };
  if (format !== "iso") return { label: FORMAT_LABELS[format], parse };
  // Most exports write "YYYY-MM-DD HH:mm:ss" in time order, so a row's first 13 characters (date and hour) are
  // usually the previous row's: then only minutes and seconds are read. Anything else takes the full parse.
  // The prefix as character codes: String.prototype.startsWith was the hot spot on papaparse's sliced cells.
  const prefix = new Uint16Array(13);
  let prefixBase = Number.NaN;
  return {
    label: FORMAT_LABELS[format],
    parse(text) {
      if (text.length !== 19 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(0) === 32) return parse(text);
      const mi = num(text, 14, 2);
      const sec = num(text, 17, 2);
      if (mi < 0 || mi > 59 || sec < 0 || sec > 60) return parse(text);
      const within = mi * MINUTE + Math.min(sec, 59) * 1000;
      if (!Number.isNaN(prefixBase) && samePrefix(text, prefix)) return clock.fromWall(prefixBase + within);
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
  return {
    label: format,
    parse(text) {
      const t = text.trim();
      if (hasOffset) {
        const dt = DateTime.fromFormat(t, format, { setZone: true });
        return dt.isValid ? dt.toMillis() : Number.NaN;
      }
      const dt = DateTime.fromFormat(t, format, { zone: "UTC" });
      return dt.isValid ? clock.fromWall(dt.toMillis()) : Number.NaN;
    },
  };
}

/** True when the luxon format string itself is usable (a quick check with luxon's own explainer). */
export function isUsableLuxonFormat(format: string): boolean {
  const explained = DateTime.fromFormatExplain("", format) as { tokens?: unknown[] };
  return Array.isArray(explained.tokens) && explained.tokens.length > 0;
}
