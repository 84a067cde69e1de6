// The ticket-id column: rows repeating an id are counted once, and the column is checked to hold ticket ids at all.
//
// Dropping repeats is right for an export (a re-sent page, an overlap) and for an event log (one row per activity,
// the ticket's id on each); it is quietly wrong for a column that only looks like an id: "Ärende" holding 8 topics
// cut 49,705 tickets to 8, and ids Excel rounded to "1,50207E+11" cut 12 % of a file as repeats.
import { InputError } from "../errors.js";
import { IdSet, OTHER_TAG, tagOf } from "./idset.js";

/** Excel's scientific notation of a long number ("1,50207E+11", "2.15E+14"): the digits past the sixth are lost. */
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d+$/i;

/**
 * More rows than this per distinct value and the column is not a ticket id. An event log repeats a ticket's id once
 * per activity: 4.7 rows per case in the help-desk log in ../shared/realdata, about 9-10 in the public incident logs
 * of the BPI Challenges 2013-2014. Topics, statuses, priorities, agents or channels put hundreds or thousands of rows
 * on each value. 20 leaves twice the busiest event log's room.
 */
export const MAX_ROWS_PER_ID = 20;
/**
 * More repeats than this share of rows, spread through the file, and the column is not a ticket id either. An export
 * repeats a few rows at most (the bundled sample 2 of 131,239); an event log repeats an id on the rows right after its
 * first (every repeat in the realdata log). A customer's or caller's number repeats all over the file: 4,860 calls
 * from 2,405 callers were once cut to 2,405.
 */
export const MAX_SPREAD_REPEAT_SHARE = 0.05;
/** Fewer rows with an id than this are too few to judge; they are deduplicated (and warned) as before. */
export const MIN_JUDGED_ROWS = 20;

const FIRST_LINES = 5;

export class IdColumn {
  private readonly ids = new IdSet();
  /** rows with a usable id, those repeating one, and the repeats whose previous row had the same id */
  rows = 0;
  repeats = 0;
  adjacent = 0;
  /** repeats whose created time differs from the id's first row's: exports appended with an overlap repeat rows whole */
  retimed = 0;
  /** ids in scientific notation: not used for dedupe, every such row is counted */
  readonly damaged = { count: 0, firstLines: [] as number[], example: "" };
  private previous = "";

  /**
   * True when the row repeats an id already seen (the caller skips it); an empty or damaged id never repeats. `time`
   * is the row's created-time text: a repeat at the same time is the same row again.
   */
  repeat(id: string, line: number, time = ""): boolean {
    if (id === "") return false;
    // Excel always writes "E+" for a long number: the regex runs only on such cells, not on every row.
    if (id.indexOf("E+") > 0 && SCIENTIFIC.test(id.trim())) {
      const d = this.damaged;
      if (d.count++ === 0) d.example = id.trim().slice(0, 40);
      if (d.firstLines.length < FIRST_LINES) d.firstLines.push(line);
      return false;
    }
    this.rows++;
    const found = this.ids.seenTagged(id, tagOf(time));
    const seen = found !== 0;
    if (seen) {
      this.repeats++;
      if (found === OTHER_TAG) this.retimed++;
      if (id === this.previous) this.adjacent++;
    }
    this.previous = id;
    return seen;
  }

  /**
   * Stops (exit 2) when a detected id column is not one: see MAX_ROWS_PER_ID and MAX_SPREAD_REPEAT_SHARE (not for an
   * event log). A column the lead named in ingest.idColumn is taken at their word and not judged.
   */
  check(file: string, column: string, eventLog = false): void {
    if (this.rows < MIN_JUDGED_ROWS || this.repeats === 0) return;
    const distinct = this.rows - this.repeats;
    const n = (x: number): string => x.toLocaleString("en-US");
    const advice = `expected ticket ids; name the ticket-id column in the config's ingest.idColumn (the same "${column}" if each ticket takes several rows of an event log), or "none" to count every row`;
    if (this.rows > distinct * MAX_ROWS_PER_ID) {
      throw new InputError(file, `column "${column}"`, `holds ${n(distinct)} distinct values over ${n(this.rows)} rows (${Math.round(this.rows / distinct)} rows each), so it is not a ticket id and would count ${n(distinct)} tickets; ${advice}`);
    }
    // Only repeats at another created time count: two exports appended with an overlap repeat their common rows whole
    // (the second review's Freshdesk pulls sharing two months were refused as a customer's number).
    // An event log (an activity column beside the id) repeats a case on its later activities wherever the log's order
    // puts them: sorted by time, all through the file (the realdata help desk sorted so was refused).
    if (!eventLog && this.retimed > this.rows * MAX_SPREAD_REPEAT_SHARE && this.adjacent < this.retimed / 2) {
      const pct = ((this.retimed / this.rows) * 100).toFixed(1);
      throw new InputError(file, `column "${column}"`, `repeats a value at another created time on ${n(this.retimed)} of ${n(this.rows)} rows (${pct} %), spread through the file as a customer's number or a topic repeats, not on consecutive rows as an event log's; dropping them would lose tickets; ${advice}`);
    }
  }
}
