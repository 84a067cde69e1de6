// ingestExport on one fixture per supported help desk, the dialect edge cases, and every bad input of the issue.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { ingestExport } from "../../src/ingest/read.js";
import type { IngestResult } from "../../src/ingest/types.js";

const fx = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function totals(r: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ch, counts] of r.series.counts) out[ch] = counts.reduce((a, b) => a + b, 0);
  return out;
}

describe("help-desk exports", () => {
  const cases: Array<{ file: string; source: string; time: string; channel: string; used: number; channels: Record<string, number>; first: string }> = [
    { file: "zendesk.csv", source: "zendesk", time: "Created at", channel: "Via", used: 5, channels: { email: 1, chat: 1, phone: 1, social: 1, form: 1 }, first: "2025-11-28T10:15:02+02:00" },
    // Its last row is an Outbound Email: agent-sent, skipped as outbound, not an email arrival.
    { file: "freshdesk.csv", source: "freshdesk", time: "Created time", channel: "Source", used: 4, channels: { email: 1, chat: 1, phone: 1, form: 1 }, first: "2025-11-28T10:15:00+02:00" },
    { file: "gorgias.csv", source: "gorgias", time: "Created datetime", channel: "Channel", used: 5, channels: { email: 1, chat: 1, phone: 1, social: 1, form: 1 }, first: "2025-11-28T10:15:02+02:00" },
    { file: "helpscout.csv", source: "helpscout", time: "Created At", channel: "Type", used: 3, channels: { email: 1, chat: 1, phone: 1 }, first: "2025-11-28T10:15:02+02:00" },
    { file: "liveagent.csv", source: "liveagent", time: "Date created", channel: "Channel type", used: 3, channels: { email: 1, chat: 1, phone: 1 }, first: "2025-11-28T10:15:00+02:00" },
    { file: "intercom.csv", source: "intercom", time: "Created at", channel: "Source type", used: 4, channels: { email: 1, chat: 2, phone: 1 }, first: "2025-11-28T10:15:02+02:00" },
    { file: "nordic.csv", source: "generic", time: "Created", channel: "Channel", used: 3, channels: { email: 1, chat: 1, phone: 1 }, first: "2025-11-28T10:15:00+02:00" },
    { file: "generic-tab.csv", source: "generic", time: "created_at", channel: "channel", used: 3, channels: { email: 1, chat: 1, phone: 1 }, first: "2025-11-28T10:15:00+02:00" },
  ];
  for (const c of cases) {
    it(`${c.file}: detects ${c.source}, its columns, and maps every channel`, async () => {
      const r = await ingestExport(fx(c.file), { zone: "Europe/Helsinki" });
      expect(r.summary.source).toBe(c.source);
      expect(r.summary.timeColumn).toBe(c.time);
      expect(r.summary.channelColumn).toBe(c.channel);
      expect(r.summary.rowsUsed).toBe(c.used);
      expect(totals(r)).toEqual(c.channels);
      expect(r.summary.unknownChannels).toEqual({});
      expect(r.summary.firstTicket).toBe(c.first);
    });
  }

  it("reads the Nordic file's semicolons, BOM, CRLF and dd.MM.yyyy dates, and a quoted semicolon", async () => {
    const r = await ingestExport(fx("nordic.csv"), { zone: "Europe/Helsinki" });
    expect(r.summary.delimiter).toBe(";");
    expect(r.summary.dateFormat).toBe("dd.MM.yyyy HH:mm");
    expect(r.summary.idColumn).toBe("Ticket ID");
    expect(r.series.hours).toEqual(["2025-11-28T10:00+02:00", "2025-11-28T11:00+02:00"]);
  });

  it("handles BOM, CRLF, a quoted line break, a duplicate id, a blank line and an unknown channel", async () => {
    const r = await ingestExport(fx("bom-crlf-quoted.csv"), { zone: "Europe/Helsinki", maxOtherShare: 1 });
    expect(r.summary.timeColumn).toBe("created");
    expect(r.summary.rowsRead).toBe(5);
    expect(r.summary.rowsUsed).toBe(3);
    expect(r.summary.duplicates).toBe(1);
    const byReason = Object.fromEntries(r.summary.skipped.map((s) => [s.reason, s]));
    // the quoted line break makes the duplicate start on line 5, the blank line is line 6
    expect(byReason["duplicate ticket id"]?.firstLines).toEqual([5]);
    expect(byReason["blank line"]?.firstLines).toEqual([6]);
    expect(r.summary.unknownChannels).toEqual({ "carrier pigeon": 1 });
    expect(totals(r)).toEqual({ email: 1, chat: 1, other: 1 });
  });

  it("tab-separated with a quoted newline counts lines right", async () => {
    const r = await ingestExport(fx("generic-tab.csv"), { zone: "Europe/Helsinki" });
    expect(r.summary.delimiter).toBe("\t");
    expect(r.summary.rowsRead).toBe(3);
  });

  it("--time-column and --channel-column override detection", async () => {
    const r = await ingestExport(fx("zendesk.csv"), { zone: "UTC", timeColumn: "Updated at", channelColumn: "Group", maxOtherShare: 1 });
    expect(r.summary.timeColumn).toBe("Updated at");
    expect(r.summary.channelColumn).toBe("Group");
    // "Social" reads as the social channel; "Support" says nothing and is listed
    expect(r.summary.unknownChannels).toEqual({ Support: 4 });
    expect(totals(r)).toEqual({ social: 1, other: 4 });
    expect(r.series.hours[0]).toBe("2025-11-28T09:00+00:00");
  });

  it("--date-format reads luxon tokens in the store zone", async () => {
    const r = await ingestExport(fx("ambiguous-slash.csv"), { zone: "Europe/Helsinki", dateFormat: "dd/MM/yyyy HH:mm" });
    expect(r.summary.firstTicket).toBe("2025-04-03T10:00:00+03:00");
    const us = await ingestExport(fx("ambiguous-slash.csv"), { zone: "Europe/Helsinki", dateFormat: "MM/dd/yyyy HH:mm" });
    expect(us.summary.firstTicket).toBe("2025-03-04T10:00:00+02:00");
  });

  it("keeps a file with bad timestamps under the limit and lists them", async () => {
    const r = await ingestExport(fx("one-bad-in-200.csv"), { zone: "Europe/Helsinki" });
    expect(r.summary.rowsUsed).toBe(199);
    expect(r.summary.skipped).toEqual([{ reason: "unparseable time", count: 1, firstLines: [201] }]);
  });
});

describe("bad input ends in one InputError naming file, line and expectation", () => {
  const bad: Array<{ name: string; file: string; line: string | number | undefined; match: RegExp; options?: object }> = [
    { name: "missing file", file: "does-not-exist.csv", line: undefined, match: /no such file/ },
    { name: "empty file", file: "empty.csv", line: 1, match: /empty/ },
    { name: "blank lines only", file: "blank-only.csv", line: 1, match: /blank/ },
    { name: "binary file", file: "binary.csv", line: 1, match: /binary/ },
    { name: "no time column", file: "no-time-column.csv", line: 1, match: /no created-time column/ },
    { name: "too many bad timestamps", file: "bad-timestamps.csv", line: 99, match: /3 of 100 created times \(3\.0 %\).*at most 1\.0 %/ },
    { name: "ambiguous day/month", file: "ambiguous-slash.csv", line: 2, match: /--date-format/ },
    { name: "unclosed quote", file: "open-quote.csv", line: 2, match: /never closed/ },
    { name: "unknown --time-column", file: "zendesk.csv", line: 1, match: /no column "Opened"/, options: { timeColumn: "Opened" } },
  ];
  for (const b of bad) {
    it(b.name, async () => {
      const error = await ingestExport(fx(b.file), { zone: "Europe/Helsinki", ...b.options }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const e = error as InputError;
      expect(e.file).toBe(fx(b.file));
      expect(e.where).toBe(b.line);
      expect(e.message).toMatch(b.match);
      expect(e.message).not.toMatch(/\n/);
    });
  }

  it("an unknown zone is an input error too", async () => {
    await expect(ingestExport(fx("zendesk.csv"), { zone: "Mars/Olympus" })).rejects.toThrow(InputError);
  });
});
