// ingestExport's steps on their own: the header names the columns, the row reader holds rows until the date format
// is known and then counts them, the summary says what was read.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { ZoneClock } from "../../src/ingest/clock.js";
import { readHeader } from "../../src/ingest/header.js";
import { RowReader } from "../../src/ingest/rows.js";
import { buildSummary } from "../../src/ingest/summary.js";

describe("ingest steps", () => {
  it("header -> rows -> summary on a Swedish Freshdesk-like export", () => {
    const head = readHeader("x.csv", ["Ärende-ID", "Ämne", "Källa", "Tid för skapande"], 1, { zone: "Europe/Stockholm" }, false);
    expect(head.cols).toEqual({ source: "freshdesk", time: 3, channel: 2, id: 0, count: -1, direction: -1, activity: -1 });
    const clock = new ZoneClock("Europe/Stockholm");
    const rows = new RowReader("x.csv", head, clock, { now: Date.UTC(2026, 0, 1) });
    rows.accept(["1", "a", "E-post", "2025-11-28 09:05:00"], 2);
    rows.accept(["2", "b", "Telefon", "2025-11-28 09:40:00"], 3);
    rows.accept(["2", "b", "Telefon", "2025-11-28 09:40:00"], 4);
    rows.accept(["3", "c"], 5);
    expect(rows.buckets.total).toBe(0); // held until the format is chosen
    rows.finish();
    expect(rows.buckets.total).toBe(2);
    const s = buildSummary("x.csv", ",", head, rows, clock);
    expect(s).toMatchObject({ source: "freshdesk", timeColumn: "Tid för skapande", channelColumn: "Källa", idColumn: "Ärende-ID", rowsRead: 4, rowsUsed: 2, duplicates: 1 });
    expect(s.skipped.map((r) => r.reason).sort()).toEqual(["duplicate ticket id", "wrong number of fields"]);
    expect(s.firstTicket).toBe("2025-11-28T09:05:00+01:00");
  });

  it("a header without a time column is refused with the line", () => {
    expect(() => readHeader("x.csv", ["Ämne", "Kanal"], 3, { zone: "UTC" }, false)).toThrow(InputError);
    expect(() => readHeader("x.csv", ["Ämne", "Kanal"], 3, { zone: "UTC" }, false)).toThrow(/^x\.csv:3: no created-time column/);
  });
});
