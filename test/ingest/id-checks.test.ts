// A detected id column must hold ticket ids: a topic column ("Ärende") or ids Excel rounded ("1,50207E+11") dropped
// real tickets as repeats with exit 0. An event log's id, repeated on a ticket's consecutive rows, is still an id.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-idcheck-"));
const at = (i: number): string => `2025-11-${String(3 + (i % 20)).padStart(2, "0")} ${String(8 + (i % 9)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`;
const write = (name: string, header: string, rows: string[]): string => {
  const file = join(dir, name);
  writeFileSync(file, `${header}\n${rows.join("\n")}\n`);
  return file;
};
const read = (file: string, idColumn?: string) => ingestExport(file, { zone: "Europe/Stockholm", now: Date.UTC(2026, 0, 1), ...(idColumn === undefined ? {} : { idColumn }) });
const TOPICS = ["Retur", "Leverans", "Reklamation", "Betalning"];

describe("a detected id column that is not one", () => {
  it("stops when its values repeat over 20 rows each (a topic column), naming the column and ingest.idColumn", async () => {
    const file = write("topics.csv", "Datum;Kanal;Ärende", Array.from({ length: 200 }, (_, i) => `${at(i)};E-post;${TOPICS[i % 4]}`));
    await expect(read(file)).rejects.toThrow(/topics\.csv: column "Ärende": holds 4 distinct values over 200 rows \(50 rows each\), so it is not a ticket id .*ingest\.idColumn .*"none"/);
    expect((await read(file, "none")).summary.rowsUsed).toBe(200);
  });

  it("keeps the ids of two exports appended with an overlap: their common rows repeat whole, and are counted once", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${1000 + i};${at(i)};E-post`);
    const file = write("appended.csv", "Ärendenummer;Datum;Kanal", [...rows, ...rows.slice(120)]);
    const r = await read(file);
    expect(r.summary.rowsUsed).toBe(200);
    expect(ingestWarnings(r.summary)).toContainEqual(expect.stringMatching(/80 rows repeat a ticket id in "Ärendenummer"/));
  });

  it("keeps an event log's id sorted by time (an Activity column beside it): each case counted once, at its first row", async () => {
    // 20 cases of 5 activities each, the log sorted by time: a case's later rows come after every case has begun.
    const rows = Array.from({ length: 100 }, (_, i) => `Case ${i % 20},${["Insert ticket", "Assign", "Take in charge", "Resolve", "Close"][Math.floor(i / 20)]},2025-11-${String(3 + Math.floor(i / 20)).padStart(2, "0")} ${String(8 + (i % 9)).padStart(2, "0")}:00`);
    const header = "Case ID,Activity,Complete Timestamp";
    const r = await read(write("log-by-time.csv", header, rows));
    expect(r.summary.rowsUsed).toBe(20);
    expect(r.series.hours[0]).toBe("2025-11-03T08:00+01:00");
    // Without the activity column the same ids are a customer's number repeating through the file: refused.
    await expect(read(write("no-activity.csv", "Case ID,Complete Timestamp", rows.map((l) => l.replace(/,[^,]+,/, ","))))).rejects.toThrow(/repeats a value at another created time/);
  });

  it("still stops on a customer's number beside an Activity column of topics: only a case id makes an event log", async () => {
    // A plain export: "Number" the customer's (10 values, repeating through the file), "Activity" a topic.
    const rows = Array.from({ length: 200 }, (_, i) => `${at(i)},E-post,${5550 + (i % 10)},${TOPICS[i % 4]}`);
    await expect(read(write("number-activity.csv", "Datum,Kanal,Number,Activity", rows))).rejects.toThrow(/column "Number": repeats a value at another created time/);
  });

  it("keeps an event log's id: a few rows per ticket, on consecutive rows", async () => {
    const file = write("log.csv", "Case ID,Complete Timestamp", Array.from({ length: 100 }, (_, i) => `Case ${Math.floor(i / 5)},${at(i)}`));
    const r = await read(file);
    expect(r.summary.rowsUsed).toBe(20);
    expect(ingestWarnings(r.summary)).toContainEqual(expect.stringMatching(/80 rows repeat a ticket id in "Case ID"/));
  });
});

describe("ids Excel wrote in scientific notation", () => {
  it("are kept out of the dedupe, every row counted, and one line says so", async () => {
    const ids = ["1,50207E+11", "1,50207E+11", "1,50211E+11", "1,50215E+11", "1,50215E+11"];
    const file = write("excel.csv", "Tiketin ID;Luotu;Kanava", Array.from({ length: 25 }, (_, i) => `${ids[i % 5]};${at(i)};Sähköposti`));
    const r = await read(file);
    expect(r.summary.rowsUsed).toBe(25);
    expect(r.summary.duplicates).toBe(0);
    expect(ingestWarnings(r.summary)).toContainEqual(
      expect.stringMatching(/excel\.csv: 25 ids in "Tiketin ID" are numbers Excel wrote in scientific notation \("1,50207E\+11", lines 2, 3, 4, 5, 6, \.\.\.\).*none dropped as a repeat/),
    );
  });
});
