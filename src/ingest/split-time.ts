// A date column beside a time-of-day column ("Päivämäärä;Kellonaika", "Datum;Tid", "Date;Time") is one timestamp in
// two cells. Read alone, the date column was refused as date-only with advice to --spread-days, which then spread
// the tickets over hours they never had.
import { detectDateFormat } from "./date-detect.js";
import { normaliseHeader } from "./columns.js";

/** Headers of a time-of-day column (English, Finnish, Swedish, Danish, Norwegian, German; guessed). */
const TIME_OF_DAY = [
  "time", "time of day", "hour", "created time of day", "aika", "kellonaika", "klo", "kello", "tid", "tidpunkt",
  "klockslag", "klokkeslæt", "klokkeslett", "kl", "tidspunkt", "uhrzeit", "zeit",
].map(normaliseHeader);

/** "10.37", "9:05", "13:08:59": a time of day alone. */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;

/** The time-of-day column to join to the time column: the one right after it, else any other such header; or -1. */
export function timeOfDayColumn(header: readonly string[], time: number): number {
  // A unit in brackets ("Time (mm:ss)", "Aika (min)") marks a duration, not the clock.
  const isClock = (i: number): boolean => i !== time && i >= 0 && i < header.length && !/[([]/.test(header[i] ?? "") && TIME_OF_DAY.includes(normaliseHeader(header[i] ?? ""));
  if (isClock(time + 1)) return time + 1;
  return header.findIndex((_, i) => isClock(i));
}

/**
 * True when the sampled dates hold no time of day and the sampled cells of the clock column are all times of day:
 * then each row's created time is the two cells joined with a blank.
 */
export function shouldJoin(dates: readonly string[], clocks: readonly string[]): boolean {
  const filled = clocks.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length === 0 || !filled.every((c) => TIME_ONLY.test(c))) return false;
  if (!inClockOrder(dates, clocks) && !arrivalsLike(filled)) return false;
  return "dateOnly" in detectDateFormat(dates);
}

/**
 * Whether the clock cells run in order within each date, as an export sorted by created time (or by ticket number)
 * has them: 90 % of the neighbouring rows of one date one way. Handle times written like clock times ("0:09:03",
 * "21:45" for 21 min 45 s) run in no order, and joined they put every ticket at midnight or on a made-up profile; the
 * first rows of a busy store's export span a few hours, so the values' spread over the day cannot tell them apart.
 * Fewer than 10 such neighbours say nothing either way: joined as before.
 */
export function inClockOrder(dates: readonly string[], clocks: readonly string[]): boolean {
  const minutes = clocks.map((c) => {
    const [h = 0, m = 0, sec = 0] = c.trim().split(/[:.]/).map(Number);
    return h * 60 + m + sec / 60;
  });
  let pairs = 0;
  let up = 0;
  let down = 0;
  for (let i = 1; i < minutes.length; i++) {
    if (dates[i]?.trim() !== dates[i - 1]?.trim() || clocks[i]?.trim() === "" || clocks[i - 1]?.trim() === "") continue;
    const d = (minutes[i] ?? 0) - (minutes[i - 1] ?? 0);
    pairs++;
    if (d >= 0) up++;
    if (d <= 0) down++;
  }
  return pairs < 10 || Math.max(up, down) >= 0.9 * pairs;
}

/**
 * Clock cells that spread as arrivals do, for an export in no time order: fewer than half in the hour after midnight
 * (handle times "0:09:03" are all there) and a daily cycle, its quietest hour under 30 % of the mean hour (handle
 * times "21:45" for 21 min 45 s spread evenly: 57 % in the review's file; olist's orders, approved around the clock,
 * 23 %; a desk shut at night 0 %).
 */
export function arrivalsLike(values: readonly string[]): boolean {
  const counts = new Array<number>(24).fill(0);
  for (const v of values) {
    const h = Number(v.split(/[:.]/)[0]);
    if (h >= 0 && h < 24) counts[h] = (counts[h] ?? 0) + 1;
  }
  const mean = values.length / 24;
  return (counts[0] ?? 0) < 0.5 * values.length && Math.min(...counts) < 0.3 * mean;
}
