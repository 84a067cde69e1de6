// An aggregated report ("Aika;Kanava;Tiketit", one row per hour and channel with a ticket count) read as counts: one
// row per ticket would plan a third of the tickets (10,185 rows held 49,705), exit 0.
import { InputError } from "../errors.js";
import type { SkipCounter } from "./skips.js";

/**
 * Header words that name a count of tickets, folded as normaliseHeader folds them (English, then Finnish, Swedish,
 * Danish, Norwegian, German; guessed from the languages' words for "tickets", "count", "number of", "cases").
 * None is an id name: "ticket" and "number" are ids in columns.ts, "tickets" and "number of tickets" counts.
 */
export const COUNT_NAMES = [
  "tickets", "ticket count", "tickets count", "number of tickets", "count", "volume", "conversations", "contacts",
  "tiketit", "tikettejä", "tikettien määrä", "määrä", "lukumäärä", "yhteydenotot",
  "antal", "antal ärenden", "ärenden", "antal tickets",
  "antal sager", "sager", "antal henvendelser", "henvendelser",
  "antall", "antall saker", "saker", "antall henvendelser",
  "anzahl", "anzahl tickets", "tickets anzahl",
];

/** The skip reason of a row whose count is not a whole number from 0 to MAX_COUNT. */
export const BAD_COUNT = "count not a whole number";

/** More tickets than this in one row of an hourly or daily report is a wrong column (an id, a sum), not a count. */
const MAX_COUNT = 1_000_000;

/** The row's count, or -1 when the cell is not a whole number from 0 to MAX_COUNT ("2", " 14 "; not "2.5", "", "x"). */
export function parseCount(cell: string): number {
  const s = cell.length > 0 && (cell.charCodeAt(0) === 32 || cell.charCodeAt(cell.length - 1) === 32) ? cell.trim() : cell;
  if (s.length === 0 || s.length > 7) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= MAX_COUNT ? v : -1;
}

/**
 * Stops when more than `maxShare` of the rows have no readable count: the column the header named a count is not
 * one, and the lead names the right one (or "none") rather than have rows dropped.
 */
export function checkCounts(file: string, column: string, skips: SkipCounter, rowsRead: number, maxShare: number): void {
  const bad = skips.get(BAD_COUNT);
  const rows = rowsRead - skips.count("blank line");
  if (!bad || rows <= 0 || bad.count / rows <= maxShare) return;
  const example = skips.examples.get(BAD_COUNT) ?? "";
  throw new InputError(
    file,
    bad.firstLines[0],
    `${bad.count} of ${rows} values in column "${column}" are not whole numbers of tickets (e.g. "${example}"); the header names a count, so each row is read as that many tickets: expected whole numbers from 0, or the config's ingest.countColumn naming the count column, or "none" to count one ticket per row`,
  );
}
