// Timestamp formats of help-desk exports: hand parsers for each detected form, cheap enough for a million rows.
//
// The forms are those Nordic and European systems and the public exports in ../shared/realdata write:
// ISO 8601 (2024-09-01T06:34:00+03:00, 2024-09-01 06:34), year first with / or . (2012/10/09 14:50:17.000),
// day first with . / or - (1.9.2024 6.34, 28.11.2025 klo 9.05, 01-09-2024 06:34, 02-10-2017 11:07, 01.09.2024 kl. 06.34),
// month first with / or - (US), unix seconds or milliseconds, and Twitter's "Tue Oct 31 23:36:20 +0000 2017".
// Day and month without leading zeros, seconds optional, "." or ":" in the time, fractions of a second after "." or ",".

/** The formats detected unaided; anything else needs --date-format (luxon tokens). */
export type DateFormatName =
  | "iso"
  | "ymd-slash"
  | "ymd-dot"
  | "dotted-dmy"
  | "slash-dmy"
  | "slash-mdy"
  | "dash-dmy"
  | "dash-mdy"
  | "twitter"
  | "unix-seconds"
  | "unix-millis";

export const FORMAT_LABELS: Record<DateFormatName, string> = {
  iso: "ISO 8601 (offset or Z exact, naive in the store zone)",
  "ymd-slash": "yyyy/MM/dd HH:mm",
  "ymd-dot": "yyyy.MM.dd HH:mm",
  "dotted-dmy": "dd.MM.yyyy HH:mm",
  "slash-dmy": "dd/MM/yyyy HH:mm",
  "slash-mdy": "MM/dd/yyyy HH:mm",
  "dash-dmy": "dd-MM-yyyy HH:mm",
  "dash-mdy": "MM-dd-yyyy HH:mm",
  twitter: "EEE MMM dd HH:mm:ss ZZZ yyyy (Twitter)",
  "unix-seconds": "unix seconds",
  "unix-millis": "unix milliseconds",
};

export const MINUTE = 60_000;

export const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Reads `n` digits at i, or -1. */
export function num(s: string, i: number, n: number): number {
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
export const OUT: Parsed = { ms: 0, offset: null };

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

/** Time part "H[H]:mm[:ss[.fff]]" or "H[H].mm[.ss]" at i, then an optional zone; null when malformed. */
export function parseTimeAndZone(s: string, i: number, y: number, mo: number, d: number): Parsed | null {
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
    const sep = s.charCodeAt(p);
    if (h < 0 || (sep !== 58 && sep !== 46)) return null; // ":" or "." (Finnish 9.05)
    mi = num(s, p + 1, 2);
    if (mi < 0 || mi > 59) return null;
    p += 3;
    if (s.charCodeAt(p) === sep && digit(s, p + 1) >= 0) {
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

export function parseIso(s: string): Parsed | null {
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

/** Skips the blank (or T) between date and time and an optional "klo", "kl." or "kl" (Nordic "o'clock"). */
function timeStart(s: string, p: number): number {
  if (p >= s.length) return p;
  const c = s.charCodeAt(p);
  if (c !== 32 && c !== 84) return -1;
  p++;
  while (s.charCodeAt(p) === 32) p++;
  const k = s.charCodeAt(p) | 32;
  if (k === 107 && (s.charCodeAt(p + 1) | 32) === 108) {
    // k l
    p += 2;
    if ((s.charCodeAt(p) | 32) === 111 || s.charCodeAt(p) === 46) p++; // o or .
    if (s.charCodeAt(p) !== 32) return -1;
    while (s.charCodeAt(p) === 32) p++;
  }
  return p;
}

/** yyyy/M/d or yyyy.M.d (1-2 digit month and day), then a time. */
function parseYearFirst(s: string, sepCode: number): Parsed | null {
  const y = num(s, 0, 4);
  if (y < 0 || s.charCodeAt(4) !== sepCode) return null;
  const a = readUpTo2(s, 5);
  if (!a || s.charCodeAt(a.next) !== sepCode) return null;
  const b = readUpTo2(s, a.next + 1);
  if (!b) return null;
  const p = timeStart(s, b.next);
  return p < 0 ? null : parseTimeAndZone(s, p, y, a.value, b.value);
}

/** d.M.yyyy, d/M/yyyy, d-M-yyyy or month first, with 1-2 digit day and month, then a time. */
function parseDayMonth(s: string, sepCode: number, monthFirst: boolean): Parsed | null {
  const a = readUpTo2(s, 0);
  if (!a || s.charCodeAt(a.next) !== sepCode) return null;
  const b = readUpTo2(s, a.next + 1);
  if (!b || s.charCodeAt(b.next) !== sepCode) return null;
  const y = num(s, b.next + 1, 4);
  if (y < 0) return null;
  const p = timeStart(s, b.next + 5);
  if (p < 0) return null;
  return monthFirst ? parseTimeAndZone(s, p, y, a.value, b.value) : parseTimeAndZone(s, p, y, b.value, a.value);
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

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const TWITTER = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}:\d{2}:\d{2}) ([+-]\d{4}) (\d{4})$/;

/** Twitter's created_at, "Tue Oct 31 23:36:20 +0000 2017" (the layout of the public customer-support tweet sets). */
function parseTwitter(s: string): Parsed | null {
  const m = TWITTER.exec(s);
  if (!m) return null;
  const mo = MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1;
  if (mo === 0) return null;
  return parseTimeAndZone(`${m[3]} ${m[4]}`, 0, Number(m[5]), mo, Number(m[2]));
}

export function parseWith(format: DateFormatName, s: string): Parsed | null {
  switch (format) {
    case "iso":
      return parseIso(s);
    case "ymd-slash":
      return parseYearFirst(s, 47);
    case "ymd-dot":
      return parseYearFirst(s, 46);
    case "dotted-dmy":
      return parseDayMonth(s, 46, false);
    case "slash-dmy":
      return parseDayMonth(s, 47, false);
    case "slash-mdy":
      return parseDayMonth(s, 47, true);
    case "dash-dmy":
      return parseDayMonth(s, 45, false);
    case "dash-mdy":
      return parseDayMonth(s, 45, true);
    case "twitter":
      return parseTwitter(s);
    case "unix-seconds":
      return parseEpoch(s, false);
    case "unix-millis":
      return parseEpoch(s, true);
  }
}
