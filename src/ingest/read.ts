// ingestExport: a help-desk CSV export into an hourly series, in steps: sniff, header, rows, buckets, summary;
// it stops (exit 2) rather than plan from a series that is quietly wrong, e.g. mostly unknown channels.
import { promises as fs } from "node:fs";
import { InputError } from "../errors.js";
import { MAX_CELL_LINES } from "../io/cell-guard.js";
import { assertReadableFile } from "../io/csv.js";
import { zoneProblem } from "../values.js";
import { unknownShareProblem } from "./channels.js";
import { ZoneClock } from "./clock.js";
import { checkCounts } from "./counts.js";
import { isBlank, readHeader, type HeaderInfo } from "./header.js";
import { RowReader } from "./rows.js";
import { checkBadShare, countSwallowed } from "./skips.js";
import { sniffFile } from "./sniff.js";
import { spreadDays } from "./spread.js";
import { streamRows } from "./stream.js";
import { buildSummary } from "./summary.js";
import type { IngestOptions, IngestResult } from "./types.js";

export async function ingestExport(file: string, options: IngestOptions): Promise<IngestResult> {
  const badZone = zoneProblem(options.zone);
  if (badZone) throw new InputError("--tz", undefined, badZone);
  await assertReadableFile(file);
  const totalBytes = (await fs.stat(file)).size;
  const { delimiter, encoding } = await sniffFile(file, totalBytes);
  const clock = new ZoneClock(options.zone);
  const now = options.now ?? Date.now();
  let head: HeaderInfo | undefined;
  let rows: RowReader | undefined;
  await streamRows(
    file,
    delimiter,
    (cells, line, stream) => {
      // A row spanning over MAX_CELL_LINES lines is rows swallowed by a stray quote: each counts as a bad row.
      if (rows && stream.rowLines() > MAX_CELL_LINES + 1) rows.rowsRead += countSwallowed(rows.skips, line, stream.rowLines());
      else if (rows) rows.accept(cells, line);
      else if (!isBlank(cells)) {
        head = readHeader(file, cells, line, options, stream.sawBadByte());
        rows = new RowReader(file, head, clock, { dateFormat: options.dateFormat, spreadDays: options.spreadDays, now });
      }
    },
    options.onProgress ? (read) => options.onProgress?.(read, totalBytes) : undefined,
    encoding,
  );
  if (head === undefined || rows === undefined) throw new InputError(file, 1, "holds no header row; expected a CSV export with a header");
  rows.finish();
  if (rows.parser?.dateOnly) spreadDays(rows.days, rows.buckets, clock);
  if (head.cols.count >= 0) checkCounts(file, (head.header[head.cols.count] ?? "").trim(), rows.skips, rows.rowsRead, options.maxBadRowShare ?? 0.01);
  checkBadShare(file, rows.skips, rows.rowsRead, options.maxBadRowShare ?? 0.01, rows.parser?.label ?? "a timestamp");
  // A column the lead named is theirs; a detected one must look like ticket ids (ids.ts).
  if (head.cols.id >= 0 && options.idColumn === undefined) {
    const idHeader = (head.header[head.cols.id] ?? "").trim();
    rows.ids.check(file, idHeader, head.cols.activity >= 0 && isCaseId(idHeader));
  }
  if (rows.buckets.total === 0) throw new InputError(file, 2, "holds no ticket with a readable created time; expected at least one data row");
  const unknown = unknownShareProblem(head.mapper.unknown, rows.buckets.total, options.maxOtherShare ?? 0.05);
  if (unknown !== undefined) throw new InputError(file, `column "${(head.header[head.cols.channel] ?? "").trim()}"`, unknown);
  const summary = buildSummary(file, delimiter, head, rows, clock);
  return { series: rows.buckets.toSeries(), summary: encoding === "utf-8" ? summary : { ...summary, encoding } };
}

/**
 * A process-mining log names its id the case ("Case ID", "case:concept:name", "CaseID"): with an activity column beside
 * it the file is an event log. An "Activity" column in a plain ticket export (a topic) beside a customer's "Number"
 * is not, and its repeats must still stop the run (90 % of such a file was once dropped as repeats).
 */
function isCaseId(header: string): boolean {
  return /(^|[^a-z])case([^a-z]|id|$)/i.test(header);
}
