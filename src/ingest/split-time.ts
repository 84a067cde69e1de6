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
  const isClock = (i: number): boolean => i !== time && i >= 0 && i < header.length && TIME_OF_DAY.includes(normaliseHeader(header[i] ?? ""));
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
  return "dateOnly" in detectDateFormat(dates);
}
