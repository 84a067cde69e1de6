// A date column beside a time-of-day column ("Päivämäärä;Kellonaika") was refused as date-only with advice to
// --spread-days, which spread the tickets over hours they never had. The two are read as one timestamp.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-split-"));
const read = (name: string, text: string, spreadDays = false) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1), spreadDays });
};

describe("a date and a time of day in two columns", () => {
  it("are read together as the created time, and the summary and one line say so", async () => {
    const r = await read("split.csv", "\uFEFFTiketin ID;Päivämäärä;Kellonaika;Kanava\n1;1.9.2025;10.37;Sähköposti\n2;1.9.2025;13.08;Chat\n3;2.9.2025;9.05;Puhelin\n");
    expect(r.summary.timeColumn).toBe("Päivämäärä + Kellonaika");
    expect([r.summary.firstTicket, r.summary.lastTicket]).toEqual(["2025-09-01T10:37:00+03:00", "2025-09-02T09:05:00+03:00"]);
    expect(ingestWarnings(r.summary)).toContainEqual(expect.stringMatching(/split\.csv: dates and times of day in two columns, read together as each ticket's created time \("Päivämäärä \+ Kellonaika"\)$/));
  });

  it("are joined also when --spread-days was given: real hours beat a profile", async () => {
    const r = await read("split2.csv", "Datum,Tid,Kanal\n2025-09-01,10:37,E-post\n2025-09-01,13:08:00,Chatt\n", true);
    expect(r.summary.spreadDays).toBeUndefined();
    expect(r.summary.lastTicket).toBe("2025-09-01T13:08:00+03:00");
  });

  it("a column of other values beside the date leaves the date-only refusal as it was", async () => {
    await expect(read("notime.csv", "Datum,Tid,Kanal\n2025-09-01,kväll,E-post\n")).rejects.toThrow(/date without a time of day/);
  });

  it("handle times written like clock times, in no order within a day, are not joined: the date-only refusal stands", async () => {
    // "0:09:03" and "21:45" (21 min 45 s): joined they put every ticket at midnight, or on a made-up profile.
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 1},2025-09-0${1 + Math.floor(i / 20)},${(i * 7) % 24}:${String((i * 13) % 60).padStart(2, "0")},Email`);
    await expect(read("durations.csv", `Ticket ID,Date,Time,Channel\n${rows.join("\n")}\n`)).rejects.toThrow(/date without a time of day/);
    const sorted = Array.from({ length: 60 }, (_, i) => `${i + 1},2025-09-0${1 + Math.floor(i / 20)},${8 + Math.floor((i % 20) / 2)}:${(i % 2) * 3}0,Email`);
    expect((await read("clock.csv", `Ticket ID,Date,Time,Channel\n${sorted.join("\n")}\n`)).summary.timeColumn).toBe("Date + Time");
    // Out of order but shaped as arrivals (a desk open 9-17): joined.
    const desk = Array.from({ length: 60 }, (_, i) => `${i + 1},2025-09-0${1 + Math.floor(i / 20)},${9 + ((i * 5) % 8)}:${String((i * 13) % 60).padStart(2, "0")},Email`);
    expect((await read("desk.csv", `Ticket ID,Date,Time,Channel\n${desk.join("\n")}\n`)).summary.timeColumn).toBe("Date + Time");
  });

  it("a unit in the header ('Time (mm:ss)') marks a duration, not the clock", async () => {
    await expect(read("unit.csv", "Ticket ID,Date,Time (mm:ss),Channel\n1,2025-09-01,10:37,Email\n2,2025-09-01,13:08,Email\n")).rejects.toThrow(/date without a time of day/);
  });
});
